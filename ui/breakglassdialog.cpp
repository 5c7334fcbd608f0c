#include "breakglassdialog.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rc::ui {

BreakGlassDialog::BreakGlassDialog(const core::Manifest &manifest, const QString &blocker, const QString &until,
                                   QWidget *parent)
    : QDialog(parent)
    , m_releaseId(manifest.release.id)
{
    setObjectName(QStringLiteral("breakGlassDialog"));
    setWindowTitle(tr("Break Glass for %1").arg(m_releaseId));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Deploy %1 outside its release window</b>").arg(m_releaseId.toHtmlEscaped()), this));
    auto *what = new QLabel(this);
    what->setObjectName(QStringLiteral("breakGlassBlocker"));
    what->setWordWrap(true);
    what->setTextInteractionFlags(Qt::TextSelectableByMouse);
    what->setText(blocker.isEmpty() ? tr("The release is inside its window now; the override is recorded for later.")
                                    : tr("Blocked now: %1").arg(blocker));
    layout->addWidget(what);
    auto *scope = new QLabel(tr("The override lifts only the window and freeze blockers, until %1. Sign-offs, "
                                "approvals, the checklist and validation still apply. It is recorded in the manifest "
                                "with your name, the time and the reason, and committed.")
                                 .arg(until),
                             this);
    scope->setObjectName(QStringLiteral("breakGlassScope"));
    scope->setWordWrap(true);
    layout->addWidget(scope);

    auto *form = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("breakGlassReason"));
    m_reason->setAccessibleName(tr("Reason for the override"));
    m_reason->setPlaceholderText(tr("Why this cannot wait (required), e.g. payment outage fix"));
    form->addRow(tr("&Reason:"), m_reason);
    m_typedId = new QLineEdit(this);
    m_typedId->setObjectName(QStringLiteral("breakGlassTypedId"));
    m_typedId->setAccessibleName(tr("Release id, typed to confirm"));
    m_typedId->setPlaceholderText(m_releaseId);
    form->addRow(tr("Type %1 to &confirm:").arg(m_releaseId), m_typedId);
    layout->addLayout(form);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("breakGlassHint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    // No default button: Enter is swallowed in keyPressEvent so it never confirms by accident.
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_override = new QPushButton(tr("Break Glass"), this);
    m_override->setObjectName(QStringLiteral("breakGlassButton"));
    for (QPushButton *button : {m_cancel, m_override}) {
        button->setAutoDefault(false);
        button->setDefault(false);
        buttons->addWidget(button);
    }
    layout->addLayout(buttons);
    connect(m_override, &QPushButton::clicked, this, [this] {
        if (canOverride())
            accept();
    });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &BreakGlassDialog::updateState);
    connect(m_typedId, &QLineEdit::textChanged, this, &BreakGlassDialog::updateState);

    resize(520, 260);
    m_reason->setFocus();
    updateState();
}

QString BreakGlassDialog::reason() const
{
    return m_reason->text().trimmed();
}

bool BreakGlassDialog::canOverride() const
{
    return !reason().isEmpty() && m_typedId->text() == m_releaseId;
}

void BreakGlassDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void BreakGlassDialog::updateState()
{
    m_override->setEnabled(canOverride());
    QStringList missing;
    if (reason().isEmpty())
        missing << tr("a reason");
    if (m_typedId->text() != m_releaseId)
        missing << tr("the release id typed exactly");
    m_hint->setText(missing.isEmpty() ? tr("The override is saved in the manifest and committed.")
                                      : tr("Needs %1.").arg(missing.join(tr(" and "))));
}

} // namespace rc::ui
