#include "hotfixdialog.h"

#include "appearance.h"
#include "themecolors.h"
#include "yamlhighlighter.h"

#include "git/branches.h"
#include "git/repository.h"
#include "rules/repositoryrules.h"
#include "workspace/workspace.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace rc::ui {

HotfixDialog::HotfixDialog(const QString &clonePath, QWidget *parent) : QDialog(parent), m_clonePath(clonePath)
{
    setObjectName(QStringLiteral("hotfixDialog"));
    setWindowTitle(tr("New Hotfix"));
    resize(900, 680);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A hotfix branches from the tag production runs, ships one component, and needs the Tech "
                                "Lead and On-call approvals instead of every team's sign-off."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("hotfixName"));
    m_name->setPlaceholderText(tr("critical-bug"));
    m_branch = new QLabel(this);
    m_branch->setObjectName(QStringLiteral("hotfixBranch"));
    m_from = new QLineEdit(this);
    m_from->setObjectName(QStringLiteral("hotfixFrom"));
    m_from->setPlaceholderText(tr("looking for the production tag\u2026"));
    m_component = new QComboBox(this);
    m_component->setObjectName(QStringLiteral("hotfixComponent"));
    m_component->addItem(tr("Choose the component to fix"), QString());
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("hotfixId"));
    m_id->setPlaceholderText(tr("the next free rel-YYYY-MM-DD-hotfix-NNN"));
    m_manager = new QLineEdit(this);
    m_manager->setObjectName(QStringLiteral("hotfixManager"));
    m_manager->setPlaceholderText(tr("@handle (default: from git config)"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Branch:"), m_branch);
    form->addRow(tr("&From tag:"), m_from);
    form->addRow(tr("&Component:"), m_component);
    form->addRow(tr("Release &id:"), m_id);
    form->addRow(tr("Release &manager:"), m_manager);
    layout->addLayout(form);

    layout->addWidget(new QLabel(tr("<b>Manifest preview</b> (written on the new branch as shown)"), this));
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("hotfixPreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setAccessibleName(tr("Manifest preview"));
    m_preview->setAccessibleDescription(tr("The hotfix manifest as it will be written on the new branch"));
    createYamlHighlighter(m_preview->document());
    layout->addWidget(m_preview, 1);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("hotfixProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Tinted for the palette in use, and again when it changes.
    auto styleProblems = [this] {
        m_problems->setStyleSheet(models::ThemeColors::bannerStyleSheet(models::Tone::Bad, QGuiApplication::palette()));
    };
    styleProblems();
    Appearance::onPaletteChange(this, styleProblems);
    m_problems->hide();
    layout->addWidget(m_problems);

    auto *bottom = new QHBoxLayout;
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(140);
    m_busy->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create Branch and Manifest"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createHotfix"));
    bottom->addWidget(m_busy);
    bottom->addStretch();
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    // Plan after a pause in typing rather than on every key: planning reads the clone.
    m_typing.setSingleShot(true);
    m_typing.setInterval(350);
    connect(&m_typing, &QTimer::timeout, this, &HotfixDialog::replan);
    for (QLineEdit *edit : {m_name, m_from, m_id, m_manager}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_startError.clear();
            m_branch->setText(m_name->text().trimmed().isEmpty() ? QString()
                                                                 : QStringLiteral("hotfix/") + m_name->text().trimmed());
            m_typing.start();
            updateState();
        });
    }
    connect(m_component, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            replanNow();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &HotfixDialog::create);
    connect(&m_planWatcher, &QFutureWatcher<PlanResult>::finished, this, &HotfixDialog::onPlanned);
    connect(&m_startWatcher, &QFutureWatcher<StartResult>::finished, this, &HotfixDialog::onStarted);
    QTimer::singleShot(0, this, [this] {
        if (!m_planWatcher.isRunning() && m_productionTag.isEmpty())
            replan();
    });
    updateState();
}

HotfixDialog::~HotfixDialog()
{
    if (m_planWatcher.isRunning())
        m_planWatcher.waitForFinished();
    if (m_startWatcher.isRunning())
        m_startWatcher.waitForFinished();
}

void HotfixDialog::setNow(const QDateTime &now)
{
    m_now = now;
    replanNow();
}

bool HotfixDialog::isBusy() const
{
    return m_planWatcher.isRunning() || m_startWatcher.isRunning() || m_typing.isActive();
}

void HotfixDialog::replanNow()
{
    m_typing.stop();
    replan();
}

void HotfixDialog::replan()
{
    if (m_planWatcher.isRunning()) {
        m_replanQueued = true;
        return;
    }
    core::HotfixOptions options;
    options.name = m_name->text().trimmed();
    options.fromTag = m_from->text().trimmed();
    options.component = m_component->currentData().toString();
    options.id = m_id->isModified() ? m_id->text().trimmed() : QString();
    options.releaseManager = m_manager->text().trimmed();
    options.now = m_now;
    const QString clone = m_clonePath;
    m_planWatcher.setFuture(QtConcurrent::run([clone, options] {
        PlanResult result;
        auto repo = core::Repository::discover(clone);
        if (!repo) {
            result.error = repo.error().toString();
            return result;
        }
        auto rules = core::loadRepositoryRules(*repo);
        if (!rules) {
            result.error = rules.error().toString();
            return result;
        }
        for (const core::ComponentRule &c : rules->components)
            result.components << c.name;
        const core::WorkspaceScan scan = core::scanWorkspace(repo->workdir());
        if (auto production = core::productionTag(*repo, *rules, scan)) {
            result.productionTag = production->tag;
            result.productionRelease = production->releaseId;
        } else {
            result.productionError = production.error().message;
        }
        if (auto dirty = core::uncommittedTrackedFiles(*repo))
            result.dirty = *dirty;
        // Without a name or a component there is nothing to plan yet; the fields say what is missing.
        if (options.name.isEmpty() || (options.component.isEmpty() && rules->components.size() != 1))
            return result;
        auto plan = core::planHotfix(*repo, *rules, scan, options);
        if (plan)
            result.plan = std::move(plan).value();
        else
            result.error = plan.error().toString();
        return result;
    }));
    updateState();
}

void HotfixDialog::onPlanned()
{
    if (std::exchange(m_replanQueued, false)) {
        replan();
        return;
    }
    const PlanResult result = m_planWatcher.future().resultCount() ? m_planWatcher.result() : PlanResult{};
    m_filling = true;
    if (m_component->count() == 1 && !result.components.isEmpty()) {
        for (const QString &name : result.components)
            m_component->addItem(name, name);
        if (result.components.size() == 1)
            m_component->setCurrentIndex(1);
    }
    m_filling = false;
    m_productionTag = result.productionTag;
    m_from->setPlaceholderText(result.productionTag.isEmpty()
                                   ? tr("a tag (no production tag found: %1)").arg(result.productionError)
                                   : tr("%1 (production: %2)").arg(result.productionTag, result.productionRelease));
    m_dirty = result.dirty;
    m_plan = result.plan;
    m_planError = result.error;
    if (m_plan) {
        if (!m_id->isModified())
            m_id->setText(m_plan->release.id);
        m_preview->setPlainText(QString::fromUtf8(core::renderManifest(m_plan->release)));
    } else {
        m_preview->clear();
    }
    updateState();
    emit planned();
}

QString HotfixDialog::problems() const
{
    QStringList out;
    if (!m_startError.isEmpty())
        out << m_startError;
    if (!m_dirty.isEmpty())
        out << tr("The work tree has uncommitted changes to %1; commit or stash them first, since the hotfix switches "
                  "the clone to its new branch.")
                   .arg(m_dirty.mid(0, 5).join(QStringLiteral(", "))
                        + (m_dirty.size() > 5 ? tr(" and %n more", nullptr, int(m_dirty.size() - 5)) : QString()));
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        out << tr("Name the hotfix: the branch becomes hotfix/NAME");
    else if (!core::isValidBranchName(QStringLiteral("hotfix/") + name))
        out << tr("'%1' cannot be a branch name; use letters, digits, '-', '_' and '.'").arg(name);
    if (m_component->currentData().toString().isEmpty() && m_component->count() > 2)
        out << tr("Choose the one component the hotfix ships");
    if (m_from->text().trimmed().isEmpty() && m_productionTag.isEmpty() && !m_planWatcher.isRunning())
        out << tr("No production tag was found: give the tag to branch from");
    if (!m_planError.isEmpty())
        out << m_planError;
    out.removeDuplicates();
    return out.join(QLatin1Char('\n'));
}

void HotfixDialog::updateState()
{
    const QString text = problems();
    m_problems->setText(text);
    m_problems->setVisible(!text.isEmpty());
    m_busy->setVisible(m_planWatcher.isRunning() || m_startWatcher.isRunning());
    m_create->setEnabled(!isBusy() && m_plan && text.isEmpty());
}

void HotfixDialog::create()
{
    if (!m_plan || isBusy() || !problems().isEmpty())
        return;
    const QString clone = m_clonePath;
    const core::HotfixPlan plan = *m_plan;
    const QByteArray text = core::renderManifest(plan.release);
    m_startWatcher.setFuture(QtConcurrent::run([clone, plan, text] {
        StartResult result;
        auto repo = core::Repository::discover(clone);
        if (!repo) {
            result.error = repo.error().toString();
            return result;
        }
        auto started = core::startHotfix(*repo, plan, text);
        if (started)
            result.started = *started;
        else
            result.error = started.error().toString();
        return result;
    }));
    updateState();
}

void HotfixDialog::onStarted()
{
    const StartResult result = m_startWatcher.future().resultCount() ? m_startWatcher.result() : StartResult{};
    if (!result.error.isEmpty() || result.started.branch.isEmpty()) {
        m_startError = tr("Nothing was created: %1").arg(result.error.isEmpty() ? tr("the job did not finish") : result.error);
        updateState();
        emit createFailed(m_startError);
        return;
    }
    m_started = result.started;
    updateState();
    accept();
}

} // namespace rc::ui
