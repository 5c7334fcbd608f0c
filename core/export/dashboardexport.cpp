#include "dashboardexport.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSaveFile>
#include <QUrl>

#include <algorithm>

namespace rc::core {

std::optional<ExportFormat> exportFormatFromString(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("markdown") || n == QLatin1String("md"))
        return ExportFormat::Markdown;
    if (n == QLatin1String("html") || n == QLatin1String("htm"))
        return ExportFormat::Html;
    return std::nullopt;
}

QString exportFormatName(ExportFormat format)
{
    return format == ExportFormat::Html ? QStringLiteral("html") : QStringLiteral("markdown");
}

QString exportFileSuffix(ExportFormat format)
{
    return format == ExportFormat::Html ? QStringLiteral("html") : QStringLiteral("md");
}

QStringList exportFormatNames()
{
    return {QStringLiteral("markdown"), QStringLiteral("html")};
}

namespace {

/// DashboardExport's context, under a name lupdate resolves (it does not follow aliases).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rc::core::DashboardExport)
};

// How a cell reads at a glance; HTML colours it, Markdown relies on the emoji in the text.
enum class Tone { Plain, Good, Waiting, Bad, Muted };

struct Cell
{
    QString text;
    Tone tone = Tone::Plain;
    QString href; ///< a link (relative path or #anchor); empty: plain text
};

struct Table
{
    QStringList headers;
    std::vector<std::vector<Cell>> rows;
};

struct Action
{
    QString label;
    bool enabled = true;
    QString href; ///< where the action is a link (the manifest)
    QString note; ///< why it is disabled, or what it would do
    QString command; ///< the releasectl command that does it
};

// Everything one release's section shows, decided once so both formats say the same.
struct ReleaseView
{
    QString heading;
    QString anchor;
    Table summary;
    Table components;
    Table checklist;
    Table approvals;
    bool finished = false;
    QString finishedNote;
    bool ready = false;
    QStringList blockers;
    std::vector<Action> actions;
};

// Text from a manifest may hold anything YAML can carry; controls would break a table row or
// make the HTML ill-formed, so they become spaces (line breaks included: cells are one line).
QString clean(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
            continue;
        }
        if (c.isSurrogate() || c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0)
            || c.unicode() == 0xfffe || c.unicode() == 0xffff)
            out += QLatin1Char(' ');
        else
            out += c;
    }
    return out;
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

QString formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    // The C locale keeps the output the same on every machine; golden files depend on it.
    return QLocale::c().toString(time.toUTC(), QStringLiteral("MMM d, yyyy HH:mm 'UTC'"));
}

QString statusLabel(ReleaseStatus status)
{
    switch (status) {
    case ReleaseStatus::Draft:
        return QStringLiteral("📝 ") + Tr::tr("Draft");
    case ReleaseStatus::PendingApproval:
        return QStringLiteral("🟡 ") + Tr::tr("Pending Approval");
    case ReleaseStatus::Approved:
        return QStringLiteral("✅ ") + Tr::tr("Approved");
    case ReleaseStatus::Deploying:
        return QStringLiteral("🚀 ") + Tr::tr("Deploying");
    case ReleaseStatus::Deployed:
        return QStringLiteral("🟢 ") + Tr::tr("Deployed");
    case ReleaseStatus::RolledBack:
        return QStringLiteral("⏪ ") + Tr::tr("Rolled Back");
    case ReleaseStatus::Cancelled:
        return QStringLiteral("🚫 ") + Tr::tr("Cancelled");
    }
    return {};
}

Tone statusTone(ReleaseStatus status)
{
    switch (status) {
    case ReleaseStatus::Approved:
    case ReleaseStatus::Deployed:
        return Tone::Good;
    case ReleaseStatus::PendingApproval:
    case ReleaseStatus::Deploying:
        return Tone::Waiting;
    case ReleaseStatus::RolledBack:
        return Tone::Bad;
    case ReleaseStatus::Draft:
    case ReleaseStatus::Cancelled:
        return Tone::Muted;
    }
    return Tone::Plain;
}

bool isFinished(ReleaseStatus status)
{
    return status == ReleaseStatus::Deployed || status == ReleaseStatus::RolledBack || status == ReleaseStatus::Cancelled;
}

bool isCancellable(ReleaseStatus status)
{
    return status == ReleaseStatus::Draft || status == ReleaseStatus::PendingApproval || status == ReleaseStatus::Approved;
}

// Release ids are usually plain, but the command is meant to be pasted into a shell.
QString shellArgument(const QString &text)
{
    static const QString safe = QStringLiteral("._@%+=:,/-");
    const bool plain = !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c.unicode() < 0x80 && c.isLetterOrNumber()) || safe.contains(c);
    });
    if (plain)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString versionText(const Component &c)
{
    if (c.currentVersion.isEmpty())
        return orDash(c.newVersion);
    if (c.newVersion.isEmpty() || c.newVersion == c.currentVersion)
        return c.currentVersion;
    return c.currentVersion + QStringLiteral(" → ") + c.newVersion;
}

QString withReason(const QString &label, const QString &reason)
{
    return reason.isEmpty() ? label : label + QLatin1String(": ") + reason;
}

Cell signOffCell(const Component &c)
{
    switch (c.signOff) {
    case SignOff::Approved:
        return {QStringLiteral("✅ ") + Tr::tr("Approved"), Tone::Good, {}};
    case SignOff::Pending:
        return {QStringLiteral("🟡 ") + Tr::tr("Pending"), Tone::Waiting, {}};
    case SignOff::Rejected:
        return {withReason(QStringLiteral("❌ ") + Tr::tr("Rejected"), c.reason), Tone::Bad, {}};
    case SignOff::NotRequired:
        return {QStringLiteral("⏭️ ") + Tr::tr("No changes"), Tone::Muted, {}};
    }
    return {};
}

Cell componentStatusCell(SignOff signOff)
{
    switch (signOff) {
    case SignOff::Approved:
        return {Tr::tr("Ready"), Tone::Good, {}};
    case SignOff::Pending:
        return {Tr::tr("Waiting"), Tone::Waiting, {}};
    case SignOff::Rejected:
        return {Tr::tr("Blocked"), Tone::Bad, {}};
    case SignOff::NotRequired:
        return {Tr::tr("Skip"), Tone::Muted, {}};
    }
    return {};
}

// "integration_tests" reads as "Integration tests".
QString humanize(const QString &key)
{
    QString text = key;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    text.replace(QLatin1Char('-'), QLatin1Char(' '));
    text = text.simplified();
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

Cell validationCell(const ValidationEntry &entry)
{
    const QString value = entry.value.trimmed().toLower();
    if (entry.failed) {
        if (value == QLatin1String("false"))
            return {QStringLiteral("❌ ") + Tr::tr("No"), Tone::Bad, {}};
        return {QStringLiteral("❌ ") + humanize(entry.value), Tone::Bad, {}};
    }
    if (value == QLatin1String("true"))
        return {QStringLiteral("✅ ") + Tr::tr("Yes"), Tone::Good, {}};
    static const QStringList good = {QStringLiteral("passed"), QStringLiteral("pass"), QStringLiteral("success"),
                                     QStringLiteral("succeeded"), QStringLiteral("ok"), QStringLiteral("clean"),
                                     QStringLiteral("green"), QStringLiteral("done"), QStringLiteral("completed")};
    if (good.contains(value))
        return {QStringLiteral("✅ ") + humanize(entry.value), Tone::Good, {}};
    static const QStringList waiting = {QStringLiteral("pending"), QStringLiteral("running"), QStringLiteral("in_progress"),
                                        QStringLiteral("queued"), QStringLiteral("waiting")};
    if (waiting.contains(value))
        return {QStringLiteral("🟡 ") + humanize(entry.value), Tone::Waiting, {}};
    const QDateTime time = QDateTime::fromString(entry.value.trimmed(), Qt::ISODate);
    if (time.isValid())
        return {formatTime(time), Tone::Plain, {}};
    return {orDash(entry.value), Tone::Plain, {}};
}

Cell approvalCell(const Approval &a)
{
    switch (a.status) {
    case ApprovalStatus::Approved: {
        QString text = QStringLiteral("✅ ") + Tr::tr("Approved");
        if (!a.approvedBy.isEmpty() && a.approvedBy != a.user)
            text += QLatin1Char(' ') + Tr::tr("by %1").arg(a.approvedBy);
        return {text, Tone::Good, {}};
    }
    case ApprovalStatus::Pending:
        return {QStringLiteral("🟡 ") + Tr::tr("Pending"), Tone::Waiting, {}};
    case ApprovalStatus::Rejected:
        return {withReason(QStringLiteral("❌ ") + Tr::tr("Rejected"), a.reason), Tone::Bad, {}};
    }
    return {};
}

// GitHub numbers repeated heading anchors "-1", "-2", ... in document order; this mirrors it so
// the index's links land on the right section.
class Slugger
{
public:
    QString take(const QString &heading)
    {
        const QString base = DashboardExport::headingSlug(heading);
        QString slug = base;
        int &count = m_seen[base];
        if (count > 0)
            slug = base + QLatin1Char('-') + QString::number(count);
        ++count;
        // A numbered slug may itself be a heading's plain slug ("a-1"); count it too.
        if (slug != base)
            ++m_seen[slug];
        return slug;
    }

private:
    QHash<QString, int> m_seen;
};

// The headings each section writes after its own, so the slugger sees them as GitHub does.
QStringList sectionSubheadings()
{
    return {Tr::tr("Components"), Tr::tr("Checklist"), Tr::tr("Approvals"), Tr::tr("Readiness"), Tr::tr("Actions")};
}

ReleaseView buildView(const DashboardRelease &input, const QString &heading, Slugger &slugger)
{
    const Manifest &m = input.manifest;
    ReleaseView view;
    view.heading = clean(heading);
    view.anchor = slugger.take(view.heading);
    for (const QString &sub : sectionSubheadings())
        slugger.take(sub);

    const QString id = clean(m.release.id);
    view.summary.headers = {Tr::tr("Status"), Tr::tr("Scheduled"), Tr::tr("Release Manager")};
    view.summary.rows.push_back({{statusLabel(m.release.status), statusTone(m.release.status), {}},
                                 {m.release.scheduledAt.isValid() ? formatTime(m.release.scheduledAt) : Tr::tr("Not scheduled"),
                                  m.release.scheduledAt.isValid() ? Tone::Plain : Tone::Muted, {}},
                                 {orDash(clean(m.release.releaseManager)), Tone::Plain, {}}});
    if (!m.release.type.isEmpty()) {
        view.summary.headers << Tr::tr("Type");
        view.summary.rows.back().push_back({humanize(clean(m.release.type)), Tone::Plain, {}});
    }

    view.components.headers = {Tr::tr("Component"), Tr::tr("Version"), Tr::tr("Team"), Tr::tr("Sign-off"), Tr::tr("Status")};
    for (const Component &c : m.components) {
        Cell signOff = signOffCell(c);
        signOff.text = clean(signOff.text);
        view.components.rows.push_back({{clean(c.name), Tone::Plain, {}},
                                        {clean(versionText(c)), Tone::Plain, {}},
                                        {orDash(clean(c.team)), Tone::Plain, {}},
                                        signOff,
                                        componentStatusCell(c.signOff)});
    }

    view.checklist.headers = {Tr::tr("Item"), Tr::tr("Status"), Tr::tr("Owner")};
    {
        const int needed = m.signOffsNeeded();
        const int approved = m.signOffsApproved();
        const bool rejected = std::any_of(m.components.begin(), m.components.end(),
                                          [](const Component &c) { return c.signOff == SignOff::Rejected; });
        const QString count = QStringLiteral("%1/%2").arg(approved).arg(needed);
        Cell status;
        if (rejected)
            status = {QStringLiteral("❌ ") + count, Tone::Bad, {}};
        else if (approved == needed)
            status = {QStringLiteral("✅ ") + count, Tone::Good, {}};
        else
            status = {QStringLiteral("🟡 ") + count, Tone::Waiting, {}};
        view.checklist.rows.push_back({{Tr::tr("All team sign-offs"), Tone::Plain, {}}, status, {Tr::tr("Teams"), Tone::Plain, {}}});
    }
    for (const ValidationEntry &entry : m.validation) {
        Cell value = validationCell(entry);
        value.text = clean(value.text);
        view.checklist.rows.push_back({{clean(humanize(entry.key)), Tone::Plain, {}}, value, {Tr::tr("CI"), Tone::Plain, {}}});
    }
    for (const ChecklistItem &item : m.checklist) {
        QString text = clean(item.item);
        if (item.required)
            text += QLatin1Char(' ') + Tr::tr("(required)");
        const bool done = item.status == ChecklistStatus::Completed;
        Cell status = done ? Cell{QStringLiteral("✅ ") + Tr::tr("Done"), Tone::Good, {}}
                           : Cell{QStringLiteral("🟡 ") + Tr::tr("Pending"), item.required ? Tone::Bad : Tone::Waiting, {}};
        QString owner = clean(item.completedBy);
        if (done && item.completedAt.isValid())
            owner = owner.isEmpty() ? formatTime(item.completedAt) : owner + QStringLiteral(" · ") + formatTime(item.completedAt);
        view.checklist.rows.push_back({{text, Tone::Plain, {}}, status, {orDash(owner), owner.isEmpty() ? Tone::Muted : Tone::Plain, {}}});
    }

    view.approvals.headers = {Tr::tr("Role"), Tr::tr("Approver"), Tr::tr("Status")};
    for (const Approval &a : m.approvals) {
        Cell status = approvalCell(a);
        status.text = clean(status.text);
        view.approvals.rows.push_back({{clean(a.role), Tone::Plain, {}}, {orDash(clean(a.user)), Tone::Plain, {}}, status});
    }

    view.finished = isFinished(m.release.status);
    if (view.finished)
        view.finishedNote = Tr::tr("This release is %1; there is nothing left to deploy.").arg(toString(m.release.status));
    view.ready = input.readiness.ready;
    for (const QString &blocker : input.readiness.blockers)
        view.blockers << clean(blocker);

    // Actions, as the seed lists them, each saying whether it applies now and why not.
    QStringList missing;
    for (const Component &c : m.components)
        if (c.signOff == SignOff::Pending)
            missing << (c.teamLead.isEmpty() ? clean(c.name) : QStringLiteral("%1 (%2)").arg(clean(c.name), clean(c.teamLead)));
    Action request{Tr::tr("Request Missing Sign-offs"), !missing.isEmpty() && !view.finished, {}, {}, {}};
    if (view.finished)
        request.note = Tr::tr("not available: the release is %1").arg(toString(m.release.status));
    else if (missing.isEmpty())
        request.note = Tr::tr("not needed: no sign-off is pending");
    else {
        request.note = Tr::tr("pending: %1").arg(missing.join(QLatin1String(", ")));
        request.command = QStringLiteral("releasectl signoffs request %1").arg(shellArgument(id));
    }
    view.actions.push_back(request);

    Action manifest{Tr::tr("View Full Manifest"), !input.manifestLink.isEmpty(), input.manifestLink, {}, {}};
    if (input.manifestLink.isEmpty())
        manifest.note = Tr::tr("not available: the manifest's location is unknown");
    view.actions.push_back(manifest);

    Action deploy{Tr::tr("Start Deployment"), view.ready, {}, {}, {}};
    if (view.ready) {
        deploy.note = Tr::tr("ready: every sign-off, approval and required check is in");
        deploy.command = QStringLiteral("releasectl deploy %1").arg(shellArgument(id));
    } else if (view.finished) {
        deploy.note = Tr::tr("disabled: the release is %1").arg(toString(m.release.status));
    } else {
        deploy.note = view.blockers.size() == 1 ? Tr::tr("disabled until all approved: 1 blocker, see Readiness")
                                                : Tr::tr("disabled until all approved: %1 blockers, see Readiness").arg(view.blockers.size());
    }
    view.actions.push_back(deploy);

    if (isCancellable(m.release.status)) {
        Action cancel{Tr::tr("Cancel Release"), true, {}, Tr::tr("possible until deployment starts"), {}};
        cancel.command = QStringLiteral("releasectl transition %1 cancelled").arg(shellArgument(id));
        view.actions.push_back(cancel);
    }
    return view;
}

QString indexHeading()
{
    return Tr::tr("Release Dashboard");
}

// ------------------------------------------------------------------------------------------------
// Markdown (GitHub-flavoured)

// Backslash-escapes what could start inline markup or end a table cell. GFM lets any ASCII
// punctuation be escaped, and a pipe must be escaped inside a table whatever surrounds it.
QString mdInline(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_[]<>|~&!");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

// As mdInline(), and also keeps a list item's text from opening a heading, a quote, a nested
// list or a numbered one.
QString mdBlock(const QString &text)
{
    QString out = mdInline(text);
    if (out.isEmpty())
        return out;
    static const QString starters = QStringLiteral("#>+-=");
    if (starters.contains(out.at(0)))
        return QLatin1Char('\\') + out;
    qsizetype digits = 0;
    while (digits < out.size() && digits < 9 && out.at(digits).isDigit())
        ++digits;
    if (digits > 0 && digits < out.size() && (out.at(digits) == QLatin1Char('.') || out.at(digits) == QLatin1Char(')')))
        out.insert(digits, QLatin1Char('\\'));
    return out;
}

// A link target: percent-encoded so spaces, parentheses and angle brackets cannot end it early.
QString mdHref(const QString &href)
{
    if (href.startsWith(QLatin1Char('#')))
        return QLatin1Char('#') + QString::fromUtf8(QUrl::toPercentEncoding(href.mid(1), "-_"));
    return QString::fromUtf8(QUrl::toPercentEncoding(href, "/-_.~"));
}

QString mdCell(const Cell &cell)
{
    if (cell.href.isEmpty())
        return mdInline(cell.text);
    return QLatin1Char('[') + mdInline(cell.text) + QLatin1String("](") + mdHref(cell.href) + QLatin1Char(')');
}

void mdTable(QString &out, const Table &table)
{
    QStringList headers;
    for (const QString &header : table.headers)
        headers << mdInline(header);
    out += QLatin1String("| ") + headers.join(QLatin1String(" | ")) + QLatin1String(" |\n|");
    for (qsizetype i = 0; i < table.headers.size(); ++i)
        out += QLatin1String(" --- |");
    out += QLatin1Char('\n');
    for (const std::vector<Cell> &row : table.rows) {
        out += QLatin1Char('|');
        for (const Cell &cell : row)
            out += QLatin1Char(' ') + mdCell(cell) + QLatin1String(" |");
        out += QLatin1Char('\n');
    }
}

void mdSection(QString &out, const ReleaseView &view)
{
    out += QLatin1String("## ") + mdInline(view.heading) + QLatin1String("\n\n");
    mdTable(out, view.summary);

    out += QLatin1String("\n### ") + Tr::tr("Components") + QLatin1String("\n\n");
    if (view.components.rows.empty())
        out += Tr::tr("No components.") + QLatin1Char('\n');
    else
        mdTable(out, view.components);

    out += QLatin1String("\n### ") + Tr::tr("Checklist") + QLatin1String("\n\n");
    mdTable(out, view.checklist);

    out += QLatin1String("\n### ") + Tr::tr("Approvals") + QLatin1String("\n\n");
    if (view.approvals.rows.empty())
        out += Tr::tr("No approvals recorded.") + QLatin1Char('\n');
    else
        mdTable(out, view.approvals);

    out += QLatin1String("\n### ") + Tr::tr("Readiness") + QLatin1String("\n\n");
    if (view.finished) {
        out += mdBlock(view.finishedNote) + QLatin1Char('\n');
    } else if (view.ready) {
        out += QStringLiteral("✅ ") + Tr::tr("Ready to deploy.") + QLatin1Char('\n');
    } else {
        out += QStringLiteral("⛔ ") + Tr::tr("Blocked:") + QLatin1String("\n\n");
        for (const QString &blocker : view.blockers)
            out += QLatin1String("- ") + mdBlock(blocker) + QLatin1Char('\n');
    }

    out += QLatin1String("\n### ") + Tr::tr("Actions") + QLatin1String("\n\n");
    for (const Action &action : view.actions) {
        out += QLatin1String("- ");
        if (!action.href.isEmpty())
            out += QLatin1Char('[') + mdInline(action.label) + QLatin1String("](") + mdHref(action.href) + QLatin1Char(')');
        else
            out += QLatin1String("\\[") + mdInline(action.label) + QLatin1String("\\]");
        if (!action.note.isEmpty())
            out += QLatin1String(" (") + mdInline(action.note) + QLatin1Char(')');
        if (!action.command.isEmpty()) {
            // Manifest ids cannot hold a backtick's worth of trouble, but a code span with one
            // inside needs longer fences, and a pipe cannot appear here (not in a table).
            const QString fence = action.command.contains(QLatin1Char('`')) ? QStringLiteral("`` ") : QStringLiteral("`");
            const QString close = fence.size() > 1 ? QStringLiteral(" ``") : QStringLiteral("`");
            out += QLatin1String(": ") + fence + action.command + close;
        }
        out += QLatin1Char('\n');
    }
}

QString mdFooter(const DashboardOptions &options)
{
    if (!options.generatedAt.isValid())
        return {};
    return QLatin1String("\n---\n\n") + mdInline(Tr::tr("Generated by Release Console on %1.").arg(formatTime(options.generatedAt)))
        + QLatin1Char('\n');
}

// ------------------------------------------------------------------------------------------------
// HTML (well-formed, self-contained)

// Every character that is markup in HTML or XML, so the page stays parsable by both.
QString h(const QString &text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\'': out += QLatin1String("&#39;"); break;
        default: out += c;
        }
    }
    return out;
}

QString hHref(const QString &href)
{
    return h(mdHref(href));
}

const char *toneClass(Tone tone)
{
    switch (tone) {
    case Tone::Good: return "good";
    case Tone::Waiting: return "waiting";
    case Tone::Bad: return "bad";
    case Tone::Muted: return "muted";
    case Tone::Plain: break;
    }
    return nullptr;
}

QString hCell(const Cell &cell)
{
    QString inner = h(cell.text);
    if (!cell.href.isEmpty())
        inner = QLatin1String("<a href=\"") + hHref(cell.href) + QLatin1String("\">") + inner + QLatin1String("</a>");
    if (const char *cls = toneClass(cell.tone))
        inner = QLatin1String("<span class=\"") + QLatin1String(cls) + QLatin1String("\">") + inner + QLatin1String("</span>");
    return inner;
}

void hTable(QString &out, const Table &table, const QString &caption = {})
{
    out += QLatin1String("<table>\n");
    if (!caption.isEmpty())
        out += QLatin1String("<caption>") + h(caption) + QLatin1String("</caption>\n");
    out += QLatin1String("<thead><tr>");
    for (const QString &header : table.headers)
        out += QLatin1String("<th scope=\"col\">") + h(header) + QLatin1String("</th>");
    out += QLatin1String("</tr></thead>\n<tbody>\n");
    for (const std::vector<Cell> &row : table.rows) {
        out += QLatin1String("<tr>");
        for (const Cell &cell : row)
            out += QLatin1String("<td>") + hCell(cell) + QLatin1String("</td>");
        out += QLatin1String("</tr>\n");
    }
    out += QLatin1String("</tbody>\n</table>\n");
}

const char Css[] = R"css(
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0;
  --head: #f6f8fa; --link: #0969da; --good: #1a7f37; --waiting: #9a6700; --bad: #d1242f; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; --head: #151b23;
    --link: #4493f8; --good: #3fb950; --waiting: #d29922; --bad: #f85149; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 15px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji"; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.8rem; margin: 0 0 1rem; padding-bottom: .3rem; border-bottom: 1px solid var(--border); }
h2 { font-size: 1.4rem; margin: 2rem 0 .75rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
a { color: var(--link); }
table { border-collapse: collapse; margin: 0 0 1rem; min-width: 50%; }
caption { text-align: left; color: var(--muted); padding: .25rem 0; }
th, td { border: 1px solid var(--border); padding: .35rem .75rem; text-align: left; vertical-align: top; }
th { background: var(--head); font-weight: 600; }
.good { color: var(--good); }
.waiting { color: var(--waiting); }
.bad { color: var(--bad); font-weight: 600; }
.muted { color: var(--muted); }
nav + section.release, section.release + section.release { border-top: 1px solid var(--border); }
ul.blockers li { color: var(--bad); }
ul.actions { list-style: none; padding: 0; }
ul.actions li { margin: .4rem 0; }
.action { display: inline-block; padding: .2rem .7rem; border: 1px solid var(--border); border-radius: 6px;
  background: var(--head); color: var(--fg); font-weight: 600; text-decoration: none; }
a.action { color: var(--link); }
.action.disabled { opacity: .55; cursor: not-allowed; }
.note { color: var(--muted); margin-left: .5rem; }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--head);
  padding: .1rem .3rem; border-radius: 4px; }
footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; }
@media print {
  :root { --bg: #ffffff; --fg: #000000; --muted: #444444; --border: #999999; --head: #eeeeee; --link: #000000;
    --good: #000000; --waiting: #000000; --bad: #000000; }
  main { max-width: none; padding: 0; }
  section.release, table, tr { break-inside: avoid; }
  a[href]::after { content: " (" attr(href) ")"; font-weight: normal; }
  .action { border: none; padding: 0; background: none; }
}
)css";

QString hHead(const QString &title)
{
    return QLatin1String("<!DOCTYPE html>\n<html lang=\"") + h(Tr::tr("en", "the language of exported pages (HTML lang)"))
        + QLatin1String("\">\n<head>\n<meta charset=\"utf-8\" />\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
                        "<meta name=\"color-scheme\" content=\"light dark\" />\n"
                        "<meta name=\"generator\" content=\"Release Console\" />\n<title>")
        + h(title) + QLatin1String("</title>\n<style>") + QString::fromUtf8(Css) + QLatin1String("</style>\n</head>\n<body>\n<main>\n");
}

QString hFoot(const DashboardOptions &options)
{
    QString out;
    if (options.generatedAt.isValid())
        out += QLatin1String("<footer>") + h(Tr::tr("Generated by Release Console on %1.").arg(formatTime(options.generatedAt)))
            + QLatin1String("</footer>\n");
    return out + QLatin1String("</main>\n</body>\n</html>\n");
}

void hSection(QString &out, const ReleaseView &view)
{
    out += QLatin1String("<section class=\"release\" id=\"") + h(view.anchor) + QLatin1String("\">\n<h2>") + h(view.heading)
        + QLatin1String("</h2>\n");
    hTable(out, view.summary);

    out += QLatin1String("<h3>") + h(Tr::tr("Components")) + QLatin1String("</h3>\n");
    if (view.components.rows.empty())
        out += QLatin1String("<p class=\"muted\">") + h(Tr::tr("No components.")) + QLatin1String("</p>\n");
    else
        hTable(out, view.components);

    out += QLatin1String("<h3>") + h(Tr::tr("Checklist")) + QLatin1String("</h3>\n");
    hTable(out, view.checklist);

    out += QLatin1String("<h3>") + h(Tr::tr("Approvals")) + QLatin1String("</h3>\n");
    if (view.approvals.rows.empty())
        out += QLatin1String("<p class=\"muted\">") + h(Tr::tr("No approvals recorded.")) + QLatin1String("</p>\n");
    else
        hTable(out, view.approvals);

    out += QLatin1String("<h3>") + h(Tr::tr("Readiness")) + QLatin1String("</h3>\n");
    if (view.finished) {
        out += QLatin1String("<p class=\"muted\">") + h(view.finishedNote) + QLatin1String("</p>\n");
    } else if (view.ready) {
        out += QStringLiteral("<p class=\"good\">✅ ") + h(Tr::tr("Ready to deploy.")) + QLatin1String("</p>\n");
    } else {
        out += QStringLiteral("<p class=\"bad\">⛔ ") + h(Tr::tr("Blocked:")) + QLatin1String("</p>\n<ul class=\"blockers\">\n");
        for (const QString &blocker : view.blockers)
            out += QLatin1String("<li>") + h(blocker) + QLatin1String("</li>\n");
        out += QLatin1String("</ul>\n");
    }

    out += QLatin1String("<h3>") + h(Tr::tr("Actions")) + QLatin1String("</h3>\n<ul class=\"actions\">\n");
    for (const Action &action : view.actions) {
        out += QLatin1String("<li>");
        if (!action.href.isEmpty())
            out += QLatin1String("<a class=\"action\" href=\"") + hHref(action.href) + QLatin1String("\">") + h(action.label)
                + QLatin1String("</a>");
        else if (action.enabled)
            out += QLatin1String("<span class=\"action\">") + h(action.label) + QLatin1String("</span>");
        else
            out += QLatin1String("<span class=\"action disabled\" aria-disabled=\"true\">") + h(action.label)
                + QLatin1String("</span>");
        if (!action.note.isEmpty())
            out += QLatin1String("<span class=\"note\">") + h(action.note) + QLatin1String("</span>");
        if (!action.command.isEmpty())
            out += QLatin1String(" <code>") + h(action.command) + QLatin1String("</code>");
        out += QLatin1String("</li>\n");
    }
    out += QLatin1String("</ul>\n</section>\n");
}

} // namespace

QString DashboardExport::headingSlug(const QString &text)
{
    QString slug;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            slug += c;
        else if (c == QLatin1Char(' '))
            slug += QLatin1Char('-');
    }
    return slug;
}

QByteArray DashboardExport::release(const DashboardRelease &release, ExportFormat format, const DashboardOptions &options)
{
    Slugger slugger;
    slugger.take(indexHeading());
    const ReleaseView view = buildView(release, tr("Current Release: %1").arg(release.manifest.release.id), slugger);
    QString out;
    if (format == ExportFormat::Markdown) {
        out += QLatin1String("# ") + indexHeading() + QLatin1String("\n\n");
        mdSection(out, view);
        out += mdFooter(options);
    } else {
        out += hHead(tr("Release Dashboard: %1").arg(clean(release.manifest.release.id)));
        out += QLatin1String("<h1>") + h(indexHeading()) + QLatin1String("</h1>\n");
        hSection(out, view);
        out += hFoot(options);
    }
    return out.toUtf8();
}

QByteArray DashboardExport::index(const std::vector<DashboardRelease> &releases, ExportFormat format,
                                  const DashboardOptions &options)
{
    Slugger slugger;
    slugger.take(indexHeading());
    std::vector<ReleaseView> views;
    views.reserve(releases.size());
    for (const DashboardRelease &r : releases)
        views.push_back(buildView(r, r.manifest.release.id, slugger));

    Table table;
    table.headers = {tr("Release"), tr("Status"), tr("Scheduled"), tr("Sign-offs"), tr("Readiness")};
    for (std::size_t i = 0; i < releases.size(); ++i) {
        const Manifest &m = releases[i].manifest;
        const ReleaseView &view = views[i];
        Cell readiness;
        if (view.finished)
            readiness = {QStringLiteral("—"), Tone::Muted, {}};
        else if (view.ready)
            readiness = {QStringLiteral("✅ ") + tr("Ready"), Tone::Good, {}};
        else
            readiness = {QStringLiteral("⛔ ")
                             + (view.blockers.size() == 1 ? tr("1 blocker") : tr("%1 blockers").arg(view.blockers.size())),
                         Tone::Bad, {}};
        table.rows.push_back({{clean(m.release.id), Tone::Plain, QLatin1Char('#') + view.anchor},
                              {statusLabel(m.release.status), statusTone(m.release.status), {}},
                              {m.release.scheduledAt.isValid() ? formatTime(m.release.scheduledAt) : tr("Not scheduled"),
                               m.release.scheduledAt.isValid() ? Tone::Plain : Tone::Muted, {}},
                              {QStringLiteral("%1/%2").arg(m.signOffsApproved()).arg(m.signOffsNeeded()), Tone::Plain, {}},
                              readiness});
    }

    const QString summary = releases.size() == 1 ? tr("1 release, newest first.")
                                                 : tr("%1 releases, newest first.").arg(releases.size());
    QString out;
    if (format == ExportFormat::Markdown) {
        out += QLatin1String("# ") + indexHeading() + QLatin1String("\n\n");
        if (releases.empty()) {
            out += tr("No releases under releases/.") + QLatin1Char('\n');
        } else {
            out += summary + QLatin1String("\n\n");
            mdTable(out, table);
            for (const ReleaseView &view : views) {
                out += QLatin1Char('\n');
                mdSection(out, view);
            }
        }
        out += mdFooter(options);
    } else {
        out += hHead(indexHeading());
        out += QLatin1String("<h1>") + h(indexHeading()) + QLatin1String("</h1>\n");
        if (releases.empty()) {
            out += QLatin1String("<p class=\"muted\">") + h(tr("No releases under releases/.")) + QLatin1String("</p>\n");
        } else {
            out += QLatin1String("<nav>\n");
            hTable(out, table, summary);
            out += QLatin1String("</nav>\n");
            for (const ReleaseView &view : views)
                hSection(out, view);
        }
        out += hFoot(options);
    }
    return out.toUtf8();
}

Expected<Done> writeExportFile(const QString &path, const QByteArray &bytes)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Error{DashboardExport::tr("%1 is a folder; give a file name such as %1/dashboard.html").arg(QDir::toNativeSeparators(path)), {}};
    if (!info.absoluteDir().exists())
        return Error{DashboardExport::tr("cannot write %1: the folder %2 does not exist; create it or choose another place")
                         .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(info.absolutePath())),
                     {}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{DashboardExport::tr("cannot write %1: %2; choose a place you may write to").arg(QDir::toNativeSeparators(path), file.errorString()), {}};
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{DashboardExport::tr("cannot write %1: %2; nothing was changed").arg(QDir::toNativeSeparators(path), file.errorString()), {}};
    return Done{};
}

} // namespace rc::core
