#include "signoffdelegate.h"

#include "approvalmodel.h"
#include "componentmodel.h"
#include "statuspresentation.h"

#include <QComboBox>
#include <QInputDialog>

namespace rc::ui {

using models::ApprovalModel;
using models::ComponentModel;
using models::StatusPresentation;

namespace {

struct Choice
{
    int value;
    QString text;
    QIcon icon;
};

// The choices depend on what is edited: a component may be "not required", an approval may not.
std::vector<Choice> choicesFor(const QAbstractItemModel *model)
{
    std::vector<Choice> choices;
    if (qobject_cast<const ApprovalModel *>(model)) {
        for (auto status : {core::ApprovalStatus::Pending, core::ApprovalStatus::Approved, core::ApprovalStatus::Rejected})
            choices.push_back({int(status), StatusPresentation::text(status), StatusPresentation::icon(status)});
    } else {
        for (auto signOff : {core::SignOff::Pending, core::SignOff::Approved, core::SignOff::Rejected,
                             core::SignOff::NotRequired})
            choices.push_back({int(signOff), StatusPresentation::text(signOff), StatusPresentation::icon(signOff)});
    }
    return choices;
}

int currentValue(const QModelIndex &index)
{
    if (qobject_cast<const ApprovalModel *>(index.model()))
        return index.data(ApprovalModel::ApprovalStatusRole).toInt();
    return index.data(ComponentModel::SignOffRole).toInt();
}

} // namespace

SignOffDelegate::SignOffDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_prompt(&SignOffDelegate::askReasonWithDialog)
{
}

void SignOffDelegate::setReasonPrompt(ReasonPrompt prompt)
{
    m_prompt = prompt ? std::move(prompt) : ReasonPrompt(&SignOffDelegate::askReasonWithDialog);
}

std::optional<QString> SignOffDelegate::askReasonWithDialog(QWidget *parent, const QString &subject)
{
    QString reason;
    while (reason.trimmed().isEmpty()) {
        bool ok = false;
        reason = QInputDialog::getText(parent, tr("Reject %1").arg(subject),
                                       tr("Why is %1 rejected? The reason is written to the manifest.").arg(subject),
                                       QLineEdit::Normal, reason, &ok);
        if (!ok)
            return std::nullopt;
    }
    return reason.trimmed();
}

QWidget *SignOffDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("signOffEditor"));
    for (const Choice &choice : choicesFor(index.model()))
        combo->addItem(choice.icon, choice.text, choice.value);
    // Picking an entry is the decision: commit at once instead of waiting for focus to leave.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<SignOffDelegate *>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void SignOffDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    const int row = combo->findData(currentValue(index));
    combo->setCurrentIndex(row);
}

void SignOffDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo || combo->currentIndex() < 0)
        return;
    const int value = combo->currentData().toInt();
    if (value == currentValue(index))
        return;
    setValue(model, index, value, editor->window());
}

void SignOffDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const
{
    editor->setGeometry(option.rect);
}

bool SignOffDelegate::setValue(QAbstractItemModel *model, const QModelIndex &index, int value, QWidget *dialogParent) const
{
    if (!model || !index.isValid())
        return false;
    auto *components = qobject_cast<ComponentModel *>(model);
    auto *approvals = qobject_cast<ApprovalModel *>(model);
    if (!components && !approvals)
        return false;

    const bool rejecting = components ? value == int(core::SignOff::Rejected) : value == int(core::ApprovalStatus::Rejected);
    QString reason;
    if (rejecting) {
        const QString subject = components ? index.data(ComponentModel::NameRole).toString()
                                           : index.data(ApprovalModel::RoleNameRole).toString();
        const std::optional<QString> answer = m_prompt(dialogParent, subject);
        if (!answer || answer->trimmed().isEmpty())
            return false; // cancelled: nothing changes
        reason = answer->trimmed();
    }

    const bool ok = components ? components->setSignOff(index.row(), core::SignOff(value), reason)
                               : approvals->setApproval(index.row(), core::ApprovalStatus(value), reason);
    if (!ok) {
        const QString message = components ? components->lastError() : approvals->lastError();
        emit editFailed(message);
    }
    return ok;
}

} // namespace rc::ui
