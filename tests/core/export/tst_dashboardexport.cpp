// The exported dashboards compared byte for byte with golden files in tests/data/export, and
// checked for what a golden file cannot show: well-formed HTML, intact Markdown tables, escaping
// of hostile text, and atomic writes. RC_UPDATE_GOLDEN=1 rewrites the golden files on purpose.

#include "export/dashboardexport.h"
#include "manifest/manifestparser.h"
#include "rules/readiness.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace rc;
using core::DashboardExport;
using core::DashboardRelease;
using core::ExportFormat;

Q_DECLARE_METATYPE(rc::core::ExportFormat)

namespace {

const QString DataDir = QStringLiteral(RC_TEST_DATA "/export/");
const QString DemoDir = QStringLiteral(RC_SOURCE_DIR "/resources/demo/");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QStringList demoFiles()
{
    return {QStringLiteral("2024-01-15-release.yaml"), QStringLiteral("rel-2024-01-02-001.yaml"),
            QStringLiteral("rel-2024-01-08-001.yaml"), QStringLiteral("rel-2024-01-10-hotfix-001.yaml"),
            QStringLiteral("rel-2024-01-22-001.yaml")};
}

QStringList edgeFiles()
{
    return {QStringLiteral("hostile.yaml"), QStringLiteral("empty.yaml"), QStringLiteral("ready.yaml")};
}

// A release as releasectl passes it: readiness from the core, the link as the clone has it.
std::optional<DashboardRelease> load(const QString &path)
{
    const QByteArray bytes = readFile(path);
    if (bytes.isEmpty())
        return std::nullopt;
    core::ParseResult parsed = core::parseManifest(bytes, QFileInfo(path).fileName());
    if (!parsed.ok()) {
        for (const core::Diagnostic &d : parsed.errors)
            qWarning("%s", qPrintable(d.toString()));
        return std::nullopt;
    }
    DashboardRelease release;
    release.manifest = *parsed.manifest;
    release.readiness = core::checkReadiness(release.manifest);
    release.manifestLink = QStringLiteral("releases/") + QFileInfo(path).fileName();
    return release;
}

QDateTime generatedAt()
{
    return QDateTime(QDate(2024, 1, 15), QTime(8, 0), Qt::UTC);
}

// Newest first by schedule, else creation time, as the workspace orders them.
std::vector<DashboardRelease> demoReleases()
{
    std::vector<DashboardRelease> releases;
    for (const QString &file : demoFiles())
        if (auto r = load(DemoDir + file))
            releases.push_back(*r);
    std::stable_sort(releases.begin(), releases.end(), [](const DashboardRelease &a, const DashboardRelease &b) {
        const QDateTime ta = a.manifest.release.scheduledAt.isValid() ? a.manifest.release.scheduledAt : a.manifest.release.createdAt;
        const QDateTime tb = b.manifest.release.scheduledAt.isValid() ? b.manifest.release.scheduledAt : b.manifest.release.createdAt;
        return ta > tb;
    });
    return releases;
}

// The golden cases: a name (the golden file's base name) and how to render it.
QStringList caseNames()
{
    QStringList names;
    for (const QString &file : demoFiles())
        names << QStringLiteral("demo-") + QFileInfo(file).completeBaseName();
    for (const QString &file : edgeFiles())
        names << QFileInfo(file).completeBaseName();
    names << QStringLiteral("index-demo") << QStringLiteral("index-none");
    return names;
}

QByteArray render(const QString &name, ExportFormat format)
{
    const core::DashboardOptions options{generatedAt()};
    if (name == QLatin1String("index-demo"))
        return DashboardExport::index(demoReleases(), format, options);
    if (name == QLatin1String("index-none"))
        return DashboardExport::index({}, format, options);
    const QString path = name.startsWith(QLatin1String("demo-")) ? DemoDir + name.mid(5) + QLatin1String(".yaml")
                                                                 : DataDir + name + QLatin1String(".yaml");
    const std::optional<DashboardRelease> release = load(path);
    if (!release)
        return QByteArray("<cannot load ") + path.toUtf8() + '>';
    return DashboardExport::release(*release, format, options);
}

// Cells of a GFM table row: pipes not preceded by a backslash, minus the leading and trailing one.
int cellCount(const QString &row)
{
    int pipes = 0;
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (row.at(i) == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (row.at(i) == QLatin1Char('|'))
            ++pipes;
    }
    return pipes - 1;
}

} // namespace

class tst_DashboardExport : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void htmlWellFormed_data();
    void htmlWellFormed();
    void htmlStrictParser();
    void markdownTables_data();
    void markdownTables();
    void hostileTextEscaped();
    void readinessVerbatim_data();
    void readinessVerbatim();
    void actions_data();
    void actions();
    void indexLinksToSections();
    void generatedAtOnlyWhenGiven();
    void headingSlug_data();
    void headingSlug();
    void formats_data();
    void formats();
    void writeExportFile();
    void writeExportFileRefuses_data();
    void writeExportFileRefuses();
};

void tst_DashboardExport::golden_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<ExportFormat>("format");
    for (const QString &name : caseNames()) {
        QTest::addRow("%s.md", qPrintable(name)) << name << ExportFormat::Markdown;
        QTest::addRow("%s.html", qPrintable(name)) << name << ExportFormat::Html;
    }
}

void tst_DashboardExport::golden()
{
    QFETCH(QString, name);
    QFETCH(ExportFormat, format);
    const QByteArray actual = render(name, format);
    QVERIFY2(!actual.startsWith("<cannot load"), actual.constData());
    const QString goldenPath = DataDir + name + QLatin1Char('.') + core::exportFileSuffix(format);
    if (qEnvironmentVariableIntValue("RC_UPDATE_GOLDEN") == 1) {
        QVERIFY(writeFile(goldenPath, actual));
        qInfo("rewrote %s", qPrintable(goldenPath));
        return;
    }
    const QByteArray expected = readFile(goldenPath);
    QVERIFY2(!expected.isEmpty(), qPrintable(goldenPath + QLatin1String(" is missing; run with RC_UPDATE_GOLDEN=1 to write it")));
    if (actual != expected) {
        const QList<QByteArray> a = actual.split('\n');
        const QList<QByteArray> e = expected.split('\n');
        for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
            if (a.value(i) != e.value(i)) {
                QFAIL(qPrintable(QStringLiteral("%1:%2 differs\n expected: %3\n   actual: %4\n"
                                                "(RC_UPDATE_GOLDEN=1 rewrites the golden files when the change is intended)")
                                     .arg(goldenPath)
                                     .arg(i + 1)
                                     .arg(QString::fromUtf8(e.value(i)), QString::fromUtf8(a.value(i)))));
            }
        }
    }
    QCOMPARE(actual, expected);
}

void tst_DashboardExport::htmlWellFormed_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : caseNames())
        QTest::addRow("%s", qPrintable(name)) << name;
}

// The page is XHTML-compatible HTML5, so an XML parser must read it whole; it also must not reach
// for anything outside itself.
void tst_DashboardExport::htmlWellFormed()
{
    QFETCH(QString, name);
    const QByteArray page = render(name, ExportFormat::Html);
    QVERIFY(page.startsWith("<!DOCTYPE html>\n<html lang=\""));
    QXmlStreamReader xml(page);
    QStringList open;
    int elements = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++elements;
            const QString tag = xml.name().toString();
            QVERIFY2(tag != QLatin1String("script") && tag != QLatin1String("img") && tag != QLatin1String("link")
                         && tag != QLatin1String("iframe"),
                     qPrintable(QStringLiteral("<%1> at line %2").arg(tag).arg(xml.lineNumber())));
            for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                const QString attr = attribute.name().toString();
                QVERIFY2(!attr.startsWith(QLatin1String("on")) && attr != QLatin1String("src") && attr != QLatin1String("style"),
                         qPrintable(QStringLiteral("attribute %1 at line %2").arg(attr).arg(xml.lineNumber())));
                if (attr == QLatin1String("href"))
                    QVERIFY2(!attribute.value().contains(QLatin1Char(':')),
                             qPrintable(QStringLiteral("external link %1").arg(attribute.value())));
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(QStringLiteral("line %1, column %2: %3")
                                             .arg(xml.lineNumber())
                                             .arg(xml.columnNumber())
                                             .arg(xml.errorString())));
    QVERIFY(elements > 10);
    QVERIFY(!page.contains("url("));
    QVERIFY(!page.contains("@import"));
    QVERIFY(page.contains("prefers-color-scheme: dark"));
    QVERIFY(page.contains("@media print"));
}

// html5lib in strict mode raises on every parse error the HTML5 specification defines (Debian:
// python3-html5lib). Skipped where it is not installed; the XML check above always runs. One
// interpreter reads every page, since starting Python is the slow part.
void tst_DashboardExport::htmlStrictParser()
{
    // Debian's interpreter first: that is where python3-html5lib installs.
    QString python = QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    if (python.isEmpty())
        python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList arguments{QStringLiteral("-c"),
                          QStringLiteral("import sys\n"
                                         "try:\n"
                                         "    import html5lib\n"
                                         "except ImportError:\n"
                                         "    sys.exit(77)\n"
                                         "for path in sys.argv[1:]:\n"
                                         "    try:\n"
                                         "        html5lib.HTMLParser(strict=True).parse(open(path, 'rb').read())\n"
                                         "    except Exception as e:\n"
                                         "        print(path, e)\n"
                                         "        sys.exit(1)\n")};
    for (const QString &name : caseNames()) {
        const QString path = dir.filePath(name + QLatin1String(".html"));
        QVERIFY(writeFile(path, render(name, ExportFormat::Html)));
        arguments << path;
    }
    QProcess process;
    process.start(python, arguments);
    QVERIFY(process.waitForFinished(60000));
    if (process.exitCode() == 77)
        QSKIP("html5lib is not installed (apt-get install python3-html5lib)");
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             (process.readAllStandardOutput() + process.readAllStandardError()).constData());
}

void tst_DashboardExport::markdownTables_data()
{
    htmlWellFormed_data();
}

// A table row with a stray pipe gains a column and GitHub shifts every cell after it.
void tst_DashboardExport::markdownTables()
{
    QFETCH(QString, name);
    const QStringList lines = QString::fromUtf8(render(name, ExportFormat::Markdown)).split(QLatin1Char('\n'));
    int tables = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).startsWith(QLatin1Char('|')))
            continue;
        if (i == 0 || lines.at(i - 1).startsWith(QLatin1Char('|')))
            continue;
        ++tables;
        const int columns = cellCount(lines.at(i));
        QVERIFY(columns > 0);
        QVERIFY2(i + 1 < lines.size() && lines.at(i + 1).startsWith(QLatin1String("| --- |")), qPrintable(lines.at(i)));
        for (qsizetype j = i + 1; j < lines.size() && lines.at(j).startsWith(QLatin1Char('|')); ++j)
            QVERIFY2(cellCount(lines.at(j)) == columns,
                     qPrintable(QStringLiteral("line %1 has %2 cells, its header %3: %4")
                                    .arg(j + 1)
                                    .arg(cellCount(lines.at(j)))
                                    .arg(columns)
                                    .arg(lines.at(j))));
    }
    if (name != QLatin1String("index-none"))
        QVERIFY(tables >= 1);
    // Every line that is not a table row, heading, list item, rule or paragraph of ours would be
    // text that escaped its cell.
    for (const QString &line : lines)
        QVERIFY2(!line.startsWith(QLatin1String("second line")), qPrintable(line));
}

void tst_DashboardExport::hostileTextEscaped()
{
    const QString md = QString::fromUtf8(render(QStringLiteral("hostile"), ExportFormat::Markdown));
    const QString html = QString::fromUtf8(render(QStringLiteral("hostile"), ExportFormat::Html));

    // HTML: no markup from the manifest survives, and the text still reads as written.
    QVERIFY(!html.contains(QLatin1String("<script")));
    QVERIFY(!html.contains(QLatin1String("<img")));
    QVERIFY(!html.contains(QLatin1String("<b>")));
    QVERIFY(html.contains(QLatin1String("rel-&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(html.contains(QLatin1String("@eve &amp; &#39;friends&#39; &quot;quoted&quot;")));
    QVERIFY(html.contains(QLatin1String("&amp;amp; already-escaped &amp;lt;")));
    QVERIFY(html.contains(QLatin1String("see &lt;/style&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")));
    QVERIFY(html.contains(QStringLiteral("🎉 party")));
    QVERIFY(html.contains(QStringLiteral("emoji-team 👩‍💻")));
    QVERIFY(html.contains(QStringLiteral("second line 🚀")));

    // Markdown: pipes, markup and entity-looking text escaped; the reason's line break is a space.
    QVERIFY(md.contains(QLatin1String("api\\|gateway \\<img src=x onerror=alert(1)\\>")));
    QVERIFY(md.contains(QLatin1String("team \\*bold\\* \\_it\\_ \\[link\\](http://127.0.0.1/x) \\~strike\\~")));
    QVERIFY(md.contains(QLatin1String("\\&amp; already-escaped \\&lt;")));
    QVERIFY(md.contains(QLatin1String("@lead\\\\back")) == false); // team leads are not shown in the table
    QVERIFY(md.contains(QStringLiteral("broken \\| pipes \\& \\<tags\\> second line 🚀")));
    QVERIFY(md.contains(QLatin1String("## Current Release: rel-\\<script\\>alert(1)\\</script\\>")));
    // Outside code spans, where Markdown shows text as it is; the commands are quoted for a shell.
    QVERIFY(md.contains(QLatin1String("`releasectl transition 'rel-<script>alert(1)</script>' cancelled`")));
    QString outsideCode = md;
    outsideCode.remove(QRegularExpression(QStringLiteral("`[^`]*`")));
    QVERIFY(outsideCode.contains(QLatin1String("\\<script")));
    QVERIFY(!outsideCode.contains(QRegularExpression(QStringLiteral("(?<!\\\\)<"))));
}

void tst_DashboardExport::readinessVerbatim_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : demoFiles())
        QTest::addRow("%s", qPrintable(file)) << DemoDir + file;
    for (const QString &file : edgeFiles())
        QTest::addRow("%s", qPrintable(file)) << DataDir + file;
}

// The blockers are the core's words, not a re-telling; a finished release lists none.
void tst_DashboardExport::readinessVerbatim()
{
    QFETCH(QString, file);
    const std::optional<DashboardRelease> release = load(file);
    QVERIFY(release);
    const QString html = QString::fromUtf8(DashboardExport::release(*release, ExportFormat::Html));
    const core::ReleaseStatus status = release->manifest.release.status;
    const bool finished = status == core::ReleaseStatus::Deployed || status == core::ReleaseStatus::RolledBack
        || status == core::ReleaseStatus::Cancelled;
    for (const QString &blocker : release->readiness.blockers) {
        QString escaped = blocker.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&#39;"));
        escaped.replace(QLatin1Char('\n'), QLatin1Char(' '));
        QCOMPARE(html.contains(QLatin1String("<li>") + escaped + QLatin1String("</li>")), !finished);
    }
    QCOMPARE(html.contains(QStringLiteral("<p class=\"good\">✅ Ready to deploy.</p>")), release->readiness.ready && !finished);
    QCOMPARE(html.contains(QStringLiteral("<p class=\"bad\">⛔ Blocked:</p>")), !release->readiness.ready && !finished);
}

void tst_DashboardExport::actions_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("deployEnabled");
    QTest::addColumn<bool>("cancelShown");
    QTest::addColumn<bool>("requestEnabled");
    QTest::addRow("seed: pending approval") << DemoDir + QStringLiteral("2024-01-15-release.yaml") << false << true << true;
    QTest::addRow("ready") << DataDir + QStringLiteral("ready.yaml") << true << true << false;
    QTest::addRow("deployed") << DemoDir + QStringLiteral("rel-2024-01-08-001.yaml") << false << false << false;
    QTest::addRow("rolled back") << DemoDir + QStringLiteral("rel-2024-01-02-001.yaml") << false << false << false;
    QTest::addRow("draft") << DemoDir + QStringLiteral("rel-2024-01-22-001.yaml") << false << true << true;
}

void tst_DashboardExport::actions()
{
    QFETCH(QString, file);
    QFETCH(bool, deployEnabled);
    QFETCH(bool, cancelShown);
    QFETCH(bool, requestEnabled);
    const std::optional<DashboardRelease> release = load(file);
    QVERIFY(release);
    const QString html = QString::fromUtf8(DashboardExport::release(*release, ExportFormat::Html));
    const QString md = QString::fromUtf8(DashboardExport::release(*release, ExportFormat::Markdown));
    const QString id = release->manifest.release.id;

    QCOMPARE(html.contains(QLatin1String("<span class=\"action\">Start Deployment</span>")), deployEnabled);
    QCOMPARE(html.contains(QLatin1String("<span class=\"action disabled\" aria-disabled=\"true\">Start Deployment</span>")), !deployEnabled);
    QCOMPARE(md.contains(QLatin1String("`releasectl deploy ") + id + QLatin1Char('`')), deployEnabled);
    QCOMPARE(md.contains(QLatin1String("\\[Cancel Release\\]")), cancelShown);
    QCOMPARE(md.contains(QLatin1String("`releasectl signoffs request ") + id + QLatin1Char('`')), requestEnabled);
    // The manifest is always one relative link away.
    QVERIFY(md.contains(QLatin1String("- [View Full Manifest](") + release->manifestLink + QLatin1Char(')')));
    QVERIFY(html.contains(QLatin1String("<a class=\"action\" href=\"") + release->manifestLink + QLatin1String("\">View Full Manifest</a>")));
    if (!deployEnabled && release->manifest.release.status == core::ReleaseStatus::PendingApproval)
        QVERIFY(md.contains(QLatin1String("disabled until all approved")));
}

// Each index row links to an anchor that the page, or GitHub's rendering of the Markdown, has.
void tst_DashboardExport::indexLinksToSections()
{
    const std::vector<DashboardRelease> releases = demoReleases();
    QCOMPARE(releases.size(), std::size_t(5));
    QCOMPARE(releases.front().manifest.release.id, QStringLiteral("rel-2024-01-22-001"));
    const QString html = QString::fromUtf8(DashboardExport::index(releases, ExportFormat::Html));
    const QString md = QString::fromUtf8(DashboardExport::index(releases, ExportFormat::Markdown));
    qsizetype lastRow = -1;
    for (const DashboardRelease &r : releases) {
        const QString id = r.manifest.release.id;
        const QString slug = DashboardExport::headingSlug(id);
        QVERIFY(html.contains(QStringLiteral("<a href=\"#%1\">%2</a>").arg(slug, id)));
        QVERIFY(html.contains(QStringLiteral("<section class=\"release\" id=\"%1\">").arg(slug)));
        const qsizetype row = md.indexOf(QStringLiteral("| [%1](#%2) |").arg(id, slug));
        QVERIFY2(row > lastRow, qPrintable(id));
        lastRow = row;
        QVERIFY(md.contains(QLatin1String("\n## ") + id + QLatin1Char('\n')));
        QVERIFY(md.contains(QStringLiteral(" | %1/%2 | ").arg(r.manifest.signOffsApproved()).arg(r.manifest.signOffsNeeded())));
    }
}

void tst_DashboardExport::generatedAtOnlyWhenGiven()
{
    const std::optional<DashboardRelease> release = load(DataDir + QStringLiteral("ready.yaml"));
    QVERIFY(release);
    for (ExportFormat format : {ExportFormat::Markdown, ExportFormat::Html}) {
        const QByteArray without = DashboardExport::release(*release, format);
        QVERIFY(!without.contains("Generated"));
        QCOMPARE(DashboardExport::release(*release, format), without);
        const QByteArray with = DashboardExport::release(*release, format, {generatedAt()});
        QVERIFY(with.contains("Generated by Release Console on Jan 15, 2024 08:00 UTC."));
    }
}

void tst_DashboardExport::headingSlug_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("slug");
    QTest::addRow("release id") << QStringLiteral("rel-2024-01-15-001") << QStringLiteral("rel-2024-01-15-001");
    QTest::addRow("current release") << QStringLiteral("Current Release: rel-1") << QStringLiteral("current-release-rel-1");
    QTest::addRow("dots and case") << QStringLiteral("Rel.2024_01") << QStringLiteral("rel2024_01");
    QTest::addRow("emoji dropped") << QStringLiteral("🎉 party") << QStringLiteral("-party");
    QTest::addRow("umlaut kept") << QStringLiteral("Über Release") << QStringLiteral("über-release");
    QTest::addRow("markup dropped") << QStringLiteral("<script>x</script>") << QStringLiteral("scriptxscript");
}

void tst_DashboardExport::headingSlug()
{
    QFETCH(QString, text);
    QFETCH(QString, slug);
    QCOMPARE(DashboardExport::headingSlug(text), slug);
}

void tst_DashboardExport::formats_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("known");
    QTest::addColumn<ExportFormat>("format");
    QTest::addRow("markdown") << QStringLiteral("markdown") << true << ExportFormat::Markdown;
    QTest::addRow("md") << QStringLiteral("md") << true << ExportFormat::Markdown;
    QTest::addRow("HTML upper case") << QStringLiteral("HTML") << true << ExportFormat::Html;
    QTest::addRow("htm") << QStringLiteral("htm") << true << ExportFormat::Html;
    QTest::addRow("pdf") << QStringLiteral("pdf") << false << ExportFormat::Markdown;
    QTest::addRow("empty") << QString() << false << ExportFormat::Markdown;
}

void tst_DashboardExport::formats()
{
    QFETCH(QString, name);
    QFETCH(bool, known);
    QFETCH(ExportFormat, format);
    const std::optional<ExportFormat> parsed = core::exportFormatFromString(name);
    QCOMPARE(parsed.has_value(), known);
    if (known) {
        QCOMPARE(*parsed, format);
        QCOMPARE(core::exportFormatFromString(core::exportFormatName(format)), format);
    }
}

void tst_DashboardExport::writeExportFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("dashboard.html"));
    QVERIFY(writeFile(path, "old"));
    const core::Expected<core::Done> written = core::writeExportFile(path, "new content\n");
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    QCOMPARE(readFile(path), QByteArray("new content\n"));
    // QSaveFile leaves no temporary files behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("dashboard.html")});
}

void tst_DashboardExport::writeExportFileRefuses_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("message");
    QTest::addRow("missing folder") << QStringLiteral("no/such/dir/out.md") << QStringLiteral("does not exist");
    QTest::addRow("a folder") << QStringLiteral("existing-dir") << QStringLiteral("is a folder");
    QTest::addRow("parent is a file") << QStringLiteral("a-file/out.md") << QStringLiteral("does not exist");
}

void tst_DashboardExport::writeExportFileRefuses()
{
    QFETCH(QString, relative);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("existing-dir")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a-file")), "keep me"));
    const core::Expected<core::Done> written = core::writeExportFile(dir.filePath(relative), "content");
    QVERIFY(!written);
    QVERIFY2(written.error().toString().contains(message), qPrintable(written.error().toString()));
    QVERIFY(written.error().toString().contains(QDir::toNativeSeparators(dir.filePath(relative))));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("a-file"))), QByteArray("keep me"));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("existing-dir"))).isDir());
}

QTEST_GUILESS_MAIN(tst_DashboardExport)
#include "tst_dashboardexport.moc"
