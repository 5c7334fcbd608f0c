#pragma once

#include "git/repository.h"
#include "manifest/manifest.h"

#include <QString>

#include <functional>

#include <optional>
#include <vector>

namespace rc::core {

/// One manifest file found in a clone.
struct ReleaseEntry
{
    QString path; ///< absolute
    QString relativePath; ///< "releases/rel-2024-01-15-001.yaml"
    std::optional<Manifest> manifest; ///< empty when it failed to load
    std::vector<Diagnostic> errors;
    std::vector<Diagnostic> warnings;
    FileState gitState = FileState::Unknown;
};

struct WorkspaceScan
{
    QString root; ///< the clone's work tree
    /// Sorted by scheduled time (creation time for drafts that have none), newest first, then id;
    /// files that failed to load come last.
    std::vector<ReleaseEntry> releases;
    /// Problems across files, such as two files with the same release id.
    std::vector<Diagnostic> problems;
    QString error; ///< set when the clone itself could not be read
};

/// Reads every manifest of the clone around `path`. A pure function of the files: safe to run on a
/// worker thread (it opens its own Repository). `progress` (optional) is called with (done, total).
WorkspaceScan scanWorkspace(const QString &path, const std::function<void(int, int)> &progress = {});

/// Finds a release by id (the `release.id` inside the file, whatever the file is called) or by a
/// path to its file. Errors say which ids exist.
Expected<const ReleaseEntry *> findRelease(const WorkspaceScan &scan, const QString &idOrPath);

} // namespace rc::core
