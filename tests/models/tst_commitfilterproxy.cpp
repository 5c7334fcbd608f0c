#include "commitfilterproxy.h"
#include "commitmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using rc::core::CommitInfo;
using rc::models::CommitFilterProxy;
using rc::models::CommitModel;
using Kind = rc::models::CommitFilterProxy::Kind;

Q_DECLARE_METATYPE(rc::models::CommitFilterProxy::Kind)

namespace {

CommitInfo makeCommit(const QString &subject, const QString &type, bool breaking, const QString &author,
                      const QString &body = {})
{
    static int next = 0;
    CommitInfo c;
    c.sha = QString::number(++next, 16).rightJustified(40, QLatin1Char('a'));
    c.subject = subject;
    c.body = body;
    c.author = author;
    c.authorEmail = author.toLower() + QStringLiteral("@nedlia.example");
    c.date = QDateTime(QDate(2024, 1, 9), QTime(10, 0), Qt::UTC);
    c.type = type;
    c.breaking = breaking;
    return c;
}

std::vector<CommitModel::Group> groups()
{
    return {
        {QStringLiteral("api"), {QStringLiteral("api/")}, QStringLiteral("v1"),
         {makeCommit(QStringLiteral("feat(api): bulk upload endpoint"), QStringLiteral("feat"), false, QStringLiteral("Alice")),
          makeCommit(QStringLiteral("fix(api): rate limit edge case"), QStringLiteral("fix"), false, QStringLiteral("Alice"),
                     QStringLiteral("Seen in incident 4711.")),
          makeCommit(QStringLiteral("feat(api)!: remove v1 ids"), QStringLiteral("feat"), true, QStringLiteral("Bob"))},
         false},
        {QStringLiteral("portal"), {QStringLiteral("portal/")}, QStringLiteral("v1"),
         {makeCommit(QStringLiteral("fix(portal): mobile layout"), QStringLiteral("fix"), false, QStringLiteral("Carol")),
          makeCommit(QStringLiteral("Tweak colours"), QString(), false, QStringLiteral("Carol"))},
         false},
        {QStringLiteral("workers"), {QStringLiteral("workers/")}, QStringLiteral("v1"), {}, false},
    };
}

// "component: subject | subject" for each visible component, in view order.
QStringList visible(const QAbstractItemModel &proxy)
{
    QStringList out;
    for (int g = 0; g < proxy.rowCount(); ++g) {
        const QModelIndex parent = proxy.index(g, 0);
        QStringList subjects;
        for (int r = 0; r < proxy.rowCount(parent); ++r)
            subjects << proxy.index(r, 0, parent).data().toString();
        out << parent.data(CommitModel::ComponentRole).toString() + QStringLiteral(": ")
                + subjects.join(QStringLiteral(" | "));
    }
    return out;
}

} // namespace

class tst_CommitFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void filter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("no filter shows every component, also without changes")
            << QString() << Kind::Any << QString()
            << QStringList{QStringLiteral("api: feat(api): bulk upload endpoint | fix(api): rate limit edge case | "
                                          "feat(api)!: remove v1 ids"),
                           QStringLiteral("portal: fix(portal): mobile layout | Tweak colours"),
                           QStringLiteral("workers: ")};
        QTest::addRow("text in a subject, any case")
            << QStringLiteral("MOBILE") << Kind::Any << QString()
            << QStringList{QStringLiteral("portal: fix(portal): mobile layout")};
        QTest::addRow("text in a body") << QStringLiteral("4711") << Kind::Any << QString()
                                        << QStringList{QStringLiteral("api: fix(api): rate limit edge case")};
        QTest::addRow("every word must match")
            << QStringLiteral("alice upload") << Kind::Any << QString()
            << QStringList{QStringLiteral("api: feat(api): bulk upload endpoint")};
        QTest::addRow("author") << QStringLiteral("bob") << Kind::Any << QString()
                                << QStringList{QStringLiteral("api: feat(api)!: remove v1 ids")};
        QTest::addRow("component name shows all its commits")
            << QStringLiteral("portal") << Kind::Any << QString()
            << QStringList{QStringLiteral("portal: fix(portal): mobile layout | Tweak colours")};
        QTest::addRow("nothing matches") << QStringLiteral("zebra") << Kind::Any << QString() << QStringList{};
        QTest::addRow("type fix") << QString() << Kind::Type << QStringLiteral("fix")
                                  << QStringList{QStringLiteral("api: fix(api): rate limit edge case"),
                                                 QStringLiteral("portal: fix(portal): mobile layout")};
        QTest::addRow("type written in capitals") << QString() << Kind::Type << QStringLiteral(" FEAT ")
                                  << QStringList{QStringLiteral("api: feat(api): bulk upload endpoint | feat(api)!: remove v1 ids")};
        QTest::addRow("breaking only") << QString() << Kind::Breaking << QString()
                                       << QStringList{QStringLiteral("api: feat(api)!: remove v1 ids")};
        QTest::addRow("not conventional") << QString() << Kind::NotConventional << QString()
                                          << QStringList{QStringLiteral("portal: Tweak colours")};
        QTest::addRow("type and text together")
            << QStringLiteral("carol") << Kind::Type << QStringLiteral("fix")
            << QStringList{QStringLiteral("portal: fix(portal): mobile layout")};
        QTest::addRow("a kind filter does not match component names")
            << QStringLiteral("portal") << Kind::Type << QStringLiteral("feat") << QStringList{};
    }

    void filter()
    {
        QFETCH(QString, text);
        QFETCH(Kind, kind);
        QFETCH(QString, type);
        QFETCH(QStringList, expected);
        CommitModel model;
        CommitFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGroups(groups());
        proxy.setFilterText(text);
        proxy.setKindFilter(kind, type);
        QCOMPARE(proxy.isFiltering(), !text.isEmpty() || kind != Kind::Any);
        QCOMPARE(visible(proxy), expected);
    }

    void filterSurvivesNewData()
    {
        CommitModel model;
        CommitFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setKindFilter(Kind::Breaking);
        model.setGroups(groups());
        QCOMPARE(visible(proxy), QStringList{QStringLiteral("api: feat(api)!: remove v1 ids")});
        proxy.setKindFilter(Kind::Any);
        proxy.setFilterText(QStringLiteral("colours"));
        QCOMPARE(visible(proxy), QStringList{QStringLiteral("portal: Tweak colours")});
        // While filtering, a component says how much of it is shown.
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("portal \u2014 1 of 2 shown"));
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 3);
        QVERIFY(!proxy.isFiltering());
        QCOMPARE(proxy.index(1, 0).data().toString(), model.index(1, 0).data().toString());
    }
};

QTEST_MAIN(tst_CommitFilterProxy)
#include "tst_commitfilterproxy.moc"
