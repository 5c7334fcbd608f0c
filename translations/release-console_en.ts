<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <source>inside an HTML comment, so nobody sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside a code block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indented as code (four spaces or a tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside a quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after /approve; write /approve alone on its line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rejection needs a reason: /reject REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on a line of its own; write /approve or /reject REASON alone on a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (team lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody (no team lead or allowed user is configured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the author&apos;s account no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comment both approves and rejects; write one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1 may not sign this component off; who may: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository permission of @%1 could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1 has %2 access to the repository; signing off needs write access or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These sign-off commands did not count:

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- `%1` by @%2 (%3): %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deleted account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
To sign off, %1 (with write access to the repository) writes a comment with a line that says exactly `/approve`, or `/reject REASON`.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk since the check read it, so no more decisions were written to it; run the check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved but not committed: %2; commit it yourself, or fix the cause and commit with your git tools</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Release dashboard for a git clone: components, sign-offs, checklist, approvals and readiness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A git clone, or a release manifest inside one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a fresh demo clone and open it, with a GitHub simulated on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours of the window for this run: light, dark or system. Without it, View → Appearance decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release-console: --palette takes light, dark or system, not &quot;%1&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::app::DemoGitHub</name>
    <message>
        <source>The simulated GitHub of the demo could not listen on 127.0.0.1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::cli::Cli</name>
    <message>
        <source>%1 has errors; the release windows cannot be known until they are fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output (see docs/cli.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day to list (default: today in the rules&apos; time zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many days to list (default: 28, at most 366).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; see &apos;releasectl windows --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>windows takes no arguments; see &apos;releasectl windows --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days %1 is not a number of days from 1 to 366</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is not a date; write it as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release calendar %1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>freeze &quot;%1&quot; (holds %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  No windows or freezes in these days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the release must deploy outside its window (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who overrides (default: git config releaseconsole.user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the manifest without committing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release id or manifest path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; see &apos;releasectl override --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override takes one release; see &apos;releasectl override --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a break-glass override needs a reason: --reason &quot;why this cannot wait&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, overdue since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, due now (by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 checklist applies only to a release with database migrations, and no commit %2 changed migrations/, db/migrate/ or db/migrations/ in the components of %3; pass --force to add it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to add: every item of %1 is in the checklist of %2 already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 matches &quot;%2&quot;; there are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several %2s: %3; give more of the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases under releases/ with status, schedule, sign-offs and readiness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard of one release, with readiness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check manifests (default: all under releases/); exits 2 on any error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness to deploy, release windows and freezes included; exits 3 and lists blockers when blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a component off, reject it or reset it to pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick or untick a checklist item (ITEM: 1-based index or text), or add a checklist template (pre-release, release-day, role:ROLE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a role&apos;s approval, rejection or reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a release along its lifecycle (alias: status-set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commits per component since the last release tag, with suggested versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new release manifest from the changes since the last tag, and commit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut branch hotfix/NAME at the production tag and write its hotfix manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the upstream and show how far the clone is ahead or behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push committed manifest edits; re-applies them on top when the upstream moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection to GitHub: who the token is, what it may do in the repository, and the rate limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch the release workflow&apos;s deploy_production, gated by readiness (exit 3 when blocked); a dry run unless --no-dry-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch the release workflow&apos;s rollback for a deployed release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch any action of the release workflow (create_release, request_signoffs, check_signoffs, deploy_production, rollback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow a workflow run until it completes and exit with its conclusion; completes a deploy&apos;s manifest status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a GitHub sign-off issue per pending component, or read their /approve and /reject comments into the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Slack outbox, send what waits in it, or post a test message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard as a Markdown or HTML document; --all for an index of every release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release windows and freezes of the coming days, in the rules&apos; time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break glass: let a release deploy outside its window or in a freeze; recorded in the manifest and announced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk; run the command again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release %1 has no checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist item %1 does not exist; items are numbered 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release %1 has no approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release %1 has no component &quot;%2&quot;; components: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: releasectl [--repo DIR] COMMAND [ARGS...]
The command-line twin of Release Console: release manifests under releases/ in a git clone.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Global options:
  --repo DIR     the clone to work in (default: the one around the working directory)
  -h, --help     this help; &apos;releasectl COMMAND --help&apos; for a command
  -v, --version  the version

RELEASE is a release id (release.id in the manifest) or a path to its file.
Exit codes: 0 done, 1 failed (git, file system), 2 invalid input, 3 blocked by readiness.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--repo needs a directory: --repo DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1; see &apos;releasectl --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; commands: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--repo %1: no such directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Run releasectl inside a clone or point at one with --repo DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the clone at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name a release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no release manifests under releases/ in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no open release (all are deployed, rolled back or cancelled); name one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 releases are open; name one:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a manifest under releases/ of the clone at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has errors; fix them and run the command again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who is signing? Set your handle once with &apos;git config releaseconsole.user @you&apos;, or pass --by @you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved %1 (not committed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved but not committed: %2
Commit it yourself, or fix the cause and commit with your git tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved %1, commit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; see &apos;releasectl list --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no arguments; see &apos;releasectl list --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release manifests under releases/ in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCHEDULED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MANAGER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIGN-OFFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(1 error; run &apos;releasectl validate&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 errors; run &apos;releasectl validate&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (uncommitted changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (not in git yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components (%1 of %2 signed off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIGN-OFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist (%1 of %2 done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready to deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked (1 blocker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked (%1 blockers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break glass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show release-day checklist items due or overdue, and the release windows, as at TIME (ISO 8601, e.g. 2024-01-15T09:45:00Z) instead of now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release id or manifest path (default: the one open release).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; see &apos;releasectl status --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status takes one release; see &apos;releasectl status --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at needs an ISO 8601 time such as 2024-01-15T09:45:00Z, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge the release windows and freezes as at TIME (ISO 8601, e.g. 2024-01-23T10:30:00Z) instead of now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; see &apos;releasectl check --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check takes one release; see &apos;releasectl check --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ready to deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is blocked (1 blocker):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is blocked (%2 blockers):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifests to check (default: every manifest under releases/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; see &apos;releasectl validate --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 manifest checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 manifests checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the component off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject it, saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signs (default: git config releaseconsole.user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file but do not commit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; see &apos;releasectl signoff --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signoff needs RELEASE and COMPONENT; see &apos;releasectl signoff --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signoff needs exactly one of --approve, --reject REASON, --reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reject needs a reason: --reject &quot;what is wrong&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did it (default: git config releaseconsole.user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append a checklist template&apos;s items that the checklist does not have yet: pre-release, release-day or role:ROLE (team_lead, qa_lead, security, dba, release_manager); may be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --add role:dba: add the DBA checklist even when no migrations changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-based index, or the item&apos;s text (exact or a unique part of it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; see &apos;releasectl checklist --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist --add takes RELEASE and no ITEM, --done or --undo; see &apos;releasectl checklist --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist needs RELEASE and ITEM; see &apos;releasectl checklist --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist needs exactly one of --done, --undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject instead, saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who approves (default: git config releaseconsole.user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval role, e.g. &quot;Tech Lead&quot; (or a unique part of it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; see &apos;releasectl approve --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve needs RELEASE and ROLE; see &apos;releasectl approve --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve takes --reject or --reset, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; see &apos;releasectl %1 --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs RELEASE and STATUS; see &apos;releasectl %1 --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; statuses: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot move from %2 to %3: %2 is final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot move from %2 to %3; from %2 it can go to: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be marked approved until these are done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clone to work in (default: the one around the working directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: releasectl [--repo DIR] %1 %2
%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with access to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>releasectl: GitHub did not answer as expected, still watching: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run for real (the default is a dry run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the run until it completes and exit with its conclusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (see docs/cli.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (required for a rollback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll every MS milliseconds while the run moves (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch needs RELEASE and ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs RELEASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; ACTION is one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rollback needs a reason: --reason &quot;what went wrong&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason is for a rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval takes milliseconds, 10 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not deploy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be rolled back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRY RUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (nothing changes; --no-dry-run for a real run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REAL RUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy %1 to production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  repository %1, workflow %2 on %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  components:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>releasectl: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays deploying until the run is followed to its end: releasectl watch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is marked rolled back once the run succeeds: releasectl watch %2 --reason %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow it: releasectl watch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback run did not succeed; %1 stays deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON when the run completes (see docs/cli.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a real rollback run started without --watch: mark the release rolled back with this reason when the run succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow run&apos;s id (the number in its URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; see &apos;releasectl watch --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch needs the run&apos;s id, a number such as 30433642; see &apos;releasectl watch --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason needs text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 is not a rollback of a release in this clone, so --reason has nothing to mark; the run&apos;s name must carry the action and the release id (docs/cli.md#workflow-requirements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback run did not succeed; %1 stays %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every release under releases/: an index, newest first, and a section per release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>markdown or html (default: from the -o file&apos;s suffix, else markdown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE (replaced atomically) instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; see &apos;releasectl export --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes one release, or --all; see &apos;releasectl export --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a release or --all, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; formats: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o %1 is a folder; give a file name such as %1/dashboard.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 manifest has errors; fix it and export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 manifests have errors; fix them and export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index of 1 release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index of %1 releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dashboard of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2) to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no GitHub token: set GH_TOKEN or GITHUB_TOKEN to a token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; see &apos;releasectl github --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>github takes no arguments; see &apos;releasectl github --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API:          %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository:   %1 (%2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow:     %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as: %1 (token from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token scopes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May dispatch workflows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May write issues:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit:   %1 of %2 left, resets %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start after this tag or revision (default: the last release tag reachable from --until).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End at this revision (default: HEAD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (format in docs/cli.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let pre-release tags count as current versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; see &apos;releasectl changes --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes takes no arguments, only options; see &apos;releasectl changes --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until needs a revision, e.g. --until HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since needs a tag or revision, e.g. --since v1.2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no release tag is reachable from %1 in this shallow clone; fetch the whole history with &apos;git fetch --unshallow&apos;, or pass --since TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no commits between %1 and %2; nothing changed since %1 (give an older --since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes %1..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (no component&apos;s paths)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start after this tag or revision (default: the last release tag reachable from HEAD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regular (default), hotfix or major.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it goes out, e.g. 2024-01-16T10:00:00Z (default: the next window of its type).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new release&apos;s id (default: rel-YYYY-MM-DD-NNN, the next free one today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; see &apos;releasectl create --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create takes at most one RELEASE_ID; see &apos;releasectl create --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type %1: not a release type; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scheduled %1: not a time; write it like 2024-01-16T10:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a release here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD has no commit yet; commit something first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has uncommitted changes; commit or discard them before creating a release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who manages this release? Set your handle once with &apos;git config releaseconsole.user @you&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; choose another release id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release %1 exists already in %2; choose another release id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no release tag is reachable from HEAD in this shallow clone; fetch the whole history with &apos;git fetch --unshallow&apos;, or pass --since TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no component changed since %1; there is nothing to release (give an older --since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1 (%2, %3 release since %4) in commit %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from this tag (default: the production tag, the tag of the newest deployed release).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The component to fix (required when there are several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hotfix release&apos;s id (default: rel-YYYY-MM-DD-hotfix-NNN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hotfix&apos;s name: the branch becomes hotfix/NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; see &apos;releasectl hotfix --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hotfix needs NAME (the branch becomes hotfix/NAME); see &apos;releasectl hotfix --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a branch name; use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, e.g. hotfix geo-bounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a hotfix here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracked files have uncommitted changes (%1); commit or stash them before switching to hotfix/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who manages this hotfix? Set your handle once with &apos;git config releaseconsole.user @you&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switched to new branch %1 at %2 (%3); created %4 for %5 %6 → %7 in commit %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  next: commit the fix on %1, then get the Tech Lead and On-call approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack: %1 is ignored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack: the seed&apos;s messages are used, since the rules cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Slack: %n message(s) wait in the outbox (%1); &apos;releasectl notify flush&apos; sends them.</source>
        <translation>
            <numerusform>Slack: %n message waits in the outbox (%1); &apos;releasectl notify flush&apos; sends it.</numerusform>
            <numerusform>Slack: %n messages wait in the outbox (%1); &apos;releasectl notify flush&apos; sends them.</numerusform>
        </translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test: the channel whose webhook to test (default: #releases).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flush: send a failed or unconfirmed message again (its id, or &quot;all&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flush: remove a message from the outbox without sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status, flush or test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; see &apos;releasectl notify --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notify needs one of status, flush or test; see &apos;releasectl notify --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resend and --discard apply to notify flush only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--channel applies to notify test only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Slack webhook for %1: set %2 (or %3 for every channel) to the URL of an incoming webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release Console can post to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Slack accepted a test message for %1 (webhook on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack did not take the test message for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Slack webhook is set: set RC_SLACK_WEBHOOK_URL (or RC_SLACK_WEBHOOK_URL_&lt;CHANNEL&gt;) to send the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack webhooks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack webhooks: none (set RC_SLACK_WEBHOOK_URL, or RC_SLACK_WEBHOOK_URL_&lt;CHANNEL&gt; per channel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox: %1 waiting, %2 failed or unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; see &apos;releasectl fetch --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch takes no arguments; see &apos;releasectl fetch --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the upstream decided differently, record our decision on top of theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the upstream decided differently, keep theirs and leave ours out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; see &apos;releasectl push --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push takes --keep-mine or --take-theirs, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push takes no arguments; see &apos;releasectl push --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not pushed: %1 changed the same decisions differently; nothing was lost, your commits are still on %2 and the upstream is untouched:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
    ours:   %1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
    theirs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Agree with the other side on which decision stands, then run releasectl push --keep-mine to record ours on top of theirs, or releasectl push --take-theirs to leave ours out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had moved: re-applied %2 on top of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pushed %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to push: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: save the sign-offs but do not commit them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request or check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; see &apos;releasectl signoffs --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signoffs needs request or check, and RELEASE: releasectl signoffs request|check RELEASE; see &apos;releasectl signoffs --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--no-commit applies to signoffs check only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that may write issues in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-off issues of %1 were not requested: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off issues for %1 in %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created #%1</source>
        <comment>issue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already open #%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed duplicates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also open for this component: %1; close the extra ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-offs of %1 were not checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-offs of %1 from %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by @%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected by @%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by %1 at %2 (in the manifest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, no open sign-off issue: run &apos;releasectl signoffs request %2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest holds a newer decision (%1); kept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored &quot;%1&quot; by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deleted account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>told them why on #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window and freeze blockers of %1 are lifted until %2; sign-offs and approvals still apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifts until %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>break-glass override until %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::cli::RunView</name>
    <message>
        <source>attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 more lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: completed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: step %2 %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: step %2 %3 completed %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: last lines of the log:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::core::Branches</name>
    <message>
        <source>no repository is open; open a clone first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tag, branch or commit in this clone; list tags with &apos;git tag&apos;, or fetch first if it is on the remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not point at a commit; give a tag, branch or commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD is detached (not on a branch); switch to a branch first, e.g. &apos;git switch main&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current branch has no commits yet; commit something first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read HEAD: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the state of the work tree: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid branch name; use letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; and &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a commit id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit %1 is not in this clone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch %1 already exists; choose another name or delete it with &apos;git branch -D %1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create branch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switching to %1 would overwrite uncommitted changes in %2; commit or stash them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check out %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked out %1 but cannot point HEAD at it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete branch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::core::Changes</name>
    <message>
        <source>object %1 is a %2, not a %3; the clone may be damaged, run `git fsck`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1: delta bases refer to each other; run `git fsck`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the object database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read object %1: %2; the clone may be incomplete (a shallow clone?), fetch the whole history with `git fetch --unshallow` or run `git fsck`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read tree %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tree %1 is corrupt; run `git fsck`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tag, branch or commit in this clone; list tags with `git tag` or fetch them with `git fetch --tags`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not point at a commit; give a tag, branch or commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the commit-graph cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read commit %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history of %1 contains a cycle; run `git fsck`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no repository is open; open a git clone first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component %1: path &apos;%2&apos; is not a path inside the repository; write it relative to the root without &apos;.&apos; or &apos;..&apos;, e.g. &apos;services/api/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot walk the history of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot walk the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot walk the history from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot walk the history since %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot walk the history of %1 (a shallow clone?): %2; fetch the whole history with `git fetch --unshallow`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent of commit %1 is missing (a shallow clone?); fetch the whole history with `git fetch --unshallow`</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::core::ChecklistTemplates</name>
    <message>
        <source>%1 must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role must be a role name in lower case with underscores, such as qa_lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a checklist template is a mapping with name:, title: and items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys must be plain names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applies_when must be migrations (or be left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key %1 (ignored); known keys here: name, title, phase, role, applies_when, items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template has no items:; list its items as - item: &apos;text&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items must be a list of - item: &apos;text&apos; entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry of items must be a mapping with item: and its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due must be T-60, T-30, T-0 (minutes before release.scheduled_at; T+N for after), during or post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required must be true or false, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key %1 in a template item (ignored); known keys here: item, section, phase, role, due, required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this entry has no item: text; write - item: &apos;what to check&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item %1 is listed twice; keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items is empty; a template lists at least one item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 bytes; templates larger than %2 bytes are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; a template needs name:, title: and items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brackets are nested deeper than %1 levels; a template is a flat list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error: %1; check the indentation and quoting here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no checklist template %1; templates: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a template name; use letters, digits, - and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the checklist template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and %1 more errors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the built-in %1 template is not used in its place: fix the file or remove it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::core::CommitDetails</name>
    <message>
        <source>no repository is open; open a clone first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit %1 does not exist in this clone; reload the changes (history may have been rewritten) or fetch first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not name a commit; give a commit id, branch or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tree of commit %1 cannot be read (%2); the clone may be shallow or damaged: run git fsck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent of commit %1 is missing from this clone (a shallow clone?); fetch its history with git fetch --unshallow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the files changed by commit %1 cannot be listed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renames in commit %1 cannot be detected: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::core::DashboardExport</name>
    <message>
        <source>Current Release: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release Dashboard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blockers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 release, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 releases, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No releases under releases/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name such as %1/dashboard.html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist; create it or choose another place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2; choose a place you may write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All team sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This release is %1; there is nothing left to deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Missing Sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available: the release is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed: no sign-off is pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View Full Manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available: the manifest&apos;s location is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready: every sign-off, approval and required check is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled: the release is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled until all approved: 1 blocker, see Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled until all approved: %1 blockers, see Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possible until deployment starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No components.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approvals recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by Release Console on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language of exported pages (HTML lang)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::core::DemoWorkspace</name>
    <message>
        <source>the demo resource %1 is missing from this build; rebuild rc_core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo resources are missing from this build; rebuild rc_core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the demo clone&apos;s git config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot configure the demo clone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty; choose a new or empty folder for the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::core::Deployment</name>
    <message>
        <source>run %1 is a dry run; a dry run never changes the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workflow run given; the manifest follows a run of the release workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rollback needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read; nothing was written: look at the change, then mark the release again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has errors; fix them and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: release %2 is %3, so it cannot become %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved (status %2) but not committed: %3; commit it with your git tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3, commit %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status is %1: only a deployed release can be rolled back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::core::Dispatcher</name>
    <message>
        <source>a dispatch is already running; wait for it to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no GitHub connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the runs of workflow %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub&apos;s list of runs could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking for runs of %1 in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was dispatched: the runs in flight could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not dispatched: run %1 for %2 is %3 (&quot;%4&quot;): %5; wait for it to complete or cancel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dispatch of workflow %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatching %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not accept return_run_details; sent again without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: the run cannot be identified because %1; check %2 before dispatching again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for the run with correlation id %1 (attempt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; check %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: the runs could not be listed (%1); check %2 before dispatching again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; no run carries correlation id %2, so nothing was started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: GitHub accepted the dispatch but no run carries correlation id %1 yet; check %2 before dispatching again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: no run found for correlation id %1; check %2 before dispatching again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workflow cannot be dispatched: add workflow_dispatch to its on: triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workflow does not declare the input %1; the release workflow needs inputs release_id, action and dry_run (docs/cli.md#workflow-requirements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no release id given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workflow&apos;s action input does not offer %1 (it offers %2); add it to the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workflow has no dry_run input, so a real run cannot be told from a dry one; add input dry_run (boolean, default true)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workflow requires the input %1, which the console does not fill; give it a default or make it optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::core::Git</name>
    <message>
        <source>unknown libgit2 error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::core::GitHubClient</name>
    <message>
        <source>refusing to send the token to %1: the API URL must be https (plain http only for 127.0.0.1, ::1 or localhost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to send the token to %1, which is outside the API URL %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit is used up until %1; try again then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub sent %1 to %2, which is not https; it was not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not download %1 from %2: %3; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 for %3; its link may have expired: try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub did not answer %1 %2 within %3 s; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the network and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request may still have been carried out: check before sending it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not reach GitHub at %1: %2; check the network, the proxy and the API URL (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit stopped %1 %2 (%3 %4); try again after %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub needs a token (401%1): set GH_TOKEN or GITHUB_TOKEN, or store one in the keychain from the GitHub settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub refused the token from %1 (401%2): it is wrong, expired or revoked; create a new token and put it in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the token write access to the repository (fine-grained: the Actions, Contents and Issues permissions; classic: the repo and workflow scopes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the token the permission %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub refused %1 (403%2): the token from %3 lacks a permission; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found on %2 (404): check the name; a private repository also answers 404 when the token has no access to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub rejected %1 (422)%2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub answered %1 for %2%3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; GitHub has a problem, try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub&apos;s answer for %1 is not %2 (%3); check that the API URL points at GitHub&apos;s REST API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object with an array &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub&apos;s answer to /rate_limit has no resources.core; check the API URL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed-in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub&apos;s answer to /user has no login; check the API URL %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::core::GitHubSettings</name>
    <message>
        <source>%1: &quot;%2&quot; is not a URL; write the API&apos;s address, such as %3 or https://HOST/api/v3 for GitHub Enterprise Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the API URL must not contain a user name or password; give the token through GH_TOKEN or the keychain instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 uses plain http, which would send the token unencrypted; use https (plain http is accepted only for 127.0.0.1, ::1 and localhost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not an http(s) URL; write https://api.github.com or https://HOST/api/v3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a repository; write owner/name, such as octocat/hello-world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the origin remote&apos;s URL %1 does not name a GitHub repository (owner/name); set github: repository: owner/name in .release-console.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.release-console.yaml github.api_url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API URL in your settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository in your settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.release-console.yaml github.repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.release-console.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the origin remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no GitHub repository: the clone has no origin remote and .release-console.yaml has no github: repository: owner/name; add one of them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::core::Hotfix</name>
    <message>
        <source>no release is deployed yet (no manifest under releases/ has status deployed), so there is no production tag; pass --from TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history of %1 (release %2, deployed) is not in this clone&apos;s HEAD, so its tag cannot be found; pass --from TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tag marks the deployed release %1 (deployed in commit %2): %3; pass --from TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the hotfix: the branch becomes hotfix/NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid branch name; use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch %1 exists already; choose another name or delete it with &apos;git branch -D %1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no component &apos;%1&apos;; components: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clone has no components; list them in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hotfix ships one component; name it with --component NAME (components: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release %1 exists already in %2; choose another release id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the hotfix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracked files have uncommitted changes (%1); commit or stash them before switching to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hotfix manifest does not parse: %1; fix the text and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and switching back to %1 failed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and deleting %1 failed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the clone is back on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::core::ManifestEdit</name>
    <message>
        <source>release %1 has no component %2; its components are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say who signs off %1 (for example @carol)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejecting the sign-off of %1 needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release %1 has no checklist item %2; it has %3 (numbered from 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say who completed %1 (for example @dan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release %1 has no approval for the role %2; its roles are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say who decides the %1 approval (for example @tech-lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejecting the %1 approval needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release %1 cannot go from %2 to %3; from %2 it can go to: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (it is final)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say who breaks the glass on %1 (for example @dan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a break-glass override of %1 needs a reason: why it cannot wait for its window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the break-glass reason on one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release %1 is %2; a break-glass override is for a release that has yet to deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a checklist item to add has no text; every item needs item: with what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every item of %1 is in the checklist of release %2 already; nothing to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is written in flow style ({...}); adding %2 needs block style (one key per line): rewrite it in block style and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no keys to place %2 next to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is written in flow style ({...}); removing %2 needs block style (one key per line): rewrite it in block style and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts on the same line as its list item; move it to a line of its own and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the position of %1 in %2 could not be found in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of %1 in %2 spans several lines or uses anchors or tags; write it on one line and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest is not a mapping; the checklist cannot be placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest is written in flow style ({...}); write it in block style and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the position of checklist could not be found in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist is written in a form that cannot be extended on its own line; write it as checklist: followed by one item per line and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist: [ ] spans several lines; write it as checklist: [] and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist is not a list; it cannot take new items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist is written in flow style ([...]); new items need one item per line: rewrite it in block style and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest has errors; fix them before editing it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; file left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest could not be read for editing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a mapping in the file; the edit cannot be placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edit could not be applied without changing other content; file left untouched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::core::ManifestFile</name>
    <message>
        <source>cannot read the file: %1; check that it exists and is readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk since it was loaded; reload it and apply the edit again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file: %1; check the folder is writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file: %1; check free disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the file: %1; the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::core::ManifestParser</name>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document expands to more than %1 YAML nodes (aliases count at every use); a manifest is small: remove the anchors and aliases that repeat content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collections are nested deeper than %1 levels (or an alias refers to its own anchor); flatten the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key %1 (first at line %2); keep one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a manifest must be a mapping that starts with a release: block, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of checklist items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest has no release: block; add release: with at least id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys must be plain names, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key %1 (kept in the file, not used); known keys here: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key %1 in %2 (kept in the file, not used); known keys here: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 time such as 2024-01-15T10:00:00Z, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty; it must be one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry of %1 must be a mapping of keys, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release is empty; it needs at least id: (for example id: rel-2024-01-15-001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release must be a mapping with id, status, ..., not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release.id is empty; give the release an id such as rel-2024-01-15-001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type must be one of regular, hotfix, major, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release.id is missing; every manifest needs release: id: (for example rel-2024-01-15-001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes must be a list of strings, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry of changes must be text, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role must be a role name in lower case with underscores, such as qa_lead or release_manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due must be T-60, T-30, T-0 (minutes before release.scheduled_at; T+N for after), during or post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation must be a mapping of checks to results (integration_tests: passed), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUL byte: a manifest is UTF-8 text; this looks like a binary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character 0x%1: a manifest is UTF-8 text; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collections are nested deeper than %1 levels; a manifest nests a few levels at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quoted text is never closed; add the closing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML indents with spaces, not tabs: replace the tab on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the indentation and quoting here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 bytes; manifests larger than %2 bytes are refused (is this the right file?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; a manifest needs at least release: with id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds more than one YAML document; a manifest is a single document (remove the extra --- or ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error: %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be read as YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error: no mapping could be read from here; a manifest starts with release: at the beginning of a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no content; a manifest needs at least release: with id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::core::ManifestSync</name>
    <message>
        <source>%1 sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local commit %1 changes %2 beyond sign-offs, checklist ticks, approvals and status (%3), so it cannot be re-applied without losing that; bring the branch up to date with git (git pull --rebase) and push again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release block changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the validation block changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>components were added or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component %1 became %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component %1 changed beyond its sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist items were added or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist item %1 changed beyond its tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approvals were added or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval %1 changed beyond its decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid commit id %1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the branch and its upstream share no history; bring them together with git (git pull --rebase) and push again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot walk the local commits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the upstream commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read a local commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local commit %1 is a merge; merges cannot be re-applied as edits; bring the branch up to date with git (git pull --rebase) and push again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the local commit %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compare the local commit %1 with its parent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local commit %1 changes %2, which is not a release manifest; only manifest edits can be re-applied; bring the branch up to date with git (git pull --rebase) and push again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local commit %1 deletes or renames %2, which cannot be re-applied as an edit; bring the branch up to date with git (git pull --rebase) and push again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 in the local commit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was created both here (%2) and on the upstream, with different content; bring the branch up to date with git (git pull --rebase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upstream deleted %1, which the local commit %2 edits; bring the branch up to date with git (git pull --rebase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest does not parse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text the console does not write, such as comments or formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upstream&apos;s %1 has errors (%2); fix it on the upstream first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot find what the local commit %1 changed in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upstream&apos;s %1 no longer has the %2 that the local commit %3 changes; bring the branch up to date with git (git pull --rebase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is already %3 on the upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: kept the upstream&apos;s %2 (%3) instead of ours (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 set to ours (%3) over the upstream&apos;s (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot re-apply %1 of the local commit %2 to the upstream&apos;s %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read a tree: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot build the tree: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on the upstream; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the new tree: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the re-applied commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid commit id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the branch moved while pushing; push again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the new commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has uncommitted changes that the upstream also changed; commit or discard them, then push again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the work tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot update the work tree: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the branch: %1; push again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upstream moved; fetching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the fetched upstream %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-applying 1 local commit on top of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-applying %1 local commits on top of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upstream kept moving while pushing (%1 tries); push again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::core::NewRelease</name>
    <message>
        <source>the release id is empty; give one like rel-2024-01-15-001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid release id: use 1 to 100 letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit (e.g. rel-2024-01-15-001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid release id: leave out the .yaml, the file is named after the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a release type; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no release tag is reachable from %1 in this shallow clone; fetch the whole history with &apos;git fetch --unshallow&apos;, or pass --since TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the clone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and %1 more errors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new manifest does not parse: %1; fix the text and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest says release.id %1 but the file would be %2; make them the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit the new release: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; choose another release id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release %1 exists already in %2; choose another release id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has uncommitted changes; commit or discard them before creating a release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1; check its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not created: the commit failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::core::Notification</name>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🚨 URGENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release Console · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::core::Readiness</name>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status is %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a release deploys from approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deployment is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this release is already in production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rolled-back release does not deploy again; create a new release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cancelled release does not deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sign-off pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sign-off %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approval pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approval pending (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approval %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist: %1 (required) not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation: %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation: %1 failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the break-glass override by %1 records no break_glass_at, so it lifts nothing; record it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the break-glass override by %1 ended %2 (%3); record a new one to deploy now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::core::ReleaseCalendar</name>
    <message>
        <source>any time, %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of the month %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 releases may deploy again from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next window opens %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 window opens in the next ten years outside the freezes; check freezes: in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside the freeze %1 until %2 (%3); %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the %1 window %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a time of day; write it on the 24-hour clock as HH:MM, such as 10:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a time of day; hours go from 00 to 23 and minutes from 00 to 59</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration %1 is negative; a window lasts a positive time such as 2h or 30m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a duration; write hours and minutes such as 2h, 30m or 1h30m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration %1 is zero; a window lasts a positive time such as 2h or 30m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration %1 is longer than a year; a window lasts hours, such as 2h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a day of the month&apos;s train; write first, second, third, fourth or last and a weekday, such as first tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a day of the month&apos;s train; write a weekday such as first tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a weekday; write one such as tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a weekday; write one such as tuesday or tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date; write YYYY-MM-DD, or YYYY-MM-DD HH:MM for a time in the rules&apos; time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date of the calendar; check the month and the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the first and the last day such as Dec 20 - Jan 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a yearly period; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a month; write one such as Dec or December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not a day of the year; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a weekly period; write a start and an end such as friday 16:00 - monday 08:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a weekday; write one such as friday or fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts where it ends; a weekly freeze needs a length, such as friday 16:00 - monday 08:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::core::Remote</name>
    <message>
        <source>the ssh agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credential helper &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the remote refused the credentials for %1 (tried %2); check that they are valid and allow access to the repository, or set GH_TOKEN to a token that does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for credentials and none are available; set GH_TOKEN (or GITHUB_TOKEN) to a token with access, configure a git credential helper (git config --global credential.helper store), or use an ssh URL with your key loaded in ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot %1 %2 (%3): %4; check the network and the remote&apos;s URL (git remote -v)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on %2 yet (%3 to push)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is up to date with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 ahead of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 behind %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 ahead, %3 behind %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no repository is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD is detached (not on a branch), so there is nothing to share; check out the release branch first, e.g. git switch main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the branch has no commits yet; commit a manifest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read HEAD: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD is not on a local branch; check out the release branch first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the branch %1 has no upstream; set one with git branch --set-upstream-to=origin/%1 (or push it once with git push -u origin %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the branch %1 tracks a local branch, not a remote; set an upstream on a remote with git branch --set-upstream-to=origin/%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the branch %1 has no upstream branch (branch.%1.merge); set one with git branch --set-upstream-to=%2/%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upstream of %1 is on the remote &quot;%2&quot;, which is not configured; add it with git remote add %2 URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fetch refspec of %1 maps %2 to a tracking branch; check git config remote.%1.fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot walk the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compare %1 with %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the remote %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the remote %1 refused to update %2: %3; ask the repository&apos;s admins whether the branch is protected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::core::Repository</name>
    <message>
        <source>cannot read HEAD: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD does not point at a commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist; open a folder inside a git clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in a clone owned by another user (%2); if you trust it, run git config --global --add safe.directory &lt;the clone&apos;s folder&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not inside a git clone; open a folder that contains a .git directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a bare repository without a work tree; open a clone with checked-out files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1; check its parent is writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a git repository in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the git configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no git author name is set; run git config --global user.name &quot;Your Name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no git author email is set; run git config --global user.email &quot;you@example.com&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no repository is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not inside the clone %2; commit a file from this clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create an index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read HEAD&apos;s tree: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 into git: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot stage %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in the work tree or in HEAD; save the file before committing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the tree: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no changes to commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the new tree: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid git identity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the commit message is empty; give a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot stage the work tree: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid author %1 &lt;%2&gt;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tag %1: HEAD has no commit yet; commit first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the tag %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::core::RepositoryRules</name>
    <message numerus="yes">
        <source> (and %n more problem(s) in the same file)</source>
        <translation>
            <numerusform> (and %n more problem in the same file)</numerusform>
            <numerusform> (and %n more problems in the same file)</numerusform>
        </translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document expands to more than %1 YAML nodes (aliases count at every use); remove the anchors and aliases that repeat content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collections are nested deeper than %1 levels (or an alias refers to its own anchor); flatten the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key %1 (first at line %2); keep one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rules must be a mapping with a components: list, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enforce_windows must be true or false, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rules have no components: list; add one entry per component with name: and paths:, or delete the file to use the top-level directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys must be plain names, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key %1 (ignored); known keys here: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key %1 in %2 (ignored); known keys here: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list such as [a, b], not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry of %1 must be text, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of GitHub logins such as [&apos;@dan&apos;, &apos;@erin&apos;], not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry of %1 must be a GitHub login such as &apos;@dan&apos;, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 is not a GitHub login; write the login as GitHub shows it, such as &apos;@dan&apos; (letters, digits and single hyphens, at most 39)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>components must be a list of entries with name: and paths:, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a component must be a mapping with name: and paths:, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name is empty; give the component a name such as api</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component %1 is listed twice (first at line %2); give each component a different name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry of paths must be a path such as dir/sub/, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paths is empty; list at least one directory or file such as dir/sub/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paths must be a list such as [dir/sub/, README.md], not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a component has no name:; add name: with a short id such as api</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component %1 has no paths:; add paths: with the directories or files it owns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path %1 is listed twice in this component (first at line %2); keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path %1 is already claimed by component %2 (line %3); a path belongs to one component: remove it from one of them, or list a deeper path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>github must be a mapping with repository:, workflow: and ref:, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release_types must be a mapping such as regular:, hotfix:, major:, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release type %1 must be a mapping with schedule:, window: and approvals:, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window must be a mapping with start: and duration:, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule %1 of %2 is not a schedule; write weekly, monthly or as_needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deployed as needed, so day: does not apply; remove it or set schedule: weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window start of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window duration of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>four weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window duration %1 of %2 is longer than its period (%3), so its windows would overlap; make it shorter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timezone %1 is not a time zone this system knows; write an IANA name such as Europe/Berlin, America/New_York or UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>freezes must be a list of entries with name: and from:/until:, yearly: or weekly:, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a freeze must be a mapping with name: and from:/until:, yearly: or weekly:, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a freeze needs a name: that says what it is, such as name: Year-end freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>freeze %1 needs exactly one period: from: and until: (dates), yearly: (such as Dec 20 - Jan 2) or weekly: (such as friday 16:00 - monday 08:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>freeze %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>freeze %1 needs both from: and until:, such as from: 2024-12-20 and until: 2025-01-02</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from of freeze %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until of freeze %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>freeze %1 ends (%2) before it starts (%3); until: is the last day of the freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applies_to of freeze %1 names %2, which is not a release type; use %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>freeze %1 overlaps freeze %2 (line %3); merge them into one or move one of them so they do not share a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notifications must be a list of entries with event: and channel:, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a notification must be a mapping with event: and channel:, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown notification event %1; use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority must be urgent or normal, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a notification needs event: one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown placeholder {%1} in %2; use one of %3, or write {{ and }} for literal braces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path %1 uses a backslash; write paths with / as git does (dir/sub/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path %1 leaves the clone with ..; write it relative to the clone&apos;s root (dir/sub/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path %1 names the whole clone; list the directories or files this component owns (dir/sub/ or README.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 bytes; rules larger than %2 bytes are refused (is this the right file?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file contains NUL bytes; the rules are UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collections are nested deeper than %1 levels; the rules nest a few levels at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error: %1; check the indentation and quoting here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be read as YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no rules; add a components: list, or delete the file to use the top-level directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rules could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clone has no commits yet, so it has no top-level directories to use as components; commit something or add %1 with a components: list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1; check its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>break_glass_lasts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>break_glass_lasts %1 is longer than a week; an override is for one deploy, such as 4h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::core::RunWatcher</name>
    <message>
        <source>run %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub&apos;s answer for run %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the jobs of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub&apos;s jobs of run %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pending deployments of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub&apos;s pending deployments of run %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log of job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no GitHub connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel requested for run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 has already completed and cannot be cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the cancel may or may not have reached GitHub: the run&apos;s status will tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed jobs of run %1 re-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-running failed jobs needs write access to the repository; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub refused to re-run run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 is still running; re-run its failed jobs once it has completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved from the release console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected from the release console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployment of run %1 approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployment of run %1 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 has no such deployment waiting for a review (it may have been reviewed already): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may not review this deployment: only the environment&apos;s required reviewers can; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::core::SignoffSync</name>
    <message>
        <source>the open sign-off issues of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no GitHub client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more open sign-off issues than %1 pages hold; close the ones of past releases and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub dropped the labels (the token needs push access to set them): add the label sign-off-required to #%1 by hand, or the check will not find it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1 could not be assigned; the issue mentions them instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not attempted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub did not answer the request to open the issue (%1), and the issues could not be listed to see whether it was opened (%2); run the request again, it never opens a second issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub did not answer the request to open the issue (%1) and no issue appeared; run the request again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub did not answer, but the issue was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 duplicates #%2 and could not be closed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has errors; fix them first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one open sign-off issue (#%1 and %2 more); only #%1 is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comments of #%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 has more comments than %2 pages hold; not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository permission of @%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository permission of @%1 could not be read, so their command was not counted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

From %1 on issue #%2 (comment %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note about ignored commands could not be posted on #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 could not be closed: %2; the sign-off is recorded, close the issue by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::core::SlackNotifier</name>
    <message>
        <source>Release Console stopped while waiting for Slack&apos;s answer; Slack may have posted it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program sending it stopped before Slack answered; Slack may have posted it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no webhook URL for %1: set one in Settings → Slack… or in %2 (or %3 for every channel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate_limited: Slack asked to wait %1 s (HTTP 429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2 from %3); trying again in %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2 from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; trying again in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after the message was sent; Slack may have posted it, so it is not sent again unless you resend it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posted, but %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is being sent right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no message %1 in the outbox; it may have been sent meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (urgent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found (no network, or DNS cannot resolve it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed (check the system&apos;s certificates and the clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy to %1 refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to %1 failed (network error %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::core::SlackOutbox</name>
    <message>
        <source>Cannot create the Slack outbox folder. Check the permissions of the folder above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the Slack outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a message in the Slack outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove a sent message from the Slack outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read this outbox message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This outbox message is damaged and is left alone; move it away to silence this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::core::SlackWebhooks</name>
    <message>
        <source>The Slack webhook URL is empty. Paste the URL of an incoming webhook (Slack → Apps → Incoming Webhooks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Slack webhook URL is not a valid URL. Paste the whole URL of an incoming webhook, starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Slack webhook URL for %1 is not https: a webhook URL is a secret and is only sent encrypted. Use the https:// URL Slack gives you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Slack webhook URL for %1 is not an https URL. Use the https:// URL Slack gives you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Slack webhook URL for %1 carries a user name or password; Slack&apos;s URLs never do. Paste the URL Slack gives you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Slack webhook URL for %1 has no path; an incoming webhook&apos;s URL ends in /services/…. Paste the whole URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain entry %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no usable webhook URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: access was denied. Unlock the keychain and allow Release Console to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is running: Slack webhook URLs cannot be stored. Start a keychain service, or set RC_SLACK_WEBHOOK_URL in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not use %1 (%2). Check that a keychain service runs and is unlocked, or set RC_SLACK_WEBHOOK_URL in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::core::Tags</name>
    <message>
        <source>no repository is open; open a clone first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1 does not exist in this clone; give a branch, tag or commit that git log shows (fetch first if it is on the remote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1 does not name a commit; give a branch, tag or commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tag is reachable from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tag reachable from %1 matches %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; create one with git tag, or pass --since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tags reachable from %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the nearest tag of %1 could not be named: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::core::TokenStore</name>
    <message>
        <source>the keychain entry %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is running (GNOME Keyring, KWallet or another Secret Service provider): the token cannot be stored. Set GH_TOKEN in the environment that starts Release Console, or start a keychain service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not store the token in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: access was denied (%2). Unlock the keychain and allow Release Console to use it, or set GH_TOKEN in the environment that starts Release Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Check that the keychain is unlocked and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::core::WorkflowFile</name>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a mapping (description, required, type, ...), not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.type must be text, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.type &quot;%2&quot; is not one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.options must be a list, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each of %1.options must be text, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a choice without options; add an options: list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.default must be text, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the console cannot identify runs on servers that do not return run details: add input correlation_id and put ${{ inputs.correlation_id }} in run-name (docs/cli.md#workflow-requirements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workflow &quot;%1&quot; is not a file name such as release-train.yml, so the console cannot read its inputs from the clone; set github.workflow in .release-console.yaml to the file&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collections are nested deeper than %1 levels; a workflow file nests a few levels at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error: %1; check the indentation and quoting here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be read as YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a workflow file is a mapping with name, on and jobs, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run-name must be text, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workflow has no on: triggers; add on: workflow_dispatch with its inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workflow cannot be dispatched: its on: triggers lack workflow_dispatch; add workflow_dispatch with inputs release_id, action, dry_run and correlation_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workflow_dispatch must be a mapping with inputs:, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workflow_dispatch.inputs must be a mapping of input names, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input names must be plain names, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workflow could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workflow file %1 does not exist in the clone; check github.workflow in .release-console.yaml (now &quot;%2&quot;) or pull the branch that has the workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workflow file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::core::Workspace</name>
    <message>
        <source>cannot read the file: %1; check that it is readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release id %1 is used by %2 files: %3; give each release its own id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release id %1 is used by several files (%2); pass the file path instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no release %1: there are no manifests under %2/releases; create one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no release %1 in %2; known ids: %3; give a release id or a manifest path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::models::ApprovalModel</name>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an approval status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejecting the %1 approval needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no approval in row %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::models::ChecklistModel</name>
    <message>
        <source>Required before the release can deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checklist item is either done or not; %1 is neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no checklist item in row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · overdue since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · due now, by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens %1, overdue from %2 (%3 relative to the scheduled start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off checklist of the role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::models::CommitFilterProxy</name>
    <message>
        <source>%1 — %2 of %3 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other (no component)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::models::CommitModel</name>
    <message numerus="yes">
        <source>%1 — %n commit(s)</source>
        <translation>
            <numerusform>%1 — %n commit</numerusform>
            <numerusform>%1 — %n commits</numerusform>
        </translation>
    </message>
    <message>
        <source>other (no component)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — no changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commits since %1 that change no component&apos;s paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every commit (no tag reachable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commits since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
Paths: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaking change: the next version of %1 is a major one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a conventional commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::models::ComponentModel</name>
    <message>
        <source>%1 moves from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1 (team lead of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-off needed for this release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a sign-off value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejecting %1 needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no component in row %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::models::DocumentTableModel</name>
    <message>
        <source>No release is open: open a manifest before editing it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::models::HistoryModel</name>
    <message>
        <source>Regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotfix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation.staging_deployed_at as the manifest records it. Manifests do not record when a release reached production; its status says whether it did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::models::ReleaseDocument</name>
    <message>
        <source>No release is open to reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release is open: open a manifest before editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be edited while it has errors; fix them in the file first (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user to record for this decision: set your handle in the settings or with `git config releaseconsole.user @you`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edit was saved but not committed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::models::ReleaseListModel</name>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 component sign-offs received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::models::RunModel</name>
    <message>
        <source>Job / step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::models::RunPresentation</name>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startup failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::models::StatusPresentation</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::models::ValidationModel</name>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::AboutDialog</name>
    <message>
        <source>About Release Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release Console icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Release Console %1&lt;/h2&gt;&lt;p&gt;Release trains, sign-offs, approvals, readiness and deployment for a git clone.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console&apos;s version and the versions of the libraries it uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy these versions as text, for a bug report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt (built with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt (running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libgit2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yaml-cpp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QtKeychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML highlighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::Appearance</name>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::BreakGlassDialog</name>
    <message>
        <source>Break Glass for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Deploy %1 outside its release window&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release is inside its window now; the override is recorded for later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this cannot wait (required), e.g. payment outage fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release id, typed to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to &amp;confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break Glass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release id typed exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The override is saved in the manifest and committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The override lifts only the window and freeze blockers, until %1. Sign-offs, approvals, the checklist and validation still apply. It is recorded in the manifest with your name, the time and the reason, and committed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::CalendarView</name>
    <message numerus="yes">
        <source>%n release(s) scheduled this month.</source>
        <translation>
            <numerusform>%n release scheduled this month.</numerusform>
            <numerusform>%n releases scheduled this month.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) without a schedule are not shown (see History).</source>
        <translation>
            <numerusform>%n release without a schedule is not shown (see History).</numerusform>
            <numerusform>%n releases without a schedule are not shown (see History).</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this month (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line per release window on the day: the train and its hours in the rules&apos; time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tinted day is inside a freeze: the release types it names do not deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO week %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze %1 until %2 (%3); holds %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 release window %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 release · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release manager %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest: %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A month of releases, release windows and freezes; Page Up and Page Down change the month, Home shows this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::ChangesTab</name>
    <message numerus="yes">
        <source>%n commit(s).</source>
        <translation>
            <numerusform>%n commit.</numerusform>
            <numerusform>%n commits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed, compared with %1</source>
        <translation>
            <numerusform>%n file changed, compared with %1</numerusform>
            <numerusform>%n files changed, compared with %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; showing the whole history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter commits by text, sha, author or component…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the clone&apos;s history again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a commit to see its full message and the files it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The changes cannot be read:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each component&apos;s last release tag (hover a component)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commits on HEAD (%1) since %2, per component: what the next release takes. The same for every release of this clone; a deployed release&apos;s own changes are on its Components tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaking changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not conventional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Paths: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &amp;lt;%2&amp;gt; · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the empty tree (first commit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its first parent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files in bold belong to the selected component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the commits whose subject, sha, author or component contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows all commits, only breaking changes, one conventional type or the commits that follow no convention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commits per component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each component with the commits since its last release tag; select a commit to read its message and files below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected commit&apos;s full message and the files it changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The commit cannot be read:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::DeployController</name>
    <message>
        <source>rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GitHub connection changed while dispatching %1; look at the runs of the release before dispatching again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub is not set up for this clone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 run %2 of %3 is in progress: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 of %2 is being dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 for %2 is %3 (started on GitHub or from another machine): wait for it or cancel it: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking GitHub for runs of %1 in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has errors; fix them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy %1 through the release workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll %1 back through the release workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot deploy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while the dialog was open; check it and deploy again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot roll back %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while the dialog was open; check it and roll back again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rollback needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the release workflow for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was dispatched for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was dispatched for %1: GitHub is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following run %1 of the %2 in progress until it completes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy run %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback run %1 %2, so %3 stays deployed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped following run %1 of %2: %3. The manifest is left as it is; check the run on GitHub: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped following run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check for runs of %1 in flight: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the runs of workflow %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the runs of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub&apos;s list of runs could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 has no deployment you may review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejecting a deployment needs a comment saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1 in a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::DeployDialog</name>
    <message>
        <source>%1 (unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 on %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Deploy %1 to production&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated GitHub: the demo&apos;s own server on this computer. Nothing is deployed anywhere; the manifest and its commits are real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry run: the workflow shows what it would deploy and changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I confirm a real deploy of %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Dry Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dry run leaves the manifest as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real deploy marks the release deploying now and deployed when the run succeeds; each change is committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy to Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components to deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each component with the version it goes to and its team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::ExportDialog</name>
    <message>
        <source>These manifests have errors; fix them and export again:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open release is no longer in the clone; reload and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has errors; fix them and export again:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current release (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All releases (an index, newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page (self-contained, fit for GitHub Pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (GitHub-flavoured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML pages (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1 — &lt;a href=&quot;%2&quot;&gt;Open&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::GitHubSession</name>
    <message>
        <source>No clone is open: open one to connect to its GitHub repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the GitHub settings of the clone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub is not set up for this clone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub is not set up for this clone: %1. Change it in Settings → GitHub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the GitHub token for %1 from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GitHub token for %1: add one in Settings → GitHub…, or set GH_TOKEN in the environment that starts Release Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GitHub token for %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a GitHub simulated on this computer for the demo; nothing reaches github.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, token stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, token from %2 (the keychain is unavailable: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, token from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo&apos;s token, in memory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (simulated GitHub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no clone is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clone&apos;s settings are still being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the simulated GitHub of the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo uses a simulated token held in memory; nothing is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token cannot be stored before the GitHub settings resolve: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token typed in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s simulated token is not stored anywhere; it ends with the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no stored token to forget: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::GitHubSettingsDialog</name>
    <message>
        <source>GitHub Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>github.com: https://api.github.com
GitHub Enterprise Server: https://HOST/api/v3
Plain http is accepted only on this computer (127.0.0.1, localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner/name of the repository that runs the release workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workflow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow file under .github/workflows, or its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ef:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch or tag the workflow runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a new token to store it in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fine-grained token with Actions and Issues (read and write) on the repository, or a classic token with the repo and workflow scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the token of this API host from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask GitHub who the token belongs to, what it may do in the repository and how much of the rate limit is left; uses the values above, saved or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May dispatch workflows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May write issues:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these values for this clone (in your settings, never in the repository)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This demo talks to a GitHub simulated on this computer (%1) with a token held in memory. Nothing here is stored, and nothing reaches github.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a clone first: the GitHub settings belong to the clone that is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release Console runs the release workflow of the clone&apos;s GitHub repository. Leave a field empty to use the clone&apos;s own value, shown in grey. Your values are kept for this clone on this computer; the token only in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s token lives in memory and ends with the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (GitHub Enterprise Server: https://HOST/api/v3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner/name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your value for this clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the simulated GitHub of the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.release-console.yaml (github: api_url)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default: github.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.release-console.yaml (github: repository)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the origin remote, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nowhere yet: the clone has no origin remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.release-console.yaml (github: workflow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rules or the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.release-console.yaml (github: ref)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the origin remote&apos;s default branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (simulated GitHub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses %1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses %1%2, from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the token in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was deleted from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token for %1 to test with: paste one above, or set GH_TOKEN in the environment that starts Release Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: the token needs write access (push) to %1 to run its workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: sign-off requests need triage access or more to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, resets at %1 (in %2 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::HistoryView</name>
    <message numerus="yes">
        <source>%n release(s): </source>
        <translation>
            <numerusform>%n release: </numerusform>
            <numerusform>%n releases: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n unreadable</numerusform>
            <numerusform>%n unreadable</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a release to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No releases in this clone yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every release of this clone with its status, type and dates; press Enter to open the selected release</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::HotfixDialog</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>New Hotfix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hotfix branches from the tag production runs, ships one component, and needs the Tech Lead and On-call approvals instead of every team&apos;s sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical-bug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for the production tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the component to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next free rel-YYYY-MM-DD-hotfix-NNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@handle (default: from git config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release &amp;manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Manifest preview&lt;/b&gt; (written on the new branch as shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Branch and Manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag (no production tag found: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (production: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work tree has uncommitted changes to %1; commit or stash them first, since the hotfix switches the clone to its new branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the hotfix: the branch becomes hotfix/NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a branch name; use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the one component the hotfix ships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No production tag was found: give the tag to branch from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hotfix manifest as it will be written on the new branch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::MainWindow</name>
    <message>
        <source>Release Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by id, manager, component…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a git clone with release manifests under &lt;code&gt;releases/&lt;/code&gt;:&lt;br&gt;File → Open Clone… (Ctrl+O), or drop a folder or a manifest here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Clone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a git clone that has release manifests under releases/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every manifest of the clone again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll&amp;back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: no such file or folder. Choose a clone with File → Open Clone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scan did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 as a release clone: %2
Choose a folder inside a git clone with File → Open Clone…, or drop one on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Release Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no release manifests yet.&lt;br&gt;Add one as &lt;code&gt;releases/&amp;lt;id&amp;gt;.yaml&lt;/code&gt; (for example with &lt;code&gt;releasectl create&lt;/code&gt;) and press F5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clone open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n release(s)</source>
        <translation>
            <numerusform>%n release</numerusform>
            <numerusform>%n releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handle recorded on your sign-offs, ticks and approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle recorded on your decisions (empty: from git config, releaseconsole.user or github.user):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handle set: Release → Sign As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo clone in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the demo clone in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created and committed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched from %1 to the new branch %2 and committed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a release manifest from the commits since the last tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Hotfix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch hotfix/NAME from the production tag with a one-component hotfix manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest Sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k Sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every release with its status, type and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release workflow&apos;s runs for the open release, live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled releases by week, coloured by release type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GitHub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GitHub repository, workflow and token of the open clone, and a test of the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This demo talks to a GitHub simulated on this computer (%1): its runs, issues and approvals are made up, the token lives in memory only, and nothing reaches github.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub: not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub: %1, no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings → GitHub… (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases and problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This demo talks to a GitHub simulated on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem opening the clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show releases with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors and warnings in the clone&apos;s files; Enter opens the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the dashboard of the open release, or of all releases, as Markdown or HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action with its shortcut, grouped by menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Release Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break &amp;Glass…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Slack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack webhooks for release notifications, and a test message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::NewReleaseDialog</name>
    <message numerus="yes">
        <source>%1: give a new version (it has %n change(s))</source>
        <translation>
            <numerusform>%1: give a new version (it has %n change)</numerusform>
            <numerusform>%1: give a new version (it has %n changes)</numerusform>
        </translation>
    </message>
    <message>
        <source>from deployed release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rel-YYYY-MM-DD-NNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifests store the time in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last release tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag or revision; the release takes the commits after it up to HEAD. Press Enter to read the history again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scheduled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes s&amp;ince:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release &amp;manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a new version to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Manifest preview&lt;/b&gt; (written as shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 releases have no fixed day: choose when it goes out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first commit (no tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the last release tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commits %1..%2: %3 in components, %4 in no component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a breaking change: major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a feature: minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixes and other changes: patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id: %1 exists already; choose another id (the next free one is suggested when the dialog opens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release manager: give a handle such as @john.doe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a semantic version; write it as v1.4.0 or 1.4.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the new version %2 must be higher than the current %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No component has changes since %1: there is nothing to release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the write did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each component with its number of changes, current, suggested and new version and sign-off, and its commits below it; F2 edits the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release manifest as it will be written and committed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::NotificationStatus</name>
    <message>
        <source>Slack notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Waiting Messages Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend Failed and Unconfirmed Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Failed and Unconfirmed Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slack: %n failed</source>
        <translation>
            <numerusform>Slack: %n failed</numerusform>
            <numerusform>Slack: %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slack: %n waiting</source>
        <translation>
            <numerusform>Slack: %n waiting</numerusform>
            <numerusform>Slack: %n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Slack ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack notifications are on; every message was delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Slack webhook is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack outbox:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::ReleasePage</name>
    <message>
        <source>Release Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk since it was loaded, so the edit was not saved. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed outside the console. Reload to see and edit the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edit was saved but not committed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the sign-off back to pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release manager %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regular (not stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-offs %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This manifest cannot be read. Fix these errors; the console reloads it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not ready to deploy: %n blocker(s)</source>
        <translation>
            <numerusform>Not ready to deploy: %n blocker</numerusform>
            <numerusform>Not ready to deploy: %n blockers</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the status to %1 and commit the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel %1? The release will not be deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a component to see its changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Changes in %1&lt;/b&gt; (%2 → %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each component with its versions, team and sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of the selected component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add C&amp;hecklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add checklist template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append the items of a checklist template that the release does not have yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA lead sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBA sign-off (if migrations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release manager sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each checklist item with its section, who ticked it and when, and for release-day items when it is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release cannot take a checklist while its manifest has errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commit %1 changed database migrations in this release&apos;s components, so the DBA sign-off does not apply. Add its checklist anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item of the %1 checklist is in this release already; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 checklist was not added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unrecorded time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window overridden by %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open release&apos;s components, changes, checklist, approvals, validation and manifest, one tab each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifted until %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::ReleaseTrainController</name>
    <message>
        <source>Release windows are not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has errors, so release windows follow the default trains until it is fixed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has errors; fix them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clone&apos;s release windows have not been read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This clone&apos;s rules do not hold releases to their windows (enforce_windows in %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; windows apply only before it deploys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inside its window and outside every freeze; there is nothing to override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy %1 despite the clock, with a recorded reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot break glass: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while the dialog was open; check it and break glass again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot break glass for %1: no user to record. Set your handle with Release → Sign As… or `git config releaseconsole.user @you`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The break-glass override of %1 was not recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already overridden by %1 until %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may deploy outside its window until %2: overridden by %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::RollbackDialog</name>
    <message>
        <source>Roll Back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Roll back %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated GitHub: the demo&apos;s own server on this computer. Nothing is rolled back anywhere; the manifest and its commits are real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it goes back (required), e.g. error rate doubled after deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry run: the workflow shows what it would roll back and changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll Back (Dry Run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release id typed exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dry run leaves the manifest as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow rolls the release back; when the run succeeds the manifest is marked rolled_back and committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components to roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each component with the version it goes back to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::RunsPanel</name>
    <message>
        <source>#%1 %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a deployment review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (required to reject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log of failed jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-run Failed Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispatch Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last dispatch&apos;s answer was lost and no run of it was found: send it once more. GitHub is checked for a run of the release in flight first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs of this release yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading run %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started by @%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reviewers %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — you may review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — you may not review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— %1 —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the log could not be read: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub did not answer the last poll: %1 (trying again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not a reviewer of the waiting environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejecting needs a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release&apos;s recent workflow runs; choose one to follow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each job of the run with its steps, their state and how long they took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last lines of each failed job&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action, menu or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the actions whose name, menu or keys contain this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through the menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action of the window, grouped by menu, with its shortcut and the keys that reach it through the menus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::SignOffDelegate</name>
    <message>
        <source>Reject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 rejected? The reason is written to the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::SignoffController</name>
    <message>
        <source>Open a release first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release is not in a git clone, so its GitHub repository is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub is not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sign-off request or check is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (simulated GitHub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open one issue per component that still needs a sign-off, in %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the release first: checking writes the answers into the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the answers on the sign-off issues in %1%2 and record each /approve or /reject from someone allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting sign-offs for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking sign-offs for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-off issues of %1 could not be listed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: opened issue #%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: issue #%2 is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no sign-off needed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sign-off issue(s) opened for %1</source>
        <translation>
            <numerusform>%n sign-off issue opened for %1</numerusform>
            <numerusform>%n sign-off issues opened for %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-off issues of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no open sign-off issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: approved by @%2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rejected by @%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: still pending (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the manifest holds a newer decision; kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, issue closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    ignored &quot;%1&quot; by @%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sign-off decision(s) recorded for %1</source>
        <translation>
            <numerusform>%n sign-off decision recorded for %1</numerusform>
            <numerusform>%n sign-off decisions recorded for %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::SlackSession</name>
    <message>
        <source>keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain (webhook on %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain held no webhook for this channel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::SlackSettingsDialog</name>
    <message>
        <source>(default: every other channel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release events are posted to Slack through incoming webhooks: one per channel, or a default one for every channel without its own. Webhook URLs are kept in the system keychain; releasectl reads RC_SLACK_WEBHOOK_URL and RC_SLACK_WEBHOOK_URL_&lt;CHANNEL&gt; from the environment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels with a webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A channel such as #releases or #team-api; leave it empty for the default webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://hooks.slack.com/services/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store in Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Test Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook for %1: paste one above, or store a default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release Console can post to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test message to %1 through %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack accepted the test message for %1 (webhook on %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack did not take the test message for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this channel&apos;s webhook from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no webhook for this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This webhook comes from %1 in the environment; unset it there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::SyncConflictDialog</name>
    <message>
        <source>Sign-offs Changed on Both Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nothing was pushed.&lt;/b&gt; %1 changed these decisions differently from your commits. Your commits are still on your branch and %1 is untouched: nothing is lost.&lt;/p&gt;&lt;p&gt;Agree with the other side on which decision stands, then keep yours (recorded on top of theirs) or take theirs (yours is left out). Close to decide later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your commit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before either change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record your decisions on top of theirs and push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave your conflicting decisions out, push your other edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::SyncStatus</name>
    <message>
        <source>&amp;Fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the upstream and show how far this clone is ahead or behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Push Sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push committed sign-offs; when the upstream moved, re-apply them on top of it and push again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-offs were not pushed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had moved: re-applied 1 commit on top and pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had moved: re-applied %2 commits on top and pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to push: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ↑%2 (not on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ↑%2 ↓%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not shared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::ui::YamlView</name>
    <message>
        <source># Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release&apos;s manifest as it is on disk, read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
