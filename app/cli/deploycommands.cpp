// releasectl deploy, rollback, dispatch and watch: the release workflow on GitHub, gated by the
// core readiness, with the manifest following real runs (deploying, deployed, back to approved,
// rolled back) through committed status edits.

#include "cli.h"
#include "clicommon.h"
#include "runview.h"

#include "github/dispatcher.h"
#include "github/githubclient.h"
#include "github/githubsettings.h"
#include "github/runwatcher.h"
#include "github/workflowfile.h"
#include "release/deployment.h"
#include "rules/repositoryrules.h"

#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <sys/ioctl.h>
#include <unistd.h>

#include <optional>

namespace rc::cli {

using namespace detail;

namespace {

QJsonValue jsonOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject runJson(const core::RunSnapshot &s)
{
    QJsonArray jobs;
    for (const core::WorkflowJob &job : s.jobs) {
        QJsonArray steps;
        for (const core::WorkflowStep &step : job.steps) {
            steps.append(QJsonObject{{QStringLiteral("number"), step.number},
                                     {QStringLiteral("name"), step.name},
                                     {QStringLiteral("status"), step.status},
                                     {QStringLiteral("conclusion"), jsonOrNull(step.conclusion)}});
        }
        jobs.append(QJsonObject{{QStringLiteral("id"), job.id},
                                {QStringLiteral("name"), job.name},
                                {QStringLiteral("status"), job.status},
                                {QStringLiteral("conclusion"), jsonOrNull(job.conclusion)},
                                {QStringLiteral("started_at"), jsonTime(job.startedAt)},
                                {QStringLiteral("completed_at"), jsonTime(job.completedAt)},
                                {QStringLiteral("steps"), steps}});
    }
    QJsonArray tails;
    for (const core::JobLogTail &tail : s.logTails) {
        tails.append(QJsonObject{{QStringLiteral("job_id"), tail.jobId},
                                 {QStringLiteral("job"), tail.jobName},
                                 {QStringLiteral("lines"), jsonStrings(tail.lines)},
                                 {QStringLiteral("error"), jsonOrNull(tail.error)}});
    }
    QJsonArray pending;
    for (const core::PendingDeployment &p : s.pending) {
        pending.append(QJsonObject{{QStringLiteral("environment_id"), p.environmentId},
                                   {QStringLiteral("environment"), p.environmentName},
                                   {QStringLiteral("current_user_can_approve"), p.currentUserCanApprove}});
    }
    return QJsonObject{{QStringLiteral("id"), s.run.id},
                       {QStringLiteral("name"), s.run.name},
                       {QStringLiteral("display_title"), s.run.displayTitle},
                       {QStringLiteral("status"), s.run.status},
                       {QStringLiteral("conclusion"), jsonOrNull(s.run.conclusion)},
                       {QStringLiteral("html_url"), s.run.htmlUrl},
                       {QStringLiteral("run_attempt"), s.run.runAttempt},
                       {QStringLiteral("jobs"), jobs},
                       {QStringLiteral("pending_deployments"), pending},
                       {QStringLiteral("log_tails"), tails}};
}

QString dispatchStatusName(core::DispatchStatus status)
{
    switch (status) {
    case core::DispatchStatus::Dispatched: return QStringLiteral("dispatched");
    case core::DispatchStatus::Refused: return QStringLiteral("refused");
    case core::DispatchStatus::Unknown: return QStringLiteral("unknown");
    case core::DispatchStatus::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

QString quoteForShell(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

// What the workflow commands share: the clone, GitHub and the live view of a run. A member of Cli,
// so it writes through the same streams and colours.
struct Cli::RunFollower
{
    Cli &cli;
    Context context;
    core::GitHubSettings settings;
    core::GitHubToken token;
    std::unique_ptr<core::GitHubClient> client;
    int intervalMs = 0; ///< --interval; 0 for the watcher's defaults
    bool json = false;

    /// Settings, token and client as `releasectl github` resolves them; false after reporting why.
    bool connect(int &exitCode)
    {
        std::optional<Cli::GitHubAccess> access = cli.resolveGitHub(context, Cli::tr("with access to %1"), exitCode);
        if (!access)
            return false;
        settings = access->settings;
        token = access->token;
        client = std::make_unique<core::GitHubClient>(settings.apiUrl, token);
        return true;
    }

    core::RunWatcherOptions watcherOptions() const
    {
        core::RunWatcherOptions options;
        if (intervalMs > 0) {
            options.fastIntervalMs = intervalMs;
            options.fastPeriodMs = 10 * intervalMs;
            options.slowIntervalMs = 7 * intervalMs;
            options.maxIntervalMs = 15 * intervalMs;
        }
        return options;
    }

    bool stdoutIsTerminal(int *width, int *height) const
    {
        auto *file = qobject_cast<QFile *>(cli.m_out.device());
        if (!file || file->handle() < 0 || !::isatty(file->handle()))
            return false;
        winsize size{};
        if (::ioctl(file->handle(), TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
            *width = size.ws_col;
            *height = size.ws_row;
        }
        return true;
    }

    /// Follows `runId` until it completes, drawing it unless `json`. Returns the last snapshot, or
    /// nullopt after reporting an error that stopped the watch.
    std::optional<core::RunSnapshot> follow(qint64 runId, const std::function<void(const core::RunSnapshot &)> &first = {})
    {
        core::RunWatcher watcher(client.get(), settings.repository, watcherOptions());
        int width = 80;
        int height = 0;
        const bool terminal = !json && stdoutIsTerminal(&width, &height);
        RunView view(terminal ? RunView::Mode::Terminal : RunView::Mode::Plain, width, height, cli.m_options.colour);
        std::optional<core::RunSnapshot> last;
        std::optional<core::GitHubError> failure;
        QString lastTransient;
        bool firstSeen = false;
        QEventLoop loop;

        const auto draw = [&] {
            if (json || !last)
                return;
            RunSnapshot shown;
            shown.run = last->run;
            shown.jobs = last->jobs;
            shown.now = QDateTime::currentDateTimeUtc();
            for (const core::JobLogTail &tail : last->logTails)
                shown.logTails.insert(tail.jobId, tail.lines);
            const QByteArray bytes = view.render(shown);
            if (!bytes.isEmpty()) {
                cli.writeBytes(bytes);
                // Live: a pipe or a log sees each change as it happens, not when stdio's buffer fills.
                if (auto *file = qobject_cast<QFileDevice *>(cli.m_out.device()))
                    file->flush();
            }
        };
        QTimer ticker; // running durations move on a terminal even when nothing else does
        if (terminal) {
            ticker.setInterval(1000);
            QObject::connect(&ticker, &QTimer::timeout, &loop, draw);
            ticker.start();
        }
        QObject::connect(&watcher, &core::RunWatcher::updated, &loop, [&](const core::RunSnapshot &snapshot) {
            last = snapshot;
            if (!firstSeen && snapshot.valid) {
                firstSeen = true;
                if (first)
                    first(snapshot);
            }
            if (snapshot.transientError != lastTransient) {
                lastTransient = snapshot.transientError;
                if (!lastTransient.isEmpty()) {
                    cli.m_out.flush();
                    cli.m_err << Cli::tr("releasectl: GitHub did not answer as expected, still watching: %1").arg(lastTransient)
                              << Qt::endl;
                }
            }
            draw();
        });
        QObject::connect(&watcher, &core::RunWatcher::finished, &loop, [&] { loop.quit(); });
        QObject::connect(&watcher, &core::RunWatcher::failed, &loop, [&](const core::GitHubError &error) {
            failure = error;
            loop.quit();
        });
        watcher.watch(runId);
        loop.exec();
        ticker.stop();
        if (!json) {
            draw();
            cli.writeBytes(view.finish());
        }
        if (failure) {
            cli.fail(ExitFailed, failure->message);
            return std::nullopt;
        }
        return last;
    }

    /// "deployed, commit 0123456789" for a lifecycle step, or a failure reported on stderr.
    bool report(const core::LifecycleOutcome &outcome, QJsonObject *manifestJson)
    {
        if (manifestJson) {
            *manifestJson = QJsonObject{{QStringLiteral("from"), core::toString(outcome.from)},
                                        {QStringLiteral("status"), outcome.ok() ? core::toString(outcome.to) : core::toString(outcome.from)},
                                        {QStringLiteral("commit"), jsonOrNull(outcome.commitId)},
                                        {QStringLiteral("message"), outcome.message}};
        }
        if (!outcome.ok()) {
            cli.fail(ExitFailed, outcome.message);
            return false;
        }
        if (!json)
            cli.m_out << outcome.message << Qt::endl;
        return true;
    }
};

int Cli::runWorkflowCommand(const QString &command, const QStringList &args)
{
    CommandLine line(command);
    const QCommandLineOption noDryRun(QStringLiteral("no-dry-run"), tr("Run for real (the default is a dry run)."));
    const QCommandLineOption watch(QStringLiteral("watch"), tr("Follow the run until it completes and exit with its conclusion."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON (see docs/cli.md)."));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Why (required for a rollback)."), QStringLiteral("TEXT"));
    const QCommandLineOption interval(QStringLiteral("interval"), tr("Poll every MS milliseconds while the run moves (default 2000)."),
                                      QStringLiteral("MS"));
    line.parser.addOptions({noDryRun, watch, json, reason, interval});
    line.parser.addPositionalArgument(QStringLiteral("RELEASE"), tr("Release id or manifest path."));
    if (command == QLatin1String("dispatch"))
        line.parser.addPositionalArgument(QStringLiteral("ACTION"), dispatchActionNamesText());
    const QString seeHelp = tr("; see 'releasectl %1 --help'").arg(command);
    if (!line.parser.parse(QStringList{QStringLiteral("releasectl")} + args))
        return fail(ExitInvalidInput, parseError(line.parser) + seeHelp);
    if (line.parser.isSet(line.help)) {
        m_out << line.helpText();
        return ExitDone;
    }
    const QStringList positional = line.parser.positionalArguments();
    const int wanted = command == QLatin1String("dispatch") ? 2 : 1;
    if (positional.size() != wanted) {
        return fail(ExitInvalidInput, command == QLatin1String("dispatch") ? tr("dispatch needs RELEASE and ACTION") + seeHelp
                                                                           : tr("%1 needs RELEASE").arg(command) + seeHelp);
    }

    core::DispatchRequest request;
    request.dryRun = !line.parser.isSet(noDryRun);
    if (command == QLatin1String("deploy")) {
        request.action = core::DispatchAction::DeployProduction;
    } else if (command == QLatin1String("rollback")) {
        request.action = core::DispatchAction::Rollback;
    } else {
        const std::optional<core::DispatchAction> action = core::dispatchActionFromName(positional.at(1));
        if (!action)
            return fail(ExitInvalidInput, tr("unknown action \"%1\"; ACTION is one of %2").arg(positional.at(1), dispatchActionNamesText()));
        request.action = *action;
    }
    const bool isDeploy = request.action == core::DispatchAction::DeployProduction;
    const bool isRollback = request.action == core::DispatchAction::Rollback;
    request.reason = line.parser.value(reason).simplified();
    if (isRollback && request.reason.isEmpty())
        return fail(ExitInvalidInput, tr("a rollback needs a reason: --reason \"what went wrong\""));
    if (!isRollback && line.parser.isSet(reason))
        return fail(ExitInvalidInput, tr("--reason is for a rollback") + seeHelp);
    int intervalMs = 0;
    if (line.parser.isSet(interval)) {
        bool ok = false;
        intervalMs = line.parser.value(interval).toInt(&ok);
        if (!ok || intervalMs < 10)
            return fail(ExitInvalidInput, tr("--interval takes milliseconds, 10 or more"));
    }
    if (line.parser.isSet(line.repo))
        m_repoOption = line.parser.value(line.repo);

    RunFollower follower{*this, {}, {}, {}, {}, intervalMs, line.parser.isSet(json)};
    Context &context = follower.context;
    int exitCode = ExitDone;
    // Deploy and rollback act on a manifest; the other actions may name a release the workflow
    // has yet to create.
    const core::ReleaseEntry *entry = nullptr;
    if (isDeploy || isRollback) {
        entry = loadRelease(context, positional.at(0), false, exitCode);
        if (!entry)
            return exitCode;
    } else {
        if (!scanClone(context))
            return context.repo ? ExitFailed : ExitInvalidInput;
        for (const core::ReleaseEntry &candidate : context.scan.releases) {
            if (candidate.manifest && (candidate.manifest->release.id == positional.at(0) || candidate.relativePath == positional.at(0)))
                entry = &candidate;
        }
    }
    request.releaseId = entry ? entry->manifest->release.id : positional.at(0);

    QJsonObject result{{QStringLiteral("release"), request.releaseId},
                       {QStringLiteral("action"), core::dispatchActionName(request.action)},
                       {QStringLiteral("dry_run"), request.dryRun}};
    if (isRollback)
        result.insert(QStringLiteral("reason"), request.reason);

    // The gate: readiness for a deploy, a deployed release for a rollback. Dry runs too, so a dry
    // run shows what a real one would do.
    QByteArray expectedBytes;
    if (entry && (isDeploy || isRollback)) {
        // Deploys wait for their release window; a rollback is never held back by the clock.
        std::optional<core::ReleaseCalendar> calendar;
        if (isDeploy) {
            calendar = loadCalendar(context, exitCode);
            if (!calendar)
                return exitCode;
        }
        const core::DeployGate gate =
            isDeploy ? core::deployGate(*entry->manifest, *calendar, now()) : core::rollbackGate(*entry->manifest);
        if (!gate.allowed) {
            if (follower.json) {
                result.insert(QStringLiteral("blocked"), true);
                result.insert(QStringLiteral("blockers"), jsonStrings(gate.blockers));
                m_out << writeJson(QJsonDocument(result));
                m_out.flush();
            } else {
                m_out.flush();
                m_err << (isDeploy ? tr("%1 may not deploy:").arg(request.releaseId) : tr("%1 cannot be rolled back:").arg(request.releaseId))
                      << QLatin1Char('\n');
                for (const QString &blocker : gate.blockers)
                    m_err << QStringLiteral("  • ") << blocker << QLatin1Char('\n');
                m_err.flush();
            }
            return ExitBlocked;
        }
        QFile file(entry->path);
        if (file.open(QIODevice::ReadOnly))
            expectedBytes = file.readAll();
    }

    if (!follower.connect(exitCode))
        return exitCode;
    const core::Expected<core::WorkflowFile> workflow = core::readWorkflowFile(*context.repo, follower.settings.workflow);
    if (!workflow)
        return fail(ExitInvalidInput, workflow.error().toString());

    // What will happen, before it happens.
    QJsonArray components;
    if (entry) {
        for (const core::Component &c : entry->manifest->components) {
            components.append(QJsonObject{{QStringLiteral("name"), c.name},
                                          {QStringLiteral("current_version"), jsonOrNull(c.currentVersion)},
                                          {QStringLiteral("new_version"), jsonOrNull(c.newVersion)}});
        }
    }
    result.insert(QStringLiteral("repository"), follower.settings.repository.fullName());
    result.insert(QStringLiteral("workflow"), follower.settings.workflow);
    result.insert(QStringLiteral("ref"), follower.settings.ref);
    result.insert(QStringLiteral("components"), components);
    if (!follower.json) {
        const QString mode = request.dryRun ? paint(tr("DRY RUN"), Yellow) + tr(" (nothing changes; --no-dry-run for a real run)")
                                             : paint(tr("REAL RUN"), Red);
        const QString what = isDeploy ? tr("Deploy %1 to production").arg(paint(request.releaseId, Bold))
            : isRollback             ? tr("Roll back %1").arg(paint(request.releaseId, Bold))
                                     : tr("Run %1 for %2").arg(core::dispatchActionName(request.action), paint(request.releaseId, Bold));
        m_out << what << QStringLiteral(": ") << mode << QLatin1Char('\n');
        m_out << tr("  repository %1, workflow %2 on %3 (%4)")
                     .arg(follower.settings.repository.fullName(), follower.settings.workflow, follower.settings.ref,
                          follower.settings.apiUrl.toDisplayString())
              << QLatin1Char('\n');
        if (isRollback)
            m_out << tr("  reason: %1").arg(request.reason) << QLatin1Char('\n');
        if (entry && !entry->manifest->components.empty()) {
            qsizetype width = 0;
            for (const core::Component &c : entry->manifest->components)
                width = std::max(width, c.name.size());
            m_out << tr("  components:") << QLatin1Char('\n');
            for (const core::Component &c : entry->manifest->components) {
                const QString versions = c.currentVersion == c.newVersion || c.currentVersion.isEmpty()
                    ? c.newVersion
                    : c.currentVersion + QStringLiteral(" → ") + c.newVersion;
                m_out << QStringLiteral("    ") << c.name.leftJustified(width) << QStringLiteral("  ") << versions << QLatin1Char('\n');
            }
        }
        m_out.flush();
    }
    for (const QString &warning : workflow->warnings()) {
        m_out.flush();
        m_err << tr("releasectl: warning: %1").arg(warning) << Qt::endl;
    }

    // Dispatch.
    core::Dispatcher dispatcher(follower.client.get());
    std::optional<core::DispatchOutcome> outcome;
    QEventLoop loop;
    dispatcher.dispatch(follower.settings, *workflow, request, [&](const core::DispatchOutcome &o) {
        outcome = o;
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    result.insert(QStringLiteral("dispatch"),
                  QJsonObject{{QStringLiteral("status"), dispatchStatusName(outcome->status)},
                              {QStringLiteral("run_id"), outcome->runId ? QJsonValue(outcome->runId) : QJsonValue(QJsonValue::Null)},
                              {QStringLiteral("html_url"), jsonOrNull(outcome->htmlUrl)},
                              {QStringLiteral("correlation_id"), jsonOrNull(outcome->correlationId)},
                              {QStringLiteral("message"), outcome->message},
                              {QStringLiteral("warnings"), jsonStrings(outcome->warnings)}});
    const auto finishJson = [&] {
        if (follower.json) {
            m_out << writeJson(QJsonDocument(result));
            m_out.flush();
        }
    };
    if (!outcome->ok()) {
        finishJson();
        const bool badInput = outcome->status == core::DispatchStatus::Refused && !outcome->blockingRun;
        return fail(badInput ? ExitInvalidInput : ExitFailed, outcome->message);
    }
    const core::DeploymentRun run{outcome->runId, outcome->htmlUrl, request.dryRun, {}};
    if (!follower.json)
        m_out << tr("Run %1 started: %2").arg(outcome->runId).arg(outcome->htmlUrl) << Qt::endl;

    std::optional<core::Deployment> deployment;
    if (entry && !request.dryRun && (isDeploy || isRollback)) {
        deployment.emplace(*context.repo, entry->relativePath);
        deployment->setExpectedBytes(expectedBytes);
    }
    QJsonObject manifestJson;
    if (deployment && isDeploy) {
        if (!follower.report(deployment->markDeploying(run), &manifestJson)) {
            result.insert(QStringLiteral("manifest"), manifestJson);
            finishJson();
            return ExitFailed;
        }
        result.insert(QStringLiteral("manifest"), manifestJson);
        notifyRelease(context, core::NotificationEvent::DeploymentStarted, entry->path,
                      {{QStringLiteral("run_url"), outcome->htmlUrl}});
    }
    if (deployment && isRollback)
        notifyRelease(context, core::NotificationEvent::RollbackInitiated, entry->path,
                      {{QStringLiteral("run_url"), outcome->htmlUrl}, {QStringLiteral("reason"), request.reason}});

    if (!line.parser.isSet(watch)) {
        result.insert(QStringLiteral("run"), QJsonValue(QJsonValue::Null));
        if (!follower.json) {
            if (deployment && isDeploy)
                m_out << tr("%1 stays deploying until the run is followed to its end: releasectl watch %2")
                             .arg(request.releaseId)
                             .arg(outcome->runId)
                      << Qt::endl;
            else if (deployment && isRollback)
                m_out << tr("%1 is marked rolled back once the run succeeds: releasectl watch %2 --reason %3")
                             .arg(request.releaseId)
                             .arg(outcome->runId)
                             .arg(quoteForShell(request.reason))
                      << Qt::endl;
            else
                m_out << tr("Follow it: releasectl watch %1").arg(outcome->runId) << Qt::endl;
        }
        finishJson();
        return ExitDone;
    }

    const std::optional<core::RunSnapshot> last = follower.follow(outcome->runId);
    if (!last) {
        finishJson();
        return ExitFailed;
    }
    result.insert(QStringLiteral("run"), runJson(*last));
    core::DeploymentRun ended = run;
    ended.conclusion = last->run.conclusion;
    const bool success = last->run.conclusion == QLatin1String("success");
    bool stepOk = true;
    if (deployment && isDeploy) {
        stepOk = follower.report(success ? deployment->markDeployed(ended) : deployment->markFailed(ended), &manifestJson);
        result.insert(QStringLiteral("manifest"), manifestJson);
        if (stepOk && success)
            notifyRelease(context, core::NotificationEvent::DeploymentCompleted, entry->path,
                          {{QStringLiteral("run_url"), ended.htmlUrl}});
    } else if (deployment && isRollback) {
        if (success) {
            stepOk = follower.report(deployment->markRolledBack(ended, request.reason), &manifestJson);
            result.insert(QStringLiteral("manifest"), manifestJson);
        } else if (!follower.json) {
            m_out << tr("The rollback run did not succeed; %1 stays deployed.").arg(request.releaseId) << Qt::endl;
        }
    }
    finishJson();
    const int runExit = exitCodeForConclusion(last->run.status, last->run.conclusion);
    return stepOk ? runExit : ExitFailed;
}

int Cli::runWatch(const QStringList &args)
{
    CommandLine line(QStringLiteral("watch"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON when the run completes (see docs/cli.md)."));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    tr("For a real rollback run started without --watch: mark the release rolled back "
                                       "with this reason when the run succeeds."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption interval(QStringLiteral("interval"), tr("Poll every MS milliseconds while the run moves (default 2000)."),
                                      QStringLiteral("MS"));
    line.parser.addOptions({json, reason, interval});
    line.parser.addPositionalArgument(QStringLiteral("RUN_ID"), tr("The workflow run's id (the number in its URL)."));
    if (!line.parser.parse(QStringList{QStringLiteral("releasectl")} + args))
        return fail(ExitInvalidInput, parseError(line.parser) + tr("; see 'releasectl watch --help'"));
    if (line.parser.isSet(line.help)) {
        m_out << line.helpText();
        return ExitDone;
    }
    const QStringList positional = line.parser.positionalArguments();
    bool idOk = false;
    const qint64 runId = positional.value(0).toLongLong(&idOk);
    if (positional.size() != 1 || !idOk || runId <= 0)
        return fail(ExitInvalidInput, tr("watch needs the run's id, a number such as 30433642; see 'releasectl watch --help'"));
    int intervalMs = 0;
    if (line.parser.isSet(interval)) {
        bool ok = false;
        intervalMs = line.parser.value(interval).toInt(&ok);
        if (!ok || intervalMs < 10)
            return fail(ExitInvalidInput, tr("--interval takes milliseconds, 10 or more"));
    }
    const QString rollbackReason = line.parser.value(reason).simplified();
    if (line.parser.isSet(reason) && rollbackReason.isEmpty())
        return fail(ExitInvalidInput, tr("--reason needs text"));
    if (line.parser.isSet(line.repo))
        m_repoOption = line.parser.value(line.repo);

    RunFollower follower{*this, {}, {}, {}, {}, intervalMs, line.parser.isSet(json)};
    Context &context = follower.context;
    if (!scanClone(context))
        return context.repo ? ExitFailed : ExitInvalidInput;
    int exitCode = ExitDone;
    if (!follower.connect(exitCode))
        return exitCode;

    QStringList ids;
    for (const core::ReleaseEntry &entry : context.scan.releases) {
        if (entry.manifest)
            ids << entry.manifest->release.id;
    }
    const std::optional<core::RunSnapshot> last = follower.follow(runId);
    if (!last)
        return ExitFailed;

    // The run's name says which release and action it was (the workflow's run-name); the
    // manifest's status says whether it was real: only a real deploy leaves a release deploying.
    const core::RunIdentity identity = core::identifyRun(last->run, ids);
    QJsonObject result{{QStringLiteral("run"), runJson(*last)},
                       {QStringLiteral("release"), jsonOrNull(identity.releaseId)},
                       {QStringLiteral("action"), identity.action ? QJsonValue(core::dispatchActionName(*identity.action))
                                                                  : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("manifest"), QJsonValue(QJsonValue::Null)}};
    const core::ReleaseEntry *entry = nullptr;
    for (const core::ReleaseEntry &candidate : context.scan.releases) {
        if (candidate.manifest && !identity.releaseId.isEmpty() && candidate.manifest->release.id == identity.releaseId)
            entry = &candidate;
    }
    const bool isRollbackRun = identity.action && *identity.action == core::DispatchAction::Rollback;
    if (!rollbackReason.isEmpty() && (!entry || !isRollbackRun)) {
        if (follower.json) {
            m_out << writeJson(QJsonDocument(result));
            m_out.flush();
        }
        return fail(ExitInvalidInput, tr("run %1 is not a rollback of a release in this clone, so --reason has nothing to mark; "
                                         "the run's name must carry the action and the release id (docs/cli.md#workflow-requirements)")
                                          .arg(runId));
    }
    bool stepOk = true;
    if (entry && identity.action) {
        const core::DeploymentRun run{runId, last->run.htmlUrl, false, last->run.conclusion};
        const bool success = last->run.conclusion == QLatin1String("success");
        core::Deployment deployment(*context.repo, entry->relativePath);
        QJsonObject manifestJson;
        const core::ReleaseStatus status = entry->manifest->release.status;
        if (*identity.action == core::DispatchAction::DeployProduction && status == core::ReleaseStatus::Deploying) {
            stepOk = follower.report(success ? deployment.markDeployed(run) : deployment.markFailed(run), &manifestJson);
            result.insert(QStringLiteral("manifest"), manifestJson);
            if (stepOk && success)
                notifyRelease(context, core::NotificationEvent::DeploymentCompleted, entry->path,
                              {{QStringLiteral("run_url"), run.htmlUrl}});
        } else if (isRollbackRun && !rollbackReason.isEmpty()) {
            if (success) {
                stepOk = follower.report(deployment.markRolledBack(run, rollbackReason), &manifestJson);
                result.insert(QStringLiteral("manifest"), manifestJson);
            } else if (!follower.json) {
                m_out << tr("The rollback run did not succeed; %1 stays %2.").arg(identity.releaseId, core::toString(status)) << Qt::endl;
            }
        }
    }
    if (follower.json) {
        m_out << writeJson(QJsonDocument(result));
        m_out.flush();
    }
    const int runExit = exitCodeForConclusion(last->run.status, last->run.conclusion);
    return stepOk ? runExit : ExitFailed;
}

QString Cli::dispatchActionNamesText()
{
    return core::dispatchActionNames().join(QLatin1String(", "));
}

} // namespace rc::cli
