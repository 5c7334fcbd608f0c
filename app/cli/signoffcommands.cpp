#include "cli.h"
#include "clicommon.h"

#include "github/githubclient.h"
#include "github/githubsettings.h"
#include "github/signoffsync.h"
#include "rules/repositoryrules.h"

#include <QEventLoop>

namespace rc::cli {

using namespace detail;

namespace {

QJsonValue jsonIssue(qint64 number)
{
    return number > 0 ? QJsonValue(number) : QJsonValue(QJsonValue::Null);
}

QJsonArray jsonNumbers(const QList<qint64> &numbers)
{
    QJsonArray array;
    for (qint64 n : numbers)
        array.append(n);
    return array;
}

QString issueList(const QList<qint64> &numbers)
{
    QStringList out;
    for (qint64 n : numbers)
        out << QStringLiteral("#%1").arg(n);
    return out.join(QLatin1String(", "));
}

} // namespace

int Cli::runSignoffs(const QStringList &args)
{
    CommandLine line(QStringLiteral("signoffs"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON (see docs/cli.md)."));
    const QCommandLineOption noCommit(QStringLiteral("no-commit"), tr("check: save the sign-offs but do not commit them."));
    line.parser.addOptions({json, noCommit});
    line.parser.addPositionalArgument(QStringLiteral("ACTION"), tr("request or check."));
    line.parser.addPositionalArgument(QStringLiteral("RELEASE"), tr("Release id or manifest path."));
    if (!line.parser.parse(QStringList{QStringLiteral("releasectl")} + args))
        return fail(ExitInvalidInput, parseError(line.parser) + tr("; see 'releasectl signoffs --help'"));
    if (line.parser.isSet(line.help)) {
        m_out << line.helpText();
        return ExitDone;
    }
    const QStringList positional = line.parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 2 || (action != QLatin1String("request") && action != QLatin1String("check")))
        return fail(ExitInvalidInput, tr("signoffs needs request or check, and RELEASE: releasectl signoffs request|check "
                                         "RELEASE; see 'releasectl signoffs --help'"));
    const bool check = action == QLatin1String("check");
    if (!check && line.parser.isSet(noCommit))
        return fail(ExitInvalidInput, tr("--no-commit applies to signoffs check only"));
    if (line.parser.isSet(line.repo))
        m_repoOption = line.parser.value(line.repo);

    Context context;
    int exitCode = ExitDone;
    const core::ReleaseEntry *entry = loadRelease(context, positional.at(1), false, exitCode);
    if (!entry)
        return exitCode;
    const std::optional<GitHubAccess> access = resolveGitHub(context, tr("that may write issues in %1"), exitCode);
    if (!access)
        return exitCode;
    const core::RepositoryRules *rules = &access->rules;
    const core::GitHubSettings *settings = &access->settings;
    const core::GitHubToken &token = access->token;

    core::GitHubClient client(settings->apiUrl, token);
    core::SignoffSync sync(&client, settings->repository);
    const bool asJson = line.parser.isSet(json);
    QEventLoop loop;

    if (!check) {
        std::optional<core::SignoffRequestReport> report;
        sync.request(*entry->manifest, *rules, [&](const core::SignoffRequestReport &r) {
            report = r;
            loop.quit();
        });
        if (!report)
            loop.exec();
        // Announced once per issue opened; an issue that was open already was announced then.
        std::vector<core::Notification> pendingNotes;
        for (const core::SignoffRequestItem &i : report->items) {
            if (i.outcome == core::SignoffRequestItem::Outcome::Created)
                pendingNotes.push_back(core::makeNotification(core::NotificationEvent::SignoffPending, *entry->manifest,
                                                              {{QStringLiteral("component"), i.component}},
                                                              QDateTime::currentDateTimeUtc()));
        }
        sendNotifications(context, pendingNotes);
        if (report->error.kind != core::GitHubErrorKind::None && !asJson)
            return fail(ExitFailed, tr("sign-off issues of %1 were not requested: %2").arg(report->releaseId, report->error.message));
        if (asJson) {
            QJsonArray items;
            for (const core::SignoffRequestItem &i : report->items) {
                items.append(QJsonObject{
                    {QStringLiteral("component"), i.component},
                    {QStringLiteral("sign_off"), i.signOff},
                    {QStringLiteral("outcome"), core::signoffRequestOutcomeName(i.outcome)},
                    {QStringLiteral("issue"), jsonIssue(i.issueNumber)},
                    {QStringLiteral("url"), jsonString(i.issueUrl)},
                    {QStringLiteral("duplicates"), jsonNumbers(i.duplicates)},
                    {QStringLiteral("closed_duplicates"), jsonNumbers(i.closedDuplicates)},
                    {QStringLiteral("message"), jsonString(i.message)},
                });
            }
            const QJsonObject o{{QStringLiteral("release"), report->releaseId},
                                {QStringLiteral("repository"), settings->repository.fullName()},
                                {QStringLiteral("ok"), report->ok()},
                                {QStringLiteral("error"), jsonString(report->error.message)},
                                {QStringLiteral("components"), items}};
            m_out << writeJson(QJsonDocument(o));
            m_out.flush();
            return report->ok() ? ExitDone : ExitFailed;
        }
        m_out << tr("Sign-off issues for %1 in %2:").arg(report->releaseId, settings->repository.fullName()) << '\n';
        for (const core::SignoffRequestItem &i : report->items) {
            QString text;
            switch (i.outcome) {
            case core::SignoffRequestItem::Outcome::Created:
                text = paint(tr("created #%1", "issue").arg(i.issueNumber), Green) + QLatin1Char(' ') + i.issueUrl;
                break;
            case core::SignoffRequestItem::Outcome::AlreadyOpen:
                text = tr("already open #%1 %2").arg(i.issueNumber).arg(i.issueUrl);
                break;
            case core::SignoffRequestItem::Outcome::NotNeeded:
                text = paint(tr("not needed (%1)").arg(i.signOff), Dim);
                break;
            case core::SignoffRequestItem::Outcome::Failed:
                text = paint(tr("failed"), Red);
                break;
            }
            m_out << QLatin1String("  ") << (i.component + QLatin1Char(':')).leftJustified(24) << text << '\n';
            if (!i.closedDuplicates.isEmpty())
                m_out << QLatin1String("    ") << tr("closed duplicates: %1").arg(issueList(i.closedDuplicates)) << '\n';
            if (!i.duplicates.isEmpty())
                m_out << QLatin1String("    ")
                      << paint(tr("also open for this component: %1; close the extra ones").arg(issueList(i.duplicates)), Yellow)
                      << '\n';
            if (!i.message.isEmpty())
                m_out << QLatin1String("    ") << i.message << '\n';
        }
        m_out.flush();
        return report->ok() ? ExitDone : ExitFailed;
    }

    core::SignoffSync::CheckOptions options;
    options.workdir = context.repo->workdir();
    options.manifestPath = entry->path;
    options.relativePath = entry->relativePath;
    options.commit = !line.parser.isSet(noCommit);
    std::optional<core::SignoffCheckReport> report;
    sync.check(*rules, options, [&](const core::SignoffCheckReport &r) {
        report = r;
        loop.quit();
    });
    if (!report)
        loop.exec();
    if (report->error.kind != core::GitHubErrorKind::None && !asJson)
        return fail(ExitFailed, tr("sign-offs of %1 were not checked: %2").arg(entry->manifest->release.id, report->error.message));

    // The manifest as it is now, for the components the check did not decide.
    const core::Expected<core::ManifestFile> now = core::ManifestFile::load(entry->path, entry->relativePath);
    const core::Manifest *manifest = now && now->manifest() ? now->manifest() : &*entry->manifest;
    sendNotifications(context, core::signoffNotifications(*entry->manifest, *manifest, QDateTime::currentDateTimeUtc()));

    if (asJson) {
        QJsonArray items;
        for (const core::SignoffCheckItem &i : report->items) {
            const core::Component *c = manifest->component(i.component);
            QJsonArray ignored;
            for (const core::IgnoredCommand &cmd : i.decision.ignored) {
                ignored.append(QJsonObject{{QStringLiteral("login"), jsonString(cmd.login)},
                                           {QStringLiteral("at"), jsonTime(cmd.at)},
                                           {QStringLiteral("line"), cmd.line},
                                           {QStringLiteral("why"), cmd.why},
                                           {QStringLiteral("comment_id"), cmd.commentId}});
            }
            const bool decided = i.decision.state != core::SignoffState::Pending;
            items.append(QJsonObject{
                {QStringLiteral("component"), i.component},
                {QStringLiteral("sign_off_before"), i.signOffBefore},
                {QStringLiteral("sign_off"), c ? core::toString(c->signOff) : i.signOffBefore},
                {QStringLiteral("issue"), jsonIssue(i.issueNumber)},
                {QStringLiteral("url"), jsonString(i.issueUrl)},
                {QStringLiteral("decision"), core::signoffStateName(i.decision.state)},
                {QStringLiteral("by"), decided ? QJsonValue(QLatin1Char('@') + i.decision.login) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("at"), decided ? jsonTime(i.decision.at) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("reason"), jsonString(i.decision.reason)},
                {QStringLiteral("applied"), core::signoffAppliedName(i.applied)},
                {QStringLiteral("commit"), jsonString(i.commit)},
                {QStringLiteral("closed"), i.closed},
                {QStringLiteral("commented"), i.commented},
                {QStringLiteral("ignored"), ignored},
                {QStringLiteral("error"), jsonString(i.error)},
                {QStringLiteral("message"), jsonString(i.message)},
            });
        }
        const QJsonObject o{{QStringLiteral("release"), entry->manifest->release.id},
                            {QStringLiteral("repository"), settings->repository.fullName()},
                            {QStringLiteral("file"), entry->relativePath},
                            {QStringLiteral("ok"), report->ok()},
                            {QStringLiteral("error"), jsonString(report->error.message)},
                            {QStringLiteral("write_error"), jsonString(report->writeError)},
                            {QStringLiteral("components"), items}};
        m_out << writeJson(QJsonDocument(o));
        m_out.flush();
        return report->ok() ? ExitDone : ExitFailed;
    }

    m_out << tr("Sign-offs of %1 from %2:").arg(entry->manifest->release.id, settings->repository.fullName()) << '\n';
    for (const core::SignoffCheckItem &i : report->items) {
        const core::Component *c = manifest->component(i.component);
        const core::SignoffDecision &d = i.decision;
        QString text;
        if (d.state == core::SignoffState::Approved)
            text = paint(tr("approved by @%1 at %2").arg(d.login, core::formatTimestamp(d.at)), Green);
        else if (d.state == core::SignoffState::Rejected)
            text = paint(tr("rejected by @%1: %2").arg(d.login, d.reason), Red);
        else if (i.signOffBefore == QLatin1String("not_required"))
            text = paint(tr("not required"), Dim);
        else if (i.issueNumber == 0 && c && c->signOff == core::SignOff::Approved)
            text = tr("approved by %1 at %2 (in the manifest)").arg(c->approvedBy, core::formatTimestamp(c->approvedAt));
        else if (i.issueNumber == 0)
            text = paint(tr("%1, no open sign-off issue: run 'releasectl signoffs request %2'")
                             .arg(i.signOffBefore, entry->manifest->release.id),
                         Yellow);
        else
            text = paint(tr("still pending"), Yellow);
        if (i.issueNumber > 0)
            text += QStringLiteral(" (#%1)").arg(i.issueNumber);
        m_out << QLatin1String("  ") << (i.component + QLatin1Char(':')).leftJustified(24) << text << '\n';
        switch (i.applied) {
        case core::SignoffCheckItem::Applied::Saved:
            m_out << QLatin1String("    ")
                  << (i.commit.isEmpty() ? tr("saved %1 (not committed)").arg(entry->relativePath)
                                         : tr("saved %1, commit %2").arg(entry->relativePath, i.commit.left(10)))
                  << '\n';
            break;
        case core::SignoffCheckItem::Applied::AlreadyRecorded:
            m_out << QLatin1String("    ") << tr("already in the manifest") << '\n';
            break;
        case core::SignoffCheckItem::Applied::KeptNewer:
            m_out << QLatin1String("    ") << tr("the manifest holds a newer decision (%1); kept it").arg(c ? core::toString(c->signOff) : QString())
                  << '\n';
            break;
        case core::SignoffCheckItem::Applied::Nothing:
        case core::SignoffCheckItem::Applied::Failed:
            break;
        }
        if (i.closed)
            m_out << QLatin1String("    ") << tr("closed #%1").arg(i.issueNumber) << '\n';
        for (const core::IgnoredCommand &cmd : d.ignored)
            m_out << QLatin1String("    ")
                  << tr("ignored \"%1\" by %2: %3")
                         .arg(cmd.line, cmd.login.isEmpty() ? tr("a deleted account") : QLatin1Char('@') + cmd.login, cmd.why)
                  << '\n';
        if (i.commented)
            m_out << QLatin1String("    ") << tr("told them why on #%1").arg(i.issueNumber) << '\n';
        if (!i.message.isEmpty())
            m_out << QLatin1String("    ") << i.message << '\n';
        if (!i.error.isEmpty())
            m_out << QLatin1String("    ") << paint(i.error, Red) << '\n';
    }
    m_out.flush();
    if (!report->writeError.isEmpty())
        return fail(ExitFailed, report->writeError);
    return report->ok() ? ExitDone : ExitFailed;
}

} // namespace rc::cli
