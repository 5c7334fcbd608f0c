// File → Export…: the dialog writes exactly what the core renders, off the GUI thread, and says
// why when it cannot.

#include "exportdialog.h"

#include "appearance.h"
#include "themecolors.h"

#include "export/dashboardexport.h"
#include "manifest/manifestparser.h"
#include "rules/readiness.h"
#include "rules/releasecalendar.h"
#include "rules/repositoryrules.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace rc;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

const QDateTime GeneratedAt(QDate(2024, 1, 15), QTime(9, 30), Qt::UTC);

} // namespace

class tst_ExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsCurrentRelease_data();
    void exportsCurrentRelease();
    void exportsAllReleases();
    void readinessFollowsTheCalendar();
    void fileNameFollowsChoices();
    void withoutOpenReleaseOnlyAll();
    void failureKeepsDialogOpen_data();
    void failureKeepsDialogOpen();
    void statusBarNote();
    void errorFollowsThePalette();
    void cleanup();

private:
    // A clone's scan as the window holds it, from the demo's manifests, newest first.
    core::WorkspaceScan scan(bool withBroken = false) const;
    QString seedPath() const { return m_root.filePath(QStringLiteral("releases/2024-01-15-release.yaml")); }

    QTemporaryDir m_root;
};

void tst_ExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_root.isValid());
    for (const QString &name : {QStringLiteral("2024-01-15-release.yaml"), QStringLiteral("rel-2024-01-08-001.yaml"),
                                QStringLiteral("rel-2024-01-22-001.yaml")})
        QVERIFY(writeFile(m_root.filePath(QStringLiteral("releases/") + name), readFile(QStringLiteral(RC_SOURCE_DIR "/resources/demo/") + name)));
    QVERIFY(writeFile(m_root.filePath(QStringLiteral("releases/broken.yaml")), "release:\n  id: broken\n  status: nonsense\n"));
}

core::WorkspaceScan tst_ExportDialog::scan(bool withBroken) const
{
    core::WorkspaceScan scan;
    scan.root = m_root.path();
    QStringList files = {QStringLiteral("rel-2024-01-22-001.yaml"), QStringLiteral("2024-01-15-release.yaml"),
                         QStringLiteral("rel-2024-01-08-001.yaml")};
    if (withBroken)
        files << QStringLiteral("broken.yaml");
    for (const QString &file : files) {
        core::ReleaseEntry entry;
        entry.relativePath = QStringLiteral("releases/") + file;
        entry.path = m_root.filePath(entry.relativePath);
        core::ParseResult parsed = core::parseManifest(readFile(entry.path), entry.relativePath);
        entry.manifest = parsed.manifest;
        entry.errors = parsed.errors;
        scan.releases.push_back(entry);
    }
    return scan;
}

void tst_ExportDialog::exportsCurrentRelease_data()
{
    QTest::addColumn<core::ExportFormat>("format");
    QTest::addColumn<QString>("relativeOut");
    QTest::addColumn<QString>("manifestLink");
    QTest::addRow("html at the root") << core::ExportFormat::Html << QStringLiteral("out.html")
                                      << QStringLiteral("releases/2024-01-15-release.yaml");
    QTest::addRow("markdown in docs/") << core::ExportFormat::Markdown << QStringLiteral("docs/out.md")
                                       << QStringLiteral("../releases/2024-01-15-release.yaml");
}

void tst_ExportDialog::exportsCurrentRelease()
{
    QFETCH(core::ExportFormat, format);
    QFETCH(QString, relativeOut);
    QFETCH(QString, manifestLink);
    QVERIFY(QDir(m_root.path()).mkpath(QStringLiteral("docs")));
    const core::WorkspaceScan workspace = scan();
    ui::ExportDialog dialog(workspace, seedPath());
    dialog.setGeneratedAt(GeneratedAt);
    QVERIFY(dialog.currentButton()->isChecked());
    QVERIFY(dialog.currentButton()->text().contains(QLatin1String("rel-2024-01-15-001")));
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(int(format)));
    const QString out = m_root.filePath(relativeOut);
    QFile::remove(out);
    dialog.pathEdit()->setText(QDir::toNativeSeparators(out));
    QSignalSpy exported(&dialog, &ui::ExportDialog::exported);
    dialog.show();
    dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.first().first().toString(), out);
    QVERIFY(!dialog.isVisible());

    core::DashboardRelease expected;
    expected.manifest = *workspace.releases[1].manifest;
    expected.readiness = core::checkReadiness(expected.manifest);
    expected.manifestLink = manifestLink;
    QCOMPARE(readFile(out), core::DashboardExport::release(expected, format, {GeneratedAt}));
}

void tst_ExportDialog::exportsAllReleases()
{
    const core::WorkspaceScan workspace = scan();
    ui::ExportDialog dialog(workspace, seedPath());
    dialog.setGeneratedAt(GeneratedAt);
    dialog.allButton()->setChecked(true);
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(int(core::ExportFormat::Markdown)));
    const QString out = m_root.filePath(QStringLiteral("index.md"));
    dialog.pathEdit()->setText(out);
    QSignalSpy exported(&dialog, &ui::ExportDialog::exported);
    dialog.accept();
    QVERIFY(dialog.isExporting() || exported.size() == 1);
    QVERIFY(exported.size() == 1 || exported.wait(10000));

    std::vector<core::DashboardRelease> releases;
    for (const core::ReleaseEntry &entry : workspace.releases)
        releases.push_back({*entry.manifest, core::checkReadiness(*entry.manifest), entry.relativePath});
    QCOMPARE(readFile(out), core::DashboardExport::index(releases, core::ExportFormat::Markdown, {GeneratedAt}));
}

// With the rules' calendar, the page says what the window says at the footer's time: the
// approved release is held back outside its window, and says when the next one opens.
void tst_ExportDialog::readinessFollowsTheCalendar()
{
    const core::RulesResult rules = core::parseRepositoryRules("components:\n  - name: api\n    paths: [api/]\n"
                                                               "timezone: Europe/Berlin\nenforce_windows: true\n",
                                                               QStringLiteral(".release-console.yaml"));
    QVERIFY(rules.ok());
    const core::ReleaseCalendar calendar(*rules.rules);
    const core::WorkspaceScan workspace = scan();
    ui::ExportDialog dialog(workspace, seedPath());
    dialog.setGeneratedAt(GeneratedAt); // a Monday: no regular window
    dialog.setReleaseCalendar(calendar);
    dialog.allButton()->setChecked(true);
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(int(core::ExportFormat::Markdown)));
    const QString out = m_root.filePath(QStringLiteral("calendar.md"));
    dialog.pathEdit()->setText(out);
    QSignalSpy exported(&dialog, &ui::ExportDialog::exported);
    dialog.accept();
    QVERIFY(exported.size() == 1 || exported.wait(10000));

    std::vector<core::DashboardRelease> releases;
    for (const core::ReleaseEntry &entry : workspace.releases)
        releases.push_back({*entry.manifest, core::checkReadiness(*entry.manifest, calendar, GeneratedAt), entry.relativePath});
    const QByteArray page = readFile(out);
    QCOMPARE(page, core::DashboardExport::index(releases, core::ExportFormat::Markdown, {GeneratedAt}));
    // And it is not the page without the calendar.
    std::vector<core::DashboardRelease> plain;
    for (const core::ReleaseEntry &entry : workspace.releases)
        plain.push_back({*entry.manifest, core::checkReadiness(*entry.manifest), entry.relativePath});
    QVERIFY(page != core::DashboardExport::index(plain, core::ExportFormat::Markdown, {GeneratedAt}));
}

void tst_ExportDialog::fileNameFollowsChoices()
{
    ui::ExportDialog dialog(scan(), seedPath());
    QComboBox *format = dialog.formatBox();
    format->setCurrentIndex(format->findData(int(core::ExportFormat::Html)));
    QVERIFY(dialog.pathEdit()->text().endsWith(QLatin1String("rel-2024-01-15-001-dashboard.html")));
    format->setCurrentIndex(format->findData(int(core::ExportFormat::Markdown)));
    QVERIFY(dialog.pathEdit()->text().endsWith(QLatin1String("rel-2024-01-15-001-dashboard.md")));
    dialog.allButton()->setChecked(true);
    QVERIFY(dialog.pathEdit()->text().endsWith(QLatin1String("release-dashboard.md")));
    // The folder the user chose stays when the choices change.
    const QString elsewhere = QDir::toNativeSeparators(m_root.filePath(QStringLiteral("site/index.md")));
    dialog.pathEdit()->setText(elsewhere);
    format->setCurrentIndex(format->findData(int(core::ExportFormat::Html)));
    QCOMPARE(dialog.pathEdit()->text(), QDir::toNativeSeparators(m_root.filePath(QStringLiteral("site/release-dashboard.html"))));
}

void tst_ExportDialog::withoutOpenReleaseOnlyAll()
{
    ui::ExportDialog dialog(scan(), QString());
    QVERIFY(!dialog.currentButton()->isEnabled());
    QVERIFY(dialog.allButton()->isChecked());
}

void tst_ExportDialog::failureKeepsDialogOpen_data()
{
    QTest::addColumn<bool>("all");
    QTest::addColumn<QString>("relativeOut");
    QTest::addColumn<QString>("message");
    QTest::addRow("missing folder") << false << QStringLiteral("no/such/folder/out.html") << QStringLiteral("does not exist");
    QTest::addRow("a folder") << false << QStringLiteral("releases") << QStringLiteral("is a folder");
    QTest::addRow("broken manifest in all") << true << QStringLiteral("all.html")
                                            << QStringLiteral("releases/broken.yaml:3:11");
}

void tst_ExportDialog::failureKeepsDialogOpen()
{
    QFETCH(bool, all);
    QFETCH(QString, relativeOut);
    QFETCH(QString, message);
    ui::ExportDialog dialog(scan(true), seedPath());
    dialog.allButton()->setChecked(all);
    const QString out = m_root.filePath(relativeOut);
    dialog.pathEdit()->setText(out);
    QSignalSpy exported(&dialog, &ui::ExportDialog::exported);
    dialog.show();
    dialog.accept();
    QTRY_VERIFY(!dialog.isExporting());
    QVERIFY2(dialog.errorText().contains(message), qPrintable(dialog.errorText()));
    QVERIFY(dialog.isVisible());
    QCOMPARE(exported.size(), 0);
    if (!QFileInfo(out).isDir())
        QVERIFY(!QFileInfo::exists(out));
}

void tst_ExportDialog::cleanup()
{
    ui::Appearance::apply(ui::Appearance::Mode::System);
}

// Why the export failed is said in a banner tinted for the palette, and again after a switch.
void tst_ExportDialog::errorFollowsThePalette()
{
    using models::ThemeColors;
    using ui::Appearance;
    Appearance::apply(Appearance::Mode::Light);
    ui::ExportDialog dialog(scan(), seedPath());
    dialog.pathEdit()->setText(m_root.filePath(QStringLiteral("no/such/folder/out.html")));
    dialog.show();
    dialog.accept();
    QTRY_VERIFY(!dialog.isExporting());
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("exportError"));
    QVERIFY(label && label->isVisible());
    QStringList seen;
    for (Appearance::Mode mode : {Appearance::Mode::Light, Appearance::Mode::Dark}) {
        Appearance::apply(mode);
        label->ensurePolished();
        const QColor text = label->palette().color(QPalette::WindowText);
        const QColor background = label->palette().color(QPalette::Window);
        QVERIFY2(ThemeColors::contrast(text, background) >= ThemeColors::TextContrast,
                 qPrintable(text.name() + QStringLiteral(" on ") + background.name()));
        // The tint belongs to the palette: light in light, dark in dark.
        QCOMPARE(ThemeColors::luminance(background) < 0.2, mode == Appearance::Mode::Dark);
        seen << background.name();
    }
    QVERIFY2(seen.first() != seen.last(), "the colours did not follow the palette");
}

void tst_ExportDialog::statusBarNote()
{
    QStatusBar bar;
    const QString path = m_root.filePath(QStringLiteral("a & b.html"));
    ui::showExportedInStatusBar(&bar, path);
    ui::showExportedInStatusBar(&bar, path);
    const QList<QLabel *> notes = bar.findChildren<QLabel *>(QStringLiteral("exportedNote"));
    QCOMPARE(notes.size(), 1);
    QVERIFY(notes.first()->text().contains(QLatin1String(">Open</a>")));
    QVERIFY(notes.first()->text().contains(QLatin1String("a &amp; b.html")));
    QVERIFY(notes.first()->text().contains(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded).toHtmlEscaped()));
}

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"
