#include "historymodel.h"

#include "modeltestutil.h"
#include "statuspresentation.h"
#include "themecolors.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QImage>
#include <QPixmap>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using rc::core::ReleaseStatus;
using rc::models::HistoryModel;

namespace {

QDateTime utc(int y, int m, int d, int h = 10)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

std::vector<rc::core::ReleaseEntry> sampleEntries()
{
    using rc::test::makeEntry;
    using rc::test::makeManifest;
    auto deployed = makeManifest(QStringLiteral("rel-2024-01-08-001"), ReleaseStatus::Deployed, utc(2024, 1, 8),
                                 QStringLiteral("@john.doe"));
    deployed.release.type = QStringLiteral("regular");
    rc::core::ValidationEntry staged;
    staged.key = QStringLiteral("staging_deployed_at");
    staged.value = QStringLiteral("2024-01-07T09:00:00Z");
    deployed.validation.push_back(staged);
    auto hotfix = makeManifest(QStringLiteral("rel-2024-01-10-hotfix-001"), ReleaseStatus::Approved,
                               utc(2024, 1, 10, 15), QStringLiteral("@john.doe"), {QStringLiteral("validation-service")});
    hotfix.release.type = QStringLiteral("Hotfix");
    auto draft = makeManifest(QStringLiteral("rel-2024-01-22-001"), ReleaseStatus::Draft, QDateTime(),
                              QStringLiteral("@erin"));
    draft.release.createdAt = utc(2024, 1, 16, 8);
    draft.release.createdBy = QStringLiteral("john-doe");
    return {makeEntry(QStringLiteral("releases/rel-2024-01-22-001.yaml"), draft),
            makeEntry(QStringLiteral("releases/rel-2024-01-10-hotfix-001.yaml"), hotfix),
            makeEntry(QStringLiteral("releases/rel-2024-01-08-001.yaml"), deployed),
            makeEntry(QStringLiteral("releases/broken.yaml"), std::nullopt, QStringLiteral("expected a map"))};
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

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, column).data().toString();
    return out;
}

} // namespace

class tst_HistoryModel : public QObject
{
    Q_OBJECT

    QPalette m_original;

private slots:
    void initTestCase() { m_original = QGuiApplication::palette(); }
    void cleanup() { QGuiApplication::setPalette(m_original); }

    void cells_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("display");
        QTest::addRow("status text") << 2 << int(HistoryModel::StatusColumn) << QStringLiteral("Deployed");
        QTest::addRow("id") << 1 << int(HistoryModel::IdColumn) << QStringLiteral("rel-2024-01-10-hotfix-001");
        QTest::addRow("type as written, any case") << 1 << int(HistoryModel::TypeColumn) << QStringLiteral("Hotfix");
        QTest::addRow("type not stated") << 0 << int(HistoryModel::TypeColumn) << QStringLiteral("Regular (not stated)");
        QTest::addRow("created with author") << 0 << int(HistoryModel::CreatedColumn)
                                             << rc::models::StatusPresentation::shortTime(utc(2024, 1, 16, 8))
                + QStringLiteral(" by john-doe");
        QTest::addRow("no creation date") << 2 << int(HistoryModel::CreatedColumn) << QString();
        QTest::addRow("scheduled") << 2 << int(HistoryModel::ScheduledColumn)
                                   << rc::models::StatusPresentation::shortTime(utc(2024, 1, 8));
        QTest::addRow("not scheduled") << 0 << int(HistoryModel::ScheduledColumn) << QStringLiteral("not scheduled");
        QTest::addRow("on staging") << 2 << int(HistoryModel::StagingDeployedColumn)
                                    << rc::models::StatusPresentation::shortTime(utc(2024, 1, 7, 9));
        QTest::addRow("manager") << 0 << int(HistoryModel::ManagerColumn) << QStringLiteral("@erin");
        QTest::addRow("sign-offs") << 2 << int(HistoryModel::SignOffsColumn) << QStringLiteral("1/2");
        QTest::addRow("broken file: status") << 3 << int(HistoryModel::StatusColumn) << QStringLiteral("Error");
        QTest::addRow("broken file: name") << 3 << int(HistoryModel::IdColumn) << QStringLiteral("broken.yaml");
        QTest::addRow("broken file: no type") << 3 << int(HistoryModel::TypeColumn) << QString();
    }

    void cells()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, display);
        HistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(sampleEntries());
        QCOMPARE(model.index(row, column).data().toString(), display);
    }

    void roles()
    {
        HistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(sampleEntries());
        QCOMPARE(model.index(1, 0).data(HistoryModel::ReleaseTypeRole).toString(), QStringLiteral("hotfix"));
        QCOMPARE(model.index(0, 0).data(HistoryModel::ReleaseTypeRole).toString(), QStringLiteral("regular"));
        QCOMPARE(model.index(2, 0).data(HistoryModel::PathRole).toString(),
                 QStringLiteral("/clone/releases/rel-2024-01-08-001.yaml"));
        QCOMPARE(model.index(2, 0).data(HistoryModel::StatusRole).toInt(), int(ReleaseStatus::Deployed));
        QVERIFY(!model.index(3, 0).data(HistoryModel::StatusRole).isValid());
        QVERIFY(model.index(3, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("6:15: expected a map")));
        QVERIFY(!model.index(2, HistoryModel::StatusColumn).data(Qt::DecorationRole).isNull());
        QVERIFY(!model.index(2, HistoryModel::TypeColumn).data(Qt::DecorationRole).isNull());
        QCOMPARE(model.rowOfPath(QStringLiteral("/clone/releases/broken.yaml")), 3);
        QCOMPARE(model.rowOfPath(QStringLiteral("/elsewhere.yaml")), -1);
        QVERIFY(!model.entry(4));
    }

    void sorting_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("ascendingIds");
        QTest::addColumn<QStringList>("descendingIds"); // ties keep the files' order both ways
        // The broken file has no id: it shows as its file name.
        QTest::addRow("scheduled: unscheduled first, then by time")
            << int(HistoryModel::ScheduledColumn)
            << QStringList{QStringLiteral("rel-2024-01-22-001"), QStringLiteral("broken.yaml"),
                           QStringLiteral("rel-2024-01-08-001"), QStringLiteral("rel-2024-01-10-hotfix-001")}
            << QStringList{QStringLiteral("rel-2024-01-10-hotfix-001"), QStringLiteral("rel-2024-01-08-001"),
                           QStringLiteral("rel-2024-01-22-001"), QStringLiteral("broken.yaml")};
        QTest::addRow("status in lifecycle order, broken files last")
            << int(HistoryModel::StatusColumn)
            << QStringList{QStringLiteral("rel-2024-01-22-001"), QStringLiteral("rel-2024-01-10-hotfix-001"),
                           QStringLiteral("rel-2024-01-08-001"), QStringLiteral("broken.yaml")}
            << QStringList{QStringLiteral("broken.yaml"), QStringLiteral("rel-2024-01-08-001"),
                           QStringLiteral("rel-2024-01-10-hotfix-001"), QStringLiteral("rel-2024-01-22-001")};
        QTest::addRow("id") << int(HistoryModel::IdColumn)
                            << QStringList{QStringLiteral("broken.yaml"), QStringLiteral("rel-2024-01-08-001"),
                                           QStringLiteral("rel-2024-01-10-hotfix-001"),
                                           QStringLiteral("rel-2024-01-22-001")}
                            << QStringList{QStringLiteral("rel-2024-01-22-001"), QStringLiteral("rel-2024-01-10-hotfix-001"),
                                           QStringLiteral("rel-2024-01-08-001"), QStringLiteral("broken.yaml")};
    }

    void sorting()
    {
        QFETCH(int, column);
        QFETCH(QStringList, ascendingIds);
        QFETCH(QStringList, descendingIds);
        HistoryModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(HistoryModel::SortRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(sampleEntries());
        proxy.sort(column, Qt::AscendingOrder);
        QCOMPARE(::column(proxy, HistoryModel::IdColumn), ascendingIds);
        proxy.sort(column, Qt::DescendingOrder);
        QCOMPARE(::column(proxy, HistoryModel::IdColumn), descendingIds);
    }

    void updates()
    {
        HistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(sampleEntries());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // An edit of one release: one row changes, nothing resets.
        auto entries = sampleEntries();
        entries[1].manifest->release.status = ReleaseStatus::Deploying;
        model.setEntries(entries);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(model.index(1, HistoryModel::StatusColumn).data().toString(), QStringLiteral("Deploying"));

        // The same entries again: no signal at all.
        model.setEntries(entries);
        QCOMPARE(changed.count(), 1);

        // A new file: a reset.
        entries.push_back(rc::test::makeEntry(QStringLiteral("releases/new.yaml"),
                                              rc::test::makeManifest(QStringLiteral("new"), ReleaseStatus::Draft,
                                                                     QDateTime(), QString())));
        model.setEntries(entries);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 5);
    }

    // "not scheduled" reads at 4.5:1 and the type swatches stand out at 3:1 on the palette's base,
    // light or dark, chosen when asked so a palette changed at run time is followed.
    void coloursFollowThePalette_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addRow("light") << palette(Qt::white, Qt::black);
        QTest::addRow("light grey") << palette(QColor(0xef, 0xef, 0xef), Qt::black);
        QTest::addRow("dark") << palette(QColor(0x2a, 0x2a, 0x2a), QColor(0xe8, 0xe8, 0xe8));
        QTest::addRow("black") << palette(Qt::black, Qt::white);
    }

    void coloursFollowThePalette()
    {
        using rc::models::ThemeColors;
        QFETCH(QPalette, palette);
        HistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(sampleEntries());
        QGuiApplication::setPalette(palette);
        const QColor base = palette.color(QPalette::Base);

        const QColor unscheduled = model.index(0, HistoryModel::ScheduledColumn).data(Qt::ForegroundRole).value<QColor>();
        QVERIFY(unscheduled.isValid());
        QVERIFY2(ThemeColors::contrast(unscheduled, base) >= ThemeColors::TextContrast,
                 qPrintable(unscheduled.name() + QStringLiteral(" on ") + base.name()));

        for (int row = 0; row < 3; ++row) {
            const QImage swatch = model.index(row, HistoryModel::TypeColumn).data(Qt::DecorationRole).value<QPixmap>().toImage();
            QVERIFY(!swatch.isNull());
            const QColor fill = swatch.pixelColor(swatch.width() / 2, swatch.height() / 2);
            QCOMPARE(fill.alpha(), 255);
            QVERIFY2(ThemeColors::contrast(fill, base) >= ThemeColors::GraphicsContrast,
                     qPrintable(fill.name() + QStringLiteral(" on ") + base.name()));
        }
    }

    void typeColours()
    {
        const QColor regular = HistoryModel::releaseTypeColour(QStringLiteral("regular"));
        const QColor hotfix = HistoryModel::releaseTypeColour(QStringLiteral("hotfix"));
        const QColor major = HistoryModel::releaseTypeColour(QStringLiteral("major"));
        QVERIFY(regular != hotfix && hotfix != major && major != regular);
        // White chip text must stay readable: every type colour is dark enough.
        for (const QColor &c : {regular, hotfix, major})
            QVERIFY2(c.lightnessF() < 0.5, qPrintable(c.name()));
    }
};

QTEST_MAIN(tst_HistoryModel)
#include "tst_historymodel.moc"
