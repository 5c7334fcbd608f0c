#include "git/changes.h"

#include <QTest>

using rc::core::parseConventionalCommit;

class tst_ConventionalCommit : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
};

void tst_ConventionalCommit::parse_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("description");
    QTest::addColumn<bool>("breaking");

    QTest::addRow("feat") << "feat: add campaign export" << "feat" << "" << "add campaign export" << false;
    QTest::addRow("fix with scope") << "fix(api): reject empty budgets" << "fix" << "api" << "reject empty budgets"
                                    << false;
    QTest::addRow("scope with slash and dash") << "perf(placement-service/scoring): cache weights" << "perf"
                                               << "placement-service/scoring" << "cache weights" << false;
    QTest::addRow("bang") << "feat!: drop v1 endpoints" << "feat" << "" << "drop v1 endpoints" << true;
    QTest::addRow("scope and bang") << "refactor(portal)!: new router" << "refactor" << "portal" << "new router"
                                    << true;
    QTest::addRow("uppercase type is lowered") << "Fix: typo" << "fix" << "" << "typo" << false;
    QTest::addRow("BREAKING CHANGE footer") << "feat(api): paginate\n\nLists are paged now.\n\nBREAKING CHANGE: "
                                               "clients must follow next links"
                                            << "feat" << "api" << "paginate" << true;
    QTest::addRow("BREAKING-CHANGE footer") << "fix: stricter ids\n\nBREAKING-CHANGE: ids are UUIDs" << "fix" << ""
                                            << "stricter ids" << true;
    QTest::addRow("footer word inside a sentence is no footer")
        << "fix: docs\n\nThis is not a BREAKING CHANGE: really" << "fix" << "" << "docs" << false;
    QTest::addRow("lowercase footer is no footer") << "fix: x\n\nbreaking change: y" << "fix" << "" << "x" << false;
    QTest::addRow("footer without text is no footer") << "fix: x\n\nBREAKING CHANGE:" << "fix" << "" << "x" << false;
    QTest::addRow("footer on a non-conventional subject") << "Rework login\n\nBREAKING CHANGE: tokens expire"
                                                          << "" << "" << "Rework login" << true;
    QTest::addRow("plain subject") << "Update README" << "" << "" << "Update README" << false;
    QTest::addRow("merge branch") << "Merge branch 'feature/x' into main" << "" << "" << "Merge branch 'feature/x' into main"
                                  << false;
    QTest::addRow("merge pull request") << "Merge pull request #12 from org/fix: thing\n\nfix: thing" << "" << ""
                                        << "Merge pull request #12 from org/fix: thing" << false;
    QTest::addRow("revert") << "Revert \"feat: x\"" << "" << "" << "Revert \"feat: x\"" << false;
    QTest::addRow("fixup") << "fixup! feat: x" << "" << "" << "fixup! feat: x" << false;
    QTest::addRow("no space after colon") << "feat:missing space" << "" << "" << "feat:missing space" << false;
    QTest::addRow("empty description") << "feat: " << "" << "" << "feat:" << false;
    QTest::addRow("unclosed scope") << "feat(api: x" << "" << "" << "feat(api: x" << false;
    QTest::addRow("nested parentheses") << "feat(a(b)): x" << "" << "" << "feat(a(b)): x" << false;
    QTest::addRow("space before colon") << "feat (api): x" << "" << "" << "feat (api): x" << false;
    QTest::addRow("subject only up to the first line") << "chore(deps): bump yaml-cpp\nsecond line" << "chore"
                                                       << "deps" << "bump yaml-cpp" << false;
    QTest::addRow("CRLF message") << "fix(ui): align\r\n\r\nBREAKING CHANGE: moved\r\n" << "fix" << "ui" << "align"
                                  << true;
    QTest::addRow("empty message") << "" << "" << "" << "" << false;
}

void tst_ConventionalCommit::parse()
{
    QFETCH(QString, message);
    QFETCH(QString, type);
    QFETCH(QString, scope);
    QFETCH(QString, description);
    QFETCH(bool, breaking);

    const rc::core::ConventionalCommit cc = parseConventionalCommit(message);
    QCOMPARE(cc.type, type);
    QCOMPARE(cc.scope, scope);
    QCOMPARE(cc.description, description);
    QCOMPARE(cc.breaking, breaking);
    QCOMPARE(cc.isConventional(), !type.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ConventionalCommit)
#include "tst_conventionalcommit.moc"
