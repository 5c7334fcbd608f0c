#include "rollbackdialog.h"

#include "appearance.h"
#include "deploydialog.h"
#include "themecolors.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rc::ui {

RollbackDialog::RollbackDialog(const core::Manifest &manifest, const core::GitHubSettings &settings, bool simulated,
                               QWidget *parent)
    : QDialog(parent)
    , m_releaseId(manifest.release.id)
{
    setObjectName(QStringLiteral("rollbackDialog"));
    setWindowTitle(tr("Roll Back %1").arg(m_releaseId));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Roll back %1</b>").arg(m_releaseId.toHtmlEscaped()), this));
    auto *target = new QLabel(tr("Target: %1").arg(deployTargetText(settings)), this);
    target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    target->setWordWrap(true);
    layout->addWidget(target);

    m_simulated = new QLabel(tr("Simulated GitHub: the demo's own server on this computer. Nothing is rolled back "
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

    // What goes back: the versions of this release are replaced by the ones before it.
    m_components = new QTreeWidget(this);
    m_components->setObjectName(QStringLiteral("rollbackComponents"));
    m_components->setRootIsDecorated(false);
    m_components->setHeaderLabels({tr("Component"), tr("Back to")});
    m_components->setSelectionMode(QAbstractItemView::NoSelection);
    m_components->setAccessibleName(tr("Components to roll back"));
    m_components->setAccessibleDescription(tr("Each component with the version it goes back to"));
    for (const core::Component &component : manifest.components) {
        const QString text = component.newVersion.isEmpty() || component.newVersion == component.currentVersion
                                 ? tr("%1 (unchanged)").arg(component.currentVersion)
                                 : QStringLiteral("%1 \u2192 %2").arg(component.newVersion, component.currentVersion);
        new QTreeWidgetItem(m_components, {component.name, text});
    }
    m_components->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_components, 1);

    auto *form = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("rollbackReason"));
    m_reason->setPlaceholderText(tr("Why it goes back (required), e.g. error rate doubled after deploy"));
    form->addRow(tr("&Reason:"), m_reason);
    m_typedId = new QLineEdit(this);
    m_typedId->setObjectName(QStringLiteral("rollbackTypedId"));
    m_typedId->setPlaceholderText(m_releaseId);
    form->addRow(tr("Type %1 to confirm:").arg(m_releaseId), m_typedId);
    layout->addLayout(form);

    m_dryRun = new QCheckBox(tr("&Dry run: the workflow shows what it would roll back and changes nothing"), this);
    m_dryRun->setObjectName(QStringLiteral("dryRun"));
    m_dryRun->setChecked(true);
    layout->addWidget(m_dryRun);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("rollbackHint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    // A plain row rather than a QDialogButtonBox, which makes its accept button the default when
    // shown. No default button at all: Enter is swallowed in keyPressEvent, so it neither rolls
    // back nor closes the dialog on someone who is still typing.
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_rollBack = new QPushButton(tr("Roll Back"), this);
    m_rollBack->setObjectName(QStringLiteral("rollBackButton"));
    for (QPushButton *button : {m_cancel, m_rollBack}) {
        button->setAutoDefault(false);
        button->setDefault(false);
        buttons->addWidget(button);
    }
    layout->addLayout(buttons);
    connect(m_rollBack, &QPushButton::clicked, this, [this] {
        if (canRollBack())
            accept();
    });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &RollbackDialog::updateState);
    connect(m_typedId, &QLineEdit::textChanged, this, &RollbackDialog::updateState);
    connect(m_dryRun, &QCheckBox::toggled, this, &RollbackDialog::updateState);

    resize(560, 420);
    m_reason->setFocus();
    updateState();
}

bool RollbackDialog::isDryRun() const
{
    return m_dryRun->isChecked();
}

QString RollbackDialog::reason() const
{
    return m_reason->text().trimmed();
}

bool RollbackDialog::canRollBack() const
{
    return !reason().isEmpty() && m_typedId->text() == m_releaseId;
}

void RollbackDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void RollbackDialog::updateState()
{
    m_rollBack->setEnabled(canRollBack());
    m_rollBack->setText(isDryRun() ? tr("Roll Back (Dry Run)") : tr("Roll Back"));
    QStringList missing;
    if (reason().isEmpty())
        missing << tr("a reason");
    if (m_typedId->text() != m_releaseId)
        missing << tr("the release id typed exactly");
    if (!missing.isEmpty())
        m_hint->setText(tr("Needs %1.").arg(missing.join(tr(" and "))));
    else if (isDryRun())
        m_hint->setText(tr("A dry run leaves the manifest as it is."));
    else
        m_hint->setText(tr("The workflow rolls the release back; when the run succeeds the manifest is marked "
                           "rolled_back and committed."));
}

} // namespace rc::ui
