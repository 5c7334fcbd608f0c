#include "tags.h"

#include "gitptr.h"
#include "repository.h"

#include <QCoreApplication>

#include <git2.h>

namespace rc::core {

namespace {

/// The context this file's strings are translated in; declared so that lupdate files them
/// under the same one.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rc::core::Tags)
};

} // namespace

Expected<QString> lastTag(const Repository &repo, const QString &revision, const QString &pattern)
{
    const QString rev = revision.isEmpty() ? QStringLiteral("HEAD") : revision;
    if (!repo.handle())
        return Error{Text::tr("no repository is open; open a clone first"), {}};

    git_object *target = nullptr;
    if (git_revparse_single(&target, repo.handle(), rev.toUtf8().constData()) != 0) {
        git_error_clear();
        return Error{Text::tr("revision %1 does not exist in this clone; give a branch, tag or commit that git log "
                        "shows (fetch first if it is on the remote)")
                         .arg(rev),
                     repo.workdir()};
    }
    git_object *commit = nullptr;
    const int peeled = git_object_peel(&commit, target, GIT_OBJECT_COMMIT);
    git_object_free(target);
    if (peeled != 0) {
        git_error_clear();
        return Error{Text::tr("revision %1 does not name a commit; give a branch, tag or commit").arg(rev), repo.workdir()};
    }

    git_describe_options options = GIT_DESCRIBE_OPTIONS_INIT;
    options.describe_strategy = GIT_DESCRIBE_TAGS;
    const QByteArray glob = pattern.toUtf8();
    if (!pattern.isEmpty())
        options.pattern = glob.constData();

    git_describe_result *described = nullptr;
    const int rc = git_describe_commit(&described, commit, &options);
    git_object_free(commit);
    if (rc != 0) {
        const QString detail = git::lastError();
        git_error_clear();
        // libgit2 says GIT_ENOTFOUND when tags exist but none is reachable, and a generic error
        // ("cannot describe - no reference found") when no tag matches the pattern at all.
        if (rc == GIT_ENOTFOUND || detail.startsWith(QLatin1String("cannot describe"))) {
            const QString what = pattern.isEmpty() ? Text::tr("no tag is reachable from %1").arg(rev)
                                                   : Text::tr("no tag reachable from %1 matches %2").arg(rev, pattern);
            return Error{what + Text::tr("; create one with git tag, or pass --since"), repo.workdir()};
        }
        return Error{Text::tr("the tags reachable from %1 could not be read: %2").arg(rev, detail), repo.workdir()};
    }

    // abbreviated_size 0 prints the bare tag name, as --abbrev=0 does.
    git_describe_format_options format = GIT_DESCRIBE_FORMAT_OPTIONS_INIT;
    format.abbreviated_size = 0;
    git_buf buf = GIT_BUF_INIT;
    const int formatted = git_describe_format(&buf, described, &format);
    git_describe_result_free(described);
    if (formatted != 0) {
        const QString detail = git::lastError();
        git_error_clear();
        git_buf_dispose(&buf);
        return Error{Text::tr("the nearest tag of %1 could not be named: %2").arg(rev, detail), repo.workdir()};
    }
    QString name = QString::fromUtf8(buf.ptr, qsizetype(buf.size));
    git_buf_dispose(&buf);
    return name;
}

} // namespace rc::core
