#include "modeltestutil.h"

#include "git/repository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <git2.h>

namespace rc::test {

namespace {

// libgit2 is initialised once per process for the fixture's own reads.
struct Libgit2
{
    Libgit2() { git_libgit2_init(); }
    ~Libgit2() { git_libgit2_shutdown(); }
};

git_repository *openRepository(const QString &root)
{
    static Libgit2 libgit2;
    git_repository *repo = nullptr;
    if (git_repository_open(&repo, QFile::encodeName(root).constData()) != 0)
        return nullptr;
    return repo;
}

} // namespace

QByteArray testData(const QString &name)
{
    // The models keep their own fixtures next to their tests.
    QFile file(QStringLiteral(RC_SOURCE_DIR "/tests/models/data/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray seedManifest()
{
    return testData(QStringLiteral("seed-release.yaml"));
}

bool GitFixture::init(bool withRepository)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder: ") + m_dir.errorString();
        return false;
    }
    if (!withRepository)
        return true;
    auto repo = core::Repository::init(m_dir.path());
    if (!repo) {
        m_error = repo.error().toString();
        return false;
    }
    QFile config(m_dir.filePath(QStringLiteral(".git/config")));
    if (!config.open(QIODevice::Append)) {
        m_error = QStringLiteral("cannot write .git/config: ") + config.errorString();
        return false;
    }
    config.write("[user]\n\tname = Test User\n\temail = test@example.com\n"
                 "[releaseconsole]\n\tuser = @tester\n");
    return true;
}

QString GitFixture::write(const QString &relative, const QByteArray &bytes) const
{
    const QString file = m_dir.filePath(relative);
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    out.write(bytes);
    return file;
}

QByteArray GitFixture::read(const QString &relative) const
{
    QFile in(m_dir.filePath(relative));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    return in.readAll();
}

bool GitFixture::commitAll(const QString &message)
{
    auto repo = core::Repository::discover(m_dir.path());
    if (!repo) {
        m_error = repo.error().toString();
        return false;
    }
    auto commit =
        repo->commitAll(message, {QStringLiteral("Fixture"), QStringLiteral("fixture@example.com")});
    if (!commit) {
        m_error = commit.error().toString();
        return false;
    }
    return true;
}

QString GitFixture::headMessage() const
{
    git_repository *repo = openRepository(m_dir.path());
    if (!repo)
        return {};
    QString message;
    git_object *object = nullptr;
    if (git_revparse_single(&object, repo, "HEAD^{commit}") == 0) {
        message = QString::fromUtf8(git_commit_message(reinterpret_cast<git_commit *>(object))).trimmed();
        git_object_free(object);
    }
    git_repository_free(repo);
    return message;
}

QByteArray GitFixture::headBlob(const QString &relative) const
{
    git_repository *repo = openRepository(m_dir.path());
    if (!repo)
        return {};
    QByteArray bytes;
    git_object *object = nullptr;
    const QByteArray spec = "HEAD:" + relative.toUtf8();
    if (git_revparse_single(&object, repo, spec.constData()) == 0) {
        if (git_object_type(object) == GIT_OBJECT_BLOB) {
            auto *blob = reinterpret_cast<git_blob *>(object);
            bytes = QByteArray(static_cast<const char *>(git_blob_rawcontent(blob)),
                               static_cast<qsizetype>(git_blob_rawsize(blob)));
        }
        git_object_free(object);
    }
    git_repository_free(repo);
    return bytes;
}

int GitFixture::commitCount() const
{
    git_repository *repo = openRepository(m_dir.path());
    if (!repo)
        return -1;
    int count = 0;
    git_revwalk *walk = nullptr;
    if (git_revwalk_new(&walk, repo) == 0 && git_revwalk_push_head(walk) == 0) {
        git_oid oid;
        while (git_revwalk_next(&oid, walk) == 0)
            ++count;
    }
    git_revwalk_free(walk);
    git_repository_free(repo);
    return count;
}

core::Manifest makeManifest(const QString &id, core::ReleaseStatus status, const QDateTime &scheduled,
                            const QString &manager, const QStringList &componentNames)
{
    core::Manifest m;
    m.release.id = id;
    m.release.status = status;
    m.release.scheduledAt = scheduled;
    m.release.releaseManager = manager;
    bool first = true;
    for (const QString &name : componentNames) {
        core::Component c;
        c.name = name;
        c.currentVersion = QStringLiteral("v1.0.0");
        c.newVersion = QStringLiteral("v1.1.0");
        c.team = name + QStringLiteral("-team");
        c.teamLead = QStringLiteral("@lead-") + name;
        // The first component is signed off, the rest wait: "1/N".
        c.signOff = first ? core::SignOff::Approved : core::SignOff::Pending;
        first = false;
        m.components.push_back(c);
    }
    core::ChecklistItem item;
    item.item = QStringLiteral("On-call team notified");
    item.required = true;
    m.checklist.push_back(item);
    core::Approval approval;
    approval.role = QStringLiteral("Tech Lead");
    approval.user = QStringLiteral("@tech-lead");
    m.approvals.push_back(approval);
    return m;
}

core::ReleaseEntry makeEntry(const QString &relativePath, std::optional<core::Manifest> manifest,
                             const QString &error)
{
    core::ReleaseEntry entry;
    entry.relativePath = relativePath;
    entry.path = QStringLiteral("/clone/") + relativePath;
    entry.manifest = std::move(manifest);
    if (!error.isEmpty()) {
        core::Diagnostic d;
        d.file = relativePath;
        d.location = {6, 15};
        d.message = error;
        entry.errors.push_back(d);
    }
    entry.gitState = core::FileState::Unmodified;
    return entry;
}

} // namespace rc::test
