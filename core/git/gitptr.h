#pragma once

// What every file that calls libgit2 directly needs: an owner for libgit2's objects and the text
// of its last error.

#include <QString>

#include <git2.h>

namespace rc::core::git {

/// Owns one libgit2 object and frees it with `Free`: `GitPtr<git_commit, git_commit_free> c;
/// git_commit_lookup(c.out(), repo, &id);`.
template <typename T, void (*Free)(T *)> struct GitPtr
{
    T *p = nullptr;
    GitPtr() = default;
    GitPtr(const GitPtr &) = delete;
    GitPtr &operator=(const GitPtr &) = delete;
    ~GitPtr()
    {
        if (p)
            Free(p);
    }
    T **out() { return &p; }
    T *get() const { return p; }
};

/// libgit2's message for the call that just failed on this thread, trimmed; a plain "unknown
/// libgit2 error" when it left none.
QString lastError();

} // namespace rc::core::git
