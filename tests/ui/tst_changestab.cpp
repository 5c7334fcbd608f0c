#include "changestab.h"

#include "appearance.h"
#include "commitfilterproxy.h"
#include "commitmodel.h"
#include "releasedocument.h"
#include "releasepage.h"

#include "demo/demoworkspace.h"
#include "git/repository.h"
#include "rules/repositoryrules.h"
#include "themecolors.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using rc::models::CommitFilterProxy;
using rc::models::CommitModel;
using rc::models::ReleaseDocument;
using rc::ui::ChangesTab;

namespace {

const QString DemoManifest = QStringLiteral("releases/2024-01-15-release.yaml");

QStringList gitLines(const QString &dir, const QStringList &args)
{
    QProcess git;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null"));
    git.setProcessEnvironment(env);
    git.setWorkingDirectory(dir);
    git.start(QStringLiteral("git"), args);
    git.waitForFinished(30000);
    return QString::fromUtf8(git.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QStringList shasOf(const CommitModel &model, int groupRow)
{
    QStringList out;
    const QModelIndex parent = model.index(groupRow, 0);
    for (int row = 0; row < model.rowCount(parent); ++row)
        out << model.index(row, 0, parent).data(CommitModel::ShaRole).toString();
    return out;
}

} // namespace

// The Changes tab on real clones: the demo's history (checked against git log) and small
// clones made here for the awkward cases.
class tst_ChangesTab : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    // A clone with one component "app" (rules file), a tag, then `commits` commits touching it.
    QString smallClone(const QString &name, int commits, bool tagged = true)
    {
        const QString root = m_dir.filePath(name);
        auto repo = rc::core::Repository::init(root);
        if (!repo)
            return {};
        const rc::core::Repository::Identity who{QStringLiteral("Tess Ter"), QStringLiteral("tess@example.com")};
        writeFile(root + QStringLiteral("/.release-console.yaml"),
                  "components:\n  - name: app\n    paths: [app/]\n    team: app-team\n    team_lead: '@tess'\n");
        writeFile(root + QStringLiteral("/app/main.c"), "int main(void) { return 0; }\n");
        writeFile(root + QStringLiteral("/releases/rel-1.yaml"),
                  "release:\n  id: rel-1\n  status: draft\ncomponents:\n  - name: app\n    sign_off: pending\n");
        if (!repo->commitAll(QStringLiteral("chore: start"), who, 1700000000))
            return {};
        if (tagged && !repo->tag(QStringLiteral("app/v1.0.0")))
            return {};
        for (int i = 0; i < commits; ++i) {
            writeFile(root + QStringLiteral("/app/main.c"), QByteArray("int main(void) { return ") + QByteArray::number(i + 1) + "; }\n");
            if (!repo->commitAll(QStringLiteral("fix(app): return %1").arg(i + 1), who, 1700000100 + i * 60))
                return {};
        }
        return root;
    }

    static bool waitLoaded(ChangesTab &tab)
    {
        QSignalSpy loaded(&tab, &ChangesTab::changesLoaded);
        return loaded.wait(20000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto demo = rc::core::createDemoWorkspace(m_dir.filePath(QStringLiteral("demo")));
        QVERIFY2(demo, qPrintable(demo ? QString() : demo.error().toString()));
        m_demo = *demo;
    }

    void cleanup() { rc::ui::Appearance::apply(rc::ui::Appearance::Mode::System); }

    // Every component's commits are exactly git's for the tag the tab names.
    void matchesGitLog()
    {
        ReleaseDocument document;
        QVERIFY(document.open(m_demo + QLatin1Char('/') + DemoManifest));
        ChangesTab tab(&document);
        QAbstractItemModelTester tester(tab.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(tab.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.resize(900, 600);
        tab.show();
        QVERIFY(tab.isBusy());
        QVERIFY(tab.findChild<QProgressBar *>(QStringLiteral("changesBusy"))->isVisible());
        QVERIFY(waitLoaded(tab));
        QVERIFY(!tab.isBusy());

        auto repo = rc::core::Repository::discover(m_demo);
        QVERIFY(repo);
        auto rules = rc::core::loadRepositoryRules(*repo);
        QVERIFY(rules);
        const QString tag = gitLines(m_demo, {QStringLiteral("describe"), QStringLiteral("--tags"),
                                              QStringLiteral("--abbrev=0"), QStringLiteral("HEAD")})
                                .value(0);
        QVERIFY(!tag.isEmpty());
        QVERIFY2(tab.rangeText().contains(tag), qPrintable(tab.rangeText()));

        CommitModel *model = tab.model();
        QVERIFY(model->rowCount() >= int(rules->components.size()));
        int total = 0;
        for (size_t i = 0; i < rules->components.size(); ++i) {
            const rc::core::ComponentRule &rule = rules->components[i];
            const QModelIndex group = model->index(int(i), 0);
            QCOMPARE(group.data(CommitModel::ComponentRole).toString(), rule.name);
            QCOMPARE(group.data(CommitModel::SinceRole).toString(), tag);
            QStringList args{QStringLiteral("log"), QStringLiteral("--full-history"), QStringLiteral("--no-merges"),
                             QStringLiteral("--format=%H"), tag + QStringLiteral("..HEAD"), QStringLiteral("--")};
            args << rule.paths;
            QCOMPARE(shasOf(*model, int(i)), gitLines(m_demo, args));
            total += model->rowCount(group);
        }
        QVERIFY2(total > 0, "the demo has commits after its last tag");
    }

    void filtersAndShowsDetails()
    {
        ReleaseDocument document;
        QVERIFY(document.open(m_demo + QLatin1Char('/') + DemoManifest));
        ChangesTab tab(&document);
        QAbstractItemModelTester proxyTester(tab.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.resize(900, 600);
        tab.show();
        QVERIFY(waitLoaded(tab));

        // The kind filter lists the types the commits have, plus the fixed entries.
        QComboBox *kind = tab.kindFilter();
        QCOMPARE(kind->itemText(0), QStringLiteral("All commits"));
        const int fixIndex = kind->findText(QStringLiteral("fix"));
        QVERIFY(fixIndex > 0);
        kind->setCurrentIndex(fixIndex);
        QCOMPARE(tab.proxy()->kindFilter(), CommitFilterProxy::Kind::Type);
        int shown = 0;
        for (int g = 0; g < tab.proxy()->rowCount(); ++g) {
            const QModelIndex parent = tab.proxy()->index(g, 0);
            for (int r = 0; r < tab.proxy()->rowCount(parent); ++r) {
                QCOMPARE(tab.proxy()->index(r, 0, parent).data(CommitModel::TypeRole).toString(), QStringLiteral("fix"));
                ++shown;
            }
        }
        QVERIFY(shown > 0);
        kind->setCurrentIndex(0);

        // Text filter: one subject.
        const QModelIndex first = tab.proxy()->index(0, 0, tab.proxy()->index(0, 0));
        QVERIFY(first.isValid());
        const QString subject = first.data().toString();
        const QString sha = first.data(CommitModel::ShaRole).toString();
        QTest::keyClicks(tab.filterEdit(), subject);
        QCOMPARE(tab.proxy()->rowCount(), 1);
        QCOMPARE(tab.proxy()->rowCount(tab.proxy()->index(0, 0)), 1);

        // Selecting it reads its details on the thread pool.
        QSignalSpy details(&tab, &ChangesTab::detailsLoaded);
        tab.view()->setCurrentIndex(tab.proxy()->index(0, 0, tab.proxy()->index(0, 0)));
        QVERIFY(details.wait(10000));
        QCOMPARE(tab.shownCommit(), sha);
        const QString text = tab.detailView()->toPlainText();
        QVERIFY2(text.contains(subject), qPrintable(text));
        QVERIFY2(text.contains(sha), qPrintable(text));
        const QStringList files = gitLines(m_demo, {QStringLiteral("diff-tree"), QStringLiteral("-r"), QStringLiteral("-M"),
                                                    QStringLiteral("--name-only"), QStringLiteral("--no-commit-id"),
                                                    sha + QStringLiteral("^"), sha});
        QVERIFY(!files.isEmpty());
        for (const QString &file : files)
            QVERIFY2(text.contains(file), qPrintable(file + QStringLiteral(" missing from:\n") + text));

        tab.filterEdit()->clear();
        QVERIFY(tab.proxy()->rowCount() >= 6);
    }

    // A release in another clone opened while the first clone's history is read: the first
    // result is dropped, the tab shows the second clone.
    void dropsStaleResults()
    {
        const QString small = smallClone(QStringLiteral("small"), 3);
        QVERIFY(!small.isEmpty());
        ReleaseDocument document;
        QVERIFY(document.open(m_demo + QLatin1Char('/') + DemoManifest));
        ChangesTab tab(&document);
        QAbstractItemModelTester tester(tab.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.show();
        QVERIFY(tab.isBusy()); // the demo is being read
        QVERIFY(document.open(small + QStringLiteral("/releases/rel-1.yaml")));
        QSignalSpy loaded(&tab, &ChangesTab::changesLoaded);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.count(), 1); // the demo's result was never shown
        QCOMPARE(tab.model()->rowCount(), 1);
        QCOMPARE(tab.model()->index(0, 0).data(CommitModel::ComponentRole).toString(), QStringLiteral("app"));
        QCOMPARE(tab.model()->rowCount(tab.model()->index(0, 0)), 3);
        QVERIFY(tab.rangeText().contains(QStringLiteral("app/v1.0.0")));
        QTest::qWait(50);
        QCOMPARE(loaded.count(), 1);
    }

    // Not shown, nothing is read; shown, it reads once.
    void readsOnlyWhenShown()
    {
        const QString small = smallClone(QStringLiteral("lazy"), 1);
        QVERIFY(!small.isEmpty());
        ReleaseDocument document;
        QVERIFY(document.open(small + QStringLiteral("/releases/rel-1.yaml")));
        ChangesTab tab(&document);
        QVERIFY(!tab.isBusy());
        QCOMPARE(tab.model()->rowCount(), 0);
        tab.show();
        QVERIFY(waitLoaded(tab));
        QCOMPARE(tab.model()->rowCount(tab.model()->index(0, 0)), 1);
        // Re-reading after a new commit picks it up.
        auto repo = rc::core::Repository::discover(small);
        QVERIFY(repo);
        const rc::core::Repository::Identity who{QStringLiteral("T"), QStringLiteral("t@example.com")};
        writeFile(small + QStringLiteral("/app/extra.c"), "int extra;\n");
        QVERIFY(repo->commitAll(QStringLiteral("feat(app)!: extra"), who, 1700009999));
        writeFile(small + QStringLiteral("/NOTES.md"), "notes\n");
        QVERIFY(repo->commitAll(QStringLiteral("docs: notes"), who, 1700019999));
        tab.refresh();
        QVERIFY(waitLoaded(tab));
        const QModelIndex app = tab.model()->index(0, 0);
        QCOMPARE(tab.model()->rowCount(app), 2);
        QVERIFY(tab.model()->index(0, CommitModel::TypeColumn, app).data(CommitModel::BreakingRole).toBool());
        // NOTES.md belongs to no component: its commit is listed under "other".
        QCOMPARE(tab.model()->rowCount(), 2);
        QVERIFY(tab.model()->index(1, 0).data(Qt::DisplayRole).toString().startsWith(QStringLiteral("other")));
        QCOMPARE(tab.model()->index(0, 0, tab.model()->index(1, 0)).data().toString(), QStringLiteral("docs: notes"));
    }

    void noTagMeansWholeHistory()
    {
        const QString small = smallClone(QStringLiteral("untagged"), 2, false);
        QVERIFY(!small.isEmpty());
        ReleaseDocument document;
        QVERIFY(document.open(small + QStringLiteral("/releases/rel-1.yaml")));
        ChangesTab tab(&document);
        tab.show();
        QVERIFY(waitLoaded(tab));
        QCOMPARE(tab.model()->rowCount(tab.model()->index(0, 0)), 3);
        QVERIFY2(tab.rangeText().contains(QStringLiteral("whole history")), qPrintable(tab.rangeText()));
    }

    void outsideAClone()
    {
        const QString path = m_dir.filePath(QStringLiteral("loose/rel-9.yaml"));
        QVERIFY(writeFile(path, "release:\n  id: rel-9\n  status: draft\n"));
        ReleaseDocument document;
        QVERIFY(document.open(path));
        ChangesTab tab(&document);
        tab.show();
        QVERIFY(waitLoaded(tab));
        QCOMPARE(tab.model()->rowCount(), 0);
        QVERIFY2(tab.rangeText().contains(QStringLiteral("cannot be read")), qPrintable(tab.rangeText()));
        QVERIFY2(tab.rangeText().contains(QStringLiteral("git clone")), qPrintable(tab.rangeText()));
    }

    // The error above the tree reads at 4.5:1 in a light palette and again after a switch to dark.
    void errorFollowsThePalette()
    {
        using rc::models::ThemeColors;
        using rc::ui::Appearance;
        const QString path = m_dir.filePath(QStringLiteral("loose/rel-9.yaml"));
        QVERIFY(writeFile(path, "release:\n  id: rel-9\n  status: draft\n"));
        ReleaseDocument document;
        QVERIFY(document.open(path));
        Appearance::apply(Appearance::Mode::Light);
        ChangesTab tab(&document);
        tab.show();
        QVERIFY(waitLoaded(tab));
        auto *range = tab.findChild<QLabel *>(QStringLiteral("changesRange"));
        QVERIFY(range);
        QStringList seen;
        for (Appearance::Mode mode : {Appearance::Mode::Light, Appearance::Mode::Dark}) {
            Appearance::apply(mode);
            range->ensurePolished();
            const QColor text = range->palette().color(QPalette::WindowText);
            const QColor window = QApplication::palette().color(QPalette::Window);
            QVERIFY2(ThemeColors::contrast(text, window) >= ThemeColors::TextContrast,
                     qPrintable(text.name() + QStringLiteral(" on ") + window.name()));
            seen << text.name();
        }
        QVERIFY2(seen.first() != seen.last(), "the error colour did not follow the palette");
    }

    // A screen reader says what each control of the tab is.
    void controlsHaveNames()
    {
        ReleaseDocument document;
        ChangesTab tab(&document);
        for (QWidget *widget : std::initializer_list<QWidget *>{tab.view(), tab.detailView(), tab.filterEdit(),
                                                                 tab.kindFilter()}) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
            QVERIFY(iface);
            QVERIFY2(!iface->text(QAccessible::Name).trimmed().isEmpty(), widget->objectName().toLatin1());
        }
    }

    void isATabOfTheReleasePage()
    {
        ReleaseDocument document;
        rc::ui::ReleasePage page(&document);
        QCOMPARE(page.tabs()->widget(rc::ui::ReleasePage::CommitsTab), page.changesTab());
        QCOMPARE(page.tabs()->tabText(rc::ui::ReleasePage::CommitsTab), QStringLiteral("Changes"));
    }
};

QTEST_MAIN(tst_ChangesTab)
#include "tst_changestab.moc"
