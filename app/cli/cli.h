#pragma once

#include "expected.h"
#include "manifest/manifestedit.h"
#include "github/githubsettings.h"
#include "manifest/manifestfile.h"
#include "notify/notification.h"
#include "rules/readiness.h"
#include "rules/releasecalendar.h"
#include "rules/repositoryrules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>
#include <vector>

namespace rc::core {
struct ReleaseEntry;
struct WorkspaceScan;
class Repository;
class SlackNotifier;
} // namespace rc::core

namespace rc::cli {

/// Exit codes of `releasectl`; documented in docs/cli.md and relied on by scripts and CI.
/// (No fixed underlying type: lupdate loses the rest of the namespace after `enum X : int`.)
enum ExitCode {
    ExitDone = 0,
    ExitFailed = 1, ///< git, file system, a file changed on disk since it was loaded
    ExitInvalidInput = 2, ///< bad arguments, unknown release, broken manifest, invalid transition
    ExitBlocked = 3, ///< readiness says the release may not deploy
};

/// What a command ended with: the exit code and, for failures, the message for stderr.
struct Outcome
{
    int exitCode = ExitDone;
    QString message;
};

/// Saves `edit` into `file` and maps what can go wrong to an exit code: a file that changed on
/// disk since it was loaded is a failure (1) with a message telling the user to run the command
/// again, because the command was sound but the file moved under it; any other refusal of the
/// save is also a failure (1). Input problems must have been caught before (applyToManifest).
Outcome saveEdit(core::ManifestFile &file, const core::ManifestEdit &edit);

/// Finds a checklist item by 1-based index ("3") or by text: exact, then case-insensitive exact,
/// then a unique case-insensitive substring. Returns the 0-based index or an error naming the
/// candidates.
core::Expected<int> findChecklistItem(const core::Manifest &manifest, const QString &spec);

/// Finds an approval role the same way (exact, case-insensitive, unique substring).
core::Expected<QString> findApprovalRole(const core::Manifest &manifest, const QString &spec);

/// Finds a component by exact or case-insensitive name.
core::Expected<QString> findComponent(const core::Manifest &manifest, const QString &spec);

/// The `releasectl` program: parses the arguments, runs one command, writes to `out` and `err`
/// and returns the exit code. Never calls exit() and never shells out to git.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(rc::cli::Cli)

public:
    struct Options
    {
        bool colour = false; ///< ANSI colour in human output (main: stdout is a terminal and NO_COLOR unset)
        QString workingDirectory; ///< where --repo is resolved from and the clone is discovered; default: current
    };

    Cli(QTextStream &out, QTextStream &err, Options options);

    /// `arguments` without the program name.
    int run(const QStringList &arguments);

    struct Context; // clicommon.h

private:

    int runList(const QStringList &args);
    int runStatus(const QStringList &args);
    int runValidate(const QStringList &args);
    int runCheck(const QStringList &args);
    int runSignOff(const QStringList &args);
    int runChecklist(const QStringList &args);
    // checklistcommands.cpp
    int runChecklistAdd(Context &context, const core::ReleaseEntry &entry, const QStringList &specs, bool force,
                        const QString &by, bool commit);
    int runApprove(const QStringList &args);
    int runTransition(const QStringList &args, const QString &commandName);
    // historycommands.cpp
    int runChanges(const QStringList &args);
    int runCreate(const QStringList &args);
    int runHotfix(const QStringList &args);
    // remotecommands.cpp
    int runFetch(const QStringList &args);
    int runPush(const QStringList &args);
    // githubcommands.cpp
    int runGitHub(const QStringList &args);
    /// What every GitHub command needs: the rules, the settings (rules, origin remote,
    /// GITHUB_API_URL) and the token (GH_TOKEN, else GITHUB_TOKEN).
    struct GitHubAccess
    {
        core::RepositoryRules rules;
        core::GitHubSettings settings;
        core::GitHubToken token;
    };
    /// Resolves the GitHub access of the open clone; nullopt after reporting why, with the exit
    /// code in `exitCode`. `tokenUse` ends the no-token message ("may write issues in %1").
    std::optional<GitHubAccess> resolveGitHub(Context &context, const QString &tokenUse, int &exitCode);
    // deploycommands.cpp: deploy, rollback and dispatch share one path
    struct RunFollower;
    int runWorkflowCommand(const QString &command, const QStringList &args);
    int runWatch(const QStringList &args);
    static QString dispatchActionNamesText();
    // signoffcommands.cpp
    int runSignoffs(const QStringList &args);
    // notifycommands.cpp
    int runNotify(const QStringList &args);
    // exportcommands.cpp
    int runExport(const QStringList &args);
    // calendarcommands.cpp
    int runWindows(const QStringList &args);
    int runOverride(const QStringList &args);
    /// The release calendar of the clone's rules; null after reporting the rules' errors, with
    /// the exit code in `exitCode`. Commands that gate on time (check, deploy) use this.
    std::optional<core::ReleaseCalendar> loadCalendar(Context &context, int &exitCode);
    /// Loads the calendar once for views (list, status); broken rules leave it unset, and
    /// readiness then falls back to the manifest alone.
    void ensureCalendar(Context &context);
    /// Readiness with the calendar's windows and freezes at now() when the calendar is known.
    core::Readiness readinessOf(const core::Manifest &manifest) const;
    /// "Fri 2024-01-19 14:00 (Europe/Berlin)" in the calendar's time zone; UTC without a calendar.
    QString calendarTime(const QDateTime &t) const;
    /// --at TIME when given, the clock otherwise.
    QDateTime now() const;
    /// Reads --at TIME (ISO 8601; UTC when no offset is given) into now(); false after reporting.
    bool readAt(const QString &text);
    /// The clone's notifier: its outbox, the rules' templates, the environment's webhooks.
    std::unique_ptr<core::SlackNotifier> makeNotifier(Context &context, bool quiet);
    /// Queues `notifications` in the clone's Slack outbox and sends them for a few seconds at
    /// most. Never changes the exit code: what cannot be sent waits in the outbox, and stderr
    /// says so. Does nothing when no webhook is set.
    void sendNotifications(Context &context, const std::vector<core::Notification> &notifications);
    /// One event about the release in `manifestPath` as it is on disk now; `user` defaults to
    /// git config releaseconsole.user.
    void notifyRelease(Context &context, core::NotificationEvent event, const QString &manifestPath,
                       QHash<QString, QString> extra = {});

    int fail(int exitCode, const QString &message);
    /// Raw UTF-8 to standard output, past the text codec when the stream has a device.
    void writeBytes(const QByteArray &bytes);
    bool openClone(Context &context);
    bool scanClone(Context &context);
    const core::ReleaseEntry *resolveRelease(Context &context, const QString &spec, bool allowDefault);
    bool requireLoaded(const core::ReleaseEntry &entry);
    /// Scans the clone and finds the release `spec` with a readable manifest. Returns null after
    /// reporting why, with the exit code to end with in `exitCode`.
    const core::ReleaseEntry *loadRelease(Context &context, const QString &spec, bool allowDefault, int &exitCode);
    QString resolveUser(Context &context, const QString &given);
    int applyAndCommit(Context &context, const core::ReleaseEntry &entry, const core::ManifestEdit &edit,
                       bool commit);

    void printUsage(QTextStream &stream) const;
    void printDiagnostic(const core::Diagnostic &diagnostic);
    void printDashboard(const core::ReleaseEntry &entry);
    QString paint(const QString &text, const char *code) const;

    QTextStream &m_out;
    QTextStream &m_err;
    Options m_options;
    QString m_repoOption;
    /// --at TIME for check and status: the moment windows, freezes and release-day checklist
    /// items are judged at; invalid for the clock.
    QDateTime m_now;
    bool m_calendarLoaded = false;
    std::optional<core::ReleaseCalendar> m_calendar;
};

} // namespace rc::cli
