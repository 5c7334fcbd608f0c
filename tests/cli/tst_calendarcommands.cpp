// releasectl windows, override and check with the rules' calendar: the real binary on a real clone.

#include "../core/git/gittestutil.h"

#include "git/repository.h"
#include "manifest/manifestparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rc;
using namespace rc::test;

namespace {

const QString manifestPath = QStringLiteral("releases/rel-2024-01-16-001.yaml");

// Everything signed and approved: only the clock can hold it back.
const QByteArray manifestText = R"(release:
  id: rel-2024-01-16-001
  type: regular
  status: approved # draft, pending_approval, approved

components:
  - name: api
    team_lead: '@alice'
    sign_off: approved
)";

const QByteArray rulesText = R"(components:
  - name: api
    paths: [api/]
timezone: Europe/Berlin
freezes:
  - name: Year-end
    yearly: Dec 20 - Jan 2
)";

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class tst_CalendarCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void checkOutsideTheWindow();
    void checkInsideTheWindow();
    void checkInsideAFreeze();
    void overrideLiftsTheClock();
    void overrideNeedsAReason();
    void windowsListing();
    void windowsJson();
    void brokenRules();

private:
    Result run(const QStringList &args);
    QString m_binary;
    QString m_home;
    QString m_clone;
    QTemporaryDir m_dir;
    int m_clones = 0;
};

void tst_CalendarCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_binary = QStringLiteral(RC_BINARY_DIR "/bin/releasectl");
    QVERIFY2(QFileInfo(m_binary).isExecutable(), qPrintable(m_binary + QLatin1String(" is not built")));
    m_home = m_dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(m_home));
    isolateGitConfig(m_home);
}

void tst_CalendarCommands::init()
{
    m_clone = m_dir.filePath(QStringLiteral("clone%1").arg(++m_clones));
    core::Expected<core::Repository> repo = core::Repository::init(m_clone);
    QVERIFY(repo);
    QVERIFY(writeFile(m_clone + QStringLiteral("/.release-console.yaml"), rulesText));
    QVERIFY(writeFile(m_clone + QLatin1Char('/') + manifestPath, manifestText));
    QVERIFY(repo->commitAll(QStringLiteral("Rules and a release"), {QStringLiteral("Test"), QStringLiteral("test@example.com")}));
    git_repository *raw = nullptr;
    QCOMPARE(git_repository_open(&raw, QFile::encodeName(m_clone).constData()), 0);
    QVERIFY(setConfig(raw, "user.name", QStringLiteral("Release Bot")) && setConfig(raw, "user.email", QStringLiteral("bot@example.com")));
    git_repository_free(raw);
}

Result tst_CalendarCommands::run(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QLatin1String("/.config"));
    env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    // No Slack webhook: the override's notification waits in the outbox, nothing is posted.
    env.remove(QStringLiteral("RC_SLACK_WEBHOOK_URL"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_clone);
    process.start(m_binary, args);
    Result result;
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("<timed out>");
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err += QString::fromUtf8(process.readAllStandardError());
    return result;
}

void tst_CalendarCommands::checkOutsideTheWindow()
{
    // Wednesday 2024-01-17 10:30 in Berlin.
    const Result r = run({QStringLiteral("check"), QStringLiteral("rel-2024-01-16-001"), QStringLiteral("--at"),
                          QStringLiteral("2024-01-17T09:30:00Z")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains(QStringLiteral("outside the regular window Tue 10:00–12:00 (Europe/Berlin); next window "
                                           "opens Tue 2024-01-23 10:00")),
             qPrintable(r.out + r.err));

    const Result json = run({QStringLiteral("check"), QStringLiteral("rel-2024-01-16-001"), QStringLiteral("--json"),
                             QStringLiteral("--at"), QStringLiteral("2024-01-17T09:30:00Z")});
    QCOMPARE(json.exitCode, 3);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("ready")).toBool(true), false);
    QCOMPARE(o.value(QStringLiteral("next_window")).toString(), QStringLiteral("2024-01-23T09:00:00Z"));
    QCOMPARE(o.value(QStringLiteral("blockers")).toArray().size(), 1);
}

void tst_CalendarCommands::checkInsideTheWindow()
{
    const Result r = run({QStringLiteral("check"), QStringLiteral("rel-2024-01-16-001"), QStringLiteral("--at"),
                          QStringLiteral("2024-01-16T09:30:00Z")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("is ready to deploy")), qPrintable(r.out + r.err));
}

void tst_CalendarCommands::checkInsideAFreeze()
{
    const Result r = run({QStringLiteral("check"), QStringLiteral("rel-2024-01-16-001"), QStringLiteral("--at"),
                          QStringLiteral("2024-12-24T09:30:00Z")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains(QStringLiteral("inside the freeze \"Year-end\" until Fri 2025-01-03 00:00 (Europe/Berlin); "
                                           "next window opens Tue 2025-01-07 10:00")),
             qPrintable(r.out + r.err));
}

void tst_CalendarCommands::overrideLiftsTheClock()
{
    // The override is recorded at the real time, so the clone is frozen around it: without the
    // override nothing may deploy, whatever the day.
    {
        core::Expected<core::Repository> repo = core::Repository::discover(m_clone);
        QVERIFY(repo);
        QVERIFY(writeFile(m_clone + QStringLiteral("/.release-console.yaml"),
                          rulesText + "  - name: Migration\n    from: 2000-01-01\n    until: 2099-12-31\n"));
        QVERIFY(repo->commitAll(QStringLiteral("Freeze"), {QStringLiteral("Test"), QStringLiteral("test@example.com")}));
    }
    const auto at = [](qint64 secondsFromNow) {
        return QDateTime::currentDateTimeUtc().addSecs(secondsFromNow).toString(Qt::ISODate);
    };
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("rel-2024-01-16-001")}).exitCode, 3);

    const Result r = run({QStringLiteral("override"), QStringLiteral("rel-2024-01-16-001"), QStringLiteral("--reason"),
                          QStringLiteral("payment outage"), QStringLiteral("--by"), QStringLiteral("dan")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("release(rel-2024-01-16-001): break-glass override by @dan: payment outage")),
             qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("are lifted until ")) && r.out.contains(QStringLiteral("(Europe/Berlin)")),
             qPrintable(r.out));
    const QByteArray text = readFile(m_clone + QLatin1Char('/') + manifestPath);
    QVERIFY(text.contains("  break_glass_by: '@dan'\n"));
    QVERIFY(text.contains("  break_glass_reason: 'payment outage'\n"));
    // The status line with its comment is untouched.
    QVERIFY(text.contains("  status: approved # draft, pending_approval, approved\n"));

    // Committed: the work tree is clean and HEAD's message says what happened.
    git_repository *raw = nullptr;
    QCOMPARE(git_repository_open(&raw, QFile::encodeName(m_clone).constData()), 0);
    QCOMPARE(blobAt(raw, QStringLiteral("HEAD:") + manifestPath), text);
    git_repository_free(raw);

    const Result check = run({QStringLiteral("check"), QStringLiteral("rel-2024-01-16-001")});
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.contains(QStringLiteral("break-glass override until ")) && check.out.contains(QStringLiteral(": inside the freeze \"Migration\"")),
             qPrintable(check.out));

    const Result status = run({QStringLiteral("status"), QStringLiteral("rel-2024-01-16-001")});
    QCOMPARE(status.exitCode, 0);
    QVERIFY2(status.out.contains(QStringLiteral("Break glass: by @dan at ")), qPrintable(status.out));
    QVERIFY2(status.out.contains(QStringLiteral(": payment outage\n  lifts until ")), qPrintable(status.out));

    // Four hours later (the default break_glass_lasts) the freeze holds the release back again.
    const Result later = run({QStringLiteral("check"), QStringLiteral("rel-2024-01-16-001"), QStringLiteral("--json"),
                              QStringLiteral("--at"), at(4 * 3600 + 60)});
    QCOMPARE(later.exitCode, 3);
    const QJsonObject ended = QJsonDocument::fromJson(later.out.toUtf8()).object();
    const QJsonArray endedBlockers = ended.value(QStringLiteral("blockers")).toArray();
    QCOMPARE(endedBlockers.size(), 2);
    QVERIFY2(endedBlockers.at(1).toString().startsWith(QStringLiteral("the break-glass override by @dan ended ")), qPrintable(later.out));
    QVERIFY(ended.value(QStringLiteral("overridden")).isNull());

    // The override lifts the clock only: a sign-off taken back blocks again.
    QVERIFY(run({QStringLiteral("signoff"), QStringLiteral("rel-2024-01-16-001"), QStringLiteral("api"), QStringLiteral("--reset")})
                .exitCode == 0);
    const Result again = run({QStringLiteral("check"), QStringLiteral("rel-2024-01-16-001"), QStringLiteral("--json"),
                              QStringLiteral("--at"), at(60)});
    QCOMPARE(again.exitCode, 3);
    const QJsonObject o = QJsonDocument::fromJson(again.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("blockers")).toArray().size(), 1);
    QVERIFY2(o.value(QStringLiteral("blockers")).toArray().at(0).toString().contains(QStringLiteral("sign-off pending")), qPrintable(again.out));
    QVERIFY(o.value(QStringLiteral("overridden")).toString().startsWith(QStringLiteral("inside the freeze \"Migration\"")));
    const QDateTime until = QDateTime::fromString(o.value(QStringLiteral("override_until")).toString(), Qt::ISODate);
    QVERIFY2(until.isValid(), qPrintable(again.out));
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(until);
    QVERIFY2(left > 3 * 3600 && left <= 4 * 3600, qPrintable(again.out));
}

void tst_CalendarCommands::overrideNeedsAReason()
{
    const QByteArray before = readFile(m_clone + QLatin1Char('/') + manifestPath);
    const Result r = run({QStringLiteral("override"), QStringLiteral("rel-2024-01-16-001"), QStringLiteral("--by"),
                          QStringLiteral("dan")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("needs a reason")), qPrintable(r.err));
    QCOMPARE(readFile(m_clone + QLatin1Char('/') + manifestPath), before);
}

void tst_CalendarCommands::windowsListing()
{
    const Result r = run({QStringLiteral("windows"), QStringLiteral("--from"), QStringLiteral("2024-12-30"),
                          QStringLiteral("--days"), QStringLiteral("14")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Release calendar 2024-12-30 to 2025-01-12 (Europe/Berlin)")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Tue 2024-12-31 10:00–12:00  regular window")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Tue 2025-01-07 10:00–14:00  major window")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Fri 2024-12-20 00:00 – Fri 2025-01-03 00:00  freeze \"Year-end\" (holds regular, major)")),
             qPrintable(r.out));
}

void tst_CalendarCommands::windowsJson()
{
    const Result r = run({QStringLiteral("windows"), QStringLiteral("--from"), QStringLiteral("2024-03-25"),
                          QStringLiteral("--days"), QStringLiteral("14"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("time_zone")).toString(), QStringLiteral("Europe/Berlin"));
    const QJsonArray windows = o.value(QStringLiteral("windows")).toArray();
    // Tuesday 26 March (winter time), Tuesday 2 April (summer time: regular and major).
    QCOMPARE(windows.size(), 3);
    QCOMPARE(windows[0].toObject().value(QStringLiteral("start")).toString(), QStringLiteral("2024-03-26T10:00:00+01:00"));
    QCOMPARE(windows[1].toObject().value(QStringLiteral("start")).toString(), QStringLiteral("2024-04-02T10:00:00+02:00"));
    QVERIFY(o.value(QStringLiteral("freezes")).toArray().isEmpty());

    const Result bad = run({QStringLiteral("windows"), QStringLiteral("--days"), QStringLiteral("0")});
    QCOMPARE(bad.exitCode, 2);
}

void tst_CalendarCommands::brokenRules()
{
    QVERIFY(writeFile(m_clone + QStringLiteral("/.release-console.yaml"),
                      rulesText + "release_types:\n  regular:\n    window: {start: '25:00'}\n"));
    const Result r = run({QStringLiteral("check"), QStringLiteral("rel-2024-01-16-001")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral(".release-console.yaml:10:21:")), qPrintable(r.err));
    const Result w = run({QStringLiteral("windows")});
    QCOMPARE(w.exitCode, 2);
}

QTEST_GUILESS_MAIN(tst_CalendarCommands)
#include "tst_calendarcommands.moc"
