#include "componentmodel.h"

#include "statuspresentation.h"

namespace rc::models {

namespace {

QString versionText(const core::Component &c)
{
    if (c.currentVersion.isEmpty() || c.newVersion.isEmpty() || c.currentVersion == c.newVersion)
        return c.newVersion.isEmpty() ? c.currentVersion : c.newVersion;
    return c.currentVersion + QStringLiteral(" \u2192 ") + c.newVersion;
}

} // namespace

ComponentModel::ComponentModel(QObject *parent) : DocumentTableModel(parent) {}

int ComponentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ComponentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComponentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Component &c = m_rows[static_cast<std::size_t>(index.row())];

    switch (role) {
    case ChangesRole:
        return c.changes;
    case SignOffRole:
        return static_cast<int>(c.signOff);
    case NameRole:
        return c.name;
    case ReasonRole:
        return c.signOff == core::SignOff::Rejected ? c.reason : QString();
    default:
        break;
    }

    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return c.name;
        break;
    case VersionColumn:
        if (role == Qt::DisplayRole)
            return versionText(c);
        if (role == Qt::ToolTipRole && c.currentVersion != c.newVersion)
            return tr("%1 moves from %2 to %3").arg(c.name, c.currentVersion, c.newVersion);
        break;
    case TeamColumn:
        if (role == Qt::DisplayRole)
            return c.team;
        break;
    case TeamLeadColumn:
        if (role == Qt::DisplayRole)
            return c.teamLead;
        break;
    case SignOffColumn:
        switch (role) {
        case Qt::DisplayRole:
            return StatusPresentation::text(c.signOff);
        case Qt::DecorationRole:
            return StatusPresentation::icon(c.signOff);
        case Qt::EditRole:
            return static_cast<int>(c.signOff);
        case Qt::ToolTipRole:
            switch (c.signOff) {
            case core::SignOff::Approved:
                if (c.approvedAt.isValid())
                    return tr("Approved by %1 at %2")
                        .arg(c.approvedBy.isEmpty() ? tr("(not recorded)") : c.approvedBy,
                             StatusPresentation::shortTime(c.approvedAt));
                return c.approvedBy.isEmpty() ? tr("Approved") : tr("Approved by %1").arg(c.approvedBy);
            case core::SignOff::Rejected: {
                QString text =
                    c.rejectedAt.isValid()
                        ? tr("Rejected by %1 at %2")
                              .arg(c.rejectedBy.isEmpty() ? tr("(not recorded)") : c.rejectedBy,
                                   StatusPresentation::shortTime(c.rejectedAt))
                        : (c.rejectedBy.isEmpty() ? tr("Rejected") : tr("Rejected by %1").arg(c.rejectedBy));
                if (!c.reason.isEmpty())
                    text += QStringLiteral(": ") + c.reason;
                return text;
            }
            case core::SignOff::Pending:
                if (!c.teamLead.isEmpty())
                    return tr("Waiting for %1 (team lead of %2)").arg(c.teamLead, c.team);
                return c.team.isEmpty() ? tr("Waiting for a sign-off") : tr("Waiting for %1").arg(c.team);
            case core::SignOff::NotRequired:
                return tr("No sign-off needed for this release");
            }
            break;
        default:
            break;
        }
        break;
    case ChangesColumn:
        if (role == Qt::DisplayRole)
            return static_cast<int>(c.changes.size());
        if (role == Qt::ToolTipRole)
            return c.changes.isEmpty() ? tr("No changes") : c.changes.join(QLatin1Char('\n'));
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    default:
        break;
    }
    return {};
}

QVariant ComponentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Component");
    case VersionColumn:
        return tr("Version");
    case TeamColumn:
        return tr("Team");
    case TeamLeadColumn:
        return tr("Team lead");
    case SignOffColumn:
        return tr("Sign-off");
    case ChangesColumn:
        return tr("Changes");
    default:
        return {};
    }
}

Qt::ItemFlags ComponentModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == SignOffColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QHash<int, QByteArray> ComponentModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ChangesRole, "changes");
    names.insert(SignOffRole, "signOff");
    names.insert(NameRole, "name");
    names.insert(ReasonRole, "reason");
    return names;
}

bool ComponentModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != SignOffColumn || role != Qt::EditRole)
        return false;
    bool ok = false;
    const int raw = value.toInt(&ok);
    if (!ok || raw < static_cast<int>(core::SignOff::Pending) ||
        raw > static_cast<int>(core::SignOff::NotRequired)) {
        m_lastError = tr("%1 is not a sign-off value.").arg(value.toString());
        return false;
    }
    const auto signOff = static_cast<core::SignOff>(raw);
    const core::Component &c = m_rows[static_cast<std::size_t>(index.row())];
    if (signOff == core::SignOff::Rejected && c.signOff != core::SignOff::Rejected) {
        m_lastError = tr("Rejecting %1 needs a reason.").arg(c.name);
        return false;
    }
    return setSignOff(index.row(), signOff, c.reason);
}

bool ComponentModel::setSignOff(int row, core::SignOff value, const QString &reason)
{
    if (row < 0 || row >= rowCount()) {
        m_lastError = tr("There is no component in row %1.").arg(row);
        return false;
    }
    const core::Component &c = m_rows[static_cast<std::size_t>(row)];
    const QString trimmedReason = reason.trimmed();
    if (value == core::SignOff::Rejected && trimmedReason.isEmpty()) {
        m_lastError = tr("Rejecting %1 needs a reason.").arg(c.name);
        return false;
    }
    if (c.signOff == value && (value != core::SignOff::Rejected || c.reason == trimmedReason)) {
        m_lastError.clear();
        return true;
    }
    core::SignOffEdit edit;
    edit.component = c.name;
    edit.value = value;
    if (value == core::SignOff::Rejected)
        edit.reason = trimmedReason;
    return applyEdit(edit);
}

const core::Component *ComponentModel::component(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

int ComponentModel::rowOf(const QString &componentName) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].name == componentName)
            return static_cast<int>(i);
    }
    return -1;
}

void ComponentModel::refresh()
{
    const core::Manifest *m = document() ? document()->manifest() : nullptr;
    syncRows(m_rows, m ? m->components : std::vector<core::Component>{},
             [](const core::Component &c) { return c.name; });
}

} // namespace rc::models
