// The checklist append edit (ChecklistAppendEdit) and the template tags of checklist items
// (phase, section, role, due): parsed, validated, kept by the other edits.
#include "manifestedit.h"
#include "manifestfile.h"
#include "manifestparser.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rc::core;

namespace {

const QString kData = QStringLiteral(RC_SOURCE_DIR "/tests/data");
const QDateTime kAt(QDate(2024, 1, 15), QTime(9, 30), Qt::UTC);

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

ChecklistItem templateItem(const char *text, const char *phase, const char *section, bool required,
                           const char *due = "", const char *role = "")
{
    ChecklistItem item;
    item.item = QString::fromUtf8(text);
    item.phase = QString::fromUtf8(phase);
    item.section = QString::fromUtf8(section);
    item.required = required;
    item.due = QString::fromUtf8(due);
    item.role = QString::fromUtf8(role);
    return item;
}

ChecklistAppendEdit releaseDayEdit()
{
    ChecklistAppendEdit edit;
    edit.source = QStringLiteral("release-day checklist");
    edit.items = {templateItem("Final staging validation", "release_day", "T-60 minutes", true, "T-60"),
                  templateItem("Team leads online", "release_day", "T-30 minutes", true, "T-30")};
    edit.by = QStringLiteral("@john.doe");
    edit.at = kAt;
    return edit;
}

/// The lines of `before` that `after` no longer has, counted as a multiset: a minimal-diff append
/// removes nothing, a tick removes only the old status line.
QList<QByteArray> removedLines(const QByteArray &before, const QByteArray &after)
{
    QList<QByteArray> remaining = after.split('\n');
    QList<QByteArray> removed;
    for (const QByteArray &line : before.split('\n')) {
        if (!remaining.removeOne(line))
            removed << line;
    }
    return removed;
}

} // namespace

class tst_ChecklistAppend : public QObject
{
    Q_OBJECT

private slots:
    void appendsMinimally_data();
    void appendsMinimally();
    void secondApplicationAddsNothing();
    void skipsItemsPresentAlready();
    void refusesFlowListWithItems();
    void tagsAreParsed();
    void badTagsAreErrors_data();
    void badTagsAreErrors();
    void tickKeepsTags();
    void refusedWhenChangedOnDisk();
    void describesTheAppend();
};

void tst_ChecklistAppend::appendsMinimally_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("expectedInsert"); ///< the text that must appear, as written
    QTest::addColumn<QByteArray>("followedBy"); ///< what must come right after the inserted block
    QTest::addColumn<QList<QByteArray>>("removed"); ///< lines of the old text that change

    const QByteArray block = "  - item: 'Final staging validation'\n"
                             "    phase: release_day\n"
                             "    section: 'T-60 minutes'\n"
                             "    due: T-60\n"
                             "    status: pending\n"
                             "    required: true\n"
                             "  - item: 'Team leads online'\n"
                             "    phase: release_day\n"
                             "    section: 'T-30 minutes'\n"
                             "    due: T-30\n"
                             "    status: pending\n"
                             "    required: true\n";

    QTest::addRow("seed: after the last item, before approvals")
        << readFile(kData + QStringLiteral("/manifests/seed.yaml")) << QByteArray("    required: true\n") + block
        << QByteArray("\napprovals:") << QList<QByteArray>{};

    QTest::addRow("no checklist key: placed before approvals and its comment")
        << QByteArray("release:\n  id: r1\n\n# who approves\napprovals:\n  - role: QA\n    status: pending\n")
        << QByteArray("checklist:\n") + block + "\n# who approves\napprovals:" << QByteArray() << QList<QByteArray>{};

    QTest::addRow("no checklist key and no approvals: at the end")
        << QByteArray("release:\n  id: r1\n") << QByteArray("  id: r1\n\nchecklist:\n") + block << QByteArray() << QList<QByteArray>{};

    QTest::addRow("empty flow list keeps its comment")
        << QByteArray("release:\n  id: r1\nchecklist: [] # filled later\napprovals: []\n")
        << QByteArray("checklist: # filled later\n") + block << QByteArray("approvals: []\n")
        << QList<QByteArray>{"checklist: [] # filled later"};

    QTest::addRow("empty key")
        << QByteArray("release:\n  id: r1\nchecklist:\napprovals: []\n") << QByteArray("checklist:\n") + block
        << QByteArray("approvals: []\n") << QList<QByteArray>{};

    QTest::addRow("indentless list keeps its indentation")
        << QByteArray("release:\n  id: r1\nchecklist:\n- item: one\n  status: pending\n\n# end\napprovals: []\n")
        << QByteArray("- item: one\n  status: pending\n- item: 'Final staging validation'\n  phase: release_day\n")
        << QByteArray() << QList<QByteArray>{};

    QTest::addRow("no final newline")
        << QByteArray("release:\n  id: r1\nchecklist:\n  - item: one\n    status: pending")
        << QByteArray("    status: pending\n") + block.chopped(1) << QByteArray() << QList<QByteArray>{};
}

void tst_ChecklistAppend::appendsMinimally()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, expectedInsert);
    QFETCH(QByteArray, followedBy);
    QFETCH(QList<QByteArray>, removed);

    const ParseResult parsed = parseManifest(before, QStringLiteral("r.yaml"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errors.empty() ? QString() : parsed.errors.front().toString()));
    const Expected<QByteArray> after = applyEdit(before, QStringLiteral("r.yaml"), releaseDayEdit());
    QVERIFY2(after, qPrintable(after ? QString() : after.error().toString()));
    const qsizetype at = after->indexOf(expectedInsert);
    QVERIFY2(at >= 0, after->constData());
    if (!followedBy.isEmpty())
        QVERIFY2(after->mid(at + expectedInsert.size()).startsWith(followedBy), after->constData());
    QCOMPARE(removedLines(before, *after), removed);

    const ParseResult reparsed = parseManifest(*after, QStringLiteral("r.yaml"));
    QVERIFY(reparsed.ok());
    const auto &list = reparsed.manifest->checklist;
    QCOMPARE(list.size(), parsed.manifest->checklist.size() + 2);
    QCOMPARE(list.back().item, QStringLiteral("Team leads online"));
    QCOMPARE(list.back().due, QStringLiteral("T-30"));
    QCOMPARE(list.back().phase, QStringLiteral("release_day"));
    QCOMPARE(list.back().section, QStringLiteral("T-30 minutes"));
    QVERIFY(list.back().required);
    QVERIFY(list.back().status == ChecklistStatus::Pending);
}

void tst_ChecklistAppend::secondApplicationAddsNothing()
{
    const QByteArray seed = readFile(kData + QStringLiteral("/manifests/seed.yaml"));
    const Expected<QByteArray> once = applyEdit(seed, QStringLiteral("seed.yaml"), releaseDayEdit());
    QVERIFY(once);
    const ParseResult parsed = parseManifest(*once, QStringLiteral("seed.yaml"));
    QVERIFY(checklistItemsToAdd(*parsed.manifest, releaseDayEdit().items).empty());
    const Expected<QByteArray> twice = applyEdit(*once, QStringLiteral("seed.yaml"), releaseDayEdit());
    QVERIFY(!twice);
    QVERIFY2(twice.error().message.contains(QStringLiteral("nothing to add")), qPrintable(twice.error().message));
}

void tst_ChecklistAppend::skipsItemsPresentAlready()
{
    const QByteArray seed = readFile(kData + QStringLiteral("/manifests/seed.yaml"));
    ChecklistAppendEdit edit = releaseDayEdit();
    // The seed has this one (without tags): it stays as it is and is not added again.
    edit.items.insert(edit.items.begin(), templateItem("On-call team notified", "pre_release", "Team Readiness", true));
    const Expected<QByteArray> after = applyEdit(seed, QStringLiteral("seed.yaml"), edit);
    QVERIFY(after);
    QCOMPARE(after->count("On-call team notified"), seed.count("On-call team notified"));
    const ParseResult parsed = parseManifest(*after, QStringLiteral("seed.yaml"));
    QCOMPARE(parsed.manifest->checklist.size(), std::size_t(9));
    QCOMPARE(describeEdit(*parseManifest(seed, QStringLiteral("seed.yaml")).manifest, edit),
             QStringLiteral("release(rel-2024-01-15-001): release-day checklist added (2 items) by @john.doe"));
}

void tst_ChecklistAppend::refusesFlowListWithItems()
{
    const QByteArray text = "release:\n  id: r1\nchecklist: [{item: one, status: pending}]\n";
    const Expected<QByteArray> after = applyEdit(text, QStringLiteral("r.yaml"), releaseDayEdit());
    QVERIFY(!after);
    QVERIFY2(after.error().message.contains(QStringLiteral("flow style")), qPrintable(after.error().message));
}

void tst_ChecklistAppend::tagsAreParsed()
{
    const QByteArray text = "release:\n  id: r1\nchecklist:\n"
                            "  - item: 'Migration scripts reviewed'\n    phase: signoff\n    role: dba\n"
                            "    section: 'DBA Sign-off'\n    status: pending\n"
                            "  - item: 'Error rates normal'\n    phase: release_day\n    due: post\n    status: pending\n"
                            "  - item: 'Warm caches'\n    due: T+15\n";
    const ParseResult parsed = parseManifest(text, QStringLiteral("r.yaml"));
    QVERIFY(parsed.ok());
    QVERIFY(parsed.warnings.empty());
    const auto &list = parsed.manifest->checklist;
    QCOMPARE(list.at(0).role, QStringLiteral("dba"));
    QCOMPARE(list.at(0).phase, QStringLiteral("signoff"));
    QCOMPARE(list.at(0).section, QStringLiteral("DBA Sign-off"));
    QCOMPARE(list.at(1).due, QStringLiteral("post"));
    QCOMPARE(list.at(2).due, QStringLiteral("T+15"));
}

void tst_ChecklistAppend::badTagsAreErrors_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("expected");
    QTest::addRow("unknown phase") << QByteArray("phase: launch") << QStringLiteral("r.yaml:5:12: phase must be one of");
    QTest::addRow("due in hours") << QByteArray("due: T-1h") << QStringLiteral("r.yaml:5:10: due must be");
    QTest::addRow("due past a week") << QByteArray("due: T-20000") << QStringLiteral("r.yaml:5:10: due must be");
    QTest::addRow("role with spaces") << QByteArray("role: QA Lead") << QStringLiteral("r.yaml:5:11: role must be");
    QTest::addRow("section as a list") << QByteArray("section: [a, b]") << QStringLiteral("r.yaml:5:14: section must be text");
}

void tst_ChecklistAppend::badTagsAreErrors()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, expected);
    const QByteArray text = "release:\n  id: r1\nchecklist:\n  - item: one\n    " + line + "\n";
    const ParseResult parsed = parseManifest(text, QStringLiteral("r.yaml"));
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.errors.front().toString().startsWith(expected), qPrintable(parsed.errors.front().toString()));
}

void tst_ChecklistAppend::tickKeepsTags()
{
    const QByteArray seed = readFile(kData + QStringLiteral("/manifests/seed.yaml"));
    const Expected<QByteArray> appended = applyEdit(seed, QStringLiteral("seed.yaml"), releaseDayEdit());
    QVERIFY(appended);
    const Expected<QByteArray> ticked =
        applyEdit(*appended, QStringLiteral("seed.yaml"), ChecklistEdit{8, true, QStringLiteral("@carol"), kAt});
    QVERIFY2(ticked, qPrintable(ticked ? QString() : ticked.error().toString()));
    QVERIFY(ticked->contains("    due: T-30\n    status: completed\n    completed_by: '@carol'\n"
                             "    completed_at: '2024-01-15T09:30:00Z'\n    required: true\n"));
    QCOMPARE(removedLines(*appended, *ticked), QList<QByteArray>{"    status: pending"});
    const ParseResult parsed = parseManifest(*ticked, QStringLiteral("seed.yaml"));
    QCOMPARE(parsed.manifest->checklist.at(8).completedBy, QStringLiteral("@carol"));
    QCOMPARE(parsed.manifest->checklist.at(8).due, QStringLiteral("T-30"));
}

void tst_ChecklistAppend::refusedWhenChangedOnDisk()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.yaml"));
    const QByteArray seed = readFile(kData + QStringLiteral("/manifests/seed.yaml"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(seed);
    }
    Expected<ManifestFile> file = ManifestFile::load(path, QStringLiteral("r.yaml"));
    QVERIFY(file);
    const QByteArray changed = seed + "# edited by hand\n";
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(changed);
    }
    QVERIFY(!file->applyAndSave(releaseDayEdit()));
    QCOMPARE(readFile(path), changed);
}

void tst_ChecklistAppend::describesTheAppend()
{
    ChecklistAppendEdit edit = releaseDayEdit();
    edit.items.resize(1);
    QCOMPARE(describeEdit(QStringLiteral("r1"), edit),
             QStringLiteral("release(r1): release-day checklist added (1 item) by @john.doe"));
}

QTEST_GUILESS_MAIN(tst_ChecklistAppend)
#include "tst_checklistappend.moc"
