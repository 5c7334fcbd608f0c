#pragma once

// A shared remote for the sync tests: a bare repository seeded with one release manifest and any
// number of clones of it, all real repositories in a temporary folder, talking through libgit2's
// local transport. Results are checked with libgit2 directly, not through the code under test.

#include "../git/gittestutil.h"

#include "git/repository.h"
#include "manifest/manifestedit.h"
#include "manifest/manifestfile.h"

#include <QDateTime>
#include <QDir>
#include <QString>
#include <QTemporaryDir>

#include <git2.h>

namespace rc::test {

inline const QString kManifest = QStringLiteral("releases/rel-2024-01-15-001.yaml");

inline QDateTime at(int hour, int minute = 0)
{
    return QDateTime(QDate(2024, 1, 15), QTime(hour, minute), Qt::UTC);
}

class SyncFixture
{
public:
    /// Builds the seed repository and its bare copy under `root` (a fresh temporary folder).
    /// False (with `error` set) when any step fails.
    bool setUp(const QString &root)
    {
        m_root = root;
        isolateGitConfig(root + QStringLiteral("/home"));
        const QString seed = root + QStringLiteral("/seed");
        auto repo = core::Repository::init(seed);
        if (!repo)
            return failed(repo.error().toString());
        if (!writeFile(seed + QLatin1Char('/') + kManifest,
                       readFile(QStringLiteral(RC_SOURCE_DIR "/resources/demo/2024-01-15-release.yaml"))) ||
            !writeFile(seed + QStringLiteral("/README.md"), "The release train.\n"))
            return failed(QStringLiteral("cannot write the seed files"));
        if (auto c = repo->commitAll(QStringLiteral("Seed"), {QStringLiteral("Seeder"), QStringLiteral("seed@example.com")},
                                     1705000000);
            !c)
            return failed(c.error().toString());
        git_clone_options options = GIT_CLONE_OPTIONS_INIT;
        options.bare = 1;
        git_repository *bare = nullptr;
        if (git_clone(&bare, QFile::encodeName(seed).constData(), QFile::encodeName(barePath()).constData(), &options) != 0)
            return failed(QString::fromUtf8(git_error_last()->message));
        git_repository_free(bare);
        return true;
    }

    QString barePath() const { return m_root + QStringLiteral("/remote.git"); }

    /// A new clone of the bare repository, with its own identity and sign-off handle.
    QString clone(const QString &name, const QString &handle)
    {
        const QString path = m_root + QLatin1Char('/') + name;
        git_repository *repo = nullptr;
        if (git_clone(&repo, QFile::encodeName(barePath()).constData(), QFile::encodeName(path).constData(), nullptr) != 0) {
            error = QString::fromUtf8(git_error_last()->message);
            return {};
        }
        setConfig(repo, "user.name", name);
        setConfig(repo, "user.email", name + QStringLiteral("@example.com"));
        setConfig(repo, "releaseconsole.user", handle);
        git_repository_free(repo);
        return path;
    }

    /// Saves `edit` into the clone's manifest and commits it as the console does; the commit id.
    QString commitEdit(const QString &clone, const core::ManifestEdit &edit)
    {
        auto file = core::ManifestFile::load(clone + QLatin1Char('/') + kManifest, kManifest);
        if (!file)
            return failedId(file.error().toString());
        if (auto saved = file->applyAndSave(edit); !saved)
            return failedId(saved.error().toString());
        auto repo = core::Repository::discover(clone);
        if (!repo)
            return failedId(repo.error().toString());
        auto id = repo->commitFile(kManifest, core::describeEdit(*file->manifest(), edit));
        return id ? *id : failedId(id.error().toString());
    }

    /// Writes `content` to `relative` in the clone and commits it.
    QString commitText(const QString &clone, const QString &relative, const QByteArray &content, const QString &message)
    {
        if (!writeFile(clone + QLatin1Char('/') + relative, content))
            return failedId(QStringLiteral("cannot write ") + relative);
        auto repo = core::Repository::discover(clone);
        if (!repo)
            return failedId(repo.error().toString());
        auto id = repo->commitFile(relative, message);
        return id ? *id : failedId(id.error().toString());
    }

    /// The commit a ref points at in the repository at `path` ("refs/heads/main", "HEAD"), hex.
    static QString refAt(const QString &path, const char *ref)
    {
        git_repository *repo = nullptr;
        if (git_repository_open(&repo, QFile::encodeName(path).constData()) != 0)
            return {};
        git_oid oid;
        QString out;
        if (git_reference_name_to_id(&oid, repo, ref) == 0) {
            char hex[GIT_OID_HEXSZ + 1] = {};
            git_oid_tostr(hex, sizeof hex, &oid);
            out = QString::fromLatin1(hex);
        }
        git_error_clear();
        git_repository_free(repo);
        return out;
    }

    /// The content of `spec` ("main:releases/x.yaml") in the repository at `path`.
    static QByteArray blob(const QString &path, const QString &spec)
    {
        git_repository *repo = nullptr;
        if (git_repository_open(&repo, QFile::encodeName(path).constData()) != 0)
            return {};
        QByteArray out = blobAt(repo, spec);
        git_repository_free(repo);
        return out;
    }

    /// The seed manifest with `edits` applied one after another by the minimal-diff editor.
    static QByteArray seedWith(const std::vector<core::ManifestEdit> &edits)
    {
        QByteArray bytes = readFile(QStringLiteral(RC_SOURCE_DIR "/resources/demo/2024-01-15-release.yaml"));
        for (const core::ManifestEdit &edit : edits) {
            auto next = core::applyEdit(bytes, kManifest, edit);
            if (!next)
                return {};
            bytes = *next;
        }
        return bytes;
    }

    QString error;

private:
    bool failed(const QString &message)
    {
        error = message;
        return false;
    }
    QString failedId(const QString &message)
    {
        error = message;
        return {};
    }
    QString m_root;
};

} // namespace rc::test
