// releasectl(1) against the command table releasectl itself uses: every command needs its own
// section whose heading is the command's syntax, and the page must render without warnings.
#include "clicommon.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <map>

using rc::cli::detail::commandSpecs;

namespace {

const QString PageSource = QStringLiteral(RC_SOURCE_DIR "/packaging/releasectl.1.in");
const QString PageBuilt = QStringLiteral(RC_BINARY_DIR "/packaging/man/releasectl.1");

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Troff escapes a reader does not see: "\-" is a plain minus.
QString plain(QString text)
{
    return text.replace(QLatin1String("\\-"), QLatin1String("-"));
}

// The .SS headings of the COMMANDS section, by command name, as a reader sees them.
std::map<QString, QString> commandHeadings(const QString &page)
{
    std::map<QString, QString> headings;
    bool inCommands = false;
    static const QRegularExpression subsection(QStringLiteral("^\\.SS\\s+\"(.*)\"\\s*$"));
    for (const QString &line : page.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String(".SH "))) {
            inCommands = line.trimmed() == QLatin1String(".SH COMMANDS");
            continue;
        }
        if (!inCommands)
            continue;
        const QRegularExpressionMatch match = subsection.match(line);
        if (!match.hasMatch())
            continue;
        const QString heading = plain(match.captured(1)).simplified();
        headings[heading.section(QLatin1Char(' '), 0, 0)] = heading;
    }
    return headings;
}

} // namespace

class TestManPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentsCommand_data();
    void documentsCommand();
    void documentsNoOtherCommand();
    void findsHeadingsOnlyUnderCommands();
    void rendersWithoutWarnings();
};

void TestManPage::documentsCommand_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("syntax");
    for (const auto &spec : commandSpecs())
        QTest::addRow("%s", qPrintable(spec.name)) << spec.name << spec.syntax;
}

void TestManPage::documentsCommand()
{
    QFETCH(QString, name);
    QFETCH(QString, syntax);
    const std::map<QString, QString> headings = commandHeadings(readFile(PageSource));
    QVERIFY2(!headings.empty(), qPrintable(QStringLiteral("no command sections found in %1").arg(PageSource)));

    const QString expected = (name + QLatin1Char(' ') + syntax).simplified();
    const auto it = headings.find(name);
    QVERIFY2(it != headings.end(),
             qPrintable(QStringLiteral("releasectl %1 is not documented in %2: add a section under COMMANDS, "
                                       ".SS \"%3\" (with \\- for each -), and what it does")
                            .arg(name, PageSource, expected)));
    QVERIFY2(it->second == expected,
             qPrintable(QStringLiteral("%1: the heading of releasectl %2 reads \"%3\" but the command takes \"%4\"; "
                                       "update the section")
                            .arg(PageSource, name, it->second, expected)));
}

void TestManPage::documentsNoOtherCommand()
{
    const std::map<QString, QString> headings = commandHeadings(readFile(PageSource));
    QStringList unknown;
    for (const auto &[name, heading] : headings) {
        bool known = false;
        for (const auto &spec : commandSpecs())
            known = known || spec.name == name;
        if (!known)
            unknown << name;
    }
    QVERIFY2(unknown.isEmpty(),
             qPrintable(QStringLiteral("%1 documents commands releasectl does not have: %2")
                            .arg(PageSource, unknown.join(QLatin1String(", ")))));
}

// The parser itself: a heading outside COMMANDS is not a command, and escapes are read as a reader sees them.
void TestManPage::findsHeadingsOnlyUnderCommands()
{
    const QString page = QStringLiteral(".SH DESCRIPTION\n"
                                        ".SS \"intro text\"\n"
                                        ".SH COMMANDS\n"
                                        ".SS \"list [\\-\\-json]\"\n"
                                        "Text.\n"
                                        ".SS  \"check  [RELEASE]\" \n"
                                        ".SH \"EXIT STATUS\"\n"
                                        ".SS \"other thing\"\n");
    const std::map<QString, QString> headings = commandHeadings(page);
    QCOMPARE(headings.size(), std::size_t(2));
    QCOMPARE(headings.at(QStringLiteral("list")), QStringLiteral("list [--json]"));
    QCOMPARE(headings.at(QStringLiteral("check")), QStringLiteral("check [RELEASE]"));
}

void TestManPage::rendersWithoutWarnings()
{
    const QString man = QStandardPaths::findExecutable(QStringLiteral("man"));
    if (man.isEmpty())
        QSKIP("man (man-db) is not installed; lintian checks the page when the package is built");
    QVERIFY2(QFile::exists(PageBuilt), qPrintable(PageBuilt + QStringLiteral(" was not generated")));

    // lintian's own check: warnings from groff and man about the page go to stderr.
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
    env.insert(QStringLiteral("MANROFFSEQ"), QString());
    process.setProcessEnvironment(env);
    process.start(man, {QStringLiteral("--warnings"), QStringLiteral("-E"), QStringLiteral("UTF-8"), QStringLiteral("-l"),
                        QStringLiteral("-Tutf8"), QStringLiteral("-Z"), PageBuilt});
    QVERIFY(process.waitForFinished(30000));
    const QString errors = QString::fromUtf8(process.readAllStandardError()).trimmed();
    QVERIFY2(errors.isEmpty(), qPrintable(PageBuilt + QStringLiteral(": ") + errors));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(!process.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
