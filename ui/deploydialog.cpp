#include "deploydialog.h"

#include "appearance.h"
#include "themecolors.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rc::ui {

QString versionChangeText(const core::Component &component)
{
    if (component.newVersion.isEmpty() || component.newVersion == component.currentVersion)
        return DeployDialog::tr("%1 (unchanged)").arg(component.currentVersion);
    if (component.currentVersion.isEmpty())
        return DeployDialog::tr("new: %1").arg(component.newVersion);
    return QStringLiteral("%1 \u2192 %2").arg(component.currentVersion, component.newVersion);
}

QString deployTargetText(const core::GitHubSettings &settings)
{
    const QString host = settings.apiUrl.port() > 0
                             ? QStringLiteral("%1:%2").arg(settings.apiUrl.host()).arg(settings.apiUrl.port())
                             : settings.apiUrl.host();
    return DeployDialog::tr("%1 \u00b7 %2 on %3 \u00b7 %4")
        .arg(settings.repository.fullName(), settings.workflow, settings.ref, host);
}

DeployDialog::DeployDialog(const core::Manifest &manifest, const core::GitHubSettings &settings, bool simulated,
                           QWidget *parent)
    : QDialog(parent)
    , m_releaseId(manifest.release.id)
    , m_repository(settings.repository.fullName())
{
    setObjectName(QStringLiteral("deployDialog"));
    setWindowTitle(tr("Deploy %1").arg(m_releaseId));

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<b>Deploy %1 to production</b>").arg(m_releaseId.toHtmlEscaped()), this);
    layout->addWidget(title);

    m_target = new QLabel(tr("Target: %1").arg(deployTargetText(settings)), this);
    m_target->setObjectName(QStringLiteral("deployTarget"));
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_target->setWordWrap(true);
    layout->addWidget(m_target);

    m_simulated = new QLabel(tr("Simulated GitHub: the demo's own server on this computer. Nothing is deployed "
                                "anywhere; the manifest and its commits are real."),
                             this);
    m_simulated->setObjectName(QStringLiteral("simulatedNote"));
    m_simulated->setWordWrap(true);
    // A note, not a warning: the waiting tone, tinted for the palette in use and again when it changes.
    auto styleSimulated = [this] {
        m_simulated->setStyleSheet(models::ThemeColors::bannerStyleSheet(models::Tone::Waiting, QGuiApplication::palette()));
    };
    styleSimulated();
    Appearance::onPaletteChange(this, styleSimulated);
    m_simulated->setVisible(simulated);
    layout->addWidget(m_simulated);

    m_components = new QTreeWidget(this);
    m_components->setObjectName(QStringLiteral("deployComponents"));
    m_components->setRootIsDecorated(false);
    m_components->setHeaderLabels({tr("Component"), tr("Version"), tr("Team")});
    m_components->setSelectionMode(QAbstractItemView::NoSelection);
    m_components->setAccessibleName(tr("Components to deploy"));
    m_components->setAccessibleDescription(tr("Each component with the version it goes to and its team"));
    for (const core::Component &component : manifest.components) {
        auto *item = new QTreeWidgetItem(m_components, {component.name, versionChangeText(component), component.team});
        item->setData(0, Qt::UserRole, component.name);
    }
    m_components->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_components, 1);

    m_dryRun = new QCheckBox(tr("&Dry run: the workflow shows what it would deploy and changes nothing"), this);
    m_dryRun->setObjectName(QStringLiteral("dryRun"));
    m_dryRun->setChecked(true);
    layout->addWidget(m_dryRun);

    m_mode = new QLabel(this);
    m_mode->setWordWrap(true);
    layout->addWidget(m_mode);

    m_confirm = new QCheckBox(tr("I confirm a real deploy of %1 from %2").arg(m_releaseId, m_repository), this);
    m_confirm->setObjectName(QStringLiteral("confirmRealDeploy"));
    layout->addWidget(m_confirm);

    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_deploy = buttons->addButton(tr("Start Dry Run"), QDialogButtonBox::AcceptRole);
    m_deploy->setObjectName(QStringLiteral("deployButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        // Belt and braces: the button is disabled in these cases, but accept() must not be
        // reachable another way either.
        if (!isDryRun() && !m_confirm->isChecked())
            return;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_dryRun, &QCheckBox::toggled, this, [this] {
        m_confirm->setChecked(false);
        updateState();
    });
    connect(m_confirm, &QCheckBox::toggled, this, &DeployDialog::updateState);

    resize(560, 420);
    updateState();
}

bool DeployDialog::isDryRun() const
{
    return m_dryRun->isChecked();
}

void DeployDialog::updateState()
{
    const bool dry = isDryRun();
    m_confirm->setVisible(!dry);
    if (dry) {
        m_mode->setText(tr("A dry run leaves the manifest as it is."));
        m_deploy->setText(tr("Start Dry Run"));
        m_deploy->setEnabled(true);
        m_deploy->setDefault(true);
        m_deploy->setAutoDefault(true);
        m_cancel->setDefault(false);
    } else {
        m_mode->setText(tr("A real deploy marks the release deploying now and deployed when the run succeeds; "
                           "each change is committed."));
        m_deploy->setText(tr("Deploy to Production"));
        m_deploy->setEnabled(m_confirm->isChecked());
        // Enter must never start a real deploy: Cancel takes the default.
        m_deploy->setDefault(false);
        m_deploy->setAutoDefault(false);
        m_cancel->setDefault(true);
    }
}

} // namespace rc::ui
