#include "demo/demoworkspace.h"
#include "git/repository.h"
#include "rules/repositoryrules.h"

#include "../git/gittestutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rc::core;
using namespace rc::test;

namespace {

QByteArray readData(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const Repository::Identity author{QStringLiteral("Test"), QStringLiteral("test@example.com")};

QString describe(const std::vector<Diagnostic> &list)
{
    QStringList out;
    for (const Diagnostic &d : list)
        out << d.toString();
    return out.join(QLatin1Char('\n'));
}

} // namespace

class tst_RepositoryRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void demoRules();
    void everyKey();
    void errors_data();
    void errors();
    void unknownKeysAreWarnings_data();
    void unknownKeysAreWarnings();
    void hostileInput_data();
    void hostileInput();
    void normalizeRulePath_data();
    void normalizeRulePath();
    void componentForPath_data();
    void componentForPath();

    void defaultsFromTopLevelDirectories();
    void defaultsNeedACommit();
    void loadFromTheWorkTree();
    void loadReportsTheFirstError();
    void demoWorkspace();
    void calendarKeys();

private:
    QTemporaryDir m_config;
};

void tst_RepositoryRules::initTestCase()
{
    QVERIFY(m_config.isValid());
    isolateGitConfig(m_config.path());
}

void tst_RepositoryRules::demoRules()
{
    const QByteArray bytes = readData(QStringLiteral(RC_SOURCE_DIR "/resources/demo/release-console.yaml"));
    QVERIFY(!bytes.isEmpty());
    const RulesResult result = parseRepositoryRules(bytes, QStringLiteral(".release-console.yaml"));
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    QVERIFY2(result.warnings.empty(), qPrintable(describe(result.warnings)));
    const RepositoryRules &rules = *result.rules;
    QVERIFY(rules.fromFile);
    QStringList names;
    for (const ComponentRule &c : rules.components)
        names << c.name;
    QCOMPARE(names, (QStringList{"api", "workers", "placement-service", "validation-service", "notification-service",
                                 "portal"}));
    const ComponentRule *portal = rules.component(QStringLiteral("portal"));
    QVERIFY(portal);
    QCOMPARE(portal->paths, QStringList{"nedlia-front-end/portal/"});
    QCOMPARE(portal->team, QStringLiteral("portal-team"));
    QCOMPARE(portal->teamLead, QStringLiteral("@carol"));
    QCOMPARE(portal->location, (SourceLocation{25, 5}));
    QCOMPARE(rules.github.repository, QStringLiteral("nedlia/nedlia"));
    QCOMPARE(rules.github.workflow, QStringLiteral("release-train.yml"));
    QCOMPARE(rules.github.ref, QStringLiteral("main"));
    QCOMPARE(rules.releaseTypes.size(), std::size_t(3));
    const ReleaseTypeRule *hotfix = rules.releaseType(QStringLiteral("hotfix"));
    QVERIFY(hotfix);
    QCOMPARE(hotfix->schedule, QStringLiteral("as_needed"));
    QCOMPARE(hotfix->window.duration, QStringLiteral("30m"));
    QCOMPARE(hotfix->approvals, (QStringList{"On-call", "Tech Lead"}));
    const ReleaseTypeRule *regular = rules.releaseType(QStringLiteral("regular"));
    QVERIFY(regular);
    QCOMPARE(regular->day, QStringLiteral("tuesday"));
    QCOMPARE(regular->window.start, QStringLiteral("10:00"));
    QCOMPARE(rules.notifications.size(), std::size_t(7));
    QCOMPARE(rules.notifications.back().priority, QStringLiteral("urgent"));
    QCOMPARE(rules.componentForPath(QStringLiteral("nedlia-back-end/services/placement-service/internal/scoring/score.go"))
                 ->name,
             QStringLiteral("placement-service"));
    QVERIFY(!rules.componentForPath(QStringLiteral("README.md")));
}

void tst_RepositoryRules::everyKey()
{
    const RulesResult result = parseRepositoryRules(readData(QStringLiteral(RC_TEST_DATA "/rules/full.yaml")),
                                                    QStringLiteral("full.yaml"));
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    QVERIFY2(result.warnings.empty(), qPrintable(describe(result.warnings)));
    const RepositoryRules &rules = *result.rules;
    QCOMPARE(rules.tagPattern, QStringLiteral("v*"));
    QCOMPARE(rules.components.size(), std::size_t(3));
    QCOMPARE(rules.components[0].paths, (QStringList{"services/api/", "services/api-docs"}));
    QCOMPARE(rules.components[2].paths, (QStringList{"README.md", "docs/guide/"}));
    QCOMPARE(rules.tagPatternFor(rules.components[0]), QStringLiteral("api/v*"));
    QCOMPARE(rules.tagPatternFor(rules.components[1]), QStringLiteral("v*"));
    QCOMPARE(rules.github.workflow, QStringLiteral("train.yml"));
    QCOMPARE(rules.github.ref, QStringLiteral("release"));
    QCOMPARE(rules.releaseType(QStringLiteral("regular"))->window.duration, QStringLiteral("2h"));
    QVERIFY(!rules.releaseType(QStringLiteral("major")));
    QCOMPARE(rules.notifications.size(), std::size_t(1));
    QCOMPARE(rules.components[1].allowedUsers, (QStringList{"@ivan", "Alice"}));
    QVERIFY(rules.components[0].allowedUsers.isEmpty());
    QCOMPARE(rules.signoffAllowedUsers, (QStringList{"@release-mgr", "ivan"}));
    // The component's own first, then the top-level ones; a login named twice ("@ivan", "ivan") once.
    QCOMPARE(rules.signoffAllowedUsersFor(QStringLiteral("api-auth")), (QStringList{"@ivan", "Alice", "@release-mgr"}));
    QCOMPARE(rules.signoffAllowedUsersFor(QStringLiteral("api")), (QStringList{"@release-mgr", "ivan"}));
    QCOMPARE(rules.signoffAllowedUsersFor(QStringLiteral("unknown")), (QStringList{"@release-mgr", "ivan"}));
}

void tst_RepositoryRules::errors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::addRow("break_glass_lasts not a duration")
        << QByteArray("components: []\nbreak_glass_lasts: soon\n") << 2 << 20
        << "break_glass_lasts: \"soon\" is not a duration; write hours and minutes such as 2h, 30m or 1h30m";
    QTest::addRow("break_glass_lasts over a week")
        << QByteArray("components: []\nbreak_glass_lasts: 200h\n") << 2 << 20
        << "break_glass_lasts \"200h\" is longer than a week; an override is for one deploy, such as 4h";
    QTest::addRow("duplicate component name")
        << QByteArray("components:\n  - name: api\n    paths: [a/]\n  - name: api\n    paths: [b/]\n") << 4 << 11
        << "component \"api\" is listed twice (first at line 2); give each component a different name";
    QTest::addRow("path claimed by two components")
        << QByteArray("components:\n  - name: a\n    paths: [x/]\n  - name: b\n    paths: [./x]\n") << 5 << 13
        << "path \"./x\" is already claimed by component \"a\" (line 3); a path belongs to one component: remove it "
           "from one of them, or list a deeper path";
    QTest::addRow("path listed twice in one component")
        << QByteArray("components:\n  - name: a\n    paths: [x/, x]\n") << 3 << 17
        << "path \"x\" is listed twice in this component (first at line 3); keep one";
    QTest::addRow("missing name") << QByteArray("components:\n  - paths: [a/]\n") << 2 << 5
                                  << "a component has no name:; add name: with a short id such as api";
    QTest::addRow("empty name") << QByteArray("components:\n  - name: ''\n    paths: [a/]\n") << 2 << 11
                                << "name is empty; give the component a name such as api";
    QTest::addRow("missing paths") << QByteArray("components:\n  - name: a\n    team: t\n") << 2 << 5
                                   << "component \"a\" has no paths:; add paths: with the directories or files it owns";
    QTest::addRow("empty paths") << QByteArray("components:\n  - name: a\n    paths: []\n") << 3 << 12
                                 << "paths is empty; list at least one directory or file such as dir/sub/";
    QTest::addRow("paths as text") << QByteArray("components:\n  - name: a\n    paths: a/\n") << 3 << 12
                                   << "paths must be a list such as [dir/sub/, README.md], not text (\"a/\")";
    QTest::addRow("path as a mapping") << QByteArray("components:\n  - name: a\n    paths: [{x: 1}]\n") << 3 << 13
                                       << "each entry of paths must be a path such as dir/sub/, not a mapping";
    QTest::addRow("path leaving the clone") << QByteArray("components:\n  - name: a\n    paths: [a/../../b/]\n") << 3
                                            << 13
                                            << "path \"a/../../b/\" leaves the clone with ..; write it relative to "
                                               "the clone's root (dir/sub/)";
    QTest::addRow("path of the whole clone") << QByteArray("components:\n  - name: a\n    paths: ['./']\n") << 3 << 13
                                             << "path \"./\" names the whole clone; list the directories or files "
                                                "this component owns (dir/sub/ or README.md)";
    QTest::addRow("name as a list") << QByteArray("components:\n  - name: [a]\n    paths: [a/]\n") << 2 << 11
                                    << "name must be text, not a list";
    QTest::addRow("team as a mapping") << QByteArray("components:\n  - name: a\n    paths: [a/]\n    team: {x: 1}\n")
                                       << 4 << 11 << "team must be text, not a mapping";
    QTest::addRow("components as a mapping") << QByteArray("components:\n  api: [a/]\n") << 2 << 3
                                             << "components must be a list of entries with name: and paths:, not a "
                                                "mapping";
    QTest::addRow("component as text") << QByteArray("components:\n  - api\n") << 2 << 5
                                       << "a component must be a mapping with name: and paths:, not text (\"api\")";
    QTest::addRow("no components") << QByteArray("tag_pattern: v*\n") << 1 << 1
                                   << "the rules have no components: list; add one entry per component with name: "
                                      "and paths:, or delete the file to use the top-level directories";
    QTest::addRow("top level as a list") << QByteArray("- a\n- b\n") << 1 << 1
                                         << "the rules must be a mapping with a components: list, not a list";
    QTest::addRow("tag pattern as a list") << QByteArray("tag_pattern: [v*]\ncomponents: []\n") << 1 << 14
                                           << "tag_pattern must be text, not a list";
    QTest::addRow("github as text") << QByteArray("components: []\ngithub: acme/mono\n") << 2 << 9
                                    << "github must be a mapping with repository:, workflow: and ref:, not text "
                                       "(\"acme/mono\")";
    QTest::addRow("release type approvals as text")
        << QByteArray("components: []\nrelease_types:\n  hotfix:\n    approvals: On-call\n") << 4 << 16
        << "approvals must be a list such as [a, b], not text (\"On-call\")";
    QTest::addRow("allowed users as text")
        << QByteArray("components:\n  - name: a\n    paths: [a/]\n    allowed_users: '@dan'\n") << 4 << 20
        << "allowed_users must be a list of GitHub logins such as ['@dan', '@erin'], not text (\"@dan\")";
    QTest::addRow("allowed user as a mapping")
        << QByteArray("components:\n  - name: a\n    paths: [a/]\n    allowed_users: [{dan: 1}]\n") << 4 << 21
        << "each entry of allowed_users must be a GitHub login such as '@dan', not a mapping";
    QTest::addRow("allowed user as a display name")
        << QByteArray("components:\n  - name: a\n    paths: [a/]\n    allowed_users:\n      - '@dan'\n      - Dan Smith\n")
        << 6 << 9
        << "\"Dan Smith\" in allowed_users is not a GitHub login; write the login as GitHub shows it, such as '@dan' "
           "(letters, digits and single hyphens, at most 39)";
    QTest::addRow("top-level allowed user as an e-mail address")
        << QByteArray("components: []\nsignoff_allowed_users: [dan@example.com]\n") << 2 << 25
        << "\"dan@example.com\" in signoff_allowed_users is not a GitHub login; write the login as GitHub shows it, "
           "such as '@dan' (letters, digits and single hyphens, at most 39)";
    QTest::addRow("allowed user with a double hyphen")
        << QByteArray("components: []\nsignoff_allowed_users: [a--b]\n") << 2 << 25
        << "\"a--b\" in signoff_allowed_users is not a GitHub login; write the login as GitHub shows it, "
           "such as '@dan' (letters, digits and single hyphens, at most 39)";
    QTest::addRow("window on a day that is not one")
        << QByteArray("components: []\nrelease_types:\n  regular:\n    day: tuesdai\n") << 4 << 10
        << "day of release type \"regular\": \"tuesdai\" is not a weekday; write one such as tuesday or tue";
    QTest::addRow("window starting at 25:00")
        << QByteArray("components: []\nrelease_types:\n  regular:\n    window: {start: '25:00', duration: 2h}\n") << 4 << 21
        << "window start of release type \"regular\": \"25:00\" is not a time of day; hours go from 00 to 23 and "
           "minutes from 00 to 59";
    QTest::addRow("window of zero length")
        << QByteArray("components: []\nrelease_types:\n  hotfix:\n    window:\n      duration: 0m\n") << 5 << 17
        << "window duration of release type \"hotfix\": duration \"0m\" is zero; a window lasts a positive time such "
           "as 2h or 30m";
    QTest::addRow("window of negative length")
        << QByteArray("components: []\nrelease_types:\n  regular:\n    window:\n      duration: -2h\n") << 5 << 17
        << "window duration of release type \"regular\": duration \"-2h\" is negative; a window lasts a positive time "
           "such as 2h or 30m";
    QTest::addRow("window longer than its week")
        << QByteArray("components: []\nrelease_types:\n  regular:\n    window:\n      duration: 200h\n") << 5 << 17
        << "window duration \"200h\" of release type \"regular\" is longer than its period (a week), so its windows "
           "would overlap; make it shorter";
    QTest::addRow("unknown schedule")
        << QByteArray("components: []\nrelease_types:\n  major:\n    schedule: fortnightly\n") << 4 << 15
        << "schedule \"fortnightly\" of release type \"major\" is not a schedule; write weekly, monthly or as_needed";
    QTest::addRow("unknown time zone") << QByteArray("components: []\ntimezone: Europe/Berlim\n") << 2 << 11
                                       << "timezone \"Europe/Berlim\" is not a time zone this system knows; write an IANA "
                                          "name such as Europe/Berlin, America/New_York or UTC";
    QTest::addRow("freeze with a bad date")
        << QByteArray("components: []\nfreezes:\n  - name: Launch\n    from: 2024-02-30\n    until: 2024-03-02\n")
        << 4 << 11 << "from of freeze \"Launch\": \"2024-02-30\" is not a date of the calendar; check the month and the day";
    QTest::addRow("freeze ending before it starts")
        << QByteArray("components: []\nfreezes:\n  - name: Launch\n    from: 2024-03-05\n    until: 2024-03-01\n")
        << 5 << 12 << "freeze \"Launch\" ends (2024-03-01) before it starts (2024-03-05); until: is the last day of the freeze";
    QTest::addRow("freeze with a bad month")
        << QByteArray("components: []\nfreezes:\n  - name: Holidays\n    yearly: Dez 20 - Jan 2\n") << 4 << 13
        << "freeze \"Holidays\": \"Dez\" is not a month; write one such as Dec or December";
    QTest::addRow("weekly freeze at 24:30")
        << QByteArray("components: []\nfreezes:\n  - name: Weekend\n    weekly: friday 24:30 - monday 08:00\n") << 4 << 13
        << "freeze \"Weekend\": \"24:30\" is not a time of day; hours go from 00 to 23 and minutes from 00 to 59";
    QTest::addRow("freeze for an unknown type")
        << QByteArray("components: []\nfreezes:\n  - name: Weekend\n    weekly: fri 16:00 - mon 08:00\n    applies_to: [canary]\n")
        << 5 << 17 << "applies_to of freeze \"Weekend\" names \"canary\", which is not a release type; use regular, hotfix, major";
    QTest::addRow("overlapping one-off freezes")
        << QByteArray("components: []\nfreezes:\n  - name: Launch\n    from: 2024-03-01\n    until: 2024-03-05\n"
                      "  - name: Audit\n    from: 2024-03-05\n    until: 2024-03-08\n")
        << 6 << 5 << "freeze \"Audit\" overlaps freeze \"Launch\" (line 3); merge them into one or move one of them so they "
                     "do not share a day";
    QTest::addRow("overlapping yearly freezes")
        << QByteArray("components: []\nfreezes:\n  - name: Year-end\n    yearly: Dec 20 - Jan 2\n"
                      "  - name: New year\n    yearly: Jan 1 - Jan 7\n")
        << 5 << 5 << "freeze \"New year\" overlaps freeze \"Year-end\" (line 3); merge them into one or move one of them so "
                     "they do not share a day";
    QTest::addRow("freeze without a period")
        << QByteArray("components: []\nfreezes:\n  - name: Launch\n") << 3 << 5
        << "freeze \"Launch\" needs exactly one period: from: and until: (dates), yearly: (such as Dec 20 - Jan 2) or "
           "weekly: (such as friday 16:00 - monday 08:00)";
    QTest::addRow("duplicate key") << QByteArray("components: []\ngithub:\n  ref: a\n  ref: b\n") << 4 << 3
                                   << "duplicate key \"ref\" (first at line 3); keep one of them";
    QTest::addRow("syntax error") << QByteArray("components:\n  - name: a\n    paths: [a/]\n   team: x\n") << 4 << 4
                                  << "";
    QTest::addRow("empty file") << QByteArray("# nothing\n") << 1 << 1
                                << "the file has no rules; add a components: list, or delete the file to use the "
                                   "top-level directories";
}

void tst_RepositoryRules::errors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const RulesResult result = parseRepositoryRules(yaml, QStringLiteral(".release-console.yaml"));
    QVERIFY(!result.ok());
    QVERIFY(!result.errors.empty());
    const Diagnostic &first = result.errors.front();
    QCOMPARE(first.severity, Diagnostic::Severity::Error);
    QCOMPARE(first.file, QStringLiteral(".release-console.yaml"));
    QVERIFY2(first.location == (SourceLocation{line, column}), qPrintable(describe(result.errors)));
    if (message.isEmpty())
        QVERIFY2(first.message.startsWith(QLatin1String("YAML syntax error: ")), qPrintable(first.message));
    else
        QCOMPARE(first.message, message);
    QVERIFY2(result.errors.size() == 1, qPrintable(describe(result.errors)));
}

void tst_RepositoryRules::unknownKeysAreWarnings_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::addRow("top level") << QByteArray("components: []\nslack: x\n") << 2 << 1
                               << "unknown key \"slack\" (ignored); known keys here: components, tag_pattern, github, "
                                  "release_types, timezone, freezes, enforce_windows, break_glass_lasts, notifications, "
                                  "signoff_allowed_users";
    QTest::addRow("component") << QByteArray("components:\n  - name: a\n    paths: [a/]\n    owner: x\n") << 4 << 5
                               << "unknown key \"owner\" in a component (ignored); known keys here: name, paths, team, "
                                  "team_lead, tag_pattern, allowed_users";
    QTest::addRow("github") << QByteArray("components: []\ngithub:\n  token: x\n") << 3 << 3
                            << "unknown key \"token\" in github (ignored); known keys here: repository, workflow, ref, api_url";
    QTest::addRow("release type")
        << QByteArray("components: []\nrelease_types:\n  major:\n    freeze: true\n") << 4 << 5
        << "unknown key \"freeze\" in release type \"major\" (ignored); known keys here: schedule, day, window, "
           "approvals";
}

void tst_RepositoryRules::unknownKeysAreWarnings()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const RulesResult result = parseRepositoryRules(yaml, QStringLiteral("r.yaml"));
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    QCOMPARE(result.warnings.size(), std::size_t(1));
    const Diagnostic &w = result.warnings.front();
    QCOMPARE(w.severity, Diagnostic::Severity::Warning);
    QCOMPARE(w.location, (SourceLocation{line, column}));
    QCOMPARE(w.message, message);
}

void tst_RepositoryRules::hostileInput_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("messageStart");

    QByteArray bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'j'; ++c) {
        const char p = char(c - 1);
        bomb += QByteArray(1, c) + ": &" + c + " [*" + p + ", *" + p + ", *" + p + ", *" + p + ", *" + p + ", *" + p
            + ", *" + p + ", *" + p + ", *" + p + ", *" + p + "]\n";
    }
    bomb += "components: []\n";
    QTest::addRow("alias bomb") << bomb << "the document expands to more than";
    QTest::addRow("deep flow nesting") << QByteArray("components: " + QByteArray(100000, '[')) << "collections are nested deeper";
    QByteArray deepBlock = "components:\n";
    for (int i = 0; i < 40; ++i)
        deepBlock += QByteArray(2 * i + 2, ' ') + "- \n";
    QTest::addRow("deep block nesting") << deepBlock << "collections are nested deeper";
    QTest::addRow("too large") << QByteArray(2 * 1024 * 1024, '#') << "the file is 2097152 bytes";
    QTest::addRow("NUL byte") << QByteArray("components: []\n\0", 16) << "the file contains NUL bytes";
}

void tst_RepositoryRules::hostileInput()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, messageStart);
    const RulesResult result = parseRepositoryRules(yaml, QStringLiteral("r.yaml"));
    QVERIFY(!result.ok());
    QVERIFY(!result.errors.empty());
    QVERIFY2(result.errors.front().message.startsWith(messageStart), qPrintable(describe(result.errors)));
}

void tst_RepositoryRules::normalizeRulePath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected"); // null: an error
    QTest::addRow("directory") << "a/b/" << "a/b/";
    QTest::addRow("file") << "README.md" << "README.md";
    QTest::addRow("leading dot slash") << "./a/" << "a/";
    QTest::addRow("leading slash") << "/a/b" << "a/b";
    QTest::addRow("doubled slashes and dots") << "a//./b/" << "a/b/";
    QTest::addRow("surrounding spaces") << "  a/ " << "a/";
    QTest::addRow("dot dot") << "a/../b" << QString();
    QTest::addRow("only dot dot") << ".." << QString();
    QTest::addRow("root") << "/" << QString();
    QTest::addRow("empty") << "" << QString();
    QTest::addRow("backslash") << "a\\b" << QString();
}

void tst_RepositoryRules::normalizeRulePath()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const Expected<QString> result = rc::core::normalizeRulePath(path);
    if (expected.isNull()) {
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(QLatin1Char('"') + path + QLatin1Char('"')),
                 qPrintable(result.error().message));
    } else {
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(*result, expected);
    }
}

void tst_RepositoryRules::componentForPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("component"); // empty: none
    QTest::addRow("inside a directory prefix") << "services/api/main.go" << "api";
    QTest::addRow("longest prefix wins") << "services/api/auth/login.go" << "api-auth";
    QTest::addRow("longer prefix does not own its sibling") << "services/api/authz.go" << "api";
    QTest::addRow("directory prefix is not a name prefix") << "services/apix/main.go" << "";
    QTest::addRow("directory prefix does not own a file of its name") << "services/api" << "";
    QTest::addRow("file prefix owns the file") << "README.md" << "docs";
    QTest::addRow("file prefix does not own a longer name") << "README.md.orig" << "";
    QTest::addRow("prefix without slash owns the file") << "services/api-docs" << "api";
    QTest::addRow("prefix without slash owns a directory") << "services/api-docs/index.md" << "api";
    QTest::addRow("normalised directory") << "docs/guide/start.md" << "docs";
    QTest::addRow("outside every component") << "Makefile" << "";
}

void tst_RepositoryRules::componentForPath()
{
    QFETCH(QString, path);
    QFETCH(QString, component);
    const RulesResult result = parseRepositoryRules(readData(QStringLiteral(RC_TEST_DATA "/rules/full.yaml")),
                                                    QStringLiteral("full.yaml"));
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    const ComponentRule *found = result.rules->componentForPath(path);
    QCOMPARE(found ? found->name : QString(), component);
    if (found)
        QVERIFY(found->owns(path));
}

void tst_RepositoryRules::defaultsFromTopLevelDirectories()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto repo = Repository::init(dir.path());
    QVERIFY2(repo, errorText(repo).constData());
    for (const char *file : {"backend/main.go", "frontend/src/app.ts", "docs/index.md", ".github/workflows/ci.yml",
                             "releases/rel-2024-01-02-001.yaml", "README.md"})
        QVERIFY(writeFile(dir.filePath(QLatin1String(file)), "x\n"));
    QVERIFY(repo->commitAll(QStringLiteral("chore: initial"), author));
    // An untracked directory is not in HEAD's tree, so it is no component.
    QVERIFY(writeFile(dir.filePath(QStringLiteral("scratch/notes.txt")), "x\n"));

    const Expected<RepositoryRules> rules = loadRepositoryRules(*repo);
    QVERIFY2(rules, errorText(rules).constData());
    QVERIFY(!rules->fromFile);
    QStringList names;
    for (const ComponentRule &c : rules->components) {
        names << c.name;
        QCOMPARE(c.paths, QStringList{c.name + QLatin1Char('/')});
    }
    QCOMPARE(names, (QStringList{"backend", "docs", "frontend"}));
    QCOMPARE(rules->componentForPath(QStringLiteral("frontend/src/app.ts"))->name, QStringLiteral("frontend"));
    QVERIFY(!rules->componentForPath(QStringLiteral("README.md")));
    QVERIFY(!rules->componentForPath(QStringLiteral("releases/rel-2024-01-02-001.yaml")));
}

void tst_RepositoryRules::defaultsNeedACommit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto repo = Repository::init(dir.path());
    QVERIFY(repo);
    const Expected<RepositoryRules> rules = loadRepositoryRules(*repo);
    QVERIFY(!rules);
    QVERIFY2(rules.error().message.startsWith(QLatin1String("the clone has no commits yet")),
             qPrintable(rules.error().message));
}

void tst_RepositoryRules::loadFromTheWorkTree()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto repo = Repository::init(dir.path());
    QVERIFY(repo);
    QVERIFY(writeFile(dir.filePath(QStringLiteral("backend/main.go")), "x\n"));
    QVERIFY(repo->commitAll(QStringLiteral("chore: initial"), author));
    // The work-tree file counts, committed or not, and replaces the derived components.
    QVERIFY(writeFile(dir.filePath(QStringLiteral(".release-console.yaml")),
                      "components:\n  - name: server\n    paths: [backend/]\n    extra: 1\n"));
    const RulesResult result = readRepositoryRules(*repo);
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    QCOMPARE(result.warnings.size(), std::size_t(1));
    QCOMPARE(result.warnings.front().file, QStringLiteral(".release-console.yaml"));
    QVERIFY(result.rules->fromFile);
    QCOMPARE(result.rules->components.size(), std::size_t(1));
    QCOMPARE(result.rules->components.front().name, QStringLiteral("server"));
}

void tst_RepositoryRules::loadReportsTheFirstError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto repo = Repository::init(dir.path());
    QVERIFY(repo);
    QVERIFY(writeFile(dir.filePath(QStringLiteral(".release-console.yaml")),
                      "components:\n  - name: a\n  - paths: [b/]\n"));
    const Expected<RepositoryRules> rules = loadRepositoryRules(*repo);
    QVERIFY(!rules);
    QCOMPARE(rules.error().location, QStringLiteral(".release-console.yaml:2:5"));
    QCOMPARE(rules.error().message, QStringLiteral("component \"a\" has no paths:; add paths: with the directories or "
                                                   "files it owns (and 1 more problem(s) in the same file)"));
}

void tst_RepositoryRules::demoWorkspace()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.filePath(QStringLiteral("demo"));
    const Expected<QString> created = createDemoWorkspace(root);
    QVERIFY2(created, errorText(created).constData());
    auto repo = Repository::discover(*created);
    QVERIFY(repo);
    const RulesResult result = readRepositoryRules(*repo);
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    QVERIFY2(result.warnings.empty(), qPrintable(describe(result.warnings)));
    QCOMPARE(result.rules->components.size(), std::size_t(6));
    // Every file of the demo's component folders belongs to the component that lists it.
    for (const QString &file : headFiles(repo->handle())) {
        if (!file.startsWith(QLatin1String("nedlia-")) || file.count(QLatin1Char('/')) < 3)
            continue;
        const ComponentRule *owner = result.rules->componentForPath(file);
        QVERIFY2(owner, qPrintable(file));
        QVERIFY2(file.contains(QLatin1Char('/') + owner->name + QLatin1Char('/')), qPrintable(file));
    }
}

void tst_RepositoryRules::calendarKeys()
{
    const QByteArray yaml = "components: []\n"
                            "timezone: Europe/Berlin\n"
                            "release_types:\n  major:\n    schedule: monthly\n    day: last friday\n"
                            "freezes:\n"
                            "  - name: Year-end\n    yearly: Dec 20 - Jan 2\n"
                            "  - name: Weekend\n    weekly: friday 16:00 - monday 08:00\n    applies_to: [regular, hotfix]\n"
                            "  - name: Launch\n    from: 2024-03-01 18:00\n    until: 2024-03-04\n";
    const RulesResult result = parseRepositoryRules(yaml, QStringLiteral(".release-console.yaml"));
    QVERIFY2(result.ok(), result.errors.empty() ? "" : qPrintable(result.errors.front().toString()));
    const RepositoryRules &rules = *result.rules;
    QCOMPARE(rules.timeZone, QStringLiteral("Europe/Berlin"));
    QVERIFY(rules.enforceWindows);
    // A weekly weekend freeze inside the yearly one is no overlap: they are different kinds.
    QCOMPARE(rules.freezes.size(), std::size_t(3));
    QCOMPARE(rules.freezes[0].kind, FreezeRule::Kind::Yearly);
    QCOMPARE(rules.freezes[0].location, (SourceLocation{8, 5}));
    QCOMPARE(rules.freezes[1].appliesTo, (QStringList{"regular", "hotfix"}));
    QCOMPARE(rules.freezes[2].fromTime, QTime(18, 0));
    QVERIFY(!rules.freezes[2].untilTime.isValid());
    QCOMPARE(rules.releaseTypes.front().location, (SourceLocation{4, 3}));

    // Without release types or freezes the windows are shown but do not gate; the key decides.
    const RulesResult plain = parseRepositoryRules("components: []\n", QStringLiteral("r.yaml"));
    QVERIFY(plain.ok());
    QVERIFY(!plain.rules->enforceWindows);
    const RulesResult off = parseRepositoryRules(yaml + "enforce_windows: false\n", QStringLiteral("r.yaml"));
    QVERIFY(off.ok());
    QVERIFY(!off.rules->enforceWindows);
    const RulesResult on = parseRepositoryRules("components: []\nenforce_windows: true\n", QStringLiteral("r.yaml"));
    QVERIFY(on.ok());
    QVERIFY(on.rules->enforceWindows);
}

QTEST_GUILESS_MAIN(tst_RepositoryRules)
#include "tst_repositoryrules.moc"
