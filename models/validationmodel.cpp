#include "validationmodel.h"

#include "statuspresentation.h"

namespace rc::models {

namespace {

// "integration_tests" reads better as "Integration tests"; the key itself stays in KeyRole.
QString humanise(const QString &key)
{
    QString text = key;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    text.replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

ValidationModel::ValidationModel(QObject *parent) : DocumentTableModel(parent) {}

ValidationModel::Result ValidationModel::resultOf(const core::ValidationEntry &entry)
{
    if (entry.failed)
        return Result::Failed;
    static const QStringList passing = {
        QStringLiteral("passed"), QStringLiteral("pass"),    QStringLiteral("true"),
        QStringLiteral("ok"),     QStringLiteral("success"), QStringLiteral("succeeded"),
        QStringLiteral("green"),  QStringLiteral("clean"),   QStringLiteral("yes"),
    };
    return passing.contains(entry.value.trimmed(), Qt::CaseInsensitive) ? Result::Passed : Result::Info;
}

int ValidationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ValidationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ValidationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::ValidationEntry &e = m_rows[static_cast<std::size_t>(index.row())];
    const Result result = resultOf(e);

    switch (role) {
    case FailedRole:
        return e.failed;
    case ResultRole:
        return static_cast<int>(result);
    case KeyRole:
        return e.key;
    default:
        break;
    }

    switch (index.column()) {
    case CheckColumn:
        if (role == Qt::DisplayRole)
            return humanise(e.key);
        if (role == Qt::ToolTipRole)
            return e.key;
        break;
    case ValueColumn:
        if (role == Qt::DisplayRole)
            return e.value;
        break;
    case ResultColumn:
        if (role == Qt::DisplayRole) {
            switch (result) {
            case Result::Passed:
                return tr("Passed");
            case Result::Failed:
                return tr("Failed");
            case Result::Info:
                return QString();
            }
        }
        if (role == Qt::DecorationRole && result != Result::Info)
            return StatusPresentation::resultIcon(result == Result::Failed);
        break;
    default:
        break;
    }
    return {};
}

QVariant ValidationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CheckColumn:
        return tr("Check");
    case ValueColumn:
        return tr("Value");
    case ResultColumn:
        return tr("Result");
    default:
        return {};
    }
}

const core::ValidationEntry *ValidationModel::entry(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

void ValidationModel::refresh()
{
    const core::Manifest *m = document() ? document()->manifest() : nullptr;
    syncRows(m_rows, m ? m->validation : std::vector<core::ValidationEntry>{},
             [](const core::ValidationEntry &e) { return e.key; });
}

} // namespace rc::models
