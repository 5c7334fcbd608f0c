#include "manifestfile.h"

#include "logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace rc::core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rc::core::ManifestFile)
};

Expected<QByteArray> readAll(const QString &path, const QString &displayName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Text::tr("cannot read the file: %1; check that it exists and is readable")
                         .arg(file.errorString()),
                     displayName};
    return file.readAll();
}

} // namespace

Expected<ManifestFile> ManifestFile::load(const QString &path, const QString &displayName)
{
    const QString name = displayName.isEmpty() ? path : displayName;
    auto bytes = readAll(path, name);
    if (!bytes)
        return bytes.error();
    ManifestFile file;
    file.m_path = path;
    file.m_displayName = name;
    file.m_bytes = std::move(bytes).value();
    file.m_parse = parseManifest(file.m_bytes, name);
    return file;
}

bool ManifestFile::changedOnDisk() const
{
    // A removed or unreadable file counts as changed: saving over it would not be what was loaded.
    auto now = readAll(m_path, m_displayName);
    return !now || *now != m_bytes;
}

Expected<Done> ManifestFile::applyAndSave(const ManifestEdit &edit)
{
    const auto conflict = [this] {
        return Error{Text::tr("%1 changed on disk since it was loaded; reload it and apply the edit again")
                         .arg(m_displayName),
                     m_displayName};
    };
    // Checked first so a stale file is reported as such rather than as an edit that does not apply,
    // and again just before writing to keep the window for a lost update small.
    if (changedOnDisk())
        return conflict();

    // The loaded parse is reused and the verified parse of the result is kept: no parse is repeated.
    auto edited = applyEdit(m_bytes, m_parse, m_displayName, edit);
    if (!edited)
        return edited.error();
    if (changedOnDisk())
        return conflict();

    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly))
        return Error{
            Text::tr("cannot write the file: %1; check the folder is writable").arg(out.errorString()),
            m_displayName};
    if (out.write(edited->bytes) != edited->bytes.size()) {
        out.cancelWriting();
        return Error{Text::tr("cannot write the file: %1; check free disk space").arg(out.errorString()),
                     m_displayName};
    }
    if (!out.commit())
        return Error{Text::tr("cannot save the file: %1; the file was not changed").arg(out.errorString()),
                     m_displayName};

    m_bytes = std::move(edited->bytes);
    m_parse = std::move(edited->parse);
    qCInfo(rcManifest) << "saved" << m_displayName;
    return Done{};
}

} // namespace rc::core
