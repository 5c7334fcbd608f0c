#pragma once

#include <QDate>
#include <QDateTime>
#include <QWidget>

#include "rules/releasecalendar.h"

#include <optional>
#include <vector>

class QAbstractButton;
class QGridLayout;
class QLabel;
class QToolButton;

namespace rc::models {
class ReleaseListModel;
} // namespace rc::models

namespace rc::ui {

/// Scheduled releases on a month grid: one row per ISO week (week number on the left), Monday to
/// Sunday, each release a chip coloured by its type (regular, hotfix, major; legend shown) with
/// its status icon. Navigates by month (buttons, Page Up/Page Down, Home for today), marks today,
/// and clicking a chip asks the window to open that release. With the rules' calendar it also
/// shows each day's release windows (a line per window) and freezes (a tinted day with the
/// freeze's name), each with a tooltip. Reads the window's release list and the calendar it is
/// given only, never the disk.
class CalendarView final : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarView(models::ReleaseListModel *releases, QWidget *parent = nullptr);

    /// The first day of the month shown.
    QDate shownMonth() const { return m_month; }
    void showMonth(const QDate &anyDayOfMonth);
    void showPreviousMonth();
    void showNextMonth();
    /// Shows the month of today().
    void showToday();

    /// The day marked as today; defaults to the current local date (settable for tests).
    QDate today() const { return m_today; }
    void setToday(const QDate &today);

    /// The release windows and freezes to show; without one, only releases are shown.
    void setReleaseCalendar(const core::ReleaseCalendar &calendar);
    /// The labels of the windows and freezes on a day of the shown grid ("regular 10:00–12:00",
    /// "Freeze: Year-end"), for tests and accessibility.
    QStringList calendarMarks(const QDate &day) const;

    /// Highlights the release of `path` and shows its month when it is scheduled.
    void setCurrentRelease(const QString &path);
    QString currentRelease() const { return m_current; }

    /// The chip of a release on the shown grid; null when it is not on it.
    QAbstractButton *chip(const QString &releaseId) const;
    /// Every chip on the shown grid, in date order.
    QList<QAbstractButton *> chips() const;
    /// The frame of a day on the shown grid; null when the day is not on it.
    QWidget *dayCell(const QDate &day) const;
    /// The month's title ("January 2024").
    QString title() const;
    /// How many releases have no scheduled time (and so are not on any month).
    int unscheduledCount() const { return m_unscheduled; }

signals:
    /// The manifest path of the release whose chip was clicked.
    void releaseActivated(const QString &path);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Item
    {
        QString path;
        QString id;
        QString type;
        int status = 0;
        QString manager;
        QDateTime scheduled; ///< local time
    };

    void sync();
    void rebuild();
    void markCurrent(const QString &path);

    models::ReleaseListModel *m_releases;
    std::optional<core::ReleaseCalendar> m_calendar;
    std::vector<std::pair<QDate, QStringList>> m_marks;
    std::vector<Item> m_items; // scheduled releases, by time
    int m_unscheduled = 0;
    QDate m_month;
    QDate m_today;
    QString m_current;

    QLabel *m_title = nullptr;
    QLabel *m_legendNote = nullptr;
    QWidget *m_gridHost = nullptr;
    QGridLayout *m_grid = nullptr;
    std::vector<std::pair<QDate, QWidget *>> m_cells;
    std::vector<std::pair<QString, QAbstractButton *>> m_chips; // release id -> chip
};

} // namespace rc::ui
