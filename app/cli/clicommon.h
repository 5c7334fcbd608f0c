#pragma once

// What the command files of releasectl share: the command table, the per-command parser, the
// colours and the formatting helpers. Internal to app/cli.

#include "cli.h"
#include "git/repository.h"
#include "manifest/manifest.h"
#include "workspace/workspace.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>
#include <vector>

namespace rc::cli {

struct Cli::Context
{
    std::optional<core::Repository> repo;
    core::WorkspaceScan scan;
};

namespace detail {

inline constexpr const char *Bold = "1";
inline constexpr const char *Dim = "2";
inline constexpr const char *Red = "31";
inline constexpr const char *Green = "32";
inline constexpr const char *Yellow = "33";

struct CommandSpec
{
    QString name;
    QString syntax; ///< after "releasectl [--repo DIR] NAME"
    QString description;
};

const std::vector<CommandSpec> &commandSpecs();
const CommandSpec *findSpec(const QString &name);
/// The parser's error without Qt's closing period, so ours can go on with "; see ...".
QString parseError(const QCommandLineParser &parser);

bool isFinished(core::ReleaseStatus status);
QString formatDiagnostic(const core::Diagnostic &d);
QJsonValue jsonString(const QString &text);
QJsonValue jsonTime(const QDateTime &time);
QJsonArray jsonStrings(const QStringList &list);
QString humanTime(const QDateTime &time);
QString writeJson(const QJsonDocument &document);

// checklistcommands.cpp: when release-day checklist items fall due, for status and its JSON.
struct ChecklistTiming
{
    QDateTime now; ///< UTC: status --at TIME, else the current time
    int windowMinutes = 120; ///< the release type's window, from the rules when they say
};
ChecklistTiming checklistTiming(const core::Repository *repo, const core::Manifest &manifest, const QDateTime &at);
/// Adds phase, section, role, due, due_at and due_state to an item of the status JSON.
void addChecklistTiming(QJsonObject &object, const core::ChecklistItem &item, const core::Manifest &manifest,
                        const ChecklistTiming &timing);
/// "Pre-release: Testing", "Release day: T-60 minutes": the heading of a template item's group; empty without phase and section.
QString checklistGroup(const core::ChecklistItem &item);
/// "T-60, overdue since …" for the dashboard, with the colour to show it in; empty when nothing falls due.
QString dueText(const core::ChecklistItem &item, const core::Manifest &manifest, const ChecklistTiming &timing,
                const char *&colour);

// A parser per command: its own --help, and --repo accepted after the command too.
struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help.")};
    QCommandLineOption repo{QStringLiteral("repo"), Cli::tr("The clone to work in (default: the one around the working directory)."), QStringLiteral("DIR")};
    const CommandSpec *spec = nullptr;

    explicit CommandLine(const QString &name)
        : spec(findSpec(name))
    {
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOption(help);
        parser.addOption(repo);
    }

    QString helpText() const
    {
        // Qt's usage line names the executable's full path; ours names the command properly.
        QString text = parser.helpText();
        const qsizetype firstBreak = text.indexOf(QLatin1Char('\n'));
        text = text.mid(firstBreak + 1);
        return Cli::tr("Usage: releasectl [--repo DIR] %1 %2\n%3\n").arg(spec->name, spec->syntax, spec->description) + text;
    }
};

} // namespace detail

} // namespace rc::cli
