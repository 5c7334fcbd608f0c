#include "slacksession.h"

#include "deploycontroller.h"
#include "signoffcontroller.h"

#include "releasedocument.h"
#include "notify/slacknotifier.h"
#include "release/deployment.h"

#include "git/repository.h"
#include "rules/repositoryrules.h"

#include <QFutureWatcher>
#include <QSet>
#include <QSettings>
#include <QtConcurrent>

namespace rc::ui {

namespace {

const QString channelsKey = QStringLiteral("slack/webhookChannels");

// What the clone's files say about notifications: its templates and who its git config names.
struct CloneNotificationSettings
{
    std::vector<core::NotificationTemplate> templates = core::defaultNotificationTemplates();
    QString user;
};

} // namespace

SlackSession::SlackSession(core::SlackWebhookStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_templates(core::defaultNotificationTemplates())
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    if (!m_store) {
        m_ownStore = std::make_unique<core::KeychainSlackWebhookStore>();
        m_store = m_ownStore.get();
    }
    reload();
}

SlackSession::~SlackSession() = default;

void SlackSession::setClonePath(const QString &clonePath)
{
    if (clonePath == m_clonePath && (m_notifier || clonePath.isEmpty()))
        return;
    m_clonePath = clonePath;
    m_notifier.reset();
    if (!clonePath.isEmpty()) {
        m_notifier = std::make_unique<core::SlackNotifier>(core::SlackOutbox::directoryFor(clonePath));
        m_notifier->setTemplates(m_templates);
        m_notifier->setWebhooks(m_webhooks);
        loadTemplates();
        connect(m_notifier.get(), &core::SlackNotifier::outboxChanged, this, &SlackSession::changed);
        // What an earlier session or releasectl left behind goes out now.
        m_notifier->setAutoSend(true);
    }
    emit changed();
}

void SlackSession::loadTemplates()
{
    // The rules are a file read and a YAML parse, the user a git config read: not on the GUI thread.
    const QString path = m_clonePath;
    const int generation = ++m_templateGeneration;
    m_cloneUser.clear();
    auto *watcher = new QFutureWatcher<CloneNotificationSettings>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, path] {
        watcher->deleteLater();
        if (generation != m_templateGeneration || path != m_clonePath)
            return;
        CloneNotificationSettings loaded = watcher->result();
        m_cloneUser = loaded.user;
        setTemplates(std::move(loaded.templates));
    });
    watcher->setFuture(QtConcurrent::run([path] {
        CloneNotificationSettings loaded;
        core::Expected<core::Repository> repo = core::Repository::discover(path);
        if (!repo)
            return loaded;
        loaded.user = repo->userHandle();
        const core::Expected<core::RepositoryRules> rules = core::loadRepositoryRules(*repo);
        if (rules)
            loaded.templates = core::notificationTemplates(*rules);
        return loaded;
    }));
}

void SlackSession::setTemplates(std::vector<core::NotificationTemplate> templates)
{
    m_templates = std::move(templates);
    if (m_notifier)
        m_notifier->setTemplates(m_templates);
}

void SlackSession::setEnvironment(const QProcessEnvironment &environment)
{
    m_environment = environment;
    rebuildWebhooks();
}

void SlackSession::notify(const core::Notification &notification)
{
    if (!m_notifier)
        return;
    const core::Expected<int> queued = m_notifier->notify(notification);
    if (!queued)
        qWarning("%s", qPrintable(queued.error().toString()));
}

void SlackSession::announce(core::NotificationEvent event, const core::Manifest &manifest, QHash<QString, QString> extra)
{
    if (!extra.contains(QStringLiteral("user")))
        extra.insert(QStringLiteral("user"), userHandle());
    notify(core::makeNotification(event, manifest, extra, QDateTime::currentDateTimeUtc()));
}

QString SlackSession::userHandle() const
{
    if (m_document && !m_document->user().isEmpty())
        return m_document->user();
    return m_cloneUser;
}

QString SlackSession::runUrlFor(const DeployController *deploy, const QString &releaseId) const
{
    // The dispatch named its run before the watcher has read it; the watcher knows it afterwards.
    if (releaseId == m_deployRelease && !m_deployRunUrl.isEmpty())
        return m_deployRunUrl;
    return deploy->snapshot().run.htmlUrl;
}

void SlackSession::attach(models::ReleaseDocument *document, DeployController *deploy, SignoffController *signoffs)
{
    if (document) {
        m_document = document;
        const auto remember = [this, document] {
            m_baselinePath = document->isOpen() ? document->path() : QString();
            if (document->isOpen() && document->manifest())
                m_baseline = *document->manifest();
            else
                m_baseline.reset();
        };
        // committed() comes before changed(), so the baseline is still the manifest before the edit.
        connect(document, &models::ReleaseDocument::committed, this, [this, document] {
            if (!m_baseline || !document->manifest() || document->path() != m_baselinePath)
                return;
            for (const core::Notification &n :
                 core::signoffNotifications(*m_baseline, *document->manifest(), QDateTime::currentDateTimeUtc()))
                notify(n);
        });
        connect(document, &models::ReleaseDocument::changed, this, remember);
        connect(document, &models::ReleaseDocument::closed, this, remember);
        remember();
    }
    if (deploy) {
        connect(deploy, &DeployController::dispatched, this, [this, deploy](const core::DispatchOutcome &outcome) {
            const core::DispatchRequest &request = outcome.request;
            if (request.dryRun)
                return; // a rehearsal changes nothing in production: nobody needs to hear of it
            if (request.action == core::DispatchAction::DeployProduction) {
                m_deployRelease = request.releaseId;
                m_deployRunUrl = outcome.htmlUrl;
                return; // announced once the manifest says deploying
            }
            if (request.action != core::DispatchAction::Rollback)
                return;
            // Announced at once, as releasectl does: people must know before the run ends.
            const models::ReleaseDocument *doc = deploy->document();
            core::Manifest manifest;
            if (doc && doc->isOpen() && doc->manifest() && doc->manifest()->release.id == request.releaseId)
                manifest = *doc->manifest();
            else
                manifest.release.id = request.releaseId; // the window moved on; the urgent message still goes
            announce(core::NotificationEvent::RollbackInitiated, manifest,
                     {{QStringLiteral("run_url"), outcome.htmlUrl}, {QStringLiteral("reason"), request.reason}});
        });
    }
    if (deploy && document) {
        connect(deploy, &DeployController::lifecycleRecorded, this, [this, deploy, document](const core::LifecycleOutcome &outcome) {
            if (!outcome.ok() || !document->isOpen() || !document->manifest())
                return;
            core::NotificationEvent event;
            if (outcome.to == core::ReleaseStatus::Deploying)
                event = core::NotificationEvent::DeploymentStarted;
            else if (outcome.to == core::ReleaseStatus::Deployed)
                event = core::NotificationEvent::DeploymentCompleted;
            else
                return;
            // The document has been read again: the manifest as the step left it.
            const core::Manifest &manifest = *document->manifest();
            announce(event, manifest, {{QStringLiteral("run_url"), runUrlFor(deploy, manifest.release.id)}});
        });
    }
    if (signoffs) {
        connect(signoffs, &SignoffController::signoffsRequested, this,
                [this](const core::Manifest &manifest, const core::SignoffRequestReport &report) {
                    // One per issue opened; an issue that was open already was announced when it opened.
                    for (const core::SignoffRequestItem &item : report.items) {
                        if (item.outcome == core::SignoffRequestItem::Outcome::Created)
                            notify(core::makeNotification(core::NotificationEvent::SignoffPending, manifest,
                                                          {{QStringLiteral("component"), item.component}},
                                                          QDateTime::currentDateTimeUtc()));
                    }
                });
        connect(signoffs, &SignoffController::signoffsChecked, this,
                [this](const core::Manifest &before, const core::Manifest &after, const core::SignoffCheckReport &report) {
                    // Only what this check wrote: a decision already in the file was announced by
                    // whoever recorded it.
                    QSet<QString> saved;
                    for (const core::SignoffCheckItem &item : report.items) {
                        if (item.applied == core::SignoffCheckItem::Applied::Saved)
                            saved.insert(item.component);
                    }
                    if (saved.isEmpty())
                        return;
                    for (const core::Notification &n : core::signoffNotifications(before, after, QDateTime::currentDateTimeUtc())) {
                        if (n.event == core::NotificationEvent::SignoffReceived
                            && !saved.contains(n.values.value(QStringLiteral("component"))))
                            continue;
                        notify(n);
                    }
                });
    }
}

QStringList SlackSession::storedChannels() const
{
    return QSettings().value(channelsKey).toStringList();
}

QString SlackSession::sourceOf(const QString &channel) const
{
    const QString key = core::slackChannelKey(channel);
    if (m_keychain.contains(key))
        return tr("keychain");
    if (!m_environment.value(core::slackWebhookVariable(channel)).isEmpty())
        return core::slackWebhookVariable(channel);
    return {};
}

void SlackSession::reload()
{
    ++m_generation;
    m_keychain.clear();
    m_keychainProblem.clear();
    const QStringList channels = storedChannels();
    m_pendingReads = int(channels.size());
    rebuildWebhooks();
    const int generation = m_generation;
    for (const QString &channel : channels) {
        m_store->read(channel, this, [this, channel, generation](const core::WebhookStoreResult &result) {
            if (generation != m_generation)
                return;
            --m_pendingReads;
            if (result.ok())
                m_keychain.insert(core::slackChannelKey(channel), result.url);
            else if (result.status != core::WebhookStoreStatus::NotFound)
                m_keychainProblem = result.message;
            rebuildWebhooks();
        });
    }
}

void SlackSession::rebuildWebhooks()
{
    std::vector<core::Error> problems;
    core::SlackWebhooks hooks = core::SlackWebhooks::fromEnvironment(m_environment, &problems);
    for (auto it = m_keychain.cbegin(); it != m_keychain.cend(); ++it)
        hooks.set(it.key(), it.value());
    m_webhooks = hooks;
    if (m_notifier)
        m_notifier->setWebhooks(m_webhooks);
    emit changed();
}

void SlackSession::rememberChannel(const QString &channel, bool stored)
{
    QSettings settings;
    QStringList channels = settings.value(channelsKey).toStringList();
    const QString key = core::slackChannelKey(channel);
    channels.removeIf([&](const QString &c) { return core::slackChannelKey(c) == key; });
    if (stored)
        channels.append(channel.trimmed());
    settings.setValue(channelsKey, channels);
}

void SlackSession::storeWebhook(const QString &channel, const QString &url, Done done)
{
    const core::Expected<QUrl> checked = core::validateSlackWebhookUrl(url);
    if (!checked) {
        done(false, checked.error().message);
        return;
    }
    m_store->write(channel, *checked, this, [this, channel, url = *checked, done](const core::WebhookStoreResult &result) {
        if (!result.ok()) {
            done(false, result.message);
            return;
        }
        rememberChannel(channel, true);
        m_keychain.insert(core::slackChannelKey(channel), url);
        rebuildWebhooks();
        done(true, tr("Stored in the keychain (webhook on %1).").arg(core::slackWebhookHost(url)));
    });
}

void SlackSession::forgetWebhook(const QString &channel, Done done)
{
    m_store->remove(channel, this, [this, channel, done](const core::WebhookStoreResult &result) {
        if (!result.ok() && result.status != core::WebhookStoreStatus::NotFound) {
            done(false, result.message);
            return;
        }
        const bool had = result.ok();
        rememberChannel(channel, false);
        m_keychain.remove(core::slackChannelKey(channel));
        rebuildWebhooks();
        done(true, had ? tr("Removed from the keychain.") : tr("The keychain held no webhook for this channel."));
    });
}

} // namespace rc::ui
