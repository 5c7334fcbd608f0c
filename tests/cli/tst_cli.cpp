#include "cli.h"

#include "demo/demoworkspace.h"
#include "git/repository.h"
#include "manifest/manifestedit.h"
#include "manifest/manifestfile.h"
#include "manifest/manifestparser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <git2.h>

using namespace rc;

Q_DECLARE_METATYPE(rc::core::ManifestEdit)

namespace {

const QString SeedId = QStringLiteral("rel-2024-01-15-001");
const QString SeedFile = QStringLiteral("releases/2024-01-15-release.yaml");

// A release that passes every readiness rule: approved, every sign-off, checklist item and
// approval done, validation passed, scheduled inside the regular Tuesday window.
const char ReadyManifest[] = R"(release:
  id: rel-2024-02-06-001
  type: regular
  scheduled_at: '2024-02-06T10:00:00Z'
  release_manager: '@john.doe'
  status: approved

components:
  - name: api
    current_version: v1.3.0
    new_version: v1.3.1
    changes:
      - 'fix: Retry on 503'
    team: api-team
    team_lead: '@alice'
    sign_off: approved
    approved_by: '@alice'
    approved_at: '2024-02-05T12:00:00Z'

  - name: workers
    current_version: v1.5.0
    new_version: v1.5.0
    changes: []
    team: workers-team
    sign_off: not_required

validation:
  staging_deployed: true
  integration_tests: passed

checklist:
  - item: 'All team sign-offs received'
    status: completed
    required: true
    completed_by: '@john.doe'

approvals:
  - role: 'Release Manager'
    user: '@john.doe'
    status: approved
)";

const char DeployedManifest[] = R"(release:
  id: rel-2024-01-09-001
  scheduled_at: '2024-01-09T10:00:00Z'
  release_manager: '@john.doe'
  status: deployed

components:
  - name: api
    current_version: v1.2.2
    new_version: v1.2.3
    team: api-team
    team_lead: '@alice'
    sign_off: approved
)";

const char DraftManifest[] = R"(release:
  id: rel-2024-02-13-001
  scheduled_at: '2024-02-13T10:00:00Z'
  release_manager: '@john.doe'
  status: draft

components: []
)";

// `status: shipping` is not a release status: an error at line 3, column 11.
const char BrokenManifest[] = R"(release:
  id: rel-broken
  status: shipping
)";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The lines only in `before` and only in `after`, by longest common subsequence.
struct LineDiff
{
    QStringList removed;
    QStringList added;
};

LineDiff diffLines(const QByteArray &before, const QByteArray &after)
{
    const QStringList a = QString::fromUtf8(before).split(QLatin1Char('\n'));
    const QStringList b = QString::fromUtf8(after).split(QLatin1Char('\n'));
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    LineDiff diff;
    qsizetype i = 0, j = 0;
    while (i < n && j < m) {
        if (a[i] == b[j]) {
            ++i;
            ++j;
        } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
            diff.removed << a[i++];
        } else {
            diff.added << b[j++];
        }
    }
    while (i < n)
        diff.removed << a[i++];
    while (j < m)
        diff.added << b[j++];
    return diff;
}

// Each line must match its pattern in full; `TS` stands for a manifest timestamp.
bool linesMatch(const QStringList &lines, const QStringList &patterns, QString *why)
{
    if (lines.size() != patterns.size()) {
        *why = QStringLiteral("expected %1 lines, got %2:\n%3").arg(patterns.size()).arg(lines.size()).arg(lines.join(QLatin1Char('\n')));
        return false;
    }
    for (qsizetype k = 0; k < lines.size(); ++k) {
        QString pattern = QRegularExpression::escape(patterns[k]);
        pattern.replace(QStringLiteral("TS"), QStringLiteral("'?\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ'?"));
        const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
        if (!re.match(lines[k]).hasMatch()) {
            *why = QStringLiteral("line %1: \"%2\" does not match \"%3\"").arg(k + 1).arg(lines[k], patterns[k]);
            return false;
        }
    }
    return true;
}

QString headMessage(const QString &workdir)
{
    git_repository *repo = nullptr;
    QString message;
    if (git_repository_open(&repo, QFile::encodeName(workdir).constData()) != 0)
        return QStringLiteral("<cannot open>");
    git_object *head = nullptr;
    if (git_revparse_single(&head, repo, "HEAD") == 0) {
        message = QString::fromUtf8(git_commit_message(reinterpret_cast<git_commit *>(head))).trimmed();
        git_object_free(head);
    }
    git_repository_free(repo);
    return message;
}

QJsonValue parseJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue(QJsonValue::Undefined);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QJsonObject findById(const QJsonArray &array, const QString &id)
{
    for (const QJsonValue &v : array)
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject();
    return {};
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void commands_data();
    void commands();

    void listJson();
    void statusJson();
    void checkJson_data();
    void checkJson();

    void edits_data();
    void edits();
    void noCommitLeavesFileUncommitted();
    void noUserSaysHowToSetOne();
    void commitFailureIsFailure();
    void dashboardColumnsAlign();

    void findChecklistItem_data();
    void findChecklistItem();
    void findApprovalRole_data();
    void findApprovalRole();
    void conflictOnDiskIsFailure();
    void colourOnlyWhenAsked();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &args, const QString &workdir, const QString &home = {}) const;
    QString makeClone(const QString &name, const QList<QPair<QString, QByteArray>> &files);
    QString freshDemo();
    QString seedClone();
    QString fixture(const QString &name) const;

    QTemporaryDir m_root;
    QString m_binary;
    QString m_home; ///< HOME with a .gitconfig: identity and releaseconsole.user
    QString m_emptyHome; ///< HOME with no git configuration at all
    QString m_demo;
    QString m_small;
    QString m_pair;
    QString m_notAClone;
    int m_clones = 0;
};

tst_Cli::Result tst_Cli::run(const QStringList &args, const QString &workdir, const QString &home) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.isEmpty() ? m_home : home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), (home.isEmpty() ? m_home : home) + QLatin1String("/.config"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("GIT_DIR"));
    env.remove(QStringLiteral("GIT_WORK_TREE"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workdir);
    process.start(m_binary, args);
    Result result;
    if (!process.waitForFinished(15000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("<timed out>");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString tst_Cli::makeClone(const QString &name, const QList<QPair<QString, QByteArray>> &files)
{
    const QString dir = m_root.filePath(name);
    for (const auto &[path, bytes] : files)
        if (!writeFile(dir + QLatin1Char('/') + path, bytes))
            return {};
    core::Expected<core::Repository> repo = core::Repository::init(dir);
    if (!repo)
        return {};
    if (!repo->commitAll(QStringLiteral("Initial releases"), {QStringLiteral("Test"), QStringLiteral("test@example.com")},
                         1707210000))
        return {};
    return repo->workdir();
}

QString tst_Cli::freshDemo()
{
    const core::Expected<QString> demo = core::createDemoWorkspace(m_root.filePath(QStringLiteral("demo-%1").arg(++m_clones)));
    return demo ? *demo : QString();
}

// The seed manifest alone in a one-commit clone: what an edit needs, at a fraction of the demo's cost.
QString tst_Cli::seedClone()
{
    return makeClone(QStringLiteral("seed-%1").arg(++m_clones),
                     {{SeedFile, readFile(QStringLiteral(RC_SOURCE_DIR "/resources/demo/2024-01-15-release.yaml"))}});
}

QString tst_Cli::fixture(const QString &name) const
{
    if (name == QLatin1String("demo"))
        return m_demo;
    if (name == QLatin1String("small"))
        return m_small;
    if (name == QLatin1String("pair"))
        return m_pair;
    return m_notAClone;
}

void tst_Cli::initTestCase()
{
    QVERIFY(m_root.isValid());
    m_binary = QStringLiteral(RC_BINARY_DIR "/bin/releasectl");
    QVERIFY2(QFileInfo(m_binary).isExecutable(), qPrintable(m_binary + QLatin1String(" is not built")));

    m_home = m_root.filePath(QStringLiteral("home"));
    QVERIFY(writeFile(m_home + QLatin1String("/.gitconfig"),
                      "[user]\n\tname = Carol\n\temail = carol@example.com\n[releaseconsole]\n\tuser = @carol\n"));
    m_emptyHome = m_root.filePath(QStringLiteral("empty-home"));
    QVERIFY(QDir().mkpath(m_emptyHome));
    m_notAClone = m_root.filePath(QStringLiteral("not-a-clone"));
    QVERIFY(QDir().mkpath(m_notAClone));

    m_demo = freshDemo();
    QVERIFY(!m_demo.isEmpty());
    m_small = makeClone(QStringLiteral("small"), {{QStringLiteral("releases/rel-2024-02-06-001.yaml"), ReadyManifest},
                                                  {QStringLiteral("releases/old.yaml"), DeployedManifest},
                                                  {QStringLiteral("releases/broken.yaml"), BrokenManifest},
                                                  {QStringLiteral("api/README.md"), "api\n"}});
    QVERIFY(!m_small.isEmpty());
    m_pair = makeClone(QStringLiteral("pair"), {{QStringLiteral("releases/next.yaml"), DraftManifest},
                                                {QStringLiteral("releases/ready.yaml"), ReadyManifest}});
    QVERIFY(!m_pair.isEmpty());
}

void tst_Cli::commands_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("outHas");
    QTest::addColumn<QStringList>("errHas");

    const QStringList none;
    QTest::addRow("help") << "none" << QStringList{"--help"} << 0 << QStringList{"Usage: releasectl", "signoff", "Exit codes"} << none;
    QTest::addRow("help for signoff") << "none" << QStringList{"signoff", "--help"} << 0
                                      << QStringList{"Usage: releasectl [--repo DIR] signoff", "--reject <REASON>", "--no-commit"} << none;
    QTest::addRow("help command") << "none" << QStringList{"help", "checklist"} << 0 << QStringList{"--undo"} << none;
    QTest::addRow("version") << "none" << QStringList{"--version"} << 0 << QStringList{"releasectl 0."} << none;
    QTest::addRow("no command") << "none" << QStringList{} << 2 << none << QStringList{"Usage: releasectl"};
    QTest::addRow("unknown command") << "demo" << QStringList{"deploy-now"} << 2 << none << QStringList{"releasectl: unknown command \"deploy-now\""};
    QTest::addRow("unknown option") << "demo" << QStringList{"list", "--jsn"} << 2 << none << QStringList{"releasectl: ", "jsn"};
    QTest::addRow("not a clone") << "none" << QStringList{"list"} << 2 << none << QStringList{"not inside a git clone", "--repo DIR"};
    QTest::addRow("repo missing") << "none" << QStringList{"--repo", "no/such/dir", "list"} << 2 << none << QStringList{"no/such/dir: no such directory"};

    QTest::addRow("list demo") << "demo" << QStringList{"list"} << 0
                               << QStringList{"ID", "STATUS", SeedId, "pending_approval", "2024-01-15 10:00 UTC", "2/3", SeedFile} << none;
    QTest::addRow("list shows broken file") << "small" << QStringList{"list"} << 0
                                            << QStringList{"rel-2024-02-06-001", "releases/broken.yaml", "invalid"} << none;
    QTest::addRow("list from elsewhere with --repo") << "none" << QStringList{"--repo", "$DEMO", "list"} << 0 << QStringList{SeedId} << none;
    QTest::addRow("repo with equals sign") << "none" << QStringList{"--repo=$DEMO", "check", SeedId} << 3 << QStringList{SeedId} << none;
    QTest::addRow("help status") << "none" << QStringList{"help", "status"} << 0 << QStringList{"[RELEASE] [--json]", "--json"} << none;
    QTest::addRow("repo after the command") << "none" << QStringList{"list", "--repo", "$DEMO"} << 0 << QStringList{SeedId} << none;

    QTest::addRow("status seed") << "demo" << QStringList{"status", SeedId} << 0
                                 << QStringList{SeedId, "pending_approval", "Release manager", "@john.doe",
                                                "Components (2 of 3 signed off)", "v1.2.3 → v1.3.0", "✓ approved by @bob",
                                                "○ pending", "– not required", "[x] Integration tests passing",
                                                "[ ] On-call team notified", "required", "Tech Lead", "@tech-lead",
                                                "integration_tests", "Readiness", "blocked", "api"}
                                 << none;
    QTest::addRow("status by path") << "demo" << QStringList{"status", SeedFile} << 0 << QStringList{SeedId} << none;
    QTest::addRow("status by path from a subfolder") << "demo-releases" << QStringList{"status", "2024-01-15-release.yaml"} << 0
                                                     << QStringList{SeedId} << none;
    QTest::addRow("status of the one open release") << "small" << QStringList{"status"} << 0
                                                    << QStringList{"rel-2024-02-06-001", "ready to deploy"} << none;
    QTest::addRow("status with two open releases") << "pair" << QStringList{"status"} << 2 << none
                                                   << QStringList{"2 releases are open", "rel-2024-02-13-001", "rel-2024-02-06-001"};
    QTest::addRow("status unknown release") << "demo" << QStringList{"status", "rel-1999-01-01-001"} << 2 << none
                                            << QStringList{"no release rel-1999-01-01-001", "known ids"};
    QTest::addRow("status of a broken file") << "small" << QStringList{"status", "releases/broken.yaml"} << 2 << none
                                             << QStringList{"releases/broken.yaml:3:", "error:", "fix them"};

    QTest::addRow("check seed is blocked") << "demo" << QStringList{"check", SeedId} << 3
                                           << QStringList{SeedId + " is blocked", "api: sign-off pending", "Tech Lead", "On-call team notified"} << none;
    QTest::addRow("check ready release") << "small" << QStringList{"check", "rel-2024-02-06-001"} << 0
                                         << QStringList{"rel-2024-02-06-001 is ready to deploy"} << none;
    QTest::addRow("check default release") << "small" << QStringList{"check"} << 0 << QStringList{"ready to deploy"} << none;

    QTest::addRow("validate all, one broken") << "small" << QStringList{"validate"} << 2
                                              << QStringList{"releases/broken.yaml:3:11: error:", "shipping", "3 manifests checked: 1 error"} << none;
    QTest::addRow("validate named broken file") << "small" << QStringList{"validate", "releases/broken.yaml"} << 2
                                                << QStringList{"releases/broken.yaml:3:11: error:", "pending_approval"} << none;
    QTest::addRow("validate clean file") << "small" << QStringList{"validate", "releases/rel-2024-02-06-001.yaml"} << 0
                                         << QStringList{"1 manifest checked: 0 errors"} << none;
    QTest::addRow("validate missing file") << "small" << QStringList{"validate", "releases/nope.yaml"} << 2
                                           << QStringList{"releases/nope.yaml: error: cannot read"} << none;
    QTest::addRow("validate demo") << "demo" << QStringList{"validate"} << 0 << QStringList{"0 errors"} << none;

    QTest::addRow("invalid transition") << "demo" << QStringList{"transition", SeedId, "deployed"} << 2 << none
                                        << QStringList{"cannot move from pending_approval to deployed", "approved", "cancelled"};
    QTest::addRow("approving with blockers") << "demo" << QStringList{"transition", SeedId, "approved"} << 3 << none
                                             << QStringList{"cannot be marked approved until these are done",
                                                            "api: sign-off pending", "Tech Lead approval pending"};
    QTest::addRow("unknown status") << "demo" << QStringList{"status-set", SeedId, "shipped"} << 2 << none
                                    << QStringList{"unknown status \"shipped\"", "rolled_back"};
    QTest::addRow("transition from a final status") << "small" << QStringList{"transition", "rel-2024-01-09-001", "cancelled", "--no-commit"}
                                                    << 2 << none << QStringList{"cannot move from deployed to cancelled", "rolled_back"};
    QTest::addRow("signoff without an action") << "demo" << QStringList{"signoff", SeedId, "api"} << 2 << none
                                               << QStringList{"exactly one of --approve, --reject REASON, --reset"};
    QTest::addRow("signoff two actions") << "demo" << QStringList{"signoff", SeedId, "api", "--approve", "--reset"} << 2 << none
                                         << QStringList{"exactly one of"};
    QTest::addRow("signoff unknown component") << "demo" << QStringList{"signoff", SeedId, "billing", "--approve"} << 2 << none
                                               << QStringList{"no component \"billing\"", "placement-service"};
    QTest::addRow("signoff unknown release") << "demo" << QStringList{"signoff", "rel-nope", "api", "--approve"} << 2 << none
                                             << QStringList{"rel-nope"};
    QTest::addRow("checklist ambiguous text") << "demo" << QStringList{"checklist", SeedId, "team", "--done"} << 2 << none
                                              << QStringList{"matches several", "All team sign-offs received", "On-call team notified"};
    QTest::addRow("checklist index out of range") << "demo" << QStringList{"checklist", SeedId, "8", "--done"} << 2 << none
                                                  << QStringList{"numbered 1 to 7"};
    QTest::addRow("approve unknown role") << "demo" << QStringList{"approve", SeedId, "CFO"} << 2 << none
                                          << QStringList{"no approval role matches \"CFO\"", "Tech Lead"};
    QTest::addRow("reject needs a reason") << "demo" << QStringList{"approve", SeedId, "Tech Lead", "--reject", " "} << 2 << none
                                           << QStringList{"--reject needs a reason"};
}

void tst_Cli::commands()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QStringList, outHas);
    QFETCH(QStringList, errHas);

    QString dir = this->fixture(fixture);
    if (fixture == QLatin1String("demo-releases"))
        dir = m_demo + QLatin1String("/releases");
    for (QString &arg : args)
        arg.replace(QLatin1String("$DEMO"), m_demo);
    const QByteArray seedBefore = readFile(m_demo + QLatin1Char('/') + SeedFile);

    const Result result = run(args, dir);
    const QString context = QStringLiteral("stdout:\n%1\nstderr:\n%2").arg(result.out, result.err);
    QVERIFY2(result.exitCode == exitCode, qPrintable(QStringLiteral("exit %1, expected %2\n").arg(result.exitCode).arg(exitCode) + context));
    for (const QString &text : outHas)
        QVERIFY2(result.out.contains(text), qPrintable(QStringLiteral("stdout lacks \"%1\"\n").arg(text) + context));
    for (const QString &text : errHas)
        QVERIFY2(result.err.contains(text), qPrintable(QStringLiteral("stderr lacks \"%1\"\n").arg(text) + context));
    // A failure always says why: on stderr, or as diagnostics for validate.
    if (exitCode == 2 || exitCode == 1)
        QVERIFY2(result.err.startsWith(QLatin1String("releasectl: ")) || result.err.contains(QLatin1String("\nreleasectl: "))
                     || result.err.startsWith(QLatin1String("Usage")) || result.out.contains(QLatin1String(": error: ")),
                 qPrintable(context));
    // None of these commands may touch the shared demo clone.
    QCOMPARE(readFile(m_demo + QLatin1Char('/') + SeedFile), seedBefore);
}

void tst_Cli::listJson()
{
    const Result result = run({QStringLiteral("list"), QStringLiteral("--json")}, m_small);
    QCOMPARE(result.exitCode, 0);
    const QJsonValue json = parseJson(result.out);
    QVERIFY2(json.isArray(), qPrintable(result.out));
    const QJsonArray array = json.toArray();
    QCOMPARE(array.size(), 3);

    const QJsonObject ready = findById(array, QStringLiteral("rel-2024-02-06-001"));
    QCOMPARE(ready.value("file").toString(), QStringLiteral("releases/rel-2024-02-06-001.yaml"));
    QCOMPARE(ready.value("status").toString(), QStringLiteral("approved"));
    QCOMPARE(ready.value("scheduled_at").toString(), QStringLiteral("2024-02-06T10:00:00Z"));
    QCOMPARE(ready.value("release_manager").toString(), QStringLiteral("@john.doe"));
    QCOMPARE(ready.value("sign_offs").toObject().value("approved").toInt(), 1);
    QCOMPARE(ready.value("sign_offs").toObject().value("needed").toInt(), 1);
    QCOMPARE(ready.value("ready").toBool(), true);
    QCOMPARE(ready.value("errors").toArray().size(), 0);

    const QJsonObject deployed = findById(array, QStringLiteral("rel-2024-01-09-001"));
    QCOMPARE(deployed.value("status").toString(), QStringLiteral("deployed"));

    QJsonObject broken;
    for (const QJsonValue &v : array)
        if (v.toObject().value("file").toString() == QLatin1String("releases/broken.yaml"))
            broken = v.toObject();
    QVERIFY(broken.value("id").isNull());
    QCOMPARE(broken.value("ready").toBool(true), false);
    const QJsonArray errors = broken.value("errors").toArray();
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.first().toObject().value("file").toString(), QStringLiteral("releases/broken.yaml"));
    QCOMPARE(errors.first().toObject().value("line").toInt(), 3);
    QCOMPARE(errors.first().toObject().value("column").toInt(), 11);
    QCOMPARE(errors.first().toObject().value("severity").toString(), QStringLiteral("error"));

    const Result demo = run({QStringLiteral("list"), QStringLiteral("--json")}, m_demo);
    const QJsonObject seed = findById(parseJson(demo.out).toArray(), SeedId);
    QCOMPARE(seed.value("file").toString(), SeedFile);
    QCOMPARE(seed.value("sign_offs").toObject().value("approved").toInt(), 2);
    QCOMPARE(seed.value("sign_offs").toObject().value("needed").toInt(), 3);
    QCOMPARE(seed.value("ready").toBool(true), false);
}

void tst_Cli::statusJson()
{
    const Result result = run({QStringLiteral("status"), SeedId, QStringLiteral("--json")}, m_demo);
    QCOMPARE(result.exitCode, 0);
    const QJsonObject o = parseJson(result.out).toObject();
    QVERIFY2(!o.isEmpty(), qPrintable(result.out));
    QCOMPARE(o.value("id").toString(), SeedId);
    QCOMPARE(o.value("file").toString(), SeedFile);
    QCOMPARE(o.value("status").toString(), QStringLiteral("pending_approval"));
    QCOMPARE(o.value("scheduled_at").toString(), QStringLiteral("2024-01-15T10:00:00Z"));
    QCOMPARE(o.value("release_manager").toString(), QStringLiteral("@john.doe"));

    const QJsonArray components = o.value("components").toArray();
    QCOMPARE(components.size(), 4);
    const QJsonObject api = components.at(0).toObject();
    QCOMPARE(api.value("name").toString(), QStringLiteral("api"));
    QCOMPARE(api.value("current_version").toString(), QStringLiteral("v1.2.3"));
    QCOMPARE(api.value("new_version").toString(), QStringLiteral("v1.3.0"));
    QCOMPARE(api.value("team").toString(), QStringLiteral("api-team"));
    QCOMPARE(api.value("team_lead").toString(), QStringLiteral("@alice"));
    QCOMPARE(api.value("sign_off").toString(), QStringLiteral("pending"));
    QCOMPARE(api.value("changes").toArray().size(), 2);
    const QJsonObject placement = components.at(1).toObject();
    QCOMPARE(placement.value("sign_off").toString(), QStringLiteral("approved"));
    QCOMPARE(placement.value("approved_by").toString(), QStringLiteral("@bob"));
    QCOMPARE(placement.value("approved_at").toString(), QStringLiteral("2024-01-14T15:30:00Z"));
    const QJsonObject workers = components.at(3).toObject();
    QCOMPARE(workers.value("sign_off").toString(), QStringLiteral("not_required"));
    QVERIFY(workers.value("team_lead").isNull());

    const QJsonArray checklist = o.value("checklist").toArray();
    QCOMPARE(checklist.size(), 7);
    QCOMPARE(checklist.at(0).toObject().value("item").toString(), QStringLiteral("All team sign-offs received"));
    QCOMPARE(checklist.at(0).toObject().value("status").toString(), QStringLiteral("pending"));
    QCOMPARE(checklist.at(0).toObject().value("required").toBool(), true);
    QCOMPARE(checklist.at(1).toObject().value("status").toString(), QStringLiteral("completed"));
    QCOMPARE(checklist.at(1).toObject().value("completed_by").toString(), QStringLiteral("@ci-bot"));
    QCOMPARE(checklist.at(1).toObject().value("required").toBool(true), false);

    const QJsonArray approvals = o.value("approvals").toArray();
    QCOMPARE(approvals.size(), 4);
    QCOMPARE(approvals.at(1).toObject().value("role").toString(), QStringLiteral("Tech Lead"));
    QCOMPARE(approvals.at(1).toObject().value("user").toString(), QStringLiteral("@tech-lead"));
    QCOMPARE(approvals.at(1).toObject().value("status").toString(), QStringLiteral("pending"));

    const QJsonObject readiness = o.value("readiness").toObject();
    QCOMPARE(readiness.value("ready").toBool(true), false);
    const QJsonArray blockers = readiness.value("blockers").toArray();
    QVERIFY(blockers.size() >= 3);
    QString all;
    for (const QJsonValue &b : blockers)
        all += b.toString() + QLatin1Char('\n');
    QVERIFY2(all.contains(QLatin1String("api")) && all.contains(QLatin1String("Tech Lead")), qPrintable(all));
    QVERIFY(o.value("warnings").isArray());
    QCOMPARE(o.value("sign_offs").toObject().value("needed").toInt(), 3);
}

void tst_Cli::checkJson_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("release");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("ready");

    QTest::addRow("seed is blocked") << "demo" << SeedId << 3 << false;
    QTest::addRow("ready release") << "small" << "rel-2024-02-06-001" << 0 << true;
}

void tst_Cli::checkJson()
{
    QFETCH(QString, fixture);
    QFETCH(QString, release);
    QFETCH(int, exitCode);
    QFETCH(bool, ready);

    const Result result = run({QStringLiteral("check"), release, QStringLiteral("--json")}, this->fixture(fixture));
    QCOMPARE(result.exitCode, exitCode);
    const QJsonObject o = parseJson(result.out).toObject();
    QCOMPARE(o.value("id").toString(), release);
    QCOMPARE(o.value("ready").toBool(!ready), ready);
    QCOMPARE(o.value("blockers").toArray().isEmpty(), ready);
    QVERIFY(o.value("file").toString().startsWith(QLatin1String("releases/")));
}

void tst_Cli::edits_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("removed");
    QTest::addColumn<QStringList>("added");
    QTest::addColumn<core::ManifestEdit>("edit");

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QTest::addRow("signoff approve")
        << QStringList{"signoff", SeedId, "api", "--approve", "--by", "@carol"}
        << QStringList{"    sign_off: pending # pending, approved, rejected"}
        << QStringList{"    sign_off: approved # pending, approved, rejected", "    approved_by: '@carol'", "    approved_at: TS"}
        << core::ManifestEdit{core::SignOffEdit{"api", core::SignOff::Approved, "@carol", {}, now}};
    QTest::addRow("signoff reject, user without @")
        << QStringList{"signoff", SeedId, "Portal", "--reject", "Mobile layout broken", "--by", "carol"}
        << QStringList{"    sign_off: approved"}
        << QStringList{"    sign_off: rejected", "    rejected_by: '@carol'", "    rejected_at: TS", "    reason: 'Mobile layout broken'"}
        << core::ManifestEdit{core::SignOffEdit{"portal", core::SignOff::Rejected, "@carol", "Mobile layout broken", now}};
    QTest::addRow("signoff reset")
        << QStringList{"signoff", SeedFile, "placement-service", "--reset"}
        << QStringList{"    sign_off: approved", "    approved_by: '@bob'", "    approved_at: '2024-01-14T15:30:00Z'"}
        << QStringList{"    sign_off: pending"}
        << core::ManifestEdit{core::SignOffEdit{"placement-service", core::SignOff::Pending, {}, {}, now}};
    QTest::addRow("checklist by index, user from git config")
        << QStringList{"checklist", SeedId, "7", "--done"}
        << QStringList{"    status: pending"}
        << QStringList{"    status: completed", "    completed_by: '@carol'", "    completed_at: TS"}
        << core::ManifestEdit{core::ChecklistEdit{6, true, "@carol", now}};
    QTest::addRow("checklist by text")
        << QStringList{"checklist", SeedId, "on-call", "--done", "--by", "@dave"}
        << QStringList{"    status: pending"}
        << QStringList{"    status: completed", "    completed_by: '@dave'", "    completed_at: TS"}
        << core::ManifestEdit{core::ChecklistEdit{6, true, "@dave", now}};
    QTest::addRow("checklist undo by exact text")
        << QStringList{"checklist", SeedId, "Integration tests passing", "--undo"}
        << QStringList{"    status: completed", "    completed_by: '@ci-bot'"}
        << QStringList{"    status: pending"}
        << core::ManifestEdit{core::ChecklistEdit{1, false, {}, now}};
    QTest::addRow("approve role")
        << QStringList{"approve", SeedId, "tech lead", "--by", "@tech-lead"}
        << QStringList{"    status: pending"}
        << QStringList{"    status: approved", "    approved_by: '@tech-lead'", "    approved_at: TS"}
        << core::ManifestEdit{core::ApprovalEdit{"Tech Lead", core::ApprovalStatus::Approved, "@tech-lead", {}, now}};
    QTest::addRow("approve reject")
        << QStringList{"approve", SeedId, "QA", "--reject", "Checkout regression", "--by", "@qa-lead"}
        << QStringList{"    status: approved"}
        << QStringList{"    status: rejected", "    rejected_by: '@qa-lead'", "    rejected_at: TS", "    reason: 'Checkout regression'"}
        << core::ManifestEdit{core::ApprovalEdit{"QA Lead", core::ApprovalStatus::Rejected, "@qa-lead", "Checkout regression", now}};
    QTest::addRow("status-set alias, dashes")
        << QStringList{"status-set", SeedId, "Cancelled"}
        << QStringList{"  status: pending_approval # draft, pending_approval, approved, deploying, deployed, rolled_back"}
        << QStringList{"  status: cancelled # draft, pending_approval, approved, deploying, deployed, rolled_back"}
        << core::ManifestEdit{core::StatusEdit{core::ReleaseStatus::Cancelled}};
}

void tst_Cli::edits()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, removed);
    QFETCH(QStringList, added);
    QFETCH(core::ManifestEdit, edit);

    const QString demo = seedClone();
    QVERIFY(!demo.isEmpty());
    const QString path = demo + QLatin1Char('/') + SeedFile;
    const QByteArray before = readFile(path);
    const QString headBefore = headMessage(demo);

    const Result result = run(args, demo);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const core::ParseResult parsedBefore = core::parseManifest(before, SeedFile);
    QVERIFY(parsedBefore.ok());
    const QString message = core::describeEdit(*parsedBefore.manifest, edit);
    QVERIFY2(result.out.contains(message), qPrintable(result.out));
    QVERIFY2(result.out.contains(QLatin1String("commit ")), qPrintable(result.out));

    const LineDiff diff = diffLines(before, readFile(path));
    QString why;
    QVERIFY2(linesMatch(diff.removed, removed, &why), qPrintable(QLatin1String("removed lines: ") + why));
    QVERIFY2(linesMatch(diff.added, added, &why), qPrintable(QLatin1String("added lines: ") + why));

    QCOMPARE(headMessage(demo), message);
    QVERIFY(headMessage(demo) != headBefore);
    core::Expected<core::Repository> repo = core::Repository::discover(demo);
    QVERIFY(repo);
    QCOMPARE(repo->fileState(SeedFile), core::FileState::Unmodified);
}

void tst_Cli::noCommitLeavesFileUncommitted()
{
    // On a full demo clone, whose own git config names @john.doe over the global @carol.
    const QString demo = freshDemo();
    QVERIFY(!demo.isEmpty());
    const QString headBefore = headMessage(demo);
    const QByteArray before = readFile(demo + QLatin1Char('/') + SeedFile);

    const Result result = run({QStringLiteral("signoff"), SeedId, QStringLiteral("api"), QStringLiteral("--approve"),
                               QStringLiteral("--no-commit")},
                              demo);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QLatin1String("not committed")), qPrintable(result.out));
    QVERIFY(readFile(demo + QLatin1Char('/') + SeedFile) != before);
    QCOMPARE(headMessage(demo), headBefore);
    core::Expected<core::Repository> repo = core::Repository::discover(demo);
    QVERIFY(repo);
    QCOMPARE(repo->fileState(SeedFile), core::FileState::Modified);

    // The dashboard says the file carries uncommitted work.
    const Result status = run({QStringLiteral("status"), SeedId}, demo);
    QVERIFY2(status.out.contains(QLatin1String("uncommitted changes")), qPrintable(status.out));
    QVERIFY2(status.out.contains(QLatin1String("approved by @john.doe")), qPrintable(status.out));
}

void tst_Cli::noUserSaysHowToSetOne()
{
    // Unlike the demo, this clone has no git config of its own, and HOME has none either.
    const QString clone = makeClone(QStringLiteral("no-user"), {{SeedFile, readFile(QStringLiteral(RC_SOURCE_DIR "/resources/demo/2024-01-15-release.yaml"))}});
    QVERIFY(!clone.isEmpty());
    const QByteArray before = readFile(clone + QLatin1Char('/') + SeedFile);
    const Result result = run({QStringLiteral("signoff"), SeedId, QStringLiteral("api"), QStringLiteral("--approve")}, clone, m_emptyHome);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QLatin1String("git config releaseconsole.user @you")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("--by")), qPrintable(result.err));
    QCOMPARE(readFile(clone + QLatin1Char('/') + SeedFile), before);
}

// Saved but not committed (no git identity anywhere) is a failure the user must hear about.
void tst_Cli::commitFailureIsFailure()
{
    const QString clone = seedClone();
    QVERIFY(!clone.isEmpty());
    const QByteArray before = readFile(clone + QLatin1Char('/') + SeedFile);
    const Result result = run({QStringLiteral("signoff"), SeedId, QStringLiteral("api"), QStringLiteral("--approve"),
                               QStringLiteral("--by"), QStringLiteral("@erin")},
                              clone, m_emptyHome);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.startsWith(QLatin1String("releasectl: ")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("was saved but not committed")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QLatin1String("user.name")), qPrintable(result.err));
    QVERIFY(readFile(clone + QLatin1Char('/') + SeedFile) != before);
    core::Expected<core::Repository> repo = core::Repository::discover(clone);
    QVERIFY(repo);
    QCOMPARE(repo->fileState(SeedFile), core::FileState::Modified);
}

// Columns are padded by characters, and the arrows and marks are one column wide each,
// so every row's sign-off starts under the header's.
void tst_Cli::dashboardColumnsAlign()
{
    const Result result = run({QStringLiteral("status"), SeedId}, m_demo);
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(QLatin1Char('\n'));
    const qsizetype header = lines.indexOf(QRegularExpression(QStringLiteral("^\\s+NAME\\s+VERSION.*SIGN-OFF$")));
    QVERIFY2(header >= 0, qPrintable(result.out));
    const qsizetype column = lines.at(header).indexOf(QLatin1String("SIGN-OFF"));
    const qsizetype versionColumn = lines.at(header).indexOf(QLatin1String("VERSION"));
    for (int row = 1; row <= 4; ++row) {
        const QString &line = lines.at(header + row);
        QVERIFY2(QStringLiteral("✓○✗–").contains(line.at(column)), qPrintable(line));
        QVERIFY2(line.at(versionColumn) == QLatin1Char('v') && line.at(versionColumn - 1) == QLatin1Char(' '), qPrintable(line));
    }
    for (const QString &line : lines)
        QVERIFY2(!line.endsWith(QLatin1Char(' ')), qPrintable(QLatin1String("trailing blanks: \"") + line + QLatin1Char('"')));
}

static core::Manifest seedManifest()
{
    const core::ParseResult parsed = core::parseManifest(readFile(QStringLiteral(RC_SOURCE_DIR "/resources/demo/2024-01-15-release.yaml")), SeedFile);
    return parsed.manifest.value_or(core::Manifest{});
}

void tst_Cli::findChecklistItem_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("error");

    QTest::addRow("first by number") << "1" << 0 << QString();
    QTest::addRow("last by number") << "7" << 6 << QString();
    QTest::addRow("zero") << "0" << -1 << "numbered 1 to 7";
    QTest::addRow("past the end") << "8" << -1 << "numbered 1 to 7";
    QTest::addRow("exact text") << "Security scan clean" << 3 << QString();
    QTest::addRow("other case") << "security SCAN clean" << 3 << QString();
    QTest::addRow("unique part") << "rollback" << 5 << QString();
    QTest::addRow("ambiguous part") << "team" << -1 << "matches several";
    QTest::addRow("no match") << "coffee" << -1 << "no checklist item matches";
}

void tst_Cli::findChecklistItem()
{
    QFETCH(QString, spec);
    QFETCH(int, index);
    QFETCH(QString, error);
    const core::Manifest manifest = seedManifest();
    QCOMPARE(int(manifest.checklist.size()), 7);
    const core::Expected<int> found = cli::findChecklistItem(manifest, spec);
    if (index >= 0) {
        QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
        QCOMPARE(*found, index);
    } else {
        QVERIFY(!found);
        QVERIFY2(found.error().message.contains(error), qPrintable(found.error().message));
    }
}

void tst_Cli::findApprovalRole_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("role");

    QTest::addRow("exact") << "Tech Lead" << "Tech Lead";
    QTest::addRow("lower case") << "tech lead" << "Tech Lead";
    QTest::addRow("unique part") << "qa" << "QA Lead";
    QTest::addRow("ambiguous part") << "lead" << QString();
    QTest::addRow("unknown") << "CFO" << QString();
}

void tst_Cli::findApprovalRole()
{
    QFETCH(QString, spec);
    QFETCH(QString, role);
    const core::Expected<QString> found = cli::findApprovalRole(seedManifest(), spec);
    QCOMPARE(found.hasValue(), !role.isEmpty());
    if (found)
        QCOMPARE(*found, role);
}

// The command line cannot change a file between load and save from outside, so the mapping is
// exercised in process: the real ManifestFile refuses, and the CLI must call that a failure (1).
void tst_Cli::conflictOnDiskIsFailure()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("release.yaml"));
    QVERIFY(QFile::copy(QStringLiteral(RC_SOURCE_DIR "/resources/demo/2024-01-15-release.yaml"), path));
    core::Expected<core::ManifestFile> file = core::ManifestFile::load(path, SeedFile);
    QVERIFY(file);
    QVERIFY(file->manifest());

    const QByteArray theirs = readFile(path) + "# edited by someone else\n";
    QVERIFY(writeFile(path, theirs));

    const cli::Outcome outcome =
        cli::saveEdit(*file, core::SignOffEdit{"api", core::SignOff::Approved, "@carol", {}, QDateTime::currentDateTimeUtc()});
    QCOMPARE(outcome.exitCode, int(cli::ExitFailed));
    QCOMPARE(outcome.message, SeedFile + QLatin1String(" changed on disk; run the command again"));
    QCOMPARE(readFile(path), theirs);

    // Without a conflict the same edit saves and reports success.
    core::Expected<core::ManifestFile> fresh = core::ManifestFile::load(path, SeedFile);
    QVERIFY(fresh);
    const cli::Outcome saved =
        cli::saveEdit(*fresh, core::SignOffEdit{"api", core::SignOff::Approved, "@carol", {}, QDateTime::currentDateTimeUtc()});
    QCOMPARE(saved.exitCode, int(cli::ExitDone));
    QVERIFY(readFile(path).contains("approved_by"));
}

void tst_Cli::colourOnlyWhenAsked()
{
    for (const bool colour : {false, true}) {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        cli::Cli cli(outStream, errStream, {colour, m_demo});
        QCOMPARE(cli.run({QStringLiteral("status"), SeedId}), 0);
        outStream.flush();
        QCOMPARE(out.contains(QLatin1String("\x1b[")), colour);
        QVERIFY(out.contains(QLatin1String("Readiness")));
    }
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
