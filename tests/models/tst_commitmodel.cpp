#include "commitmodel.h"
#include "themecolors.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

using rc::core::CommitInfo;
using rc::models::CommitModel;

namespace {

CommitInfo makeCommit(const QString &sha, const QString &subject, const QString &type, bool breaking = false,
                      const QString &author = QStringLiteral("Alice Nguyen"))
{
    CommitInfo c;
    c.sha = sha.leftJustified(40, QLatin1Char('0'));
    c.subject = subject;
    c.body = breaking ? QStringLiteral("BREAKING CHANGE: consumers must upgrade") : QString();
    c.author = author;
    c.authorEmail = author.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@nedlia.example");
    c.date = QDateTime(QDate(2024, 1, 9), QTime(10, 15), Qt::UTC);
    c.type = type;
    c.scope = type.isEmpty() ? QString() : QStringLiteral("api");
    c.breaking = breaking;
    return c;
}

std::vector<CommitModel::Group> sampleGroups()
{
    std::vector<CommitModel::Group> groups;
    groups.push_back({QStringLiteral("api"), {QStringLiteral("nedlia-back-end/api/")}, QStringLiteral("v2024.01.08"),
                      {makeCommit(QStringLiteral("a1"), QStringLiteral("feat(api): bulk upload"), QStringLiteral("feat")),
                       makeCommit(QStringLiteral("a2"), QStringLiteral("fix(api)!: drop v1 ids"), QStringLiteral("fix"), true)},
                      false});
    groups.push_back({QStringLiteral("workers"), {QStringLiteral("nedlia-back-end/workers/")},
                      QStringLiteral("v2024.01.08"), {}, false});
    groups.push_back({QStringLiteral("other"), {}, QStringLiteral("v2024.01.08"),
                      {makeCommit(QStringLiteral("b1"), QStringLiteral("Update the CI image"), QString(), false,
                                  QStringLiteral("Bob Martins"))},
                      true});
    return groups;
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

// The commit tree is filled from change sets computed elsewhere; these tests check its shape,
// what each cell says, and that every change keeps the model consistent for views.
class tst_CommitModel : public QObject
{
    Q_OBJECT

    QPalette m_original;

private slots:
    void initTestCase() { m_original = QGuiApplication::palette(); }
    void cleanup() { QGuiApplication::setPalette(m_original); }

    void shape()
    {
        CommitModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setGroups(sampleGroups());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(CommitModel::ColumnCount));
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        QCOMPARE(model.rowCount(model.index(1, 0)), 0);
        QCOMPARE(model.rowCount(model.index(2, 0)), 1);
        // Only the first column has children, as tree views expect.
        QCOMPARE(model.rowCount(model.index(0, CommitModel::ShaColumn)), 0);
        QVERIFY(!model.index(2, 0, model.index(0, 0)).isValid());
        QCOMPARE(model.commitCount(), 3);
        const QModelIndex child = model.index(1, CommitModel::TypeColumn, model.index(0, 0));
        QCOMPARE(model.parent(child), model.index(0, 0));
        QVERIFY(!model.parent(model.index(0, 0)).isValid());
    }

    void cells_data()
    {
        QTest::addColumn<int>("group");
        QTest::addColumn<int>("row"); // -1: the component row
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("display");
        QTest::addRow("component with commits") << 0 << -1 << int(CommitModel::SubjectColumn)
                                                << QStringLiteral("api \u2014 2 commit");
        QTest::addRow("component without commits")
            << 1 << -1 << int(CommitModel::SubjectColumn) << QStringLiteral("workers \u2014 no changes");
        QTest::addRow("the other group")
            << 2 << -1 << int(CommitModel::SubjectColumn) << QStringLiteral("other (no component) \u2014 1 commit");
        QTest::addRow("component row has no type") << 0 << -1 << int(CommitModel::TypeColumn) << QString();
        QTest::addRow("subject") << 0 << 0 << int(CommitModel::SubjectColumn) << QStringLiteral("feat(api): bulk upload");
        QTest::addRow("type") << 0 << 0 << int(CommitModel::TypeColumn) << QStringLiteral("feat");
        QTest::addRow("breaking type") << 0 << 1 << int(CommitModel::TypeColumn) << QStringLiteral("fix!");
        QTest::addRow("not conventional") << 2 << 0 << int(CommitModel::TypeColumn) << QString();
        QTest::addRow("author") << 2 << 0 << int(CommitModel::AuthorColumn) << QStringLiteral("Bob Martins");
        QTest::addRow("short sha") << 0 << 1 << int(CommitModel::ShaColumn) << QStringLiteral("a2000000");
    }

    void cells()
    {
        QFETCH(int, group);
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, display);
        CommitModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGroups(sampleGroups());
        const QModelIndex parent = model.index(group, 0);
        const QModelIndex index = row < 0 ? model.index(group, column) : model.index(row, column, parent);
        QVERIFY(index.isValid());
        // Counts go through plural forms: the untranslated text reads "commit(s)".
        if (display.isEmpty())
            QCOMPARE(index.data().toString(), display);
        else
            QVERIFY2(index.data().toString().startsWith(display), qPrintable(index.data().toString()));
    }

    void roles()
    {
        CommitModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGroups(sampleGroups());
        const QModelIndex api = model.index(0, 0);
        QVERIFY(api.data(CommitModel::IsComponentRole).toBool());
        QCOMPARE(api.data(CommitModel::SinceRole).toString(), QStringLiteral("v2024.01.08"));
        QVERIFY(api.data(CommitModel::ShaRole).toString().isEmpty());
        QVERIFY(api.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(api.data(Qt::ToolTipRole).toString().contains(QStringLiteral("nedlia-back-end/api/")));

        const QModelIndex breaking = model.index(1, CommitModel::TypeColumn, api);
        QVERIFY(!breaking.data(CommitModel::IsComponentRole).toBool());
        QVERIFY(breaking.data(CommitModel::BreakingRole).toBool());
        QCOMPARE(breaking.data(CommitModel::TypeRole).toString(), QStringLiteral("fix"));
        QCOMPARE(breaking.data(CommitModel::ComponentRole).toString(), QStringLiteral("api"));
        QCOMPARE(breaking.data(CommitModel::ShaRole).toString(), QStringLiteral("a2").leftJustified(40, QLatin1Char('0')));
        QVERIFY(breaking.data(Qt::ForegroundRole).isValid());
        QVERIFY(breaking.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Breaking")));
        QVERIFY(!model.index(0, CommitModel::TypeColumn, api).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(0, CommitModel::DateColumn, api).data(CommitModel::DateRole).toDateTime(),
                 QDateTime(QDate(2024, 1, 9), QTime(10, 15), Qt::UTC));

        const QString search = model.index(1, 0, api).data(CommitModel::SearchTextRole).toString();
        QVERIFY(search.contains(QStringLiteral("drop v1 ids")));
        QVERIFY(search.contains(QStringLiteral("breaking change: consumers"))); // body, lower-case
        QVERIFY(search.contains(QStringLiteral("alice@nedlia.example")));
    }

    void lookups()
    {
        CommitModel model;
        model.setGroups(sampleGroups());
        const QString sha = QStringLiteral("b1").leftJustified(40, QLatin1Char('0'));
        const QModelIndex found = model.indexOf(QStringLiteral("other"), sha);
        QVERIFY(found.isValid());
        QCOMPARE(found.row(), 0);
        QCOMPARE(found.parent().row(), 2);
        QCOMPARE(model.commit(found)->subject, QStringLiteral("Update the CI image"));
        QCOMPARE(model.group(found)->component, QStringLiteral("other"));
        QVERIFY(!model.indexOf(QStringLiteral("api"), sha).isValid()); // the sha is not under api
        QVERIFY(!model.commit(model.index(0, 0)));
        QVERIFY(!model.commit(QModelIndex()));
        QVERIFY(!model.group(QModelIndex()));
    }

    void resets()
    {
        CommitModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setGroups(sampleGroups());
        std::vector<CommitModel::Group> fewer = sampleGroups();
        fewer.erase(fewer.begin());
        model.setGroups(fewer);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(CommitModel::ComponentRole).toString(), QStringLiteral("workers"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.count(), 3);
    }

    // A breaking change reads at 4.5:1 on the palette's base, light or dark, and the colour is
    // chosen when asked, so a palette changed at run time is followed without a reset.
    void breakingColourFollowsThePalette_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addRow("light") << palette(Qt::white, Qt::black);
        QTest::addRow("dark") << palette(QColor(0x2a, 0x2a, 0x2a), QColor(0xe8, 0xe8, 0xe8));
        QTest::addRow("black") << palette(Qt::black, Qt::white);
    }

    void breakingColourFollowsThePalette()
    {
        using rc::models::ThemeColors;
        QFETCH(QPalette, palette);
        CommitModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGroups(sampleGroups());
        QGuiApplication::setPalette(palette);
        const QModelIndex api = model.index(0, 0);
        for (int column : {int(CommitModel::SubjectColumn), int(CommitModel::TypeColumn)}) {
            const QColor colour = model.index(1, column, api).data(Qt::ForegroundRole).value<QBrush>().color();
            const QColor base = palette.color(QPalette::Base);
            QVERIFY2(ThemeColors::contrast(colour, base) >= ThemeColors::TextContrast,
                     qPrintable(colour.name() + QStringLiteral(" on ") + base.name()));
        }
    }

    void headers()
    {
        CommitModel model;
        QStringList headers;
        for (int c = 0; c < model.columnCount(); ++c)
            headers << model.headerData(c, Qt::Horizontal).toString();
        QCOMPARE(headers, (QStringList{QStringLiteral("Commit"), QStringLiteral("Type"), QStringLiteral("Author"),
                                       QStringLiteral("Date"), QStringLiteral("SHA")}));
    }
};

QTEST_MAIN(tst_CommitModel)
#include "tst_commitmodel.moc"
