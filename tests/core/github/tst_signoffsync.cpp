// SignoffSync against FakeGitHub on 127.0.0.1 and a real clone made with libgit2: requests open one
// issue per pending component and never a duplicate, checks count only exact commands from allowed
// people with write access, write committed sign-off edits that touch only their lines, and close
// what was approved.

#include "github/signoffsync.h"
#include "../git/gittestutil.h"

#include "fakegithub/fakegithub.h"
#include "git/repository.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace rc;
using namespace rc::core;
using namespace rc::test;
using fakegithub::FakeGitHub;
using fakegithub::Fault;
using fakegithub::FaultKind;
namespace fake = rc::fakegithub;

namespace {

const QString botToken = QStringLiteral("fake-token-release-bot");
const QString releaseId = QStringLiteral("rel-2024-03-05-001");
const QString manifestPath = QStringLiteral("releases/rel-2024-03-05-001.yaml");

const QByteArray manifestText = R"(# The release under test; comments and layout must survive the edits.
release:
  id: rel-2024-03-05-001
  status: pending_approval # waiting for sign-offs

components:
  - name: api
    new_version: v1.3.0
    team: api-team
    team_lead: '@alice'
    sign_off: pending # pending, approved, rejected

  - name: portal
    new_version: v3.1.0
    team_lead: '@carol'
    sign_off: pending

  - name: workers
    sign_off: not_required

  - name: search
    team_lead: '@erin'
    sign_off: approved
    approved_by: '@erin'
    approved_at: '2024-03-01T10:00:00Z'
)";

const QByteArray rulesText = R"(components:
  - name: api
    paths: [api/]
    team_lead: '@alice'
    allowed_users: ['@dan', '@reader']
  - name: portal
    paths: [portal/]
    team_lead: '@carol'
  - name: workers
    paths: [workers/]
  - name: search
    paths: [search/]
    team_lead: '@erin'
signoff_allowed_users: ['@rm']
)";

const QDateTime start = QDateTime(QDate(2024, 3, 5), QTime(9, 0), Qt::UTC);

// Waits in an event loop that the callback ends, rather than polling, so each round trip costs
// only its own time.
template<typename T>
struct Waiter
{
    std::optional<T> result;
    QEventLoop loop;
    std::function<void(const T &)> callback()
    {
        return [this](const T &r) {
            result = r;
            loop.quit();
        };
    }
    bool wait()
    {
        if (!result) {
            QTimer::singleShot(15000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return result.has_value();
    }
};

QString allText(const SignoffRequestReport &r)
{
    QString text = r.error.message;
    for (const SignoffRequestItem &i : r.items)
        text += i.message + i.issueUrl;
    return text;
}

QString allText(const SignoffCheckReport &r)
{
    QString text = r.error.message + r.writeError;
    for (const SignoffCheckItem &i : r.items) {
        text += i.message + i.error + i.issueUrl;
        for (const IgnoredCommand &c : i.decision.ignored)
            text += c.why + c.line;
    }
    return text;
}

const SignoffRequestItem *requestItem(const SignoffRequestReport &r, const QString &component)
{
    for (const SignoffRequestItem &i : r.items)
        if (i.component == component)
            return &i;
    return nullptr;
}

const SignoffCheckItem *checkItem(const SignoffCheckReport &r, const QString &component)
{
    for (const SignoffCheckItem &i : r.items)
        if (i.component == component)
            return &i;
    return nullptr;
}

} // namespace

class tst_SignoffSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void policyFromRules();
    void requestOpensOneIssuePerPendingComponent();
    void requestRecognisesTheWorkflowsIssue();
    void requestAfterLostAnswers_data();
    void requestAfterLostAnswers();
    void requestClosesTheDuplicatesItCaused();
    void check_data();
    void check();
    void secondCheckChangesNothing();
    void rejectionStaysOpenAndIsNotRecordedTwice();
    void checkRetriesFailedReads();
    void checkRefusesAChangedFile();
    void checkWithoutCommit();

private:
    QString makeClone();
    SignoffRequestReport request();
    SignoffCheckReport runCheck(bool commit = true);
    Manifest manifest();
    int issueNumber(const QString &component);
    QString headId();
    int commitCount();

    QTemporaryDir m_dir;
    std::unique_ptr<FakeGitHub> m_server;
    std::unique_ptr<GitHubClient> m_client;
    QString m_clone;
    int m_clones = 0;
};

void tst_SignoffSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    isolateGitConfig(m_dir.filePath(QStringLiteral("no-config")));
}

void tst_SignoffSync::init()
{
    m_server = std::make_unique<FakeGitHub>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_server->setNow(start);
    m_server->addToken(botToken, QStringLiteral("release-bot"), fake::Permission::Write);
    m_server->setCollaboratorPermission(QStringLiteral("alice"), fake::Permission::Write);
    m_server->setCollaboratorPermission(QStringLiteral("carol"), fake::Permission::Admin);
    m_server->setCollaboratorPermission(QStringLiteral("dan"), fake::Permission::Maintain);
    m_server->setCollaboratorPermission(QStringLiteral("reader"), fake::Permission::Read);
    m_server->setCollaboratorPermission(QStringLiteral("mallory"), fake::Permission::Write);
    m_server->setCollaboratorPermission(QStringLiteral("rm"), fake::Permission::Write);
    GitHubClientOptions options;
    options.timeoutMs = 5000;
    options.retryBaseDelayMs = 10;
    m_client = std::make_unique<GitHubClient>(m_server->baseUrl(), GitHubToken(botToken, QStringLiteral("GH_TOKEN")), options);
    m_clone = makeClone();
    QVERIFY(!m_clone.isEmpty());
}

void tst_SignoffSync::cleanup()
{
    m_client.reset();
    m_server.reset();
}

QString tst_SignoffSync::makeClone()
{
    const QString path = m_dir.filePath(QStringLiteral("clone%1").arg(++m_clones));
    Expected<Repository> repo = Repository::init(path);
    if (!repo)
        return {};
    if (!writeFile(path + QStringLiteral("/.release-console.yaml"), rulesText)
        || !writeFile(path + QLatin1Char('/') + manifestPath, manifestText))
        return {};
    if (!repo->commitAll(QStringLiteral("Release rules and the manifest"), {QStringLiteral("Test"), QStringLiteral("test@example.com")}))
        return {};
    git_repository *raw = nullptr;
    if (git_repository_open(&raw, QFile::encodeName(path).constData()) != 0)
        return {};
    const bool ok = setConfig(raw, "user.name", QStringLiteral("Release Bot")) && setConfig(raw, "user.email", QStringLiteral("bot@example.com"));
    git_repository_free(raw);
    return ok ? path : QString();
}

Manifest tst_SignoffSync::manifest()
{
    const Expected<ManifestFile> file = ManifestFile::load(m_clone + QLatin1Char('/') + manifestPath, manifestPath);
    return file && file->manifest() ? *file->manifest() : Manifest();
}

RepositoryRules rules()
{
    const RulesResult r = parseRepositoryRules(rulesText, QStringLiteral(".release-console.yaml"));
    return r.rules.value_or(RepositoryRules());
}

SignoffRequestReport tst_SignoffSync::request()
{
    SignoffSync sync(m_client.get(), {m_server->owner(), m_server->repositoryName()});
    Waiter<SignoffRequestReport> waiter;
    sync.request(manifest(), rules(), waiter.callback());
    if (!waiter.wait())
        return {};
    return *waiter.result;
}

SignoffCheckReport tst_SignoffSync::runCheck(bool commit)
{
    SignoffSync sync(m_client.get(), {m_server->owner(), m_server->repositoryName()});
    Waiter<SignoffCheckReport> waiter;
    SignoffSync::CheckOptions options;
    options.workdir = m_clone;
    options.manifestPath = m_clone + QLatin1Char('/') + manifestPath;
    options.relativePath = manifestPath;
    options.commit = commit;
    sync.check(rules(), options, waiter.callback());
    if (!waiter.wait())
        return {};
    return *waiter.result;
}

int tst_SignoffSync::issueNumber(const QString &component)
{
    for (const fake::IssueState &i : m_server->issues())
        if (i.state == QLatin1String("open") && i.labels.contains(component))
            return i.number;
    return 0;
}

QString tst_SignoffSync::headId()
{
    git_repository *raw = nullptr;
    if (git_repository_open(&raw, QFile::encodeName(m_clone).constData()) != 0)
        return {};
    git_oid oid;
    QString id;
    if (git_reference_name_to_id(&oid, raw, "HEAD") == 0)
        id = QString::fromLatin1(git_oid_tostr_s(&oid));
    git_repository_free(raw);
    return id;
}

int tst_SignoffSync::commitCount()
{
    git_repository *raw = nullptr;
    if (git_repository_open(&raw, QFile::encodeName(m_clone).constData()) != 0)
        return -1;
    git_revwalk *walk = nullptr;
    git_revwalk_new(&walk, raw);
    git_revwalk_push_head(walk);
    git_oid oid;
    int n = 0;
    while (git_revwalk_next(&oid, walk) == 0)
        ++n;
    git_revwalk_free(walk);
    git_repository_free(raw);
    return n;
}

// -------------------------------------------------------------------------------------------------

void tst_SignoffSync::policyFromRules()
{
    const Manifest m = manifest();
    const SignoffPolicy api = signoffPolicyFor(rules(), *m.component(QStringLiteral("api")));
    QCOMPARE(api.teamLead, QStringLiteral("@alice"));
    QCOMPARE(api.allowedUsers, (QStringList{"@dan", "@reader", "@rm"}));
    // workers has no team lead in the rules or the manifest: only the top-level allowed users.
    const SignoffPolicy workers = signoffPolicyFor(rules(), *m.component(QStringLiteral("workers")));
    QVERIFY(workers.teamLead.isEmpty());
    QCOMPARE(workers.allowedUsers, (QStringList{"@rm"}));
    // A component the rules do not know takes the manifest's team lead.
    Component other;
    other.name = QStringLiteral("billing");
    other.teamLead = QStringLiteral("@frank");
    QCOMPARE(signoffPolicyFor(rules(), other).teamLead, QStringLiteral("@frank"));
}

void tst_SignoffSync::requestOpensOneIssuePerPendingComponent()
{
    const SignoffRequestReport first = request();
    QVERIFY2(first.ok(), qPrintable(allText(first)));
    QCOMPARE(first.items.size(), std::size_t(4));
    QCOMPARE(requestItem(first, "api")->outcome, SignoffRequestItem::Outcome::Created);
    QCOMPARE(requestItem(first, "portal")->outcome, SignoffRequestItem::Outcome::Created);
    QCOMPARE(requestItem(first, "workers")->outcome, SignoffRequestItem::Outcome::NotNeeded);
    QCOMPARE(requestItem(first, "search")->outcome, SignoffRequestItem::Outcome::NotNeeded);

    const QList<fake::IssueState> issues = m_server->issues();
    QCOMPARE(issues.size(), 2);
    QCOMPARE(issues[0].title, QStringLiteral("[Sign-off Required] api - rel-2024-03-05-001"));
    QCOMPARE(issues[0].labels, (QStringList{"release", "sign-off-required", "api"}));
    QCOMPARE(issues[1].title, QStringLiteral("[Sign-off Required] portal - rel-2024-03-05-001"));
    QCOMPARE(requestItem(first, "api")->issueNumber, qint64(issues[0].number));
    QVERIFY(requestItem(first, "api")->issueUrl.endsWith(QStringLiteral("/issues/%1").arg(issues[0].number)));

    // The body names the release, the marker and who may answer.
    Waiter<GitHubPages> listed;
    m_client->getAllPages(QStringLiteral("/repos/octo-org/octo-repo/issues?state=open"), QString(), QString(), nullptr,
                          listed.callback());
    QVERIFY(listed.wait());
    const QString body = listed.result->items.last().toObject().value(QLatin1String("body")).toString();
    QVERIFY2(body.contains(QLatin1String("<!-- release-console: release=rel-2024-03-05-001 component=api -->")), qPrintable(body));
    QVERIFY2(body.contains(QLatin1String("@alice")) && body.contains(QLatin1String("@dan")), qPrintable(body));

    const SignoffRequestReport second = request();
    QVERIFY2(second.ok(), qPrintable(allText(second)));
    QCOMPARE(requestItem(second, "api")->outcome, SignoffRequestItem::Outcome::AlreadyOpen);
    QCOMPARE(requestItem(second, "api")->issueNumber, qint64(issues[0].number));
    QCOMPARE(requestItem(second, "portal")->outcome, SignoffRequestItem::Outcome::AlreadyOpen);
    QCOMPARE(m_server->issues().size(), 2);
    QVERIFY(!allText(first).contains(botToken));
}

void tst_SignoffSync::requestRecognisesTheWorkflowsIssue()
{
    // What the seed's request_signoffs job opens: the same title, its own body, no marker.
    Waiter<GitHubResult> posted;
    m_client->post(QStringLiteral("/repos/octo-org/octo-repo/issues"),
                   QJsonObject{{"title", "[Sign-off Required] api - rel-2024-03-05-001"},
                               {"body", "## Sign-off Request\n\nComment `/approve` on this issue."},
                               {"labels", QJsonArray{"release", "sign-off-required", "api"}}},
                   QString(), nullptr, posted.callback());
    QVERIFY(posted.wait());
    QVERIFY(posted.result->ok());
    // Another release's issue with a longer id is not this one.
    Waiter<GitHubResult> other;
    m_client->post(QStringLiteral("/repos/octo-org/octo-repo/issues"),
                   QJsonObject{{"title", "[Sign-off Required] portal - rel-2024-03-05-0010"},
                               {"labels", QJsonArray{"release", "sign-off-required", "portal"}}},
                   QString(), nullptr, other.callback());
    QVERIFY(other.wait());

    const SignoffRequestReport report = request();
    QVERIFY2(report.ok(), qPrintable(allText(report)));
    QCOMPARE(requestItem(report, "api")->outcome, SignoffRequestItem::Outcome::AlreadyOpen);
    QCOMPARE(requestItem(report, "api")->issueNumber, qint64(1));
    QCOMPARE(requestItem(report, "portal")->outcome, SignoffRequestItem::Outcome::Created);
    QCOMPARE(requestItem(report, "portal")->issueNumber, qint64(3));
    QCOMPARE(m_server->issues().size(), 3);
}

void tst_SignoffSync::requestAfterLostAnswers_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("applyRequest");

    // The answer to the POST is lost, after or before GitHub opened the issue: the next listing
    // decides, and the POST is never sent again.
    QTest::addRow("one answer lost after the issue was opened") << 1 << true;
    QTest::addRow("every answer lost after the issue was opened") << -1 << true;
    QTest::addRow("every attempt lost before the issue was opened") << -1 << false;
}

void tst_SignoffSync::requestAfterLostAnswers()
{
    QFETCH(int, count);
    QFETCH(bool, applyRequest);
    Fault fault;
    fault.kind = FaultKind::ConnectionReset;
    fault.endpoint = QStringLiteral("POST /repos/{owner}/{repo}/issues");
    fault.count = count;
    fault.applyRequest = applyRequest;
    m_server->injectFault(fault);

    const SignoffRequestReport report = request();
    m_server->clearFaults();
    QVERIFY(!allText(report).contains(botToken));
    int open = 0;
    for (const fake::IssueState &i : m_server->issues())
        open += i.state == QLatin1String("open") ? 1 : 0;
    if (!applyRequest) {
        QVERIFY(!report.ok());
        QCOMPARE(requestItem(report, "api")->outcome, SignoffRequestItem::Outcome::Failed);
        QVERIFY2(requestItem(report, "api")->message.contains(QLatin1String("run the request again")),
                 qPrintable(requestItem(report, "api")->message));
        QCOMPARE(open, 0);
        // Run again once the network is back: one issue each.
        const SignoffRequestReport again = request();
        QVERIFY2(again.ok(), qPrintable(allText(again)));
        QCOMPARE(m_server->issues().size(), 2);
        return;
    }
    QVERIFY2(report.ok(), qPrintable(allText(report)));
    // One open issue per component, whether or not the POST reached GitHub more than once.
    QCOMPARE(open, 2);
    for (const QString &component : {QStringLiteral("api"), QStringLiteral("portal")}) {
        const SignoffRequestItem *item = requestItem(report, component);
        QCOMPARE(item->outcome, SignoffRequestItem::Outcome::Created);
        QCOMPARE(item->issueNumber, qint64(issueNumber(component)));
        QVERIFY(item->duplicates.isEmpty());
        int all = 0;
        for (const fake::IssueState &i : m_server->issues())
            all += i.labels.contains(component) ? 1 : 0;
        QCOMPARE(item->closedDuplicates.size(), all - 1);
    }
    const SignoffRequestReport again = request();
    QCOMPARE(requestItem(again, "api")->outcome, SignoffRequestItem::Outcome::AlreadyOpen);
    QCOMPARE(open, 2);
}

void tst_SignoffSync::requestClosesTheDuplicatesItCaused()
{
    // A second issue with the same marker appears while the request runs (a POST that reached
    // GitHub twice, or a second console at the same moment): the empty newcomer is closed.
    const Manifest m = manifest();
    const SignoffIssue twin = signoffIssue(releaseId, QStringLiteral("api"), QStringLiteral("v1.3.0"),
                                           signoffPolicyFor(rules(), *m.component(QStringLiteral("api"))));
    GitHubClient other(m_server->baseUrl(), GitHubToken(botToken, QStringLiteral("GH_TOKEN")));
    // The first answer is held back, so the twin is opened while the request waits for it.
    Fault slow;
    slow.kind = FaultKind::Delay;
    slow.endpoint = QStringLiteral("POST /repos/{owner}/{repo}/issues");
    slow.delayMs = 300;
    m_server->injectFault(slow);
    bool posted = false;
    connect(m_server.get(), &FakeGitHub::requestHandled, this, [&](const QString &endpoint, int status) {
        if (posted || endpoint != QLatin1String("POST /repos/{owner}/{repo}/issues") || status != 201)
            return;
        posted = true;
        Waiter<GitHubResult> waiter;
        other.post(QStringLiteral("/repos/octo-org/octo-repo/issues"),
                   QJsonObject{{"title", twin.title}, {"body", twin.body}, {"labels", QJsonArray::fromStringList(twin.labels)}},
                   QString(), nullptr, waiter.callback());
        QVERIFY(waiter.wait());
    });
    const SignoffRequestReport report = request();
    disconnect(m_server.get(), &FakeGitHub::requestHandled, this, nullptr);
    QVERIFY(posted);
    QVERIFY2(report.ok(), qPrintable(allText(report)));
    const SignoffRequestItem *api = requestItem(report, "api");
    QCOMPARE(api->outcome, SignoffRequestItem::Outcome::Created);
    QCOMPARE(api->issueNumber, qint64(1));
    QVERIFY2(api->closedDuplicates == QList<qint64>{2}, qPrintable(QStringLiteral("dups %1 closed %2 msg %3").arg(api->duplicates.size()).arg(api->closedDuplicates.size()).arg(allText(report))));
    QVERIFY(api->duplicates.isEmpty());
    QCOMPARE(m_server->issues().size(), 3);
    QCOMPARE(m_server->issues().at(1).state, QStringLiteral("closed"));
    QCOMPARE(issueNumber(QStringLiteral("api")), 1);

    // An open duplicate that was there before, or has comments, is only reported.
    Waiter<GitHubResult> again;
    other.post(QStringLiteral("/repos/octo-org/octo-repo/issues"),
               QJsonObject{{"title", twin.title}, {"body", twin.body}, {"labels", QJsonArray::fromStringList(twin.labels)}},
               QString(), nullptr, again.callback());
    QVERIFY(again.wait());
    const SignoffRequestReport second = request();
    QCOMPARE(requestItem(second, "api")->outcome, SignoffRequestItem::Outcome::AlreadyOpen);
    QCOMPARE(requestItem(second, "api")->issueNumber, qint64(1));
    QCOMPARE(requestItem(second, "api")->duplicates, QList<qint64>{4});
}

void tst_SignoffSync::check_data()
{
    QTest::addColumn<QStringList>("comments"); // "login: body", one minute apart
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("by");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QStringList>("ignoredWhy");
    QTest::addColumn<int>("decisive"); // the comment whose time is recorded

    QTest::addRow("team lead approves") << QStringList{"alice: /approve"} << "approved" << "alice" << "" << QStringList{} << 0;
    QTest::addRow("allowed user approves") << QStringList{"dan: Looks fine.\n/approve"} << "approved" << "dan" << ""
                                           << QStringList{} << 0;
    QTest::addRow("release manager from the top-level list approves") << QStringList{"rm: /approve"} << "approved"
                                                                      << "rm" << "" << QStringList{} << 0;
    QTest::addRow("text after /approve") << QStringList{"alice: /approve lgtm"} << "pending" << "" << ""
                                         << QStringList{"text after /approve"} << 0;
    QTest::addRow("a quoted approval") << QStringList{"alice: /approve", "dan: > /approve\nagreed"} << "approved"
                                       << "alice" << "" << QStringList{"inside a quote"} << 0;
    QTest::addRow("only a quoted approval") << QStringList{"dan: > /approve"} << "pending" << "" << ""
                                            << QStringList{"inside a quote"} << 0;
    QTest::addRow("allowed but only read access") << QStringList{"reader: /approve"} << "pending" << "" << ""
                                                  << QStringList{"read access"} << 0;
    QTest::addRow("write access but not allowed") << QStringList{"mallory: /approve"} << "pending" << "" << ""
                                                  << QStringList{"may not sign this component off"} << 0;
    QTest::addRow("the newest command wins")
        << QStringList{"alice: /approve", "alice: /reject the migration is not reversible"} << "rejected" << "alice"
        << "the migration is not reversible" << QStringList{} << 1;
    QTest::addRow("an approval after a rejection")
        << QStringList{"alice: /reject tests fail", "dan: /approve"} << "approved" << "dan" << "" << QStringList{} << 1;
}

void tst_SignoffSync::check()
{
    QFETCH(QStringList, comments);
    QFETCH(QString, state);
    QFETCH(QString, by);
    QFETCH(QString, reason);
    QFETCH(QStringList, ignoredWhy);
    QFETCH(int, decisive);

    QVERIFY(request().ok());
    const int api = issueNumber(QStringLiteral("api"));
    QVERIFY(api > 0);
    QDateTime last;
    for (const QString &c : comments) {
        m_server->advanceClock(60);
        if (last.isNull() || comments.indexOf(c) == decisive)
            last = m_server->now();
        QVERIFY(m_server->addComment(api, c.section(QLatin1String(": "), 0, 0), c.section(QLatin1String(": "), 1)) > 0);
    }
    const QString before = headId();
    const int commitsBefore = commitCount();

    const SignoffCheckReport report = runCheck();
    QVERIFY2(report.ok(), qPrintable(allText(report)));
    QVERIFY(!allText(report).contains(botToken));
    const SignoffCheckItem *item = checkItem(report, "api");
    QCOMPARE(item->issueNumber, qint64(api));
    QCOMPARE(signoffStateName(item->decision.state), state);
    QCOMPARE(item->decision.login, by);
    QCOMPARE(item->decision.reason, reason);
    QCOMPARE(int(item->decision.ignored.size()), ignoredWhy.size());
    for (int i = 0; i < ignoredWhy.size(); ++i)
        QVERIFY2(item->decision.ignored[std::size_t(i)].why.contains(ignoredWhy[i]),
                 qPrintable(item->decision.ignored[std::size_t(i)].why));
    QCOMPARE(item->commented, !ignoredWhy.isEmpty());
    QCOMPARE(checkItem(report, "portal")->decision.state, SignoffState::Pending);
    QCOMPARE(checkItem(report, "workers")->issueNumber, qint64(0));

    const QByteArray after = readFile(m_clone + QLatin1Char('/') + manifestPath);
    const QString at = state == QLatin1String("pending") ? QString() : formatTimestamp(last);
    QByteArray expected = manifestText;
    if (state == QLatin1String("approved")) {
        expected.replace("    sign_off: pending # pending, approved, rejected\n",
                         "    sign_off: approved # pending, approved, rejected\n    approved_by: '@" + by.toUtf8()
                             + "'\n    approved_at: '" + at.toUtf8() + "'\n");
    } else if (state == QLatin1String("rejected")) {
        expected.replace("    sign_off: pending # pending, approved, rejected\n",
                         "    sign_off: rejected # pending, approved, rejected\n    rejected_by: '@" + by.toUtf8()
                             + "'\n    rejected_at: '" + at.toUtf8() + "'\n    reason: '" + reason.toUtf8() + "'\n");
    }
    QVERIFY2(after == expected, after.constData());

    if (state == QLatin1String("pending")) {
        QCOMPARE(item->applied, SignoffCheckItem::Applied::Nothing);
        QCOMPARE(headId(), before);
        QVERIFY(!item->closed);
        return;
    }
    QCOMPARE(item->applied, SignoffCheckItem::Applied::Saved);
    QCOMPARE(commitCount(), commitsBefore + 1);
    QCOMPARE(item->commit, headId());
    git_repository *raw = nullptr;
    QCOMPARE(git_repository_open(&raw, QFile::encodeName(m_clone).constData()), 0);
    QCOMPARE(blobAt(raw, "HEAD:" + manifestPath), after);
    QCOMPARE(statusFlags(raw, manifestPath), 0u);
    git_repository_free(raw);

    // Approved issues are closed; a rejected one stays open for a later /approve.
    for (const fake::IssueState &i : m_server->issues()) {
        if (i.number == api)
            QCOMPARE(i.state, state == QLatin1String("approved") ? QStringLiteral("closed") : QStringLiteral("open"));
    }
    QCOMPARE(item->closed, state == QLatin1String("approved"));
}

void tst_SignoffSync::secondCheckChangesNothing()
{
    QVERIFY(request().ok());
    const int api = issueNumber(QStringLiteral("api"));
    m_server->addComment(api, QStringLiteral("mallory"), QStringLiteral("/approve"));
    m_server->advanceClock(60);
    m_server->addComment(api, QStringLiteral("alice"), QStringLiteral("/approve"));
    const SignoffCheckReport first = runCheck();
    QVERIFY2(first.ok(), qPrintable(allText(first)));
    QCOMPARE(checkItem(first, "api")->applied, SignoffCheckItem::Applied::Saved);
    QVERIFY(checkItem(first, "api")->commented);
    const QString head = headId();
    const QByteArray bytes = readFile(m_clone + QLatin1Char('/') + manifestPath);

    const SignoffCheckReport second = runCheck();
    QVERIFY2(second.ok(), qPrintable(allText(second)));
    QCOMPARE(headId(), head);
    QCOMPARE(readFile(m_clone + QLatin1Char('/') + manifestPath), bytes);
    // The issue is closed, so the manifest speaks for the component now.
    QCOMPARE(checkItem(second, "api")->issueNumber, qint64(0));
    QCOMPARE(checkItem(second, "api")->signOffBefore, QStringLiteral("approved"));
    QCOMPARE(manifest().component(QStringLiteral("api"))->approvedBy, QStringLiteral("@alice"));
}

void tst_SignoffSync::rejectionStaysOpenAndIsNotRecordedTwice()
{
    QVERIFY(request().ok());
    const int api = issueNumber(QStringLiteral("api"));
    m_server->addComment(api, QStringLiteral("alice"), QStringLiteral("/approve please"));
    m_server->advanceClock(60);
    m_server->addComment(api, QStringLiteral("alice"), QStringLiteral("/reject smoke tests fail"));
    const SignoffCheckReport first = runCheck();
    QVERIFY2(first.ok(), qPrintable(allText(first)));
    QCOMPARE(checkItem(first, "api")->applied, SignoffCheckItem::Applied::Saved);
    QVERIFY(checkItem(first, "api")->commented);
    const QString head = headId();
    auto commentsOn = [this](int number) {
        for (const fake::IssueState &i : m_server->issues())
            if (i.number == number)
                return i.comments;
        return -1;
    };
    QCOMPARE(commentsOn(api), 3);

    const SignoffCheckReport second = runCheck();
    QVERIFY2(second.ok(), qPrintable(allText(second)));
    QCOMPARE(checkItem(second, "api")->applied, SignoffCheckItem::Applied::AlreadyRecorded);
    QVERIFY(!checkItem(second, "api")->commented);
    QCOMPARE(commentsOn(api), 3);
    QCOMPARE(headId(), head);

    // A new ignored command is reported once, on its own.
    m_server->advanceClock(60);
    m_server->addComment(api, QStringLiteral("mallory"), QStringLiteral("/approve"));
    const SignoffCheckReport third = runCheck();
    QVERIFY(checkItem(third, "api")->commented);
    QCOMPARE(commentsOn(api), 5);
    QCOMPARE(headId(), head);
}

void tst_SignoffSync::checkRetriesFailedReads()
{
    QVERIFY(request().ok());
    m_server->addComment(issueNumber(QStringLiteral("api")), QStringLiteral("alice"), QStringLiteral("/approve"));
    for (const char *endpoint : {"GET /repos/{owner}/{repo}/issues", "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
                                 "GET /repos/{owner}/{repo}/collaborators/{username}/permission"}) {
        Fault fault;
        fault.kind = FaultKind::ServerError500;
        fault.endpoint = QString::fromLatin1(endpoint);
        m_server->injectFault(fault);
    }
    const SignoffCheckReport report = runCheck();
    QVERIFY2(report.ok(), qPrintable(allText(report)));
    QCOMPARE(checkItem(report, "api")->applied, SignoffCheckItem::Applied::Saved);
    QCOMPARE(m_server->counters().faults, 3);

    // A read that keeps failing fails the component, says so, and writes nothing for it.
    Fault broken;
    broken.kind = FaultKind::ServiceUnavailable503;
    broken.endpoint = QStringLiteral("GET /repos/{owner}/{repo}/issues/{issue_number}/comments");
    broken.count = -1;
    m_server->injectFault(broken);
    const SignoffCheckReport failing = runCheck();
    QVERIFY(!failing.ok());
    QCOMPARE(checkItem(failing, "portal")->applied, SignoffCheckItem::Applied::Failed);
    QVERIFY2(checkItem(failing, "portal")->error.contains(QLatin1String("comments of #")), qPrintable(allText(failing)));
    QVERIFY(!allText(failing).contains(botToken));
}

void tst_SignoffSync::checkRefusesAChangedFile()
{
    QVERIFY(request().ok());
    const int api = issueNumber(QStringLiteral("api"));
    m_server->addComment(api, QStringLiteral("alice"), QStringLiteral("/approve"));
    const QString path = m_clone + QLatin1Char('/') + manifestPath;
    const QByteArray edited = manifestText + "# edited by hand meanwhile\n";
    // Someone saves the file while the check reads the comments.
    connect(m_server.get(), &FakeGitHub::requestHandled, this, [&](const QString &endpoint, int) {
        if (endpoint.endsWith(QLatin1String("/comments")))
            writeFile(path, edited);
    });
    const QString head = headId();
    const SignoffCheckReport report = runCheck();
    disconnect(m_server.get(), &FakeGitHub::requestHandled, this, nullptr);
    QVERIFY(!report.ok());
    QVERIFY2(report.writeError.contains(QLatin1String("changed on disk")), qPrintable(report.writeError));
    QCOMPARE(readFile(path), edited);
    QCOMPARE(headId(), head);
    QCOMPARE(checkItem(report, "api")->applied, SignoffCheckItem::Applied::Nothing);
    // Not recorded, so not closed either.
    QVERIFY(!checkItem(report, "api")->closed);
    QCOMPARE(issueNumber(QStringLiteral("api")), api);
}

void tst_SignoffSync::checkWithoutCommit()
{
    QVERIFY(request().ok());
    m_server->addComment(issueNumber(QStringLiteral("portal")), QStringLiteral("carol"), QStringLiteral("/approve"));
    const QString head = headId();
    const SignoffCheckReport report = runCheck(false);
    QVERIFY2(report.ok(), qPrintable(allText(report)));
    QCOMPARE(checkItem(report, "portal")->applied, SignoffCheckItem::Applied::Saved);
    QVERIFY(checkItem(report, "portal")->commit.isEmpty());
    QCOMPARE(headId(), head);
    QCOMPARE(manifest().component(QStringLiteral("portal"))->approvedBy, QStringLiteral("@carol"));
}

QTEST_GUILESS_MAIN(tst_SignoffSync)
#include "tst_signoffsync.moc"
