#include "syncconflictdialog.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

namespace rc::ui {

namespace {

enum Column { FileColumn, FieldColumn, OursColumn, TheirsColumn, ColumnCount };

} // namespace

SyncConflictDialog::SyncConflictDialog(const std::vector<core::SyncConflict> &conflicts, const QString &upstream,
                                       QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("syncConflictDialog"));
    setWindowTitle(tr("Sign-offs Changed on Both Sides"));

    auto *intro = new QLabel(
        tr("<p><b>Nothing was pushed.</b> %1 changed these decisions differently from your commits. Your commits "
           "are still on your branch and %1 is untouched: nothing is lost.</p>"
           "<p>Agree with the other side on which decision stands, then keep yours (recorded on top of theirs) or "
           "take theirs (yours is left out). Close to decide later.</p>")
            .arg(upstream.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("File"), tr("Decision"), tr("Yours"), tr("Theirs")});
    m_list->setWordWrap(true);
    for (const core::SyncConflict &c : conflicts) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(FileColumn, c.file);
        item->setText(FieldColumn, c.field);
        item->setText(OursColumn, c.ours.describe());
        item->setText(TheirsColumn, c.theirs.describe());
        item->setToolTip(FileColumn, tr("Release %1").arg(c.releaseId));
        item->setToolTip(OursColumn, tr("From your commit %1").arg(c.commit));
        item->setToolTip(FieldColumn, tr("Before either change: %1").arg(c.base.describe()));
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(this);
    m_keepMine = buttons->addButton(tr("Keep Mine"), QDialogButtonBox::AcceptRole);
    m_keepMine->setObjectName(QStringLiteral("keepMineButton"));
    m_keepMine->setToolTip(tr("Record your decisions on top of theirs and push"));
    m_takeTheirs = buttons->addButton(tr("Take Theirs"), QDialogButtonBox::AcceptRole);
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirsButton"));
    m_takeTheirs->setToolTip(tr("Leave your conflicting decisions out, push your other edits"));
    QPushButton *later = buttons->addButton(tr("Decide Later"), QDialogButtonBox::RejectRole);
    later->setDefault(true);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { choose(core::ManifestSync::Resolution::KeepMine); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { choose(core::ManifestSync::Resolution::TakeTheirs); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(760, 320);
}

void SyncConflictDialog::choose(core::ManifestSync::Resolution resolution)
{
    m_resolution = resolution;
    accept();
}

} // namespace rc::ui
