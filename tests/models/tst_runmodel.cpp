#include "runmodel.h"
#include "themecolors.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

using rc::core::WorkflowJob;
using rc::core::WorkflowStep;
using rc::models::RunModel;
using rc::models::RunPresentation;

namespace {

const QDateTime T0(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

WorkflowStep step(int number, const QString &name, const QString &status, const QString &conclusion = {},
                  int startedAfter = -1, int completedAfter = -1)
{
    WorkflowStep s;
    s.number = number;
    s.name = name;
    s.status = status;
    s.conclusion = conclusion;
    if (startedAfter >= 0)
        s.startedAt = T0.addSecs(startedAfter);
    if (completedAfter >= 0)
        s.completedAt = T0.addSecs(completedAfter);
    return s;
}

WorkflowJob job(qint64 id, const QString &name, const QString &status, const QString &conclusion,
                std::vector<WorkflowStep> steps, int startedAfter = -1, int completedAfter = -1)
{
    WorkflowJob j;
    j.id = id;
    j.name = name;
    j.status = status;
    j.conclusion = conclusion;
    j.htmlUrl = QStringLiteral("https://github.com/acme/platform/actions/runs/1/job/%1").arg(id);
    j.steps = std::move(steps);
    if (startedAfter >= 0)
        j.startedAt = T0.addSecs(startedAfter);
    if (completedAfter >= 0)
        j.completedAt = T0.addSecs(completedAfter);
    return j;
}

// The release train's two jobs with `validate` done and `deploy` in its second step.
std::vector<WorkflowJob> midRun()
{
    return {
        job(11, QStringLiteral("validate"), QStringLiteral("completed"), QStringLiteral("success"),
            {step(1, QStringLiteral("Set up job"), QStringLiteral("completed"), QStringLiteral("success"), 0, 2),
             step(2, QStringLiteral("Validate manifest"), QStringLiteral("completed"), QStringLiteral("success"), 2, 64)},
            0, 64),
        job(12, QStringLiteral("deploy"), QStringLiteral("in_progress"), QString(),
            {step(1, QStringLiteral("Set up job"), QStringLiteral("completed"), QStringLiteral("success"), 70, 75),
             step(2, QStringLiteral("Deploy components"), QStringLiteral("in_progress"), QString(), 75)},
            70),
    };
}

QString cellText(const RunModel &model, const QModelIndex &parent, int row, int column)
{
    return model.index(row, column, parent).data().toString();
}

// A palette with just the roles the colours are chosen against.
QPalette palette(const QColor &base, const QColor &text)
{
    QPalette p;
    for (QPalette::ColorRole role : {QPalette::Base, QPalette::Window, QPalette::AlternateBase})
        p.setColor(role, base);
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText})
        p.setColor(role, text);
    return p;
}

} // namespace

class tst_RunModel : public QObject
{
    Q_OBJECT

    QPalette m_original;

private slots:
    void initTestCase() { m_original = QGuiApplication::palette(); }
    void cleanup() { QGuiApplication::setPalette(m_original); }

    void emptyModel()
    {
        RunModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(RunModel::ColumnCount));
        QVERIFY(!model.index(0, 0).isValid());
        QCOMPARE(model.headerData(RunModel::DurationColumn, Qt::Horizontal).toString(), QStringLiteral("Duration"));
    }

    void jobsAndSteps()
    {
        RunModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJobs(midRun(), T0.addSecs(100));

        QCOMPARE(model.rowCount(), 2);
        const QModelIndex validate = model.index(0, 0);
        const QModelIndex deploy = model.index(1, 0);
        QCOMPARE(validate.data().toString(), QStringLiteral("validate"));
        QCOMPARE(model.rowCount(validate), 2);
        QCOMPARE(model.rowCount(deploy), 2);
        QCOMPARE(model.rowCount(model.index(0, 0, deploy)), 0);
        QCOMPARE(model.parent(model.index(1, 2, deploy)), deploy);

        QCOMPARE(cellText(model, {}, 0, RunModel::StatusColumn), QStringLiteral("Succeeded"));
        QCOMPARE(cellText(model, {}, 0, RunModel::DurationColumn), QStringLiteral("1 min 04 s"));
        QCOMPARE(cellText(model, {}, 1, RunModel::StatusColumn), QStringLiteral("In progress"));
        // A running job counts up to the model's clock.
        QCOMPARE(cellText(model, {}, 1, RunModel::DurationColumn), QStringLiteral("30 s"));
        QCOMPARE(cellText(model, deploy, 1, RunModel::NameColumn), QStringLiteral("Deploy components"));
        QCOMPARE(cellText(model, deploy, 1, RunModel::DurationColumn), QStringLiteral("25 s"));

        QCOMPARE(model.index(1, 0, deploy).data(RunModel::KindRole).toInt(), int(RunModel::ItemKind::Step));
        QCOMPARE(deploy.data(RunModel::KindRole).toInt(), int(RunModel::ItemKind::Job));
        QCOMPARE(model.index(1, 0, deploy).data(RunModel::JobIdRole).toLongLong(), 12);
        QCOMPARE(model.index(1, 0, deploy).data(RunModel::StepNumberRole).toInt(), 2);
        QCOMPARE(model.index(1, 0, deploy).data(RunModel::StatusRole).toString(), QStringLiteral("in_progress"));
        QVERIFY(deploy.data(RunModel::HtmlUrlRole).toString().endsWith(QLatin1String("/job/12")));
        QVERIFY(!validate.data(Qt::DecorationRole).value<QPixmap>().isNull());
        QCOMPARE(model.job(deploy)->name, QStringLiteral("deploy"));
        QVERIFY(!model.step(deploy));
        QCOMPARE(model.step(model.index(0, 0, deploy))->name, QStringLiteral("Set up job"));
        QCOMPARE(model.indexOfJob(12), deploy);
        QVERIFY(!model.indexOfJob(99).isValid());
        // A step not started yet has no duration.
        std::vector<WorkflowJob> jobs = midRun();
        jobs[1].steps.push_back(step(3, QStringLiteral("Smoke test"), QStringLiteral("queued")));
        model.setJobs(jobs, T0.addSecs(100));
        QCOMPARE(cellText(model, deploy, 2, RunModel::DurationColumn), QString());
        QVERIFY(!model.index(2, RunModel::DurationColumn, deploy).data(RunModel::DurationSecondsRole).isValid());
    }

    void presentation_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("conclusion");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("failure");

        QTest::addRow("queued") << "queued" << "" << "Queued" << false;
        QTest::addRow("in progress") << "in_progress" << "" << "In progress" << false;
        QTest::addRow("waiting for a review") << "waiting" << "" << "Waiting for approval" << false;
        QTest::addRow("success") << "completed" << "success" << "Succeeded" << false;
        QTest::addRow("failure") << "completed" << "failure" << "Failed" << true;
        QTest::addRow("cancelled") << "completed" << "cancelled" << "Cancelled" << true;
        QTest::addRow("timed out") << "completed" << "timed_out" << "Timed out" << true;
        QTest::addRow("skipped") << "completed" << "skipped" << "Skipped" << false;
        QTest::addRow("unknown conclusion kept") << "completed" << "brand_new" << "brand_new" << false;
        QTest::addRow("unknown status kept") << "brand_new_status" << "" << "brand_new_status" << false;
    }

    void presentation()
    {
        QFETCH(QString, status);
        QFETCH(QString, conclusion);
        QFETCH(QString, text);
        QFETCH(bool, failure);

        QCOMPARE(RunPresentation::text(status, conclusion), text);
        QCOMPARE(RunPresentation::isFailure(status, conclusion), failure);
        QVERIFY(!RunPresentation::icon(status, conclusion).isNull());

        RunModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJobs({job(1, QStringLiteral("deploy"), QStringLiteral("completed"), QStringLiteral("failure"),
                           {step(1, QStringLiteral("Deploy"), status, conclusion)})},
                      T0);
        const QModelIndex s = model.index(0, RunModel::StatusColumn, model.index(0, 0));
        QCOMPARE(s.data().toString(), text);
        QCOMPARE(s.data(RunModel::FailedRole).toBool(), failure);
        QCOMPARE(s.data(Qt::ForegroundRole).isValid(), failure);
    }

    // Failed states and their icons stay readable whether the palette is light or dark, and follow
    // a palette that changes while the application runs.
    void coloursFollowThePalette_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<QString>("conclusion");
        QTest::addRow("light, failure") << palette(Qt::white, Qt::black) << "failure";
        QTest::addRow("light, cancelled") << palette(Qt::white, Qt::black) << "cancelled";
        QTest::addRow("dark, failure") << palette(QColor(0x2a, 0x2a, 0x2a), QColor(0xe8, 0xe8, 0xe8)) << "failure";
        QTest::addRow("dark, cancelled") << palette(QColor(0x2a, 0x2a, 0x2a), QColor(0xe8, 0xe8, 0xe8)) << "cancelled";
        QTest::addRow("black, timed out") << palette(Qt::black, Qt::white) << "timed_out";
    }

    void coloursFollowThePalette()
    {
        using rc::models::ThemeColors;
        QFETCH(QPalette, palette);
        QFETCH(QString, conclusion);
        const QString completed = QStringLiteral("completed");
        QGuiApplication::setPalette(palette);
        const QColor base = palette.color(QPalette::Base);

        RunModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJobs({job(1, QStringLiteral("deploy"), completed, conclusion,
                           {step(1, QStringLiteral("Deploy"), completed, conclusion)})},
                      T0);
        const QColor text = model.index(0, RunModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>();
        QVERIFY(text.isValid());
        QVERIFY2(ThemeColors::contrast(text, base) >= ThemeColors::TextContrast,
                 qPrintable(text.name() + QStringLiteral(" on ") + base.name()));

        // The filled circle, left of the mark and clear of the antialiased rim.
        const QImage icon = model.index(0, RunModel::NameColumn).data(Qt::DecorationRole).value<QPixmap>().toImage();
        QVERIFY(!icon.isNull());
        const QColor fill = icon.pixelColor(3, RunPresentation::IconSize / 2);
        QCOMPARE(fill.alpha(), 255);
        QVERIFY2(ThemeColors::contrast(fill, base) >= ThemeColors::GraphicsContrast,
                 qPrintable(fill.name() + QStringLiteral(" on ") + base.name()));
    }

    // A run moving on changes cells and adds rows; it never resets, so views keep their state.
    void advancingRunUpdatesInPlace()
    {
        RunModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::vector<WorkflowJob> jobs = midRun();
        jobs.pop_back();
        model.setJobs(jobs, T0.addSecs(70));

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // Same snapshot of a completed job: nothing to say.
        model.setJobs(jobs, T0.addSecs(71));
        QCOMPARE(changed.count(), 0);

        // The second job appears.
        model.setJobs(midRun(), T0.addSecs(100));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.index(1, 0)), 2);

        // A step finishes and the next one appears.
        inserted.clear();
        changed.clear();
        jobs = midRun();
        jobs[1].steps[1] = step(2, QStringLiteral("Deploy components"), QStringLiteral("completed"), QStringLiteral("failure"), 75, 110);
        jobs[1].steps.push_back(step(3, QStringLiteral("Smoke test"), QStringLiteral("completed"), QStringLiteral("skipped")));
        jobs[1].status = QStringLiteral("completed");
        jobs[1].conclusion = QStringLiteral("failure");
        jobs[1].completedAt = T0.addSecs(110);
        model.setJobs(jobs, T0.addSecs(120));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), model.index(1, 0));
        QCOMPARE(inserted.at(0).at(1).toInt(), 2);
        bool sawStep = false;
        bool sawJob = false;
        for (const QList<QVariant> &args : changed) {
            const QModelIndex topLeft = args.at(0).value<QModelIndex>();
            sawStep = sawStep || (topLeft.parent() == model.index(1, 0) && topLeft.row() == 1);
            sawJob = sawJob || (!topLeft.parent().isValid() && topLeft.row() == 1);
            QVERIFY2(topLeft != model.index(0, 0), "the finished job did not change");
        }
        QVERIFY(sawStep);
        QVERIFY(sawJob);
        QCOMPARE(cellText(model, model.index(1, 0), 1, RunModel::StatusColumn), QStringLiteral("Failed"));
        QCOMPARE(cellText(model, {}, 1, RunModel::DurationColumn), QStringLiteral("40 s"));
    }

    void otherRunResets_data()
    {
        QTest::addColumn<bool>("rerun");
        QTest::addRow("another run") << false;
        QTest::addRow("re-run with new job ids") << true;
    }

    void otherRunResets()
    {
        QFETCH(bool, rerun);
        RunModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJobs(midRun(), T0);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        std::vector<WorkflowJob> other = midRun();
        other[0].id = 21;
        if (!rerun)
            other.pop_back();
        model.setJobs(other, T0);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), rerun ? 2 : 1);
        QCOMPARE(model.index(0, 0).data(RunModel::JobIdRole).toLongLong(), 21);

        model.clear();
        QCOMPARE(resets.count(), 2);
        QCOMPARE(model.rowCount(), 0);
    }

    // Steps that no longer line up by number are replaced as children of their job only.
    void renumberedStepsReplaceChildren()
    {
        RunModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJobs(midRun(), T0);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        std::vector<WorkflowJob> jobs = midRun();
        jobs[1].steps = {step(7, QStringLiteral("Other"), QStringLiteral("queued"))};
        model.setJobs(jobs, T0);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(model.index(1, 0)), 1);
        QCOMPARE(cellText(model, model.index(1, 0), 0, RunModel::NameColumn), QStringLiteral("Other"));
    }

    void clockMovesRunningDurationsOnly()
    {
        RunModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJobs(midRun(), T0.addSecs(100));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setNow(T0.addSecs(200));
        // The running job and its running step.
        QCOMPARE(changed.count(), 2);
        for (const QList<QVariant> &args : changed)
            QCOMPARE(args.at(0).value<QModelIndex>().column(), int(RunModel::DurationColumn));
        QCOMPARE(cellText(model, {}, 1, RunModel::DurationColumn), QStringLiteral("2 min 10 s"));
        QCOMPARE(cellText(model, {}, 0, RunModel::DurationColumn), QStringLiteral("1 min 04 s"));
    }
};

QTEST_MAIN(tst_RunModel)
#include "tst_runmodel.moc"
