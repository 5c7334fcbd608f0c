#include "manifest/manifestparser.h"
#include "modeltestutil.h"
#include "releasedocument.h"

#include <QSignalSpy>
#include <QTest>

using namespace rc;
using rc::models::ReleaseDocument;

namespace {
const QString seedPath = QStringLiteral("releases/2024-01-15-release.yaml");

core::Manifest parsedFromDisk(const test::GitFixture &git)
{
    const core::ParseResult parsed = core::parseManifest(git.read(seedPath), seedPath);
    return parsed.manifest.value_or(core::Manifest{});
}
} // namespace

class tst_ReleaseDocument : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void opensAManifestInAClone();
    void openFailsForAMissingFile();
    void opensAFileWithErrorsReadOnly();
    void applyStampsSavesAndCommits_data();
    void applyStampsSavesAndCommits();
    void applyKeepsGivenSignerAndTime();
    void withoutAutoCommitTheFileStaysModified();
    void refusedEditLeavesFileAndHistory();
    void conflictWhenChangedOnDisk();
    void externalChangeIsAnnouncedOnce();
    void ownSavesAreNotExternalChanges();
    void reloadPicksUpTheChange();
    void openingAnotherFileMovesTheWatch();
    void outsideACloneSavesWithoutCommitting();
    void closeForgetsTheFile();

private:
    std::unique_ptr<test::GitFixture> m_git;
};

void tst_ReleaseDocument::init()
{
    QVERIFY2(!test::seedManifest().isEmpty(), "tests/models/data/seed-release.yaml is missing");
    m_git = std::make_unique<test::GitFixture>();
    QVERIFY2(m_git->init(), qPrintable(m_git->error()));
    QVERIFY(!m_git->write(seedPath, test::seedManifest()).isEmpty());
    QVERIFY2(m_git->commitAll(QStringLiteral("Add the release")), qPrintable(m_git->error()));
}

void tst_ReleaseDocument::cleanup()
{
    m_git.reset();
}

void tst_ReleaseDocument::opensAManifestInAClone()
{
    ReleaseDocument doc;
    QSignalSpy changed(&doc, &ReleaseDocument::changed);
    auto opened = doc.open(m_git->path(seedPath));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    QCOMPARE(changed.count(), 1);
    QVERIFY(doc.isOpen());
    QVERIFY(doc.manifest());
    QCOMPARE(doc.releaseId(), QStringLiteral("rel-2024-01-15-001"));
    QCOMPARE(doc.displayName(), seedPath);
    QCOMPARE(doc.bytes(), test::seedManifest());
    QVERIFY(doc.hasRepository());
    QCOMPARE(int(doc.gitState()), int(core::FileState::Unmodified));
    QVERIFY(!doc.isDirty());
    QVERIFY(!doc.isChangedOnDisk());
    QCOMPARE(doc.user(), QStringLiteral("@tester"));
    QVERIFY(doc.autoCommit());
}

void tst_ReleaseDocument::openFailsForAMissingFile()
{
    ReleaseDocument doc;
    QSignalSpy changed(&doc, &ReleaseDocument::changed);
    auto opened = doc.open(m_git->path(QStringLiteral("releases/nope.yaml")));
    QVERIFY(!opened);
    QVERIFY2(opened.error().toString().contains(QStringLiteral("nope.yaml")),
             qPrintable(opened.error().toString()));
    QCOMPARE(changed.count(), 0);
    QVERIFY(!doc.isOpen());
    QVERIFY(!doc.lastError().isEmpty());
}

void tst_ReleaseDocument::opensAFileWithErrorsReadOnly()
{
    const QString broken = QStringLiteral("releases/broken.yaml");
    m_git->write(broken, test::testData(QStringLiteral("broken-release.yaml")));
    ReleaseDocument doc;
    QVERIFY(doc.open(m_git->path(broken)));
    QVERIFY(!doc.manifest());
    QVERIFY(doc.parseResult());
    QVERIFY(!doc.parseResult()->errors.empty());
    QCOMPARE(doc.releaseId(), QStringLiteral("broken"));
    QCOMPARE(int(doc.gitState()), int(core::FileState::Untracked));
    QVERIFY(doc.isDirty());

    QSignalSpy failed(&doc, &ReleaseDocument::editFailed);
    QVERIFY(!doc.apply(core::SignOffEdit{QStringLiteral("api"), core::SignOff::Approved, {}, {}, {}}));
    QCOMPARE(failed.count(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(broken) && message.contains(QStringLiteral("fix")), qPrintable(message));
    QCOMPARE(m_git->read(broken), test::testData(QStringLiteral("broken-release.yaml")));
}

void tst_ReleaseDocument::applyStampsSavesAndCommits_data()
{
    QTest::addColumn<core::ManifestEdit>("edit");
    QTest::addColumn<QString>("messagePart");

    QTest::addRow("sign off api") << core::ManifestEdit(core::SignOffEdit{
                                         QStringLiteral("api"), core::SignOff::Approved, {}, {}, {}})
                                  << QStringLiteral("api");
    QTest::addRow("tick on-call notified")
        << core::ManifestEdit(core::ChecklistEdit{6, true, {}, {}}) << QStringLiteral("rel-2024-01-15-001");
    QTest::addRow("approve as tech lead")
        << core::ManifestEdit(
               core::ApprovalEdit{QStringLiteral("Tech Lead"), core::ApprovalStatus::Approved, {}, {}, {}})
        << QStringLiteral("Tech Lead");
    QTest::addRow("reject api with reason")
        << core::ManifestEdit(core::SignOffEdit{
               QStringLiteral("api"), core::SignOff::Rejected, {}, QStringLiteral("flaky tests"), {}})
        << QStringLiteral("api");
}

void tst_ReleaseDocument::applyStampsSavesAndCommits()
{
    QFETCH(core::ManifestEdit, edit);
    QFETCH(QString, messagePart);

    ReleaseDocument doc;
    QVERIFY(doc.open(m_git->path(seedPath)));
    QSignalSpy changed(&doc, &ReleaseDocument::changed);
    QSignalSpy committed(&doc, &ReleaseDocument::committed);
    QSignalSpy failed(&doc, &ReleaseDocument::editFailed);
    const int commitsBefore = m_git->commitCount();
    const QDateTime before = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);

    QVERIFY2(doc.apply(edit), qPrintable(doc.lastError()));
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QCOMPARE(failed.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(committed.count(), 1);

    // What the document holds is what is on disk and in HEAD.
    const QByteArray onDisk = m_git->read(seedPath);
    QCOMPARE(doc.bytes(), onDisk);
    QVERIFY(onDisk != test::seedManifest());
    QCOMPARE(m_git->commitCount(), commitsBefore + 1);
    QCOMPARE(m_git->headBlob(seedPath), onDisk);
    QCOMPARE(committed.first().at(1).toString(), m_git->headMessage());
    QVERIFY2(m_git->headMessage().contains(messagePart), qPrintable(m_git->headMessage()));
    QCOMPARE(doc.lastCommit(), committed.first().at(0).toString());
    QVERIFY(!doc.isDirty());

    // Comments the tool does not own survive.
    QVERIFY(onDisk.contains("# releases/2024-01-15-release.yaml"));
    QVERIFY(onDisk.contains("# No changes"));

    // The signer and the time were filled in: the user, now, whole seconds.
    const core::Manifest m = parsedFromDisk(*m_git);
    QString by;
    QDateTime at;
    if (const auto *e = std::get_if<core::SignOffEdit>(&edit)) {
        const core::Component *c = m.component(e->component);
        QVERIFY(c);
        by = e->value == core::SignOff::Approved ? c->approvedBy : c->rejectedBy;
        at = e->value == core::SignOff::Approved ? c->approvedAt : c->rejectedAt;
        if (e->value == core::SignOff::Rejected)
            QCOMPARE(c->reason, e->reason);
    } else if (const auto *e = std::get_if<core::ChecklistEdit>(&edit)) {
        const core::ChecklistItem &item = m.checklist.at(std::size_t(e->index));
        QCOMPARE(int(item.status), int(core::ChecklistStatus::Completed));
        by = item.completedBy;
        at = item.completedAt;
    } else if (const auto *e = std::get_if<core::ApprovalEdit>(&edit)) {
        const core::Approval *a = m.approval(e->role);
        QVERIFY(a);
        QCOMPARE(int(a->status), int(core::ApprovalStatus::Approved));
        by = a->approvedBy;
        at = a->approvedAt;
    }
    QCOMPARE(by, QStringLiteral("@tester"));
    QVERIFY2(at >= before && at <= after, qPrintable(at.toString(Qt::ISODateWithMs)));
    QCOMPARE(at.time().msec(), 0);
    QVERIFY(doc.manifest());
    QCOMPARE(*doc.manifest(), m);
}

void tst_ReleaseDocument::applyKeepsGivenSignerAndTime()
{
    ReleaseDocument doc;
    QVERIFY(doc.open(m_git->path(seedPath)));
    doc.setUser(QStringLiteral("@someone-else"));
    const QDateTime at(QDate(2024, 1, 14), QTime(16, 45), Qt::UTC);
    QVERIFY2(doc.apply(core::SignOffEdit{
                 QStringLiteral("api"), core::SignOff::Approved, QStringLiteral("@alice"), {}, at}),
             qPrintable(doc.lastError()));
    const core::Manifest afterFirst = parsedFromDisk(*m_git);
    const core::Component *api = afterFirst.component(QStringLiteral("api"));
    QVERIFY(api);
    QCOMPARE(api->approvedBy, QStringLiteral("@alice"));
    QCOMPARE(api->approvedAt, at);

    // Without an explicit signer the document's user is used.
    QVERIFY(doc.apply(
        core::ApprovalEdit{QStringLiteral("Tech Lead"), core::ApprovalStatus::Approved, {}, {}, at}));
    const core::Manifest afterSecond = parsedFromDisk(*m_git);
    QVERIFY(afterSecond.approval(QStringLiteral("Tech Lead")));
    QCOMPARE(afterSecond.approval(QStringLiteral("Tech Lead"))->approvedBy, QStringLiteral("@someone-else"));
}

void tst_ReleaseDocument::withoutAutoCommitTheFileStaysModified()
{
    ReleaseDocument doc;
    QVERIFY(doc.open(m_git->path(seedPath)));
    doc.setAutoCommit(false);
    QSignalSpy committed(&doc, &ReleaseDocument::committed);
    const int commitsBefore = m_git->commitCount();
    QVERIFY2(doc.apply(core::ChecklistEdit{0, true, {}, {}}), qPrintable(doc.lastError()));
    QCOMPARE(committed.count(), 0);
    QCOMPARE(m_git->commitCount(), commitsBefore);
    QCOMPARE(m_git->headBlob(seedPath), test::seedManifest());
    QVERIFY(m_git->read(seedPath) != test::seedManifest());
    QCOMPARE(int(doc.gitState()), int(core::FileState::Modified));
    QVERIFY(doc.isDirty());
}

void tst_ReleaseDocument::refusedEditLeavesFileAndHistory()
{
    ReleaseDocument doc;
    QVERIFY(doc.open(m_git->path(seedPath)));
    QSignalSpy failed(&doc, &ReleaseDocument::editFailed);
    QSignalSpy conflict(&doc, &ReleaseDocument::conflictDetected);
    QSignalSpy changed(&doc, &ReleaseDocument::changed);
    const int commitsBefore = m_git->commitCount();

    QVERIFY(!doc.apply(
        core::SignOffEdit{QStringLiteral("no-such-component"), core::SignOff::Approved, {}, {}, {}}));
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("no-such-component")),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(doc.lastError(), failed.first().first().toString());
    QCOMPARE(conflict.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_git->read(seedPath), test::seedManifest());
    QCOMPARE(m_git->commitCount(), commitsBefore);
}

void tst_ReleaseDocument::conflictWhenChangedOnDisk()
{
    ReleaseDocument doc;
    QVERIFY(doc.open(m_git->path(seedPath)));
    QByteArray theirs = test::seedManifest();
    theirs.replace("status: pending_approval", "status: approved");
    m_git->write(seedPath, theirs);

    QSignalSpy failed(&doc, &ReleaseDocument::editFailed);
    QSignalSpy conflict(&doc, &ReleaseDocument::conflictDetected);
    QVERIFY(!doc.apply(core::SignOffEdit{QStringLiteral("api"), core::SignOff::Approved, {}, {}, {}}));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(conflict.count(), 1);
    QCOMPARE(m_git->read(seedPath), theirs);
    QVERIFY(doc.isChangedOnDisk());

    // After a reload the same edit goes through, on top of their change.
    QVERIFY(doc.reload());
    QVERIFY2(doc.apply(core::SignOffEdit{QStringLiteral("api"), core::SignOff::Approved, {}, {}, {}}),
             qPrintable(doc.lastError()));
    const core::Manifest m = parsedFromDisk(*m_git);
    QCOMPARE(int(m.release.status), int(core::ReleaseStatus::Approved));
    QVERIFY(m.component(QStringLiteral("api")));
    QCOMPARE(int(m.component(QStringLiteral("api"))->signOff), int(core::SignOff::Approved));
}

void tst_ReleaseDocument::externalChangeIsAnnouncedOnce()
{
    ReleaseDocument doc;
    QVERIFY(doc.open(m_git->path(seedPath)));
    QSignalSpy onDisk(&doc, &ReleaseDocument::changedOnDisk);
    QByteArray theirs = test::seedManifest();
    theirs.replace("'@john.doe'", "'@jane'");
    m_git->write(seedPath, theirs);
    QTRY_COMPARE_WITH_TIMEOUT(onDisk.count(), 1, 5000);
    // Writing the same bytes again is no news.
    m_git->write(seedPath, theirs);
    QTest::qWait(200);
    QCOMPARE(onDisk.count(), 1);
    // A further, different change is.
    theirs.replace("'@jane'", "'@joan'");
    m_git->write(seedPath, theirs);
    QTRY_COMPARE_WITH_TIMEOUT(onDisk.count(), 2, 5000);
}

void tst_ReleaseDocument::ownSavesAreNotExternalChanges()
{
    ReleaseDocument doc;
    QVERIFY(doc.open(m_git->path(seedPath)));
    QSignalSpy onDisk(&doc, &ReleaseDocument::changedOnDisk);
    QVERIFY2(doc.apply(core::ChecklistEdit{0, true, {}, {}}), qPrintable(doc.lastError()));
    QVERIFY(doc.apply(core::ChecklistEdit{0, false, {}, {}}));
    QTest::qWait(200);
    QCOMPARE(onDisk.count(), 0);

    // The watch survives atomic saves: an external change after them is still seen.
    QByteArray theirs = m_git->read(seedPath);
    theirs.replace("'@john.doe'", "'@jane'");
    m_git->write(seedPath, theirs);
    QTRY_COMPARE_WITH_TIMEOUT(onDisk.count(), 1, 5000);
}

void tst_ReleaseDocument::reloadPicksUpTheChange()
{
    ReleaseDocument doc;
    QVERIFY(doc.open(m_git->path(seedPath)));
    QByteArray theirs = test::seedManifest();
    theirs.replace("'@john.doe'", "'@jane'");
    m_git->write(seedPath, theirs);
    QSignalSpy changed(&doc, &ReleaseDocument::changed);
    QVERIFY(doc.reload());
    QCOMPARE(changed.count(), 1);
    QVERIFY(doc.manifest());
    QCOMPARE(doc.manifest()->release.releaseManager, QStringLiteral("@jane"));
    QVERIFY(!doc.isChangedOnDisk());
    QCOMPARE(int(doc.gitState()), int(core::FileState::Modified));
}

void tst_ReleaseDocument::openingAnotherFileMovesTheWatch()
{
    const QString other = QStringLiteral("releases/other/rel-2024-02-06-001.yaml");
    QByteArray otherText = test::seedManifest();
    otherText.replace("rel-2024-01-15-001", "rel-2024-02-06-001");
    m_git->write(other, otherText);
    QVERIFY(m_git->commitAll(QStringLiteral("Another release")));

    ReleaseDocument doc;
    QVERIFY(doc.open(m_git->path(seedPath)));
    QVERIFY(doc.apply(core::ChecklistEdit{0, true, {}, {}}));
    QVERIFY(!doc.lastCommit().isEmpty());
    QVERIFY(doc.open(m_git->path(other)));
    QCOMPARE(doc.releaseId(), QStringLiteral("rel-2024-02-06-001"));
    QCOMPARE(doc.displayName(), other);
    QVERIFY(doc.lastCommit().isEmpty());

    QSignalSpy onDisk(&doc, &ReleaseDocument::changedOnDisk);
    QByteArray seed = m_git->read(seedPath);
    seed.replace("'@john.doe'", "'@jane'");
    m_git->write(seedPath, seed);
    otherText.replace("'@john.doe'", "'@jane'");
    m_git->write(other, otherText);
    QTRY_COMPARE_WITH_TIMEOUT(onDisk.count(), 1, 5000);
    QVERIFY(doc.reload());
    QVERIFY(doc.manifest());
    QCOMPARE(doc.manifest()->release.releaseManager, QStringLiteral("@jane"));
    QCOMPARE(doc.manifest()->release.id, QStringLiteral("rel-2024-02-06-001"));
}

void tst_ReleaseDocument::outsideACloneSavesWithoutCommitting()
{
    test::GitFixture plain;
    QVERIFY2(plain.init(false), qPrintable(plain.error()));
    const QString file = plain.write(QStringLiteral("release.yaml"), test::seedManifest());
    ReleaseDocument doc;
    QVERIFY(doc.open(file));
    QVERIFY(!doc.hasRepository());
    QCOMPARE(doc.displayName(), QStringLiteral("release.yaml"));
    QVERIFY(doc.user().isEmpty());

    // A decision needs someone to record.
    QSignalSpy failed(&doc, &ReleaseDocument::editFailed);
    QVERIFY(!doc.apply(core::SignOffEdit{QStringLiteral("api"), core::SignOff::Approved, {}, {}, {}}));
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("releaseconsole.user")),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(plain.read(QStringLiteral("release.yaml")), test::seedManifest());

    doc.setUser(QStringLiteral("@carol"));
    QSignalSpy committed(&doc, &ReleaseDocument::committed);
    QVERIFY2(doc.apply(core::SignOffEdit{QStringLiteral("api"), core::SignOff::Approved, {}, {}, {}}),
             qPrintable(doc.lastError()));
    QCOMPARE(committed.count(), 0);
    const core::ParseResult parsed =
        core::parseManifest(plain.read(QStringLiteral("release.yaml")), QStringLiteral("release.yaml"));
    QVERIFY(parsed.ok());
    QVERIFY(parsed.manifest->component(QStringLiteral("api")));
    QCOMPARE(parsed.manifest->component(QStringLiteral("api"))->approvedBy, QStringLiteral("@carol"));
}

void tst_ReleaseDocument::closeForgetsTheFile()
{
    ReleaseDocument doc;
    QVERIFY(doc.open(m_git->path(seedPath)));
    QSignalSpy changed(&doc, &ReleaseDocument::changed);
    QSignalSpy closed(&doc, &ReleaseDocument::closed);
    doc.close();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(closed.count(), 1);
    QVERIFY(!doc.isOpen());
    QVERIFY(!doc.manifest());
    QVERIFY(doc.path().isEmpty());
    QVERIFY(!doc.reload());
    QVERIFY(!doc.apply(core::ChecklistEdit{0, true, {}, {}}));
}

QTEST_MAIN(tst_ReleaseDocument)
#include "tst_releasedocument.moc"
