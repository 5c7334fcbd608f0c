#include "cli.h"
#include "clicommon.h"

#include "git/remote.h"
#include "sync/manifestsync.h"

namespace rc::cli {

using namespace detail;

namespace {

QJsonObject aheadBehindJson(const core::AheadBehind &state)
{
    return QJsonObject{
        {QStringLiteral("branch"), state.upstream.branch},
        {QStringLiteral("upstream"), state.upstream.name()},
        {QStringLiteral("remote"), state.upstream.remote},
        {QStringLiteral("url"), state.upstream.url},
        {QStringLiteral("upstream_exists"), state.upstreamExists},
        {QStringLiteral("ahead"), state.ahead},
        {QStringLiteral("behind"), state.behind},
    };
}

QJsonObject decisionJson(const core::DecisionValue &value)
{
    return QJsonObject{{QStringLiteral("value"), value.value},
                       {QStringLiteral("by"), jsonString(value.by)},
                       {QStringLiteral("at"), jsonTime(value.at)},
                       {QStringLiteral("reason"), jsonString(value.reason)}};
}

} // namespace

int Cli::runFetch(const QStringList &args)
{
    CommandLine line(QStringLiteral("fetch"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON (see docs/cli.md)."));
    line.parser.addOption(json);
    if (!line.parser.parse(QStringList{QStringLiteral("releasectl")} + args))
        return fail(ExitInvalidInput, parseError(line.parser) + tr("; see 'releasectl fetch --help'"));
    if (line.parser.isSet(line.help)) {
        m_out << line.helpText();
        return ExitDone;
    }
    if (!line.parser.positionalArguments().isEmpty())
        return fail(ExitInvalidInput, tr("fetch takes no arguments; see 'releasectl fetch --help'"));
    if (line.parser.isSet(line.repo))
        m_repoOption = line.parser.value(line.repo);

    Context context;
    if (!openClone(context))
        return ExitInvalidInput;
    const core::Expected<core::AheadBehind> state = core::remote::fetch(*context.repo);
    if (!state)
        return fail(ExitFailed, state.error().toString());
    if (line.parser.isSet(json))
        m_out << writeJson(QJsonDocument(aheadBehindJson(*state)));
    else
        m_out << state->summary() << Qt::endl;
    m_out.flush();
    return ExitDone;
}

int Cli::runPush(const QStringList &args)
{
    CommandLine line(QStringLiteral("push"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON (see docs/cli.md)."));
    const QCommandLineOption keepMine(QStringLiteral("keep-mine"),
                                      tr("Where the upstream decided differently, record our decision on top of theirs."));
    const QCommandLineOption takeTheirs(QStringLiteral("take-theirs"),
                                        tr("Where the upstream decided differently, keep theirs and leave ours out."));
    line.parser.addOptions({json, keepMine, takeTheirs});
    if (!line.parser.parse(QStringList{QStringLiteral("releasectl")} + args))
        return fail(ExitInvalidInput, parseError(line.parser) + tr("; see 'releasectl push --help'"));
    if (line.parser.isSet(keepMine) && line.parser.isSet(takeTheirs))
        return fail(ExitInvalidInput, tr("push takes --keep-mine or --take-theirs, not both"));
    if (line.parser.isSet(line.help)) {
        m_out << line.helpText();
        return ExitDone;
    }
    if (!line.parser.positionalArguments().isEmpty())
        return fail(ExitInvalidInput, tr("push takes no arguments; see 'releasectl push --help'"));
    if (line.parser.isSet(line.repo))
        m_repoOption = line.parser.value(line.repo);

    Context context;
    if (!openClone(context))
        return ExitInvalidInput;
    using Resolution = core::ManifestSync::Resolution;
    const Resolution resolution = line.parser.isSet(keepMine)     ? Resolution::KeepMine
                                  : line.parser.isSet(takeTheirs) ? Resolution::TakeTheirs
                                                                  : Resolution::Stop;
    core::ManifestSync sync(*context.repo);
    const core::Expected<core::SyncOutcome> outcome = sync.push(resolution);
    if (!outcome)
        return fail(ExitFailed, outcome.error().toString());

    using Kind = core::SyncOutcome::Kind;
    const core::AheadBehind &after = outcome->after;
    if (line.parser.isSet(json)) {
        QJsonArray conflicts;
        for (const core::SyncConflict &c : outcome->conflicts) {
            conflicts.append(QJsonObject{{QStringLiteral("file"), c.file},
                                         {QStringLiteral("release"), c.releaseId},
                                         {QStringLiteral("field"), c.field},
                                         {QStringLiteral("commit"), c.commit},
                                         {QStringLiteral("base"), decisionJson(c.base)},
                                         {QStringLiteral("ours"), decisionJson(c.ours)},
                                         {QStringLiteral("theirs"), decisionJson(c.theirs)}});
        }
        const QString result = outcome->kind == Kind::Pushed     ? QStringLiteral("pushed")
                               : outcome->kind == Kind::UpToDate ? QStringLiteral("up_to_date")
                                                                 : QStringLiteral("conflicts");
        QJsonObject o = aheadBehindJson(after);
        o[QStringLiteral("result")] = result;
        o[QStringLiteral("reapplied")] = outcome->reapplied;
        o[QStringLiteral("notes")] = jsonStrings(outcome->notes);
        o[QStringLiteral("conflicts")] = conflicts;
        m_out << writeJson(QJsonDocument(o));
        m_out.flush();
        return outcome->kind == Kind::Conflicts ? ExitFailed : ExitDone;
    }

    if (outcome->kind == Kind::Conflicts) {
        QString message = tr("not pushed: %1 changed the same decisions differently; nothing was lost, your commits "
                             "are still on %2 and the upstream is untouched:")
                              .arg(after.upstream.name(), after.upstream.branch);
        for (const core::SyncConflict &c : outcome->conflicts) {
            message += QStringLiteral("\n  %1: %2").arg(c.file, c.field);
            message += tr("\n    ours:   %1  (%2)").arg(c.ours.describe(), c.commit);
            message += tr("\n    theirs: %1").arg(c.theirs.describe());
        }
        message += tr("\nAgree with the other side on which decision stands, then run releasectl push --keep-mine "
                      "to record ours on top of theirs, or releasectl push --take-theirs to leave ours out.");
        return fail(ExitFailed, message);
    }
    for (const QString &note : outcome->notes)
        m_out << paint(note, Dim) << QLatin1Char('\n');
    if (outcome->kind == Kind::Pushed) {
        if (outcome->reapplied > 0)
            m_out << tr("%1 had moved: re-applied %2 on top of it").arg(after.upstream.name(),
                                                                         outcome->reapplied == 1 ? tr("1 commit") : tr("%1 commits").arg(outcome->reapplied))
                  << QLatin1Char('\n');
        m_out << tr("pushed %1 to %2").arg(after.upstream.branch, after.upstream.name()) << Qt::endl;
    } else {
        m_out << tr("nothing to push: %1").arg(after.summary()) << Qt::endl;
    }
    return ExitDone;
}

} // namespace rc::cli
