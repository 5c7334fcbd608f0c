#pragma once

#include "expected.h"
#include "git/repository.h"
#include "manifest/manifestfile.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QFileSystemWatcher;

namespace rc::models {

/// The release that is open: one manifest file, its edits and, when it lives in a git clone,
/// the commit that records each edit. Every model of the release page reads from here, and every
/// edit goes through apply(), so the file on disk, the models and git history never disagree.
class ReleaseDocument : public QObject
{
    Q_OBJECT

public:
    explicit ReleaseDocument(QObject *parent = nullptr);
    ~ReleaseDocument() override;

    /// Loads `path` and finds the git clone around it (optional: outside a clone, edits are saved
    /// but not committed). `displayName` defaults to the path relative to the clone.
    /// A manifest with parse errors still opens: manifest() is null and parseResult() says why.
    /// Emits changed() on success.
    core::Expected<core::Done> open(const QString &path, const QString &displayName = {});
    /// Reads the file again (after an external change, or to resolve a conflict). Emits changed().
    core::Expected<core::Done> reload();
    void close();

    bool isOpen() const { return m_file.has_value(); }
    QString path() const;
    QString displayName() const;
    /// `release.id`, or the file's base name when the manifest could not be parsed.
    QString releaseId() const;
    /// Null when nothing is open or the manifest has errors.
    const core::Manifest *manifest() const;
    /// Null when nothing is open.
    const core::ParseResult *parseResult() const;
    /// The text as loaded (and as last saved).
    QByteArray bytes() const;

    /// True when the file differs from the clone's HEAD: saved but uncommitted edits, or hand edits.
    bool isDirty() const;
    core::FileState gitState() const { return m_gitState; }
    bool hasRepository() const { return m_repo != nullptr; }
    /// True when the file on disk no longer has the bytes that were loaded.
    bool isChangedOnDisk() const;

    /// Commit each saved edit with core::describeEdit() as the message. Default: on.
    void setAutoCommit(bool on) { m_autoCommit = on; }
    bool autoCommit() const { return m_autoCommit; }

    /// The handle recorded as `by` ("@carol"). Defaults to the clone's Repository::userHandle().
    void setUser(const QString &handle);
    QString user() const { return m_user; }

    /// Applies one semantic edit: fills an empty `by` with user() and an unset `at` with the
    /// current UTC time (to the second), saves through ManifestFile::applyAndSave and, with
    /// autoCommit(), commits the file. On success emits changed() and returns true; on failure
    /// emits editFailed() (and conflictDetected() when the file changed on disk) and returns false.
    bool apply(const core::ManifestEdit &edit);

    /// The message of the last failed open/reload/apply/commit; empty after a success.
    QString lastError() const { return m_lastError; }
    /// The id of the last commit made for an edit; empty when none.
    QString lastCommit() const { return m_lastCommit; }

signals:
    /// The manifest was loaded, reloaded or edited: models re-read it.
    void changed();
    void closed();
    void editFailed(const QString &message);
    /// An edit was refused because someone else changed the file: offer reload().
    void conflictDetected();
    /// The file on disk was changed by someone else since it was loaded (emitted once per change).
    void changedOnDisk();
    /// A saved edit was committed.
    void committed(const QString &commitId, const QString &message);
    /// The edit was saved but could not be committed (the file stays modified in the work tree).
    void commitFailed(const QString &message);

private:
    void onFileEvent();
    void rewatch();
    void refreshGitState();
    core::Expected<core::Done> load(const QString &path, const QString &displayName);
    QString relativePath() const;
    void fail(const QString &message);

    std::optional<core::ManifestFile> m_file;
    std::unique_ptr<core::Repository> m_repo;
    QFileSystemWatcher *m_watcher = nullptr;
    QString m_user;
    bool m_userSetExplicitly = false;
    bool m_autoCommit = true;
    core::FileState m_gitState = core::FileState::Unknown;
    QByteArray m_reportedDiskHash; // the on-disk content last announced with changedOnDisk()
    QString m_lastError;
    QString m_lastCommit;
};

} // namespace rc::models
