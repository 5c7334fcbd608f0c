#pragma once

#include "expected.h"
#include "manifest/manifest.h"
#include "rules/readiness.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace rc::core {

/// The formats a release dashboard can be exported to.
enum class ExportFormat { Markdown, Html };

/// "markdown" (or "md") and "html" (or "htm"), case-insensitive; nullopt for anything else.
std::optional<ExportFormat> exportFormatFromString(const QString &name);
/// "markdown", "html": what `--format` takes.
QString exportFormatName(ExportFormat format);
/// "md", "html": the usual file suffix, without the dot.
QString exportFileSuffix(ExportFormat format);
/// Every name exportFormatFromString() accepts first, for messages ("markdown, html").
QStringList exportFormatNames();

/// One release as the dashboard shows it. The caller decides readiness (so the GUI and the CLI
/// pass exactly what their deploy gates use) and where the manifest's link points.
struct DashboardRelease
{
    Manifest manifest;
    Readiness readiness;
    /// The manifest's path relative to where the exported file will live, "/"-separated
    /// ("releases/2024-01-15-release.yaml"); the "View Full Manifest" link. Empty: no link.
    QString manifestLink;
};

struct DashboardOptions
{
    /// Shown in the footer as "Generated … UTC"; invalid: no such line. A parameter rather than
    /// the clock, so the same input always gives the same bytes.
    QDateTime generatedAt;
};

/// Renders release dashboards in the seed's "Release Dashboard" layout: status, schedule and
/// release manager; components with versions, team, sign-off and status; the checklist summary
/// (team sign-offs N/M, validation, the manifest's checklist); approvals; readiness blockers as
/// the core states them; and the actions with whether they are available and why not.
///
/// Markdown is GitHub-flavoured with every user string escaped so it cannot break a table or
/// start a block. HTML is one self-contained, well-formed (XML-parsable) HTML5 page: inline CSS,
/// no scripts or external resources, light and dark colour schemes and a print style.
/// Pure functions of their input: safe on any thread; times are shown in UTC.
class DashboardExport
{
    Q_DECLARE_TR_FUNCTIONS(rc::core::DashboardExport)

public:
    /// The dashboard of one release ("Current Release: ID").
    static QByteArray release(const DashboardRelease &release, ExportFormat format, const DashboardOptions &options = {});
    /// An index of `releases` in the order given (callers pass newest first) with status,
    /// schedule, sign-offs N/M and readiness, each linking to its own section below.
    static QByteArray index(const std::vector<DashboardRelease> &releases, ExportFormat format,
                            const DashboardOptions &options = {});

    /// The anchor GitHub gives a Markdown heading with `text` (lower case, punctuation and
    /// symbols dropped, spaces to hyphens); the HTML export uses the same ids.
    static QString headingSlug(const QString &text);
};

/// Writes `bytes` to `path` atomically (QSaveFile): either the whole file is replaced or nothing
/// changes. The error names the path and what to do.
Expected<Done> writeExportFile(const QString &path, const QByteArray &bytes);

} // namespace rc::core
