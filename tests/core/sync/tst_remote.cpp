#include "git/remote.h"

#include "synctestutil.h"

#include <QByteArray>
#include <QMutex>
#include <QMutexLocker>
#include <QProcess>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace rc::core;
using namespace rc::test;

namespace {

// An HTTP server on its own thread that answers every request with 401 and remembers the
// Authorization headers it was sent, so the credential callback runs against real HTTP while
// libgit2 blocks the test's thread.
class RefusingServer : public QThread
{
public:
    ~RefusingServer() override
    {
        m_stop.storeRelaxed(1);
        wait();
    }

    quint16 startListening()
    {
        start();
        m_ready.acquire();
        return m_port;
    }

    QStringList authorizations() const
    {
        QMutexLocker lock(&m_mutex);
        return m_authorizations;
    }
    int requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        m_port = server.serverPort();
        m_ready.release();
        while (!m_stop.loadRelaxed()) {
            if (!server.waitForNewConnection(20))
                continue;
            std::unique_ptr<QTcpSocket> socket(server.nextPendingConnection());
            QByteArray request;
            while (!request.contains("\r\n\r\n") && socket->waitForReadyRead(2000))
                request += socket->readAll();
            QString authorization;
            for (const QByteArray &line : request.split('\n')) {
                if (line.toLower().startsWith("authorization:"))
                    authorization = QString::fromLatin1(line.mid(14).trimmed());
            }
            {
                QMutexLocker lock(&m_mutex);
                ++m_requests;
                m_authorizations << authorization;
            }
            socket->write("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"test\"\r\n"
                          "Content-Length: 0\r\nConnection: close\r\n\r\n");
            socket->waitForBytesWritten(2000);
            socket->disconnectFromHost();
            if (socket->state() != QAbstractSocket::UnconnectedState)
                socket->waitForDisconnected(2000);
        }
    }

private:
    QSemaphore m_ready;
    quint16 m_port = 0;
    QAtomicInt m_stop;
    mutable QMutex m_mutex;
    QStringList m_authorizations;
    int m_requests = 0;
};

QString basic(const QByteArray &user, const QByteArray &password)
{
    return QStringLiteral("Basic ") + QString::fromLatin1((user + ':' + password).toBase64());
}

bool setRemoteUrl(const QString &clone, const QString &url)
{
    git_repository *repo = nullptr;
    if (git_repository_open(&repo, QFile::encodeName(clone).constData()) != 0)
        return false;
    const bool ok = git_remote_set_url(repo, "origin", url.toUtf8().constData()) == 0;
    git_repository_free(repo);
    return ok;
}

RemoteOptions optionsWith(const QStringList &variables)
{
    RemoteOptions options;
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    for (const QString &variable : variables)
        env.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
    options.credentials.environment = env;
    options.credentials.useSshAgent = false;
    return options;
}

} // namespace

class tst_Remote : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void upstreamOfAClone();
    void aheadBehind_data();
    void aheadBehind();
    void pushFastForwardAndRejection();
    void detachedHead();
    void noUpstream_data();
    void noUpstream();
    void credentialsRefused_data();
    void credentialsRefused();
    void unreachableRemote();
    void redactUrl_data();
    void redactUrl();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    SyncFixture m_fixture;
};

void tst_Remote::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_fixture = SyncFixture();
    QVERIFY2(m_fixture.setUp(m_dir->path()), qPrintable(m_fixture.error));
}

void tst_Remote::upstreamOfAClone()
{
    const QString one = m_fixture.clone("one", "@alice");
    auto repo = Repository::discover(one);
    QVERIFY(repo);
    auto up = remote::upstream(*repo);
    QVERIFY2(up, errorText(up).constData());
    QCOMPARE(up->branch, QStringLiteral("main"));
    QCOMPARE(up->remote, QStringLiteral("origin"));
    QCOMPARE(up->mergeRef, QStringLiteral("refs/heads/main"));
    QCOMPARE(up->trackingRef, QStringLiteral("refs/remotes/origin/main"));
    QCOMPARE(up->name(), QStringLiteral("origin/main"));
    QCOMPARE(up->url, m_fixture.barePath());
}

void tst_Remote::aheadBehind_data()
{
    QTest::addColumn<int>("theirs");
    QTest::addColumn<int>("ours");
    QTest::addColumn<QString>("summary");
    QTest::addRow("up to date") << 0 << 0 << QStringLiteral("main is up to date with origin/main");
    QTest::addRow("ahead") << 0 << 2 << QStringLiteral("main is 2 ahead of origin/main");
    QTest::addRow("behind") << 1 << 0 << QStringLiteral("main is 1 behind origin/main");
    QTest::addRow("both") << 1 << 2 << QStringLiteral("main is 2 ahead, 1 behind origin/main");
}

void tst_Remote::aheadBehind()
{
    QFETCH(int, theirs);
    QFETCH(int, ours);
    QFETCH(QString, summary);
    const QString one = m_fixture.clone("one", "@alice");
    const QString two = m_fixture.clone("two", "@dan");
    for (int i = 0; i < theirs; ++i)
        QVERIFY(!m_fixture.commitText(one, QStringLiteral("releases/theirs-%1.yaml").arg(i), "release: {id: t}\n", "theirs").isEmpty());
    if (theirs > 0) {
        auto repo = Repository::discover(one);
        QCOMPARE(remote::push(*repo).value(), PushStatus::Pushed);
    }
    for (int i = 0; i < ours; ++i)
        QVERIFY(!m_fixture.commitText(two, QStringLiteral("releases/ours-%1.yaml").arg(i), "release: {id: o}\n", "ours").isEmpty());

    auto repo = Repository::discover(two);
    // Before fetching only our own commits are known.
    auto local = remote::aheadBehind(*repo);
    QVERIFY2(local, errorText(local).constData());
    QCOMPARE(local->ahead, ours);
    QCOMPARE(local->behind, 0);

    auto fetched = remote::fetch(*repo);
    QVERIFY2(fetched, errorText(fetched).constData());
    QCOMPARE(fetched->ahead, ours);
    QCOMPARE(fetched->behind, theirs);
    QCOMPARE(fetched->summary(), summary);

    // The same numbers as git's own count.
    const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
    if (!git.isEmpty()) {
        QProcess process;
        process.setWorkingDirectory(two);
        process.start(git, {QStringLiteral("rev-list"), QStringLiteral("--left-right"), QStringLiteral("--count"),
                            QStringLiteral("main...origin/main")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).simplified(),
                 QStringLiteral("%1 %2").arg(ours).arg(theirs));
    }
}

void tst_Remote::pushFastForwardAndRejection()
{
    const QString one = m_fixture.clone("one", "@alice");
    const QString two = m_fixture.clone("two", "@dan");
    const QString first = m_fixture.commitEdit(one, SignOffEdit{"api", SignOff::Approved, "@alice", {}, at(9)});
    const QString second = m_fixture.commitEdit(two, SignOffEdit{"portal", SignOff::Pending, {}, {}, {}});
    QVERIFY(!first.isEmpty() && !second.isEmpty());

    auto repoOne = Repository::discover(one);
    QCOMPARE(remote::push(*repoOne).value(), PushStatus::Pushed);
    QCOMPARE(SyncFixture::refAt(m_fixture.barePath(), "refs/heads/main"), first);
    QCOMPARE(SyncFixture::refAt(one, "refs/remotes/origin/main"), first);
    QCOMPARE(remote::push(*repoOne).value(), PushStatus::UpToDate);

    auto repoTwo = Repository::discover(two);
    QCOMPARE(remote::push(*repoTwo).value(), PushStatus::Rejected);
    QCOMPARE(SyncFixture::refAt(m_fixture.barePath(), "refs/heads/main"), first);
    // Still rejected once the clone knows about the upstream's commit.
    QVERIFY(remote::fetch(*repoTwo));
    QCOMPARE(remote::push(*repoTwo).value(), PushStatus::Rejected);
    QCOMPARE(SyncFixture::refAt(two, "HEAD"), second);
}

void tst_Remote::detachedHead()
{
    const QString one = m_fixture.clone("one", "@alice");
    auto repo = Repository::discover(one);
    git_oid head;
    QCOMPARE(git_reference_name_to_id(&head, repo->handle(), "HEAD"), 0);
    QCOMPARE(git_repository_set_head_detached(repo->handle(), &head), 0);
    for (const auto &result : {remote::fetch(*repo), remote::aheadBehind(*repo)}) {
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains("HEAD is detached"), qPrintable(result.error().message));
        QVERIFY(result.error().message.contains("git switch"));
    }
    auto pushed = remote::push(*repo);
    QVERIFY(!pushed);
    QVERIFY(pushed.error().message.contains("HEAD is detached"));
}

void tst_Remote::noUpstream_data()
{
    QTest::addColumn<QString>("remoteValue");
    QTest::addColumn<QString>("expected");
    QTest::addRow("no upstream configured") << QString() << QStringLiteral("has no upstream; set one with git branch --set-upstream-to=origin/main");
    QTest::addRow("remote not configured") << QStringLiteral("upstream") << QStringLiteral("\"upstream\", which is not configured");
}

void tst_Remote::noUpstream()
{
    QFETCH(QString, remoteValue);
    QFETCH(QString, expected);
    const QString one = m_fixture.clone("one", "@alice");
    {
        git_repository *r = nullptr;
        QCOMPARE(git_repository_open(&r, QFile::encodeName(one).constData()), 0);
        if (remoteValue.isEmpty()) {
            git_config *config = nullptr;
            QCOMPARE(git_repository_config(&config, r), 0);
            QCOMPARE(git_config_delete_entry(config, "branch.main.remote"), 0);
            QCOMPARE(git_config_delete_entry(config, "branch.main.merge"), 0);
            git_config_free(config);
        } else {
            QVERIFY(setConfig(r, "branch.main.remote", remoteValue));
        }
        git_repository_free(r);
    }
    auto repo = Repository::discover(one);
    auto fetched = remote::fetch(*repo);
    QVERIFY(!fetched);
    QVERIFY2(fetched.error().message.contains(expected), qPrintable(fetched.error().message));
    auto pushed = remote::push(*repo);
    QVERIFY(!pushed);
    QVERIFY2(pushed.error().message.contains(expected), qPrintable(pushed.error().message));
}

void tst_Remote::credentialsRefused_data()
{
    QTest::addColumn<bool>("withToken");
    QTest::addColumn<bool>("withHelper");
    QTest::addColumn<QStringList>("expectedAuthorizations");
    QTest::addColumn<QString>("expected");
    const QString token = basic("x-access-token", "secret-token-123");
    const QString helper = basic("helper-user", "helper-secret");
    QTest::addRow("token, then helper")
        << true << true << QStringList{QString(), token, helper}
        << QStringLiteral("the remote refused the credentials for http://127.0.0.1:%1/remote.git (tried GH_TOKEN, the credential helper");
    QTest::addRow("token only") << true << false << QStringList{QString(), token}
                                << QStringLiteral("the remote refused the credentials for http://127.0.0.1:%1/remote.git (tried GH_TOKEN)");
    QTest::addRow("helper only") << false << true << QStringList{QString(), helper}
                                 << QStringLiteral("the remote refused the credentials for http://127.0.0.1:%1/remote.git (tried the credential helper \"");
    QTest::addRow("none") << false << false << QStringList{QString()}
                          << QStringLiteral("http://127.0.0.1:%1/remote.git asks for credentials and none are available; set GH_TOKEN");
}

void tst_Remote::credentialsRefused()
{
    QFETCH(bool, withToken);
    QFETCH(bool, withHelper);
    QFETCH(QStringList, expectedAuthorizations);
    QFETCH(QString, expected);

    RefusingServer server;
    const quint16 port = server.startListening();
    QVERIFY(port != 0);
    const QString one = m_fixture.clone("one", "@alice");
    QVERIFY(!m_fixture.commitEdit(one, SignOffEdit{"api", SignOff::Approved, "@alice", {}, at(9)}).isEmpty());
    QVERIFY(setRemoteUrl(one, QStringLiteral("http://127.0.0.1:%1/remote.git").arg(port)));

    const QString request = m_dir->path() + QStringLiteral("/helper-request.txt");
    if (withHelper) {
        const QString script = m_dir->path() + QStringLiteral("/helper.sh");
        QVERIFY(writeFile(script, QStringLiteral("#!/bin/sh\ntest \"$1\" = get || exit 0\ncat > '%1'\n"
                                                 "printf 'username=helper-user\\npassword=helper-secret\\n'\n")
                                      .arg(request)
                                      .toUtf8()));
        QVERIFY(QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        git_repository *r = nullptr;
        QCOMPARE(git_repository_open(&r, QFile::encodeName(one).constData()), 0);
        QVERIFY(setConfig(r, "credential.helper", script));
        git_repository_free(r);
    }
    const RemoteOptions options =
        optionsWith(withToken ? QStringList{QStringLiteral("GH_TOKEN=secret-token-123")} : QStringList{});

    auto repo = Repository::discover(one);
    auto pushed = remote::push(*repo, options);
    QVERIFY(!pushed);
    const QString message = pushed.error().message;
    QVERIFY2(message.contains(expected.arg(port)), qPrintable(message));
    QVERIFY(!message.contains("secret-token-123"));
    QVERIFY(!message.contains("helper-secret"));
    // Each source once, in order, then it gives up.
    QCOMPARE(server.authorizations(), expectedAuthorizations);
    if (withHelper) {
        const QByteArray sent = readFile(request);
        QVERIFY2(sent.startsWith(QStringLiteral("protocol=http\nhost=127.0.0.1:%1\n").arg(port).toUtf8()), sent.constData());
    }

    // Fetching goes through the same path.
    auto fetched = remote::fetch(*repo, options);
    QVERIFY(!fetched);
    QVERIFY2(fetched.error().message.contains(expected.arg(port)), qPrintable(fetched.error().message));
}

void tst_Remote::unreachableRemote()
{
    const QString one = m_fixture.clone("one", "@alice");
    QVERIFY(!m_fixture.commitEdit(one, SignOffEdit{"api", SignOff::Approved, "@alice", {}, at(9)}).isEmpty());
    QVERIFY(setRemoteUrl(one, QStringLiteral("https://someone:hunter2@127.0.0.1:1/remote.git")));
    auto repo = Repository::discover(one);
    auto pushed = remote::push(*repo, optionsWith({}));
    QVERIFY(!pushed);
    QVERIFY2(pushed.error().message.startsWith("cannot push to origin (https://127.0.0.1:1/remote.git)"),
             qPrintable(pushed.error().message));
    QVERIFY(pushed.error().message.contains("git remote -v"));
    QVERIFY(!pushed.error().message.contains("hunter2"));
}

void tst_Remote::redactUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::addRow("token in https") << "https://x-access-token:fake-token-abc@github.com/org/repo.git" << "https://github.com/org/repo.git";
    QTest::addRow("user only") << "https://alice@example.com/repo" << "https://example.com/repo";
    QTest::addRow("plain https") << "https://github.com/org/repo.git" << "https://github.com/org/repo.git";
    QTest::addRow("scp-like ssh") << "git@github.com:org/repo.git" << "git@github.com:org/repo.git";
    QTest::addRow("path") << "/srv/git/repo.git" << "/srv/git/repo.git";
}

void tst_Remote::redactUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(remote::redactUrl(url), expected);
}

QTEST_GUILESS_MAIN(tst_Remote)
#include "tst_remote.moc"
