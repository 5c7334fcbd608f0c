#include "rules/releasecalendar.h"
#include "rules/repositoryrules.h"

#include <QTest>

using namespace rc::core;

namespace {

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

RepositoryRules rulesFrom(const QByteArray &yaml)
{
    const RulesResult r = parseRepositoryRules("components:\n  - name: api\n    paths: [api/]\n" + yaml, QStringLiteral("rules.yaml"));
    if (!r.ok()) {
        for (const Diagnostic &d : r.errors)
            qWarning().noquote() << d.toString();
        return {};
    }
    return *r.rules;
}

} // namespace

class tst_ReleaseCalendar : public QObject
{
    Q_OBJECT

private slots:
    void seedDefaults();
    void windowOpen_data();
    void windowOpen();
    void nextWindowAcrossDst_data();
    void nextWindowAcrossDst();
    void monthlyTrain_data();
    void monthlyTrain();
    void freezeAcrossYearEnd();
    void weeklyFreezeAndHotfix();
    void oneOffFreezeWithTimes();
    void blockerText();
    void listing();
    void durations_data();
    void durations();
    void clocks_data();
    void clocks();
    void releaseTypeOfManifest();
};

void tst_ReleaseCalendar::seedDefaults()
{
    const ReleaseCalendar calendar;
    QCOMPARE(calendar.timeZoneName(), QStringLiteral("UTC"));
    QCOMPARE(calendar.trainNames(), QStringList({"regular", "hotfix", "major"}));
    QCOMPARE(calendar.describeWindow("regular"), QStringLiteral("Tue 10:00–12:00 (UTC)"));
    QCOMPARE(calendar.describeWindow("hotfix"), QStringLiteral("any time, 30 min (UTC)"));
    QCOMPARE(calendar.describeWindow("major"), QStringLiteral("first Tue of the month 10:00–14:00 (UTC)"));
    QVERIFY(calendar.train("hotfix").anyTime());
    QCOMPARE(calendar.train("major").minutes, 240);
    QCOMPARE(calendar.train("regular").approvals, QStringList{"team_leads"});
    // An empty type is a regular release.
    QCOMPARE(calendar.train(QString()).name, QStringLiteral("regular"));
}

void tst_ReleaseCalendar::windowOpen_data()
{
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<bool>("open");

    QTest::addRow("regular at the start") << QByteArray() << "regular" << utc("2024-01-16T10:00:00") << true;
    QTest::addRow("regular inside") << QByteArray() << "regular" << utc("2024-01-16T11:59:59") << true;
    QTest::addRow("regular at the end (exclusive)") << QByteArray() << "regular" << utc("2024-01-16T12:00:00") << false;
    QTest::addRow("regular on Wednesday") << QByteArray() << "regular" << utc("2024-01-17T10:30:00") << false;
    QTest::addRow("hotfix any time") << QByteArray() << "hotfix" << utc("2024-01-20T03:00:00") << true;
    QTest::addRow("berlin window in UTC winter") << QByteArray("timezone: Europe/Berlin\n") << "regular"
                                                 << utc("2024-01-16T09:00:00") << true;
    QTest::addRow("berlin window missed in UTC winter") << QByteArray("timezone: Europe/Berlin\n") << "regular"
                                                        << utc("2024-01-16T11:00:00") << false;
    QTest::addRow("berlin window in UTC summer") << QByteArray("timezone: Europe/Berlin\n") << "regular"
                                                 << utc("2024-07-16T08:00:00") << true;
    QTest::addRow("window over midnight, next day")
        << QByteArray("release_types:\n  regular:\n    day: friday\n    window: {start: '22:00', duration: 4h}\n")
        << "regular" << utc("2024-01-20T01:30:00") << true;
}

void tst_ReleaseCalendar::windowOpen()
{
    QFETCH(QByteArray, rules);
    QFETCH(QString, type);
    QFETCH(QDateTime, at);
    QFETCH(bool, open);
    const ReleaseCalendar calendar(rulesFrom(rules));
    QCOMPARE(calendar.gate(type, at).open, open);
    QCOMPARE(calendar.windowAt(type, at).has_value() || calendar.train(type).anyTime(), open);
}

void tst_ReleaseCalendar::nextWindowAcrossDst_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("expected");

    // Europe/Berlin goes to summer time on 2024-03-31 and back on 2024-10-27: 10:00 on the wall
    // is 09:00 UTC in winter and 08:00 UTC in summer.
    QTest::addRow("winter") << utc("2024-01-17T00:00:00") << utc("2024-01-23T09:00:00");
    QTest::addRow("into summer time") << utc("2024-03-27T12:00:00") << utc("2024-04-02T08:00:00");
    QTest::addRow("back to winter time") << utc("2024-10-23T12:00:00") << utc("2024-10-29T09:00:00");
    QTest::addRow("over the year end") << utc("2024-12-31T12:00:00") << utc("2025-01-07T09:00:00");
    QTest::addRow("just before the window") << utc("2024-01-23T08:59:00") << utc("2024-01-23T09:00:00");
}

void tst_ReleaseCalendar::nextWindowAcrossDst()
{
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, expected);
    const ReleaseCalendar calendar(rulesFrom("timezone: Europe/Berlin\n"));
    const auto next = calendar.nextWindow("regular", now);
    QVERIFY(next);
    QCOMPARE(next->start.toUTC(), expected);
    QCOMPARE(next->start.secsTo(next->end), 2 * 3600);
    QCOMPARE(calendar.nextOpening("regular", now).toUTC(), expected);
}

void tst_ReleaseCalendar::monthlyTrain_data()
{
    QTest::addColumn<QByteArray>("day");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("expected");

    QTest::addRow("first tuesday, default") << QByteArray() << utc("2024-01-03T00:00:00") << utc("2024-02-06T10:00:00");
    QTest::addRow("first tuesday on the 1st") << QByteArray() << utc("2024-09-20T00:00:00") << utc("2024-10-01T10:00:00");
    QTest::addRow("last friday") << QByteArray("    day: last friday\n") << utc("2024-02-01T00:00:00")
                                 << utc("2024-02-23T10:00:00");
    QTest::addRow("second monday over the year end") << QByteArray("    day: second monday\n")
                                                     << utc("2024-12-10T00:00:00") << utc("2025-01-13T10:00:00");
}

void tst_ReleaseCalendar::monthlyTrain()
{
    QFETCH(QByteArray, day);
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, expected);
    const ReleaseCalendar calendar(rulesFrom("release_types:\n  major:\n    schedule: monthly\n" + day));
    const auto next = calendar.nextWindow("major", now);
    QVERIFY(next);
    QCOMPARE(next->start.toUTC(), expected);
    QCOMPARE(next->start.secsTo(next->end), 4 * 3600);
}

void tst_ReleaseCalendar::freezeAcrossYearEnd()
{
    const ReleaseCalendar calendar(rulesFrom("timezone: Europe/Berlin\n"
                                             "freezes:\n"
                                             "  - name: Year-end\n"
                                             "    yearly: Dec 20 - Jan 2\n"));
    const QDateTime christmasEve = utc("2024-12-24T09:30:00"); // a Tuesday, inside the window
    QVERIFY(calendar.windowAt("regular", christmasEve));
    const auto freeze = calendar.freezeAt("regular", christmasEve);
    QVERIFY(freeze);
    QCOMPARE(freeze->name, QStringLiteral("Year-end"));
    QCOMPARE(freeze->end.toUTC(), utc("2025-01-02T23:00:00")); // Jan 3 00:00 in Berlin
    // Jan 2 is the last frozen day, so the first window after it is Tuesday the 7th.
    QCOMPARE(calendar.nextOpening("regular", christmasEve).toUTC(), utc("2025-01-07T09:00:00"));
    // Hotfixes pass through freezes unless a freeze names them.
    QVERIFY(calendar.gate("hotfix", christmasEve).open);
    QVERIFY(!calendar.freezeAt("hotfix", christmasEve));
    // The freeze of the year before still covers New Year.
    QVERIFY(calendar.freezeAt("major", utc("2025-01-01T12:00:00")));
    QVERIFY(!calendar.freezeAt("major", utc("2025-01-03T12:00:00")));
}

void tst_ReleaseCalendar::weeklyFreezeAndHotfix()
{
    const ReleaseCalendar calendar(rulesFrom("freezes:\n"
                                             "  - name: Weekend\n"
                                             "    weekly: friday 16:00 - monday 08:00\n"
                                             "    applies_to: [hotfix, regular]\n"));
    const QDateTime saturday = utc("2024-01-20T12:00:00");
    const TimeGate gate = calendar.gate("hotfix", saturday);
    QVERIFY(!gate.open);
    QCOMPARE(gate.nextOpening, utc("2024-01-22T08:00:00"));
    QCOMPARE(gate.blocker, QStringLiteral("inside the freeze \"Weekend\" until Mon 2024-01-22 08:00 (UTC); "
                                          "hotfix releases may deploy again from Mon 2024-01-22 08:00"));
    QVERIFY(calendar.gate("hotfix", utc("2024-01-19T15:59:00")).open);
    QVERIFY(!calendar.gate("hotfix", utc("2024-01-19T16:00:00")).open);
    QVERIFY(calendar.gate("hotfix", utc("2024-01-22T08:00:00")).open);
    // Not named in applies_to: major passes (but is outside its own window on a Saturday).
    QVERIFY(!calendar.freezeAt("major", saturday));
}

void tst_ReleaseCalendar::oneOffFreezeWithTimes()
{
    const ReleaseCalendar calendar(rulesFrom("timezone: America/New_York\n"
                                             "freezes:\n"
                                             "  - name: Launch\n"
                                             "    from: 2024-03-08 18:00\n"
                                             "    until: 2024-03-12\n"));
    // New York goes to summer time on 2024-03-10; the freeze ends with March 12 (local).
    const auto freeze = calendar.freezeAt("regular", utc("2024-03-12T14:30:00"));
    QVERIFY(freeze);
    QCOMPARE(freeze->start.toUTC(), utc("2024-03-08T23:00:00"));
    QCOMPARE(freeze->end.toUTC(), utc("2024-03-13T04:00:00"));
    QCOMPARE(calendar.nextOpening("regular", utc("2024-03-12T14:30:00")).toUTC(), utc("2024-03-19T14:00:00"));
    QVERIFY(!calendar.freezeAt("regular", utc("2024-03-08T22:59:00")));
}

void tst_ReleaseCalendar::blockerText()
{
    const ReleaseCalendar calendar(rulesFrom("timezone: Europe/Berlin\n"));
    const TimeGate gate = calendar.gate("regular", utc("2024-01-17T10:00:00"));
    QVERIFY(!gate.open);
    QCOMPARE(gate.blocker, QStringLiteral("outside the regular window Tue 10:00–12:00 (Europe/Berlin); "
                                          "next window opens Tue 2024-01-23 10:00"));
    QCOMPARE(gate.nextOpening, utc("2024-01-23T09:00:00"));

    // A freeze that swallows every window: the blocker says so instead of promising a time.
    const ReleaseCalendar frozen(rulesFrom("freezes:\n  - name: Tuesdays\n    weekly: tuesday 00:00 - wednesday 00:00\n"));
    const TimeGate never = frozen.gate("regular", utc("2024-01-16T10:30:00"));
    QVERIFY(!never.open);
    QVERIFY(!never.nextOpening.isValid());
    QVERIFY2(never.blocker.contains(QLatin1String("no regular window opens in the next ten years")), qPrintable(never.blocker));
}

void tst_ReleaseCalendar::listing()
{
    const ReleaseCalendar calendar(rulesFrom("freezes:\n"
                                             "  - name: Year-end\n"
                                             "    yearly: Dec 20 - Jan 2\n"
                                             "  - name: Offsite\n"
                                             "    from: 2025-01-14\n"
                                             "    until: 2025-01-15\n"));
    const auto windows = calendar.windows(QDate(2024, 12, 30), QDate(2025, 1, 19));
    // Regular: Dec 31, Jan 7, Jan 14; major: first Tuesday, Jan 7.
    QCOMPARE(windows.size(), std::size_t(4));
    QCOMPARE(windows[0].name, QStringLiteral("regular"));
    QCOMPARE(windows[0].start, utc("2024-12-31T10:00:00"));
    QCOMPARE(windows[1].start, utc("2025-01-07T10:00:00"));
    QCOMPARE(windows[2].start, utc("2025-01-07T10:00:00"));
    const auto freezes = calendar.freezes(QDate(2024, 12, 30), QDate(2025, 1, 19));
    QCOMPARE(freezes.size(), std::size_t(2));
    QCOMPARE(freezes[0].name, QStringLiteral("Year-end"));
    QCOMPARE(freezes[0].start, utc("2024-12-20T00:00:00"));
    QCOMPARE(freezes[1].name, QStringLiteral("Offsite"));
    QCOMPARE(freezes[1].end, utc("2025-01-16T00:00:00"));
    QCOMPARE(freezes[1].appliesTo, QStringList({"regular", "major"}));
}

void tst_ReleaseCalendar::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("minutes"); // 0: refused

    QTest::addRow("hours") << "2h" << 120;
    QTest::addRow("minutes") << "30m" << 30;
    QTest::addRow("both") << "1h30m" << 90;
    QTest::addRow("words") << "2 hours" << 120;
    QTest::addRow("min") << "45 min" << 45;
    QTest::addRow("zero") << "0h" << 0;
    QTest::addRow("negative") << "-1h" << 0;
    QTest::addRow("garbage") << "soon" << 0;
    QTest::addRow("empty") << "" << 0;
}

void tst_ReleaseCalendar::durations()
{
    QFETCH(QString, text);
    QFETCH(int, minutes);
    const Expected<int> parsed = parseDuration(text);
    QCOMPARE(parsed.hasValue(), minutes > 0);
    if (minutes > 0)
        QCOMPARE(*parsed, minutes);
    else
        QVERIFY(!parsed.error().message.isEmpty());
}

void tst_ReleaseCalendar::clocks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QTime>("time"); // invalid: refused

    QTest::addRow("ten") << "10:00" << QTime(10, 0);
    QTest::addRow("one digit hour") << "9:30" << QTime(9, 30);
    QTest::addRow("midnight") << "00:00" << QTime(0, 0);
    QTest::addRow("25 hours") << "25:00" << QTime();
    QTest::addRow("60 minutes") << "10:60" << QTime();
    QTest::addRow("am") << "10am" << QTime();
}

void tst_ReleaseCalendar::clocks()
{
    QFETCH(QString, text);
    QFETCH(QTime, time);
    const Expected<QTime> parsed = parseClock(text);
    QCOMPARE(parsed.hasValue(), time.isValid());
    if (time.isValid())
        QCOMPARE(*parsed, time);
}

void tst_ReleaseCalendar::releaseTypeOfManifest()
{
    Manifest m;
    QCOMPARE(releaseTypeOf(m), QStringLiteral("regular"));
    m.release.type = QStringLiteral("hotfix");
    QCOMPARE(releaseTypeOf(m), QStringLiteral("hotfix"));
}

QTEST_GUILESS_MAIN(tst_ReleaseCalendar)
#include "tst_releasecalendar.moc"
