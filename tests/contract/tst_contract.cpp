// The contract test: releasectl talks to Prism (@stoplight/prism-cli, pinned in package-lock.json),
// which serves GitHub's own REST description (tests/data/github/github-rest-subset.json). In proxy
// mode Prism forwards each request to a FakeGitHub running in this process and validates the
// request and the fake's answer against the description; with --errors a violation becomes an
// error answer, and every violation is also a line in Prism's log, which the test reads. One pass
// in mock mode checks the dispatch request against the description without the fake.
//
// Prism is installed with `npm ci` into <build>/contract on the first run and reused while the
// lock file is unchanged. Without node or npm the test fails, because CI must not lose the
// contract silently; RC_SKIP_CONTRACT=1 skips it explicitly.

#include "demo/demoworkspace.h"
#include "fakegithub/fakegithub.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <git2.h>

#include <memory>

using namespace rc;
using namespace rc::fakegithub;

namespace {

// Plainly fake tokens: the test checks that none of them is ever printed or logged.
const QString writeToken = QStringLiteral("fake-token-contract-alice");
const QString owner = QStringLiteral("nedlia");
const QString repoName = QStringLiteral("nedlia");
const QString login = QStringLiteral("rm-alice");
// The demo's releases: one ready to deploy, one with a sign-off pending (api, team lead @alice).
const QString readyRelease = QStringLiteral("rel-2024-01-10-hotfix-001");
const QString pendingRelease = QStringLiteral("rel-2024-01-15-001");
const QString dispatchEndpoint = QStringLiteral("POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches");
const QString runsEndpoint = QStringLiteral("GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs");
const QString runEndpoint = QStringLiteral("GET /repos/{owner}/{repo}/actions/runs/{run_id}");
const QString jobsEndpoint = QStringLiteral("GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs");

const QString specPath = QStringLiteral(RC_TEST_DATA "/github/github-rest-subset.json");
const QString contractSourceDir = QStringLiteral(RC_SOURCE_DIR "/tests/contract");
const QString contractBuildDir = QStringLiteral(RC_BINARY_DIR "/contract");
const QString releasectl = QStringLiteral(RC_BINARY_DIR "/bin/releasectl");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QString lastLines(const QString &text, int count)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    return lines.mid(std::max<qsizetype>(0, lines.size() - count)).join(QLatin1Char('\n'));
}

/// Prism: a node process serving the description in proxy or mock mode, with its log collected.
class Prism
{
public:
    ~Prism() { stop(); }

    /// Starts `prism ARGS... --errors --port P` and waits until it listens. Empty on success,
    /// else what went wrong with the end of Prism's log.
    QString start(const QString &node, const QStringList &modeArgs)
    {
        m_port = freePort();
        if (m_port == 0)
            return QStringLiteral("no free port on 127.0.0.1");
        m_log.clear();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Plain log lines: no colour codes between the words the test looks for.
        env.insert(QStringLiteral("FORCE_COLOR"), QStringLiteral("0"));
        env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
        m_process->setProcessEnvironment(env);
        QObject::connect(m_process.get(), &QProcess::readyRead, m_process.get(),
                         [this] { m_log += QString::fromUtf8(m_process->readAll()); });
        const QString cli = contractBuildDir + QStringLiteral("/node_modules/@stoplight/prism-cli/dist/index.js");
        m_process->start(node, QStringList{cli} + modeArgs
                                   + QStringList{QStringLiteral("--errors"), QStringLiteral("--host"),
                                                 QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                                 QString::number(m_port)});
        if (!m_process->waitForStarted(10000))
            return QStringLiteral("cannot start %1: %2").arg(node, m_process->errorString());
        QElapsedTimer timer;
        timer.start();
        while (!m_log.contains(QLatin1String("Prism is listening on"))) {
            if (m_process->state() == QProcess::NotRunning)
                return QStringLiteral("Prism exited (code %1) before listening:\n%2")
                    .arg(m_process->exitCode())
                    .arg(lastLines(m_log, 30));
            if (timer.elapsed() > 60000)
                return QStringLiteral("Prism did not listen within 60 s:\n%1").arg(lastLines(m_log, 30));
            QTest::qWait(50);
        }
        return {};
    }

    void stop()
    {
        if (!m_process)
            return;
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
        m_process.reset();
    }

    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    /// The log so far; reading it after a command also picks up what is still buffered.
    QString log()
    {
        if (m_process)
            m_log += QString::fromUtf8(m_process->readAll());
        return m_log;
    }
    bool running() const { return m_process && m_process->state() == QProcess::Running; }

private:
    std::unique_ptr<QProcess> m_process;
    QString m_log;
    quint16 m_port = 0;
};

/// What Prism's log says about the requests in it: the lines that report a violation or an error,
/// each answer status it saw from upstream, and the requests it received.
struct LogFindings
{
    QStringList problems;
    int received = 0;
    QList<int> upstreamStatuses;
};

LogFindings readLog(const QString &log)
{
    // Prism logs through signale: "[time] › [NAME] <badge>  <label>   message", where the label is
    // "error", "warning" or "fatal" for the levels that mean something is wrong.
    static const QRegularExpression problemLevel(QStringLiteral("\\s(error|warning|fatal)\\s{2,}"));
    static const QRegularExpression upstream(QStringLiteral("The upstream call to \\S+ has returned (\\d+)"));
    // "Violation: response Unable to match ..."
    static const QString unmatchedStatus =
        QStringLiteral("Unable to match the returned status code with those defined in the document");
    LogFindings findings;
    QStringList unmatchedStatusLines;
    for (const QString &line : log.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("Request received")))
            ++findings.received;
        if (const QRegularExpressionMatch m = upstream.match(line); m.hasMatch())
            findings.upstreamStatuses << m.captured(1).toInt();
        if (!problemLevel.match(line).hasMatch() && !line.contains(QLatin1String("Violation:")))
            continue;
        if (line.contains(QLatin1String("Violation:")) && line.contains(unmatchedStatus)
            && problemLevel.match(line).captured(1) == QLatin1String("warning"))
            unmatchedStatusLines << line.trimmed();
        else
            findings.problems << line.trimmed();
    }
    // GitHub answers any conditional request with 304 (docs.github.com: "use conditional
    // requests"), but its description lists 304 for only a few operations, so Prism warns that a
    // 304 matches no documented status. One such warning per 304 is expected; any other status the
    // description does not list is an error (2xx) or fails the test below as an unexpected
    // status, so these warnings cannot hide anything else.
    const qsizetype notModified = findings.upstreamStatuses.count(304);
    if (unmatchedStatusLines.size() > notModified)
        findings.problems += unmatchedStatusLines.mid(notModified);
    return findings;
}

} // namespace

class tst_Contract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void github();
    void dispatchDryRun();
    void deployWatch();
    void watch_data();
    void watch();
    void signoffsRequest();
    void signoffsCheck();
    void mockDispatch();

private:
    /// Installs Prism with npm ci into the build tree unless the same lock file is installed there.
    QString installPrism();
    QString makeClone();
    /// The description for mock mode: GitHub's, with each JSON answer also under GitHub's own media type.
    QString writeMockSpec();
    void startFake();
    /// Runs releasectl on the clone through Prism while this process's event loop keeps the fake
    /// answering.
    Run releasectlRun(const QStringList &args, const QString &apiUrl = QString(), int timeoutMs = 30000);
    /// Fails the current test with Prism's violations and any unexpected upstream status in the
    /// log written since `logFrom`, and when the token appears anywhere.
    void checkPrismLog(qsizetype logFrom, const Run &run, const QList<int> &allowedStatuses = {});
    void checkPrismLog(Prism &prism, qsizetype logFrom, const Run &run, const QList<int> &allowedStatuses = {});
    void verifyEndpointsHit(const QStringList &endpoints);
    QString violationDetails(Prism &prism, const QStringList &problems);
    /// Asks Prism for `path` again and returns the violations its problem document lists.
    QJsonArray violationsOf(Prism &prism, const QString &path);

    QString m_node;
    QTemporaryDir m_dir;
    QString m_home;
    QString m_demo;
    QString m_clone; // a fresh clone of m_demo per test function
    int m_clones = 0;
    std::unique_ptr<FakeGitHub> m_fake;
    quint16 m_fakePort = 0;
    qsizetype m_logFrom = 0; // where this test's part of Prism's log starts
    Prism m_proxy;
    QStringList m_handled; // "GET /user 200", as the fake answered them
};

QString tst_Contract::installPrism()
{
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    if (m_node.isEmpty() || npm.isEmpty())
        return QStringLiteral("the contract test needs Node.js and npm (%1 not found on PATH): install them with "
                              "packaging/setup.sh (Debian packages nodejs and npm), or set RC_SKIP_CONTRACT=1 to "
                              "skip the contract test explicitly")
            .arg(m_node.isEmpty() ? QStringLiteral("node") : QStringLiteral("npm"));

    const QByteArray manifest = readAll(contractSourceDir + QStringLiteral("/package.json"));
    const QByteArray lock = readAll(contractSourceDir + QStringLiteral("/package-lock.json"));
    if (manifest.isEmpty() || lock.isEmpty())
        return QStringLiteral("cannot read package.json and package-lock.json in %1").arg(contractSourceDir);
    const QString cli = contractBuildDir + QStringLiteral("/node_modules/@stoplight/prism-cli/dist/index.js");
    // npm ci writes node_modules/.package-lock.json last: its presence with the same lock next to
    // it means a finished install of exactly these versions.
    const bool installed = readAll(contractBuildDir + QStringLiteral("/package-lock.json")) == lock
        && readAll(contractBuildDir + QStringLiteral("/package.json")) == manifest && QFileInfo::exists(cli)
        && QFileInfo::exists(contractBuildDir + QStringLiteral("/node_modules/.package-lock.json"));
    if (!installed) {
        if (!QDir().mkpath(contractBuildDir) || !writeAll(contractBuildDir + QStringLiteral("/package.json"), manifest)
            || !writeAll(contractBuildDir + QStringLiteral("/package-lock.json"), lock))
            return QStringLiteral("cannot write package.json and package-lock.json into %1").arg(contractBuildDir);
        QProcess npmCi;
        npmCi.setWorkingDirectory(contractBuildDir);
        npmCi.setProcessChannelMode(QProcess::MergedChannels);
        npmCi.start(npm, {QStringLiteral("ci"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund")});
        if (!npmCi.waitForFinished(300000) || npmCi.exitStatus() != QProcess::NormalExit || npmCi.exitCode() != 0) {
            npmCi.kill();
            return QStringLiteral("npm ci in %1 failed (it needs the npm registry once; later runs reuse the "
                                  "install):\n%2")
                .arg(contractBuildDir, lastLines(QString::fromUtf8(npmCi.readAll()), 20));
        }
    }

    QProcess version;
    version.start(m_node, {cli, QStringLiteral("--version")});
    if (!version.waitForFinished(60000) || version.exitCode() != 0)
        return QStringLiteral("Prism does not start with %1 (Node.js 18.20 or later is needed): %2")
            .arg(m_node, QString::fromUtf8(version.readAllStandardError()).trimmed());
    const QString wanted = QJsonDocument::fromJson(manifest)
                               .object()
                               .value(QLatin1String("dependencies"))
                               .toObject()
                               .value(QLatin1String("@stoplight/prism-cli"))
                               .toString();
    const QString got = QString::fromUtf8(version.readAllStandardOutput()).trimmed();
    if (got != wanted)
        return QStringLiteral("Prism in %1 is %2, package.json pins %3; delete %1 and run again")
            .arg(contractBuildDir, got, wanted);
    return {};
}

QString tst_Contract::makeClone()
{
    const QString path = m_dir.filePath(QStringLiteral("clone-%1").arg(++m_clones));
    git_repository *repo = nullptr;
    git_clone_options options = GIT_CLONE_OPTIONS_INIT;
    if (git_clone(&repo, QFile::encodeName(m_demo).constData(), QFile::encodeName(path).constData(), &options) != 0)
        return {};
    git_repository_free(repo);
    return path;
}

void tst_Contract::initTestCase()
{
    if (qEnvironmentVariable("RC_SKIP_CONTRACT") == QLatin1String("1"))
        QSKIP("RC_SKIP_CONTRACT=1: the contract test against GitHub's REST description is skipped on request");
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(releasectl).isExecutable(), qPrintable(releasectl + QLatin1String(" is not built")));
    QVERIFY2(QFileInfo::exists(specPath), qPrintable(specPath + QLatin1String(" is missing")));

    m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (m_node.isEmpty())
        m_node = QStandardPaths::findExecutable(QStringLiteral("nodejs"));
    const QString installError = installPrism();
    QVERIFY2(installError.isEmpty(), qPrintable(installError));

    // libgit2 in this process makes the clone; releasectl reads the same isolated HOME.
    m_home = m_dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(m_home));
    QVERIFY(writeAll(m_home + QStringLiteral("/.gitconfig"),
                     "[user]\n\tname = Alice\n\temail = alice@example.com\n[releaseconsole]\n\tuser = @alice\n"));
    git_libgit2_init();
    for (int level : {GIT_CONFIG_LEVEL_GLOBAL, GIT_CONFIG_LEVEL_XDG, GIT_CONFIG_LEVEL_SYSTEM})
        git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, level, QFile::encodeName(m_home).constData());
    const core::Expected<QString> demo = core::createDemoWorkspace(m_dir.filePath(QStringLiteral("demo")));
    QVERIFY2(demo, demo ? "" : qPrintable(demo.error().toString()));
    m_demo = *demo;

    startFake();
    const QString error = m_proxy.start(m_node, {QStringLiteral("proxy"), specPath, m_fake->baseUrl().toString()});
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_Contract::startFake()
{
    // A fresh fake for each test, so one command's runs and issues cannot make another pass, on
    // the port Prism forwards to, so one Prism serves the whole test (it takes seconds to start).
    m_fake.reset();
    m_fake = std::make_unique<FakeGitHub>();
    m_fake->setRepository(owner, repoName);
    m_fake->addToken(writeToken, login, Permission::Admin);
    m_fake->addWorkflow(releaseTrainWorkflow());
    QVERIFY2(m_fake->listen(m_fakePort),
             qPrintable(QStringLiteral("the fake GitHub cannot listen on port %1 again: %2").arg(m_fakePort).arg(m_fake->errorString())));
    m_fakePort = m_fake->port();
    m_handled.clear();
    connect(m_fake.get(), &FakeGitHub::requestHandled, this,
            [this](const QString &endpoint, int status) { m_handled << QStringLiteral("%1 %2").arg(endpoint).arg(status); });
}

void tst_Contract::init()
{
    m_clone = makeClone();
    QVERIFY2(!m_clone.isEmpty(), "cannot clone the demo workspace");
    startFake();
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(m_proxy.running(), qPrintable(QStringLiteral("Prism stopped:\n%1").arg(lastLines(m_proxy.log(), 30))));
    // Lines Prism logs late for the previous test must not land in this test's part of the log.
    QTest::qWait(100);
    m_logFrom = m_proxy.log().size();
}

void tst_Contract::cleanupTestCase()
{
    m_proxy.stop();
    m_fake.reset();
    git_libgit2_shutdown();
}

Run tst_Contract::releasectlRun(const QStringList &args, const QString &apiUrl, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("GH_TOKEN"), writeToken);
    env.insert(QStringLiteral("GITHUB_API_URL"), apiUrl.isEmpty() ? m_proxy.url() : apiUrl);
    for (const char *name : {"GITHUB_TOKEN", "GIT_DIR", "GIT_WORK_TREE", "SSH_AUTH_SOCK"})
        env.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_clone);
    process.start(releasectl, QStringList{QStringLiteral("--repo"), m_clone} + args);
    Run result;
    // Not waitForFinished: the fake answers from this thread's event loop.
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning && timer.elapsed() < timeoutMs)
        QTest::qWait(20);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("<releasectl %1 did not finish within %2 s>\n").arg(args.join(QLatin1Char(' '))).arg(timeoutMs / 1000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err += QString::fromUtf8(process.readAllStandardError());
    return result;
}

void tst_Contract::checkPrismLog(qsizetype logFrom, const Run &run, const QList<int> &allowedStatuses)
{
    checkPrismLog(m_proxy, logFrom, run, allowedStatuses);
}

void tst_Contract::checkPrismLog(Prism &prism, qsizetype logFrom, const Run &run, const QList<int> &allowedStatuses)
{
    // Prism logs the last lines of a request after it answered; give it a moment to flush them.
    QTest::qWait(200);
    const QString log = prism.log().mid(logFrom);
    LogFindings findings = readLog(log);
    // GitHub documents the job logs as a 302 to a download URL, and the fake answers so, but
    // Prism's proxy follows redirects (node-fetch does by default) and then finds the log's 200
    // where the description says 302. That, and only that, is Prism's doing: asked again, the
    // answer must show no other violation.
    static const QRegularExpression logsViolation(
        QStringLiteral("\\[HTTP SERVER\\] get (/repos/\\S+/actions/jobs/\\d+/logs) .*Request terminated with error: \\S+#VIOLATIONS"));
    QHash<QString, bool> redirectOnly;
    for (qsizetype i = findings.problems.size() - 1; i >= 0; --i) {
        const QRegularExpressionMatch m = logsViolation.match(findings.problems.at(i));
        if (!m.hasMatch())
            continue;
        const QString path = m.captured(1);
        if (!redirectOnly.contains(path)) {
            const QJsonArray violations = violationsOf(prism, path);
            redirectOnly[path] = violations.size() == 1
                && violations.first().toObject().value(QLatin1String("message")).toString()
                    == QLatin1String("Unable to match the returned status code with those defined in the document: 302");
        }
        if (redirectOnly.value(path))
            findings.problems.removeAt(i);
    }
    if (!findings.problems.isEmpty()) {
        // QTest cuts long failure messages; the whole list goes to the log first.
        qWarning().noquote() << "Prism reports violations of GitHub's REST description:\n"
                             << findings.problems.join(QLatin1Char('\n')) << '\n'
                             << violationDetails(prism, findings.problems) << "releasectl said:\n"
                             << run.all();
    }
    QVERIFY2(findings.problems.isEmpty(),
             qPrintable(QStringLiteral("%1 violation(s) of GitHub's REST description, listed above").arg(findings.problems.size())));
    QStringList unexpected;
    for (int status : findings.upstreamStatuses) {
        if (status >= 400 && !allowedStatuses.contains(status))
            unexpected << QString::number(status);
    }
    QVERIFY2(unexpected.isEmpty(),
             qPrintable(QStringLiteral("the fake answered %1 through Prism:\n%2").arg(unexpected.join(QLatin1String(", ")),
                                                                                    lastLines(log, 40))));
    QVERIFY2(findings.received > 0, qPrintable(QStringLiteral("no request reached Prism:\n%1").arg(run.all())));
    QVERIFY2(!run.all().contains(writeToken), "releasectl printed the token");
    QVERIFY2(!log.contains(writeToken), "the token appears in Prism's log");
}

QJsonArray tst_Contract::violationsOf(Prism &prism, const QString &path)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(prism.url() + path));
    request.setRawHeader("Authorization", "Bearer " + writeToken.toUtf8());
    request.setRawHeader("Accept", "application/vnd.github+json");
    request.setRawHeader("X-GitHub-Api-Version", "2022-11-28");
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 15000))
        return {QStringLiteral("no answer within 15 s")};
    return QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("validation")).toArray();
}

QString tst_Contract::violationDetails(Prism &prism, const QStringList &problems)
{
    // With --errors Prism answers a violation with a problem document listing it, but logs only
    // "Request terminated with error". A GET can be asked again to read that list; a POST is not
    // sent twice.
    static const QRegularExpression failedGet(QStringLiteral("\\[HTTP SERVER\\] get (/\\S*) .*Request terminated with error"));
    QStringList paths;
    for (const QString &line : problems) {
        if (const QRegularExpressionMatch m = failedGet.match(line); m.hasMatch() && !paths.contains(m.captured(1)))
            paths << m.captured(1);
    }
    QString details;
    for (const QString &path : paths)
        details += QStringLiteral("GET %1 again: %2\n")
                       .arg(path, QString::fromUtf8(QJsonDocument(violationsOf(prism, path)).toJson(QJsonDocument::Compact)));
    return details;
}

QString tst_Contract::writeMockSpec()
{
    // GitHub answers its documented Accept: application/vnd.github+json with application/json,
    // which the client asks for; Prism's mock only serves the media types the description
    // lists and would answer 406. Listing the same response under both names changes nothing
    // about the requests it validates.
    const QString vendorJson = QStringLiteral("application/vnd.github+json");
    const QString json = QStringLiteral("application/json");
    QJsonObject spec = QJsonDocument::fromJson(readAll(specPath)).object();
    QJsonObject paths = spec.value(QLatin1String("paths")).toObject();
    for (auto path = paths.begin(); path != paths.end(); ++path) {
        QJsonObject operations = path.value().toObject();
        for (auto operation = operations.begin(); operation != operations.end(); ++operation) {
            QJsonObject op = operation.value().toObject();
            QJsonObject responses = op.value(QLatin1String("responses")).toObject();
            for (auto response = responses.begin(); response != responses.end(); ++response) {
                QJsonObject r = response.value().toObject();
                QJsonObject content = r.value(QLatin1String("content")).toObject();
                if (!content.contains(json) || content.contains(vendorJson))
                    continue;
                content.insert(vendorJson, content.value(json));
                r.insert(QStringLiteral("content"), content);
                response.value() = r;
            }
            op.insert(QStringLiteral("responses"), responses);
            operation.value() = op;
        }
        path.value() = operations;
    }
    spec.insert(QStringLiteral("paths"), paths);
    const QString path = m_dir.filePath(QStringLiteral("github-rest-mock.json"));
    return writeAll(path, QJsonDocument(spec).toJson(QJsonDocument::Compact)) ? path : QString();
}

void tst_Contract::verifyEndpointsHit(const QStringList &endpoints)
{
    for (const QString &endpoint : endpoints) {
        const bool hit = std::any_of(m_handled.cbegin(), m_handled.cend(),
                                     [&](const QString &line) { return line.startsWith(endpoint + QLatin1Char(' ')); });
        QVERIFY2(hit, qPrintable(QStringLiteral("the fake never answered %1; it answered:\n%2")
                                     .arg(endpoint, m_handled.join(QLatin1Char('\n')))));
    }
}

void tst_Contract::github()
{
    const Run run = releasectlRun({QStringLiteral("github")});
    checkPrismLog(m_logFrom, run);
    QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    QVERIFY2(run.out.contains(login), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("May dispatch workflows: yes")), qPrintable(run.out));
    verifyEndpointsHit({QStringLiteral("GET /user"), QStringLiteral("GET /repos/{owner}/{repo}"),
                        QStringLiteral("GET /rate_limit")});
}

void tst_Contract::dispatchDryRun()
{
    const Run run = releasectlRun({QStringLiteral("dispatch"), readyRelease, QStringLiteral("deploy_production")});
    checkPrismLog(m_logFrom, run);
    QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    verifyEndpointsHit({runsEndpoint, dispatchEndpoint});
    const QList<qint64> runs = m_fake->runIds();
    QCOMPARE(runs.size(), 1);
    const RunState state = m_fake->run(runs.first());
    QCOMPARE(state.inputs.value(QLatin1String("release_id")).toString(), readyRelease);
    QCOMPARE(state.inputs.value(QLatin1String("action")).toString(), QStringLiteral("deploy_production"));
    QCOMPARE(state.inputs.value(QLatin1String("dry_run")).toString(), QStringLiteral("true"));
    QVERIFY2(run.out.contains(QString::number(runs.first())), qPrintable(run.out));
}

void tst_Contract::deployWatch()
{
    // Steps of 0.5 s scaled to a quarter: the run takes a few seconds, polled every 200 ms, so
    // the watch sees it queued, moving and unchanged (304) before it completes.
    m_fake->startAutomaticProgress(0.25);
    const Run run = releasectlRun({QStringLiteral("deploy"), readyRelease, QStringLiteral("--watch"),
                                   QStringLiteral("--interval"), QStringLiteral("200")});
    checkPrismLog(m_logFrom, run);
    QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    verifyEndpointsHit({runsEndpoint, dispatchEndpoint, runEndpoint, jobsEndpoint});
    const QList<qint64> runs = m_fake->runIds();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(m_fake->run(runs.first()).conclusion, QStringLiteral("success"));
    QVERIFY2(run.out.contains(QStringLiteral("success")), qPrintable(run.out));
}

void tst_Contract::watch_data()
{
    QTest::addColumn<bool>("fails");
    QTest::addColumn<int>("exitCode");
    QTest::addRow("a run that succeeds") << false << 0;
    // A failed step makes the watcher read the job's log through the logs endpoint's redirect.
    QTest::addRow("a run whose deploy step fails") << true << 1;
}

void tst_Contract::watch()
{
    QFETCH(bool, fails);
    QFETCH(int, exitCode);
    WorkflowSpec workflow = releaseTrainWorkflow();
    if (fails)
        workflow.jobs[1].steps[1].fails = true;
    m_fake->addWorkflow(workflow);
    const qint64 runId = m_fake->createRun(workflow.id, QStringLiteral("main"),
                                           QJsonObject{{QStringLiteral("release_id"), readyRelease},
                                                       {QStringLiteral("action"), QStringLiteral("deploy_production")},
                                                       {QStringLiteral("dry_run"), QStringLiteral("true")}});
    QVERIFY(runId > 0);
    m_fake->startAutomaticProgress(0.25);
    const Run run = releasectlRun({QStringLiteral("watch"), QString::number(runId), QStringLiteral("--interval"),
                                   QStringLiteral("200")});
    checkPrismLog(m_logFrom, run);
    QVERIFY2(run.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.all())));
    QStringList endpoints{runEndpoint, jobsEndpoint};
    if (fails)
        endpoints << QStringLiteral("GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs");
    verifyEndpointsHit(endpoints);
    QCOMPARE(m_fake->run(runId).conclusion, fails ? QStringLiteral("failure") : QStringLiteral("success"));
}

void tst_Contract::signoffsRequest()
{
    const Run run = releasectlRun({QStringLiteral("signoffs"), QStringLiteral("request"), pendingRelease});
    checkPrismLog(m_logFrom, run);
    QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    verifyEndpointsHit({QStringLiteral("GET /repos/{owner}/{repo}/issues"), QStringLiteral("POST /repos/{owner}/{repo}/issues")});
    const QList<IssueState> issues = m_fake->issues();
    QCOMPARE(issues.size(), 1);
    QVERIFY2(issues.first().labels.contains(QStringLiteral("sign-off-required")), qPrintable(issues.first().labels.join(u',')));
    QVERIFY2(issues.first().labels.contains(QStringLiteral("api")), qPrintable(issues.first().labels.join(u',')));
}

void tst_Contract::signoffsCheck()
{
    const Run request = releasectlRun({QStringLiteral("signoffs"), QStringLiteral("request"), pendingRelease});
    QVERIFY2(request.exitCode == 0, qPrintable(request.all()));
    const QList<IssueState> issues = m_fake->issues();
    QCOMPARE(issues.size(), 1);
    // The api team lead is @alice in the demo's rules; she may write to the repository.
    m_fake->setCollaboratorPermission(QStringLiteral("alice"), Permission::Write);
    QVERIFY(m_fake->addComment(issues.first().number, QStringLiteral("alice"), QStringLiteral("/approve")) > 0);
    m_handled.clear();

    const Run run = releasectlRun({QStringLiteral("signoffs"), QStringLiteral("check"), pendingRelease});
    checkPrismLog(m_logFrom, run);
    QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    verifyEndpointsHit({QStringLiteral("GET /repos/{owner}/{repo}/issues/{issue_number}/comments"),
                        QStringLiteral("GET /repos/{owner}/{repo}/collaborators/{username}/permission"),
                        QStringLiteral("PATCH /repos/{owner}/{repo}/issues/{issue_number}")});
    QVERIFY2(run.out.contains(QStringLiteral("approved by @alice")), qPrintable(run.out));
    QCOMPARE(m_fake->issues().first().state, QStringLiteral("closed"));
}

void tst_Contract::mockDispatch()
{
    // Mock mode answers from the description's own examples, so it checks the dispatch request
    // against the description with nothing of ours on the other side.
    const QString mockSpec = writeMockSpec();
    QVERIFY2(!mockSpec.isEmpty(), "cannot write the description for mock mode");
    Prism mock;
    const QString error = mock.start(m_node, {QStringLiteral("mock"), mockSpec});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Run run = releasectlRun({QStringLiteral("dispatch"), readyRelease, QStringLiteral("deploy_production")}, mock.url());
    checkPrismLog(mock, 0, run);
    QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    const QString log = mock.log();
    const qsizetype posted = log.indexOf(QStringLiteral("post /repos/%1/%2/actions/workflows/release-train.yml/dispatches").arg(owner, repoName));
    QVERIFY2(posted >= 0, qPrintable(QStringLiteral("the dispatch never reached Prism:\n%1").arg(lastLines(log, 40))));
    QVERIFY2(log.indexOf(QLatin1String("The request passed the validation rules"), posted) > posted,
             qPrintable(lastLines(log.mid(posted), 20)));
}

QTEST_GUILESS_MAIN(tst_Contract)
#include "tst_contract.moc"
