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

// One load of `root` until the list is filled, in milliseconds.
static double loadOnce(const QString &root, models::ReleaseListModel &model, int expected)
{
    QFutureWatcher<core::WorkspaceScan> watcher;
    QEventLoop loop;
    QElapsedTimer timer;
    QObject::connect(&watcher, &QFutureWatcher<core::WorkspaceScan>::finished, &loop, [&] {
        model.setScan(watcher.result());
        loop.quit();
    });
    timer.start();
    watcher.setFuture(QtConcurrent::run([root] { return core::scanWorkspace(root); }));
    loop.exec();
    const double ms = timer.nsecsElapsed() / 1e6;
    return model.rowCount() == expected ? ms : -1;
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();

    // Child mode: one cold load in a fresh process (no parse cache, as when the console starts).
    if (args.size() == 5 && args.at(1) == QLatin1String("--child")) {
        models::ReleaseListModel model;
        const double ms = loadOnce(args.at(2), model, args.at(3).toInt());
        QFile out(args.at(4));
        if (ms < 0 || !out.open(QIODevice::WriteOnly))
            return 1;
        out.write(QByteArray::number(ms, 'f', 3));
        return 0;
    }

    const int count = args.size() > 1 ? args.at(1).toInt() : 1000;
    const int rounds = args.size() > 2 ? args.at(2).toInt() : 10;
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("clone"));
    if (!writeClone(root, count)) {
        QTextStream(stderr) << "cannot generate the clone" << Qt::endl;
        return 1;
    }

    const QString figure = dir.filePath(QStringLiteral("figure"));
    std::vector<double> coldMs, warmMs;
    long coldPeak = 0;
    for (int round = 0; round <= rounds; ++round) {
        const auto run = bench::runProcess(QCoreApplication::applicationFilePath(),
                                           {QStringLiteral("--child"), root, QString::number(count), figure});
        QFile in(figure);
        if (run.exitCode != 0 || !in.open(QIODevice::ReadOnly)) {
            QTextStream(stderr) << "a cold load failed or did not fill " << count << " rows" << Qt::endl;
            return 1;
        }
        if (round == 0)
            continue; // warm-up: page cache
        coldMs.push_back(in.readAll().toDouble());
        coldPeak = std::max(coldPeak, run.peakKiB);
    }
    models::ReleaseListModel model;
    for (int round = 0; round <= rounds; ++round) {
        const double ms = loadOnce(root, model, count);
        if (ms < 0)
            return 1;
        if (round > 0)
            warmMs.push_back(ms);
    }
    const auto cold = bench::summarize(coldMs);
    const auto warm = bench::summarize(warmMs);
    QTextStream(stdout) << "loading a clone with " << count << " manifests, " << rounds << " rounds each" << Qt::endl;
    bench::report(QStringLiteral("first load until the list is filled, median (target < 300)"), cold.median,
                  QStringLiteral("ms"));
    bench::report(QStringLiteral("first load until the list is filled, max"), cold.max, QStringLiteral("ms"));
    bench::report(QStringLiteral("rescan of unchanged files until filled, median"), warm.median, QStringLiteral("ms"));
    bench::report(QStringLiteral("peak memory of a process doing the first load"), coldPeak / 1024.0,
                  QStringLiteral("MiB"));
    return 0;
}
