<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
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
        <source>Readiness to deploy; exits 3 and lists blockers when blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a component off, reject it or reset it to pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick or untick a checklist item (ITEM: 1-based index or text).</source>
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
        <source>Machine-readable output (see docs/cli.md).</source>
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
        <source>Release id or manifest path.</source>
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
        <source>1-based index, or the item&apos;s text (exact or a unique part of it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; see &apos;releasectl checklist --help&apos;</source>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Release dashboard for a git clone: components, sign-offs, checklist, approvals and readiness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a fresh demo clone and open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A git clone, or a release manifest inside one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rc::core</name>
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
        <source>the manifest has errors; fix them before editing it: %1</source>
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
        <source>the release block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a mapping in the file; the edit cannot be placed</source>
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
        <source>the edit could not be applied without changing other content; file left untouched</source>
        <translation type="unfinished"></translation>
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
        <source>unknown libgit2 error</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>rc::core::Repository</name>
    <message>
        <source>unknown libgit2 error</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>rc::core::TextEditor</name>
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
</context>
<context>
    <name>rc::core::Walker</name>
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
        <source>Deploy needs a release: select one in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback needs a deployed release: select one in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ready to deploy. Deploying runs the repository&apos;s release workflow on GitHub, which this version does not drive yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back %1 runs the repository&apos;s release workflow on GitHub, which this version does not drive yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback needs a deployed release; %1 is %2</source>
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
    <name>rc::ui::YamlView</name>
    <message>
        <source># Cannot read %1: %2</source>
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
</context>
</TS>
