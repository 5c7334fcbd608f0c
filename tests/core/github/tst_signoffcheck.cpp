#include "github/signoffcheck.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rc::core;

namespace {

QJsonDocument example(const char *name)
{
    QFile file(QStringLiteral(RC_TEST_DATA "/github/%1.json").arg(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll());
}

const QDateTime t0 = QDateTime(QDate(2024, 1, 15), QTime(10, 0), Qt::UTC);

// A comment `minutes` after t0, edited `editedAfter` minutes after t0 when given.
IssueComment comment(qint64 id, const QString &login, const QString &body, int minutes, int editedAfter = -1)
{
    IssueComment c;
    c.id = id;
    c.authorLogin = login;
    c.body = body;
    c.createdAt = t0.addSecs(60 * minutes);
    c.updatedAt = editedAfter < 0 ? c.createdAt : t0.addSecs(60 * editedAfter);
    return c;
}

using Comments = std::vector<IssueComment>;
using Permissions = QHash<QString, Permission>;

const SignoffPolicy policy{QStringLiteral("@carol"), {QStringLiteral("dave"), QStringLiteral("Erin")}};
const Permissions everyoneWrites{{"carol", Permission::Write}, {"dave", Permission::Admin}, {"erin", Permission::Maintain},
                                 {"mallory", Permission::Admin}};

IssueSummary issue(qint64 number, const QString &title, const QString &body, const QStringList &labels,
                   const QString &state = QStringLiteral("open"), bool pr = false)
{
    IssueSummary i;
    i.number = number;
    i.title = title;
    i.body = body;
    i.labels = labels;
    i.state = state;
    i.isPullRequest = pr;
    return i;
}

} // namespace

Q_DECLARE_METATYPE(SignoffState)

class TestSignoffCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decides_data();
    void decides();
    void asksOnlyForThePermissionsItNeeds_data();
    void asksOnlyForThePermissionsItNeeds();
    void readsGitHubsCommentExample();
    void readsDeletedAuthorsAndBadComments();
    void readsPermissions_data();
    void readsPermissions();
    void signoffIssueSaysWhatAndHow();
    void findsTheOpenIssue_data();
    void findsTheOpenIssue();
    void readsGitHubsIssueExample();
};

void TestSignoffCheck::decides_data()
{
    QTest::addColumn<Comments>("comments");
    QTest::addColumn<Permissions>("permissions");
    QTest::addColumn<SignoffState>("state");
    QTest::addColumn<QString>("login");
    QTest::addColumn<qint64>("commentId");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QStringList>("ignoredBecause"); // one part of each ignored command's why, in order

    const auto A = SignoffState::Approved, R = SignoffState::Rejected, P = SignoffState::Pending;
    const Permissions &w = everyoneWrites;

    QTest::addRow("no comments") << Comments{} << w << P << "" << qint64(0) << "" << QStringList{};
    QTest::addRow("lead approves") << Comments{comment(1, "carol", "/approve", 1)} << w << A << "carol" << qint64(1) << "" << QStringList{};
    QTest::addRow("surrounding whitespace and CRLF") << Comments{comment(1, "carol", "  /approve \t\r\n", 1)} << w << A << "carol" << qint64(1) << "" << QStringList{};
    QTest::addRow("command on its own line among others") << Comments{comment(1, "carol", "Checked staging.\n\n/approve\n\nThanks!", 1)} << w << A << "carol" << qint64(1) << "" << QStringList{};
    QTest::addRow("allowed user approves") << Comments{comment(2, "dave", "/approve", 1)} << w << A << "dave" << qint64(2) << "" << QStringList{};
    QTest::addRow("allowed user in another case") << Comments{comment(2, "ERIN", "/approve", 1)} << w << A << "ERIN" << qint64(2) << "" << QStringList{};
    QTest::addRow("capitalised command") << Comments{comment(1, "carol", "/Approve", 1)} << w << A << "carol" << qint64(1) << "" << QStringList{};
    QTest::addRow("upper-case command") << Comments{comment(1, "carol", "/APPROVE", 1)} << w << A << "carol" << qint64(1) << "" << QStringList{};
    QTest::addRow("merely contains /approve") << Comments{comment(1, "carol", "please /approve this", 1)} << w << P << "" << qint64(0) << "" << QStringList{"not on a line of its own"};
    QTest::addRow("trailing text after /approve") << Comments{comment(1, "carol", "/approve looks good", 1)} << w << P << "" << qint64(0) << "" << QStringList{"text after /approve"};
    QTest::addRow("/approved is not a command") << Comments{comment(1, "carol", "/approved", 1)} << w << P << "" << qint64(0) << "" << QStringList{};
    QTest::addRow("quoted approval") << Comments{comment(1, "carol", "> /approve\n\nDave wrote that, not me.", 1)} << w << P << "" << qint64(0) << "" << QStringList{"inside a quote"};
    QTest::addRow("nested quote") << Comments{comment(1, "carol", "> > /approve", 1)} << w << P << "" << qint64(0) << "" << QStringList{"inside a quote"};
    QTest::addRow("backtick code fence") << Comments{comment(1, "carol", "Type this:\n```\n/approve\n```", 1)} << w << P << "" << qint64(0) << "" << QStringList{"inside a code block"};
    QTest::addRow("tilde code fence with info string") << Comments{comment(1, "carol", "~~~text\n/approve\n~~~", 1)} << w << P << "" << qint64(0) << "" << QStringList{"inside a code block"};
    QTest::addRow("command after a closed fence counts") << Comments{comment(1, "carol", "```\nx\n```\n/approve", 1)} << w << A << "carol" << qint64(1) << "" << QStringList{};
    QTest::addRow("shorter fence does not close a longer one") << Comments{comment(1, "carol", "````\n```\n/approve\n````", 1)} << w << P << "" << qint64(0) << "" << QStringList{"inside a code block"};
    QTest::addRow("indented code") << Comments{comment(1, "carol", "Example:\n\n    /approve", 1)} << w << P << "" << qint64(0) << "" << QStringList{"indented as code"};
    QTest::addRow("hidden in an HTML comment") << Comments{comment(1, "carol", "<!--\n/approve\n-->", 1)} << w << P << "" << qint64(0) << "" << QStringList{"HTML comment"};
    QTest::addRow("inline code is not a command") << Comments{comment(1, "carol", "`/approve`", 1)} << w << P << "" << qint64(0) << "" << QStringList{"not on a line of its own"};
    QTest::addRow("reject with reason") << Comments{comment(3, "carol", "/reject login page broken on Safari", 1)} << w << R << "carol" << qint64(3) << "login page broken on Safari" << QStringList{};
    QTest::addRow("reject keeps the reason's case") << Comments{comment(3, "carol", "/REJECT  Breaks SSO ", 1)} << w << R << "carol" << qint64(3) << "Breaks SSO" << QStringList{};
    QTest::addRow("reject without reason") << Comments{comment(3, "carol", "/reject", 1)} << w << P << "" << qint64(0) << "" << QStringList{"needs a reason"};
    QTest::addRow("reject without reason does not undo an approval") << Comments{comment(1, "carol", "/approve", 1), comment(2, "carol", "/reject   ", 2)} << w << A << "carol" << qint64(1) << "" << QStringList{"needs a reason"};
    QTest::addRow("newest wins: approve then reject") << Comments{comment(1, "carol", "/approve", 1), comment(2, "dave", "/reject wait for the hotfix", 5)} << w << R << "dave" << qint64(2) << "wait for the hotfix" << QStringList{};
    QTest::addRow("newest wins: reject then approve") << Comments{comment(1, "carol", "/reject flaky", 1), comment(2, "carol", "/approve", 5)} << w << A << "carol" << qint64(2) << "" << QStringList{};
    QTest::addRow("newest by time, not by list order") << Comments{comment(2, "carol", "/approve", 9), comment(1, "dave", "/reject not yet", 3)} << w << A << "carol" << qint64(2) << "" << QStringList{};
    QTest::addRow("same minute: the later id wins") << Comments{comment(5, "dave", "/reject no", 4), comment(4, "carol", "/approve", 4)} << w << R << "dave" << qint64(5) << "no" << QStringList{};
    QTest::addRow("edited into an approval counts at its edit time") << Comments{comment(1, "carol", "/approve", 1, 20), comment(2, "dave", "/reject hold", 10)} << w << A << "carol" << qint64(1) << "" << QStringList{};
    QTest::addRow("both in one comment count as neither") << Comments{comment(1, "carol", "/approve\n/reject oops", 1)} << w << P << "" << qint64(0) << "" << QStringList{"both approves and rejects", "both approves and rejects"};
    QTest::addRow("a stranger with admin rights") << Comments{comment(1, "mallory", "/approve", 1)} << w << P << "" << qint64(0) << "" << QStringList{"@mallory may not sign this component off; who may: @carol (team lead), @dave, @erin"};
    QTest::addRow("the lead with only read access") << Comments{comment(1, "carol", "/approve", 1)} << Permissions{{"carol", Permission::Read}} << P << "" << qint64(0) << "" << QStringList{"@carol has read access"};
    QTest::addRow("an allowed user with triage access") << Comments{comment(1, "dave", "/approve", 1)} << Permissions{{"dave", Permission::Triage}} << P << "" << qint64(0) << "" << QStringList{"needs write access"};
    QTest::addRow("an allowed user who is no collaborator") << Comments{comment(1, "dave", "/approve", 1)} << Permissions{{"dave", Permission::None}} << P << "" << qint64(0) << "" << QStringList{"@dave has no access"};
    QTest::addRow("permission not looked up") << Comments{comment(1, "carol", "/approve", 1)} << Permissions{} << P << "" << qint64(0) << "" << QStringList{"could not be checked"};
    QTest::addRow("permission looked up in another case") << Comments{comment(1, "Carol", "/approve", 1)} << Permissions{{"CAROL", Permission::Write}} << A << "Carol" << qint64(1) << "" << QStringList{};
    QTest::addRow("deleted author") << Comments{comment(1, "", "/approve", 1)} << w << P << "" << qint64(0) << "" << QStringList{"no longer exists"};
    QTest::addRow("ghost account") << Comments{comment(1, "ghost", "/approve", 1)} << w << P << "" << qint64(0) << "" << QStringList{"@ghost may not"};
    QTest::addRow("a later invalid command keeps the earlier decision") << Comments{comment(1, "carol", "/approve", 1), comment(2, "mallory", "/reject no", 9)} << w << A << "carol" << qint64(1) << "" << QStringList{"@mallory may not"};
    QTest::addRow("plain discussion is not reported") << Comments{comment(1, "dave", "Looks fine to me", 1), comment(2, "carol", "/approve", 2)} << w << A << "carol" << qint64(2) << "" << QStringList{};
}

void TestSignoffCheck::decides()
{
    QFETCH(Comments, comments);
    QFETCH(Permissions, permissions);
    QFETCH(SignoffState, state);
    QFETCH(QString, login);
    QFETCH(qint64, commentId);
    QFETCH(QString, reason);
    QFETCH(QStringList, ignoredBecause);

    const SignoffDecision d = decideSignoff(comments, policy, permissions);
    QCOMPARE(d.state, state);
    QCOMPARE(d.login, login);
    QCOMPARE(d.commentId, commentId);
    QCOMPARE(d.reason, reason);
    if (commentId != 0) {
        const auto it = std::find_if(comments.cbegin(), comments.cend(), [&](const IssueComment &c) { return c.id == commentId; });
        QCOMPARE(d.at, std::max(it->createdAt, it->updatedAt));
    } else {
        QVERIFY(!d.at.isValid());
    }
    QStringList whys;
    for (const IgnoredCommand &i : d.ignored)
        whys << i.why;
    QCOMPARE(whys.size(), ignoredBecause.size());
    for (qsizetype i = 0; i < whys.size(); ++i)
        QVERIFY2(whys[i].contains(ignoredBecause[i]), qPrintable(whys[i]));
}

void TestSignoffCheck::asksOnlyForThePermissionsItNeeds_data()
{
    QTest::addColumn<Comments>("comments");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("nobody commented") << Comments{} << QStringList{};
    QTest::addRow("discussion only") << Comments{comment(1, "carol", "LGTM", 1)} << QStringList{};
    QTest::addRow("strangers are not looked up") << Comments{comment(1, "mallory", "/approve", 1)} << QStringList{};
    QTest::addRow("quoted commands are not looked up") << Comments{comment(1, "carol", "> /approve", 1)} << QStringList{};
    QTest::addRow("each login once, in order") << Comments{comment(1, "dave", "/reject x", 1), comment(2, "carol", "/approve", 2), comment(3, "Dave", "/approve", 3)} << QStringList{"dave", "carol"};
    QTest::addRow("deleted author") << Comments{comment(1, "", "/approve", 1)} << QStringList{};
}

void TestSignoffCheck::asksOnlyForThePermissionsItNeeds()
{
    QFETCH(Comments, comments);
    QFETCH(QStringList, expected);
    QCOMPARE(loginsNeedingPermission(comments, policy), expected);
}

void TestSignoffCheck::readsGitHubsCommentExample()
{
    const Expected<std::vector<IssueComment>> comments = parseIssueComments(example("issue-comments").array());
    QVERIFY2(comments, qPrintable(comments ? QString() : comments.error().toString()));
    QCOMPARE(comments->size(), size_t(1));
    const IssueComment &c = comments->front();
    QCOMPARE(c.id, 1);
    QCOMPARE(c.authorLogin, QStringLiteral("octocat"));
    QCOMPARE(c.body, QStringLiteral("Me too"));
    QCOMPARE(c.createdAt, QDateTime(QDate(2011, 4, 14), QTime(16, 0, 49), Qt::UTC));
    QCOMPARE(c.updatedAt, c.createdAt);
}

void TestSignoffCheck::readsDeletedAuthorsAndBadComments()
{
    QJsonObject c = example("issue-comments").array().at(0).toObject();
    c["user"] = QJsonValue::Null;
    const Expected<IssueComment> deleted = parseIssueComment(c);
    QVERIFY(deleted);
    QVERIFY(deleted->authorLogin.isEmpty());

    QJsonObject noTime = c;
    noTime.remove("created_at");
    const Expected<IssueComment> bad = parseIssueComment(noTime);
    QVERIFY(!bad);
    QVERIFY2(bad.error().message.contains(QStringLiteral("issue comment 1: field \"created_at\" is missing")), qPrintable(bad.error().message));

    QJsonObject noId = c;
    noId["id"] = "1";
    QVERIFY(!parseIssueComment(noId));
    noId["id"] = 1e300;
    QVERIFY(!parseIssueComment(noId));
}

void TestSignoffCheck::readsPermissions_data()
{
    QTest::addColumn<QString>("permission");
    QTest::addColumn<QString>("roleName");
    QTest::addColumn<int>("expected"); // -1: error

    QTest::addRow("admin") << "admin" << "admin" << int(Permission::Admin);
    QTest::addRow("maintain reported as write") << "write" << "maintain" << int(Permission::Maintain);
    QTest::addRow("write") << "write" << "write" << int(Permission::Write);
    QTest::addRow("triage reported as read") << "read" << "triage" << int(Permission::Triage);
    QTest::addRow("read") << "read" << "read" << int(Permission::Read);
    QTest::addRow("none") << "none" << "" << int(Permission::None);
    QTest::addRow("custom role falls back to permission") << "write" << "release-approver" << int(Permission::Write);
    QTest::addRow("a role cannot raise the permission") << "read" << "admin" << int(Permission::Read);
    QTest::addRow("unknown permission") << "superuser" << "" << -1;
}

void TestSignoffCheck::readsPermissions()
{
    QFETCH(QString, permission);
    QFETCH(QString, roleName);
    QFETCH(int, expected);
    QJsonObject json = example("collaborator-permission").object();
    json["permission"] = permission;
    json["role_name"] = roleName;
    const Expected<Permission> p = parseCollaboratorPermission(json);
    QCOMPARE(p ? int(*p) : -1, expected);

    QVERIFY(parseCollaboratorPermission(example("collaborator-permission").object()));
    QCOMPARE(*parseCollaboratorPermission(example("collaborator-permission").object()), Permission::Admin);
}

void TestSignoffCheck::signoffIssueSaysWhatAndHow()
{
    const SignoffIssue i = signoffIssue(QStringLiteral("rel-2024-01-15-001"), QStringLiteral("portal"), QStringLiteral("2.4.0"), policy);
    QCOMPARE(i.title, QStringLiteral("[Sign-off Required] portal - rel-2024-01-15-001"));
    QCOMPARE(i.labels, (QStringList{"release", "sign-off-required", "portal"}));
    QVERIFY(i.body.startsWith(QStringLiteral("<!-- release-console: release=rel-2024-01-15-001 component=portal -->\n")));
    QVERIFY(i.body.contains(QStringLiteral("`portal` version `2.4.0`")));
    QVERIFY(i.body.contains(QStringLiteral("- `/approve` to sign the component off")));
    QVERIFY(i.body.contains(QStringLiteral("- `/reject REASON`")));
    QVERIFY(i.body.contains(QStringLiteral("@carol (team lead), @dave, @erin, with write access")));
    QVERIFY(i.body.contains(QStringLiteral("Tested on staging")));

    // The console's own issue is found again, so it is never opened twice.
    IssueSummary mine = issue(7, i.title, i.body, i.labels);
    const auto found = findOpenSignoffIssue({mine}, QStringLiteral("rel-2024-01-15-001"), QStringLiteral("portal"));
    QVERIFY(found);
    QCOMPARE(found->number, 7);
}

void TestSignoffCheck::findsTheOpenIssue_data()
{
    QTest::addColumn<std::vector<IssueSummary>>("issues");
    QTest::addColumn<qint64>("expected"); // 0: none

    const QStringList labels{"release", "sign-off-required", "portal"};
    const QString marker = QStringLiteral("<!-- release-console: release=rel-1 component=portal -->\nbody");
    QTest::addRow("by marker") << std::vector<IssueSummary>{issue(1, "Sign-off: portal", marker, labels)} << qint64(1);
    QTest::addRow("by the seed workflow's title") << std::vector<IssueSummary>{issue(2, "[Sign-off Required] portal - rel-1", "seed body", labels)} << qint64(2);
    QTest::addRow("closed issue does not count") << std::vector<IssueSummary>{issue(3, "[Sign-off Required] portal - rel-1", marker, labels, "closed")} << qint64(0);
    QTest::addRow("pull request does not count") << std::vector<IssueSummary>{issue(4, "[Sign-off Required] portal - rel-1", marker, labels, "open", true)} << qint64(0);
    QTest::addRow("without the sign-off label") << std::vector<IssueSummary>{issue(5, "[Sign-off Required] portal - rel-1", marker, {"release"})} << qint64(0);
    QTest::addRow("rel-1 is not rel-10") << std::vector<IssueSummary>{issue(6, "[Sign-off Required] portal - rel-10", "x", labels)} << qint64(0);
    QTest::addRow("another component") << std::vector<IssueSummary>{issue(7, "[Sign-off Required] api - rel-1", "x", labels)} << qint64(0);
    QTest::addRow("marker for another release beats a matching title")
        << std::vector<IssueSummary>{issue(8, "[Sign-off Required] portal - rel-1", "<!-- release-console: release=rel-2 component=portal -->", labels)} << qint64(0);
    QTest::addRow("the open one among closed ones")
        << std::vector<IssueSummary>{issue(9, "[Sign-off Required] portal - rel-1", marker, labels, "closed"), issue(10, "[Sign-off Required] portal - rel-1", marker, labels)} << qint64(10);
    QTest::addRow("label in another case") << std::vector<IssueSummary>{issue(11, "x", marker, {"Sign-Off-Required"})} << qint64(11);
}

void TestSignoffCheck::findsTheOpenIssue()
{
    QFETCH(std::vector<IssueSummary>, issues);
    QFETCH(qint64, expected);
    const auto found = findOpenSignoffIssue(issues, QStringLiteral("rel-1"), QStringLiteral("portal"));
    QCOMPARE(found ? found->number : qint64(0), expected);
}

void TestSignoffCheck::readsGitHubsIssueExample()
{
    const Expected<std::vector<IssueSummary>> issues = parseIssues(example("issues").array());
    QVERIFY2(issues, qPrintable(issues ? QString() : issues.error().toString()));
    QCOMPARE(issues->size(), size_t(1));
    QCOMPARE(issues->front().number, 1347);
    QCOMPARE(issues->front().title, QStringLiteral("Found a bug"));
    QCOMPARE(issues->front().state, QStringLiteral("open"));
    QCOMPARE(issues->front().labels, QStringList{QStringLiteral("bug")});
    QVERIFY(issues->front().isPullRequest); // GitHub's example is a pull request listed among issues

    QJsonObject strings = example("issues").array().at(0).toObject();
    strings["labels"] = QJsonArray{"release", "sign-off-required"};
    strings["pull_request"] = QJsonObject{{"url", "x"}};
    const Expected<IssueSummary> parsed = parseIssue(strings);
    QVERIFY(parsed);
    QCOMPARE(parsed->labels, (QStringList{"release", "sign-off-required"}));
    QVERIFY(parsed->isPullRequest);

    strings.remove("title");
    QVERIFY(!parseIssue(strings));
}

QTEST_GUILESS_MAIN(TestSignoffCheck)
#include "tst_signoffcheck.moc"
