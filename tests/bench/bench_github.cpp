// The console against a fake GitHub on 127.0.0.1, over real HTTP, with the core Dispatcher and
// RunWatcher and their default settings.
//
// 1. Watching one run (five minutes of real time unless --run-seconds N says otherwise): requests
//    per minute, the share answered 304 (target >= 90%), and the delay from the run completing on
//    the server (FakeGitHub::runCompleted) to the watcher reporting it (target <= the polling
//    interval in effect + 1 s).
// 2. For each fault kind the fake injects (500, 502, 503, reset, an answer slower than the client's
//    timeout, 403 secondary rate limit, 429 with Retry-After, 401), in a child process each so a
//    crash is counted rather than ending the benchmark: a dispatch sent while the fault lasts
//    (--fault-seconds F) on the dispatch POST alone (for 5xx, resets and slow answers GitHub has
//    done the work and only the answer is lost) and on every request (an outage), and a run
//    watched through it. Figures: runs created beyond one (duplicates, target 0), crashes (target
//    0), and the time from the fault clearing until the console knows the run again, or until
//    the watcher's next good poll.
//
// A person retrying is part of the figure: when a dispatch ends without a run, the benchmark asks
// again once the fault has cleared (retry() after an unknown outcome, a new dispatch otherwise),
// as the GUI's Retry and Deploy actions would.
//
//   bench_github [--run-seconds N] [--fault-seconds F] [--skip-watch] [--skip-faults]

#include "benchutil.h"

#include "fakegithub/fakegithub.h"
#include "github/dispatcher.h"
#include "github/githubclient.h"
#include "github/runwatcher.h"
#include "github/workflowfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>
#include <QTimer>

#include <optional>

using namespace rc;
using namespace rc::core;
using fakegithub::FakeGitHub;
using fakegithub::Fault;
using fakegithub::FaultKind;
using fakegithub::Permission;

namespace {

const QString token = QStringLiteral("fake-token-bench-alice");
const QString releaseId = QStringLiteral("rel-2024-01-15-001");
const QString dispatchEndpoint = QStringLiteral("POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches");

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

/// Runs the event loop until `done` holds or `timeoutMs` passed; true when it holds.
template<typename Predicate> bool spinUntil(Predicate done, qint64 timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

/// The release workflow with step lengths of a real deploy (set-up and checkout in seconds, the
/// deploy in minutes), which automatic progress scales to the run length asked for.
fakegithub::WorkflowSpec benchWorkflow(int *totalMs)
{
    fakegithub::WorkflowSpec spec = fakegithub::releaseTrainWorkflow();
    const QList<QList<int>> seconds = {{4, 6, 20, 2}, {4, 180, 60, 4}};
    int total = 1000; // queued → in_progress and the last step → completed take one default tick each
    for (qsizetype j = 0; j < spec.jobs.size() && j < seconds.size(); ++j) {
        for (qsizetype s = 0; s < spec.jobs[j].steps.size() && s < seconds[j].size(); ++s) {
            spec.jobs[j].steps[s].durationMs = seconds[j][s] * 1000;
            total += seconds[j][s] * 1000;
        }
    }
    *totalMs = total;
    return spec;
}

std::optional<WorkflowFile> demoWorkflowFile()
{
    QFile file(QStringLiteral(":/demo/release-train.yml"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    Expected<WorkflowFile> parsed = parseWorkflowFile(file.readAll(), QStringLiteral(".github/workflows/release-train.yml"));
    if (!parsed) {
        err() << parsed.error().toString() << Qt::endl;
        return std::nullopt;
    }
    return *parsed;
}

GitHubSettings settingsFor(const FakeGitHub &fake)
{
    GitHubSettings settings;
    settings.apiUrl = fake.baseUrl();
    settings.apiUrlSource = QStringLiteral("the benchmark");
    settings.repository = {fake.owner(), fake.repositoryName()};
    settings.repositorySource = QStringLiteral("the benchmark");
    settings.workflow = QStringLiteral("release-train.yml");
    settings.ref = QStringLiteral("main");
    return settings;
}

void setUpFake(FakeGitHub &fake, const fakegithub::WorkflowSpec &workflow)
{
    fake.setRepository(QStringLiteral("nedlia"), QStringLiteral("nedlia"));
    fake.addToken(token, QStringLiteral("rm-alice"), Permission::Write);
    fake.addWorkflow(workflow);
}

QString seconds(double ms)
{
    return ms < 0 ? QStringLiteral("-") : QString::number(ms / 1000, 'f', 2) + QStringLiteral(" s");
}

QString verdict(bool pass)
{
    return pass ? QStringLiteral("PASS") : QStringLiteral("FAIL");
}

// ---- 1. watching one run ---------------------------------------------------------------------

struct WatchFigures
{
    bool ok = false;
    QString error;
    double runMs = 0; ///< dispatch to completion on the server
    double watchMs = 0; ///< watch() to finished()
    int requests = 0;
    int notModified = 0;
    double delayMs = -1;
    int intervalAtCompletionMs = 0;
    int polls = 0;
    QString conclusion;
    QHash<QString, int> perEndpoint;
    QHash<QString, int> notModifiedPerEndpoint;
};

WatchFigures watchOneRun(int runSeconds)
{
    WatchFigures figures;
    int totalMs = 0;
    const fakegithub::WorkflowSpec workflow = benchWorkflow(&totalMs);
    FakeGitHub fake;
    setUpFake(fake, workflow);
    if (!fake.listen()) {
        figures.error = fake.errorString();
        return figures;
    }
    const std::optional<WorkflowFile> workflowFile = demoWorkflowFile();
    if (!workflowFile) {
        figures.error = QStringLiteral("cannot read the demo workflow :/demo/release-train.yml");
        return figures;
    }

    GitHubClient client(fake.baseUrl(), GitHubToken(token, QStringLiteral("the benchmark")));
    Dispatcher dispatcher(&client);
    RunWatcher watcher(&client, {fake.owner(), fake.repositoryName()});

    QElapsedTimer clock;
    clock.start();
    qint64 completedAt = -1;
    qint64 reportedAt = -1;
    qint64 watchStartedAt = -1;
    QObject::connect(&fake, &FakeGitHub::runCompleted, &fake, [&](qint64, const QString &) {
        completedAt = clock.elapsed();
        figures.intervalAtCompletionMs = watcher.currentIntervalMs();
    });
    QObject::connect(&watcher, &RunWatcher::finished, &watcher, [&](const QString &conclusion) {
        reportedAt = clock.elapsed();
        figures.conclusion = conclusion;
    });
    QString failure;
    QObject::connect(&watcher, &RunWatcher::failed, &watcher,
                     [&](const GitHubError &error) { failure = error.message; });

    fake.startAutomaticProgress(double(runSeconds) * 1000 / totalMs);
    const qint64 dispatchedAt = clock.elapsed();
    std::optional<DispatchOutcome> outcome;
    dispatcher.dispatch(settingsFor(fake), *workflowFile, DispatchRequest{releaseId, DispatchAction::DeployProduction, true, {}},
                        [&](const DispatchOutcome &o) { outcome = o; });
    if (!spinUntil([&] { return outcome.has_value(); }, 60000) || !outcome->ok()) {
        figures.error = outcome ? outcome->message : QStringLiteral("the dispatch did not finish within a minute");
        return figures;
    }
    // Only the watching is measured: the requests of the dispatch itself are not polling.
    fake.resetCounters();
    watchStartedAt = clock.elapsed();
    watcher.watch(outcome->runId);
    const qint64 patienceMs = qint64(runSeconds) * 1000 * 2 + 120000;
    if (!spinUntil([&] { return reportedAt >= 0 || !failure.isEmpty(); }, patienceMs) || !failure.isEmpty()) {
        figures.error = failure.isEmpty() ? QStringLiteral("the watcher did not report the run's end") : failure;
        return figures;
    }
    const fakegithub::Counters counters = fake.counters();
    figures.ok = completedAt >= 0;
    if (!figures.ok)
        figures.error = QStringLiteral("the watcher reported an end the server never signalled");
    figures.runMs = double(completedAt - dispatchedAt);
    figures.watchMs = double(reportedAt - watchStartedAt);
    figures.delayMs = double(reportedAt - completedAt);
    figures.requests = counters.requests;
    figures.notModified = counters.notModified;
    figures.perEndpoint = counters.perEndpoint;
    figures.notModifiedPerEndpoint = counters.notModifiedPerEndpoint;
    figures.polls = watcher.pollCount();
    return figures;
}

// ---- 2. faults, one child process per kind --------------------------------------------------

struct FaultSpec
{
    const char *name; ///< for the command line and the table
    FaultKind kind;
    bool applied; ///< GitHub did the work and only the answer is lost or replaced
};

const QList<FaultSpec> &faultSpecs()
{
    static const QList<FaultSpec> specs = {
        {"500", FaultKind::ServerError500, true},
        {"502", FaultKind::BadGateway502, true},
        {"503", FaultKind::ServiceUnavailable503, true},
        {"reset", FaultKind::ConnectionReset, true},
        {"slow", FaultKind::Delay, true},
        {"403-secondary", FaultKind::SecondaryRateLimit403, false},
        {"429", FaultKind::TooManyRequests429, false},
        {"401", FaultKind::Unauthorized401, false},
    };
    return specs;
}

// Shorter than the defaults so that a slow answer and the searches fit in seconds; the polling
// intervals stay the product's.
constexpr int clientTimeoutMs = 3000;

GitHubClientOptions faultClientOptions()
{
    GitHubClientOptions options;
    options.timeoutMs = clientTimeoutMs;
    options.retryBaseDelayMs = 500;
    options.secondaryLimitDefaultWaitMs = 2000;
    return options;
}

Fault faultFor(const FaultSpec &spec, const QString &endpoint)
{
    Fault fault;
    fault.kind = spec.kind;
    fault.endpoint = endpoint;
    fault.count = -1;
    fault.applyRequest = spec.applied;
    // The fake delays any faulty answer by delayMs, so only the slow answer gets one.
    fault.delayMs = spec.kind == FaultKind::Delay ? clientTimeoutMs + 2000 : 0;
    fault.retryAfterSeconds = 2;
    return fault;
}

struct DispatchTrial
{
    int runsCreated = 0;
    int attempts = 0;
    double recoveryMs = -1; ///< fault cleared → run known; 0 when known while the fault lasted
    QStringList outcomes;
};

QString statusName(DispatchStatus status)
{
    switch (status) {
    case DispatchStatus::Dispatched:
        return QStringLiteral("dispatched");
    case DispatchStatus::Refused:
        return QStringLiteral("refused");
    case DispatchStatus::Unknown:
        return QStringLiteral("unknown");
    case DispatchStatus::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("?");
}

/// One dispatch sent while `fault` lasts `faultMs`, and the retries a person would ask for.
DispatchTrial dispatchThroughFault(const FaultSpec &spec, const QString &endpoint, int faultMs,
                                   const WorkflowFile &workflowFile)
{
    int totalMs = 0;
    FakeGitHub fake;
    setUpFake(fake, benchWorkflow(&totalMs));
    DispatchTrial trial;
    if (!fake.listen()) {
        trial.outcomes << fake.errorString();
        return trial;
    }
    GitHubClient client(fake.baseUrl(), GitHubToken(token, QStringLiteral("the benchmark")), faultClientOptions());
    DispatcherOptions options;
    options.findFirstDelayMs = 500;
    options.findMaxDelayMs = 2000;
    options.lostAnswerSearchMs = 10000;
    Dispatcher dispatcher(&client, options);
    const GitHubSettings settings = settingsFor(fake);
    const DispatchRequest request{releaseId, DispatchAction::DeployProduction, true, {}};

    QElapsedTimer clock;
    clock.start();
    fake.injectFault(faultFor(spec, endpoint));
    bool cleared = false;
    qint64 clearedAt = -1;
    QTimer::singleShot(faultMs, &fake, [&] {
        fake.clearFaults();
        cleared = true;
        clearedAt = clock.elapsed();
    });

    qint64 knownAt = -1;
    bool busy = false;
    const auto done = [&](const DispatchOutcome &o) {
        busy = false;
        trial.outcomes << statusName(o.status);
        const bool ours = o.status == DispatchStatus::Refused && o.blockingRun
            && containsWord(o.blockingRun->displayTitle + QLatin1Char(' ') + o.blockingRun->name, releaseId);
        if (o.ok() || ours)
            knownAt = clock.elapsed();
    };
    const auto attempt = [&] {
        busy = true;
        ++trial.attempts;
        if (!dispatcher.canRetry() || !dispatcher.retry(done))
            dispatcher.dispatch(settings, workflowFile, request, done);
    };
    attempt();
    // A person tries again after a failed or unknown dispatch, once the fault has cleared; three
    // tries at most.
    const bool settled = spinUntil(
        [&] {
            if (knownAt >= 0 && cleared)
                return true;
            if (!busy && knownAt < 0 && cleared && trial.attempts < 3)
                attempt();
            return !busy && knownAt < 0 && cleared && trial.attempts >= 3;
        },
        faultMs + 120000);
    if (!settled)
        trial.outcomes << QStringLiteral("timed out");
    if (knownAt >= 0)
        trial.recoveryMs = std::max<double>(0, double(knownAt - clearedAt));
    trial.runsCreated = int(fake.runIds().size());
    return trial;
}

struct WatchTrial
{
    double recoveryMs = -1; ///< fault cleared → next good poll
    bool stopped = false; ///< the watcher gave up (failed()), as it must on a bad token
    QString stopMessage;
};

/// A run watched while every request meets `spec` for `faultMs`.
WatchTrial watchThroughFault(const FaultSpec &spec, int faultMs)
{
    int totalMs = 0;
    FakeGitHub fake;
    setUpFake(fake, benchWorkflow(&totalMs));
    WatchTrial trial;
    if (!fake.listen()) {
        trial.stopMessage = fake.errorString();
        return trial;
    }
    const qint64 runId = fake.createRun(fakegithub::releaseTrainWorkflow().id, QStringLiteral("main"),
                                        QJsonObject{{QStringLiteral("release_id"), releaseId},
                                                    {QStringLiteral("action"), QStringLiteral("deploy_production")},
                                                    {QStringLiteral("dry_run"), QStringLiteral("true")}});
    // Long enough that the run is still going when the fault clears.
    fake.startAutomaticProgress(double(faultMs + 120000) / totalMs);
    GitHubClient client(fake.baseUrl(), GitHubToken(token, QStringLiteral("the benchmark")), faultClientOptions());
    RunWatcher watcher(&client, {fake.owner(), fake.repositoryName()});
    QElapsedTimer clock;
    clock.start();
    bool faulty = false;
    bool cleared = false;
    qint64 clearedAt = -1;
    qint64 recoveredAt = -1;
    QObject::connect(&watcher, &RunWatcher::failed, &watcher, [&](const GitHubError &error) {
        trial.stopped = true;
        trial.stopMessage = error.message;
    });
    watcher.watch(runId);
    // The fault starts once the watcher has seen the run.
    if (!spinUntil([&] { return watcher.snapshot().valid; }, 30000)) {
        trial.stopMessage = QStringLiteral("the watcher never read the run");
        return trial;
    }
    fake.injectFault(faultFor(spec, QString()));
    QObject::connect(&watcher, &RunWatcher::updated, &watcher, [&](const RunSnapshot &snapshot) {
        if (snapshot.transientErrorKind != GitHubErrorKind::None)
            faulty = true;
        else if (cleared && recoveredAt < 0)
            recoveredAt = clock.elapsed();
    });
    QTimer::singleShot(faultMs, &fake, [&] {
        fake.clearFaults();
        cleared = true;
        clearedAt = clock.elapsed();
    });
    spinUntil([&] { return trial.stopped || (cleared && (recoveredAt >= 0 || !faulty)); }, faultMs + 120000);
    // A watcher that never saw the fault as an error (answers slowed, not failed) recovers at the
    // first good poll after clearing: wait for one.
    if (!trial.stopped && recoveredAt < 0 && cleared) {
        const int before = watcher.pollCount();
        spinUntil([&] { return watcher.pollCount() > before && watcher.snapshot().transientErrorKind == GitHubErrorKind::None; },
                  120000);
        recoveredAt = clock.elapsed();
    }
    if (recoveredAt >= 0 && clearedAt >= 0)
        trial.recoveryMs = std::max<double>(0, double(recoveredAt - clearedAt));
    return trial;
}

int faultChild(const QString &name, int faultSeconds)
{
    const FaultSpec *spec = nullptr;
    for (const FaultSpec &s : faultSpecs())
        if (QLatin1String(s.name) == name)
            spec = &s;
    const std::optional<WorkflowFile> workflowFile = demoWorkflowFile();
    if (!spec || !workflowFile) {
        err() << "unknown fault " << name << " or no demo workflow" << Qt::endl;
        return 2;
    }
    const int faultMs = faultSeconds * 1000;
    const DispatchTrial post = dispatchThroughFault(*spec, dispatchEndpoint, faultMs, *workflowFile);
    const DispatchTrial all = dispatchThroughFault(*spec, QString(), faultMs, *workflowFile);
    const WatchTrial watch = watchThroughFault(*spec, faultMs);
    const QJsonObject o{
        {QStringLiteral("post_runs"), post.runsCreated},
        {QStringLiteral("post_recovery_ms"), post.recoveryMs},
        {QStringLiteral("post_outcomes"), post.outcomes.join(QLatin1Char(','))},
        {QStringLiteral("all_runs"), all.runsCreated},
        {QStringLiteral("all_recovery_ms"), all.recoveryMs},
        {QStringLiteral("all_outcomes"), all.outcomes.join(QLatin1Char(','))},
        {QStringLiteral("watch_recovery_ms"), watch.recoveryMs},
        {QStringLiteral("watch_stopped"), watch.stopped},
        {QStringLiteral("watch_stop_message"), watch.stopMessage},
    };
    out() << "RESULT " << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

struct FaultRow
{
    QString name;
    bool crashed = false;
    QString crashNote;
    QJsonObject result;
};

FaultRow runFaultChild(const QString &program, const FaultSpec &spec, int faultSeconds)
{
    FaultRow row;
    row.name = QString::fromLatin1(spec.name);
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(program, {QStringLiteral("--fault-child"), row.name, QStringLiteral("--fault-seconds"),
                          QString::number(faultSeconds)});
    if (!child.waitForFinished(faultSeconds * 3000 + 600000)) {
        child.kill();
        child.waitForFinished();
        row.crashed = true;
        row.crashNote = QStringLiteral("hung");
        return row;
    }
    const QString output = QString::fromUtf8(child.readAllStandardOutput());
    const qsizetype at = output.lastIndexOf(QLatin1String("RESULT "));
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0 || at < 0) {
        row.crashed = true;
        row.crashNote = child.exitStatus() != QProcess::NormalExit ? QStringLiteral("crashed")
                                                                   : QStringLiteral("exit %1").arg(child.exitCode());
        err() << "fault " << row.name << ": " << row.crashNote << '\n' << child.readAllStandardError() << Qt::endl;
        return row;
    }
    row.result = QJsonDocument::fromJson(output.mid(at + 7).trimmed().toUtf8()).object();
    return row;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto value = [&](const QString &option, int fallback) {
        const qsizetype i = args.indexOf(option);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int runSeconds = std::max(10, value(QStringLiteral("--run-seconds"), 300));
    const int faultSeconds = std::max(1, value(QStringLiteral("--fault-seconds"), 5));
    if (const qsizetype i = args.indexOf(QStringLiteral("--fault-child")); i >= 0 && i + 1 < args.size())
        return faultChild(args.at(i + 1), faultSeconds);

    bool allPass = true;
    if (!args.contains(QStringLiteral("--skip-watch"))) {
        out() << "watching one run of " << runSeconds << " s against the fake GitHub (RunWatcher defaults)" << Qt::endl;
        const WatchFigures w = watchOneRun(runSeconds);
        if (!w.ok) {
            err() << "watching failed: " << w.error << Qt::endl;
            return 1;
        }
        const double minutes = w.watchMs / 60000;
        const double share = w.requests ? double(w.notModified) / w.requests : 0;
        const bool shareOk = share >= 0.9;
        const bool delayOk = w.delayMs <= w.intervalAtCompletionMs + 1000;
        allPass = allPass && shareOk && delayOk;
        bench::report(QStringLiteral("run length on the server"), w.runMs / 1000, QStringLiteral("s"));
        out() << "run conclusion: " << w.conclusion << Qt::endl;
        out() << "polls: " << w.polls << ", requests: " << w.requests << ", answered 304: " << w.notModified << Qt::endl;
        bench::report(QStringLiteral("requests per minute"), minutes > 0 ? w.requests / minutes : 0, QStringLiteral("/min"));
        bench::report(QStringLiteral("answered 304 (target >= 90%)"), share * 100,
                      QStringLiteral("%  ") + verdict(shareOk));
        bench::report(QStringLiteral("polling interval when the run completed"), w.intervalAtCompletionMs / 1000.0,
                      QStringLiteral("s"));
        bench::report(QStringLiteral("completion to report (target <= interval + 1 s)"), w.delayMs / 1000,
                      QStringLiteral("s  ") + verdict(delayOk));
        QStringList endpoints = w.perEndpoint.keys();
        endpoints.sort();
        for (const QString &endpoint : endpoints)
            out() << "    " << endpoint << ": " << w.perEndpoint.value(endpoint) << " requests, "
                  << w.notModifiedPerEndpoint.value(endpoint) << " answered 304" << Qt::endl;
        out() << Qt::endl;
    }

    if (!args.contains(QStringLiteral("--skip-faults"))) {
        out() << "faults lasting " << faultSeconds << " s; client timeout " << clientTimeoutMs / 1000
              << " s; one child process per fault" << Qt::endl;
        out() << "  dispatch POST: the fault on the dispatch alone; outage: on every request; recovery: from the "
                 "fault clearing to the run known (dispatch) or the next good poll (watch)"
              << Qt::endl;
        out() << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8")
                     .arg(QStringLiteral("fault"), -14)
                     .arg(QStringLiteral("crashes"), 8)
                     .arg(QStringLiteral("dup (POST)"), 11)
                     .arg(QStringLiteral("recovery"), 9)
                     .arg(QStringLiteral("dup (outage)"), 13)
                     .arg(QStringLiteral("recovery"), 9)
                     .arg(QStringLiteral("watch recovery"), 15)
                     .arg(QStringLiteral("outcomes (POST / outage)"))
              << Qt::endl;
        const QString program = QCoreApplication::applicationFilePath();
        int crashes = 0;
        int duplicates = 0;
        for (const FaultSpec &spec : faultSpecs()) {
            const FaultRow row = runFaultChild(program, spec, faultSeconds);
            if (row.crashed) {
                ++crashes;
                out() << QStringLiteral("  %1 %2  %3").arg(row.name, -14).arg(1, 8).arg(row.crashNote) << Qt::endl;
                continue;
            }
            const QJsonObject &r = row.result;
            const int dupPost = std::max(0, r.value(QLatin1String("post_runs")).toInt() - 1);
            const int dupAll = std::max(0, r.value(QLatin1String("all_runs")).toInt() - 1);
            duplicates += dupPost + dupAll;
            const QString watch = r.value(QLatin1String("watch_stopped")).toBool()
                ? QStringLiteral("stops")
                : seconds(r.value(QLatin1String("watch_recovery_ms")).toDouble());
            out() << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8 / %9")
                         .arg(row.name, -14)
                         .arg(0, 8)
                         .arg(dupPost, 11)
                         .arg(seconds(r.value(QLatin1String("post_recovery_ms")).toDouble()), 9)
                         .arg(dupAll, 13)
                         .arg(seconds(r.value(QLatin1String("all_recovery_ms")).toDouble()), 9)
                         .arg(watch, 15)
                         .arg(r.value(QLatin1String("post_outcomes")).toString(),
                              r.value(QLatin1String("all_outcomes")).toString())
                  << Qt::endl;
            if (r.value(QLatin1String("watch_stopped")).toBool())
                out() << "      the watcher stopped: " << r.value(QLatin1String("watch_stop_message")).toString()
                      << Qt::endl;
        }
        allPass = allPass && crashes == 0 && duplicates == 0;
        out() << "duplicate runs under faults (target 0): " << duplicates << "  " << verdict(duplicates == 0) << Qt::endl;
        out() << "crashes under faults (target 0): " << crashes << "  " << verdict(crashes == 0) << Qt::endl;
    }
    out() << (allPass ? "all targets met" : "some targets missed") << Qt::endl;
    return 0;
}
