// When release-day checklist items fall due, with "now" injected.
#include "rules/checklistschedule.h"

#include "rules/repositoryrules.h"

#include <QTest>

using namespace rc::core;

Q_DECLARE_METATYPE(rc::core::DueState)

namespace {

const QDateTime kScheduled(QDate(2024, 1, 16), QTime(10, 0), Qt::UTC);

QDateTime at(int hour, int minute)
{
    return QDateTime(QDate(2024, 1, 16), QTime(hour, minute), Qt::UTC);
}

} // namespace

class tst_ChecklistSchedule : public QObject
{
    Q_OBJECT

private slots:
    void states_data();
    void states();
    void nothingFallsDueWithoutSchedule();
    void windowFromRules();
    void stateNames();
};

void tst_ChecklistSchedule::states_data()
{
    QTest::addColumn<QString>("due");
    QTest::addColumn<bool>("done");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("opensAt");
    QTest::addColumn<QDateTime>("dueAt");
    QTest::addColumn<DueState>("state");

    QTest::addRow("T-60 before its hour") << "T-60" << false << at(8, 59) << at(9, 0) << at(9, 30) << DueState::Upcoming;
    QTest::addRow("T-60 at its hour") << "T-60" << false << at(9, 0) << at(9, 0) << at(9, 30) << DueState::Due;
    QTest::addRow("T-60 when T-30 begins") << "T-60" << false << at(9, 30) << at(9, 0) << at(9, 30) << DueState::Overdue;
    QTest::addRow("T-60 ticked late") << "T-60" << true << at(11, 0) << at(9, 0) << at(9, 30) << DueState::Done;
    QTest::addRow("T-30 a minute before start") << "T-30" << false << at(9, 59) << at(9, 30) << at(10, 0) << DueState::Due;
    QTest::addRow("T-30 at start") << "T-30" << false << at(10, 0) << at(9, 30) << at(10, 0) << DueState::Overdue;
    QTest::addRow("T-0 at start") << "T-0" << false << at(10, 0) << at(10, 0) << at(10, 30) << DueState::Due;
    QTest::addRow("T+15") << "T+15" << false << at(10, 10) << at(10, 15) << at(10, 45) << DueState::Upcoming;
    QTest::addRow("during in the window") << "during" << false << at(11, 59) << at(10, 0) << at(12, 0) << DueState::Due;
    QTest::addRow("during after the window") << "during" << false << at(12, 0) << at(10, 0) << at(12, 0) << DueState::Overdue;
    QTest::addRow("post in the window") << "post" << false << at(11, 0) << at(12, 0) << at(13, 0) << DueState::Upcoming;
    QTest::addRow("post after the window") << "post" << false << at(12, 30) << at(12, 0) << at(13, 0) << DueState::Due;
    QTest::addRow("post long after") << "post" << false << at(13, 0) << at(12, 0) << at(13, 0) << DueState::Overdue;
}

void tst_ChecklistSchedule::states()
{
    QFETCH(QString, due);
    QFETCH(bool, done);
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, opensAt);
    QFETCH(QDateTime, dueAt);
    QFETCH(DueState, state);
    ChecklistItem item;
    item.item = QStringLiteral("x");
    item.due = due;
    item.status = done ? ChecklistStatus::Completed : ChecklistStatus::Pending;
    const ChecklistDue result = checklistDue(item, kScheduled, 120, now);
    QCOMPARE(result.opensAt, opensAt);
    QCOMPARE(result.dueAt, dueAt);
    QCOMPARE(int(result.state), int(state));
}

void tst_ChecklistSchedule::nothingFallsDueWithoutSchedule()
{
    ChecklistItem item;
    item.due = QStringLiteral("T-60");
    QCOMPARE(int(checklistDue(item, {}, 120, at(10, 0)).state), int(DueState::None));
    ChecklistItem plain;
    QCOMPARE(int(checklistDue(plain, kScheduled, 120, at(10, 0)).state), int(DueState::None));
    QVERIFY(!checklistDue(plain, kScheduled, 120, at(10, 0)).dueAt.isValid());
}

void tst_ChecklistSchedule::windowFromRules()
{
    QCOMPARE(releaseWindowMinutes(nullptr, QStringLiteral("regular")), 120);
    QCOMPARE(releaseWindowMinutes(nullptr, QStringLiteral("hotfix")), 30);
    QCOMPARE(releaseWindowMinutes(nullptr, QStringLiteral("major")), 240);
    QCOMPARE(releaseWindowMinutes(nullptr, QString()), 120);
    RepositoryRules rules;
    ReleaseTypeRule regular;
    regular.name = QStringLiteral("regular");
    regular.window.duration = QStringLiteral("1h30m");
    rules.releaseTypes.push_back(regular);
    QCOMPARE(releaseWindowMinutes(&rules, QStringLiteral("regular")), 90);
    QCOMPARE(releaseWindowMinutes(&rules, QString()), 90);
    rules.releaseTypes.front().window.duration = QStringLiteral("soon");
    QCOMPARE(releaseWindowMinutes(&rules, QStringLiteral("regular")), 120);

    ChecklistItem post;
    post.due = QStringLiteral("post");
    QCOMPARE(checklistDue(post, kScheduled, 90, at(11, 0)).opensAt, at(11, 30));
}

void tst_ChecklistSchedule::stateNames()
{
    QCOMPARE(dueStateName(DueState::Overdue), QStringLiteral("overdue"));
    QCOMPARE(dueStateName(DueState::Due), QStringLiteral("due"));
    QCOMPARE(dueStateName(DueState::Upcoming), QStringLiteral("upcoming"));
    QCOMPARE(dueStateName(DueState::Done), QStringLiteral("done"));
    QCOMPARE(dueStateName(DueState::None), QString());
}

QTEST_GUILESS_MAIN(tst_ChecklistSchedule)
#include "tst_checklistschedule.moc"
