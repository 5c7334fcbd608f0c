#include "githubsettingsdialog.h"

#include "appearance.h"
#include "githubsession.h"
#include "themecolors.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace rc::ui {

namespace {

// How a label speaks, kept on the label so that a new palette can colour it again.
const char *const ToneProperty = "rcNoteTone";

enum class NoteTone
{
    Plain,   // the palette's own text
    Note,    // where a value comes from, in grey
    Problem, // what is wrong and what to do
    Good,    // a test that passed
    Banner   // the demo's notice above everything
};

void applyTone(QLabel *label)
{
    using models::ThemeColors;
    using models::Tone;
    const QPalette palette = QGuiApplication::palette();
    QString sheet;
    switch (NoteTone(label->property(ToneProperty).toInt())) {
    case NoteTone::Plain:
        break;
    case NoteTone::Note:
        sheet = ThemeColors::textStyleSheet(Tone::Neutral, palette);
        break;
    case NoteTone::Problem:
        sheet = ThemeColors::textStyleSheet(Tone::Bad, palette);
        break;
    case NoteTone::Good:
        sheet = ThemeColors::textStyleSheet(Tone::Good, palette);
        break;
    case NoteTone::Banner:
        sheet = ThemeColors::bannerStyleSheet(Tone::Waiting, palette);
        break;
    }
    if (label->styleSheet() != sheet)
        label->setStyleSheet(sheet);
}

void setTone(QLabel *label, NoteTone tone)
{
    label->setProperty(ToneProperty, int(tone));
    applyTone(label);
}

// Colours every toned label again, for the palette now in use.
void restyleNotes(QWidget *root)
{
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->property(ToneProperty).isValid())
            applyTone(label);
    }
}

QLabel *makeSourceLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    setTone(label, NoteTone::Note);
    return label;
}

QLabel *makeValueLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

GitHubSettingsDialog::GitHubSettingsDialog(GitHubSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("gitHubSettingsDialog"));
    setWindowTitle(tr("GitHub Settings"));
    auto *layout = new QVBoxLayout(this);

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("gitHubIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    layout->addWidget(m_intro);

    // Where the release workflow runs.
    auto *target = new QGroupBox(tr("Repository"), this);
    auto *form = new QFormLayout(target);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addField = [&](const QString &label, const QString &name, QLineEdit *&edit, QLabel *&source) {
        edit = new QLineEdit(target);
        edit->setObjectName(name);
        edit->setClearButtonEnabled(true);
        source = makeSourceLabel(target, name + QStringLiteral("Source"));
        form->addRow(label, edit);
        form->addRow(QString(), source);
        connect(edit, &QLineEdit::textChanged, this, &GitHubSettingsDialog::updateSources);
    };
    addField(tr("&API URL:"), QStringLiteral("apiUrlEdit"), m_apiUrl, m_apiUrlSource);
    m_apiUrl->setToolTip(tr("github.com: https://api.github.com\nGitHub Enterprise Server: https://HOST/api/v3\n"
                            "Plain http is accepted only on this computer (127.0.0.1, localhost)."));
    addField(tr("&Repository:"), QStringLiteral("repositoryEdit"), m_repository, m_repositorySource);
    m_repository->setToolTip(tr("owner/name of the repository that runs the release workflow"));
    addField(tr("&Workflow:"), QStringLiteral("workflowEdit"), m_workflow, m_workflowSource);
    m_workflow->setToolTip(tr("The workflow file under .github/workflows, or its id"));
    addField(tr("R&ef:"), QStringLiteral("refEdit"), m_ref, m_refSource);
    m_ref->setToolTip(tr("The branch or tag the workflow runs on"));
    m_settingsProblem = makeSourceLabel(target, QStringLiteral("settingsProblem"));
    setTone(m_settingsProblem, NoteTone::Problem);
    form->addRow(m_settingsProblem);
    layout->addWidget(target);

    // The token: its value never comes back into this dialog, only where it is kept.
    auto *tokenBox = new QGroupBox(tr("Token"), this);
    auto *tokenForm = new QFormLayout(tokenBox);
    tokenForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_tokenStatus = makeValueLabel(tokenBox, QStringLiteral("tokenStatus"));
    tokenForm->addRow(tr("In use:"), m_tokenStatus);
    m_token = new QLineEdit(tokenBox);
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Paste a new token to store it in the keychain"));
    m_token->setToolTip(tr("A fine-grained token with Actions and Issues (read and write) on the repository, or a "
                           "classic token with the repo and workflow scopes"));
    tokenForm->addRow(tr("New &token:"), m_token);
    auto *tokenButtons = new QHBoxLayout;
    m_saveToken = new QPushButton(tr("&Save Token"), tokenBox);
    m_saveToken->setObjectName(QStringLiteral("saveTokenButton"));
    m_saveToken->setAutoDefault(false);
    m_forgetToken = new QPushButton(tr("&Forget Token"), tokenBox);
    m_forgetToken->setObjectName(QStringLiteral("forgetTokenButton"));
    m_forgetToken->setAutoDefault(false);
    m_forgetToken->setToolTip(tr("Delete the token of this API host from the keychain"));
    tokenButtons->addWidget(m_saveToken);
    tokenButtons->addWidget(m_forgetToken);
    tokenButtons->addStretch(1);
    tokenForm->addRow(QString(), tokenButtons);
    m_tokenNote = makeSourceLabel(tokenBox, QStringLiteral("tokenNote"));
    tokenForm->addRow(m_tokenNote);
    layout->addWidget(tokenBox);
    connect(m_token, &QLineEdit::textChanged, this, &GitHubSettingsDialog::refreshFromSession);
    connect(m_saveToken, &QPushButton::clicked, this, [this] { saveToken(false); });
    connect(m_forgetToken, &QPushButton::clicked, this, &GitHubSettingsDialog::forgetToken);

    // Test Connection: what GitHub says about the token and the repository.
    auto *testBox = new QGroupBox(tr("Connection"), this);
    auto *testLayout = new QVBoxLayout(testBox);
    auto *testRow = new QHBoxLayout;
    m_testButton = new QPushButton(tr("Test &Connection"), testBox);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setAutoDefault(false);
    m_testButton->setToolTip(tr("Ask GitHub who the token belongs to, what it may do in the repository and how much "
                                "of the rate limit is left; uses the values above, saved or not"));
    testRow->addWidget(m_testButton);
    m_testMessage = makeValueLabel(testBox, QStringLiteral("testMessage"));
    testRow->addWidget(m_testMessage, 1);
    testLayout->addLayout(testRow);
    m_testDetails = new QWidget(testBox);
    auto *details = new QFormLayout(m_testDetails);
    details->setContentsMargins(0, 0, 0, 0);
    m_login = makeValueLabel(m_testDetails, QStringLiteral("testLogin"));
    m_testRepository = makeValueLabel(m_testDetails, QStringLiteral("testRepository"));
    m_canDispatch = makeValueLabel(m_testDetails, QStringLiteral("testCanDispatch"));
    m_canWriteIssues = makeValueLabel(m_testDetails, QStringLiteral("testCanWriteIssues"));
    m_rateLimit = makeValueLabel(m_testDetails, QStringLiteral("testRateLimit"));
    details->addRow(tr("Signed in as:"), m_login);
    details->addRow(tr("Repository:"), m_testRepository);
    details->addRow(tr("May dispatch workflows:"), m_canDispatch);
    details->addRow(tr("May write issues:"), m_canWriteIssues);
    details->addRow(tr("Rate limit:"), m_rateLimit);
    m_testDetails->hide();
    testLayout->addWidget(m_testDetails);
    layout->addWidget(testBox);
    connect(m_testButton, &QPushButton::clicked, this, &GitHubSettingsDialog::testConnection);

    layout->addStretch(1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_buttons->button(QDialogButtonBox::Save)->setToolTip(
        tr("Keep these values for this clone (in your settings, never in the repository)"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GitHubSettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    const core::GitHubUserOverrides overrides = m_session->overrides();
    if (!m_session->isSimulated()) {
        m_apiUrl->setText(overrides.apiUrl);
        m_repository->setText(overrides.repository);
        m_workflow->setText(overrides.workflow);
        m_ref->setText(overrides.ref);
    }
    connect(m_session, &GitHubSession::changed, this, &GitHubSettingsDialog::refreshFromSession);
    refreshFromSession();
    Appearance::onPaletteChange(this, [this] { restyleNotes(this); });
    resize(qMax(sizeHint().width(), 640), sizeHint().height());
}

GitHubSettingsDialog::~GitHubSettingsDialog() = default;

QPushButton *GitHubSettingsDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

core::GitHubUserOverrides GitHubSettingsDialog::fieldOverrides() const
{
    return {m_apiUrl->text().trimmed(), m_repository->text().trimmed(), m_workflow->text().trimmed(),
            m_ref->text().trimmed()};
}

void GitHubSettingsDialog::showNote(QLabel *label, const QString &text, bool problem)
{
    label->setText(text);
    setTone(label, problem ? NoteTone::Problem : NoteTone::Note);
    label->setVisible(!text.isEmpty());
}

void GitHubSettingsDialog::refreshFromSession()
{
    const bool simulated = m_session->isSimulated();
    const bool hasClone = !m_session->clonePath().isEmpty();
    if (simulated) {
        m_intro->setText(tr("This demo talks to a GitHub simulated on this computer (%1) with a token held in memory. "
                            "Nothing here is stored, and nothing reaches github.com.")
                             .arg(m_session->settings().apiUrl.toDisplayString()));
        setTone(m_intro, NoteTone::Banner);
    } else if (!hasClone) {
        m_intro->setText(tr("Open a clone first: the GitHub settings belong to the clone that is open."));
        setTone(m_intro, NoteTone::Plain);
    } else {
        m_intro->setText(tr("Release Console runs the release workflow of the clone's GitHub repository. Leave a field "
                            "empty to use the clone's own value, shown in grey. Your values are kept for this clone "
                            "on this computer; the token only in the keychain."));
        setTone(m_intro, NoteTone::Plain);
    }
    for (QLineEdit *edit : {m_apiUrl, m_repository, m_workflow, m_ref}) {
        edit->setReadOnly(simulated);
        edit->setEnabled(hasClone);
    }

    QString status = m_session->tokenSourceText();
    if (m_session->state() == GitHubSession::State::Loading)
        status = tr("reading the keychain\u2026");
    m_tokenStatus->setText(status);
    const bool canStore = hasClone && !simulated && !m_session->settings().apiUrl.isEmpty();
    m_token->setEnabled(canStore);
    m_saveToken->setEnabled(canStore && !m_tokenBusy && !m_token->text().trimmed().isEmpty());
    m_forgetToken->setEnabled(canStore && !m_tokenBusy
                              && m_session->tokenSource() == GitHubSession::TokenSource::Keychain);
    if (!m_tokenBusy) {
        if (simulated)
            showNote(m_tokenNote, tr("The demo's token lives in memory and ends with the demo."), false);
        else
            showNote(m_tokenNote, m_session->keychainProblem(), !m_session->keychainProblem().isEmpty());
    }
    m_testButton->setEnabled(hasClone && !isTesting());
    saveButton()->setEnabled(hasClone && !simulated && !m_tokenBusy);
    updateSources();
}

void GitHubSettingsDialog::updateSources()
{
    const core::GitHubSettingsSources &sources = m_session->sources();
    const core::GitHubRule &rule = sources.rule;
    const core::GitHubUserOverrides fields = fieldOverrides();
    const bool simulated = m_session->isSimulated();
    const core::Expected<core::GitHubSettings> resolved = m_session->resolveWith(fields);

    // Placeholders: the value that applies when the field is left empty.
    m_apiUrl->setPlaceholderText(
        simulated ? m_session->settings().apiUrl.toDisplayString()
        : rule.apiUrl.isEmpty()
            ? tr("%1 (GitHub Enterprise Server: https://HOST/api/v3)").arg(QLatin1String(core::defaultGitHubApiUrl))
            : rule.apiUrl);
    QString originRepository;
    if (!sources.originUrl.isEmpty()) {
        if (const auto name = core::gitHubRepositoryFromRemoteUrl(sources.originUrl))
            originRepository = name->fullName();
    }
    m_repository->setPlaceholderText(!rule.repository.isEmpty() ? rule.repository
                                     : !originRepository.isEmpty() ? originRepository
                                                                   : tr("owner/name"));
    m_workflow->setPlaceholderText(rule.workflow.isEmpty() ? QLatin1String(core::defaultGitHubWorkflow) : rule.workflow);
    m_ref->setPlaceholderText(!rule.ref.isEmpty()                      ? rule.ref
                              : !sources.remoteDefaultBranch.isEmpty() ? sources.remoteDefaultBranch
                                                                       : QStringLiteral("main"));

    const QString yourValue = tr("your value for this clone");
    QString apiSource;
    if (simulated)
        apiSource = tr("the simulated GitHub of the demo");
    else if (!fields.apiUrl.isEmpty())
        apiSource = yourValue;
    else if (!rule.apiUrl.isEmpty())
        apiSource = tr(".release-console.yaml (github: api_url)");
    else
        apiSource = tr("the default: github.com");
    QString repositorySource;
    if (!simulated && !fields.repository.isEmpty())
        repositorySource = yourValue;
    else if (!rule.repository.isEmpty())
        repositorySource = tr(".release-console.yaml (github: repository)");
    else if (!sources.originUrl.isEmpty())
        repositorySource = tr("the origin remote, %1").arg(sources.originUrl);
    else
        repositorySource = tr("nowhere yet: the clone has no origin remote");
    QString workflowSource;
    if (!simulated && !fields.workflow.isEmpty())
        workflowSource = yourValue;
    else if (!rule.workflow.isEmpty() && rule.workflow != QLatin1String(core::defaultGitHubWorkflow))
        workflowSource = tr(".release-console.yaml (github: workflow)");
    else
        workflowSource = tr("the rules or the default");
    QString refSource;
    if (!simulated && !fields.ref.isEmpty())
        refSource = yourValue;
    else if (!rule.ref.isEmpty())
        refSource = tr(".release-console.yaml (github: ref)");
    else if (!sources.remoteDefaultBranch.isEmpty())
        refSource = tr("the origin remote's default branch");
    else
        refSource = tr("the default");

    if (resolved) {
        const QString suffix = simulated ? tr(" (simulated GitHub)") : QString();
        m_apiUrlSource->setText(tr("Uses %1, from %2").arg(resolved->apiUrl.toDisplayString(), apiSource));
        m_repositorySource->setText(
            tr("Uses %1%2, from %3").arg(resolved->repository.fullName(), suffix, repositorySource));
        m_workflowSource->setText(tr("Uses %1, from %2").arg(resolved->workflow, workflowSource));
        m_refSource->setText(tr("Uses %1, from %2").arg(resolved->ref, refSource));
        showNote(m_settingsProblem, QString(), false);
    } else {
        m_apiUrlSource->setText(tr("From %1").arg(apiSource));
        m_repositorySource->setText(tr("From %1").arg(repositorySource));
        m_workflowSource->setText(tr("From %1").arg(workflowSource));
        m_refSource->setText(tr("From %1").arg(refSource));
        showNote(m_settingsProblem, resolved.error().toString(), true);
    }
}

void GitHubSettingsDialog::save()
{
    if (m_session->isSimulated()) {
        accept();
        return;
    }
    const core::GitHubUserOverrides overrides = fieldOverrides();
    if (const auto resolved = m_session->resolveWith(overrides); !resolved) {
        showNote(m_settingsProblem, tr("Not saved: %1").arg(resolved.error().toString()), true);
        return;
    }
    m_session->setOverrides(overrides);
    if (!m_token->text().trimmed().isEmpty()) {
        saveToken(true);
        return;
    }
    accept();
}

void GitHubSettingsDialog::saveToken(bool closeAfter)
{
    // The keychain entry is per API host: apply the host in the fields first, so the token is
    // stored for the server it was typed for.
    const core::GitHubUserOverrides overrides = fieldOverrides();
    if (const auto resolved = m_session->resolveWith(overrides); !resolved) {
        showNote(m_tokenNote, tr("Not stored: %1").arg(resolved.error().toString()), true);
        Q_EMIT tokenActionFinished(false);
        return;
    }
    if (!closeAfter)
        m_session->setOverrides(overrides);
    m_tokenBusy = true;
    showNote(m_tokenNote, tr("Storing the token in the keychain\u2026"), false);
    refreshFromSession();
    m_session->saveToken(m_token->text(), this, [this, closeAfter](bool ok, const QString &message) {
        m_tokenBusy = false;
        if (ok)
            m_token->clear();
        refreshFromSession();
        showNote(m_tokenNote, ok ? tr("Stored in the keychain.") : message, !ok);
        Q_EMIT tokenActionFinished(ok);
        if (ok && closeAfter)
            accept();
    });
}

void GitHubSettingsDialog::forgetToken()
{
    m_tokenBusy = true;
    refreshFromSession();
    m_session->forgetToken(this, [this](bool ok, const QString &message) {
        m_tokenBusy = false;
        refreshFromSession();
        showNote(m_tokenNote, ok ? tr("The token was deleted from the keychain.") : message, !ok);
        Q_EMIT tokenActionFinished(ok);
    });
}

void GitHubSettingsDialog::testConnection()
{
    if (isTesting())
        return;
    m_testDetails->hide();
    const core::Expected<core::GitHubSettings> settings = m_session->resolveWith(fieldOverrides());
    if (!settings) {
        showNote(m_testMessage, settings.error().toString(), true);
        Q_EMIT testFinished(false);
        return;
    }
    m_testClient = m_session->createClient(*settings, m_token->text());
    if (!m_testClient) {
        showNote(m_testMessage,
                 tr("No token for %1 to test with: paste one above, or set GH_TOKEN in the environment that starts "
                    "Release Console.")
                     .arg(settings->apiUrl.host()),
                 true);
        Q_EMIT testFinished(false);
        return;
    }
    m_testButton->setEnabled(false);
    showNote(m_testMessage, tr("Asking %1\u2026").arg(settings->apiUrl.toDisplayString()), false);
    const QString repository = settings->repository.fullName();
    m_testClient->testConnection(settings->repository, this, [this, repository](const core::GitHubConnectionResult &r) {
        // Not deleted here: this runs inside the client's own callback.
        m_testClient.release()->deleteLater();
        showTestResult(r, repository);
        m_testButton->setEnabled(true);
        Q_EMIT testFinished(r.ok());
    });
}

void GitHubSettingsDialog::showTestResult(const core::GitHubConnectionResult &result, const QString &repository)
{
    if (!result.ok()) {
        m_testDetails->hide();
        showNote(m_testMessage, result.error.message, true);
        return;
    }
    const core::GitHubConnectionInfo &info = result.info;
    const QString name = info.repository.isEmpty() ? repository : info.repository;
    showNote(m_testMessage, tr("Connected."), false);
    setTone(m_testMessage, NoteTone::Good);
    m_login->setText(info.login);
    m_testRepository->setText(name + (info.isPrivate ? tr(", private") : QString())
                              + (m_session->isSimulated() ? tr(" (simulated GitHub)") : QString()));
    m_canDispatch->setText(info.canDispatch()
                               ? tr("yes")
                               : tr("no: the token needs write access (push) to %1 to run its workflows").arg(name));
    setTone(m_canDispatch, info.canDispatch() ? NoteTone::Plain : NoteTone::Problem);
    m_canWriteIssues->setText(info.canWriteIssues()
                                  ? tr("yes")
                                  : tr("no: sign-off requests need triage access or more to %1").arg(name));
    setTone(m_canWriteIssues, info.canWriteIssues() ? NoteTone::Plain : NoteTone::Problem);
    const QLocale locale;
    QString reset;
    if (info.rateReset.isValid()) {
        const qint64 seconds = info.rateReset.toSecsSinceEpoch() - QDateTime::currentSecsSinceEpoch();
        const qint64 minutes = qMax<qint64>(0, (seconds + 59) / 60);
        reset = tr(", resets at %1 (in %2 min)")
                    .arg(locale.toString(info.rateReset.toLocalTime().time(), QLocale::ShortFormat))
                    .arg(minutes);
    }
    m_rateLimit->setText(
        tr("%1 of %2 left").arg(locale.toString(info.rateRemaining), locale.toString(info.rateLimit)) + reset);
    m_testDetails->show();
}

QString GitHubSettingsDialog::testResultText() const
{
    QStringList lines{m_testMessage->text()};
    if (!m_testDetails->isHidden()) {
        lines << m_login->text() << m_testRepository->text() << m_canDispatch->text() << m_canWriteIssues->text()
              << m_rateLimit->text();
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace rc::ui
