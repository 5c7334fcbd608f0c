// Loading a clone with 1,000 manifests until the release list is filled: the scan runs off the GUI
// thread (QtConcurrent into a QFutureWatcher, as the main window does), the model is filled on the
// GUI thread. Target: under 300 ms.
#include "benchutil.h"
#include "git/repository.h"
#include "releaselistmodel.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtConcurrent>

using namespace rc;

static bool writeClone(const QString &root, int count)
{
    QFile seed(QStringLiteral(":/demo/2024-01-15-release.yaml"));
    if (!seed.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = seed.readAll();
    QDir().mkpath(root + QStringLiteral("/releases"));
    auto repo = core::Repository::init(root);
    if (!repo)
        return false;
    const QDate start(2020, 1, 7);
    for (int i = 0; i < count; ++i) {
        const QDate day = start.addDays(7 * (i / 3));
        const QString id = QStringLiteral("rel-%1-%2").arg(day.toString(Qt::ISODate)).arg(i % 3 + 1, 3, 10, QLatin1Char('0'));
        QByteArray manifest = text;
        manifest.replace("rel-2024-01-15-001", id.toUtf8());
        manifest.replace("2024-01-15T10:00:00Z", (day.toString(Qt::ISODate) + QStringLiteral("T10:00:00Z")).toUtf8());
        QFile out(root + QStringLiteral("/releases/") + id + QStringLiteral(".yaml"));
        if (!out.open(QIODevice::WriteOnly))
            return false;
        out.write(manifest);
    }
    return bool(repo->commitAll(QStringLiteral("chore: add %1 manifests").arg(count),
                                {QStringLiteral("Bench"), QStringLiteral("bench@example.com")}, 1700000000));
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int count = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 1000;
    const int rounds = app.arguments().size() > 2 ? app.arguments().at(2).toInt() : 10;

    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("clone"));
    if (!writeClone(root, count)) {
        QTextStream(stderr) << "cannot generate the clone" << Qt::endl;
        return 1;
    }

    models::ReleaseListModel model;
    QFutureWatcher<core::WorkspaceScan> watcher;
    std::vector<double> fillMs, scanMs;
    for (int round = 0; round <= rounds; ++round) {
        QElapsedTimer timer;
        QEventLoop loop;
        double scanned = 0;
        QObject::connect(&watcher, &QFutureWatcher<core::WorkspaceScan>::finished, &loop, [&] {
            scanned = timer.nsecsElapsed() / 1e6;
            model.setScan(watcher.result());
            loop.quit();
        });
        timer.start();
        watcher.setFuture(QtConcurrent::run([root] { return core::scanWorkspace(root); }));
        loop.exec();
        const double filled = timer.nsecsElapsed() / 1e6;
        QObject::disconnect(&watcher, nullptr, &loop, nullptr);
        if (model.rowCount() != count) {
            QTextStream(stderr) << "the list has " << model.rowCount() << " rows, expected " << count << Qt::endl;
            return 1;
        }
        if (round == 0)
            continue; // warm-up: page cache
        fillMs.push_back(filled);
        scanMs.push_back(scanned);
    }
    const auto fill = bench::summarize(fillMs);
    const auto scan = bench::summarize(scanMs);
    QTextStream(stdout) << "loading a clone with " << count << " manifests, " << rounds << " rounds" << Qt::endl;
    bench::report(QStringLiteral("until the release list is filled, median (target < 300)"), fill.median,
                  QStringLiteral("ms"));
    bench::report(QStringLiteral("until the release list is filled, max"), fill.max, QStringLiteral("ms"));
    bench::report(QStringLiteral("scan on the worker thread, median"), scan.median, QStringLiteral("ms"));
    bench::report(QStringLiteral("peak memory"), bench::selfPeakKiB() / 1024.0, QStringLiteral("MiB"));
    return 0;
}
