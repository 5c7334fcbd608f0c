// ReleaseTrainController on real clones: the rules read in the background, a late answer for
// another clone dropped, a broken rules file falling back to the default trains, the clock
// injected, and Break Glass offered only when the clock alone holds the open release back.

#include "releasetraincontroller.h"
#include "breakglassdialog.h"

#include "../core/git/gittestutil.h"

#include "git/repository.h"
#include "releasedocument.h"
#include "releaselistmodel.h"

#include <QAction>
#include <QLabel>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rc;
using namespace rc::test;
using rc::ui::ReleaseTrainController;

namespace {

const QByteArray ManifestText = R"(release:
  id: rel-2024-01-16-001
  type: regular
  status: approved

components:
  - name: api
    team_lead: '@alice'
    sign_off: approved
)";

QByteArray rules(const QByteArray &zone, const QByteArray &extra = {})
{
    return "components:\n  - name: api\n    paths: [api/]\ntimezone: " + zone + "\nenforce_windows: true\n" + extra;
}

// Monday 2024-01-22 10:00 in Berlin, the day before the regular window; Tuesday 10:30 inside it.
const QDateTime Monday(QDate(2024, 1, 22), QTime(9, 0), Qt::UTC);
const QDateTime Tuesday(QDate(2024, 1, 23), QTime(9, 30), Qt::UTC);

} // namespace

class tst_ReleaseTrainController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateGitConfig(m_dir.filePath(QStringLiteral("home")));
    }

    void readsTheClonesCalendar()
    {
        const QString clone = makeClone(rules("Europe/Berlin"));
        models::ReleaseListModel releases;
        ReleaseTrainController trains(&releases, nullptr, nullptr);
        QSignalSpy changed(&trains, &ReleaseTrainController::calendarChanged);
        trains.setClonePath(clone);
        QVERIFY(changed.wait(10000));
        QVERIFY(trains.releaseCalendar().has_value());
        QCOMPARE(trains.releaseCalendar()->timeZoneName(), QStringLiteral("Europe/Berlin"));
        QVERIFY(trains.releaseCalendar()->enforced());
        QVERIFY(trains.rulesErrors().empty());
        QVERIFY(releases.releaseCalendar().has_value());

        // No clone: no calendar, and the list judges by the manifest alone again.
        trains.setClonePath(QString());
        QVERIFY(!trains.releaseCalendar().has_value());
    }

    // The answer for a clone asked for earlier never replaces the one asked for last.
    void lateAnswerIsDropped()
    {
        const QString berlin = makeClone(rules("Europe/Berlin"));
        const QString tokyo = makeClone(rules("Asia/Tokyo"));
        models::ReleaseListModel releases;
        ReleaseTrainController trains(&releases, nullptr, nullptr);
        QSignalSpy changed(&trains, &ReleaseTrainController::calendarChanged);
        trains.setClonePath(berlin);
        trains.setClonePath(tokyo);
        QTRY_VERIFY_WITH_TIMEOUT(!trains.isLoading() && trains.releaseCalendar().has_value(), 10000);
        QCOMPARE(trains.releaseCalendar()->timeZoneName(), QStringLiteral("Asia/Tokyo"));
        QCOMPARE(trains.clonePath(), tokyo);
        QTest::qWait(50);
        QCOMPARE(trains.releaseCalendar()->timeZoneName(), QStringLiteral("Asia/Tokyo"));
    }

    // A rules file with errors keeps its errors at file:line:column and falls back to the default
    // trains, still in the zone and with the enforcement the file asks for.
    void brokenRulesFallBack()
    {
        const QString clone = makeClone(rules("Europe/Berlin", "release_types:\n  regular:\n    window: {start: '25:00'}\n"));
        models::ReleaseListModel releases;
        ReleaseTrainController trains(&releases, nullptr, nullptr);
        QSignalSpy changed(&trains, &ReleaseTrainController::calendarChanged);
        trains.setClonePath(clone);
        QVERIFY(changed.wait(10000));
        QVERIFY(!trains.rulesErrors().empty());
        const core::Diagnostic &first = trains.rulesErrors().front();
        QCOMPARE(first.file, QStringLiteral(".release-console.yaml"));
        QVERIFY2(first.location.line > 0 && first.location.column > 0, qPrintable(first.toString()));
        QVERIFY(trains.releaseCalendar().has_value());
        QVERIFY(trains.releaseCalendar()->enforced());
        QCOMPARE(trains.releaseCalendar()->timeZoneName(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(trains.releaseCalendar()->describeWindow(QStringLiteral("regular")),
                 QStringLiteral("Tue 10:00\u201312:00 (Europe/Berlin)"));
    }

    // Break Glass is offered while the clock alone holds the open release back, and not inside
    // its window, nor once an override is recorded (which lifts the clock and nothing else).
    void breakGlassFollowsTheClock()
    {
        const QString clone = makeClone(rules("Europe/Berlin"));
        models::ReleaseListModel releases;
        models::ReleaseDocument document;
        document.setUser(QStringLiteral("@dan"));
        QVERIFY(document.open(clone + QStringLiteral("/releases/rel.yaml")));
        ReleaseTrainController trains(&releases, &document, nullptr);
        QDateTime now = Monday;
        trains.setClock([&now] { return now; });
        trains.setRecheckInterval(0);
        QAction action;
        trains.attachBreakGlassAction(&action);
        QSignalSpy changed(&trains, &ReleaseTrainController::calendarChanged);
        trains.setClonePath(clone);
        QVERIFY(changed.wait(10000));

        const QString outside = QStringLiteral("outside the regular window Tue 10:00\u201312:00 (Europe/Berlin); "
                                               "next window opens Tue 2024-01-23 10:00");
        QCOMPARE(trains.breakGlassBlocker(), outside);
        QVERIFY(action.isEnabled());

        now = Tuesday;
        trains.recheck();
        QVERIFY(trains.breakGlassBlocker().isEmpty());
        QVERIFY(!action.isEnabled());
        QVERIFY(!action.toolTip().isEmpty());

        now = Monday;
        trains.recheck();
        QVERIFY(action.isEnabled());
        // Without a reason nothing is written.
        const QByteArray before = readFile(clone + QStringLiteral("/releases/rel.yaml"));
        QVERIFY(!trains.applyBreakGlass(QStringLiteral("  ")));
        QCOMPARE(readFile(clone + QStringLiteral("/releases/rel.yaml")), before);

        QSignalSpy applied(&trains, &ReleaseTrainController::breakGlassApplied);
        QVERIFY(trains.applyBreakGlass(QStringLiteral("card payments failing")));
        QCOMPARE(applied.size(), 1);
        QVERIFY(trains.breakGlassBlocker().isEmpty());
        QVERIFY(!action.isEnabled());
        const QByteArray text = readFile(clone + QStringLiteral("/releases/rel.yaml"));
        QVERIFY2(text.contains("  break_glass_by: '@dan'\n"), text.constData());
        QVERIFY(text.contains("  break_glass_reason: 'card payments failing'\n"));
    }

private:
    QString makeClone(const QByteArray &rulesText)
    {
        const QString clone = m_dir.filePath(QStringLiteral("clone%1").arg(++m_clones));
        core::Expected<core::Repository> repo = core::Repository::init(clone);
        if (!repo || !writeFile(clone + QStringLiteral("/.release-console.yaml"), rulesText)
            || !writeFile(clone + QStringLiteral("/releases/rel.yaml"), ManifestText)
            || !repo->commitAll(QStringLiteral("Rules and a release"), {QStringLiteral("Test"), QStringLiteral("test@example.com")}))
            return {};
        return clone;
    }

    QTemporaryDir m_dir;
    int m_clones = 0;
};

QTEST_MAIN(tst_ReleaseTrainController)
#include "tst_releasetraincontroller.moc"
