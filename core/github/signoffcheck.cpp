#include "signoffcheck.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace rc::core {

namespace {

QString normalLogin(QString login)
{
    login = login.trimmed();
    if (login.startsWith(QLatin1Char('@')))
        login.remove(0, 1);
    return login.toLower();
}

// Whole numbers a double holds exactly; anything else is not an id GitHub would send.
bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && std::abs(v.toDouble()) <= 9007199254740992.0 && v.toDouble() == std::trunc(v.toDouble());
}

Error apiError(const QString &what, const QString &detail)
{
    return Error{QStringLiteral("%1: %2; the server's answer does not follow GitHub's REST API (version 2022-11-28): "
                                "check the API base URL")
                     .arg(what, detail),
                 {}};
}

QString missingOrWrong(const QString &field, const QJsonValue &v, const char *expected)
{
    if (v.isUndefined())
        return QStringLiteral("field \"%1\" is missing").arg(field);
    return QStringLiteral("field \"%1\" should be %2").arg(field, QLatin1String(expected));
}

enum class Kind { Approve, Reject };

struct Command
{
    Kind kind;
    QString line;
    QString reason;
};

struct Scan
{
    std::vector<Command> commands;
    std::vector<std::pair<QString, QString>> ignored; // line, why
};

int indentOf(const QString &line)
{
    int width = 0;
    for (QChar c : line) {
        if (c == QLatin1Char(' '))
            ++width;
        else if (c == QLatin1Char('\t'))
            width += 4 - width % 4;
        else
            break;
    }
    return width;
}

// A fence: three or more backticks or tildes at the start of a line indented by at most three.
int fenceLength(const QString &trimmed, QChar *fenceChar)
{
    if (trimmed.isEmpty() || (trimmed[0] != QLatin1Char('`') && trimmed[0] != QLatin1Char('~')))
        return 0;
    const QChar c = trimmed[0];
    int n = 0;
    while (n < trimmed.size() && trimmed[n] == c)
        ++n;
    if (n < 3)
        return 0;
    *fenceChar = c;
    return n;
}

bool mentionsCommand(const QString &text)
{
    static const QRegularExpression mention(QStringLiteral("/(approve|reject)\\b"), QRegularExpression::CaseInsensitiveOption);
    return mention.match(text).hasMatch();
}

Scan scanComment(const QString &body)
{
    static const QRegularExpression command(QStringLiteral("\\A/(approve|reject)(?:\\s+(.*))?\\z"),
                                            QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    Scan scan;
    QChar fenceChar;
    int fence = 0; // length of the open fence, 0 outside one
    bool inHtmlComment = false;
    auto ignore = [&](const QString &trimmed, const QString &why) {
        if (mentionsCommand(trimmed))
            scan.ignored.emplace_back(trimmed, why);
    };

    const QStringList lines = body.split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (inHtmlComment) {
            ignore(trimmed, QObject::tr("inside an HTML comment, so nobody sees it"));
            if (trimmed.contains(QLatin1String("-->")))
                inHtmlComment = false;
            continue;
        }
        const int indent = indentOf(line);
        if (fence > 0) {
            QChar c;
            if (indent <= 3 && fenceLength(trimmed, &c) >= fence && c == fenceChar
                && trimmed.mid(fenceLength(trimmed, &c)).trimmed().isEmpty())
                fence = 0;
            else
                ignore(trimmed, QObject::tr("inside a code block"));
            continue;
        }
        if (indent <= 3) {
            QChar c;
            if (const int n = fenceLength(trimmed, &c); n > 0) {
                fence = n;
                fenceChar = c;
                continue;
            }
        }
        if (trimmed.startsWith(QLatin1String("<!--"))) {
            ignore(trimmed, QObject::tr("inside an HTML comment, so nobody sees it"));
            if (!trimmed.mid(4).contains(QLatin1String("-->")))
                inHtmlComment = true;
            continue;
        }
        if (indent >= 4 && !trimmed.isEmpty()) {
            ignore(trimmed, QObject::tr("indented as code (four spaces or a tab)"));
            continue;
        }
        if (trimmed.startsWith(QLatin1Char('>'))) {
            ignore(trimmed, QObject::tr("inside a quote"));
            continue;
        }
        const QRegularExpressionMatch m = command.match(trimmed);
        if (m.hasMatch()) {
            const bool approve = m.captured(1).compare(QLatin1String("approve"), Qt::CaseInsensitive) == 0;
            const QString rest = m.captured(2).trimmed();
            if (approve && !rest.isEmpty())
                scan.ignored.emplace_back(trimmed, QObject::tr("text after /approve; write /approve alone on its line"));
            else if (!approve && rest.isEmpty())
                scan.ignored.emplace_back(trimmed, QObject::tr("a rejection needs a reason: /reject REASON"));
            else
                scan.commands.push_back({approve ? Kind::Approve : Kind::Reject, trimmed, rest});
            continue;
        }
        ignore(trimmed, QObject::tr("not on a line of its own; write /approve or /reject REASON alone on a line"));
    }
    return scan;
}

QDateTime effectiveTime(const IssueComment &c)
{
    return c.updatedAt.isValid() && c.updatedAt > c.createdAt ? c.updatedAt : c.createdAt;
}

bool policyNames(const SignoffPolicy &policy, const QString &normal)
{
    if (normal.isEmpty())
        return false;
    if (normalLogin(policy.teamLead) == normal)
        return true;
    return std::any_of(policy.allowedUsers.cbegin(), policy.allowedUsers.cend(),
                       [&](const QString &u) { return normalLogin(u) == normal; });
}

QString permissionName(Permission p)
{
    switch (p) {
    case Permission::None: return QStringLiteral("no");
    case Permission::Read: return QStringLiteral("read");
    case Permission::Triage: return QStringLiteral("triage");
    case Permission::Write: return QStringLiteral("write");
    case Permission::Maintain: return QStringLiteral("maintain");
    case Permission::Admin: return QStringLiteral("admin");
    }
    return {};
}

QString whoMay(const SignoffPolicy &policy)
{
    QStringList names;
    if (!normalLogin(policy.teamLead).isEmpty())
        names << QStringLiteral("@") + normalLogin(policy.teamLead) + QObject::tr(" (team lead)");
    for (const QString &u : policy.allowedUsers)
        if (!normalLogin(u).isEmpty())
            names << QStringLiteral("@") + normalLogin(u);
    return names.isEmpty() ? QObject::tr("nobody (no team lead or allowed user is configured)") : names.join(QLatin1String(", "));
}

const QRegularExpression &markerPattern()
{
    static const QRegularExpression marker(QStringLiteral("<!-- release-console: release=(\\S+) component=(\\S+) -->"));
    return marker;
}

QString seedTitle(const QString &releaseId, const QString &component)
{
    return QStringLiteral("[Sign-off Required] %1 - %2").arg(component, releaseId);
}

} // namespace

std::optional<Permission> permissionFromString(const QString &text)
{
    static const std::pair<const char *, Permission> names[] = {
        {"admin", Permission::Admin}, {"maintain", Permission::Maintain}, {"write", Permission::Write},
        {"triage", Permission::Triage}, {"read", Permission::Read}, {"none", Permission::None},
    };
    for (const auto &[name, p] : names)
        if (text == QLatin1String(name))
            return p;
    return std::nullopt;
}

Expected<Permission> parseCollaboratorPermission(const QJsonObject &json)
{
    const QJsonValue permission = json.value(QLatin1String("permission"));
    if (!permission.isString())
        return apiError(QStringLiteral("collaborator permission"), missingOrWrong(QStringLiteral("permission"), permission, "a string"));
    const std::optional<Permission> coarse = permissionFromString(permission.toString());
    if (!coarse)
        return apiError(QStringLiteral("collaborator permission"),
                        QStringLiteral("field \"permission\" is \"%1\", not one of admin, write, read, none").arg(permission.toString()));
    const std::optional<Permission> role = permissionFromString(json.value(QLatin1String("role_name")).toString());
    if (role == Permission::Maintain && *coarse == Permission::Write)
        return Permission::Maintain;
    if (role == Permission::Triage && *coarse == Permission::Read)
        return Permission::Triage;
    return *coarse;
}

Expected<IssueComment> parseIssueComment(const QJsonObject &json)
{
    IssueComment c;
    const QJsonValue id = json.value(QLatin1String("id"));
    if (!isInteger(id))
        return apiError(QStringLiteral("issue comment"), missingOrWrong(QStringLiteral("id"), id, "an integer"));
    c.id = qint64(id.toDouble());
    const QString where = QStringLiteral("issue comment %1").arg(c.id);
    const QJsonValue user = json.value(QLatin1String("user"));
    if (user.isObject())
        c.authorLogin = user.toObject().value(QLatin1String("login")).toString();
    else if (!user.isNull())
        return apiError(where, missingOrWrong(QStringLiteral("user"), user, "an object or null"));
    const QJsonValue body = json.value(QLatin1String("body"));
    if (body.isString())
        c.body = body.toString();
    else if (!body.isNull() && !body.isUndefined())
        return apiError(where, missingOrWrong(QStringLiteral("body"), body, "a string"));
    for (auto [key, target] : {std::pair{"created_at", &c.createdAt}, std::pair{"updated_at", &c.updatedAt}}) {
        const QJsonValue v = json.value(QLatin1String(key));
        *target = QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
        if (!v.isString() || !target->isValid())
            return apiError(where, missingOrWrong(QLatin1String(key), v, "an ISO 8601 time"));
    }
    return c;
}

Expected<std::vector<IssueComment>> parseIssueComments(const QJsonArray &json)
{
    std::vector<IssueComment> out;
    for (const QJsonValue &v : json) {
        Expected<IssueComment> c = parseIssueComment(v.toObject());
        if (!c)
            return c.error();
        out.push_back(std::move(c).value());
    }
    return out;
}

QStringList loginsNeedingPermission(const std::vector<IssueComment> &comments, const SignoffPolicy &policy)
{
    QStringList logins;
    QStringList seen;
    for (const IssueComment &c : comments) {
        const QString normal = normalLogin(c.authorLogin);
        if (!policyNames(policy, normal) || seen.contains(normal))
            continue;
        if (scanComment(c.body).commands.empty())
            continue;
        seen << normal;
        logins << c.authorLogin;
    }
    return logins;
}

SignoffDecision decideSignoff(const std::vector<IssueComment> &comments, const SignoffPolicy &policy,
                              const QHash<QString, Permission> &permissions)
{
    QHash<QString, Permission> byLogin;
    for (auto it = permissions.cbegin(); it != permissions.cend(); ++it)
        byLogin.insert(normalLogin(it.key()), it.value());

    std::vector<const IssueComment *> ordered;
    for (const IssueComment &c : comments)
        ordered.push_back(&c);
    std::stable_sort(ordered.begin(), ordered.end(), [](const IssueComment *a, const IssueComment *b) {
        const QDateTime ta = effectiveTime(*a), tb = effectiveTime(*b);
        return ta != tb ? ta < tb : a->id < b->id;
    });

    SignoffDecision decision;
    for (const IssueComment *c : ordered) {
        const Scan scan = scanComment(c->body);
        const QDateTime at = effectiveTime(*c);
        for (const auto &[line, why] : scan.ignored)
            decision.ignored.push_back({c->id, c->authorLogin, at, line, why});
        if (scan.commands.empty())
            continue;

        auto reject = [&](const QString &why) {
            for (const Command &cmd : scan.commands)
                decision.ignored.push_back({c->id, c->authorLogin, at, cmd.line, why});
        };
        const QString normal = normalLogin(c->authorLogin);
        const bool mixed = std::any_of(scan.commands.cbegin(), scan.commands.cend(),
                                       [&](const Command &cmd) { return cmd.kind != scan.commands.front().kind; });
        if (normal.isEmpty()) {
            reject(QObject::tr("the author's account no longer exists"));
            continue;
        }
        if (mixed) {
            reject(QObject::tr("the comment both approves and rejects; write one of them"));
            continue;
        }
        if (!policyNames(policy, normal)) {
            reject(QObject::tr("@%1 may not sign this component off; who may: %2").arg(c->authorLogin, whoMay(policy)));
            continue;
        }
        const auto permission = byLogin.constFind(normal);
        if (permission == byLogin.cend()) {
            reject(QObject::tr("the repository permission of @%1 could not be checked").arg(c->authorLogin));
            continue;
        }
        if (*permission < Permission::Write) {
            reject(QObject::tr("@%1 has %2 access to the repository; signing off needs write access or more")
                       .arg(c->authorLogin, permissionName(*permission)));
            continue;
        }
        const Command &cmd = scan.commands.back();
        decision.state = cmd.kind == Kind::Approve ? SignoffState::Approved : SignoffState::Rejected;
        decision.login = c->authorLogin;
        decision.at = at;
        decision.reason = cmd.reason;
        decision.commentId = c->id;
    }
    return decision;
}

SignoffIssue signoffIssue(const QString &releaseId, const QString &component, const QString &version, const SignoffPolicy &policy)
{
    SignoffIssue issue;
    issue.title = seedTitle(releaseId, component);
    issue.labels = {QStringLiteral("release"), QStringLiteral("sign-off-required"), component};
    QString body;
    body += QStringLiteral("<!-- release-console: release=%1 component=%2 -->\n").arg(releaseId, component);
    body += QStringLiteral("## Sign-off request\n\n");
    body += QStringLiteral("Release: `%1`\nComponent: `%2`").arg(releaseId, component);
    if (!version.isEmpty())
        body += QStringLiteral(" version `%1`").arg(version);
    body += QStringLiteral("\n\n### What to check\n\n"
                           "- [ ] Tested on staging\n"
                           "- [ ] No regressions\n"
                           "- [ ] Ready for production\n\n"
                           "### How to answer\n\n"
                           "Comment with a line that says exactly:\n\n"
                           "- `/approve` to sign the component off\n"
                           "- `/reject REASON` to hold it back, with the reason\n\n");
    body += QStringLiteral("Who may answer: %1, with write access to this repository. "
                           "A command inside a quote or a code block, or with other text on its line, does not count; "
                           "the newest counting comment wins.\n")
                .arg(whoMay(policy));
    issue.body = body;
    return issue;
}

Expected<IssueSummary> parseIssue(const QJsonObject &json)
{
    IssueSummary issue;
    const QJsonValue number = json.value(QLatin1String("number"));
    if (!isInteger(number))
        return apiError(QStringLiteral("issue"), missingOrWrong(QStringLiteral("number"), number, "an integer"));
    issue.number = qint64(number.toDouble());
    const QString where = QStringLiteral("issue #%1").arg(issue.number);
    const QJsonValue title = json.value(QLatin1String("title"));
    const QJsonValue state = json.value(QLatin1String("state"));
    if (!title.isString())
        return apiError(where, missingOrWrong(QStringLiteral("title"), title, "a string"));
    if (!state.isString())
        return apiError(where, missingOrWrong(QStringLiteral("state"), state, "a string"));
    issue.title = title.toString();
    issue.state = state.toString();
    issue.body = json.value(QLatin1String("body")).toString();
    issue.htmlUrl = json.value(QLatin1String("html_url")).toString();
    issue.isPullRequest = json.value(QLatin1String("pull_request")).isObject();
    const QJsonValue labels = json.value(QLatin1String("labels"));
    if (!labels.isArray())
        return apiError(where, missingOrWrong(QStringLiteral("labels"), labels, "an array"));
    // The schema allows a label as a plain name or as an object with a name.
    for (const QJsonValue &label : labels.toArray()) {
        if (label.isString())
            issue.labels << label.toString();
        else if (label.isObject() && label.toObject().value(QLatin1String("name")).isString())
            issue.labels << label.toObject().value(QLatin1String("name")).toString();
        else
            return apiError(where, QStringLiteral("a label should be a name or an object with a name"));
    }
    return issue;
}

Expected<std::vector<IssueSummary>> parseIssues(const QJsonArray &json)
{
    std::vector<IssueSummary> out;
    for (const QJsonValue &v : json) {
        Expected<IssueSummary> issue = parseIssue(v.toObject());
        if (!issue)
            return issue.error();
        out.push_back(std::move(issue).value());
    }
    return out;
}

std::optional<IssueSummary> findOpenSignoffIssue(const std::vector<IssueSummary> &issues, const QString &releaseId, const QString &component)
{
    for (const IssueSummary &issue : issues) {
        if (issue.isPullRequest || issue.state != QLatin1String("open"))
            continue;
        if (!issue.labels.contains(QLatin1String("sign-off-required"), Qt::CaseInsensitive))
            continue;
        const QRegularExpressionMatch m = markerPattern().match(issue.body);
        if (m.hasMatch() ? (m.captured(1) == releaseId && m.captured(2) == component) : issue.title == seedTitle(releaseId, component))
            return issue;
    }
    return std::nullopt;
}

} // namespace rc::core
