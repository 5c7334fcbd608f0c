#pragma once

#include "expected.h"
#include "manifestedit.h"
#include "manifestparser.h"

#include <QByteArray>
#include <QString>

namespace rc::core {

/// One manifest file on disk: what was loaded, and safe saving of edits.
/// Saves are atomic (QSaveFile) and refuse to overwrite a file that changed on disk since it was
/// loaded (compared by content hash, so a touch without change is not a conflict).
class ManifestFile
{
public:
    /// Reads and parses `path`. `displayName` (usually the path relative to the clone) is used in
    /// diagnostics. Fails when the file cannot be read; parse errors are in parseResult().
    static Expected<ManifestFile> load(const QString &path, const QString &displayName = {});

    QString path() const { return m_path; }
    QString displayName() const { return m_displayName; }
    const QByteArray &bytes() const { return m_bytes; }
    const ParseResult &parseResult() const { return m_parse; }
    const Manifest *manifest() const { return m_parse.manifest ? &*m_parse.manifest : nullptr; }

    /// True when the file on disk no longer has the bytes that were loaded.
    bool changedOnDisk() const;

    /// Applies the edit to the loaded text (applyEdit), checks the file did not change on disk,
    /// saves atomically and updates this object. On failure the file and this object are untouched.
    Expected<Done> applyAndSave(const ManifestEdit &edit);

private:
    QString m_path;
    QString m_displayName;
    QByteArray m_bytes;
    ParseResult m_parse;
};

} // namespace rc::core
