#include "documenttablemodel.h"

namespace rc::models {

DocumentTableModel::DocumentTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void DocumentTableModel::setDocument(ReleaseDocument *document)
{
    disconnect(m_changedConnection);
    disconnect(m_destroyedConnection);
    m_document = document;
    if (document) {
        m_changedConnection = connect(document, &ReleaseDocument::changed, this, [this] { refresh(); });
        m_destroyedConnection = connect(document, &QObject::destroyed, this, [this] {
            m_document = nullptr;
            refresh();
        });
    }
    m_resetPending = true;
    refresh();
}

bool DocumentTableModel::applyEdit(const core::ManifestEdit &edit)
{
    if (!m_document) {
        m_lastError = tr("No release is open: open a manifest before editing it.");
        return false;
    }
    if (!m_document->apply(edit)) {
        m_lastError = m_document->lastError();
        return false;
    }
    m_lastError.clear();
    return true;
}

} // namespace rc::models
