#include "manifestfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <utime.h>

using namespace rc::core;

namespace {

const QString kSeed = QStringLiteral(RC_SOURCE_DIR "/resources/demo/2024-01-15-release.yaml");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray errorText(const Expected<Done> &r)
{
    return r ? QByteArray() : r.error().toString().toUtf8();
}

SignOffEdit approveApi()
{
    SignOffEdit edit;
    edit.component = QStringLiteral("api");
    edit.value = SignOff::Approved;
    edit.by = QStringLiteral("@alice");
    edit.at = QDateTime(QDate(2024, 1, 15), QTime(8, 30), Qt::UTC);
    return edit;
}

} // namespace

class tst_ManifestFile : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void load();
    void loadUsesThePathWhenNoNameIsGiven();
    void loadMissingFile();
    void loadBrokenYamlKeepsTheErrors();

    void changedOnDisk_data();
    void changedOnDisk();

    void saveRefusedWhenChangedOnDisk_data();
    void saveRefusedWhenChangedOnDisk();
    void failedEditLeavesTheFileUntouched();

    void editSavedAndReRead();
    void saveIsAtomicAndKeepsPermissions();

private:
    QString copySeed();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ManifestFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("releases")));
}

QString tst_ManifestFile::copySeed()
{
    const QString path = m_dir->path() + QStringLiteral("/releases/2024-01-15-release.yaml");
    QFile::remove(path);
    if (!QFile::copy(kSeed, path))
        qFatal("cannot copy %s", qPrintable(kSeed));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return path;
}

void tst_ManifestFile::load()
{
    const QString path = copySeed();
    auto file = ManifestFile::load(path, QStringLiteral("releases/2024-01-15-release.yaml"));
    QVERIFY(file);
    QCOMPARE(file->path(), path);
    QCOMPARE(file->displayName(), QStringLiteral("releases/2024-01-15-release.yaml"));
    QCOMPARE(file->bytes(), readFile(kSeed));
    QVERIFY(file->parseResult().errors.empty());
    QVERIFY(file->manifest());
    QCOMPARE(file->manifest()->release.id, QStringLiteral("rel-2024-01-15-001"));
    QCOMPARE(file->manifest()->components.size(), size_t(4));
    QVERIFY(!file->changedOnDisk());
}

void tst_ManifestFile::loadUsesThePathWhenNoNameIsGiven()
{
    const QString path = copySeed();
    auto file = ManifestFile::load(path);
    QVERIFY(file);
    QCOMPARE(file->displayName(), path);
}

void tst_ManifestFile::loadMissingFile()
{
    auto file = ManifestFile::load(m_dir->path() + QStringLiteral("/releases/none.yaml"),
                                   QStringLiteral("releases/none.yaml"));
    QVERIFY(!file);
    QCOMPARE(file.error().location, QStringLiteral("releases/none.yaml"));
    QVERIFY2(file.error().message.contains(QStringLiteral("cannot read")), qPrintable(file.error().message));
}

void tst_ManifestFile::loadBrokenYamlKeepsTheErrors()
{
    const QString path = m_dir->path() + QStringLiteral("/releases/broken.yaml");
    QVERIFY(writeFile(path, "release:\n  id: [unclosed\n"));
    auto file = ManifestFile::load(path, QStringLiteral("releases/broken.yaml"));
    QVERIFY(file); // readable: the parse errors are data, not a load failure
    QVERIFY(!file->manifest());
    QVERIFY(!file->parseResult().errors.empty());
    QCOMPARE(file->parseResult().errors.front().file, QStringLiteral("releases/broken.yaml"));
    QVERIFY(file->parseResult().errors.front().location.line > 0);
}

void tst_ManifestFile::changedOnDisk_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("changed");
    QTest::addRow("untouched") << "none" << false;
    QTest::addRow("touched, same bytes") << "touch" << false;
    QTest::addRow("rewritten with the same bytes") << "rewrite" << false;
    QTest::addRow("one byte changed") << "edit" << true;
    QTest::addRow("truncated") << "truncate" << true;
    QTest::addRow("deleted") << "delete" << true;
}

void tst_ManifestFile::changedOnDisk()
{
    QFETCH(QString, change);
    QFETCH(bool, changed);
    const QString path = copySeed();
    auto file = ManifestFile::load(path, QStringLiteral("releases/2024-01-15-release.yaml"));
    QVERIFY(file);
    const QByteArray original = readFile(path);
    if (change == QLatin1String("touch")) {
        QCOMPARE(::utime(QFile::encodeName(path).constData(), nullptr), 0);
    } else if (change == QLatin1String("rewrite")) {
        QVERIFY(writeFile(path, original));
    } else if (change == QLatin1String("edit")) {
        QByteArray edited = original;
        edited.replace("sign_off: pending # pending", "sign_off: approved # pending");
        QVERIFY(edited != original);
        QVERIFY(writeFile(path, edited));
    } else if (change == QLatin1String("truncate")) {
        QVERIFY(writeFile(path, original.left(original.size() / 2)));
    } else if (change == QLatin1String("delete")) {
        QVERIFY(QFile::remove(path));
    }
    QCOMPARE(file->changedOnDisk(), changed);
}

void tst_ManifestFile::saveRefusedWhenChangedOnDisk_data()
{
    QTest::addColumn<bool>("deleted");
    QTest::addRow("edited by someone else") << false;
    QTest::addRow("deleted since loaded") << true;
}

void tst_ManifestFile::saveRefusedWhenChangedOnDisk()
{
    QFETCH(bool, deleted);
    const QString path = copySeed();
    auto file = ManifestFile::load(path, QStringLiteral("releases/2024-01-15-release.yaml"));
    QVERIFY(file);
    const QByteArray loaded = file->bytes();
    QByteArray theirs = loaded;
    theirs.replace("'@john.doe'\n  status", "'@jane.roe'\n  status");
    if (deleted)
        QVERIFY(QFile::remove(path));
    else
        QVERIFY(writeFile(path, theirs));

    auto saved = file->applyAndSave(approveApi());
    QVERIFY(!saved);
    QCOMPARE(saved.error().message,
             QStringLiteral(
                 "releases/2024-01-15-release.yaml changed on disk since it was loaded; reload it and apply "
                 "the edit again"));
    QCOMPARE(saved.error().location, QStringLiteral("releases/2024-01-15-release.yaml"));
    if (deleted)
        QVERIFY(!QFile::exists(path));
    else
        QCOMPARE(readFile(path), theirs);
    QCOMPARE(file->bytes(), loaded);
    QCOMPARE(toString(file->manifest()->component(QStringLiteral("api"))->signOff),
             QStringLiteral("pending"));
}

void tst_ManifestFile::failedEditLeavesTheFileUntouched()
{
    const QString path = copySeed();
    auto file = ManifestFile::load(path, QStringLiteral("releases/2024-01-15-release.yaml"));
    QVERIFY(file);
    SignOffEdit edit = approveApi();
    edit.component = QStringLiteral("no-such-component");
    auto saved = file->applyAndSave(edit);
    QVERIFY(!saved);
    QVERIFY2(saved.error().toString().contains(QStringLiteral("no-such-component")),
             errorText(saved).constData());
    QCOMPARE(readFile(path), readFile(kSeed));
    QCOMPARE(file->bytes(), readFile(kSeed));
    QCOMPARE(QDir(m_dir->path() + QStringLiteral("/releases")).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("2024-01-15-release.yaml")});
}

void tst_ManifestFile::editSavedAndReRead()
{
    const QString path = copySeed();
    auto file = ManifestFile::load(path, QStringLiteral("releases/2024-01-15-release.yaml"));
    QVERIFY(file);
    auto saved = file->applyAndSave(approveApi());
    QVERIFY2(saved, errorText(saved).constData());

    // The object and the file agree, and a fresh load sees the edit.
    QCOMPARE(readFile(path), file->bytes());
    QVERIFY(!file->changedOnDisk());
    const Component *api = file->manifest()->component(QStringLiteral("api"));
    QVERIFY(api);
    QCOMPARE(toString(api->signOff), QStringLiteral("approved"));
    QCOMPARE(api->approvedBy, QStringLiteral("@alice"));

    auto reread = ManifestFile::load(path, QStringLiteral("releases/2024-01-15-release.yaml"));
    QVERIFY(reread);
    QVERIFY(reread->manifest());
    QCOMPARE(*reread->manifest(), *file->manifest());

    // Only the api block changed: the comment line and everything after the api block are as before.
    const QByteArray before = readFile(kSeed);
    const QByteArray after = readFile(path);
    QVERIFY(after.startsWith("# releases/2024-01-15-release.yaml\n"));
    const qsizetype tailBefore = before.indexOf("  - name: placement-service");
    const qsizetype tailAfter = after.indexOf("  - name: placement-service");
    QVERIFY(tailBefore > 0 && tailAfter > 0);
    QCOMPARE(after.mid(tailAfter), before.mid(tailBefore));

    // A second edit on the same object works from the saved text.
    SignOffEdit back = approveApi();
    back.value = SignOff::Pending;
    auto again = file->applyAndSave(back);
    QVERIFY2(again, errorText(again).constData());
    QCOMPARE(toString(file->manifest()->component(QStringLiteral("api"))->signOff),
             QStringLiteral("pending"));
}

void tst_ManifestFile::saveIsAtomicAndKeepsPermissions()
{
    const QString path = copySeed();
    const auto permissions = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup;
    QVERIFY(QFile::setPermissions(path, permissions));
    auto file = ManifestFile::load(path, QStringLiteral("releases/2024-01-15-release.yaml"));
    QVERIFY(file);
    auto saved = file->applyAndSave(approveApi());
    QVERIFY2(saved, errorText(saved).constData());
    // No temporary file left behind, and the mode of the original survives the rename.
    QCOMPARE(QDir(m_dir->path() + QStringLiteral("/releases")).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("2024-01-15-release.yaml")});
    QCOMPARE(QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser), permissions);
}

QTEST_GUILESS_MAIN(tst_ManifestFile)
#include "tst_manifestfile.moc"
