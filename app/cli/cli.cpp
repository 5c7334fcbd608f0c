#include "cli.h"
#include "clicommon.h"

#include "git/repository.h"
#include "manifest/manifest.h"
#include "manifest/manifestparser.h"
#include "rules/readiness.h"
#include "workspace/workspace.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>

namespace rc::cli {

using namespace detail;

using core::ApprovalStatus;
using core::ChecklistStatus;
using core::Diagnostic;
using core::ReleaseEntry;
using core::ReleaseStatus;
using core::SignOff;

namespace detail {


constexpr ReleaseStatus AllStatuses[] = {ReleaseStatus::Draft,     ReleaseStatus::PendingApproval,
                                         ReleaseStatus::Approved,  ReleaseStatus::Deploying,
                                         ReleaseStatus::Deployed,  ReleaseStatus::RolledBack,
                                         ReleaseStatus::Cancelled};

bool isFinished(ReleaseStatus status)
{
    return status == ReleaseStatus::Deployed || status == ReleaseStatus::RolledBack
        || status == ReleaseStatus::Cancelled;
}

QString severityName(Diagnostic::Severity severity)
{
    return severity == Diagnostic::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

// GCC style with the severity, so editors and CI annotate the right line.
QString formatDiagnostic(const Diagnostic &d)
{
    QString where = d.file;
    if (d.location.line > 0) {
        where += QLatin1Char(':') + QString::number(d.location.line);
        if (d.location.column > 0)
            where += QLatin1Char(':') + QString::number(d.location.column);
    }
    return where + QLatin1String(": ") + severityName(d.severity) + QLatin1String(": ") + d.message;
}

QJsonValue jsonString(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue jsonTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(core::formatTimestamp(time)) : QJsonValue(QJsonValue::Null);
}

QJsonObject jsonDiagnostic(const Diagnostic &d)
{
    return QJsonObject{
        {QStringLiteral("file"), d.file},
        {QStringLiteral("line"), d.location.line},
        {QStringLiteral("column"), d.location.column},
        {QStringLiteral("severity"), severityName(d.severity)},
        {QStringLiteral("message"), d.message},
    };
}

QJsonArray jsonDiagnostics(const std::vector<Diagnostic> &diagnostics)
{
    QJsonArray array;
    for (const Diagnostic &d : diagnostics)
        array.append(jsonDiagnostic(d));
    return array;
}

QJsonArray jsonStrings(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

// Spelled out rather than tr()'s %n, which reads "blocker(s)" without a loaded translation.
QString counted(int n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(n);
}

QString humanTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QStringLiteral("-");
}

QString versions(const core::Component &c)
{
    if (c.currentVersion.isEmpty())
        return c.newVersion.isEmpty() ? QStringLiteral("-") : c.newVersion;
    if (c.newVersion.isEmpty() || c.newVersion == c.currentVersion)
        return c.currentVersion;
    return c.currentVersion + QStringLiteral(" → ") + c.newVersion;
}

QString writeJson(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

// Matching shared by checklist items and approval roles: exact, then case-insensitive,
// then a unique case-insensitive substring, so "on-call" finds "On-call team notified".
template<typename Texts>
core::Expected<int> matchText(const Texts &texts, const QString &spec, const QString &what)
{
    for (int i = 0; i < int(texts.size()); ++i)
        if (texts[i] == spec)
            return i;
    for (int i = 0; i < int(texts.size()); ++i)
        if (texts[i].compare(spec, Qt::CaseInsensitive) == 0)
            return i;
    std::vector<int> hits;
    for (int i = 0; i < int(texts.size()); ++i)
        if (texts[i].contains(spec, Qt::CaseInsensitive))
            hits.push_back(i);
    if (hits.size() == 1)
        return hits.front();
    QStringList candidates;
    if (hits.empty()) {
        for (const QString &t : texts)
            candidates << QLatin1Char('"') + t + QLatin1Char('"');
        return core::Error{Cli::tr("no %1 matches \"%2\"; there are: %3").arg(what, spec, candidates.join(QLatin1String(", "))), {}};
    }
    for (int i : hits)
        candidates << QLatin1Char('"') + texts[i] + QLatin1Char('"');
    return core::Error{Cli::tr("\"%1\" matches several %2s: %3; give more of the text")
                           .arg(spec, what, candidates.join(QLatin1String(", "))),
                       {}};
}

const std::vector<CommandSpec> &commandSpecs()
{
    static const std::vector<CommandSpec> specs = {
        {QStringLiteral("list"), QStringLiteral("[--json]"), Cli::tr("Releases under releases/ with status, schedule, sign-offs and readiness.")},
        {QStringLiteral("status"), QStringLiteral("[RELEASE] [--json]"), Cli::tr("The dashboard of one release, with readiness.")},
        {QStringLiteral("validate"), QStringLiteral("[FILE...]"), Cli::tr("Check manifests (default: all under releases/); exits 2 on any error.")},
        {QStringLiteral("check"), QStringLiteral("[RELEASE] [--at TIME] [--json]"), Cli::tr("Readiness to deploy, release windows and freezes included; exits 3 and lists blockers when blocked.")},
        {QStringLiteral("signoff"), QStringLiteral("RELEASE COMPONENT --approve | --reject REASON | --reset [--by USER] [--no-commit]"), Cli::tr("Sign a component off, reject it or reset it to pending.")},
        {QStringLiteral("checklist"), QStringLiteral("RELEASE ITEM --done | --undo [--by USER] [--no-commit] | RELEASE --add TEMPLATE..."), Cli::tr("Tick or untick a checklist item (ITEM: 1-based index or text), or add a checklist template (pre-release, release-day, role:ROLE).")},
        {QStringLiteral("approve"), QStringLiteral("RELEASE ROLE [--reject REASON | --reset] [--by USER] [--no-commit]"), Cli::tr("Record a role's approval, rejection or reset.")},
        {QStringLiteral("transition"), QStringLiteral("RELEASE STATUS [--no-commit]"), Cli::tr("Move a release along its lifecycle (alias: status-set).")},
        {QStringLiteral("changes"), QStringLiteral("[--since TAG] [--until REV] [--json] [--pre-release]"), Cli::tr("Commits per component since the last release tag, with suggested versions.")},
        {QStringLiteral("create"), QStringLiteral("[RELEASE_ID] [--since TAG] [--type regular|hotfix|major] [--scheduled TIME] [--pre-release]"), Cli::tr("Write a new release manifest from the changes since the last tag, and commit it.")},
        {QStringLiteral("hotfix"), QStringLiteral("NAME [--from TAG] [--component NAME] [--id RELEASE_ID]"), Cli::tr("Cut branch hotfix/NAME at the production tag and write its hotfix manifest.")},
        {QStringLiteral("fetch"), QStringLiteral("[--json]"), Cli::tr("Fetch the upstream and show how far the clone is ahead or behind.")},
        {QStringLiteral("push"), QStringLiteral("[--keep-mine | --take-theirs] [--json]"), Cli::tr("Push committed manifest edits; re-applies them on top when the upstream moved.")},
        {QStringLiteral("github"), QStringLiteral("[--json]"), Cli::tr("Test the connection to GitHub: who the token is, what it may do in the repository, and the rate limit.")},
        {QStringLiteral("deploy"), QStringLiteral("RELEASE [--no-dry-run] [--watch] [--json] [--interval MS]"), Cli::tr("Dispatch the release workflow's deploy_production, gated by readiness (exit 3 when blocked); a dry run unless --no-dry-run.")},
        {QStringLiteral("rollback"), QStringLiteral("RELEASE --reason TEXT [--no-dry-run] [--watch] [--json] [--interval MS]"), Cli::tr("Dispatch the release workflow's rollback for a deployed release.")},
        {QStringLiteral("dispatch"), QStringLiteral("RELEASE ACTION [--reason TEXT] [--no-dry-run] [--watch] [--json] [--interval MS]"), Cli::tr("Dispatch any action of the release workflow (create_release, request_signoffs, check_signoffs, deploy_production, rollback).")},
        {QStringLiteral("watch"), QStringLiteral("RUN_ID [--reason TEXT] [--json] [--interval MS]"), Cli::tr("Follow a workflow run until it completes and exit with its conclusion; completes a deploy's manifest status.")},
        {QStringLiteral("signoffs"), QStringLiteral("request|check RELEASE [--no-commit] [--json]"), Cli::tr("Open a GitHub sign-off issue per pending component, or read their /approve and /reject comments into the manifest.")},
        {QStringLiteral("notify"), QStringLiteral("status|flush|test [--json] [--channel CHANNEL] [--resend ID|all] [--discard ID|all]"), Cli::tr("Show the Slack outbox, send what waits in it, or post a test message.")},
        {QStringLiteral("export"), QStringLiteral("[RELEASE | --all] [--format markdown|html] [-o FILE]"), Cli::tr("The dashboard as a Markdown or HTML document; --all for an index of every release.")},
        {QStringLiteral("windows"), QStringLiteral("[--from DATE] [--days N] [--json]"), Cli::tr("The release windows and freezes of the coming days, in the rules' time zone.")},
        {QStringLiteral("override"), QStringLiteral("RELEASE --reason TEXT [--by USER] [--no-commit]"), Cli::tr("Break glass: let a release deploy outside its window or in a freeze; recorded in the manifest and announced.")},
    };
    return specs;
}

// Qt ends its messages with a period; ours go on with "; see ...".
QString parseError(const QCommandLineParser &parser)
{
    QString text = parser.errorText();
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

const CommandSpec *findSpec(const QString &name)
{
    for (const CommandSpec &spec : commandSpecs())
        if (spec.name == name)
            return &spec;
    return nullptr;
}


} // namespace detail


// -------------------------------------------------------------------------------------------------

Outcome saveEdit(core::ManifestFile &file, const core::ManifestEdit &edit)
{
    const core::Expected<core::Done> saved = file.applyAndSave(edit);
    if (saved)
        return {};
    // Checked after the refusal rather than before the save: the file may change in between,
    // and the core compares contents, so this is what actually stopped the save.
    if (file.changedOnDisk())
        return {ExitFailed, Cli::tr("%1 changed on disk; run the command again").arg(file.displayName())};
    return {ExitFailed, Cli::tr("%1 was not saved: %2").arg(file.displayName(), saved.error().toString())};
}

core::Expected<int> findChecklistItem(const core::Manifest &manifest, const QString &spec)
{
    const int count = int(manifest.checklist.size());
    if (count == 0)
        return core::Error{Cli::tr("release %1 has no checklist").arg(manifest.release.id), {}};
    bool isNumber = false;
    const int number = spec.toInt(&isNumber);
    if (isNumber) {
        if (number < 1 || number > count)
            return core::Error{Cli::tr("checklist item %1 does not exist; items are numbered 1 to %2").arg(spec).arg(count), {}};
        return number - 1;
    }
    QStringList texts;
    for (const core::ChecklistItem &item : manifest.checklist)
        texts << item.item;
    return matchText(texts, spec, Cli::tr("checklist item"));
}

core::Expected<QString> findApprovalRole(const core::Manifest &manifest, const QString &spec)
{
    QStringList roles;
    for (const core::Approval &approval : manifest.approvals)
        roles << approval.role;
    if (roles.isEmpty())
        return core::Error{Cli::tr("release %1 has no approvals").arg(manifest.release.id), {}};
    const core::Expected<int> index = matchText(roles, spec, Cli::tr("approval role"));
    if (!index)
        return index.error();
    return roles.at(*index);
}

core::Expected<QString> findComponent(const core::Manifest &manifest, const QString &spec)
{
    QStringList names;
    for (const core::Component &c : manifest.components) {
        if (c.name == spec)
            return c.name;
        names << c.name;
    }
    for (const QString &name : names)
        if (name.compare(spec, Qt::CaseInsensitive) == 0)
            return name;
    return core::Error{Cli::tr("release %1 has no component \"%2\"; components: %3")
                           .arg(manifest.release.id, spec, names.join(QLatin1String(", "))),
                       {}};
}

// -------------------------------------------------------------------------------------------------

Cli::Cli(QTextStream &out, QTextStream &err, Options options)
    : m_out(out)
    , m_err(err)
    , m_options(std::move(options))
{
    if (m_options.workingDirectory.isEmpty())
        m_options.workingDirectory = QDir::currentPath();
}

int Cli::fail(int exitCode, const QString &message)
{
    m_out.flush();
    m_err << QLatin1String("releasectl: ") << message << Qt::endl;
    return exitCode;
}

void Cli::writeBytes(const QByteArray &bytes)
{
    m_out.flush();
    if (QIODevice *device = m_out.device())
        device->write(bytes);
    else
        m_out << QString::fromUtf8(bytes);
}

QString Cli::paint(const QString &text, const char *code) const
{
    if (!m_options.colour || !code || text.isEmpty())
        return text;
    return QLatin1String("\x1b[") + QLatin1String(code) + QLatin1Char('m') + text + QLatin1String("\x1b[0m");
}

void Cli::printUsage(QTextStream &stream) const
{
    stream << tr("Usage: releasectl [--repo DIR] COMMAND [ARGS...]\n"
                 "The command-line twin of Release Console: release manifests under releases/ in a git clone.\n\n"
                 "Commands:\n");
    for (const CommandSpec &spec : commandSpecs())
        stream << QLatin1String("  ") << spec.name.leftJustified(12) << spec.description << QLatin1Char('\n');
    stream << tr("\nGlobal options:\n"
                 "  --repo DIR     the clone to work in (default: the one around the working directory)\n"
                 "  -h, --help     this help; 'releasectl COMMAND --help' for a command\n"
                 "  -v, --version  the version\n\n"
                 "RELEASE is a release id (release.id in the manifest) or a path to its file.\n"
                 "Exit codes: 0 done, 1 failed (git, file system), 2 invalid input, 3 blocked by readiness.\n");
}

int Cli::run(const QStringList &arguments)
{
    int i = 0;
    for (; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            printUsage(m_out);
            return ExitDone;
        }
        if (arg == QLatin1String("-v") || arg == QLatin1String("--version")) {
            m_out << QLatin1String("releasectl ") << QCoreApplication::applicationVersion() << Qt::endl;
            return ExitDone;
        }
        if (arg == QLatin1String("--repo")) {
            if (i + 1 >= arguments.size())
                return fail(ExitInvalidInput, tr("--repo needs a directory: --repo DIR"));
            m_repoOption = arguments.at(++i);
            continue;
        }
        if (arg.startsWith(QLatin1String("--repo="))) {
            m_repoOption = arg.mid(7);
            continue;
        }
        if (arg.startsWith(QLatin1Char('-')))
            return fail(ExitInvalidInput, tr("unknown option %1; see 'releasectl --help'").arg(arg));
        break;
    }
    if (i >= arguments.size()) {
        printUsage(m_err);
        return ExitInvalidInput;
    }
    const QString command = arguments.at(i);
    const QStringList rest = arguments.mid(i + 1);
    if (command == QLatin1String("list"))
        return runList(rest);
    if (command == QLatin1String("status"))
        return runStatus(rest);
    if (command == QLatin1String("validate"))
        return runValidate(rest);
    if (command == QLatin1String("check"))
        return runCheck(rest);
    if (command == QLatin1String("signoff"))
        return runSignOff(rest);
    if (command == QLatin1String("checklist"))
        return runChecklist(rest);
    if (command == QLatin1String("approve"))
        return runApprove(rest);
    if (command == QLatin1String("transition") || command == QLatin1String("status-set"))
        return runTransition(rest, command);
    if (command == QLatin1String("changes"))
        return runChanges(rest);
    if (command == QLatin1String("create"))
        return runCreate(rest);
    if (command == QLatin1String("hotfix"))
        return runHotfix(rest);
    if (command == QLatin1String("fetch"))
        return runFetch(rest);
    if (command == QLatin1String("push"))
        return runPush(rest);
    if (command == QLatin1String("github"))
        return runGitHub(rest);
    if (command == QLatin1String("deploy") || command == QLatin1String("rollback") || command == QLatin1String("dispatch"))
        return runWorkflowCommand(command, rest);
    if (command == QLatin1String("watch"))
        return runWatch(rest);
    if (command == QLatin1String("signoffs"))
        return runSignoffs(rest);
    if (command == QLatin1String("export"))
        return runExport(rest);
    if (command == QLatin1String("windows"))
        return runWindows(rest);
    if (command == QLatin1String("override"))
        return runOverride(rest);
    if (command == QLatin1String("notify"))
        return runNotify(rest);
    if (command == QLatin1String("help")) {
        // The command's own parser knows its options, so ask it.
        if (!rest.isEmpty() && findSpec(rest.first()))
            return run({rest.first(), QStringLiteral("--help")});
        printUsage(m_out);
        return ExitDone;
    }
    QStringList names;
    for (const CommandSpec &spec : commandSpecs())
        names << spec.name;
    return fail(ExitInvalidInput, tr("unknown command \"%1\"; commands: %2").arg(command, names.join(QLatin1String(", "))));
}

// -------------------------------------------------------------------------------------------------

bool Cli::openClone(Context &context)
{
    QString dir = m_options.workingDirectory;
    if (!m_repoOption.isEmpty()) {
        dir = QDir(m_options.workingDirectory).absoluteFilePath(m_repoOption);
        if (!QFileInfo(dir).isDir()) {
            fail(ExitInvalidInput, tr("--repo %1: no such directory").arg(m_repoOption));
            return false;
        }
    }
    core::Expected<core::Repository> repo = core::Repository::discover(dir);
    if (!repo) {
        fail(ExitInvalidInput, tr("%1\nRun releasectl inside a clone or point at one with --repo DIR.")
                                   .arg(repo.error().toString()));
        return false;
    }
    context.repo.emplace(std::move(repo).value());
    return true;
}

bool Cli::scanClone(Context &context)
{
    if (!openClone(context))
        return false;
    context.scan = core::scanWorkspace(context.repo->workdir());
    if (!context.scan.error.isEmpty()) {
        fail(ExitFailed, tr("cannot read the clone at %1: %2").arg(context.repo->workdir(), context.scan.error));
        return false;
    }
    return true;
}

const ReleaseEntry *Cli::resolveRelease(Context &context, const QString &spec, bool allowDefault)
{
    const core::WorkspaceScan &scan = context.scan;
    if (spec.isEmpty()) {
        if (!allowDefault) {
            fail(ExitInvalidInput, tr("name a release"));
            return nullptr;
        }
        std::vector<const ReleaseEntry *> active;
        for (const ReleaseEntry &entry : scan.releases)
            if (entry.manifest && !isFinished(entry.manifest->release.status))
                active.push_back(&entry);
        if (active.size() == 1)
            return active.front();
        if (active.empty()) {
            fail(ExitInvalidInput, scan.releases.empty()
                                       ? tr("no release manifests under releases/ in %1").arg(scan.root)
                                       : tr("no open release (all are deployed, rolled back or cancelled); name one"));
            return nullptr;
        }
        qsizetype width = 0;
        for (const ReleaseEntry *entry : active)
            width = std::max(width, entry->manifest->release.id.size());
        QStringList ids;
        for (const ReleaseEntry *entry : active)
            ids << QStringLiteral("  %1  %2  %3").arg(entry->manifest->release.id.leftJustified(width),
                                                      core::toString(entry->manifest->release.status).leftJustified(16),
                                                      entry->relativePath);
        fail(ExitInvalidInput, tr("%1 releases are open; name one:\n%2").arg(active.size()).arg(ids.join(QLatin1Char('\n'))));
        return nullptr;
    }

    // A path is matched here, relative to where the user stands, because the scan only knows
    // paths relative to the clone; ids are the workspace's business.
    const QFileInfo asFile(QDir(m_options.workingDirectory).absoluteFilePath(spec));
    if (asFile.isFile()) {
        const QString wanted = asFile.canonicalFilePath();
        for (const ReleaseEntry &entry : scan.releases)
            if (QFileInfo(entry.path).canonicalFilePath() == wanted)
                return &entry;
        fail(ExitInvalidInput, tr("%1 is not a manifest under releases/ of the clone at %2").arg(spec, scan.root));
        return nullptr;
    }
    for (const ReleaseEntry &entry : scan.releases)
        if (entry.relativePath == spec)
            return &entry;
    const core::Expected<const ReleaseEntry *> found = core::findRelease(scan, spec);
    if (!found) {
        fail(ExitInvalidInput, found.error().toString());
        return nullptr;
    }
    return *found;
}

const ReleaseEntry *Cli::loadRelease(Context &context, const QString &spec, bool allowDefault, int &exitCode)
{
    exitCode = ExitInvalidInput;
    if (!scanClone(context)) {
        if (context.repo)
            exitCode = ExitFailed;
        return nullptr;
    }
    const ReleaseEntry *entry = resolveRelease(context, spec, allowDefault);
    if (!entry || !requireLoaded(*entry))
        return nullptr;
    exitCode = ExitDone;
    return entry;
}

bool Cli::requireLoaded(const ReleaseEntry &entry)
{
    if (entry.manifest)
        return true;
    m_out.flush();
    for (const Diagnostic &d : entry.errors)
        m_err << formatDiagnostic(d) << QLatin1Char('\n');
    fail(ExitInvalidInput, tr("%1 has errors; fix them and run the command again").arg(entry.relativePath));
    return false;
}

void Cli::printDiagnostic(const Diagnostic &diagnostic)
{
    const QString text = formatDiagnostic(diagnostic);
    m_out << paint(text, diagnostic.severity == Diagnostic::Severity::Error ? Red : Yellow) << QLatin1Char('\n');
}

QString Cli::resolveUser(Context &context, const QString &given)
{
    QString user = given.trimmed();
    if (user.isEmpty())
        user = context.repo->userHandle();
    if (user.isEmpty()) {
        fail(ExitInvalidInput, tr("who is signing? Set your handle once with 'git config releaseconsole.user @you', "
                                  "or pass --by @you"));
        return {};
    }
    if (!user.startsWith(QLatin1Char('@')))
        user.prepend(QLatin1Char('@'));
    return user;
}

int Cli::applyAndCommit(Context &context, const ReleaseEntry &entry, const core::ManifestEdit &edit, bool commit)
{
    core::Expected<core::ManifestFile> loaded = core::ManifestFile::load(entry.path, entry.relativePath);
    if (!loaded)
        return fail(ExitFailed, loaded.error().toString());
    core::ManifestFile &file = *loaded;
    if (!file.manifest()) {
        m_out.flush();
        for (const Diagnostic &d : file.parseResult().errors)
            m_err << formatDiagnostic(d) << QLatin1Char('\n');
        return fail(ExitInvalidInput, tr("%1 has errors; fix them and run the command again").arg(entry.relativePath));
    }
    // The semantic check first: a refusal here is the user's input (unknown item, missing
    // reason, invalid transition), not a failure of the save.
    const core::Expected<core::Manifest> preview = core::applyToManifest(*file.manifest(), edit);
    if (!preview) {
        const core::Error &error = preview.error();
        return fail(ExitInvalidInput, error.location.isEmpty() ? entry.relativePath + QLatin1String(": ") + error.message
                                                               : error.toString());
    }
    // Described against the manifest before the edit, so the message names the item and the old status.
    const QString summary = core::describeEdit(*file.manifest(), edit);
    const Outcome saved = saveEdit(file, edit);
    if (saved.exitCode != ExitDone)
        return fail(saved.exitCode, saved.message);

    if (!commit) {
        m_out << summary << QLatin1Char('\n')
              << tr("saved %1 (not committed)").arg(entry.relativePath) << Qt::endl;
        return ExitDone;
    }
    const core::Expected<QString> commitId = context.repo->commitFile(entry.relativePath, summary);
    if (!commitId)
        return fail(ExitFailed, tr("%1 was saved but not committed: %2\nCommit it yourself, or fix the cause and "
                                   "commit with your git tools.")
                                    .arg(entry.relativePath, commitId.error().toString()));
    m_out << summary << QLatin1Char('\n')
          << tr("saved %1, commit %2").arg(entry.relativePath, commitId->left(10)) << Qt::endl;
    return ExitDone;
}

// -------------------------------------------------------------------------------------------------
// Tables: widths are measured on the plain text so colour codes never break the alignment.

namespace {

struct Cell
{
    QString text;
    const char *colour = nullptr;
    int gap = 2; ///< spaces after the column; 1 keeps a marker next to its text ("[x] Item")
};
using Row = std::vector<Cell>;

} // namespace

static void printTable(QTextStream &out, const std::vector<Row> &rows, const QString &indent,
                       const std::function<QString(const QString &, const char *)> &paint)
{
    std::vector<qsizetype> widths;
    for (const Row &row : rows) {
        if (widths.size() < row.size())
            widths.resize(row.size(), 0);
        for (size_t c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].text.size());
    }
    for (const Row &row : rows) {
        QString line = indent;
        // Trailing empty cells would only leave trailing blanks.
        size_t last = row.size();
        while (last > 0 && row[last - 1].text.isEmpty())
            --last;
        for (size_t c = 0; c < last; ++c) {
            line += paint(row[c].text, row[c].colour);
            if (c + 1 < last)
                line += QString(widths[c] - row[c].text.size() + row[c].gap, QLatin1Char(' '));
        }
        out << line << QLatin1Char('\n');
    }
}

// -------------------------------------------------------------------------------------------------

int Cli::runList(const QStringList &args)
{
    CommandLine line(QStringLiteral("list"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Machine-readable output (see docs/cli.md)."));
    line.parser.addOption(json);
    if (!line.parser.parse(QStringList{QStringLiteral("releasectl")} + args))
        return fail(ExitInvalidInput, parseError(line.parser) + tr("; see 'releasectl list --help'"));
    if (line.parser.isSet(line.help)) {
        m_out << line.helpText();
        return ExitDone;
    }
    if (!line.parser.positionalArguments().isEmpty())
        return fail(ExitInvalidInput, tr("list takes no arguments; see 'releasectl list --help'"));
    if (line.parser.isSet(line.repo))
        m_repoOption = line.parser.value(line.repo);

    Context context;
    if (!scanClone(context))
        return context.repo ? ExitFailed : ExitInvalidInput;
    ensureCalendar(context);

    if (line.parser.isSet(json)) {
        QJsonArray array;
        for (const ReleaseEntry &entry : context.scan.releases) {
            QJsonObject o;
            o[QStringLiteral("file")] = entry.relativePath;
            o[QStringLiteral("errors")] = jsonDiagnostics(entry.errors);
            if (entry.manifest) {
                const core::Manifest &m = *entry.manifest;
                o[QStringLiteral("id")] = m.release.id;
                o[QStringLiteral("status")] = core::toString(m.release.status);
                o[QStringLiteral("scheduled_at")] = jsonTime(m.release.scheduledAt);
                o[QStringLiteral("release_manager")] = jsonString(m.release.releaseManager);
                o[QStringLiteral("sign_offs")] = QJsonObject{{QStringLiteral("approved"), m.signOffsApproved()},
                                                             {QStringLiteral("needed"), m.signOffsNeeded()}};
                o[QStringLiteral("ready")] = readinessOf(m).ready;
            } else {
                for (const char *key : {"id", "status", "scheduled_at", "release_manager", "sign_offs"})
                    o[QLatin1String(key)] = QJsonValue(QJsonValue::Null);
                o[QStringLiteral("ready")] = false;
            }
            array.append(o);
        }
        m_out << writeJson(QJsonDocument(array));
        return ExitDone;
    }

    if (context.scan.releases.empty()) {
        m_out << tr("No release manifests under releases/ in %1.").arg(context.scan.root) << Qt::endl;
        return ExitDone;
    }
    std::vector<Row> rows;
    rows.push_back({{tr("ID"), Bold}, {tr("STATUS"), Bold}, {tr("SCHEDULED"), Bold}, {tr("MANAGER"), Bold},
                    {tr("SIGN-OFFS"), Bold}, {tr("READY"), Bold}, {tr("FILE"), Bold}});
    for (const ReleaseEntry &entry : context.scan.releases) {
        if (!entry.manifest) {
            rows.push_back({{QStringLiteral("?"), Red}, {tr("invalid"), Red}, {}, {}, {}, {},
                            {entry.relativePath + QLatin1String("  ") + counted(int(entry.errors.size()), tr("(1 error; run 'releasectl validate')"), tr("(%1 errors; run 'releasectl validate')")), Red}});
            continue;
        }
        const core::Manifest &m = *entry.manifest;
        const bool ready = readinessOf(m).ready;
        const bool finished = isFinished(m.release.status);
        rows.push_back({{m.release.id, finished ? Dim : nullptr},
                        {core::toString(m.release.status), finished ? Dim : nullptr},
                        {humanTime(m.release.scheduledAt), finished ? Dim : nullptr},
                        {m.release.releaseManager.isEmpty() ? QStringLiteral("-") : m.release.releaseManager},
                        {QStringLiteral("%1/%2").arg(m.signOffsApproved()).arg(m.signOffsNeeded()),
                         m.signOffsApproved() == m.signOffsNeeded() ? Green : Yellow},
                        {finished ? QStringLiteral("-") : ready ? tr("yes") : tr("no"),
                         finished ? Dim : ready ? Green : Yellow},
                        {entry.relativePath}});
    }
    printTable(m_out, rows, QString(), [this](const QString &t, const char *c) { return paint(t, c); });
    m_out.flush();
    return ExitDone;
}

// -------------------------------------------------------------------------------------------------

/// ready and blockers, and with the calendar when the clock blocks or was overridden:
/// next_window (UTC), overridden and override_until (UTC).
static void addReadinessJson(QJsonObject &o, const core::Readiness &readiness)
{
    o[QStringLiteral("ready")] = readiness.ready;
    o[QStringLiteral("blockers")] = jsonStrings(readiness.blockers);
    o[QStringLiteral("next_window")] = jsonTime(readiness.nextOpening);
    o[QStringLiteral("overridden")] = jsonString(readiness.overridden);
    o[QStringLiteral("override_until")] = jsonTime(readiness.overrideEnds);
}

static QJsonObject statusJson(const ReleaseEntry &entry, const ChecklistTiming &timing, const core::Readiness &readiness)
{
    const core::Manifest &m = *entry.manifest;
    QJsonObject o;
    o[QStringLiteral("id")] = m.release.id;
    o[QStringLiteral("file")] = entry.relativePath;
    o[QStringLiteral("status")] = core::toString(m.release.status);
    o[QStringLiteral("type")] = jsonString(m.release.type);
    o[QStringLiteral("scheduled_at")] = jsonTime(m.release.scheduledAt);
    o[QStringLiteral("release_manager")] = jsonString(m.release.releaseManager);

    QJsonArray components;
    for (const core::Component &c : m.components) {
        components.append(QJsonObject{
            {QStringLiteral("name"), c.name},
            {QStringLiteral("current_version"), jsonString(c.currentVersion)},
            {QStringLiteral("new_version"), jsonString(c.newVersion)},
            {QStringLiteral("changes"), jsonStrings(c.changes)},
            {QStringLiteral("team"), jsonString(c.team)},
            {QStringLiteral("team_lead"), jsonString(c.teamLead)},
            {QStringLiteral("sign_off"), core::toString(c.signOff)},
            {QStringLiteral("approved_by"), jsonString(c.approvedBy)},
            {QStringLiteral("approved_at"), jsonTime(c.approvedAt)},
            {QStringLiteral("rejected_by"), jsonString(c.rejectedBy)},
            {QStringLiteral("rejected_at"), jsonTime(c.rejectedAt)},
            {QStringLiteral("reason"), jsonString(c.reason)},
        });
    }
    o[QStringLiteral("components")] = components;

    QJsonArray checklist;
    int index = 0;
    for (const core::ChecklistItem &item : m.checklist) {
        QJsonObject object{
            {QStringLiteral("index"), ++index},
            {QStringLiteral("item"), item.item},
            {QStringLiteral("status"), core::toString(item.status)},
            {QStringLiteral("required"), item.required},
            {QStringLiteral("completed_by"), jsonString(item.completedBy)},
            {QStringLiteral("completed_at"), jsonTime(item.completedAt)},
        };
        addChecklistTiming(object, item, m, timing);
        checklist.append(object);
    }
    o[QStringLiteral("checklist")] = checklist;

    QJsonArray approvals;
    for (const core::Approval &a : m.approvals) {
        approvals.append(QJsonObject{
            {QStringLiteral("role"), a.role},
            {QStringLiteral("user"), jsonString(a.user)},
            {QStringLiteral("status"), core::toString(a.status)},
            {QStringLiteral("approved_by"), jsonString(a.approvedBy)},
            {QStringLiteral("approved_at"), jsonTime(a.approvedAt)},
            {QStringLiteral("rejected_by"), jsonString(a.rejectedBy)},
            {QStringLiteral("rejected_at"), jsonTime(a.rejectedAt)},
            {QStringLiteral("reason"), jsonString(a.reason)},
        });
    }
    o[QStringLiteral("approvals")] = approvals;

    QJsonArray validation;
    for (const core::ValidationEntry &v : m.validation)
        validation.append(QJsonObject{{QStringLiteral("key"), v.key},
                                      {QStringLiteral("value"), v.value},
                                      {QStringLiteral("failed"), v.failed}});
    o[QStringLiteral("validation")] = validation;

    o[QStringLiteral("sign_offs")] = QJsonObject{{QStringLiteral("approved"), m.signOffsApproved()},
                                                 {QStringLiteral("needed"), m.signOffsNeeded()}};
    QJsonObject readinessObject;
    addReadinessJson(readinessObject, readiness);
    o[QStringLiteral("readiness")] = readinessObject;
    o[QStringLiteral("warnings")] = jsonDiagnostics(entry.warnings);
    return o;
}

void Cli::printDashboard(const ReleaseEntry &entry)
{
    const core::Manifest &m = *entry.manifest;
    const core::Readiness readiness = readinessOf(m);
    const auto painter = [this](const QString &t, const char *c) { return paint(t, c); };

    m_out << paint(m.release.id, Bold) << QLatin1String("  ")
          << paint(core::toString(m.release.status), isFinished(m.release.status) ? Dim : Bold) << QLatin1Char('\n');
    QString fileNote;
    switch (entry.gitState) {
    case core::FileState::Modified:
    case core::FileState::Added:
        fileNote = tr("  (uncommitted changes)");
        break;
    case core::FileState::Untracked:
        fileNote = tr("  (not in git yet)");
        break;
    default:
        break;
    }
    std::vector<Row> header;
    header.push_back({{tr("File")}, {entry.relativePath + fileNote}});
    if (!m.release.type.isEmpty())
        header.push_back({{tr("Type")}, {m.release.type}});
    if (m.release.scheduledAt.isValid() || !m.release.createdAt.isValid())
        header.push_back({{tr("Scheduled")}, {m.release.scheduledAt.isValid() ? humanTime(m.release.scheduledAt) : tr("not scheduled")}});
    if (m.release.createdAt.isValid())
        header.push_back({{tr("Created")}, {humanTime(m.release.createdAt)
                                            + (m.release.createdBy.isEmpty() ? QString() : QLatin1Char(' ') + tr("by %1").arg(m.release.createdBy))}});
    header.push_back({{tr("Release manager")}, {m.release.releaseManager.isEmpty() ? QStringLiteral("-") : m.release.releaseManager}});
    printTable(m_out, header, QStringLiteral("  "), painter);

    m_out << QLatin1Char('\n')
          << paint(tr("Components (%1 of %2 signed off)").arg(m.signOffsApproved()).arg(m.signOffsNeeded()), Bold)
          << QLatin1Char('\n');
    if (m.components.empty()) {
        m_out << QLatin1String("  ") << tr("none") << QLatin1Char('\n');
    } else {
        std::vector<Row> rows;
        rows.push_back({{tr("NAME"), Dim}, {tr("VERSION"), Dim}, {tr("TEAM"), Dim}, {tr("LEAD"), Dim}, {tr("SIGN-OFF"), Dim}});
        for (const core::Component &c : m.components) {
            Cell signOff;
            switch (c.signOff) {
            case SignOff::Approved:
                signOff = {QStringLiteral("✓ ") + tr("approved") + (c.approvedBy.isEmpty() ? QString() : QLatin1Char(' ') + tr("by %1").arg(c.approvedBy)), Green};
                break;
            case SignOff::Rejected:
                signOff = {QStringLiteral("✗ ") + tr("rejected") + (c.rejectedBy.isEmpty() ? QString() : QLatin1Char(' ') + tr("by %1").arg(c.rejectedBy))
                               + (c.reason.isEmpty() ? QString() : QLatin1String(": ") + c.reason),
                           Red};
                break;
            case SignOff::Pending:
                signOff = {QStringLiteral("○ ") + tr("pending"), Yellow};
                break;
            case SignOff::NotRequired:
                signOff = {QStringLiteral("– ") + tr("not required"), Dim};
                break;
            }
            rows.push_back({{c.name}, {versions(c)}, {c.team.isEmpty() ? QStringLiteral("-") : c.team},
                            {c.teamLead.isEmpty() ? QStringLiteral("-") : c.teamLead}, signOff});
        }
        printTable(m_out, rows, QStringLiteral("  "), painter);
    }

    if (!m.checklist.empty()) {
        const auto done = std::count_if(m.checklist.begin(), m.checklist.end(), [](const core::ChecklistItem &i) {
            return i.status == ChecklistStatus::Completed;
        });
        m_out << QLatin1Char('\n') << paint(tr("Checklist (%1 of %2 done)").arg(done).arg(m.checklist.size()), Bold) << QLatin1Char('\n');
        std::vector<Row> rows;
        int index = 0;
        // The number is what `releasectl checklist RELEASE N` takes, so it leads the line.
        const int numberWidth = int(QString::number(m.checklist.size()).size()) + 1;
        const ChecklistTiming timing = checklistTiming(nullptr, m, m_now);
        QString group;
        // Template items carry their phase and section: a heading wherever the group changes.
        const auto flush = [&] {
            if (!rows.empty())
                printTable(m_out, rows, QStringLiteral("  "), painter);
            rows.clear();
        };
        for (const core::ChecklistItem &item : m.checklist) {
            const QString itemGroup = checklistGroup(item);
            if (itemGroup != group) {
                flush();
                if (!itemGroup.isEmpty())
                    m_out << QLatin1String("  ") << paint(itemGroup, Dim) << QLatin1Char('\n');
                group = itemGroup;
            }
            const bool isDone = item.status == ChecklistStatus::Completed;
            QString note;
            if (isDone && !item.completedBy.isEmpty())
                note = item.completedBy;
            else if (!isDone && item.required)
                note = tr("required");
            const char *dueColour = nullptr;
            const QString due = dueText(item, m, timing, dueColour);
            const QString number = (QString::number(++index) + QLatin1Char('.')).rightJustified(numberWidth);
            Row row{{number + (isDone ? QStringLiteral(" [x]") : QStringLiteral(" [ ]")),
                     isDone ? Green : (item.required ? Yellow : nullptr), 1},
                    {item.item},
                    {note, isDone ? Dim : Yellow}};
            if (!due.isEmpty())
                row.push_back({due, dueColour});
            rows.push_back(row);
        }
        flush();
    }

    if (!m.approvals.empty()) {
        m_out << QLatin1Char('\n') << paint(tr("Approvals"), Bold) << QLatin1Char('\n');
        std::vector<Row> rows;
        for (const core::Approval &a : m.approvals) {
            Cell state;
            switch (a.status) {
            case ApprovalStatus::Approved:
                state = {QStringLiteral("✓ ") + tr("approved") + (a.approvedBy.isEmpty() || a.approvedBy == a.user ? QString() : QLatin1Char(' ') + tr("by %1").arg(a.approvedBy)), Green};
                break;
            case ApprovalStatus::Rejected:
                state = {QStringLiteral("✗ ") + tr("rejected") + (a.rejectedBy.isEmpty() || a.rejectedBy == a.user ? QString() : QLatin1Char(' ') + tr("by %1").arg(a.rejectedBy))
                             + (a.reason.isEmpty() ? QString() : QLatin1String(": ") + a.reason),
                         Red};
                break;
            case ApprovalStatus::Pending:
                state = {QStringLiteral("○ ") + tr("pending"), Yellow};
                break;
            }
            rows.push_back({{a.role}, {a.user.isEmpty() ? QStringLiteral("-") : a.user}, state});
        }
        printTable(m_out, rows, QStringLiteral("  "), painter);
    }

    if (!m.validation.empty()) {
        m_out << QLatin1Char('\n') << paint(tr("Validation"), Bold) << QLatin1Char('\n');
        std::vector<Row> rows;
        for (const core::ValidationEntry &v : m.validation)
            rows.push_back({{v.key}, {v.value, v.failed ? Red : nullptr}});
        printTable(m_out, rows, QStringLiteral("  "), painter);
    }

    if (!entry.warnings.empty()) {
        m_out << QLatin1Char('\n') << paint(tr("Warnings"), Bold) << QLatin1Char('\n');
        for (const Diagnostic &d : entry.warnings)
            m_out << QLatin1String("  ") << paint(formatDiagnostic(d), Yellow) << QLatin1Char('\n');
    }

    m_out << QLatin1Char('\n');
    if (readiness.ready) {
        m_out << paint(tr("Readiness"), Bold) << QLatin1String(": ") << paint(QStringLiteral("✓ ") + tr("ready to deploy"), Green) << QLatin1Char('\n');
    } else {
        m_out << paint(tr("Readiness"), Bold) << QLatin1String(": ")
              << paint(QStringLiteral("✗ ") + counted(int(readiness.blockers.size()), tr("blocked (1 blocker)"), tr("blocked (%1 blockers)")), Red) << QLatin1Char('\n');
        for (const QString &blocker : readiness.blockers)
            m_out << QStringLiteral("  • ") << blocker << QLatin1Char('\n');
    }
    if (m.release.breakGlass.isSet()) {
        const core::BreakGlass &glass = m.release.breakGlass;
        m_out << paint(tr("Break glass"), Bold) << QLatin1String(": ")
              << paint(tr("by %1 at %2: %3").arg(glass.by, calendarTime(glass.at), glass.reason), Yellow) << QLatin1Char('\n');
        if (!readiness.overridden.isEmpty())
            m_out << QStringLiteral("  ") << tr("lifts until %1: %2").arg(calendarTime(readiness.overrideEnds), readiness.overridden)
                  << QLatin1Char('\n');
    }
    m_out.flush();
}

int Cli::runStatus(const QStringList &args)
{
    CommandLine line(QStringLiteral("status"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Machine-readable output (see docs/cli.md)."));
    const QCommandLineOption at(QStringLiteral("at"), tr("Show release-day checklist items due or overdue, and the release windows, as at TIME (ISO 8601, e.g. 2024-01-15T09:45:00Z) instead of now."), QStringLiteral("TIME"));
    line.parser.addOptions({json, at});
    line.parser.addPositionalArgument(QStringLiteral("RELEASE"), tr("Release id or manifest path (default: the one open release)."), QStringLiteral("[RELEASE]"));
    if (!line.parser.parse(QStringList{QStringLiteral("releasectl")} + args))
        return fail(ExitInvalidInput, parseError(line.parser) + tr("; see 'releasectl status --help'"));
    if (line.parser.isSet(line.help)) {
        m_out << line.helpText();
        return ExitDone;
    }
    const QStringList positional = line.parser.positionalArguments();
    if (positional.size() > 1)
        return fail(ExitInvalidInput, tr("status takes one release; see 'releasectl status --help'"));
    if (line.parser.isSet(line.repo))
        m_repoOption = line.parser.value(line.repo);
    if (!readAt(line.parser.value(at)))
        return ExitInvalidInput;

    Context context;
    int exitCode = ExitDone;
    const ReleaseEntry *entry = loadRelease(context, positional.value(0), true, exitCode);
    if (!entry)
        return exitCode;
    ensureCalendar(context);
    if (line.parser.isSet(json))
        m_out << writeJson(QJsonDocument(statusJson(*entry, checklistTiming(context.repo ? &*context.repo : nullptr, *entry->manifest, m_now),
                                                    readinessOf(*entry->manifest))));
    else
        printDashboard(*entry);
    return ExitDone;
}

int Cli::runCheck(const QStringList &args)
{
    CommandLine line(QStringLiteral("check"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Machine-readable output (see docs/cli.md)."));
    const QCommandLineOption at(QStringLiteral("at"), tr("Judge the release windows and freezes as at TIME (ISO 8601, e.g. 2024-01-23T10:30:00Z) instead of now."), QStringLiteral("TIME"));
    line.parser.addOptions({json, at});
    line.parser.addPositionalArgument(QStringLiteral("RELEASE"), tr("Release id or manifest path (default: the one open release)."), QStringLiteral("[RELEASE]"));
    if (!line.parser.parse(QStringList{QStringLiteral("releasectl")} + args))
        return fail(ExitInvalidInput, parseError(line.parser) + tr("; see 'releasectl check --help'"));
    if (line.parser.isSet(line.help)) {
        m_out << line.helpText();
        return ExitDone;
    }
    const QStringList positional = line.parser.positionalArguments();
    if (positional.size() > 1)
        return fail(ExitInvalidInput, tr("check takes one release; see 'releasectl check --help'"));
    if (line.parser.isSet(line.repo))
        m_repoOption = line.parser.value(line.repo);
    if (!readAt(line.parser.value(at)))
        return ExitInvalidInput;

    Context context;
    int exitCode = ExitDone;
    const ReleaseEntry *entry = loadRelease(context, positional.value(0), true, exitCode);
    if (!entry)
        return exitCode;
    // A deploy gate: rules that cannot be read stop it rather than let it pass unchecked.
    if (!loadCalendar(context, exitCode))
        return exitCode;
    const core::Manifest &m = *entry->manifest;
    const core::Readiness readiness = readinessOf(m);
    if (line.parser.isSet(json)) {
        QJsonObject o{
            {QStringLiteral("id"), m.release.id},
            {QStringLiteral("file"), entry->relativePath},
            {QStringLiteral("status"), core::toString(m.release.status)},
        };
        addReadinessJson(o, readiness);
        m_out << writeJson(QJsonDocument(o));
    } else if (readiness.ready) {
        m_out << paint(QStringLiteral("✓ "), Green) << tr("%1 is ready to deploy").arg(m.release.id) << QLatin1Char('\n');
        if (!readiness.overridden.isEmpty())
            m_out << QStringLiteral("  ")
                  << paint(tr("break-glass override until %1: %2").arg(calendarTime(readiness.overrideEnds), readiness.overridden), Yellow)
                  << QLatin1Char('\n');
    } else {
        m_out << paint(QStringLiteral("✗ "), Red)
              << (readiness.blockers.size() == 1 ? tr("%1 is blocked (1 blocker):").arg(m.release.id)
                                               : tr("%1 is blocked (%2 blockers):").arg(m.release.id).arg(readiness.blockers.size())) << QLatin1Char('\n');
        for (const QString &blocker : readiness.blockers)
            m_out << QStringLiteral("  • ") << blocker << QLatin1Char('\n');
    }
    m_out.flush();
    return readiness.ready ? ExitDone : ExitBlocked;
}

int Cli::runValidate(const QStringList &args)
{
    CommandLine line(QStringLiteral("validate"));
    line.parser.addPositionalArgument(QStringLiteral("FILE"), tr("Manifests to check (default: every manifest under releases/)."), QStringLiteral("[FILE...]"));
    if (!line.parser.parse(QStringList{QStringLiteral("releasectl")} + args))
        return fail(ExitInvalidInput, parseError(line.parser) + tr("; see 'releasectl validate --help'"));
    if (line.parser.isSet(line.help)) {
        m_out << line.helpText();
        return ExitDone;
    }
    if (line.parser.isSet(line.repo))
        m_repoOption = line.parser.value(line.repo);

    int files = 0;
    int errors = 0;
    int warnings = 0;
    const auto report = [&](const std::vector<Diagnostic> &diagnostics) {
        for (const Diagnostic &d : diagnostics) {
            printDiagnostic(d);
            (d.severity == Diagnostic::Severity::Error ? errors : warnings) += 1;
        }
    };

    const QStringList paths = line.parser.positionalArguments();
    if (paths.isEmpty()) {
        Context context;
        if (!scanClone(context))
            return context.repo ? ExitFailed : ExitInvalidInput;
        for (const ReleaseEntry &entry : context.scan.releases) {
            ++files;
            report(entry.errors);
            report(entry.warnings);
        }
        report(context.scan.problems);
    } else {
        // Named files need no clone: this is what a pre-commit hook or CI step calls.
        for (const QString &path : paths) {
            ++files;
            QFile file(QDir(m_options.workingDirectory).absoluteFilePath(path));
            if (!file.open(QIODevice::ReadOnly)) {
                printDiagnostic({Diagnostic::Severity::Error, path, {}, tr("cannot read: %1").arg(file.errorString())});
                ++errors;
                continue;
            }
            const core::ParseResult result = core::parseManifest(file.readAll(), path);
            report(result.errors);
            report(result.warnings);
        }
    }
    const QString summary = counted(files, tr("1 manifest checked"), tr("%1 manifests checked")) + QLatin1String(": ")
        + counted(errors, tr("1 error"), tr("%1 errors")) + QLatin1String(", ")
        + counted(warnings, tr("1 warning"), tr("%1 warnings"));
    m_out << paint(summary, errors ? Red : (warnings ? Yellow : Green)) << Qt::endl;
    return errors ? ExitInvalidInput : ExitDone;
}

// -------------------------------------------------------------------------------------------------

int Cli::runSignOff(const QStringList &args)
{
    CommandLine line(QStringLiteral("signoff"));
    const QCommandLineOption approve(QStringLiteral("approve"), tr("Sign the component off."));
    const QCommandLineOption reject(QStringLiteral("reject"), tr("Reject it, saying why."), QStringLiteral("REASON"));
    const QCommandLineOption reset(QStringLiteral("reset"), tr("Back to pending."));
    const QCommandLineOption by(QStringLiteral("by"), tr("Who signs (default: git config releaseconsole.user)."), QStringLiteral("USER"));
    const QCommandLineOption noCommit(QStringLiteral("no-commit"), tr("Save the file but do not commit it."));
    line.parser.addOptions({approve, reject, reset, by, noCommit});
    line.parser.addPositionalArgument(QStringLiteral("RELEASE"), tr("Release id or manifest path."));
    line.parser.addPositionalArgument(QStringLiteral("COMPONENT"), tr("Component name."));
    if (!line.parser.parse(QStringList{QStringLiteral("releasectl")} + args))
        return fail(ExitInvalidInput, parseError(line.parser) + tr("; see 'releasectl signoff --help'"));
    if (line.parser.isSet(line.help)) {
        m_out << line.helpText();
        return ExitDone;
    }
    const QStringList positional = line.parser.positionalArguments();
    if (positional.size() != 2)
        return fail(ExitInvalidInput, tr("signoff needs RELEASE and COMPONENT; see 'releasectl signoff --help'"));
    const int actions = int(line.parser.isSet(approve)) + int(line.parser.isSet(reject)) + int(line.parser.isSet(reset));
    if (actions != 1)
        return fail(ExitInvalidInput, tr("signoff needs exactly one of --approve, --reject REASON, --reset"));
    if (line.parser.isSet(reject) && line.parser.value(reject).trimmed().isEmpty())
        return fail(ExitInvalidInput, tr("--reject needs a reason: --reject \"what is wrong\""));
    if (line.parser.isSet(line.repo))
        m_repoOption = line.parser.value(line.repo);

    Context context;
    int exitCode = ExitDone;
    const ReleaseEntry *entry = loadRelease(context, positional.at(0), false, exitCode);
    if (!entry)
        return exitCode;
    const core::Expected<QString> component = findComponent(*entry->manifest, positional.at(1));
    if (!component)
        return fail(ExitInvalidInput, component.error().toString());

    core::SignOffEdit edit;
    edit.component = *component;
    edit.at = QDateTime::currentDateTimeUtc();
    edit.at.setTime(QTime(edit.at.time().hour(), edit.at.time().minute(), edit.at.time().second()));
    if (line.parser.isSet(reset)) {
        edit.value = SignOff::Pending;
    } else {
        edit.value = line.parser.isSet(approve) ? SignOff::Approved : SignOff::Rejected;
        edit.reason = line.parser.value(reject).trimmed();
        edit.by = resolveUser(context, line.parser.value(by));
        if (edit.by.isEmpty())
            return ExitInvalidInput;
    }
    const core::Manifest before = *entry->manifest;
    const int signedOff = applyAndCommit(context, *entry, edit, !line.parser.isSet(noCommit));
    if (signedOff == ExitDone && edit.value == SignOff::Approved) {
        const core::Expected<core::Manifest> after = core::applyToManifest(before, edit);
        if (after)
            sendNotifications(context, core::signoffNotifications(before, *after, edit.at));
    }
    return signedOff;
}

int Cli::runChecklist(const QStringList &args)
{
    CommandLine line(QStringLiteral("checklist"));
    const QCommandLineOption done(QStringLiteral("done"), tr("Tick the item."));
    const QCommandLineOption undo(QStringLiteral("undo"), tr("Untick it."));
    const QCommandLineOption by(QStringLiteral("by"), tr("Who did it (default: git config releaseconsole.user)."), QStringLiteral("USER"));
    const QCommandLineOption noCommit(QStringLiteral("no-commit"), tr("Save the file but do not commit it."));
    const QCommandLineOption add(QStringLiteral("add"), tr("Append a checklist template's items that the checklist does not have yet: pre-release, release-day or role:ROLE (team_lead, qa_lead, security, dba, release_manager); may be repeated."), QStringLiteral("TEMPLATE"));
    const QCommandLineOption force(QStringLiteral("force"), tr("With --add role:dba: add the DBA checklist even when no migrations changed."));
    line.parser.addOptions({done, undo, by, noCommit, add, force});
    line.parser.addPositionalArgument(QStringLiteral("RELEASE"), tr("Release id or manifest path."));
    line.parser.addPositionalArgument(QStringLiteral("ITEM"), tr("1-based index, or the item's text (exact or a unique part of it)."));
    if (!line.parser.parse(QStringList{QStringLiteral("releasectl")} + args))
        return fail(ExitInvalidInput, parseError(line.parser) + tr("; see 'releasectl checklist --help'"));
    if (line.parser.isSet(line.help)) {
        m_out << line.helpText();
        return ExitDone;
    }
    const QStringList positional = line.parser.positionalArguments();
    if (line.parser.isSet(add)) {
        if (positional.size() != 1 || line.parser.isSet(done) || line.parser.isSet(undo))
            return fail(ExitInvalidInput, tr("checklist --add takes RELEASE and no ITEM, --done or --undo; see 'releasectl checklist --help'"));
        if (line.parser.isSet(line.repo))
            m_repoOption = line.parser.value(line.repo);
        Context context;
        int exitCode = ExitDone;
        const ReleaseEntry *entry = loadRelease(context, positional.at(0), false, exitCode);
        if (!entry)
            return exitCode;
        return runChecklistAdd(context, *entry, line.parser.values(add), line.parser.isSet(force), line.parser.value(by),
                               !line.parser.isSet(noCommit));
    }
    if (positional.size() != 2)
        return fail(ExitInvalidInput, tr("checklist needs RELEASE and ITEM; see 'releasectl checklist --help'"));
    if (line.parser.isSet(done) == line.parser.isSet(undo))
        return fail(ExitInvalidInput, tr("checklist needs exactly one of --done, --undo"));
    if (line.parser.isSet(line.repo))
        m_repoOption = line.parser.value(line.repo);

    Context context;
    int exitCode = ExitDone;
    const ReleaseEntry *entry = loadRelease(context, positional.at(0), false, exitCode);
    if (!entry)
        return exitCode;
    const core::Expected<int> index = findChecklistItem(*entry->manifest, positional.at(1));
    if (!index)
        return fail(ExitInvalidInput, index.error().toString());

    core::ChecklistEdit edit;
    edit.index = *index;
    edit.done = line.parser.isSet(done);
    edit.at = QDateTime::currentDateTimeUtc();
    edit.at.setTime(QTime(edit.at.time().hour(), edit.at.time().minute(), edit.at.time().second()));
    if (edit.done) {
        edit.by = resolveUser(context, line.parser.value(by));
        if (edit.by.isEmpty())
            return ExitInvalidInput;
    }
    return applyAndCommit(context, *entry, edit, !line.parser.isSet(noCommit));
}

int Cli::runApprove(const QStringList &args)
{
    CommandLine line(QStringLiteral("approve"));
    const QCommandLineOption reject(QStringLiteral("reject"), tr("Reject instead, saying why."), QStringLiteral("REASON"));
    const QCommandLineOption reset(QStringLiteral("reset"), tr("Back to pending."));
    const QCommandLineOption by(QStringLiteral("by"), tr("Who approves (default: git config releaseconsole.user)."), QStringLiteral("USER"));
    const QCommandLineOption noCommit(QStringLiteral("no-commit"), tr("Save the file but do not commit it."));
    line.parser.addOptions({reject, reset, by, noCommit});
    line.parser.addPositionalArgument(QStringLiteral("RELEASE"), tr("Release id or manifest path."));
    line.parser.addPositionalArgument(QStringLiteral("ROLE"), tr("Approval role, e.g. \"Tech Lead\" (or a unique part of it)."));
    if (!line.parser.parse(QStringList{QStringLiteral("releasectl")} + args))
        return fail(ExitInvalidInput, parseError(line.parser) + tr("; see 'releasectl approve --help'"));
    if (line.parser.isSet(line.help)) {
        m_out << line.helpText();
        return ExitDone;
    }
    const QStringList positional = line.parser.positionalArguments();
    if (positional.size() != 2)
        return fail(ExitInvalidInput, tr("approve needs RELEASE and ROLE; see 'releasectl approve --help'"));
    if (line.parser.isSet(reject) && line.parser.isSet(reset))
        return fail(ExitInvalidInput, tr("approve takes --reject or --reset, not both"));
    if (line.parser.isSet(reject) && line.parser.value(reject).trimmed().isEmpty())
        return fail(ExitInvalidInput, tr("--reject needs a reason: --reject \"what is wrong\""));
    if (line.parser.isSet(line.repo))
        m_repoOption = line.parser.value(line.repo);

    Context context;
    int exitCode = ExitDone;
    const ReleaseEntry *entry = loadRelease(context, positional.at(0), false, exitCode);
    if (!entry)
        return exitCode;
    const core::Expected<QString> role = findApprovalRole(*entry->manifest, positional.at(1));
    if (!role)
        return fail(ExitInvalidInput, role.error().toString());

    core::ApprovalEdit edit;
    edit.role = *role;
    edit.at = QDateTime::currentDateTimeUtc();
    edit.at.setTime(QTime(edit.at.time().hour(), edit.at.time().minute(), edit.at.time().second()));
    if (line.parser.isSet(reset)) {
        edit.value = ApprovalStatus::Pending;
    } else {
        edit.value = line.parser.isSet(reject) ? ApprovalStatus::Rejected : ApprovalStatus::Approved;
        edit.reason = line.parser.value(reject).trimmed();
        edit.by = resolveUser(context, line.parser.value(by));
        if (edit.by.isEmpty())
            return ExitInvalidInput;
    }
    return applyAndCommit(context, *entry, edit, !line.parser.isSet(noCommit));
}

int Cli::runTransition(const QStringList &args, const QString &commandName)
{
    CommandLine line(QStringLiteral("transition"));
    const QCommandLineOption noCommit(QStringLiteral("no-commit"), tr("Save the file but do not commit it."));
    line.parser.addOption(noCommit);
    line.parser.addPositionalArgument(QStringLiteral("RELEASE"), tr("Release id or manifest path."));
    line.parser.addPositionalArgument(QStringLiteral("STATUS"), tr("The new status: %1.").arg(core::releaseStatusNames().join(QLatin1String(", "))));
    if (!line.parser.parse(QStringList{QStringLiteral("releasectl")} + args))
        return fail(ExitInvalidInput, parseError(line.parser) + tr("; see 'releasectl %1 --help'").arg(commandName));
    if (line.parser.isSet(line.help)) {
        m_out << line.helpText();
        return ExitDone;
    }
    const QStringList positional = line.parser.positionalArguments();
    if (positional.size() != 2)
        return fail(ExitInvalidInput, tr("%1 needs RELEASE and STATUS; see 'releasectl %1 --help'").arg(commandName));
    if (line.parser.isSet(line.repo))
        m_repoOption = line.parser.value(line.repo);

    // "pending-approval" and "Approved" are what people type; the file wants the wire name.
    const QString statusName = positional.at(1).trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    const std::optional<ReleaseStatus> to = core::releaseStatusFromString(statusName);
    if (!to)
        return fail(ExitInvalidInput, tr("unknown status \"%1\"; statuses: %2")
                                          .arg(positional.at(1), core::releaseStatusNames().join(QLatin1String(", "))));

    Context context;
    int exitCode = ExitDone;
    const ReleaseEntry *entry = loadRelease(context, positional.at(0), false, exitCode);
    if (!entry)
        return exitCode;
    const ReleaseStatus from = entry->manifest->release.status;
    if (!core::canTransition(from, *to)) {
        QStringList allowed;
        for (ReleaseStatus s : AllStatuses)
            if (core::canTransition(from, s))
                allowed << core::toString(s);
        const QString id = entry->manifest->release.id;
        if (from == *to)
            return fail(ExitInvalidInput, tr("%1 is already %2").arg(id, core::toString(from)));
        if (allowed.isEmpty())
            return fail(ExitInvalidInput, tr("%1 cannot move from %2 to %3: %2 is final")
                                              .arg(id, core::toString(from), core::toString(*to)));
        return fail(ExitInvalidInput, tr("%1 cannot move from %2 to %3; from %2 it can go to: %4")
                                          .arg(id, core::toString(from), core::toString(*to), allowed.join(QLatin1String(", "))));
    }
    if (*to == ReleaseStatus::Approved) {
        const QStringList blockers = core::approvalBlockers(*entry->manifest);
        if (!blockers.isEmpty()) {
            QString message = tr("%1 cannot be marked approved until these are done:").arg(entry->manifest->release.id);
            for (const QString &blocker : blockers)
                message += QStringLiteral("\n  \u2022 ") + blocker;
            return fail(ExitBlocked, message);
        }
    }
    return applyAndCommit(context, *entry, core::StatusEdit{*to}, !line.parser.isSet(noCommit));
}

} // namespace rc::cli
