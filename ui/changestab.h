#pragma once

#include "commitmodel.h"
#include "git/commitdetails.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace rc::models {
class CommitFilterProxy;
class ReleaseDocument;
} // namespace rc::models

namespace rc::ui {

/// The Changes tab of the release page: per component of the clone's rules, the commits on HEAD
/// since the component's last release tag (the range the next release takes), with a filter and
/// the full message and changed files of the selected commit. History is read on the thread pool;
/// the tab computes when it is first shown for a clone and drops results that arrive for a release
/// that is no longer open.
class ChangesTab final : public QWidget
{
    Q_OBJECT

public:
    /// What one computation found; pure data, built on a worker thread.
    struct Result
    {
        QString clone;   ///< the work tree the result is for
        QString head;    ///< full id of HEAD, the end of every range
        QString error;   ///< set when nothing could be computed
        QStringList notes; ///< things worth knowing, such as "no tag reachable: whole history"
        std::vector<models::CommitModel::Group> groups;
    };

    /// Reads the clone around `pathInClone` (a manifest or any path inside it): its rules, each
    /// tag pattern's last tag from HEAD, and changesBetween per pattern. Safe on any thread.
    static Result computeChanges(const QString &pathInClone);

    explicit ChangesTab(models::ReleaseDocument *document, QWidget *parent = nullptr);
    ~ChangesTab() override;

    models::CommitModel *model() const { return m_model; }
    models::CommitFilterProxy *proxy() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    QTextBrowser *detailView() const { return m_details; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *kindFilter() const { return m_kind; }

    /// True while history or a commit's details are being read.
    bool isBusy() const;
    /// The line above the tree that says which range is shown (or why none is).
    QString rangeText() const;
    /// The commit whose details are shown; empty when none.
    QString shownCommit() const { return m_shownSha; }

    /// Reads the history again for the open release's clone (also when the tab is hidden).
    void refresh();

signals:
    /// A computation finished and its result (or error) is shown.
    void changesLoaded();
    /// The details of the selected commit are shown (or the error reading them).
    void detailsLoaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct DetailsResult
    {
        QString sha;
        QString error;
        core::CommitDetails details;
    };

    void onDocumentChanged();
    void start();
    void onChangesFinished();
    void onCurrentChanged(const QModelIndex &current);
    void onDetailsFinished();
    void showResult(const Result &result);
    void rebuildKindFilter();
    void applyKindFilter();
    void updateBusy();
    QString detailsHtml(const DetailsResult &result) const;
    /// Colours what says something went wrong again, for the palette now in use.
    void restyle();

    models::ReleaseDocument *m_document;
    models::CommitModel *m_model;
    models::CommitFilterProxy *m_proxy;

    QLabel *m_range = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_kind = nullptr;
    QPushButton *m_refresh = nullptr;
    QProgressBar *m_busy = nullptr;
    QTreeView *m_view = nullptr;
    QTextBrowser *m_details = nullptr;

    QFutureWatcher<Result> m_changesWatcher;
    QFutureWatcher<DetailsResult> m_detailsWatcher;
    QString m_path;         // the manifest the shown (or coming) result is for
    QString m_runningPath;  // what the running job was asked for
    bool m_stale = true;    // the shown result does not belong to m_path yet
    bool m_rerun = false;   // asked again while a job was running
    bool m_changesInFlight = false; // started, result not delivered yet
    bool m_detailsInFlight = false;
    QString m_shownSha;
    DetailsResult m_shownDetails; // what m_details shows when m_shownSha is set
    bool m_rangeFailed = false;   // m_range says why the changes cannot be read
    QStringList m_selectedPaths; // the selected commit's component paths, to mark its files
};

} // namespace rc::ui
