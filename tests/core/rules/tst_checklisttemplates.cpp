// The built-in checklist templates, a clone's own templates, applying them to a new release, and
// telling whether a release has database migrations (the DBA sign-off checklist).
#include "rules/checklisttemplates.h"

#include "git/repository.h"
#include "manifest/manifestparser.h"
#include "rules/repositoryrules.h"

#include "../release/releasetestutil.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace rc::core;

namespace {

bool writeOverride(const QString &root, const QString &name, const QByteArray &text)
{
    return rc::test::writeFile(QDir(root).filePath(checklistOverridePath(name)), text);
}

} // namespace

class tst_ChecklistTemplates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyBuiltInParses_data();
    void everyBuiltInParses();
    void seedTextsAndRequired();
    void names_data();
    void names();
    void overrideReplacesBuiltIn();
    void brokenOverride_data();
    void brokenOverride();
    void newReleaseChecklist();
    void textForRelease_data();
    void textForRelease();
    void migrations();

private:
    QTemporaryDir m_dir;
};

void tst_ChecklistTemplates::initTestCase()
{
    QVERIFY(m_dir.isValid());
    rc::test::isolateGitConfig(m_dir.path());
}

void tst_ChecklistTemplates::everyBuiltInParses_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("phase");
    const QList<std::pair<const char *, int>> expected{{"pre-release", 28}, {"release-day", 20}, {"signoff-team_lead", 5},
                                                       {"signoff-qa_lead", 4}, {"signoff-security", 4}, {"signoff-dba", 4},
                                                       {"signoff-release_manager", 5}};
    for (const auto &[name, count] : expected) {
        const QString n = QString::fromLatin1(name);
        QTest::addRow("%s", name) << n << count
                                  << (n == QLatin1String("pre-release")   ? QStringLiteral("pre_release")
                                      : n == QLatin1String("release-day") ? QStringLiteral("release_day")
                                                                          : QStringLiteral("signoff"));
    }
}

void tst_ChecklistTemplates::everyBuiltInParses()
{
    QFETCH(QString, name);
    QFETCH(int, count);
    QFETCH(QString, phase);
    QVERIFY(builtInChecklistTemplateNames().contains(name));
    const Expected<ChecklistTemplate> t = loadChecklistTemplate({}, name);
    QVERIFY2(t, qPrintable(t ? QString() : t.error().toString()));
    QCOMPARE(t->name, name);
    QVERIFY(t->builtIn);
    QCOMPARE(int(t->items.size()), count);
    for (const ChecklistItem &item : t->items) {
        QCOMPARE(item.phase, phase);
        QVERIFY(!item.section.isEmpty());
        QVERIFY(item.status == ChecklistStatus::Pending);
        if (phase == QLatin1String("signoff"))
            QCOMPARE(QStringLiteral("signoff-") + item.role, name);
        // Each template item is something a manifest can hold: it survives the manifest parser.
        QVERIFY(isChecklistDue(item.due) || item.due.isEmpty());
    }
    // No warnings either: the files use only keys the parser knows.
    QFile file(t->source);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(parseChecklistTemplate(file.readAll(), t->source).warnings.empty());
}

void tst_ChecklistTemplates::seedTextsAndRequired()
{
    const Expected<ChecklistTemplate> day = loadChecklistTemplate({}, QStringLiteral("release-day"));
    QVERIFY(day);
    QCOMPARE(day->items.front().item, QStringLiteral("Final staging validation"));
    QCOMPARE(day->items.front().due, QStringLiteral("T-60"));
    QCOMPARE(day->items.front().section, QStringLiteral("T-60 minutes"));
    QStringList required;
    QStringList dues;
    for (const ChecklistItem &item : day->items) {
        if (item.required)
            required << item.due;
        if (!dues.contains(item.due))
            dues << item.due;
    }
    QCOMPARE(dues, (QStringList{"T-60", "T-30", "T-0", "during", "post"}));
    QCOMPARE(required.size(), 8);
    QVERIFY(required.count(QStringLiteral("T-60")) == 4 && required.count(QStringLiteral("T-30")) == 4);
    QCOMPARE(day->items.at(11).item, QString::fromUtf8("Each component: Deploy \u2192 Verify \u2192 Next"));

    const Expected<ChecklistTemplate> rm = loadChecklistTemplate({}, QStringLiteral("signoff-release_manager"));
    QVERIFY(rm);
    const auto rollback = std::find_if(rm->items.begin(), rm->items.end(),
                                       [](const ChecklistItem &i) { return i.item == QLatin1String("Rollback plan documented"); });
    QVERIFY(rollback != rm->items.end() && rollback->required);

    const Expected<ChecklistTemplate> pre = loadChecklistTemplate({}, QStringLiteral("pre-release"));
    QVERIFY(pre);
    QStringList sections;
    for (const ChecklistItem &item : pre->items)
        if (!sections.contains(item.section))
            sections << item.section;
    QCOMPARE(sections, (QStringList{"Code Quality", "Testing", "Staging Validation", "Documentation", "Infrastructure",
                                    "Team Readiness", "Communication"}));
    QCOMPARE(pre->items.at(4).item, QStringLiteral("Unit tests passing (100%)"));

    const Expected<ChecklistTemplate> dba = loadChecklistTemplate({}, QStringLiteral("signoff-dba"));
    QVERIFY(dba);
    QCOMPARE(dba->appliesWhen, QStringLiteral("migrations"));
}

void tst_ChecklistTemplates::names_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("expected"); ///< empty: an error
    QTest::addRow("pre-release") << "pre-release" << "pre-release";
    QTest::addRow("role shorthand") << "role:qa_lead" << "signoff-qa_lead";
    QTest::addRow("bare role") << "dba" << "signoff-dba";
    QTest::addRow("full name") << "signoff-security" << "signoff-security";
    QTest::addRow("unknown role") << "role:ceo" << "";
    QTest::addRow("path") << "../x" << "";
}

void tst_ChecklistTemplates::names()
{
    QFETCH(QString, spec);
    QFETCH(QString, expected);
    const Expected<QString> name = checklistTemplateName(spec);
    if (expected.isEmpty()) {
        QVERIFY(!name);
        QVERIFY2(name.error().message.contains(QStringLiteral("role:release_manager")), qPrintable(name.error().message));
    } else {
        QVERIFY(name);
        QCOMPARE(*name, expected);
    }
}

void tst_ChecklistTemplates::overrideReplacesBuiltIn()
{
    const QString root = m_dir.filePath(QStringLiteral("override"));
    QVERIFY(writeOverride(root, QStringLiteral("release-day"),
                          "name: release-day\nphase: release_day\nitems:\n  - item: 'Coffee'\n    due: T-90\n    required: true\n"));
    QVERIFY(writeOverride(root, QStringLiteral("go-live"), "items:\n  - item: 'Flip the flag'\n    phase: release_day\n"));
    const Expected<ChecklistTemplate> t = loadChecklistTemplate(root, QStringLiteral("release-day"));
    QVERIFY(t);
    QVERIFY(!t->builtIn);
    QCOMPARE(t->source, QStringLiteral(".release-console/checklists/release-day.yaml"));
    QCOMPARE(int(t->items.size()), 1);
    QCOMPARE(t->items.front().due, QStringLiteral("T-90"));
    QVERIFY(availableChecklistTemplates(root).contains(QStringLiteral("go-live")));
    const Expected<QString> extra = checklistTemplateName(QStringLiteral("go-live"), root);
    QVERIFY(extra);
    const Expected<ChecklistTemplate> goLive = loadChecklistTemplate(root, *extra);
    QVERIFY(goLive);
    QCOMPARE(goLive->name, QStringLiteral("go-live"));
}

void tst_ChecklistTemplates::brokenOverride_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("message");
    QTest::addRow("yaml syntax") << QByteArray("items:\n  - item: x\n    required: true\n   - item: y\n") << ":4:" << "YAML syntax error";
    QTest::addRow("bad due") << QByteArray("items:\n  - item: x\n    due: soon\n") << ":3:10" << "due must be";
    QTest::addRow("no text") << QByteArray("items:\n  - section: A\n") << ":2:5" << "no item: text";
    QTest::addRow("bad phase") << QByteArray("phase: later\nitems:\n  - item: x\n") << ":1:8" << "phase must be one of";
    QTest::addRow("no items") << QByteArray("name: x\n") << ":1:1" << "has no items";
    QTest::addRow("duplicate") << QByteArray("items:\n  - item: x\n  - item: x\n") << ":3:5" << "listed twice";
    QTest::addRow("required not bool") << QByteArray("items:\n  - item: x\n    required: maybe\n") << ":3:15" << "required must be true or false";
}

void tst_ChecklistTemplates::brokenOverride()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, location);
    QFETCH(QString, message);
    const QString root = m_dir.filePath(QStringLiteral("broken-%1").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    QVERIFY(writeOverride(root, QStringLiteral("pre-release"), text));
    const Expected<ChecklistTemplate> t = loadChecklistTemplate(root, QStringLiteral("pre-release"));
    QVERIFY(!t);
    const QString shown = t.error().toString();
    QVERIFY2(shown.startsWith(QStringLiteral(".release-console/checklists/pre-release.yaml") + location), qPrintable(shown));
    QVERIFY2(shown.contains(message), qPrintable(shown));
    // The built-in is not quietly used instead, and the create path fails the same way.
    QVERIFY2(shown.contains(QStringLiteral("not used in its place")), qPrintable(shown));
    const auto merged = checklistWithTemplates(root, {}, newReleaseChecklistTemplateNames());
    QVERIFY(!merged);
    QCOMPARE(merged.error().toString(), shown);
}

void tst_ChecklistTemplates::textForRelease_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QDateTime>("scheduled");
    QTest::addColumn<QString>("expected");
    const QString channel = QStringLiteral("Release channel opened (#release-{release_date})");
    QTest::addRow("scheduled day (UTC)") << channel << "rel-2024-01-15-001" << QDateTime(QDate(2024, 1, 16), QTime(23, 30), Qt::UTC)
                                         << "Release channel opened (#release-2024-01-16)";
    QTest::addRow("date in the id") << channel << "rel-2024-01-15-001" << QDateTime() << "Release channel opened (#release-2024-01-15)";
    QTest::addRow("neither: the id") << channel << "payments-hotfix" << QDateTime() << "Release channel opened (#release-payments-hotfix)";
    QTest::addRow("impossible date in the id") << channel << "rel-2024-13-45" << QDateTime() << "Release channel opened (#release-rel-2024-13-45)";
    QTest::addRow("release id") << "Tag {release_id} pushed" << "rel-9" << QDateTime() << "Tag rel-9 pushed";
    QTest::addRow("no placeholder") << "Smoke tests passing" << "rel-9" << QDateTime() << "Smoke tests passing";
    QTest::addRow("unknown braces kept") << "Check {other}" << "rel-9" << QDateTime() << "Check {other}";
}

void tst_ChecklistTemplates::textForRelease()
{
    QFETCH(QString, text);
    QFETCH(QString, id);
    QFETCH(QDateTime, scheduled);
    QFETCH(QString, expected);
    QCOMPARE(checklistTextForRelease(text, id, scheduled), expected);
}

void tst_ChecklistTemplates::newReleaseChecklist()
{
    ChecklistItem gate;
    gate.item = QStringLiteral("On-call team notified");
    gate.required = true;
    ChecklistItem perf;
    perf.item = QStringLiteral("Performance regression check");
    const auto merged = checklistWithTemplates({}, {gate, perf}, newReleaseChecklistTemplateNames());
    QVERIFY(merged);
    QCOMPARE(int(merged->size()), 2 + 28 - 1 + 20);
    // The gate item keeps its place and takes the template's structure.
    QCOMPARE(merged->at(0).item, QStringLiteral("On-call team notified"));
    QCOMPARE(merged->at(0).section, QStringLiteral("Team Readiness"));
    QCOMPARE(merged->at(0).phase, QStringLiteral("pre_release"));
    QVERIFY(merged->at(0).required);
    QCOMPARE(merged->at(1).phase, QString());
    QCOMPARE(merged->at(2).item, QStringLiteral("All PRs merged to main"));
    QCOMPARE(merged->back().due, QStringLiteral("post"));
}

void tst_ChecklistTemplates::migrations()
{
    const QString dir = m_dir.filePath(QStringLiteral("repo"));
    std::optional<Repository> repo = rc::test::makeSmallRepo(dir);
    QVERIFY(repo);
    const Expected<RepositoryRules> rules = loadRepositoryRules(*repo);
    QVERIFY(rules);
    Manifest m;
    m.release.id = QStringLiteral("r1");
    Component api;
    api.name = QStringLiteral("api");
    Component web;
    web.name = QStringLiteral("web");
    m.components = {api, web};

    Expected<MigrationCheck> before = checkMigrations(*repo, *rules, m, QStringLiteral("v2024.1"));
    QVERIFY2(before, qPrintable(before ? QString() : before.error().toString()));
    QVERIFY(!before->hasMigrations);

    QVERIFY(rc::test::commitChange(*repo, QStringLiteral("api/db/migrations/0002_bulk.sql"),
                                   QStringLiteral("feat(api): bulk table"), 1704070000));
    // A file merely named like it elsewhere does not count.
    QVERIFY(rc::test::commitChange(*repo, QStringLiteral("web/src/migrations.ts"), QStringLiteral("fix(web): typo"),
                                   1704070100));
    const Expected<MigrationCheck> after = checkMigrations(*repo, *rules, m, QStringLiteral("v2024.1"));
    QVERIFY(after);
    QVERIFY(after->hasMigrations);
    QCOMPARE(after->components, QStringList{QStringLiteral("api")});

    // Without a range given: since the last tag.
    const Expected<MigrationCheck> sinceTag = checkMigrations(*repo, *rules, m);
    QVERIFY(sinceTag);
    QVERIFY(sinceTag->hasMigrations);
    QVERIFY(!sinceTag->since.isEmpty());

    // A component that needs no sign-off is not the release's concern.
    m.components.front().signOff = SignOff::NotRequired;
    const Expected<MigrationCheck> skipped = checkMigrations(*repo, *rules, m, QStringLiteral("v2024.1"));
    QVERIFY(skipped);
    QVERIFY(!skipped->hasMigrations);
}

QTEST_GUILESS_MAIN(tst_ChecklistTemplates)
#include "tst_checklisttemplates.moc"
