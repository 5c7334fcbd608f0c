#include "calendarview.h"

#include "appearance.h"
#include "historymodel.h"
#include "releaselistmodel.h"
#include "statuspresentation.h"
#include "themecolors.h"

#include <QAbstractButton>
#include <QBoxLayout>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QToolButton>

#include <algorithm>

namespace rc::ui {

using models::HistoryModel;
using models::StatusPresentation;

namespace {

// A release on the grid: a rounded bar in its type's colour with its status icon and id, elided
// to the day's width; the full story is in the tooltip.
class Chip final : public QAbstractButton
{
public:
    Chip(const QColor &colour, const QPixmap &statusIcon, bool current, QWidget *parent)
        : QAbstractButton(parent), m_colour(colour), m_icon(statusIcon), m_current(current)
    {
        setCursor(Qt::PointingHandCursor);
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        setFocusPolicy(Qt::TabFocus);
        setProperty("current", current);
    }

    QSize sizeHint() const override { return {60, fontMetrics().height() + 8}; }
    QSize minimumSizeHint() const override { return {24, fontMetrics().height() + 8}; }
    bool isCurrent() const { return m_current; }
    void setCurrent(bool current)
    {
        if (current == m_current)
            return;
        m_current = current;
        setProperty("current", current);
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF box = QRectF(rect()).adjusted(1, 1, -1, -1);
        QColor fill = m_colour;
        if (underMouse())
            fill = fill.lighter(115);
        painter.setPen(m_current ? QPen(palette().color(QPalette::WindowText), 2) : QPen(fill.darker(120), 1));
        painter.setBrush(fill);
        painter.drawRoundedRect(box, 4, 4);

        int x = 4;
        const int iconSize = qMin(StatusPresentation::IconSize, height() - 6);
        if (!m_icon.isNull()) {
            // The status icon sits on a white disc so its colour reads on any chip colour.
            const QRect iconRect(x, (height() - iconSize) / 2, iconSize, iconSize);
            painter.setPen(Qt::NoPen);
            painter.setBrush(Qt::white);
            painter.drawEllipse(QRectF(iconRect).adjusted(0.5, 0.5, -0.5, -0.5));
            painter.drawPixmap(iconRect, m_icon);
            x += iconSize + 4;
        }
        QFont font = painter.font();
        font.setBold(m_current);
        painter.setFont(font);
        painter.setPen(Qt::white);
        const QRect textRect(x, 0, width() - x - 4, height());
        painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                         QFontMetrics(font).elidedText(text(), Qt::ElideMiddle, textRect.width()));
        if (hasFocus()) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(box.adjusted(2, 2, -2, -2), 3, 3);
        }
    }
    void enterEvent(QEnterEvent *event) override
    {
        QAbstractButton::enterEvent(event);
        update();
    }
    void leaveEvent(QEvent *event) override
    {
        QAbstractButton::leaveEvent(event);
        update();
    }

private:
    QColor m_colour;
    QPixmap m_icon;
    bool m_current;
};

QLabel *swatch(const QColor &colour, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setFixedSize(14, 14);
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; border-radius: 3px; }").arg(colour.name()));
    return label;
}

QColor freezeColour()
{
    // A cold blue that reads on light and dark bases alike.
    return QColor(0x6c, 0xa6, 0xd9);
}

QDate mondayOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

} // namespace

CalendarView::CalendarView(models::ReleaseListModel *releases, QWidget *parent)
    : QWidget(parent), m_releases(releases), m_month(QDate::currentDate().addDays(1 - QDate::currentDate().day())),
      m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("calendarView"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Release calendar"));
    setAccessibleDescription(tr("A month of releases, release windows and freezes; Page Up and Page Down change "
                                "the month, Home shows this month"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *bar = new QHBoxLayout;
    auto *previous = new QToolButton(this);
    previous->setObjectName(QStringLiteral("previousMonth"));
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous month (Page Up)"));
    previous->setAccessibleName(tr("Previous month"));
    auto *next = new QToolButton(this);
    next->setObjectName(QStringLiteral("nextMonth"));
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next month (Page Down)"));
    next->setAccessibleName(tr("Next month"));
    auto *todayButton = new QToolButton(this);
    todayButton->setObjectName(QStringLiteral("todayButton"));
    todayButton->setText(tr("Today"));
    todayButton->setToolTip(tr("Show this month (Home)"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("calendarTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setMinimumWidth(QFontMetrics(titleFont).horizontalAdvance(QStringLiteral("September 2000")) + 16);
    bar->addWidget(previous);
    bar->addWidget(todayButton);
    bar->addWidget(next);
    bar->addSpacing(8);
    bar->addWidget(m_title);
    bar->addStretch();
    for (const char *type : {"regular", "hotfix", "major"}) {
        const QString name = QString::fromLatin1(type);
        bar->addWidget(swatch(HistoryModel::releaseTypeColour(name), this));
        auto *text = new QLabel(HistoryModel::releaseTypeText(name), this);
        text->setObjectName(QStringLiteral("legend-") + name);
        bar->addWidget(text);
        bar->addSpacing(6);
    }
    // Windows and freezes: explained once here, in detail in each day's tooltip.
    auto *windowKey = new QLabel(QStringLiteral("\u25f7 ") + tr("Release window"), this);
    windowKey->setObjectName(QStringLiteral("legend-window"));
    windowKey->setToolTip(tr("A line per release window on the day: the train and its hours in the rules' time zone"));
    bar->addWidget(windowKey);
    bar->addSpacing(6);
    bar->addWidget(swatch(freezeColour(), this));
    auto *freezeKey = new QLabel(tr("Freeze"), this);
    freezeKey->setObjectName(QStringLiteral("legend-freeze"));
    freezeKey->setToolTip(tr("A tinted day is inside a freeze: the release types it names do not deploy"));
    bar->addWidget(freezeKey);
    layout->addLayout(bar);

    // In a short dock the weeks scroll rather than squeeze a busy day's lines on top of each other.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("calendarScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setAccessibleName(tr("Days of the month"));
    m_gridHost = new QWidget;
    m_grid = new QGridLayout(m_gridHost);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(2);
    scroll->setWidget(m_gridHost);
    // The days sit on the dock's own background, as they did without the scroll area.
    scroll->viewport()->setAutoFillBackground(false);
    m_gridHost->setAutoFillBackground(false);
    layout->addWidget(scroll, 1);

    m_legendNote = new QLabel(this);
    m_legendNote->setObjectName(QStringLiteral("calendarNote"));
    m_legendNote->setWordWrap(true);
    layout->addWidget(m_legendNote);

    connect(previous, &QToolButton::clicked, this, &CalendarView::showPreviousMonth);
    connect(next, &QToolButton::clicked, this, &CalendarView::showNextMonth);
    connect(todayButton, &QToolButton::clicked, this, &CalendarView::showToday);
    connect(m_releases, &QAbstractItemModel::modelReset, this, &CalendarView::sync);
    connect(m_releases, &QAbstractItemModel::layoutChanged, this, &CalendarView::sync);
    connect(m_releases, &QAbstractItemModel::dataChanged, this, &CalendarView::sync);
    connect(m_releases, &QAbstractItemModel::rowsInserted, this, &CalendarView::sync);
    connect(m_releases, &QAbstractItemModel::rowsRemoved, this, &CalendarView::sync);
    Appearance::onPaletteChange(this, [this] { rebuild(); });
    sync();
}

void CalendarView::sync()
{
    m_items.clear();
    m_unscheduled = 0;
    for (int row = 0; row < m_releases->rowCount(); ++row) {
        const core::ReleaseEntry *entry = m_releases->entry(row);
        if (!entry || !entry->manifest)
            continue;
        const core::Manifest &m = *entry->manifest;
        if (!m.release.scheduledAt.isValid()) {
            ++m_unscheduled;
            continue;
        }
        m_items.push_back({entry->path, m.release.id, HistoryModel::releaseType(m), int(m.release.status),
                           m.release.releaseManager, m.release.scheduledAt.toLocalTime()});
    }
    std::stable_sort(m_items.begin(), m_items.end(),
                     [](const Item &a, const Item &b) { return a.scheduled < b.scheduled; });
    rebuild();
}

void CalendarView::setReleaseCalendar(const core::ReleaseCalendar &calendar)
{
    m_calendar = calendar;
    rebuild();
}

QStringList CalendarView::calendarMarks(const QDate &day) const
{
    for (const auto &[date, marks] : m_marks) {
        if (date == day)
            return marks;
    }
    return {};
}

void CalendarView::showMonth(const QDate &anyDayOfMonth)
{
    if (!anyDayOfMonth.isValid())
        return;
    const QDate first(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    if (first == m_month && !m_cells.empty())
        return;
    m_month = first;
    rebuild();
}

void CalendarView::showPreviousMonth()
{
    showMonth(m_month.addMonths(-1));
}

void CalendarView::showNextMonth()
{
    showMonth(m_month.addMonths(1));
}

void CalendarView::showToday()
{
    showMonth(m_today);
}

void CalendarView::setToday(const QDate &today)
{
    m_today = today;
    rebuild();
}

void CalendarView::setCurrentRelease(const QString &path)
{
    markCurrent(path);
    const auto it = std::find_if(m_items.begin(), m_items.end(), [&path](const Item &i) { return i.path == path; });
    if (it != m_items.end() && QDate(it->scheduled.date().year(), it->scheduled.date().month(), 1) != m_month)
        showMonth(it->scheduled.date());
}

void CalendarView::markCurrent(const QString &path)
{
    m_current = path;
    for (const auto &entry : m_chips)
        static_cast<Chip *>(entry.second)->setCurrent(entry.second->property("releasePath").toString() == path);
}

QAbstractButton *CalendarView::chip(const QString &releaseId) const
{
    for (const auto &[id, button] : m_chips) {
        if (id == releaseId)
            return button;
    }
    return nullptr;
}

QList<QAbstractButton *> CalendarView::chips() const
{
    QList<QAbstractButton *> out;
    for (const auto &entry : m_chips)
        out << entry.second;
    return out;
}

QWidget *CalendarView::dayCell(const QDate &day) const
{
    for (const auto &[date, cell] : m_cells) {
        if (date == day)
            return cell;
    }
    return nullptr;
}

QString CalendarView::title() const
{
    return m_title->text();
}

void CalendarView::rebuild()
{
    // The grid is small (at most 6 x 7 days): rebuilding it is simpler than patching it.
    // deleteLater: a chip may be rebuilt away while its own clicked() is being delivered.
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    m_cells.clear();
    m_chips.clear();
    m_marks.clear();

    const QLocale locale;
    m_title->setText(locale.toString(m_month, QStringLiteral("MMMM yyyy")));

    // The application's palette, which is already the new one when a change is announced (the
    // widget's own may not have followed yet).
    const QPalette pal = QGuiApplication::palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor outside = pal.color(QPalette::Window);
    const QColor border = pal.color(QPalette::Mid);
    const QColor text = pal.color(QPalette::Text);
    const QColor dim = pal.color(QPalette::Disabled, QPalette::Text);
    const QColor todayColour = pal.color(QPalette::Highlight);

    auto *weekHeader = new QLabel(tr("Week"), m_gridHost);
    weekHeader->setAlignment(Qt::AlignCenter);
    weekHeader->setStyleSheet(QStringLiteral("color: %1;").arg(dim.name()));
    m_grid->addWidget(weekHeader, 0, 0);
    for (int day = 1; day <= 7; ++day) {
        auto *header = new QLabel(locale.dayName(day, QLocale::ShortFormat), m_gridHost);
        header->setAlignment(Qt::AlignCenter);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        m_grid->addWidget(header, 0, day);
        m_grid->setColumnStretch(day, 1);
    }
    m_grid->setColumnStretch(0, 0);

    const QDate last = m_month.addMonths(1).addDays(-1);
    std::vector<core::CalendarSpan> windows;
    std::vector<core::CalendarSpan> freezes;
    if (m_calendar) {
        windows = m_calendar->windows(mondayOf(m_month), last.addDays(7));
        freezes = m_calendar->freezes(mondayOf(m_month), last.addDays(7));
    }
    const auto dayBounds = [this](const QDate &day) {
        const QTimeZone zone = m_calendar->timeZone();
        return std::pair{QDateTime(day, QTime(0, 0), zone), QDateTime(day.addDays(1), QTime(0, 0), zone)};
    };
    int row = 1;
    for (QDate monday = mondayOf(m_month); monday <= last; monday = monday.addDays(7), ++row) {
        auto *week = new QLabel(QString::number(monday.weekNumber()), m_gridHost);
        week->setObjectName(QStringLiteral("week-%1").arg(monday.weekNumber()));
        week->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        week->setMinimumWidth(QFontMetrics(week->font()).horizontalAdvance(tr("Week")) + 8);
        week->setStyleSheet(QStringLiteral("color: %1; padding-top: 4px;").arg(dim.name()));
        week->setToolTip(tr("ISO week %1").arg(monday.weekNumber()));
        m_grid->addWidget(week, row, 0);
        m_grid->setRowStretch(row, 1);

        for (int d = 0; d < 7; ++d) {
            const QDate day = monday.addDays(d);
            const bool inMonth = day.month() == m_month.month();
            const bool isToday = day == m_today;
            auto *cell = new QFrame(m_gridHost);
            cell->setObjectName(QStringLiteral("day-%1").arg(day.toString(Qt::ISODate)));
            cell->setMinimumHeight(fontMetrics().height() * 2 + 12);
            cell->setStyleSheet(QStringLiteral("QFrame#%1 { background: %2; border: %3px solid %4; border-radius: 3px; }")
                                    .arg(cell->objectName(), (inMonth ? base : outside).name())
                                    .arg(isToday ? 2 : 1)
                                    .arg((isToday ? todayColour : border).name()));
            auto *cellLayout = new QVBoxLayout(cell);
            cellLayout->setContentsMargins(4, 2, 4, 4);
            cellLayout->setSpacing(2);
            auto *number = new QLabel(cell);
            number->setText(isToday ? tr("%1 \u00b7 today").arg(day.day()) : QString::number(day.day()));
            number->setAlignment(Qt::AlignRight | Qt::AlignTop);
            QFont numberFont = number->font();
            numberFont.setBold(isToday);
            number->setFont(numberFont);
            number->setStyleSheet(QStringLiteral("color: %1; border: none; background: transparent;")
                                      .arg((isToday ? todayColour : (inMonth ? text : dim)).name()));
            cellLayout->addWidget(number);

            if (m_calendar) {
                const auto [dayStart, dayEnd] = dayBounds(day);
                const QTimeZone zone = m_calendar->timeZone();
                QStringList marks;
                QStringList tips;
                for (const core::CalendarSpan &f : freezes) {
                    if (f.start >= dayEnd || f.end <= dayStart)
                        continue;
                    marks << tr("Freeze: %1").arg(f.name);
                    tips << tr("Freeze %1 until %2 (%3); holds %4")
                                .arg(f.name.toHtmlEscaped(), m_calendar->formatTime(f.end), m_calendar->timeZoneName(),
                                     f.appliesTo.join(QLatin1String(", ")));
                }
                // What the window lines are drawn on: the day's own background, tinted in a freeze.
                QColor cellBackground = inMonth ? base : outside;
                if (!marks.isEmpty()) {
                    const QColor tint = freezeColour();
                    cellBackground = models::ThemeColors::mix(cellBackground, tint, 70.0 / 255.0);
                    cell->setStyleSheet(QStringLiteral("QFrame#%1 { background: rgba(%2, %3, %4, 70); border: %5px solid %6; "
                                                       "border-radius: 3px; }")
                                            .arg(cell->objectName())
                                            .arg(tint.red())
                                            .arg(tint.green())
                                            .arg(tint.blue())
                                            .arg(isToday ? 2 : 1)
                                            .arg((isToday ? todayColour : tint).name()));
                    auto *label = new QLabel(marks.join(QLatin1Char('\n')), cell);
                    label->setObjectName(QStringLiteral("freeze-%1").arg(day.toString(Qt::ISODate)));
                    label->setStyleSheet(QStringLiteral("color: %1; border: none; background: transparent;").arg(text.name()));
                    QFont small = label->font();
                    small.setPointSizeF(small.pointSizeF() * 0.85);
                    label->setFont(small);
                    cellLayout->addWidget(label);
                }
                for (const core::CalendarSpan &w : windows) {
                    if (w.start.toTimeZone(zone).date() != day)
                        continue;
                    const QString hours = w.start.toTimeZone(zone).toString(QStringLiteral("HH:mm")) + QChar(0x2013)
                        + w.end.toTimeZone(zone).toString(QStringLiteral("HH:mm"));
                    const QString mark = tr("%1 %2").arg(HistoryModel::releaseTypeText(w.name), hours);
                    marks << mark;
                    tips << tr("%1 release window %2 (%3)")
                                .arg(HistoryModel::releaseTypeText(w.name), hours, m_calendar->timeZoneName());
                    auto *label = new QLabel(QStringLiteral("\u25f7 ") + mark, cell);
                    label->setObjectName(QStringLiteral("window-%1-%2").arg(w.name, day.toString(Qt::ISODate)));
                    // The type's colour, made readable on the day in a light or a dark palette.
                    const QColor colour = models::ThemeColors::readable(HistoryModel::releaseTypeColour(w.name),
                                                                        cellBackground);
                    label->setStyleSheet(QStringLiteral("color: %1; border: none; background: transparent;")
                                             .arg(colour.name()));
                    QFont small = label->font();
                    small.setPointSizeF(small.pointSizeF() * 0.85);
                    label->setFont(small);
                    cellLayout->addWidget(label);
                }
                if (!marks.isEmpty()) {
                    cell->setToolTip(tips.join(QStringLiteral("<br>")));
                    m_marks.emplace_back(day, marks);
                }
            }

            for (const Item &item : m_items) {
                if (item.scheduled.date() != day)
                    continue;
                const auto status = core::ReleaseStatus(item.status);
                auto *chip = new Chip(HistoryModel::releaseTypeColour(item.type), StatusPresentation::icon(status),
                                      item.path == m_current, cell);
                chip->setObjectName(QStringLiteral("chip-") + item.id);
                chip->setText(item.id);
                QStringList tip{QStringLiteral("<b>%1</b>").arg(item.id.toHtmlEscaped()),
                                tr("%1 release \u00b7 %2")
                                    .arg(HistoryModel::releaseTypeText(item.type), StatusPresentation::text(status)),
                                tr("Scheduled %1").arg(StatusPresentation::shortTime(item.scheduled))};
                if (!item.manager.isEmpty())
                    tip << tr("Release manager %1").arg(item.manager.toHtmlEscaped());
                tip << tr("Click to open");
                chip->setToolTip(tip.join(QStringLiteral("<br>")));
                chip->setAccessibleName(tr("%1, %2, %3")
                                            .arg(item.id, HistoryModel::releaseTypeText(item.type),
                                                 StatusPresentation::text(status)));
                const QString path = item.path;
                chip->setProperty("releasePath", path);
                connect(chip, &QAbstractButton::clicked, this, [this, path] {
                    markCurrent(path);
                    emit releaseActivated(path);
                });
                cellLayout->addWidget(chip);
                m_chips.emplace_back(item.id, chip);
            }
            cellLayout->addStretch();
            // An explicit minimum would stand in for the layout's: a busy day gets the height
            // of all its lines, and the weeks scroll when the dock is short.
            cell->setMinimumHeight(std::max(cell->minimumHeight(), cellLayout->minimumSize().height()));
            m_grid->addWidget(cell, row, d + 1);
            m_cells.emplace_back(day, cell);
        }
    }

    int inMonth = 0;
    for (const Item &item : m_items) {
        if (item.scheduled.date().year() == m_month.year() && item.scheduled.date().month() == m_month.month())
            ++inMonth;
    }
    QStringList notes;
    notes << tr("%n release(s) scheduled this month.", nullptr, inMonth);
    if (m_unscheduled > 0)
        notes << tr("%n release(s) without a schedule are not shown (see History).", nullptr, m_unscheduled);
    if (inMonth == 0 && !m_items.empty()) {
        // Point at the nearest month that has releases, so an empty grid is not a dead end.
        const auto after = std::find_if(m_items.begin(), m_items.end(),
                                        [this](const Item &i) { return i.scheduled.date() >= m_month; });
        const Item &nearest = after != m_items.end() ? *after : m_items.back();
        notes << tr("Nearest: %1 on %2.").arg(nearest.id, locale.toString(nearest.scheduled.date(), QLocale::ShortFormat));
    }
    m_legendNote->setText(notes.join(QLatin1Char(' ')));
}

void CalendarView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_PageUp:
        showPreviousMonth();
        return;
    case Qt::Key_PageDown:
        showNextMonth();
        return;
    case Qt::Key_Home:
        showToday();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void CalendarView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A new palette is followed through Appearance::onPaletteChange, which also hears of an
    // application palette the widget itself is not told about.
    if (event->type() == QEvent::LocaleChange)
        rebuild();
}

} // namespace rc::ui
