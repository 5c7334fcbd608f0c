#pragma once

#include "export/dashboardexport.h"
#include "rules/releasecalendar.h"
#include "workspace/workspace.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QStatusBar;

namespace rc::ui {

/// File → Export…: the dashboard of the open release, or an index of every release, as Markdown
/// or HTML, written atomically off the GUI thread. Stays open and says why when the export fails;
/// emits exported() and closes when the file is written.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `scan` is copied: the export renders what the window showed when it was asked.
    /// `currentReleasePath` (absolute manifest path) is the release "Current release" exports;
    /// empty when none is open, which leaves only "All releases".
    ExportDialog(const core::WorkspaceScan &scan, const QString &currentReleasePath, QWidget *parent = nullptr);
    ~ExportDialog() override;

    QComboBox *formatBox() const { return m_format; }
    QRadioButton *currentButton() const { return m_current; }
    QRadioButton *allButton() const { return m_all; }
    QLineEdit *pathEdit() const { return m_path; }
    /// The error of the last attempt, empty when there was none.
    QString errorText() const;
    /// True from accept() until the result is shown (or exported() emitted).
    bool isExporting() const { return m_busy; }

    core::ExportFormat format() const;
    /// The time printed in the page's footer; the clock when not set.
    void setGeneratedAt(const QDateTime &time) { m_generatedAt = time; }
    /// The rules' release calendar: readiness in the export then holds releases to their windows
    /// and freezes at the time in the footer, as the window and releasectl do.
    void setReleaseCalendar(const std::optional<core::ReleaseCalendar> &calendar) { m_calendar = calendar; }

    void accept() override;

signals:
    void exported(const QString &path);

private:
    void browse();
    void formatChanged();
    void updateButtons();
    void showError(const QString &text);
    QString defaultFileName() const;

    core::WorkspaceScan m_scan;
    QString m_currentPath;
    QDateTime m_generatedAt;
    std::optional<core::ReleaseCalendar> m_calendar;
    QComboBox *m_format = nullptr;
    QRadioButton *m_current = nullptr;
    QRadioButton *m_all = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFutureWatcher<QString> m_watcher; // the error text; empty on success
    QString m_writing;
    bool m_busy = false;
};

/// Says in `bar` that `path` was written, with an Open link that opens it in the desktop's
/// viewer; replaces the note of an earlier export.
void showExportedInStatusBar(QStatusBar *bar, const QString &path);

} // namespace rc::ui
