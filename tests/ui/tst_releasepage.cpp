#include "releasepage.h"

#include "approvalmodel.h"
#include "checklistmodel.h"
#include "componentmodel.h"
#include "releasedocument.h"
#include "signoffdelegate.h"
#include "validationmodel.h"
#include "yamlview.h"
#include "releasetraincontroller.h"

#include "demo/demoworkspace.h"

#include "rules/readiness.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using rc::core::SignOff;
using rc::models::ComponentModel;
using rc::models::ReleaseDocument;
using rc::ui::ReleasePage;

// The page over the seed's manifest in a plain folder: edits are saved (not committed), which is
// all the page needs; committing is covered by the main window's test on a real clone.
class tst_ReleasePage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    static QByteArray seed()
    {
        QFile file(QStringLiteral(":/demo/2024-01-15-release.yaml"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    void write(const QByteArray &bytes)
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    }
    QByteArray onDisk() const
    {
        QFile file(m_path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    struct Fixture
    {
        ReleaseDocument document;
        ReleasePage page{&document};
        QAbstractItemModelTester components{page.componentModel(), QAbstractItemModelTester::FailureReportingMode::QtTest};
        QAbstractItemModelTester checklist{page.checklistModel(), QAbstractItemModelTester::FailureReportingMode::QtTest};
        QAbstractItemModelTester approvals{page.approvalModel(), QAbstractItemModelTester::FailureReportingMode::QtTest};
        QAbstractItemModelTester validation{page.validationModel(), QAbstractItemModelTester::FailureReportingMode::QtTest};

        QString text(const char *name) const { return page.findChild<QLabel *>(QLatin1String(name))->text(); }
        QPushButton *button(const char *name) const { return page.findChild<QPushButton *>(QLatin1String(name)); }
        void selectComponent(const QString &name)
        {
            page.componentView()->setCurrentIndex(
                page.componentModel()->index(page.componentModel()->rowOf(name), ComponentModel::NameColumn));
        }
    };

    std::unique_ptr<Fixture> open()
    {
        auto f = std::make_unique<Fixture>();
        f->document.setUser(QStringLiteral("@carol"));
        if (auto opened = f->document.open(m_path); !opened)
            qWarning() << opened.error().toString();
        f->page.resize(1000, 700);
        f->page.show();
        return f;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("rel-2024-01-15-001.yaml"));
        write(seed());
    }

    void addChecklistTemplateAppendsOnce()
    {
        auto f = open();
        QToolButton *add = f->page.addChecklistButton();
        QVERIFY(add);
        QVERIFY(!add->accessibleName().isEmpty());
        QCOMPARE(f->page.checklistModel()->rowCount(), 7);
        f->page.addChecklistTemplate(QStringLiteral("release-day"));
        QTRY_COMPARE(f->page.checklistModel()->rowCount(), 27);
        QVERIFY(onDisk().contains("  - item: 'Final staging validation'\n    phase: release_day\n    section: 'T-60 minutes'\n"));
        // The channel of this release's day, not the template's placeholder.
        QVERIFY(onDisk().contains("  - item: 'Release channel opened (#release-2024-01-15)'\n"));
        QCOMPARE(f->page.checklistModel()->index(7, rc::models::ChecklistModel::SectionColumn).data().toString(),
                 QStringLiteral("Release day \u00b7 T-60 minutes"));
        const QByteArray once = onDisk();
        f->page.addChecklistTemplate(QStringLiteral("release-day"));
        QTRY_VERIFY(f->page.message().contains(QStringLiteral("nothing was added")));
        QCOMPARE(onDisk(), once);
        // A template that does not exist says so and changes nothing.
        f->page.addChecklistTemplate(QStringLiteral("go-live"));
        QTRY_VERIFY(f->page.message().contains(QStringLiteral("go-live")));
        QCOMPARE(onDisk(), once);
    }

    void headerShowsTheRelease()
    {
        auto f = open();
        QCOMPARE(f->text("releaseId"), QStringLiteral("rel-2024-01-15-001"));
        QCOMPARE(f->text("statusChip"), QStringLiteral("Pending approval"));
        const QString details = f->text("releaseDetails");
        QVERIFY2(details.contains(QStringLiteral("@john.doe")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("Sign-offs 2/3")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("2024")), qPrintable(details));
    }

    void readinessBannerFollowsTheRules()
    {
        auto f = open();
        auto check = [&f] {
            const rc::core::Readiness readiness = rc::core::checkReadiness(*f->document.manifest());
            const QString banner = f->text("readinessBanner");
            QCOMPARE(banner.contains(QStringLiteral("Ready to deploy")), readiness.ready);
            for (const QString &blocker : readiness.blockers)
                QVERIFY2(banner.contains(blocker.toHtmlEscaped()), qPrintable(blocker));
        };
        check();
        QVERIFY(f->text("readinessBanner").contains(QStringLiteral("api: sign-off pending")));

        f->selectComponent(QStringLiteral("api"));
        QTest::mouseClick(f->button("approveComponent"), Qt::LeftButton);
        QVERIFY(!f->text("readinessBanner").contains(QStringLiteral("api: sign-off pending")));
        check();
    }

    void lifecycleButtonsFollowCanTransition_data()
    {
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<QStringList>("buttons");
        QTest::addRow("draft") << QByteArray("draft") << QStringList{"submitForApproval", "cancelRelease"};
        QTest::addRow("pending approval") << QByteArray("pending_approval") << QStringList{"markApproved", "cancelRelease"};
        QTest::addRow("approved") << QByteArray("approved") << QStringList{"submitForApproval", "cancelRelease"};
        QTest::addRow("deployed") << QByteArray("deployed") << QStringList{};
        QTest::addRow("cancelled") << QByteArray("cancelled") << QStringList{};
    }

    void lifecycleButtonsFollowCanTransition()
    {
        QFETCH(QByteArray, status);
        QFETCH(QStringList, buttons);
        QByteArray bytes = seed();
        bytes.replace("status: pending_approval #", "status: " + status + " #");
        write(bytes);
        auto f = open();
        QVERIFY(f->document.manifest());
        QStringList shown;
        for (const char *name : {"submitForApproval", "markApproved", "cancelRelease"}) {
            if (f->button(name))
                shown << QLatin1String(name);
        }
        QCOMPARE(shown, buttons);
    }

    void markApprovedWaitsForTheBlockers()
    {
        auto f = open();
        QPushButton *button = f->button("markApproved");
        QVERIFY(button);
        QVERIFY(!button->isEnabled());
        QVERIFY2(button->toolTip().contains(QStringLiteral("api: sign-off pending")), qPrintable(button->toolTip()));
        QVERIFY(!button->toolTip().contains(QStringLiteral("status is")));
    }

    void markApprovedMovesTheStatus()
    {
        auto f = open();
        // Everything the seed still lacks, decided first: then approving is allowed.
        const QDateTime at(QDate(2024, 1, 15), QTime(9, 0), Qt::UTC);
        using namespace rc::core;
        QVERIFY(f->document.apply(SignOffEdit{QStringLiteral("api"), SignOff::Approved, QStringLiteral("@alice"), {}, at}));
        QVERIFY(f->document.apply(ChecklistEdit{0, true, QStringLiteral("@john.doe"), at}));
        QVERIFY(f->document.apply(ChecklistEdit{6, true, QStringLiteral("@john.doe"), at}));
        QVERIFY(f->document.apply(
            ApprovalEdit{QStringLiteral("Tech Lead"), ApprovalStatus::Approved, QStringLiteral("@tech-lead"), {}, at}));
        QVERIFY(approvalBlockers(*f->document.manifest()).isEmpty());
        QVERIFY(f->button("markApproved")->isEnabled());
        QTest::mouseClick(f->button("markApproved"), Qt::LeftButton);
        QCOMPARE(int(f->document.manifest()->release.status), int(rc::core::ReleaseStatus::Approved));
        QVERIFY(onDisk().contains("status: approved"));
        QCOMPARE(f->text("statusChip"), QStringLiteral("Approved"));
        QVERIFY(f->button("submitForApproval"));
        QCOMPARE(f->button("submitForApproval")->text(), QStringLiteral("Reopen for approval"));
        QVERIFY(!f->button("markApproved"));
    }

    void cancellingAsksFirst()
    {
        auto f = open();
        bool answer = false;
        int asked = 0;
        f->page.setConfirm([&](QWidget *, const QString &question) {
            ++asked;
            return question.contains(QStringLiteral("rel-2024-01-15-001")) && answer;
        });
        const QByteArray before = onDisk();
        QTest::mouseClick(f->button("cancelRelease"), Qt::LeftButton);
        QCOMPARE(asked, 1);
        QCOMPARE(onDisk(), before);

        answer = true;
        QTest::mouseClick(f->button("cancelRelease"), Qt::LeftButton);
        QCOMPARE(asked, 2);
        QCOMPARE(int(f->document.manifest()->release.status), int(rc::core::ReleaseStatus::Cancelled));
        QVERIFY(!f->button("cancelRelease"));
    }

    void rejectButtonAsksForAReason()
    {
        auto f = open();
        f->page.setReasonPrompt([](QWidget *, const QString &subject) {
            return std::optional<QString>(subject + QStringLiteral(": flaky upload tests"));
        });
        f->selectComponent(QStringLiteral("api"));
        QTest::mouseClick(f->button("rejectComponent"), Qt::LeftButton);
        const rc::core::Component *api = f->document.manifest()->component(QStringLiteral("api"));
        QCOMPARE(int(api->signOff), int(SignOff::Rejected));
        QCOMPARE(api->reason, QStringLiteral("api: flaky upload tests"));
        QVERIFY(onDisk().contains("flaky upload tests"));
        // A rejection turns the banner red and says who said no, and the details say why.
        QVERIFY(f->text("readinessBanner").contains(QStringLiteral("rejected")));
        auto *changes = f->page.findChild<QListWidget *>(QStringLiteral("componentChanges"));
        QVERIFY(!changes->findItems(QStringLiteral("flaky upload tests"), Qt::MatchContains).isEmpty());
        QVERIFY(!f->button("rejectComponent")->isEnabled());
        QVERIFY(f->button("resetComponent")->isEnabled());
    }

    void cancelledReasonChangesNothing()
    {
        auto f = open();
        f->page.setReasonPrompt([](QWidget *, const QString &) { return std::optional<QString>(); });
        const QByteArray before = onDisk();
        f->selectComponent(QStringLiteral("api"));
        QTest::mouseClick(f->button("rejectComponent"), Qt::LeftButton);
        QCOMPARE(onDisk(), before);
        QVERIFY(f->page.message().isEmpty());
    }

    void changesFollowTheSelectedComponent_data()
    {
        QTest::addColumn<QString>("component");
        QTest::addColumn<QString>("change");
        QTest::addRow("api") << "api" << "feat: Add placement bulk upload endpoint";
        QTest::addRow("portal") << "portal" << "feat: New campaign dashboard";
        QTest::addRow("workers without changes") << "workers" << "No changes";
    }

    void changesFollowTheSelectedComponent()
    {
        QFETCH(QString, component);
        QFETCH(QString, change);
        auto f = open();
        f->selectComponent(component);
        auto *changes = f->page.findChild<QListWidget *>(QStringLiteral("componentChanges"));
        QVERIFY(!changes->findItems(change, Qt::MatchExactly).isEmpty());
    }

    void approvalsTabApprovesARole()
    {
        auto f = open();
        auto *approvals = f->page.approvalModel();
        int row = -1;
        for (int r = 0; r < approvals->rowCount(); ++r) {
            if (approvals->approval(r)->role == QLatin1String("Tech Lead"))
                row = r;
        }
        QVERIFY(row >= 0);
        f->page.approvalView()->setCurrentIndex(approvals->index(row, 0));
        QTest::mouseClick(f->button("approveRole"), Qt::LeftButton);
        QCOMPARE(int(f->document.manifest()->approval(QStringLiteral("Tech Lead"))->status),
                 int(rc::core::ApprovalStatus::Approved));
        QVERIFY(!f->text("readinessBanner").contains(QStringLiteral("Tech Lead approval pending")));
    }

    void checklistTicksThroughTheModel()
    {
        auto f = open();
        auto *checklist = f->page.checklistModel();
        const QModelIndex done = checklist->index(checklist->rowCount() - 1, rc::models::ChecklistModel::DoneColumn);
        QCOMPARE(done.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(checklist->setData(done, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(!f->text("readinessBanner").contains(QStringLiteral("On-call team notified")));
    }

    void manifestTabShowsTheFileAndFollowsEdits()
    {
        auto f = open();
        QCOMPARE(f->page.yamlView()->file(), f->document.path());
        QCOMPARE(f->page.yamlView()->toPlainText().toUtf8(), onDisk());
        f->selectComponent(QStringLiteral("api"));
        QTest::mouseClick(f->button("approveComponent"), Qt::LeftButton);
        QCOMPARE(f->page.yamlView()->toPlainText().toUtf8(), onDisk());
        QVERIFY(onDisk().contains("approved_by"));
        // The page's own save is not someone else's change: no "changed on disk" afterwards.
        QTest::qWait(300);
        QVERIFY2(f->page.message().isEmpty(), qPrintable(f->page.message()));
    }

    void conflictOffersReload()
    {
        auto f = open();
        write(onDisk() + "# edited by hand meanwhile\n");
        f->selectComponent(QStringLiteral("api"));
        QTest::mouseClick(f->button("approveComponent"), Qt::LeftButton);
        QVERIFY2(f->page.message().contains(QStringLiteral("changed")), qPrintable(f->page.message()));
        QVERIFY(onDisk().endsWith("# edited by hand meanwhile\n"));
        QPushButton *reload = f->button("messageReload");
        QVERIFY(reload->isVisible());
        QTest::mouseClick(reload, Qt::LeftButton);
        QVERIFY(f->page.message().isEmpty());
        QCOMPARE(f->document.bytes(), onDisk());
        // After reloading the same edit goes through.
        f->selectComponent(QStringLiteral("api"));
        QTest::mouseClick(f->button("approveComponent"), Qt::LeftButton);
        QCOMPARE(int(f->document.manifest()->component(QStringLiteral("api"))->signOff), int(SignOff::Approved));
        QVERIFY(onDisk().endsWith("# edited by hand meanwhile\n"));
    }

    // A change written by another part of the console (the deploy controller recording a step)
    // and then reloaded into the document leaves no "changed outside" notice behind.
    void reloadAnswersTheChangedOnDiskNotice()
    {
        auto f = open();
        write(onDisk() + "# written by a deploy step\n");
        QTRY_VERIFY2(f->page.message().contains(QStringLiteral("changed outside")), qPrintable(f->page.message()));
        QVERIFY(f->document.reload());
        QVERIFY2(f->page.message().isEmpty(), qPrintable(f->page.message()));
    }

    void brokenManifestShowsItsErrors()
    {
        write("release:\n  id: rel-x\n  status: [unclosed\n");
        auto f = open();
        QVERIFY(!f->document.manifest());
        const QString banner = f->text("readinessBanner");
        QVERIFY2(banner.contains(QStringLiteral("rel-2024-01-15-001.yaml:")), qPrintable(banner));
        QTabWidget *tabs = f->page.tabs();
        QVERIFY(!tabs->isTabEnabled(ReleasePage::ComponentsTab));
        QCOMPARE(tabs->currentIndex(), int(ReleasePage::ManifestTab));
        QVERIFY(f->page.yamlView()->toPlainText().contains(QStringLiteral("[unclosed")));

        // Fixing the file by hand and reloading brings the dashboard back.
        write(seed());
        QVERIFY(f->document.reload());
        QVERIFY(tabs->isTabEnabled(ReleasePage::ComponentsTab));
        QCOMPARE(tabs->currentIndex(), int(ReleasePage::ComponentsTab));
    }

    // A real clone whose rules hold releases to Tuesday 10:00-12:00 Berlin time: the banner names
    // the window and when it opens next, follows the clock, and after Break Glass shows who
    // overrode it, when and why, with only the time blocker gone and only three lines added.
    void bannerFollowsTheWindowAndShowsBreakGlass()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const rc::core::Expected<QString> clone = rc::core::createDemoWorkspace(dir.filePath(QStringLiteral("clone")));
        QVERIFY2(clone, clone ? "" : qPrintable(clone.error().toString()));
        QFile rules(*clone + QStringLiteral("/.release-console.yaml"));
        QVERIFY(rules.open(QIODevice::ReadOnly));
        QByteArray text = rules.readAll();
        rules.close();
        QVERIFY(text.contains("enforce_windows: false"));
        text.replace("enforce_windows: false", "enforce_windows: true");
        QVERIFY(rules.open(QIODevice::WriteOnly | QIODevice::Truncate));
        rules.write(text);
        rules.close();

        const QString manifestPath = *clone + QStringLiteral("/releases/2024-01-15-release.yaml");
        ReleaseDocument document;
        ReleasePage page(&document);
        document.setUser(QStringLiteral("@carol"));
        QVERIFY(document.open(manifestPath));
        rc::ui::ReleaseTrainController trains(nullptr, &document, nullptr);
        trains.setReleasePage(&page);
        // Monday 10:00 in Berlin.
        QDateTime now(QDate(2024, 1, 22), QTime(9, 0), Qt::UTC);
        trains.setClock([&now] { return now; });
        QSignalSpy loaded(&trains, &rc::ui::ReleaseTrainController::calendarChanged);
        trains.setClonePath(*clone);
        QVERIFY(loaded.wait(10000));
        QVERIFY(trains.rulesErrors().empty());
        QVERIFY(trains.releaseCalendar() && trains.releaseCalendar()->enforced());

        const auto banner = [&page] { return page.findChild<QLabel *>(QStringLiteral("readinessBanner"))->text(); };
        const QString window = QStringLiteral("outside the regular window Tue 10:00\u201312:00 (Europe/Berlin); "
                                              "next window opens Tue 2024-01-23 10:00");
        QVERIFY2(banner().contains(window), qPrintable(banner()));
        QVERIFY(banner().contains(QStringLiteral("api: sign-off pending")));
        QVERIFY(trains.canBreakGlass());

        // Tuesday 10:30 in Berlin: the window is open, and the banner says so without an edit.
        now = QDateTime(QDate(2024, 1, 23), QTime(9, 30), Qt::UTC);
        trains.recheck();
        QVERIFY2(!banner().contains(QStringLiteral("outside the regular window")), qPrintable(banner()));
        QVERIFY(!trains.canBreakGlass());
        QVERIFY(!trains.applyBreakGlass(QStringLiteral("nothing to override")));

        now = QDateTime(QDate(2024, 1, 22), QTime(9, 0), Qt::UTC);
        trains.recheck();
        QVERIFY(banner().contains(window));
        const QByteArray before = document.bytes();
        QSignalSpy committed(&document, &ReleaseDocument::committed);
        QVERIFY2(trains.applyBreakGlass(QStringLiteral("payment provider outage")), qPrintable(document.lastError()));
        QCOMPARE(committed.count(), 1);
        QCOMPARE(committed.first().at(1).toString(),
                 QStringLiteral("release(rel-2024-01-15-001): break-glass override by @carol: payment provider outage"));

        // Only the three break_glass lines were added, under release:.
        QFile saved(manifestPath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray after = saved.readAll();
        const QList<QByteArray> oldLines = before.split('\n');
        const QList<QByteArray> newLines = after.split('\n');
        QCOMPARE(newLines.size(), oldLines.size() + 3);
        QList<QByteArray> added;
        for (qsizetype i = 0, j = 0; j < newLines.size(); ++j) {
            if (i < oldLines.size() && oldLines[i] == newLines[j])
                ++i;
            else
                added << newLines[j];
        }
        QCOMPARE(added.size(), 3);
        QVERIFY2(added[0].startsWith("  break_glass_by: "), added[0].constData());
        QVERIFY2(added[1].startsWith("  break_glass_at: "), added[1].constData());
        QVERIFY2(added[2].startsWith("  break_glass_reason: "), added[2].constData());
        QVERIFY(added[2].contains("payment provider outage"));

        // The commit holds the manifest alone.
        QProcess git;
        git.setWorkingDirectory(*clone);
        git.start(QStringLiteral("git"), {QStringLiteral("show"), QStringLiteral("--name-only"),
                                          QStringLiteral("--format="), QStringLiteral("HEAD")});
        QVERIFY(git.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(git.readAllStandardOutput()).trimmed(), QStringLiteral("releases/2024-01-15-release.yaml"));

        // The time blocker is gone, the sign-offs still hold the release, and the override shows.
        const QString shown = banner();
        QVERIFY2(!shown.contains(QStringLiteral("<li>outside the regular window")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("api: sign-off pending")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Window overridden by @carol on Mon 2024-01-22 10:00 (Europe/Berlin): "
                                               "payment provider outage")),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Lifted until Mon 2024-01-22 14:00: outside the regular window")), qPrintable(shown));
        QVERIFY(!trains.canBreakGlass());
        trains.setClock({});
    }
};

QTEST_MAIN(tst_ReleasePage)
#include "tst_releasepage.moc"
