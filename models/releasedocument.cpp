#include "releasedocument.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>

#include <type_traits>

namespace rc::models {

namespace {

QByteArray hashOfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<unreadable>");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

// The signer must be known for anything that records a decision; resetting or unticking
// records nobody, so it may go without.
bool needsSigner(const core::ManifestEdit &edit)
{
    return std::visit(
        [](const auto &e) {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, core::SignOffEdit>)
                return e.value == core::SignOff::Approved || e.value == core::SignOff::Rejected;
            else if constexpr (std::is_same_v<T, core::ChecklistEdit>)
                return e.done;
            else if constexpr (std::is_same_v<T, core::ApprovalEdit>)
                return e.value != core::ApprovalStatus::Pending;
            else
                return false;
        },
        edit);
}

} // namespace

ReleaseDocument::ReleaseDocument(QObject *parent) : QObject(parent), m_watcher(new QFileSystemWatcher(this))
{
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &ReleaseDocument::onFileEvent);
    // Atomic saves (ours and most editors') replace the file, which ends a watch on the file
    // itself; the folder's watch sees the replacement.
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &ReleaseDocument::onFileEvent);
}

ReleaseDocument::~ReleaseDocument() = default;

core::Expected<core::Done> ReleaseDocument::open(const QString &path, const QString &displayName)
{
    return load(QFileInfo(path).absoluteFilePath(), displayName);
}

core::Expected<core::Done> ReleaseDocument::reload()
{
    if (!m_file) {
        const QString message = tr("No release is open to reload.");
        m_lastError = message;
        return core::Error{message, {}};
    }
    return load(m_file->path(), m_file->displayName());
}

core::Expected<core::Done> ReleaseDocument::load(const QString &path, const QString &displayName)
{
    std::unique_ptr<core::Repository> repo;
    if (auto found = core::Repository::discover(path))
        repo = std::make_unique<core::Repository>(std::move(found).value());

    QString name = displayName;
    if (name.isEmpty() && repo) {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        const QString root = QFileInfo(repo->workdir()).canonicalFilePath();
        if (!canonical.isEmpty() && !root.isEmpty())
            name = QDir(root).relativeFilePath(canonical);
    }
    if (name.isEmpty())
        name = QFileInfo(path).fileName();

    auto loaded = core::ManifestFile::load(path, name);
    if (!loaded) {
        m_lastError = loaded.error().toString();
        return loaded.error();
    }

    if (!m_file || m_file->path() != path)
        m_lastCommit.clear();
    m_file.emplace(std::move(loaded).value());
    m_repo = std::move(repo);
    if (!m_userSetExplicitly)
        m_user = m_repo ? m_repo->userHandle() : QString();
    m_reportedDiskHash.clear();
    m_lastError.clear();

    // Stop watching the previously open file, if any, before watching this one.
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_watcher->addPath(QFileInfo(path).absolutePath());
    rewatch();
    refreshGitState();
    emit changed();
    return core::Done{};
}

void ReleaseDocument::close()
{
    if (!m_file)
        return;
    m_file.reset();
    m_repo.reset();
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_gitState = core::FileState::Unknown;
    m_reportedDiskHash.clear();
    m_lastCommit.clear();
    emit changed();
    emit closed();
}

QString ReleaseDocument::path() const
{
    return m_file ? m_file->path() : QString();
}

QString ReleaseDocument::displayName() const
{
    return m_file ? m_file->displayName() : QString();
}

QString ReleaseDocument::releaseId() const
{
    if (const core::Manifest *m = manifest(); m && !m->release.id.isEmpty())
        return m->release.id;
    return m_file ? QFileInfo(m_file->path()).completeBaseName() : QString();
}

const core::Manifest *ReleaseDocument::manifest() const
{
    return m_file ? m_file->manifest() : nullptr;
}

const core::ParseResult *ReleaseDocument::parseResult() const
{
    return m_file ? &m_file->parseResult() : nullptr;
}

QByteArray ReleaseDocument::bytes() const
{
    return m_file ? m_file->bytes() : QByteArray();
}

bool ReleaseDocument::isDirty() const
{
    switch (m_gitState) {
    case core::FileState::Modified:
    case core::FileState::Untracked:
    case core::FileState::Added:
    case core::FileState::Deleted:
        return true;
    case core::FileState::Unmodified:
    case core::FileState::Ignored:
    case core::FileState::Unknown:
        return false;
    }
    return false;
}

bool ReleaseDocument::isChangedOnDisk() const
{
    return m_file && m_file->changedOnDisk();
}

void ReleaseDocument::setUser(const QString &handle)
{
    m_user = handle.trimmed();
    m_userSetExplicitly = !m_user.isEmpty();
    if (!m_userSetExplicitly && m_repo)
        m_user = m_repo->userHandle();
}

bool ReleaseDocument::apply(const core::ManifestEdit &edit)
{
    if (!m_file) {
        fail(tr("No release is open: open a manifest before editing it."));
        return false;
    }
    if (!m_file->manifest()) {
        const auto &errors = m_file->parseResult().errors;
        const QString first = errors.empty() ? tr("unknown error") : errors.front().toString();
        fail(tr("%1 cannot be edited while it has errors; fix them in the file first (%2).")
                 .arg(m_file->displayName(), first));
        return false;
    }

    core::ManifestEdit stamped = edit;
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    bool missingSigner = false;
    std::visit(
        [&](auto &e) {
            using T = std::decay_t<decltype(e)>;
            if constexpr (!std::is_same_v<T, core::StatusEdit>) {
                if (e.by.isEmpty())
                    e.by = m_user;
                if (!e.at.isValid())
                    e.at = now;
                missingSigner = e.by.isEmpty();
            }
        },
        stamped);
    if (missingSigner && needsSigner(stamped)) {
        fail(tr("No user to record for this decision: set your handle in the settings or with "
                "`git config releaseconsole.user @you`."));
        return false;
    }

    // The message names what only the old manifest knows (checklist text, previous status).
    const QString message = core::describeEdit(*m_file->manifest(), stamped);
    auto saved = m_file->applyAndSave(stamped);
    if (!saved) {
        const bool conflict = m_file->changedOnDisk();
        fail(saved.error().toString());
        if (conflict)
            emit conflictDetected();
        return false;
    }
    m_lastError.clear();
    m_reportedDiskHash.clear();
    rewatch();

    if (m_autoCommit && m_repo) {
        auto commit = m_repo->commitFile(relativePath(), message);
        if (commit) {
            m_lastCommit = commit.value();
            emit committed(m_lastCommit, message);
        } else {
            m_lastError = tr("The edit was saved but not committed: %1").arg(commit.error().toString());
            emit commitFailed(m_lastError);
        }
    }
    refreshGitState();
    emit changed();
    return true;
}

void ReleaseDocument::fail(const QString &message)
{
    m_lastError = message;
    emit editFailed(message);
}

QString ReleaseDocument::relativePath() const
{
    if (!m_file || !m_repo)
        return {};
    const QString canonical = QFileInfo(m_file->path()).canonicalFilePath();
    const QString root = QFileInfo(m_repo->workdir()).canonicalFilePath();
    return QDir(root).relativeFilePath(canonical.isEmpty() ? m_file->path() : canonical);
}

void ReleaseDocument::refreshGitState()
{
    m_gitState = (m_file && m_repo) ? m_repo->fileState(relativePath()) : core::FileState::Unknown;
}

void ReleaseDocument::rewatch()
{
    if (!m_file)
        return;
    const QString path = m_file->path();
    if (m_watcher->files().contains(path))
        m_watcher->removePath(path);
    if (QFileInfo::exists(path))
        m_watcher->addPath(path);
}

void ReleaseDocument::onFileEvent()
{
    if (!m_file)
        return;
    rewatch();
    if (!m_file->changedOnDisk()) {
        // Back to what was loaded (or our own save): a later change is news again.
        m_reportedDiskHash.clear();
        return;
    }
    const QByteArray hash = hashOfFile(m_file->path());
    if (hash == m_reportedDiskHash)
        return;
    m_reportedDiskHash = hash;
    refreshGitState();
    emit changedOnDisk();
}

} // namespace rc::models
