#include "runview.h"

#include <QTest>

using rc::cli::RunSnapshot;
using rc::cli::RunView;
using namespace rc::core;

namespace {

const QDateTime t0 = QDateTime(QDate(2024, 1, 15), QTime(10, 0), Qt::UTC);

WorkflowStep step(int number, const char *name, const char *status, const char *conclusion, int start = -1, int end = -1)
{
    WorkflowStep s;
    s.number = number;
    s.name = QString::fromUtf8(name);
    s.status = QLatin1String(status);
    s.conclusion = QLatin1String(conclusion);
    if (start >= 0)
        s.startedAt = t0.addSecs(start);
    if (end >= 0)
        s.completedAt = t0.addSecs(end);
    return s;
}

// A run of one job "build" with three steps, at `now` seconds after t0. `stage`: 0 queued, 1 first
// step running, 2 tests running, 3 tests failed, 4 run completed with failure.
RunSnapshot snapshot(int stage, int now)
{
    RunSnapshot s;
    s.now = t0.addSecs(now);
    s.run.id = 42;
    s.run.name = QStringLiteral("Release train");
    s.run.displayTitle = QStringLiteral("rel-1 deploy rc-abcdefghijklm");
    s.run.htmlUrl = QStringLiteral("https://github.com/o/r/actions/runs/42");
    s.run.createdAt = t0;
    s.run.status = stage == 0 ? QStringLiteral("queued") : stage < 4 ? QStringLiteral("in_progress") : QStringLiteral("completed");
    s.run.conclusion = stage == 4 ? QStringLiteral("failure") : QString();
    if (stage > 0)
        s.run.runStartedAt = t0;
    s.run.updatedAt = t0.addSecs(now);

    WorkflowJob job;
    job.id = 7;
    job.name = QStringLiteral("build");
    job.status = stage == 0 ? QStringLiteral("queued") : stage < 3 ? QStringLiteral("in_progress") : QStringLiteral("completed");
    job.conclusion = stage >= 3 ? QStringLiteral("failure") : QString();
    if (stage > 0)
        job.startedAt = t0;
    if (stage >= 3)
        job.completedAt = t0.addSecs(50);
    switch (stage) {
    case 0:
        break;
    case 1:
        job.steps = {step(1, "Set up job", "in_progress", "", 0), step(2, "Run tests", "queued", ""), step(3, "Upload", "queued", "")};
        break;
    case 2:
        job.steps = {step(1, "Set up job", "completed", "success", 0, 2), step(2, "Run tests", "in_progress", "", 2), step(3, "Upload", "queued", "")};
        break;
    default:
        job.steps = {step(1, "Set up job", "completed", "success", 0, 2), step(2, "Run tests", "completed", "failure", 2, 44),
                     step(3, "Upload", "completed", "skipped")};
        s.logTails.insert(7, {QStringLiteral("FAIL tst_login"), QStringLiteral("Error: Process completed with exit code 1.")});
        break;
    }
    s.jobs = {job};
    return s;
}

QByteArray lines(std::initializer_list<const char *> list)
{
    QByteArray out;
    for (const char *l : list)
        out += QByteArray(l) + "\x1b[K\n";
    return out;
}

} // namespace

class TestRunView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void terminalDrawsTheBlockOnce();
    void terminalRewritesOnlyChangedLines();
    void terminalWritesNothingWhenNothingChanged();
    void terminalClearsWhatAShorterBlockLeaves();
    void terminalShowsFailedStepsWithTheLogTail();
    void terminalCutsLinesToTheWidth_data();
    void terminalCutsLinesToTheWidth();
    void terminalKeepsTheBlockWithinTheHeight();
    void terminalColoursAndHighlightsTheRunningStep();
    void plainSaysEachChangeOnce();
    void plainReportsASkippedSnapshotsEndState();
    void exitCodes_data();
    void exitCodes();
};

void TestRunView::terminalDrawsTheBlockOnce()
{
    RunView view(RunView::Mode::Terminal, 80, 0, false);
    const QByteArray out = view.render(snapshot(2, 10));
    QCOMPARE(out, "\x1b[?25l"
                      + lines({"● rel-1 deploy rc-abcdefghijklm  #42  in_progress  10 s",
                               "  https://github.com/o/r/actions/runs/42",
                               "  ● build  in_progress  10 s",
                               "      ✓ 1 Set up job  2 s",
                               "      ▶ 2 Run tests  8 s",
                               "      ○ 3 Upload"})
                      + "\x1b[?25h");
    QCOMPARE(view.finish(), QByteArray("\x1b[?25h"));
}

void TestRunView::terminalRewritesOnlyChangedLines()
{
    RunView view(RunView::Mode::Terminal, 80, 0, false);
    view.render(snapshot(2, 10));
    // Five seconds later only the durations of the run, the job and the running step moved.
    const QByteArray out = view.render(snapshot(2, 15));
    QCOMPARE(out, QByteArray("\x1b[?25l\r\x1b[6A")
                      + lines({"● rel-1 deploy rc-abcdefghijklm  #42  in_progress  15 s"})
                      + "\n"
                      + lines({"  ● build  in_progress  15 s"})
                      + "\n"
                      + lines({"      ▶ 2 Run tests  13 s"})
                      + "\n"
                      + "\x1b[?25h");
}

void TestRunView::terminalWritesNothingWhenNothingChanged()
{
    RunView view(RunView::Mode::Terminal, 80, 0, false);
    QVERIFY(!view.render(snapshot(0, 3)).isEmpty());
    QCOMPARE(view.render(snapshot(0, 3)), QByteArray());
    QCOMPARE(view.render(snapshot(0, 3)), QByteArray());
}

void TestRunView::terminalClearsWhatAShorterBlockLeaves()
{
    RunView view(RunView::Mode::Terminal, 80, 0, false);
    view.render(snapshot(1, 1)); // 6 lines
    RunSnapshot fewer = snapshot(1, 1);
    fewer.jobs.front().status = QStringLiteral("queued"); // a queued job shows no steps: 3 lines
    const QByteArray out = view.render(fewer);
    QCOMPARE(out, QByteArray("\x1b[?25l\r\x1b[6A\n\n") + lines({"  ○ build  queued  1 s"}) + "\x1b[J\x1b[?25h");
}

void TestRunView::terminalShowsFailedStepsWithTheLogTail()
{
    RunView view(RunView::Mode::Terminal, 80, 0, false);
    const QByteArray out = view.render(snapshot(4, 60));
    QCOMPARE(out, "\x1b[?25l"
                      + lines({"✗ rel-1 deploy rc-abcdefghijklm  #42  failure  1 min 00 s",
                               "  https://github.com/o/r/actions/runs/42",
                               "  ✗ build  failure  50 s",
                               "      ✓ 1 Set up job  2 s",
                               "      ✗ 2 Run tests  42 s",
                               "      - 3 Upload",
                               "        │ FAIL tst_login",
                               "        │ Error: Process completed with exit code 1."})
                      + "\x1b[?25h");
}

void TestRunView::terminalCutsLinesToTheWidth_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<QByteArray>("firstLine");
    QTest::addRow("cut inside the title") << 12 << QByteArray("○ rel-1 de…");
    QTest::addRow("cut at a span's edge") << 8 << QByteArray("○ rel-…");
    QTest::addRow("one column") << 1 << QByteArray("○");
    QTest::addRow("wide enough") << 200 << QByteArray("○ rel-1 deploy rc-abcdefghijklm  #42  queued  0 s");
}

void TestRunView::terminalCutsLinesToTheWidth()
{
    QFETCH(int, width);
    QFETCH(QByteArray, firstLine);
    RunView view(RunView::Mode::Terminal, width, 0, false);
    const QByteArray out = view.render(snapshot(0, 0));
    const QByteArray first = out.mid(6, out.indexOf("\x1b[K") - 6); // after "hide cursor"
    QCOMPARE(first, firstLine);
    // No line is wider than width - 1, so none wraps.
    const QList<QByteArray> all = out.split('\n');
    for (const QByteArray &l : all) {
        QString text = QString::fromUtf8(l);
        text.remove(QStringLiteral("\x1b[K")).remove(QStringLiteral("\x1b[?25l")).remove(QStringLiteral("\x1b[?25h"));
        QVERIFY2(text.size() <= std::max(1, width - 1), qPrintable(text));
    }
}

void TestRunView::terminalKeepsTheBlockWithinTheHeight()
{
    RunView view(RunView::Mode::Terminal, 80, 5, false);
    const QByteArray out = view.render(snapshot(4, 60)); // 8 lines would not fit 4
    QCOMPARE(out, "\x1b[?25l"
                      + lines({"✗ rel-1 deploy rc-abcdefghijklm  #42  failure  1 min 00 s",
                               "  https://github.com/o/r/actions/runs/42",
                               "  ✗ build  failure  50 s",
                               "  … 5 more lines"})
                      + "\x1b[?25h");
}

void TestRunView::terminalColoursAndHighlightsTheRunningStep()
{
    RunView view(RunView::Mode::Terminal, 80, 0, true);
    const QByteArray out = view.render(snapshot(2, 10));
    QVERIFY(out.contains("      \x1b[1;33m▶\x1b[0m\x1b[1;33m 2 Run tests\x1b[0m\x1b[2m  8 s\x1b[0m\x1b[K\n"));
    QVERIFY(out.contains("      \x1b[32m✓\x1b[0m 1 Set up job"));
    QVERIFY(out.contains("\x1b[2m○\x1b[0m 3 Upload\x1b[K\n"));
    const QByteArray failed = RunView(RunView::Mode::Terminal, 80, 0, true).render(snapshot(4, 60));
    QVERIFY(failed.startsWith("\x1b[?25l\x1b[31m✗\x1b[0m\x1b[1m rel-1"));
}

void TestRunView::plainSaysEachChangeOnce()
{
    RunView view(RunView::Mode::Plain);
    QByteArray out;
    for (const auto &[stage, now] : std::initializer_list<std::pair<int, int>>{{0, 0}, {0, 3}, {1, 5}, {1, 6}, {2, 10}, {2, 20}, {3, 50}, {3, 55}, {4, 60}, {4, 70}})
        out += view.render(snapshot(stage, now));
    QCOMPARE(QString::fromUtf8(out),
             QStringLiteral("run 42 rel-1 deploy rc-abcdefghijklm: queued (https://github.com/o/r/actions/runs/42)\n"
                            "run 42 rel-1 deploy rc-abcdefghijklm: in_progress\n"
                            "job build: in_progress\n"
                            "job build: step 1 Set up job in_progress\n"
                            "job build: step 1 Set up job completed success (2 s)\n"
                            "job build: step 2 Run tests in_progress\n"
                            "job build: step 2 Run tests completed failure (42 s)\n"
                            "job build: step 3 Upload completed skipped\n"
                            "job build: completed failure (50 s)\n"
                            "job build: last lines of the log:\n"
                            "  | FAIL tst_login\n"
                            "  | Error: Process completed with exit code 1.\n"
                            "run 42 rel-1 deploy rc-abcdefghijklm: completed failure (1 min 00 s)\n"));
    QCOMPARE(view.finish(), QByteArray());
}

void TestRunView::plainReportsASkippedSnapshotsEndState()
{
    // Polling can miss whole phases: the first thing seen is the finished run.
    RunView view(RunView::Mode::Plain);
    const QString out = QString::fromUtf8(view.render(snapshot(4, 60)));
    QVERIFY2(out.startsWith(QStringLiteral("job build: step 1 Set up job completed success (2 s)\n")), qPrintable(out));
    QVERIFY2(out.endsWith(QStringLiteral("run 42 rel-1 deploy rc-abcdefghijklm: completed failure (1 min 00 s) https://github.com/o/r/actions/runs/42\n")),
             qPrintable(out));
    QCOMPARE(view.render(snapshot(4, 90)), QByteArray());
}

void TestRunView::exitCodes_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("conclusion");
    QTest::addColumn<int>("code");
    QTest::addRow("success") << "completed" << "success" << 0;
    QTest::addRow("neutral") << "completed" << "neutral" << 0;
    QTest::addRow("skipped") << "completed" << "skipped" << 0;
    QTest::addRow("failure") << "completed" << "failure" << 1;
    QTest::addRow("cancelled") << "completed" << "cancelled" << 1;
    QTest::addRow("timed out") << "completed" << "timed_out" << 1;
    QTest::addRow("startup failure") << "completed" << "startup_failure" << 1;
    QTest::addRow("action required") << "completed" << "action_required" << 1;
    QTest::addRow("unknown conclusion") << "completed" << "something_new" << 1;
    QTest::addRow("still running") << "in_progress" << "" << 1;
}

void TestRunView::exitCodes()
{
    QFETCH(QString, status);
    QFETCH(QString, conclusion);
    QFETCH(int, code);
    QCOMPARE(rc::cli::exitCodeForConclusion(status, conclusion), code);
}

QTEST_GUILESS_MAIN(TestRunView)
#include "tst_runview.moc"
