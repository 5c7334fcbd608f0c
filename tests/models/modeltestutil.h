#pragma once

#include "manifest/manifest.h"
#include "workspace/workspace.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace rc::test {

/// The seed's manifest, byte for byte (tests/models/data/seed-release.yaml).
QByteArray seedManifest();
QByteArray testData(const QString &name);

/// A real git clone in a temporary folder, with an identity and a release-console handle in its
/// config, so edits are committed the way they are on a user's machine.
class GitFixture
{
public:
    /// Creates the clone; false (with a QTest failure message in error()) when it cannot.
    bool init(bool withRepository = true);
    QString error() const { return m_error; }

    QString root() const { return m_dir.path(); }
    QString path(const QString &relative) const { return m_dir.filePath(relative); }
    /// Writes a file (creating folders) and returns its absolute path.
    QString write(const QString &relative, const QByteArray &bytes) const;
    QByteArray read(const QString &relative) const;
    bool commitAll(const QString &message);

    /// Reads HEAD through libgit2, independent of the code under test.
    QString headMessage() const;
    QByteArray headBlob(const QString &relative) const;
    int commitCount() const;

    static constexpr const char *userHandle = "@tester";

private:
    QTemporaryDir m_dir;
    QString m_error;
};

/// A manifest built by hand: three components, a checklist, approvals and validation, with
/// `id`, `status`, `scheduled` and `manager` as given.
core::Manifest makeManifest(const QString &id, core::ReleaseStatus status, const QDateTime &scheduled,
                            const QString &manager,
                            const QStringList &componentNames = {QStringLiteral("api"),
                                                                 QStringLiteral("portal")});

/// A scan entry for a hand-built manifest, or for a file that failed with `error` when manifest is empty.
core::ReleaseEntry makeEntry(const QString &relativePath, std::optional<core::Manifest> manifest,
                             const QString &error = {});

} // namespace rc::test
