#pragma once

#include "expected.h"
#include "manifest/manifest.h"

#include <QByteArray>
#include <QDate>
#include <QTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace rc::core {

class Repository;

/// One component of the monorepo: who owns it and which paths belong to it.
struct ComponentRule
{
    QString name;
    /// Normalised prefixes relative to the clone's root: "dir/sub/" (a directory, trailing slash)
    /// or "README.md" (a file, or a directory when written without the slash).
    QStringList paths;
    QString team;
    QString teamLead;
    QString tagPattern; ///< glob for this component's release tags ("api/v*"); empty: the rules' one
    /// `allowed_users:` GitHub logins ("@dan" or "dan") who may sign this component off besides its
    /// team lead.
    QStringList allowedUsers;
    SourceLocation location; ///< of the entry in .release-console.yaml; 0 for derived defaults

    /// True when `path` (relative to the root, "/"-separated) is inside one of this component's paths.
    bool owns(const QString &path) const;
};

struct ReleaseWindowRule
{
    QString start; ///< "10:00", empty when any time is fine
    QString duration; ///< "2h", "30m"
};

/// A release train type (regular, hotfix, major), kept as written.
struct ReleaseTypeRule
{
    QString name;
    QString schedule; ///< weekly, monthly, as_needed, ...
    QString day;
    ReleaseWindowRule window;
    QStringList approvals; ///< roles, or the shorthands team_leads / all_stakeholders
    SourceLocation location; ///< of the type's key in .release-console.yaml
};

/// A period in which releases do not deploy (`freezes:`), validated as read. Times are wall-clock
/// times in the rules' time zone; ReleaseCalendar turns them into instants.
struct FreezeRule
{
    enum class Kind { OneOff, Yearly, Weekly };

    QString name;
    Kind kind = Kind::OneOff;
    QString text; ///< the period as written ("Dec 20 - Jan 2"), for messages
    // OneOff: from the start (date and time) to the exclusive end.
    QDate fromDate;
    QTime fromTime;
    QDate untilDate;
    QTime untilTime;
    // Yearly: month and day, both days included.
    int fromMonth = 0;
    int fromDay = 0;
    int untilMonth = 0;
    int untilDay = 0;
    // Weekly: ISO weekday (1 = Monday) and time, the end exclusive.
    int fromWeekday = 0;
    QTime fromClock;
    int untilWeekday = 0;
    QTime untilClock;
    /// `applies_to:` release types; empty: ReleaseCalendar::defaultFreezeTypes() (hotfixes pass).
    QStringList appliesTo;
    SourceLocation location; ///< of the entry in .release-console.yaml
};

struct GitHubRule
{
    QString repository; ///< owner/name; empty: from the origin remote
    QString workflow = QStringLiteral("release-train.yml");
    QString ref;
    QString apiUrl; ///< api_url: GitHub Enterprise Server's "https://HOST/api/v3"; empty: api.github.com
};

/// A `notifications:` entry: where and how one event is announced in Slack. Empty fields keep the
/// seed's default for the event (core/notify/notification.h).
struct NotificationRule
{
    QString event;
    QString channel; ///< may hold placeholders ("#team-{team}")
    QString priority; ///< "urgent" or "normal"
    QString message; ///< the text, with placeholders such as {release_id}
    SourceLocation location; ///< of the entry in .release-console.yaml
};

/// The repository's release rules, from `.release-console.yaml` at the clone's root or derived
/// from the top-level directories of HEAD's tree when that file does not exist.
struct RepositoryRules
{
    std::vector<ComponentRule> components;
    QString tagPattern; ///< glob for release tags ("v*"); empty: every tag
    GitHubRule github;
    std::vector<ReleaseTypeRule> releaseTypes;
    std::vector<NotificationRule> notifications;
    /// `timezone:` an IANA name ("Europe/Berlin") the windows and freezes are read in; empty: UTC.
    QString timeZone;
    std::vector<FreezeRule> freezes;
    /// Whether readiness blocks a deploy outside its window or inside a freeze. `enforce_windows:`
    /// when written; otherwise true when the file declares release_types: or freezes:, so a clone
    /// that never described its trains is not held to the seed's Tuesday windows.
    bool enforceWindows = false;
    /// `break_glass_lasts:` how long a break-glass override lifts the clock after it is recorded,
    /// in minutes; 0 when the file does not say (ReleaseCalendar then uses 4 hours).
    int breakGlassMinutes = 0;
    /// `signoff_allowed_users:` GitHub logins who may sign any component off (a release manager).
    QStringList signoffAllowedUsers;
    bool fromFile = false; ///< false when the components are the derived defaults

    /// The component that owns `path`; the longest matching prefix wins. Null when none does.
    const ComponentRule *componentForPath(const QString &path) const;
    const ComponentRule *component(const QString &name) const;
    /// Who may sign `component` off besides its team lead: its allowed_users, then the top-level
    /// signoff_allowed_users, each once.
    QStringList signoffAllowedUsersFor(const QString &component) const;
    /// The tag pattern that applies to `component`: its own, else the top-level one.
    QString tagPatternFor(const ComponentRule &component) const;
    const ReleaseTypeRule *releaseType(const QString &name) const;
};

struct RulesResult
{
    std::optional<RepositoryRules> rules; ///< set when there are no errors
    std::vector<Diagnostic> errors;
    std::vector<Diagnostic> warnings; ///< unknown keys

    bool ok() const { return rules.has_value(); }
};

/// The file name of the rules, at the clone's root.
inline constexpr char16_t repositoryRulesFileName[] = u".release-console.yaml";

/// Turns a path prefix as written in the rules into the normal form ComponentRule::paths holds:
/// no leading "./" or "/", no "." components or doubled slashes, trailing slash kept. Fails for an
/// empty path, the root itself, and ".." components, with a message that says what to write.
Expected<QString> normalizeRulePath(const QString &path);

/// Reads the rules from the raw bytes of `.release-console.yaml`. `fileName` is only used in
/// diagnostics. Never throws; refuses files over 1 MiB, deep nesting and alias bombs.
/// Errors (file:line:column): YAML syntax, wrong types, missing name or paths, duplicate
/// component names, a path claimed by two components, bad paths, an allowed user that is not a GitHub
/// login, an impossible release window (bad day, 25:00, a length of zero or longer than its
/// period), an unknown time zone, bad or overlapping freezes. Unknown keys are warnings.
RulesResult parseRepositoryRules(const QByteArray &bytes, const QString &fileName);

/// The components when a clone has no rules file: one per top-level directory of HEAD's tree
/// (dot-directories and releases/ excluded), each owning "its-name/".
Expected<RepositoryRules> defaultRepositoryRules(const Repository &repo);

/// Reads `.release-console.yaml` from the work tree with every diagnostic, or derives the
/// defaults when it does not exist.
RulesResult readRepositoryRules(const Repository &repo);

/// As readRepositoryRules(), with the first error (and how many more there are) as the error.
Expected<RepositoryRules> loadRepositoryRules(const Repository &repo);

} // namespace rc::core
