#include "calendarview.h"

#include "appearance.h"
#include "themecolors.h"

#include "historymodel.h"
#include "releaselistmodel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using rc::core::ReleaseStatus;
using rc::ui::CalendarView;

namespace {

rc::core::ReleaseEntry entry(const QString &id, const QString &type, const QDateTime &scheduled,
                             ReleaseStatus status = ReleaseStatus::Draft)
{
    rc::core::ReleaseEntry e;
    e.relativePath = QStringLiteral("releases/%1.yaml").arg(id);
    e.path = QStringLiteral("/clone/") + e.relativePath;
    rc::core::Manifest m;
    m.release.id = id;
    m.release.type = type;
    m.release.scheduledAt = scheduled;
    m.release.status = status;
    m.release.releaseManager = QStringLiteral("@john.doe");
    e.manifest = m;
    return e;
}

QDateTime utc(int y, int mo, int d, int h = 10)
{
    return QDateTime(QDate(y, mo, d), QTime(h, 0), Qt::UTC);
}

rc::core::WorkspaceScan sampleScan()
{
    rc::core::WorkspaceScan scan;
    scan.root = QStringLiteral("/clone");
    scan.releases = {
        entry(QStringLiteral("rel-2024-01-15-001"), QStringLiteral("regular"), utc(2024, 1, 15), ReleaseStatus::PendingApproval),
        entry(QStringLiteral("rel-2024-01-10-hotfix-001"), QStringLiteral("hotfix"), utc(2024, 1, 10, 15)),
        entry(QStringLiteral("rel-2024-01-10-002"), QString(), utc(2024, 1, 10, 9)),
        entry(QStringLiteral("rel-2024-02-06-001"), QStringLiteral("major"), utc(2024, 2, 6)),
        entry(QStringLiteral("rel-2023-12-31-001"), QStringLiteral("regular"), utc(2023, 12, 31, 23)),
        entry(QStringLiteral("rel-draft"), QStringLiteral("regular"), QDateTime()),
    };
    rc::core::ReleaseEntry broken;
    broken.path = QStringLiteral("/clone/releases/broken.yaml");
    broken.relativePath = QStringLiteral("releases/broken.yaml");
    scan.releases.push_back(broken);
    return scan;
}

QStringList chipIds(const CalendarView &view)
{
    QStringList ids;
    for (QAbstractButton *chip : view.chips())
        ids << chip->text();
    return ids;
}

} // namespace

// TZ=UTC in the test environment: local dates are the UTC dates written above.
class tst_CalendarView : public QObject
{
    Q_OBJECT

private slots:
    void monthGrid()
    {
        rc::models::ReleaseListModel releases;
        releases.setScan(sampleScan());
        CalendarView view(&releases);
        view.setToday(QDate(2024, 1, 12));
        view.showMonth(QDate(2024, 1, 20));
        view.resize(1000, 600);
        view.show();
        QCOMPARE(view.shownMonth(), QDate(2024, 1, 1));
        QCOMPARE(view.title(), QStringLiteral("January 2024"));
        // Weeks Monday 1 January to Sunday 4 February: 5 rows of 7 days, ISO weeks 1 to 5.
        QVERIFY(view.dayCell(QDate(2024, 1, 1)));
        QVERIFY(view.dayCell(QDate(2024, 2, 4)));
        QVERIFY(!view.dayCell(QDate(2023, 12, 31)));
        QVERIFY(!view.dayCell(QDate(2024, 2, 5)));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("week-1")));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("week-5")));
        QVERIFY(!view.findChild<QLabel *>(QStringLiteral("week-6")));
        // Chips in time order, on their days; the same day keeps its releases in time order.
        QCOMPARE(chipIds(view), (QStringList{QStringLiteral("rel-2024-01-10-002"), QStringLiteral("rel-2024-01-10-hotfix-001"),
                                             QStringLiteral("rel-2024-01-15-001")}));
        QCOMPARE(view.chip(QStringLiteral("rel-2024-01-15-001"))->parentWidget(), view.dayCell(QDate(2024, 1, 15)));
        QCOMPARE(view.chip(QStringLiteral("rel-2024-01-10-hotfix-001"))->parentWidget(), view.dayCell(QDate(2024, 1, 10)));
        QVERIFY(!view.chip(QStringLiteral("rel-2024-02-06-001"))); // February: not on January's grid
        QCOMPARE(view.unscheduledCount(), 1);
        const QString note = view.findChild<QLabel *>(QStringLiteral("calendarNote"))->text();
        QVERIFY2(note.contains(QStringLiteral("3 release")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("without a schedule")), qPrintable(note));
    }

    void todayIsMarked()
    {
        rc::models::ReleaseListModel releases;
        CalendarView view(&releases);
        view.setToday(QDate(2024, 1, 12));
        view.showMonth(QDate(2024, 1, 1));
        QWidget *today = view.dayCell(QDate(2024, 1, 12));
        QVERIFY(today);
        QVERIFY(today->styleSheet().contains(QStringLiteral("2px")));
        QVERIFY(!view.dayCell(QDate(2024, 1, 11))->styleSheet().contains(QStringLiteral("2px")));
        bool labelled = false;
        for (QLabel *label : today->findChildren<QLabel *>())
            labelled = labelled || label->text().contains(QStringLiteral("today"));
        QVERIFY(labelled);
    }

    void navigation_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QDate>("month");
        QTest::addRow("next button") << QStringLiteral("nextMonth") << QDate(2024, 2, 1);
        QTest::addRow("previous button") << QStringLiteral("previousMonth") << QDate(2023, 12, 1);
        QTest::addRow("today button") << QStringLiteral("todayButton") << QDate(2026, 3, 1);
        QTest::addRow("page down") << QStringLiteral("PageDown") << QDate(2024, 2, 1);
        QTest::addRow("page up") << QStringLiteral("PageUp") << QDate(2023, 12, 1);
        QTest::addRow("home") << QStringLiteral("Home") << QDate(2026, 3, 1);
    }

    void navigation()
    {
        QFETCH(QString, action);
        QFETCH(QDate, month);
        rc::models::ReleaseListModel releases;
        releases.setScan(sampleScan());
        CalendarView view(&releases);
        view.setToday(QDate(2026, 3, 17));
        view.showMonth(QDate(2024, 1, 1));
        view.show();
        if (auto *button = view.findChild<QToolButton *>(action)) {
            QTest::mouseClick(button, Qt::LeftButton);
        } else {
            const int key = action == QLatin1String("PageDown") ? Qt::Key_PageDown
                : action == QLatin1String("PageUp")             ? Qt::Key_PageUp
                                                                : Qt::Key_Home;
            QTest::keyClick(&view, Qt::Key(key));
        }
        QCOMPARE(view.shownMonth(), month);
        for (QAbstractButton *chip : view.chips()) {
            QWidget *cell = chip->parentWidget();
            QVERIFY(cell->objectName().startsWith(QStringLiteral("day-")));
            // Every chip sits on its own day.
            const QDate day = QDate::fromString(cell->objectName().mid(4), Qt::ISODate);
            QVERIFY(day.isValid());
        }
    }

    void weekSpanningTheYear()
    {
        rc::models::ReleaseListModel releases;
        releases.setScan(sampleScan());
        CalendarView view(&releases);
        view.showMonth(QDate(2023, 12, 5));
        // December 2023 starts on a Friday: the grid starts Monday 27 November (ISO week 48) and
        // ends Sunday 31 December, which has a release late in the evening.
        QVERIFY(view.dayCell(QDate(2023, 11, 27)));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("week-48")));
        QCOMPARE(chipIds(view), QStringList{QStringLiteral("rel-2023-12-31-001")});
        QCOMPARE(view.chip(QStringLiteral("rel-2023-12-31-001"))->parentWidget(), view.dayCell(QDate(2023, 12, 31)));
    }

    void chipColoursFollowTheType()
    {
        rc::models::ReleaseListModel releases;
        releases.setScan(sampleScan());
        CalendarView view(&releases);
        view.showMonth(QDate(2024, 1, 1));
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto colourOf = [](QAbstractButton *chip) {
            const QImage image = chip->grab().toImage();
            // Right of the icon and clear of the text's baseline: the fill colour.
            return image.pixelColor(image.width() - 3, image.height() / 2);
        };
        using rc::models::HistoryModel;
        QCOMPARE(colourOf(view.chip(QStringLiteral("rel-2024-01-15-001"))).name(),
                 HistoryModel::releaseTypeColour(QStringLiteral("regular")).name());
        QCOMPARE(colourOf(view.chip(QStringLiteral("rel-2024-01-10-hotfix-001"))).name(),
                 HistoryModel::releaseTypeColour(QStringLiteral("hotfix")).name());
        // No type in the manifest: a regular release.
        QCOMPARE(colourOf(view.chip(QStringLiteral("rel-2024-01-10-002"))).name(),
                 HistoryModel::releaseTypeColour(QStringLiteral("regular")).name());
        view.showNextMonth();
        QCOMPARE(colourOf(view.chip(QStringLiteral("rel-2024-02-06-001"))).name(),
                 HistoryModel::releaseTypeColour(QStringLiteral("major")).name());
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("legend-hotfix")));
    }

    void clickSelects()
    {
        rc::models::ReleaseListModel releases;
        releases.setScan(sampleScan());
        CalendarView view(&releases);
        view.showMonth(QDate(2024, 1, 1));
        view.resize(1000, 600);
        view.show();
        QSignalSpy activated(&view, &CalendarView::releaseActivated);
        QAbstractButton *chip = view.chip(QStringLiteral("rel-2024-01-10-hotfix-001"));
        QVERIFY(chip);
        QTest::mouseClick(chip, Qt::LeftButton);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("/clone/releases/rel-2024-01-10-hotfix-001.yaml"));
        QVERIFY(chip->property("current").toBool());
        QVERIFY(!view.chip(QStringLiteral("rel-2024-01-15-001"))->property("current").toBool());
    }

    void followsTheSelectedRelease()
    {
        rc::models::ReleaseListModel releases;
        releases.setScan(sampleScan());
        CalendarView view(&releases);
        view.showMonth(QDate(2024, 1, 1));
        view.setCurrentRelease(QStringLiteral("/clone/releases/rel-2024-02-06-001.yaml"));
        QCOMPARE(view.shownMonth(), QDate(2024, 2, 1));
        QVERIFY(view.chip(QStringLiteral("rel-2024-02-06-001"))->property("current").toBool());
        // An unscheduled release keeps the month.
        view.setCurrentRelease(QStringLiteral("/clone/releases/rel-draft.yaml"));
        QCOMPARE(view.shownMonth(), QDate(2024, 2, 1));
        QVERIFY(!view.chip(QStringLiteral("rel-2024-02-06-001"))->property("current").toBool());
    }

    void followsTheList()
    {
        rc::models::ReleaseListModel releases;
        releases.setScan(sampleScan());
        CalendarView view(&releases);
        view.showMonth(QDate(2024, 1, 1));
        QCOMPARE(view.chips().size(), 3);
        // An edit moves a release to another day: the calendar follows without a new scan.
        rc::core::ReleaseEntry moved = sampleScan().releases.front();
        moved.manifest->release.scheduledAt = utc(2024, 1, 22);
        releases.updateEntry(moved.path, moved);
        QCOMPARE(view.chip(QStringLiteral("rel-2024-01-15-001"))->parentWidget(), view.dayCell(QDate(2024, 1, 22)));
        releases.clear();
        QVERIFY(view.chips().isEmpty());
        QCOMPARE(view.unscheduledCount(), 0);
    }

    void windowsAndFreezes()
    {
        rc::models::ReleaseListModel releases;
        releases.setScan(sampleScan());
        CalendarView view(&releases);
        view.showMonth(QDate(2024, 12, 1));
        QVERIFY(view.calendarMarks(QDate(2024, 12, 3)).isEmpty()); // no calendar yet: releases only

        const rc::core::RulesResult rules = rc::core::parseRepositoryRules(
            "components:\n  - name: api\n    paths: [api/]\n"
            "freezes:\n  - name: Year-end\n    yearly: Dec 20 - Jan 2\n",
            QStringLiteral("rules.yaml"));
        QVERIFY(rules.ok());
        view.setReleaseCalendar(rc::core::ReleaseCalendar(*rules.rules));
        // December 2024: the first Tuesday carries the regular and the major window.
        QCOMPARE(view.calendarMarks(QDate(2024, 12, 3)),
                 (QStringList{QStringLiteral("Regular 10:00–12:00"), QStringLiteral("Major 10:00–14:00")}));
        QCOMPARE(view.calendarMarks(QDate(2024, 12, 10)), QStringList{QStringLiteral("Regular 10:00–12:00")});
        QVERIFY(view.calendarMarks(QDate(2024, 12, 11)).isEmpty());
        // Inside the freeze the day is marked, and its window still shows.
        QCOMPARE(view.calendarMarks(QDate(2024, 12, 24)),
                 (QStringList{QStringLiteral("Freeze: Year-end"), QStringLiteral("Regular 10:00–12:00")}));
        QVERIFY(view.dayCell(QDate(2024, 12, 24))->toolTip().contains(QStringLiteral("Year-end")));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("freeze-2024-12-24")));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("legend-freeze")));
        // The grid's days in January are still frozen: the freeze crosses the year end.
        QCOMPARE(view.calendarMarks(QDate(2025, 1, 2)), QStringList{QStringLiteral("Freeze: Year-end")});
        QVERIFY(view.calendarMarks(QDate(2024, 12, 19)).isEmpty());
    }

    // A busy day (a freeze and two windows) gets the height of all its lines even in a short dock:
    // the weeks scroll instead of drawing the lines over each other.
    void busyDaysKeepTheirLines()
    {
        rc::models::ReleaseListModel releases;
        releases.setScan(sampleScan());
        CalendarView view(&releases);
        const rc::core::RulesResult rules = rc::core::parseRepositoryRules(
            "components:\n  - name: api\n    paths: [api/]\n"
            "freezes:\n  - name: Year-end\n    yearly: Dec 31 - Jan 9\n",
            QStringLiteral("rules.yaml"));
        QVERIFY(rules.ok());
        view.setReleaseCalendar(rc::core::ReleaseCalendar(*rules.rules));
        view.showMonth(QDate(2025, 1, 1));
        view.resize(900, 260);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QWidget *busy = view.dayCell(QDate(2025, 1, 7)); // the first Tuesday: regular and major, frozen
        QVERIFY(busy);
        QCOMPARE(view.calendarMarks(QDate(2025, 1, 7)).size(), 3);
        QTRY_VERIFY(busy->height() >= busy->layout()->minimumSize().height());
        auto *scroll = view.findChild<QScrollArea *>(QStringLiteral("calendarScroll"));
        QVERIFY(scroll);
        QVERIFY(scroll->verticalScrollBar()->maximum() > 0);
    }

    // Window lines are in their type's colour, moved until they read at 4.5:1 on the day, plain or
    // frozen, in a light and in a dark palette (the view rebuilds when the palette changes).
    void windowLinesFollowThePalette()
    {
        using rc::models::ThemeColors;
        using rc::ui::Appearance;
        rc::models::ReleaseListModel releases;
        releases.setScan(sampleScan());
        Appearance::apply(Appearance::Mode::Light);
        CalendarView view(&releases);
        view.show();
        view.showMonth(QDate(2024, 12, 1));
        const rc::core::RulesResult rules = rc::core::parseRepositoryRules(
            "components:\n  - name: api\n    paths: [api/]\n"
            "freezes:\n  - name: Year-end\n    yearly: Dec 20 - Jan 2\n",
            QStringLiteral("rules.yaml"));
        QVERIFY(rules.ok());
        view.setReleaseCalendar(rc::core::ReleaseCalendar(*rules.rules));
        QStringList seen;
        for (Appearance::Mode mode : {Appearance::Mode::Light, Appearance::Mode::Dark}) {
            Appearance::apply(mode);
            // The rebuilt days replace the old ones, which go with deleteLater().
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            const QColor base = QApplication::palette().color(QPalette::Base);
            const QColor frozen = ThemeColors::mix(base, QColor(0x6c, 0xa6, 0xd9), 70.0 / 255.0);
            for (const auto &[name, background] :
                 {std::pair{QStringLiteral("window-regular-2024-12-10"), base},
                  std::pair{QStringLiteral("window-major-2024-12-03"), base},
                  std::pair{QStringLiteral("window-regular-2024-12-24"), frozen}}) {
                auto *label = view.findChild<QLabel *>(name);
                QVERIFY2(label, qPrintable(name));
                label->ensurePolished();
                const QColor text = label->palette().color(QPalette::WindowText);
                // Within rounding of the tint's blend.
                QVERIFY2(ThemeColors::contrast(text, background) >= ThemeColors::TextContrast - 0.05,
                         qPrintable(name + QStringLiteral(": ") + text.name() + QStringLiteral(" on ")
                                    + background.name()));
            }
            seen << view.findChild<QLabel *>(QStringLiteral("window-regular-2024-12-10"))->palette().color(QPalette::WindowText).name();
        }
        Appearance::apply(Appearance::Mode::System);
        QVERIFY2(seen.first() != seen.last(), qPrintable(seen.join(QLatin1Char(' '))));
    }

    void cleanup() { rc::ui::Appearance::apply(rc::ui::Appearance::Mode::System); }
};

QTEST_MAIN(tst_CalendarView)
#include "tst_calendarview.moc"
