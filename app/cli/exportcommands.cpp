// releasectl export: a release's dashboard, or an index of all of them, as Markdown or HTML.

#include "cli.h"
#include "clicommon.h"

#include "export/dashboardexport.h"
#include "rules/readiness.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFileInfo>

namespace rc::cli {

using namespace detail;

namespace {

// SOURCE_DATE_EPOCH is how reproducible builds pin "now"; a dashboard published from CI can then
// be rebuilt byte for byte.
QDateTime generationTime()
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    if (ok && epoch >= 0)
        return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC);
    return QDateTime::currentDateTimeUtc();
}

} // namespace

int Cli::runExport(const QStringList &args)
{
    CommandLine line(QStringLiteral("export"));
    const QCommandLineOption all(QStringLiteral("all"), tr("Every release under releases/: an index, newest first, and a section per release."));
    const QCommandLineOption format(QStringLiteral("format"), tr("markdown or html (default: from the -o file's suffix, else markdown)."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to FILE (replaced atomically) instead of standard output."), QStringLiteral("FILE"));
    line.parser.addOption(all);
    line.parser.addOption(format);
    line.parser.addOption(output);
    line.parser.addPositionalArgument(QStringLiteral("RELEASE"), tr("Release id or manifest path (default: the one open release)."),
                                      QStringLiteral("[RELEASE]"));
    if (!line.parser.parse(QStringList{QStringLiteral("releasectl")} + args))
        return fail(ExitInvalidInput, parseError(line.parser) + tr("; see 'releasectl export --help'"));
    if (line.parser.isSet(line.help)) {
        m_out << line.helpText();
        return ExitDone;
    }
    const QStringList positional = line.parser.positionalArguments();
    const bool exportAll = line.parser.isSet(all);
    if (positional.size() > 1)
        return fail(ExitInvalidInput, tr("export takes one release, or --all; see 'releasectl export --help'"));
    if (exportAll && !positional.isEmpty())
        return fail(ExitInvalidInput, tr("give a release or --all, not both"));
    if (line.parser.isSet(line.repo))
        m_repoOption = line.parser.value(line.repo);

    const QString outputPath = line.parser.isSet(output)
        ? QDir(m_options.workingDirectory).absoluteFilePath(line.parser.value(output))
        : QString();
    if (line.parser.isSet(output) && line.parser.value(output).isEmpty())
        return fail(ExitInvalidInput, tr("-o needs a file name"));

    core::ExportFormat exportFormat = core::ExportFormat::Markdown;
    if (line.parser.isSet(format)) {
        const std::optional<core::ExportFormat> parsed = core::exportFormatFromString(line.parser.value(format));
        if (!parsed)
            return fail(ExitInvalidInput, tr("unknown format \"%1\"; formats: %2")
                                              .arg(line.parser.value(format), core::exportFormatNames().join(QLatin1String(", "))));
        exportFormat = *parsed;
    } else if (!outputPath.isEmpty()) {
        if (const auto bySuffix = core::exportFormatFromString(QFileInfo(outputPath).suffix()))
            exportFormat = *bySuffix;
    }
    if (!outputPath.isEmpty() && QFileInfo(outputPath).isDir())
        return fail(ExitInvalidInput, tr("-o %1 is a folder; give a file name such as %1/dashboard.%2")
                                          .arg(line.parser.value(output), core::exportFileSuffix(exportFormat)));

    // The manifest links are relative to where the document will be read from.
    const QDir linkBase(outputPath.isEmpty() ? QString() : QFileInfo(outputPath).absolutePath());
    const auto dashboardRelease = [&](const core::ReleaseEntry &entry) {
        core::DashboardRelease release;
        release.manifest = *entry.manifest;
        release.readiness = readinessOf(release.manifest);
        release.manifestLink = outputPath.isEmpty() ? entry.relativePath : linkBase.relativeFilePath(entry.path);
        return release;
    };
    const core::DashboardOptions options{generationTime()};

    Context context;
    QByteArray document;
    QString what;
    if (exportAll) {
        if (!scanClone(context))
            return context.repo ? ExitFailed : ExitInvalidInput;
        // A dashboard that leaves a release out silently would mislead; the broken file is named
        // with its position instead.
        int broken = 0;
        m_out.flush();
        for (const core::ReleaseEntry &entry : context.scan.releases) {
            if (entry.manifest)
                continue;
            ++broken;
            for (const core::Diagnostic &d : entry.errors)
                m_err << formatDiagnostic(d) << QLatin1Char('\n');
        }
        if (broken > 0)
            return fail(ExitInvalidInput, broken == 1 ? tr("1 manifest has errors; fix it and export again")
                                                      : tr("%1 manifests have errors; fix them and export again").arg(broken));
        ensureCalendar(context);
        std::vector<core::DashboardRelease> releases;
        for (const core::ReleaseEntry &entry : context.scan.releases)
            releases.push_back(dashboardRelease(entry));
        document = core::DashboardExport::index(releases, exportFormat, options);
        what = releases.size() == 1 ? tr("the index of 1 release") : tr("the index of %1 releases").arg(releases.size());
    } else {
        int exitCode = ExitDone;
        const core::ReleaseEntry *entry = loadRelease(context, positional.value(0), true, exitCode);
        if (!entry)
            return exitCode;
        ensureCalendar(context);
        document = core::DashboardExport::release(dashboardRelease(*entry), exportFormat, options);
        what = tr("the dashboard of %1").arg(entry->manifest->release.id);
    }

    if (outputPath.isEmpty()) {
        writeBytes(document);
        return ExitDone;
    }
    const core::Expected<core::Done> written = core::writeExportFile(outputPath, document);
    if (!written)
        return fail(ExitFailed, written.error().toString());
    m_out << tr("Wrote %1 (%2) to %3").arg(what, core::exportFormatName(exportFormat), QDir::toNativeSeparators(outputPath))
          << Qt::endl;
    return ExitDone;
}

} // namespace rc::cli
