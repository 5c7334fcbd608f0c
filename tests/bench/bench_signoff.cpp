// One sign-off edit on the seed manifest: applied to the text, re-parsed and verified, saved
// atomically. Target: under 5 ms. The file is restored between rounds, outside the timing.
#include "benchutil.h"
#include "manifest/manifestfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace rc;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 500;
    QFile seed(QStringLiteral(":/demo/2024-01-15-release.yaml"));
    if (!seed.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "the seed manifest is missing from the resources" << Qt::endl;
        return 1;
    }
    const QByteArray original = seed.readAll();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2024-01-15-release.yaml"));

    std::vector<double> editMs, loadMs;
    for (int round = 0; round < rounds; ++round) {
        QFile out(path);
        out.open(QIODevice::WriteOnly | QIODevice::Truncate);
        out.write(original);
        out.close();

        QElapsedTimer timer;
        timer.start();
        auto file = core::ManifestFile::load(path, QStringLiteral("releases/2024-01-15-release.yaml"));
        loadMs.push_back(timer.nsecsElapsed() / 1e6);
        if (!file || !file->manifest()) {
            QTextStream(stderr) << "cannot load the seed manifest" << Qt::endl;
            return 1;
        }
        core::SignOffEdit edit;
        edit.component = QStringLiteral("api");
        edit.value = core::SignOff::Approved;
        edit.by = QStringLiteral("@alice");
        edit.at = QDateTime(QDate(2024, 1, 14), QTime(16, 0), Qt::UTC);
        timer.restart();
        const auto saved = file->applyAndSave(edit);
        editMs.push_back(timer.nsecsElapsed() / 1e6);
        if (!saved) {
            QTextStream(stderr) << saved.error().toString() << Qt::endl;
            return 1;
        }
    }
    const auto edit = bench::summarize(editMs);
    const auto load = bench::summarize(loadMs);
    QTextStream(stdout) << "sign-off edit on the seed manifest, " << rounds << " rounds" << Qt::endl;
    bench::report(QStringLiteral("edit + verify + atomic save median (target < 5)"), edit.median,
                  QStringLiteral("ms"));
    bench::report(QStringLiteral("edit + verify + atomic save max"), edit.max, QStringLiteral("ms"));
    bench::report(QStringLiteral("load + parse median"), load.median, QStringLiteral("ms"));
    bench::report(QStringLiteral("peak memory"), bench::selfPeakKiB() / 1024.0, QStringLiteral("MiB"));
    return 0;
}
