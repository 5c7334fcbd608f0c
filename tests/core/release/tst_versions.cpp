#include "rules/versions.h"

#include "demo/demoworkspace.h"
#include "git/repository.h"
#include "rules/repositoryrules.h"
#include "workspace/workspace.h"

#include "../git/gittestutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rc::core;

namespace {

CommitInfo commit(const QString &type, bool breaking = false)
{
    CommitInfo c;
    c.type = type;
    c.subject = type.isEmpty() ? QStringLiteral("Update things") : type + QStringLiteral(": something");
    c.breaking = breaking;
    return c;
}

std::vector<CommitInfo> commits(const QStringList &types)
{
    std::vector<CommitInfo> list;
    for (const QString &t : types)
        list.push_back(t.endsWith(QLatin1Char('!')) ? commit(t.chopped(1), true) : commit(t == QLatin1String("-") ? QString() : t));
    return list;
}

} // namespace

class tst_Versions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parse_data();
    void parse();
    void precedence_data();
    void precedence();
    void suggest_data();
    void suggest();
    void versionFromTag_data();
    void versionFromTag();
    void tagMatches_data();
    void tagMatches();
    void fromTags_data();
    void fromTags();
    void demoCurrentVersions_data();
    void demoCurrentVersions();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void tst_Versions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    rc::test::isolateGitConfig(m_dir.path());
    const Expected<QString> demo = createDemoWorkspace(m_dir.filePath(QStringLiteral("demo")));
    QVERIFY2(demo, rc::test::errorText(demo).constData());
    m_demo = *demo;
}

void tst_Versions::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("written");
    QTest::addColumn<bool>("preRelease");

    QTest::addRow("plain") << "1.2.3" << true << "1.2.3" << false;
    QTest::addRow("with v") << "v1.2.3" << true << "v1.2.3" << false;
    QTest::addRow("zeros") << "0.0.0" << true << "0.0.0" << false;
    QTest::addRow("pre-release") << "v2.0.0-rc.1" << true << "v2.0.0-rc.1" << true;
    QTest::addRow("pre-release and build") << "1.0.0-alpha.beta+exp.sha.5114f85" << true << "1.0.0-alpha.beta+exp.sha.5114f85" << true;
    QTest::addRow("build only") << "1.0.0+20130313144700" << true << "1.0.0+20130313144700" << false;
    QTest::addRow("hyphen in pre-release") << "1.0.0-x-y-z.--" << true << "1.0.0-x-y-z.--" << true;
    QTest::addRow("two parts") << "1.2" << false << "" << false;
    QTest::addRow("four parts") << "1.2.3.4" << false << "" << false;
    QTest::addRow("leading zero") << "01.2.3" << false << "" << false;
    QTest::addRow("date-like tag") << "v2024.01.08" << false << "" << false;
    QTest::addRow("leading zero in numeric pre-release") << "1.0.0-01" << false << "" << false;
    QTest::addRow("empty pre-release identifier") << "1.0.0-a..b" << false << "" << false;
    QTest::addRow("empty build") << "1.0.0+" << false << "" << false;
    QTest::addRow("capital V") << "V1.0.0" << false << "" << false;
    QTest::addRow("negative") << "-1.0.0" << false << "" << false;
    QTest::addRow("letters") << "a.b.c" << false << "" << false;
    QTest::addRow("empty") << "" << false << "" << false;
    QTest::addRow("huge number") << "99999999999.0.0" << false << "" << false;
}

void tst_Versions::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, written);
    QFETCH(bool, preRelease);
    const std::optional<Version> v = Version::parse(text);
    QCOMPARE(v.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(v->toString(), written);
    QCOMPARE(v->isPreRelease(), preRelease);
}

void tst_Versions::precedence_data()
{
    QTest::addColumn<QString>("lower");
    QTest::addColumn<QString>("higher");

    // semver.org, item 11.
    QTest::addRow("major") << "1.9.9" << "2.0.0";
    QTest::addRow("minor numeric, not text") << "2.9.0" << "2.10.0";
    QTest::addRow("patch") << "2.1.0" << "2.1.1";
    QTest::addRow("pre-release before release") << "1.0.0-alpha" << "1.0.0";
    QTest::addRow("alpha < alpha.1") << "1.0.0-alpha" << "1.0.0-alpha.1";
    QTest::addRow("alpha.1 < alpha.beta") << "1.0.0-alpha.1" << "1.0.0-alpha.beta";
    QTest::addRow("alpha.beta < beta") << "1.0.0-alpha.beta" << "1.0.0-beta";
    QTest::addRow("beta < beta.2") << "1.0.0-beta" << "1.0.0-beta.2";
    QTest::addRow("beta.2 < beta.11 (numeric)") << "1.0.0-beta.2" << "1.0.0-beta.11";
    QTest::addRow("beta.11 < rc.1") << "1.0.0-beta.11" << "1.0.0-rc.1";
    QTest::addRow("rc.1 < release") << "1.0.0-rc.1" << "1.0.0";
    QTest::addRow("v prefix ignored") << "v1.0.0" << "1.0.1";
    QTest::addRow("uppercase before lowercase (ASCII)") << "1.0.0-RC" << "1.0.0-rc";
}

void tst_Versions::precedence()
{
    QFETCH(QString, lower);
    QFETCH(QString, higher);
    const Version a = *Version::parse(lower);
    const Version b = *Version::parse(higher);
    QVERIFY(a < b);
    QVERIFY(b > a);
    QVERIFY(a != b);
    // Build metadata and the "v" do not count.
    QVERIFY(*Version::parse(QStringLiteral("v1.0.0+a")) == *Version::parse(QStringLiteral("1.0.0+b")));
}

void tst_Versions::suggest_data()
{
    QTest::addColumn<QString>("current");
    QTest::addColumn<QStringList>("types"); // "-" not conventional, "x!" breaking
    QTest::addColumn<QString>("expected");

    QTest::addRow("no commits, no bump") << "v1.2.3" << QStringList{} << "v1.2.3";
    QTest::addRow("fix → patch") << "v1.2.3" << QStringList{"fix"} << "v1.2.4";
    QTest::addRow("perf → patch") << "v1.2.3" << QStringList{"perf"} << "v1.2.4";
    QTest::addRow("docs only → patch") << "v1.2.3" << QStringList{"docs", "chore"} << "v1.2.4";
    QTest::addRow("not conventional → patch") << "v1.2.3" << QStringList{"-"} << "v1.2.4";
    QTest::addRow("feat → minor") << "v1.2.3" << QStringList{"fix", "feat", "docs"} << "v1.3.0";
    QTest::addRow("breaking → major") << "v1.2.3" << QStringList{"feat", "fix!"} << "v2.0.0";
    QTest::addRow("without v") << "2.1.0" << QStringList{"feat"} << "2.2.0";
    QTest::addRow("0.x breaking → minor") << "v0.4.2" << QStringList{"feat!"} << "v0.5.0";
    QTest::addRow("0.x feat → patch") << "v0.4.2" << QStringList{"feat"} << "v0.4.3";
    QTest::addRow("0.x fix → patch") << "v0.4.2" << QStringList{"fix"} << "v0.4.3";
    QTest::addRow("0.0.x breaking → minor") << "0.0.3" << QStringList{"refactor!"} << "0.1.0";
    QTest::addRow("rc finished by a fix") << "v1.3.0-rc.1" << QStringList{"fix"} << "v1.3.0";
    QTest::addRow("rc finished by a feature it carries") << "v1.3.0-rc.1" << QStringList{"feat"} << "v1.3.0";
    QTest::addRow("patch rc bumped by a feature") << "v1.3.1-rc.1" << QStringList{"feat"} << "v1.4.0";
    QTest::addRow("rc bumped by a breaking change") << "v1.3.0-rc.1" << QStringList{"feat!"} << "v2.0.0";
    QTest::addRow("major rc finished by a breaking change") << "v2.0.0-beta" << QStringList{"fix!"} << "v2.0.0";
    QTest::addRow("build dropped") << "1.0.0+build.7" << QStringList{"fix"} << "1.0.1";
    QTest::addRow("never released") << "" << QStringList{"feat"} << "v0.1.0";
    QTest::addRow("never released, no commits") << "" << QStringList{} << "";
    QTest::addRow("not semver: the person decides") << "v2024.01.08" << QStringList{"fix"} << "";
}

void tst_Versions::suggest()
{
    QFETCH(QString, current);
    QFETCH(QStringList, types);
    QFETCH(QString, expected);
    QCOMPARE(suggestVersion(current, commits(types)), expected);
}

void tst_Versions::versionFromTag_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("version"); // empty: none

    QTest::addRow("component with v") << "api/v*" << "api/v1.3.0" << "v1.3.0";
    QTest::addRow("top-level v") << "v*" << "v2.0.0" << "v2.0.0";
    QTest::addRow("no v") << "release-*" << "release-2.0.0" << "2.0.0";
    QTest::addRow("everything") << "" << "1.0.0" << "1.0.0";
    QTest::addRow("pre-release") << "api/v*" << "api/v1.3.0-rc.2" << "v1.3.0-rc.2";
    QTest::addRow("not a version") << "api/v*" << "api/vnext" << "";
    QTest::addRow("date tag") << "v*" << "v2024.01.08" << "";
}

void tst_Versions::versionFromTag()
{
    QFETCH(QString, pattern);
    QFETCH(QString, tag);
    QFETCH(QString, version);
    const std::optional<Version> v = rc::core::versionFromTag(pattern, tag);
    QCOMPARE(v ? v->toString() : QString(), version);
}

void tst_Versions::tagMatches_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("matches");

    QTest::addRow("prefix") << "api/v*" << "api/v1.0.0" << true;
    QTest::addRow("other component") << "api/v*" << "portal/v1.0.0" << false;
    QTest::addRow("star crosses slashes like git describe --match") << "*v1.0.0" << "api/v1.0.0" << true;
    QTest::addRow("question mark") << "v?.0.0" << "v2.0.0" << true;
    QTest::addRow("empty matches all") << "" << "anything" << true;
}

void tst_Versions::tagMatches()
{
    QFETCH(QString, pattern);
    QFETCH(QString, tag);
    QFETCH(bool, matches);
    QCOMPARE(rc::core::tagMatches(pattern, tag), matches);
}

void tst_Versions::fromTags_data()
{
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<bool>("includePreRelease");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("origin");

    const QStringList tags = {"api/v1.2.0", "api/v1.10.0", "api/v1.9.3", "api/v2.0.0-rc.1", "portal/v9.0.0", "api/vnext"};
    QTest::addRow("highest by precedence, not by text") << tags << false << "v1.10.0" << "api/v1.10.0";
    QTest::addRow("pre-release when asked") << tags << true << "v2.0.0-rc.1" << "api/v2.0.0-rc.1";
    QTest::addRow("only pre-releases") << QStringList{"api/v1.0.0-beta"} << false << "" << "";
    QTest::addRow("none") << QStringList{} << false << "" << "";
}

void tst_Versions::fromTags()
{
    QFETCH(QStringList, tags);
    QFETCH(bool, includePreRelease);
    QFETCH(QString, version);
    QFETCH(QString, origin);
    const CurrentVersion current = currentVersionFromTags(tags, QStringLiteral("api/v*"), includePreRelease);
    QCOMPARE(current.version, version);
    QCOMPARE(current.origin, origin);
    QCOMPARE(current.source, version.isEmpty() ? CurrentVersion::Source::None : CurrentVersion::Source::Tag);
}

void tst_Versions::demoCurrentVersions_data()
{
    QTest::addColumn<QString>("component");
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("origin");

    // rel-2024-01-08-001 is the demo's newest deployed release; validation-service is not in it
    // (its hotfix is approved, not deployed), so its tag tells.
    QTest::addRow("api from the deployed manifest") << "api" << "v1.2.3" << int(CurrentVersion::Source::Manifest) << "rel-2024-01-08-001";
    QTest::addRow("held back, still in the manifest") << "notification-service" << "v0.9.0" << int(CurrentVersion::Source::Manifest) << "rel-2024-01-08-001";
    QTest::addRow("validation-service from its tag") << "validation-service" << "v1.1.0" << int(CurrentVersion::Source::Tag) << "validation-service/v1.1.0";
}

void tst_Versions::demoCurrentVersions()
{
    QFETCH(QString, component);
    QFETCH(QString, version);
    QFETCH(int, source);
    QFETCH(QString, origin);

    Expected<Repository> repo = Repository::discover(m_demo);
    QVERIFY(repo);
    const Expected<RepositoryRules> rules = loadRepositoryRules(*repo);
    QVERIFY2(rules, rc::test::errorText(rules).constData());
    const WorkspaceScan scan = scanWorkspace(m_demo);
    const ComponentRule *rule = rules->component(component);
    QVERIFY(rule);
    const CurrentVersion current = currentVersion(scan, listTags(*repo), *rules, *rule);
    QCOMPARE(current.version, version);
    QCOMPARE(int(current.source), source);
    QCOMPARE(current.origin, origin);
}

QTEST_GUILESS_MAIN(tst_Versions)
#include "tst_versions.moc"
