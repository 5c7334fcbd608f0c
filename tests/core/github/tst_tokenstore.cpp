#include "github/tokenstore.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rc::core;

namespace {

const QString Secret = QStringLiteral("fake-token-alice");
// Never the real entries: a service of the tests' own.
const QString TestService = QStringLiteral("release-console-tests");

/// A session bus of the test's own, with no keychain service on it (none running, none that
/// could be started): what a desktop without GNOME Keyring or KWallet has, and what CI has.
class PrivateBus
{
public:
    bool start(QString *error)
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty()) {
            *error = QStringLiteral("dbus-daemon is not installed");
            return false;
        }
        const QString config = m_dir.filePath(QStringLiteral("bus.conf"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN\"\n"
                                  " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                                  "<busconfig><type>session</type><listen>unix:dir=%1</listen>"
                                  "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                                  "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n")
                       .arg(m_dir.path())
                       .toUtf8());
        file.close();
        m_process.start(daemon, {QStringLiteral("--config-file=") + config, QStringLiteral("--print-address=1"),
                                 QStringLiteral("--nofork")});
        if (!m_process.waitForStarted(5000) || !m_process.waitForReadyRead(5000)) {
            *error = QStringLiteral("dbus-daemon did not start: ") + m_process.errorString();
            return false;
        }
        m_address = QString::fromUtf8(m_process.readLine()).trimmed();
        return !m_address.isEmpty();
    }
    QString address() const { return m_address; }
    ~PrivateBus()
    {
        m_process.kill();
        m_process.waitForFinished(2000);
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_address;
};

PrivateBus *bus = nullptr;

enum class Operation { Read, Write, Remove };

TokenStoreResult run(KeychainTokenStore &store, Operation operation, const QUrl &apiUrl)
{
    std::optional<TokenStoreResult> result;
    QObject context;
    const auto done = [&result](const TokenStoreResult &r) { result = r; };
    switch (operation) {
    case Operation::Read:
        store.read(apiUrl, &context, done);
        break;
    case Operation::Write:
        store.write(apiUrl, GitHubToken(Secret, QStringLiteral("test")), &context, done);
        break;
    case Operation::Remove:
        store.remove(apiUrl, &context, done);
        break;
    }
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return {TokenStoreStatus::Failed, {}, QStringLiteral("no answer within 10 s")};
    return *result;
}

} // namespace

Q_DECLARE_METATYPE(Operation)

class tst_TokenStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keyFor_data();
    void keyFor();
    void messages();
    void noKeychainService_data();
    void noKeychainService();
    void keychainServiceFailing();
    void callbackSkippedWhenContextIsGone();
};

void tst_TokenStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_TokenStore::keyFor_data()
{
    QTest::addColumn<QString>("apiUrl");
    QTest::addColumn<QString>("key");

    QTest::addRow("github.com") << "https://api.github.com" << "github:api.github.com";
    QTest::addRow("enterprise server") << "https://ghe.example.com/api/v3" << "github:ghe.example.com";
    QTest::addRow("host in capitals") << "https://GHE.Example.com/api/v3" << "github:ghe.example.com";
    QTest::addRow("port kept") << "http://127.0.0.1:8080" << "github:127.0.0.1:8080";
    QTest::addRow("empty url is github.com") << "" << "github:api.github.com";
}

void tst_TokenStore::keyFor()
{
    QFETCH(QString, apiUrl);
    QFETCH(QString, key);
    QCOMPARE(TokenStore::keyFor(QUrl(apiUrl)), key);
}

void tst_TokenStore::messages()
{
    QCOMPARE(TokenStore::serviceName(), QStringLiteral("release-console"));
    QCOMPARE(TokenStore::entryDescription(QUrl(QStringLiteral("https://api.github.com"))),
             QStringLiteral("the keychain entry release-console/github:api.github.com"));
    QCOMPARE(TokenStore::noKeychainMessage(),
             QStringLiteral("No keychain service is running (GNOME Keyring, KWallet or another Secret Service "
                            "provider): the token cannot be stored. Set GH_TOKEN in the environment that starts "
                            "Release Console, or start a keychain service."));
}

void tst_TokenStore::noKeychainService_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::addRow("read") << Operation::Read;
    QTest::addRow("write") << Operation::Write;
    QTest::addRow("remove") << Operation::Remove;
}

void tst_TokenStore::noKeychainService()
{
    QFETCH(Operation, operation);
    KeychainTokenStore store;
    store.setServiceName(TestService);
    const TokenStoreResult result = run(store, operation, QUrl(QStringLiteral("https://api.github.com")));
    QCOMPARE(result.status, TokenStoreStatus::NoKeychain);
    QCOMPARE(result.message, TokenStore::noKeychainMessage());
    QVERIFY(result.token.isEmpty());

    // Never an insecure fallback: no file anywhere the test's settings could go holds the token.
    for (const auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation,
                                QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation}) {
        const QString root = QStandardPaths::writableLocation(location);
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(Secret.toUtf8()), qPrintable(file.fileName()));
        }
    }
}

void tst_TokenStore::keychainServiceFailing()
{
    // A keychain service is there (its name is on the bus) but does not answer as one: the store
    // must not claim that no keychain runs, and must say which entry failed.
    if (!bus)
        QSKIP("needs dbus-daemon for a private session bus");
    QDBusConnection connection = QDBusConnection::sessionBus();
    QVERIFY(connection.isConnected());
    QVERIFY(connection.registerService(QStringLiteral("org.freedesktop.secrets")));
    KeychainTokenStore store;
    store.setServiceName(TestService);
    const TokenStoreResult result = run(store, Operation::Read, QUrl(QStringLiteral("https://ghe.example.com/api/v3")));
    connection.unregisterService(QStringLiteral("org.freedesktop.secrets"));
    QVERIFY(result.status != TokenStoreStatus::NoKeychain);
    QVERIFY(!result.ok());
    QVERIFY2(result.message.contains(QLatin1String("github:ghe.example.com")), qPrintable(result.message));
}

void tst_TokenStore::callbackSkippedWhenContextIsGone()
{
    KeychainTokenStore store;
    store.setServiceName(TestService);
    bool called = false;
    auto *context = new QObject;
    store.read(QUrl(QStringLiteral("https://api.github.com")), context, [&](const TokenStoreResult &) { called = true; });
    delete context;
    // Another read on a live context finishes after the first: by then the first had its chance.
    KeychainTokenStore other;
    other.setServiceName(TestService);
    QVERIFY(run(other, Operation::Read, QUrl(QStringLiteral("https://api.github.com"))).status
            == TokenStoreStatus::NoKeychain);
    QTest::qWait(50);
    QVERIFY(!called);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Never the user's keychain: a private bus, or no bus at all.
    PrivateBus privateBus;
    QString error;
    if (privateBus.start(&error)) {
        bus = &privateBus;
        qputenv("DBUS_SESSION_BUS_ADDRESS", privateBus.address().toUtf8());
    } else {
        qInfo("No private session bus (%s): testing without any bus", qPrintable(error));
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/release-console-test-bus");
    }
    tst_TokenStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tokenstore.moc"
