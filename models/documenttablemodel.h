#pragma once

#include "releasedocument.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <vector>

namespace rc::models {

/// The common part of the tables over one ReleaseDocument: following the document, and turning a
/// re-read into the smallest notification (an edit of one row emits dataChanged for that row; a
/// different shape resets). Subclasses write cells, headers and their edits.
class DocumentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit DocumentTableModel(QObject *parent = nullptr);

    /// Follows `document` (may be null); resets now and on every change of it.
    void setDocument(ReleaseDocument *document);
    ReleaseDocument *document() const { return m_document; }

    /// The message of the last refused edit; empty after a successful one.
    QString lastError() const { return m_lastError; }

protected:
    /// Re-reads the rows from document()->manifest() (empty when there is none).
    virtual void refresh() = 0;

    /// Replaces `rows` with `fresh`. Same row count and same keys: dataChanged for each row that
    /// differs; otherwise a reset. `key` gives a row's identity (component name, role, ...).
    template <typename T, typename KeyFn> void syncRows(std::vector<T> &rows, std::vector<T> fresh, KeyFn key)
    {
        bool sameShape = !m_resetPending && rows.size() == fresh.size();
        m_resetPending = false;
        for (std::size_t i = 0; sameShape && i < rows.size(); ++i)
            sameShape = key(rows[i]) == key(fresh[i]);
        if (!sameShape) {
            beginResetModel();
            rows = std::move(fresh);
            endResetModel();
            return;
        }
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (rows[i] == fresh[i])
                continue;
            rows[i] = std::move(fresh[i]);
            const int row = static_cast<int>(i);
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        }
    }

    /// Runs an edit through the document; records the error for lastError().
    bool applyEdit(const core::ManifestEdit &edit);

    QString m_lastError;

private:
    bool m_resetPending = false; // a new document always resets, even when the shapes match
    QPointer<ReleaseDocument> m_document;
    QMetaObject::Connection m_changedConnection;
    QMetaObject::Connection m_destroyedConnection;
};

} // namespace rc::models
