#include "github/workflowrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <functional>

using namespace rc::core;

namespace {

// GitHub's own example responses, copied from its REST description (see tests/data/github/README.md).
QJsonDocument example(const char *name)
{
    QFile file(QStringLiteral(RC_TEST_DATA "/github/%1.json").arg(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll());
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toUTC();
}

WorkflowRun runNamed(qint64 id, const QString &name, const QString &title = {}, int attempt = 1)
{
    WorkflowRun r;
    r.id = id;
    r.name = name;
    r.displayTitle = title.isEmpty() ? name : title;
    r.runAttempt = attempt;
    return r;
}

} // namespace

using Mutation = std::function<void(QJsonObject &)>;
Q_DECLARE_METATYPE(Mutation)

class TestWorkflowRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesGitHubsRunExample();
    void parsesGitHubsRunListExample();
    void parsesGitHubsJobsExample();
    void parsesGitHubsPendingDeploymentsExample();
    void rejectsBadRuns_data();
    void rejectsBadRuns();
    void rejectsBadSteps_data();
    void rejectsBadSteps();
    void acceptsJobWithoutSteps();
    void durations_data();
    void durations();
    void formatsDurations_data();
    void formatsDurations();
    void summarizesRunningAndFailedSteps();
    void correlationIdsAreUniqueAndSafe();
    void findsRunByCorrelationId_data();
    void findsRunByCorrelationId();
    void twoRunsWithOneIdAreAnError();
};

void TestWorkflowRun::parsesGitHubsRunExample()
{
    const Expected<WorkflowRun> run = parseWorkflowRun(example("workflow-run").object());
    QVERIFY2(run, qPrintable(run ? QString() : run.error().toString()));
    QCOMPARE(run->id, 30433642);
    QCOMPARE(run->name, QStringLiteral("Build"));
    QCOMPARE(run->displayTitle, QStringLiteral("Update README.md"));
    QCOMPARE(run->status, QStringLiteral("queued"));
    QVERIFY(run->conclusion.isEmpty());
    QCOMPARE(run->htmlUrl, QStringLiteral("https://github.com/octo-org/octo-repo/actions/runs/30433642"));
    QCOMPARE(run->headBranch, QStringLiteral("main"));
    QCOMPARE(run->headSha, QStringLiteral("acb5820ced9479c074f688cc328bf03f341a511d"));
    QCOMPARE(run->event, QStringLiteral("push"));
    QCOMPARE(run->runAttempt, 1);
    QCOMPARE(run->createdAt, utc("2020-01-22T19:33:08Z"));
    QCOMPARE(run->updatedAt, utc("2020-01-22T19:33:08Z"));
    QCOMPARE(run->runStartedAt, utc("2020-01-22T19:33:08Z"));
}

void TestWorkflowRun::parsesGitHubsRunListExample()
{
    const Expected<std::vector<WorkflowRun>> runs = parseWorkflowRunList(example("workflow-runs").object());
    QVERIFY2(runs, qPrintable(runs ? QString() : runs.error().toString()));
    QCOMPARE(runs->size(), size_t(1));
    QCOMPARE(runs->front().id, 30433642);
    QCOMPARE(runs->front().headBranch, QStringLiteral("master"));
}

void TestWorkflowRun::parsesGitHubsJobsExample()
{
    const Expected<std::vector<WorkflowJob>> jobs = parseWorkflowJobList(example("jobs").object());
    QVERIFY2(jobs, qPrintable(jobs ? QString() : jobs.error().toString()));
    QCOMPARE(jobs->size(), size_t(1));
    const WorkflowJob &job = jobs->front();
    QCOMPARE(job.id, 399444496);
    QCOMPARE(job.name, QStringLiteral("build"));
    QCOMPARE(job.conclusion, QStringLiteral("success"));
    QCOMPARE(job.startedAt, utc("2020-01-20T17:42:40Z"));
    QCOMPARE(job.completedAt, utc("2020-01-20T17:44:39Z"));
    QCOMPARE(job.steps.size(), size_t(10));
    // Step times come with an offset (-08:00) and must land on the same instants as the job's.
    QCOMPARE(job.steps.front().startedAt, utc("2020-01-20T17:42:40Z"));
    const WorkflowStep &deploy = job.steps.at(7);
    QCOMPARE(deploy.number, 8);
    QCOMPARE(deploy.name, QStringLiteral("Deploy to Heroku"));
    QCOMPARE(durationSeconds(deploy.startedAt, deploy.completedAt, {}), std::optional<qint64>(100));
    QCOMPARE(job.steps.back().number, 17);
    QCOMPARE(durationSeconds(job.startedAt, job.completedAt, {}), std::optional<qint64>(119));
}

void TestWorkflowRun::parsesGitHubsPendingDeploymentsExample()
{
    const Expected<std::vector<PendingDeployment>> pending = parsePendingDeployments(example("pending-deployments").array());
    QVERIFY2(pending, qPrintable(pending ? QString() : pending.error().toString()));
    QCOMPARE(pending->size(), size_t(1));
    const PendingDeployment &d = pending->front();
    QCOMPARE(d.environmentId, 161088068);
    QCOMPARE(d.environmentName, QStringLiteral("staging"));
    QCOMPARE(d.waitTimerMinutes, 30);
    QCOMPARE(d.waitTimerStartedAt, utc("2020-11-23T22:00:40Z"));
    QVERIFY(d.currentUserCanApprove);
    QCOMPARE(d.reviewers.size(), size_t(2));
    QCOMPARE(d.reviewers[0].type, QStringLiteral("User"));
    QCOMPARE(d.reviewers[0].name, QStringLiteral("octocat"));
    QCOMPARE(d.reviewers[1].type, QStringLiteral("Team"));
    QCOMPARE(d.reviewers[1].name, QStringLiteral("justice-league"));
}

void TestWorkflowRun::rejectsBadRuns_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("expected");

    QTest::addRow("id missing") << Mutation([](QJsonObject &o) { o.remove("id"); }) << "field \"id\" is missing";
    QTest::addRow("id as a string") << Mutation([](QJsonObject &o) { o["id"] = "30433642"; })
                                   << "field \"id\" should be an integer but is a string";
    QTest::addRow("id fractional") << Mutation([](QJsonObject &o) { o["id"] = 1.5; }) << "field \"id\" should be an integer but is a number";
    QTest::addRow("id beyond exact integers") << Mutation([](QJsonObject &o) { o["id"] = 1e300; })
                                             << "field \"id\" should be an integer but is a number";
    QTest::addRow("status a number") << Mutation([](QJsonObject &o) { o["status"] = 3; })
                                    << "field \"status\" should be a string or null but is a number";
    QTest::addRow("conclusion an object") << Mutation([](QJsonObject &o) { o["conclusion"] = QJsonObject{}; })
                                         << "field \"conclusion\" should be a string or null but is an object";
    QTest::addRow("display_title missing") << Mutation([](QJsonObject &o) { o.remove("display_title"); })
                                          << "field \"display_title\" is missing";
    QTest::addRow("created_at null") << Mutation([](QJsonObject &o) { o["created_at"] = QJsonValue::Null; })
                                    << "field \"created_at\" should be an ISO 8601 time but is null";
    QTest::addRow("updated_at not a time") << Mutation([](QJsonObject &o) { o["updated_at"] = "yesterday"; })
                                          << "field \"updated_at\" is \"yesterday\", which is not an ISO 8601 time";
    QTest::addRow("run_attempt a string") << Mutation([](QJsonObject &o) { o["run_attempt"] = "2"; })
                                         << "field \"run_attempt\" should be an integer but is a string";
}

void TestWorkflowRun::rejectsBadRuns()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, expected);
    QJsonObject run = example("workflow-run").object();
    mutate(run);
    const Expected<WorkflowRun> parsed = parseWorkflowRun(run);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().message.startsWith(QStringLiteral("workflow run: ") + expected), qPrintable(parsed.error().message));
    QVERIFY(parsed.error().message.contains(QStringLiteral("check the API base URL")));
}

void TestWorkflowRun::rejectsBadSteps_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("expected");

    auto onStep = [](int index, std::function<void(QJsonObject &)> f) {
        return Mutation([index, f](QJsonObject &list) {
            QJsonArray jobs = list["jobs"].toArray();
            QJsonObject job = jobs[0].toObject();
            QJsonArray steps = job["steps"].toArray();
            QJsonObject step = steps[index].toObject();
            f(step);
            steps[index] = step;
            job["steps"] = steps;
            jobs[0] = job;
            list["jobs"] = jobs;
        });
    };
    QTest::addRow("step name missing") << onStep(2, [](QJsonObject &s) { s.remove("name"); })
                                      << "job: field \"jobs[0].steps[2].name\" is missing";
    QTest::addRow("step number a string") << onStep(0, [](QJsonObject &s) { s["number"] = "1"; })
                                         << "job: field \"jobs[0].steps[0].number\" should be an integer but is a string";
    QTest::addRow("step started_at garbled") << onStep(4, [](QJsonObject &s) { s["started_at"] = "2020-13-45"; })
                                            << "job: field \"jobs[0].steps[4].started_at\" is \"2020-13-45\"";
    QTest::addRow("jobs not an array") << Mutation([](QJsonObject &o) { o["jobs"] = 1; })
                                      << "job list: field \"jobs\" should be an array but is a number";
    QTest::addRow("a job is a string") << Mutation([](QJsonObject &o) { o["jobs"] = QJsonArray{"x"}; })
                                      << "job: field \"jobs[0]\" should be an object but is a string";
    QTest::addRow("steps an object") << Mutation([](QJsonObject &o) {
        QJsonArray jobs = o["jobs"].toArray();
        QJsonObject job = jobs[0].toObject();
        job["steps"] = QJsonObject{};
        jobs[0] = job;
        o["jobs"] = jobs;
    }) << "job: field \"jobs[0].steps\" should be an array but is an object";
}

void TestWorkflowRun::rejectsBadSteps()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, expected);
    QJsonObject list = example("jobs").object();
    mutate(list);
    const Expected<std::vector<WorkflowJob>> parsed = parseWorkflowJobList(list);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().message.startsWith(expected), qPrintable(parsed.error().message));
}

void TestWorkflowRun::acceptsJobWithoutSteps()
{
    QJsonObject job = example("jobs").object()["jobs"].toArray()[0].toObject();
    job.remove("steps");
    job["status"] = "queued";
    job["conclusion"] = QJsonValue::Null;
    job["completed_at"] = QJsonValue::Null;
    const Expected<WorkflowJob> parsed = parseWorkflowJob(job);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().toString()));
    QVERIFY(parsed->steps.empty());
    QVERIFY(parsed->conclusion.isEmpty());
    QVERIFY(!parsed->completedAt.isValid());
}

void TestWorkflowRun::durations_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<qint64>("expected"); // -1: none

    const QDateTime t0 = utc("2024-01-15T10:00:00Z");
    QTest::addRow("finished") << t0 << t0.addSecs(42) << t0.addSecs(1000) << qint64(42);
    QTest::addRow("running, measured to now") << t0 << QDateTime() << t0.addSecs(75) << qint64(75);
    QTest::addRow("not started") << QDateTime() << QDateTime() << t0 << qint64(-1);
    QTest::addRow("end before start (clock drift)") << t0 << t0.addSecs(-3) << t0 << qint64(0);
    QTest::addRow("running, no clock") << t0 << QDateTime() << QDateTime() << qint64(-1);
}

void TestWorkflowRun::durations()
{
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    QFETCH(QDateTime, now);
    QFETCH(qint64, expected);
    QCOMPARE(durationSeconds(start, end, now).value_or(-1), expected);
}

void TestWorkflowRun::formatsDurations_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::addRow("zero") << qint64(0) << "0 s";
    QTest::addRow("seconds") << qint64(42) << "42 s";
    QTest::addRow("a minute") << qint64(60) << "1 min 00 s";
    QTest::addRow("minutes") << qint64(185) << "3 min 05 s";
    QTest::addRow("an hour") << qint64(3720) << "1 h 02 min";
    QTest::addRow("negative is zero") << qint64(-5) << "0 s";
}

void TestWorkflowRun::formatsDurations()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    QCOMPARE(formatDuration(seconds), expected);
}

void TestWorkflowRun::summarizesRunningAndFailedSteps()
{
    auto step = [](int n, const char *name, const char *status, const char *conclusion) {
        WorkflowStep s;
        s.number = n;
        s.name = QLatin1String(name);
        s.status = QLatin1String(status);
        s.conclusion = QLatin1String(conclusion);
        return s;
    };
    WorkflowJob build{1, "build", "completed", "failure", {}, {}, {}, {step(1, "Set up job", "completed", "success"), step(2, "Run tests", "completed", "failure"), step(3, "Upload", "completed", "skipped")}};
    WorkflowJob deploy{2, "deploy", "in_progress", "", {}, {}, {}, {step(1, "Set up job", "completed", "success"), step(2, "Deploy", "in_progress", ""), step(3, "Notify", "queued", "")}};
    WorkflowJob lost{3, "lint", "completed", "cancelled", {}, {}, {}, {}};
    WorkflowJob queued{4, "smoke", "queued", "", {}, {}, {}, {}};

    const RunSummary s = summarize({build, deploy, lost, queued});
    QCOMPARE(s.jobsTotal, 4);
    QCOMPARE(s.jobsCompleted, 2);
    QCOMPARE(s.running.size(), size_t(1));
    QCOMPARE(s.running[0].jobName, QStringLiteral("deploy"));
    QCOMPARE(s.running[0].stepNumber, 2);
    QCOMPARE(s.running[0].stepName, QStringLiteral("Deploy"));
    QCOMPARE(s.failed.size(), size_t(2));
    QCOMPARE(s.failed[0].jobName, QStringLiteral("build"));
    QCOMPARE(s.failed[0].stepName, QStringLiteral("Run tests"));
    QCOMPARE(s.failed[1].jobName, QStringLiteral("lint"));
    QCOMPARE(s.failed[1].stepNumber, 0);
}

void TestWorkflowRun::correlationIdsAreUniqueAndSafe()
{
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        const QString id = makeCorrelationId();
        QVERIFY2(isCorrelationId(id), qPrintable(id));
        QCOMPARE(id.size(), 16);
        for (QChar c : id)
            QVERIFY2(c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('-'), qPrintable(id));
        seen.insert(id);
    }
    QCOMPARE(seen.size(), 1000);
    QVERIFY(!isCorrelationId(QStringLiteral("rc-ABCDEFGHIJKLM")));
    QVERIFY(!isCorrelationId(QStringLiteral("rc-abc")));
    QVERIFY(!isCorrelationId(QStringLiteral("x rc-abcdefghijklm")));
}

void TestWorkflowRun::findsRunByCorrelationId_data()
{
    QTest::addColumn<std::vector<WorkflowRun>>("runs");
    QTest::addColumn<qint64>("expected"); // 0: none

    const QString id = QStringLiteral("rc-abcdefghijklm");
    QTest::addRow("in the run name") << std::vector<WorkflowRun>{runNamed(1, "Release train"), runNamed(2, "Release rel-1 deploy_production " + id)} << qint64(2);
    QTest::addRow("in the display title only") << std::vector<WorkflowRun>{runNamed(3, "Release train", "rel-1 [" + id + "]")} << qint64(3);
    QTest::addRow("none carries it (newest run is not taken)") << std::vector<WorkflowRun>{runNamed(4, "Release train"), runNamed(5, "Release train")} << qint64(0);
    QTest::addRow("a longer id is another id") << std::vector<WorkflowRun>{runNamed(6, "deploy " + id + "x")} << qint64(0);
    QTest::addRow("a prefixed id is another id") << std::vector<WorkflowRun>{runNamed(7, "deploy x" + id)} << qint64(0);
    QTest::addRow("empty list") << std::vector<WorkflowRun>{} << qint64(0);
    QTest::addRow("the same run twice (re-run attempt)") << std::vector<WorkflowRun>{runNamed(8, "d " + id, {}, 1), runNamed(8, "d " + id, {}, 2)} << qint64(8);
}

void TestWorkflowRun::findsRunByCorrelationId()
{
    QFETCH(std::vector<WorkflowRun>, runs);
    QFETCH(qint64, expected);
    const auto found = findRunByCorrelationId(runs, QStringLiteral("rc-abcdefghijklm"));
    QVERIFY2(found, qPrintable(found ? QString() : found.error().toString()));
    QCOMPARE(found->has_value() ? (*found)->id : qint64(0), expected);
    if (expected == 8)
        QCOMPARE((*found)->runAttempt, 2);
}

void TestWorkflowRun::twoRunsWithOneIdAreAnError()
{
    const QString id = QStringLiteral("rc-abcdefghijklm");
    const auto found = findRunByCorrelationId({runNamed(1, "a " + id), runNamed(2, "b " + id)}, id);
    QVERIFY(!found);
    QVERIFY(found.error().message.contains(QStringLiteral("runs 1 and 2")));
    QVERIFY(!findRunByCorrelationId({}, QStringLiteral("not-an-id")));
}

QTEST_GUILESS_MAIN(TestWorkflowRun)
#include "tst_workflowrun.moc"
