#pragma once

#include <QStyledItemDelegate>

#include <functional>
#include <optional>

namespace rc::ui {

/// Edits a sign-off cell of a ComponentModel (pending, approved, rejected, not required) or the
/// status cell of an ApprovalModel (pending, approved, rejected) with a combo box. Choosing
/// "rejected" asks for a reason first; cancelling the prompt changes nothing.
class SignOffDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /// Asks why `subject` is rejected; std::nullopt when the user cancels. Injectable so tests
    /// (and a future non-modal UI) can answer without a dialog.
    using ReasonPrompt = std::function<std::optional<QString>(QWidget *parent, const QString &subject)>;

    explicit SignOffDelegate(QObject *parent = nullptr);

    void setReasonPrompt(ReasonPrompt prompt);
    /// The default prompt: a QInputDialog that insists on a non-empty reason.
    static std::optional<QString> askReasonWithDialog(QWidget *parent, const QString &subject);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Sets the sign-off (or approval status) of `index`'s row to `value` (core::SignOff or
    /// core::ApprovalStatus as int), asking for a reason when it is a rejection. The page's
    /// buttons and context menu use this too, so every path asks the same way.
    /// Returns false when cancelled or refused (editFailed() says why when refused).
    bool setValue(QAbstractItemModel *model, const QModelIndex &index, int value, QWidget *dialogParent) const;

signals:
    /// The model refused the edit; the message says why.
    void editFailed(const QString &message) const;

private:
    ReasonPrompt m_prompt;
};

} // namespace rc::ui
