#include "githubsettingsdialog.h"

#include "appearance.h"
#include "themecolors.h"

#include "fakegithub/fakegithub.h"
#include "git/repository.h"
#include "githubsession.h"
#include "memorytokenstore.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <git2.h>

using rc::core::GitHubToken;
using rc::core::TokenStore;
using rc::fakegithub::FakeGitHub;
using rc::fakegithub::Permission;
using rc::test::MemoryTokenStore;
using rc::ui::GitHubSession;
using rc::ui::GitHubSettingsDialog;

namespace {

const QString Secret = QStringLiteral("fake-token-alice");
const QString StoredSecret = QStringLiteral("fake-token-stored");

QString makeClone(const QString &directory, const QString &originUrl, const QByteArray &rules = QByteArray())
{
    QDir().mkpath(directory + QStringLiteral("/api"));
    QFile readme(directory + QStringLiteral("/api/README.md"));
    if (!readme.open(QIODevice::WriteOnly) || readme.write("api\n") != 4)
        return {};
    readme.close();
    if (!rules.isEmpty()) {
        QFile file(directory + QStringLiteral("/.release-console.yaml"));
        if (!file.open(QIODevice::WriteOnly) || file.write(rules) != rules.size())
            return {};
    }
    auto repo = rc::core::Repository::init(directory);
    if (!repo || !repo->commitAll(QStringLiteral("first"), {QStringLiteral("Test"), QStringLiteral("test@example.com")}))
        return {};
    git_remote *remote = nullptr;
    if (git_remote_create(&remote, repo->handle(), "origin", originUrl.toUtf8().constData()) != 0)
        return {};
    git_remote_free(remote);
    return repo->workdir();
}

bool waitSettled(GitHubSession &session)
{
    return QTest::qWaitFor([&] { return session.state() != GitHubSession::State::Loading; }, 5000);
}

/// Every text the dialog shows: labels, tooltips, placeholders and every field but the token's.
QStringList shownTexts(const QWidget *dialog)
{
    QStringList texts;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        texts << label->text() << label->toolTip();
    for (const QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
        texts << edit->placeholderText() << edit->toolTip();
        if (edit->echoMode() == QLineEdit::Normal)
            texts << edit->text();
    }
    for (const QPushButton *button : dialog->findChildren<QPushButton *>())
        texts << button->text() << button->toolTip();
    return texts;
}

} // namespace

class tst_GitHubSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void showsValuesAndWhereTheyComeFrom();
    void saveKeepsOverridesPerClone();
    void refusesToSaveABadApiUrl();
    void tokenFieldNeverPrefilled();
    void noKeychainSaysSoAndStoresNothing();
    void saveAndForgetToken();
    void testConnection_data();
    void testConnection();
    void testConnectionWithoutAnyToken();
    void simulatedGitHub();
    void notesFollowThePalette();
    void keyboard();
    void cleanup();

private:
    QTemporaryDir m_dir;
    int m_clones = 0;
    QString newClone(const QByteArray &rules = QByteArray())
    {
        return makeClone(m_dir.filePath(QStringLiteral("clone-%1").arg(++m_clones)),
                         QStringLiteral("https://github.com/octo-org/octo-repo.git"), rules);
    }
};

void tst_GitHubSettingsDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    git_libgit2_init();
    const QByteArray config = QFile::encodeName(m_dir.path());
    for (int level : {GIT_CONFIG_LEVEL_GLOBAL, GIT_CONFIG_LEVEL_XDG, GIT_CONFIG_LEVEL_SYSTEM})
        git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, level, config.constData());
}

void tst_GitHubSettingsDialog::init()
{
    QSettings().remove(QStringLiteral("GitHub"));
}

void tst_GitHubSettingsDialog::showsValuesAndWhereTheyComeFrom()
{
    const QString clone = newClone("components:\n  - name: api\n    paths: [api/]\ngithub:\n  ref: stable\n");
    MemoryTokenStore store;
    GitHubSession session;
    session.setTokenStore(&store);
    session.setEnvironment({});
    session.setClonePath(clone);
    QVERIFY(waitSettled(session));

    GitHubSettingsDialog dialog(&session);
    dialog.show();
    QVERIFY(dialog.apiUrlEdit()->text().isEmpty());
    QVERIFY(dialog.apiUrlEdit()->placeholderText().startsWith(QLatin1String("https://api.github.com")));
    QVERIFY(dialog.apiUrlEdit()->placeholderText().contains(QLatin1String("https://HOST/api/v3")));
    QCOMPARE(dialog.repositoryEdit()->placeholderText(), QStringLiteral("octo-org/octo-repo"));
    QCOMPARE(dialog.workflowEdit()->placeholderText(), QStringLiteral("release-train.yml"));
    QCOMPARE(dialog.refEdit()->placeholderText(), QStringLiteral("stable"));

    auto source = [&](const char *name) { return dialog.findChild<QLabel *>(QLatin1String(name))->text(); };
    QCOMPARE(source("apiUrlEditSource"), QStringLiteral("Uses https://api.github.com, from the default: github.com"));
    QCOMPARE(source("repositoryEditSource"),
             QStringLiteral("Uses octo-org/octo-repo, from the origin remote, https://github.com/octo-org/octo-repo.git"));
    QCOMPARE(source("refEditSource"), QStringLiteral("Uses stable, from .release-console.yaml (github: ref)"));

    // Typing an override shows at once what would apply and that it is the user's.
    QTest::keyClicks(dialog.repositoryEdit(), QStringLiteral("acme/fork"));
    QCOMPARE(source("repositoryEditSource"), QStringLiteral("Uses acme/fork, from your value for this clone"));
    dialog.apiUrlEdit()->setText(QStringLiteral("https://ghe.example.com/api/v3"));
    QCOMPARE(source("apiUrlEditSource"),
             QStringLiteral("Uses https://ghe.example.com/api/v3, from your value for this clone"));
    // Nothing is stored before Save.
    QCOMPARE(session.overrides().repository, QString());
}

void tst_GitHubSettingsDialog::saveKeepsOverridesPerClone()
{
    const QString clone = newClone();
    MemoryTokenStore store;
    GitHubSession session;
    session.setTokenStore(&store);
    session.setEnvironment({});
    session.setClonePath(clone);
    QVERIFY(waitSettled(session));

    GitHubSettingsDialog dialog(&session);
    dialog.show();
    dialog.repositoryEdit()->setText(QStringLiteral("acme/fork"));
    dialog.workflowEdit()->setText(QStringLiteral(" deploy.yml "));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.saveButton()->click();
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(session.overrides().repository, QStringLiteral("acme/fork"));
    QCOMPARE(session.overrides().workflow, QStringLiteral("deploy.yml"));
    QCOMPARE(session.settings().repository.fullName(), QStringLiteral("acme/fork"));

    // The next dialog shows the saved overrides in the fields.
    GitHubSettingsDialog again(&session);
    QCOMPARE(again.repositoryEdit()->text(), QStringLiteral("acme/fork"));
    QCOMPARE(again.workflowEdit()->text(), QStringLiteral("deploy.yml"));
    QVERIFY(again.apiUrlEdit()->text().isEmpty());
}

void tst_GitHubSettingsDialog::refusesToSaveABadApiUrl()
{
    const QString clone = newClone();
    MemoryTokenStore store;
    GitHubSession session;
    session.setTokenStore(&store);
    session.setEnvironment({});
    session.setClonePath(clone);
    QVERIFY(waitSettled(session));

    GitHubSettingsDialog dialog(&session);
    dialog.show();
    dialog.apiUrlEdit()->setText(QStringLiteral("http://ghe.example.com/api/v3"));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("settingsProblem"));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QLatin1String("plain http")), qPrintable(problem->text()));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.saveButton()->click();
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY2(problem->text().startsWith(QLatin1String("Not saved: ")), qPrintable(problem->text()));
    QCOMPARE(session.overrides().apiUrl, QString());
    QCOMPARE(session.state(), GitHubSession::State::NoToken);
}

void tst_GitHubSettingsDialog::tokenFieldNeverPrefilled()
{
    const QString clone = newClone();
    MemoryTokenStore store;
    store.entries.insert(QStringLiteral("github:api.github.com"), StoredSecret);
    GitHubSession session;
    session.setTokenStore(&store);
    session.setEnvironment({});
    session.setClonePath(clone);
    QVERIFY(waitSettled(session));

    GitHubSettingsDialog dialog(&session);
    dialog.show();
    QVERIFY(dialog.tokenEdit()->text().isEmpty());
    QCOMPARE(dialog.tokenEdit()->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("tokenStatus"))->text(), QStringLiteral("stored in the keychain"));
    QVERIFY(dialog.forgetTokenButton()->isEnabled());
    QVERIFY(!dialog.saveTokenButton()->isEnabled()); // nothing typed
    for (const QString &text : shownTexts(&dialog))
        QVERIFY2(!text.contains(StoredSecret), qPrintable(text));
}

void tst_GitHubSettingsDialog::noKeychainSaysSoAndStoresNothing()
{
    // The real keychain store; main() makes sure no keychain service can be reached.
    const QString clone = newClone();
    GitHubSession session;
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("GH_TOKEN"), Secret);
    session.setEnvironment(environment);
    session.setClonePath(clone);
    QVERIFY(waitSettled(session));

    GitHubSettingsDialog dialog(&session);
    dialog.show();
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("tokenStatus"))->text(), QStringLiteral("from GH_TOKEN"));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("tokenNote"));
    QCOMPARE(note->text(), TokenStore::noKeychainMessage());
    QVERIFY(note->isVisible());

    QTest::keyClicks(dialog.tokenEdit(), StoredSecret);
    QVERIFY(dialog.saveTokenButton()->isEnabled());
    QSignalSpy finished(&dialog, &GitHubSettingsDialog::tokenActionFinished);
    dialog.saveTokenButton()->click();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(note->text(), TokenStore::noKeychainMessage());
    QCOMPARE(session.tokenSource(), GitHubSession::TokenSource::Environment);
    for (const QString &text : shownTexts(&dialog)) {
        QVERIFY2(!text.contains(Secret), qPrintable(text));
        QVERIFY2(!text.contains(StoredSecret), qPrintable(text));
    }
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(StoredSecret), qPrintable(key));
}

void tst_GitHubSettingsDialog::saveAndForgetToken()
{
    const QString clone = newClone();
    MemoryTokenStore store;
    GitHubSession session;
    session.setTokenStore(&store);
    session.setEnvironment({});
    session.setClonePath(clone);
    QVERIFY(waitSettled(session));

    GitHubSettingsDialog dialog(&session);
    dialog.show();
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("tokenStatus"))->text(), QStringLiteral("none"));
    QVERIFY(!dialog.forgetTokenButton()->isEnabled());
    QTest::keyClicks(dialog.tokenEdit(), StoredSecret);
    QSignalSpy finished(&dialog, &GitHubSettingsDialog::tokenActionFinished);
    dialog.saveTokenButton()->click();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.takeFirst().first().toBool(), true);
    QVERIFY(dialog.tokenEdit()->text().isEmpty());
    QCOMPARE(store.entries.value(QStringLiteral("github:api.github.com")), StoredSecret);
    QVERIFY(waitSettled(session));
    QCOMPARE(session.state(), GitHubSession::State::Ready);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("tokenStatus"))->text(), QStringLiteral("stored in the keychain"));
    QVERIFY(dialog.forgetTokenButton()->isEnabled());

    dialog.forgetTokenButton()->click();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.takeFirst().first().toBool(), true);
    QVERIFY(store.entries.isEmpty());
    QVERIFY(waitSettled(session));
    QCOMPARE(session.state(), GitHubSession::State::NoToken);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("tokenStatus"))->text(), QStringLiteral("none"));
}

void tst_GitHubSettingsDialog::testConnection_data()
{
    QTest::addColumn<Permission>("permission"); // None: the token is unknown to the server
    QTest::addColumn<bool>("inject401");
    QTest::addColumn<bool>("typed"); // typed in the dialog, else from the environment
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("dispatch");
    QTest::addColumn<QString>("issues");
    QTest::addColumn<QString>("messagePart");

    QTest::addRow("write token from the environment") << Permission::Write << false << false << true << "yes" << "yes"
                                                      << "Connected.";
    QTest::addRow("typed admin token") << Permission::Admin << false << true << true << "yes" << "yes" << "Connected.";
    QTest::addRow("read token cannot dispatch")
        << Permission::Read << false << false << true << "no: the token needs write access (push) to octo-org/octo-repo"
        << "no: sign-off requests need triage access" << "Connected.";
    QTest::addRow("triage token writes issues only")
        << Permission::Triage << false << true << true << "no: the token needs write access" << "yes" << "Connected.";
    QTest::addRow("unknown token") << Permission::None << false << true << false << "" << "" << "401";
    QTest::addRow("server answers 401") << Permission::Write << true << false << false << "" << "" << "401";
}

void tst_GitHubSettingsDialog::testConnection()
{
    QFETCH(Permission, permission);
    QFETCH(bool, inject401);
    QFETCH(bool, typed);
    QFETCH(bool, ok);
    QFETCH(QString, dispatch);
    QFETCH(QString, issues);
    QFETCH(QString, messagePart);

    FakeGitHub github;
    QVERIFY2(github.listen(), qPrintable(github.errorString()));
    github.setRepository(QStringLiteral("octo-org"), QStringLiteral("octo-repo"));
    if (permission != Permission::None)
        github.addToken(Secret, QStringLiteral("alice"), permission);
    if (inject401)
        github.injectFault({rc::fakegithub::FaultKind::Unauthorized401, QString(), -1});

    const QString clone = newClone();
    MemoryTokenStore store;
    GitHubSession session;
    session.setTokenStore(&store);
    QProcessEnvironment environment;
    if (!typed)
        environment.insert(QStringLiteral("GH_TOKEN"), Secret);
    session.setEnvironment(environment);
    session.setClientOptions({.timeoutMs = 3000, .maxRetries = 0});
    session.setClonePath(clone);
    QVERIFY(waitSettled(session));

    GitHubSettingsDialog dialog(&session);
    dialog.show();
    // Tried before it is saved: the URL and the token as typed.
    dialog.apiUrlEdit()->setText(github.baseUrl().toString());
    if (typed)
        QTest::keyClicks(dialog.tokenEdit(), Secret);
    QSignalSpy finished(&dialog, &GitHubSettingsDialog::testFinished);
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QVERIFY(dialog.isTesting());
    QVERIFY(!dialog.testButton()->isEnabled());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), ok);
    QVERIFY(!dialog.isTesting());
    QVERIFY(dialog.testButton()->isEnabled());

    const QString shown = dialog.testResultText();
    QVERIFY2(shown.contains(messagePart), qPrintable(shown));
    if (ok) {
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("testLogin"))->text(), QStringLiteral("alice"));
        // The fake repository is private, as GitHub's example is.
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("testRepository"))->text(),
                 QStringLiteral("octo-org/octo-repo, private"));
        const QString canDispatch = dialog.findChild<QLabel *>(QStringLiteral("testCanDispatch"))->text();
        QVERIFY2(canDispatch.startsWith(dispatch), qPrintable(canDispatch));
        const QString canWrite = dialog.findChild<QLabel *>(QStringLiteral("testCanWriteIssues"))->text();
        QVERIFY2(canWrite.startsWith(issues), qPrintable(canWrite));
        const QString rate = dialog.findChild<QLabel *>(QStringLiteral("testRateLimit"))->text();
        QVERIFY2(rate.contains(QLatin1String(" of 5,000 left, resets at ")), qPrintable(rate));
    } else {
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("testLogin"))->isVisible());
    }
    // Nothing was saved by testing, and the token is in no label.
    QCOMPARE(session.overrides().apiUrl, QString());
    QVERIFY(store.entries.isEmpty());
    for (const QString &text : shownTexts(&dialog))
        QVERIFY2(!text.contains(Secret), qPrintable(text));
}

void tst_GitHubSettingsDialog::testConnectionWithoutAnyToken()
{
    const QString clone = newClone();
    MemoryTokenStore store;
    GitHubSession session;
    session.setTokenStore(&store);
    session.setEnvironment({});
    session.setClonePath(clone);
    QVERIFY(waitSettled(session));
    GitHubSettingsDialog dialog(&session);
    dialog.show();
    QSignalSpy finished(&dialog, &GitHubSettingsDialog::testFinished);
    dialog.testButton()->click();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(dialog.testResultText().startsWith(QLatin1String("No token for api.github.com")),
             qPrintable(dialog.testResultText()));
}

void tst_GitHubSettingsDialog::simulatedGitHub()
{
    FakeGitHub github;
    QVERIFY2(github.listen(), qPrintable(github.errorString()));
    github.setRepository(QStringLiteral("octo-org"), QStringLiteral("octo-repo"));
    github.addToken(QStringLiteral("fake-token-demo"), QStringLiteral("john-doe"), Permission::Maintain);

    const QString clone = newClone();
    MemoryTokenStore store;
    GitHubSession session;
    session.setTokenStore(&store);
    session.setEnvironment({});
    session.setSimulated(github.baseUrl(), GitHubToken(QStringLiteral("fake-token-demo"), QStringLiteral("the demo")));
    session.setClonePath(clone);
    QVERIFY(waitSettled(session));

    GitHubSettingsDialog dialog(&session);
    dialog.show();
    auto *intro = dialog.findChild<QLabel *>(QStringLiteral("gitHubIntro"));
    QVERIFY2(intro->text().contains(QLatin1String("simulated on this computer")), qPrintable(intro->text()));
    QVERIFY(intro->text().contains(github.baseUrl().toString()));
    QVERIFY(dialog.apiUrlEdit()->isReadOnly());
    QVERIFY(dialog.repositoryEdit()->isReadOnly());
    QVERIFY(!dialog.tokenEdit()->isEnabled());
    QVERIFY(!dialog.saveTokenButton()->isEnabled());
    QVERIFY(!dialog.forgetTokenButton()->isEnabled());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("tokenStatus"))->text(),
             QStringLiteral("the demo's token, in memory only"));
    const QString repositorySource = dialog.findChild<QLabel *>(QStringLiteral("repositoryEditSource"))->text();
    QVERIFY2(repositorySource.contains(QLatin1String("octo-org/octo-repo (simulated GitHub)")), qPrintable(repositorySource));

    QSignalSpy finished(&dialog, &GitHubSettingsDialog::testFinished);
    dialog.testButton()->click();
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(dialog.testResultText()));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("testLogin"))->text(), QStringLiteral("john-doe"));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("testRepository"))->text(),
             QStringLiteral("octo-org/octo-repo, private (simulated GitHub)"));
    for (const QString &text : shownTexts(&dialog))
        QVERIFY2(!text.contains(QLatin1String("fake-token-demo")), qPrintable(text));
}

void tst_GitHubSettingsDialog::cleanup()
{
    rc::ui::Appearance::apply(rc::ui::Appearance::Mode::System);
}

// The demo banner, the grey notes on where values come from and the test's result read at 4.5:1
// in a light palette and again after a switch to dark.
void tst_GitHubSettingsDialog::notesFollowThePalette()
{
    using rc::models::ThemeColors;
    using rc::ui::Appearance;
    FakeGitHub github;
    QVERIFY2(github.listen(), qPrintable(github.errorString()));
    github.setRepository(QStringLiteral("octo-org"), QStringLiteral("octo-repo"));
    github.addToken(QStringLiteral("fake-token-demo"), QStringLiteral("john-doe"), Permission::Maintain);
    const QString clone = newClone();
    MemoryTokenStore store;
    GitHubSession session;
    session.setTokenStore(&store);
    session.setEnvironment({});
    session.setSimulated(github.baseUrl(), GitHubToken(QStringLiteral("fake-token-demo"), QStringLiteral("the demo")));
    session.setClonePath(clone);
    QVERIFY(waitSettled(session));

    Appearance::apply(Appearance::Mode::Light);
    GitHubSettingsDialog dialog(&session);
    dialog.show();
    QSignalSpy finished(&dialog, &GitHubSettingsDialog::testFinished);
    dialog.testButton()->click();
    QVERIFY(finished.wait(10000));
    auto *intro = dialog.findChild<QLabel *>(QStringLiteral("gitHubIntro"));
    auto *source = dialog.findChild<QLabel *>(QStringLiteral("repositoryEditSource"));
    auto *result = dialog.findChild<QLabel *>(QStringLiteral("testMessage"));
    QVERIFY(intro && source && result);
    QCOMPARE(result->text(), QStringLiteral("Connected."));

    QStringList seen;
    for (Appearance::Mode mode : {Appearance::Mode::Light, Appearance::Mode::Dark}) {
        Appearance::apply(mode);
        const QColor window = QApplication::palette().color(QPalette::Window);
        for (QLabel *label : {intro, source, result}) {
            label->ensurePolished();
            const QColor text = label->palette().color(QPalette::WindowText);
            // The banner has a background of its own; the notes are on the dialog's.
            const QColor background = label == intro ? label->palette().color(QPalette::Window) : window;
            QVERIFY2(ThemeColors::contrast(text, background) >= ThemeColors::TextContrast,
                     qPrintable(label->objectName() + QStringLiteral(": ") + text.name() + QStringLiteral(" on ")
                                + background.name()));
        }
        const QColor banner = intro->palette().color(QPalette::Window);
        QCOMPARE(ThemeColors::luminance(banner) < 0.2, mode == Appearance::Mode::Dark);
        seen << banner.name();
    }
    QVERIFY2(seen.first() != seen.last(), "the banner did not follow the palette");
}

void tst_GitHubSettingsDialog::keyboard()
{
    const QString clone = newClone();
    MemoryTokenStore store;
    GitHubSession session;
    session.setTokenStore(&store);
    session.setEnvironment({});
    session.setClonePath(clone);
    QVERIFY(waitSettled(session));
    GitHubSettingsDialog dialog(&session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // Every field has a label with a mnemonic that leads to it.
    for (QLineEdit *edit : {dialog.apiUrlEdit(), dialog.repositoryEdit(), dialog.workflowEdit(), dialog.refEdit(),
                            dialog.tokenEdit()}) {
        const QLabel *buddyLabel = nullptr;
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->buddy() == edit)
                buddyLabel = label;
        }
        QVERIFY2(buddyLabel, qPrintable(edit->objectName()));
        QVERIFY2(buddyLabel->text().contains(QLatin1Char('&')), qPrintable(buddyLabel->text()));
    }
    QTest::keyClick(&dialog, Qt::Key_R, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), dialog.repositoryEdit());
    // Enter in a field saves, as a dialog's default button does.
    QTest::keyClicks(dialog.repositoryEdit(), QStringLiteral("acme/fork"));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::keyClick(dialog.repositoryEdit(), Qt::Key_Return);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(session.overrides().repository, QStringLiteral("acme/fork"));
}

int main(int argc, char *argv[])
{
    // Never the user's keychain: no session bus, so no keychain service either.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/release-console-test-bus");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ReleaseConsoleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_githubsettingsdialog"));
    tst_GitHubSettingsDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_githubsettingsdialog.moc"
