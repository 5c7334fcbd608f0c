<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>inside an HTML comment, so nobody sees it</source>
        <translation>in einem HTML-Kommentar, den niemand sieht</translation>
    </message>
    <message>
        <source>inside a code block</source>
        <translation>in einem Codeblock</translation>
    </message>
    <message>
        <source>indented as code (four spaces or a tab)</source>
        <translation>als Code eingerückt (vier Leerzeichen oder ein Tab)</translation>
    </message>
    <message>
        <source>inside a quote</source>
        <translation>in einem Zitat</translation>
    </message>
    <message>
        <source>text after /approve; write /approve alone on its line</source>
        <translation>Text nach /approve; schreiben Sie /approve allein in eine Zeile</translation>
    </message>
    <message>
        <source>a rejection needs a reason: /reject REASON</source>
        <translation>eine Ablehnung braucht eine Begründung: /reject REASON</translation>
    </message>
    <message>
        <source>not on a line of its own; write /approve or /reject REASON alone on a line</source>
        <translation>nicht in einer eigenen Zeile; schreiben Sie /approve oder /reject REASON allein in eine Zeile</translation>
    </message>
    <message>
        <source> (team lead)</source>
        <translation> (Teamleitung)</translation>
    </message>
    <message>
        <source>nobody (no team lead or allowed user is configured)</source>
        <translation>niemand (keine Teamleitung und keine berechtigten Benutzer konfiguriert)</translation>
    </message>
    <message>
        <source>the author&apos;s account no longer exists</source>
        <translation>das Konto des Autors existiert nicht mehr</translation>
    </message>
    <message>
        <source>the comment both approves and rejects; write one of them</source>
        <translation>der Kommentar gibt frei und lehnt ab; schreiben Sie nur eines davon</translation>
    </message>
    <message>
        <source>@%1 may not sign this component off; who may: %2</source>
        <translation>@%1 darf für diese Komponente kein Sign-off geben; berechtigt sind: %2</translation>
    </message>
    <message>
        <source>the repository permission of @%1 could not be checked</source>
        <translation>die Repository-Berechtigung von @%1 konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>@%1 has %2 access to the repository; signing off needs write access or more</source>
        <translation>@%1 hat %2-Zugriff auf das Repository; ein Sign-off braucht Schreibzugriff oder mehr</translation>
    </message>
    <message>
        <source>These sign-off commands did not count:

</source>
        <translation>Diese Sign-off-Befehle zählten nicht:

</translation>
    </message>
    <message>
        <source>- `%1` by @%2 (%3): %4
</source>
        <translation>- `%1` von @%2 (%3): %4
</translation>
    </message>
    <message>
        <source>a deleted account</source>
        <translation>ein gelöschtes Konto</translation>
    </message>
    <message>
        <source>
To sign off, %1 (with write access to the repository) writes a comment with a line that says exactly `/approve`, or `/reject REASON`.
</source>
        <translation>
Für ein Sign-off schreibt %1 (mit Schreibzugriff auf das Repository) einen Kommentar mit einer Zeile, die genau `/approve` oder `/reject REASON` lautet.
</translation>
    </message>
    <message>
        <source>the team lead</source>
        <translation>die Teamleitung</translation>
    </message>
    <message>
        <source>%1 changed on disk since the check read it, so no more decisions were written to it; run the check again</source>
        <translation>%1 wurde auf der Festplatte geändert, seit die Prüfung es gelesen hat, daher wurden keine weiteren Entscheidungen hineingeschrieben; führen Sie die Prüfung erneut aus</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>%1 was saved but not committed: %2; commit it yourself, or fix the cause and commit with your git tools</source>
        <translation>%1 wurde gespeichert, aber nicht committet: %2; committen Sie selbst oder beheben Sie die Ursache und committen Sie mit Ihren Git-Werkzeugen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Release dashboard for a git clone: components, sign-offs, checklist, approvals and readiness.</source>
        <translation>Release-Dashboard für einen Git-Klon: Komponenten, Sign-offs, Checkliste, Freigaben und Bereitschaft.</translation>
    </message>
    <message>
        <source>A git clone, or a release manifest inside one.</source>
        <translation>Ein Git-Klon oder ein Release-Manifest darin.</translation>
    </message>
    <message>
        <source>Create a fresh demo clone and open it, with a GitHub simulated on this computer.</source>
        <translation>Einen frischen Demo-Klon anlegen und öffnen, mit einem auf diesem Computer simulierten GitHub.</translation>
    </message>
    <message>
        <source>Colours of the window for this run: light, dark or system. Without it, View → Appearance decides.</source>
        <translation>Farben des Fensters für diesen Start: light, dark oder system. Ohne die Option entscheidet Ansicht → Erscheinungsbild.</translation>
    </message>
    <message>
        <source>release-console: --palette takes light, dark or system, not &quot;%1&quot;.
</source>
        <translation>release-console: --palette nimmt light, dark oder system, nicht „%1“.
</translation>
    </message>
</context>
<context>
    <name>rc::app::DemoGitHub</name>
    <message>
        <source>The simulated GitHub of the demo could not listen on 127.0.0.1: %1</source>
        <translation>Das simulierte GitHub der Demo konnte nicht auf 127.0.0.1 lauschen: %1</translation>
    </message>
    <message>
        <source>the demo</source>
        <translation>die Demo</translation>
    </message>
</context>
<context>
    <name>rc::cli::Cli</name>
    <message>
        <source>%1 has errors; the release windows cannot be known until they are fixed</source>
        <translation>%1 enthält Fehler; die Release-Zeitfenster sind erst bekannt, wenn sie behoben sind</translation>
    </message>
    <message>
        <source>Machine-readable output (see docs/cli.md).</source>
        <translation>Maschinenlesbare Ausgabe (siehe docs/cli.md).</translation>
    </message>
    <message>
        <source>The first day to list (default: today in the rules&apos; time zone).</source>
        <translation>Der erste aufzulistende Tag (Standard: heute in der Zeitzone der Regeln).</translation>
    </message>
    <message>
        <source>How many days to list (default: 28, at most 366).</source>
        <translation>Wie viele Tage aufgelistet werden (Standard: 28, höchstens 366).</translation>
    </message>
    <message>
        <source>; see &apos;releasectl windows --help&apos;</source>
        <translation>; siehe &apos;releasectl windows --help&apos;</translation>
    </message>
    <message>
        <source>windows takes no arguments; see &apos;releasectl windows --help&apos;</source>
        <translation>windows nimmt keine Argumente; siehe &apos;releasectl windows --help&apos;</translation>
    </message>
    <message>
        <source>--days %1 is not a number of days from 1 to 366</source>
        <translation>--days %1 ist keine Anzahl von Tagen zwischen 1 und 366</translation>
    </message>
    <message>
        <source>--from %1 is not a date; write it as YYYY-MM-DD</source>
        <translation>--from %1 ist kein Datum; schreiben Sie es als YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Release calendar %1 to %2 (%3)</source>
        <translation>Release-Kalender %1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>%1 window</source>
        <translation>Zeitfenster %1</translation>
    </message>
    <message>
        <source>freeze &quot;%1&quot; (holds %2)</source>
        <translation>Sperrzeit „%1“ (blockiert %2)</translation>
    </message>
    <message>
        <source>  No windows or freezes in these days.</source>
        <translation>  Keine Zeitfenster oder Sperrzeiten in diesen Tagen.</translation>
    </message>
    <message>
        <source>Why the release must deploy outside its window (required).</source>
        <translation>Warum das Release außerhalb seines Zeitfensters ausrollen muss (erforderlich).</translation>
    </message>
    <message>
        <source>Who overrides (default: git config releaseconsole.user).</source>
        <translation>Wer die Ausnahme erteilt (Standard: git config releaseconsole.user).</translation>
    </message>
    <message>
        <source>Save the manifest without committing it.</source>
        <translation>Das Manifest speichern, ohne es zu committen.</translation>
    </message>
    <message>
        <source>Release id or manifest path.</source>
        <translation>Release-ID oder Manifest-Pfad.</translation>
    </message>
    <message>
        <source>; see &apos;releasectl override --help&apos;</source>
        <translation>; siehe &apos;releasectl override --help&apos;</translation>
    </message>
    <message>
        <source>override takes one release; see &apos;releasectl override --help&apos;</source>
        <translation>override nimmt ein Release; siehe &apos;releasectl override --help&apos;</translation>
    </message>
    <message>
        <source>a break-glass override needs a reason: --reason &quot;why this cannot wait&quot;</source>
        <translation>eine Notfall-Ausnahme braucht eine Begründung: --reason &quot;warum das nicht warten kann&quot;</translation>
    </message>
    <message>
        <source>Pre-release</source>
        <translation>Vor dem Release</translation>
    </message>
    <message>
        <source>Release day</source>
        <translation>Tag des Releases</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, overdue since %2</source>
        <translation>%1, überfällig seit %2</translation>
    </message>
    <message>
        <source>%1, due now (by %2)</source>
        <translation>%1, jetzt fällig (bis %2)</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, ab %2</translation>
    </message>
    <message>
        <source>%1
%2 was not changed.</source>
        <translation>%1
%2 wurde nicht geändert.</translation>
    </message>
    <message>
        <source>the %1 checklist applies only to a release with database migrations, and no commit %2 changed migrations/, db/migrate/ or db/migrations/ in the components of %3; pass --force to add it anyway</source>
        <translation>die Checkliste %1 gilt nur für ein Release mit Datenbank-Migrationen, und kein Commit %2 hat migrations/, db/migrate/ oder db/migrations/ in den Komponenten von %3 geändert; geben Sie --force an, um sie trotzdem hinzuzufügen</translation>
    </message>
    <message>
        <source>in the history</source>
        <translation>in der Historie</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>nothing to add: every item of %1 is in the checklist of %2 already</source>
        <translation>nichts hinzuzufügen: jeder Punkt von %1 ist bereits in der Checkliste von %2</translation>
    </message>
    <message>
        <source>no %1 matches &quot;%2&quot;; there are: %3</source>
        <translation>kein(e) %1 passt zu „%2“; vorhanden sind: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several %2s: %3; give more of the text</source>
        <translation>„%1“ passt auf mehrere %2: %3; geben Sie mehr vom Text an</translation>
    </message>
    <message>
        <source>Releases under releases/ with status, schedule, sign-offs and readiness.</source>
        <translation>Releases unter releases/ mit Status, Zeitplan, Sign-offs und Bereitschaft.</translation>
    </message>
    <message>
        <source>The dashboard of one release, with readiness.</source>
        <translation>Das Dashboard eines Releases, mit Bereitschaft.</translation>
    </message>
    <message>
        <source>Check manifests (default: all under releases/); exits 2 on any error.</source>
        <translation>Manifeste prüfen (Standard: alle unter releases/); endet bei jedem Fehler mit 2.</translation>
    </message>
    <message>
        <source>Readiness to deploy, release windows and freezes included; exits 3 and lists blockers when blocked.</source>
        <translation>Bereitschaft zum Ausrollen, einschließlich Release-Zeitfenster und Sperrzeiten; endet mit 3 und listet die Hindernisse auf, wenn blockiert.</translation>
    </message>
    <message>
        <source>Sign a component off, reject it or reset it to pending.</source>
        <translation>Sign-off für eine Komponente geben, sie ablehnen oder auf ausstehend zurücksetzen.</translation>
    </message>
    <message>
        <source>Tick or untick a checklist item (ITEM: 1-based index or text), or add a checklist template (pre-release, release-day, role:ROLE).</source>
        <translation>Einen Checklistenpunkt abhaken oder zurücknehmen (ITEM: Index ab 1 oder Text) oder eine Checklisten-Vorlage hinzufügen (pre-release, release-day, role:ROLE).</translation>
    </message>
    <message>
        <source>Record a role&apos;s approval, rejection or reset.</source>
        <translation>Freigabe, Ablehnung oder Zurücksetzen einer Rolle erfassen.</translation>
    </message>
    <message>
        <source>Move a release along its lifecycle (alias: status-set).</source>
        <translation>Ein Release im Lebenszyklus weiterbewegen (Alias: status-set).</translation>
    </message>
    <message>
        <source>Commits per component since the last release tag, with suggested versions.</source>
        <translation>Commits je Komponente seit dem letzten Release-Tag, mit vorgeschlagenen Versionen.</translation>
    </message>
    <message>
        <source>Write a new release manifest from the changes since the last tag, and commit it.</source>
        <translation>Ein neues Release-Manifest aus den Änderungen seit dem letzten Tag schreiben und committen.</translation>
    </message>
    <message>
        <source>Cut branch hotfix/NAME at the production tag and write its hotfix manifest.</source>
        <translation>Den Branch hotfix/NAME am Produktions-Tag anlegen und sein Hotfix-Manifest schreiben.</translation>
    </message>
    <message>
        <source>Fetch the upstream and show how far the clone is ahead or behind.</source>
        <translation>Den Upstream abrufen und zeigen, wie weit der Klon voraus oder zurück ist.</translation>
    </message>
    <message>
        <source>Push committed manifest edits; re-applies them on top when the upstream moved.</source>
        <translation>Committete Manifest-Änderungen pushen; wendet sie neu oben auf, wenn sich der Upstream bewegt hat.</translation>
    </message>
    <message>
        <source>Test the connection to GitHub: who the token is, what it may do in the repository, and the rate limit.</source>
        <translation>Die Verbindung zu GitHub testen: wem das Token gehört, was es im Repository darf, und das Rate-Limit.</translation>
    </message>
    <message>
        <source>Dispatch the release workflow&apos;s deploy_production, gated by readiness (exit 3 when blocked); a dry run unless --no-dry-run.</source>
        <translation>deploy_production des Release-Workflows starten, abhängig von der Bereitschaft (Exit 3, wenn blockiert); ein Probelauf, außer mit --no-dry-run.</translation>
    </message>
    <message>
        <source>Dispatch the release workflow&apos;s rollback for a deployed release.</source>
        <translation>rollback des Release-Workflows für ein ausgerolltes Release starten.</translation>
    </message>
    <message>
        <source>Dispatch any action of the release workflow (create_release, request_signoffs, check_signoffs, deploy_production, rollback).</source>
        <translation>Eine beliebige Aktion des Release-Workflows starten (create_release, request_signoffs, check_signoffs, deploy_production, rollback).</translation>
    </message>
    <message>
        <source>Follow a workflow run until it completes and exit with its conclusion; completes a deploy&apos;s manifest status.</source>
        <translation>Einem Workflow-Lauf bis zum Ende folgen und mit seinem Ergebnis enden; vervollständigt den Manifest-Status eines Deployments.</translation>
    </message>
    <message>
        <source>Open a GitHub sign-off issue per pending component, or read their /approve and /reject comments into the manifest.</source>
        <translation>Ein GitHub-Sign-off-Issue je ausstehender Komponente öffnen oder deren /approve- und /reject-Kommentare ins Manifest übernehmen.</translation>
    </message>
    <message>
        <source>Show the Slack outbox, send what waits in it, or post a test message.</source>
        <translation>Den Slack-Postausgang zeigen, senden, was darin wartet, oder eine Testnachricht posten.</translation>
    </message>
    <message>
        <source>The dashboard as a Markdown or HTML document; --all for an index of every release.</source>
        <translation>Das Dashboard als Markdown- oder HTML-Dokument; --all für einen Index aller Releases.</translation>
    </message>
    <message>
        <source>The release windows and freezes of the coming days, in the rules&apos; time zone.</source>
        <translation>Die Release-Zeitfenster und Sperrzeiten der kommenden Tage, in der Zeitzone der Regeln.</translation>
    </message>
    <message>
        <source>Break glass: let a release deploy outside its window or in a freeze; recorded in the manifest and announced.</source>
        <translation>Notfall-Ausnahme: ein Release außerhalb seines Zeitfensters oder in einer Sperrzeit ausrollen lassen; wird im Manifest erfasst und angekündigt.</translation>
    </message>
    <message>
        <source>%1 changed on disk; run the command again</source>
        <translation>%1 wurde auf der Festplatte geändert; führen Sie den Befehl erneut aus</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>release %1 has no checklist</source>
        <translation>Release %1 hat keine Checkliste</translation>
    </message>
    <message>
        <source>checklist item %1 does not exist; items are numbered 1 to %2</source>
        <translation>Checklistenpunkt %1 gibt es nicht; die Punkte sind von 1 bis %2 nummeriert</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>Checklistenpunkt</translation>
    </message>
    <message>
        <source>release %1 has no approvals</source>
        <translation>Release %1 hat keine Freigaben</translation>
    </message>
    <message>
        <source>approval role</source>
        <translation>Freigabe-Rolle</translation>
    </message>
    <message>
        <source>release %1 has no component &quot;%2&quot;; components: %3</source>
        <translation>Release %1 hat keine Komponente „%2“; Komponenten: %3</translation>
    </message>
    <message>
        <source>Usage: releasectl [--repo DIR] COMMAND [ARGS...]
The command-line twin of Release Console: release manifests under releases/ in a git clone.

Commands:
</source>
        <translation>Aufruf: releasectl [--repo DIR] BEFEHL [ARGUMENTE...]
Das Kommandozeilen-Gegenstück zu Release Console: Release-Manifeste unter releases/ in einem Git-Klon.

Befehle:
</translation>
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
        <translation>
Globale Optionen:
  --repo DIR     der Klon, in dem gearbeitet wird (Standard: der um das Arbeitsverzeichnis)
  -h, --help     diese Hilfe; &apos;releasectl BEFEHL --help&apos; für einen Befehl
  -v, --version  die Version

RELEASE ist eine Release-ID (release.id im Manifest) oder ein Pfad zu seiner Datei.
Exit-Codes: 0 erledigt, 1 fehlgeschlagen (Git, Dateisystem), 2 ungültige Eingabe, 3 durch Bereitschaft blockiert.
</translation>
    </message>
    <message>
        <source>--repo needs a directory: --repo DIR</source>
        <translation>--repo braucht ein Verzeichnis: --repo DIR</translation>
    </message>
    <message>
        <source>unknown option %1; see &apos;releasectl --help&apos;</source>
        <translation>unbekannte Option %1; siehe &apos;releasectl --help&apos;</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; commands: %2</source>
        <translation>unbekannter Befehl „%1“; Befehle: %2</translation>
    </message>
    <message>
        <source>--repo %1: no such directory</source>
        <translation>--repo %1: kein solches Verzeichnis</translation>
    </message>
    <message>
        <source>%1
Run releasectl inside a clone or point at one with --repo DIR.</source>
        <translation>%1
Führen Sie releasectl in einem Klon aus oder geben Sie einen mit --repo DIR an.</translation>
    </message>
    <message>
        <source>cannot read the clone at %1: %2</source>
        <translation>der Klon unter %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>name a release</source>
        <translation>nennen Sie ein Release</translation>
    </message>
    <message>
        <source>no release manifests under releases/ in %1</source>
        <translation>keine Release-Manifeste unter releases/ in %1</translation>
    </message>
    <message>
        <source>no open release (all are deployed, rolled back or cancelled); name one</source>
        <translation>kein offenes Release (alle sind ausgerollt, zurückgerollt oder abgesagt); nennen Sie eines</translation>
    </message>
    <message>
        <source>%1 releases are open; name one:
%2</source>
        <translation>%1 Releases sind offen; nennen Sie eines:
%2</translation>
    </message>
    <message>
        <source>%1 is not a manifest under releases/ of the clone at %2</source>
        <translation>%1 ist kein Manifest unter releases/ des Klons unter %2</translation>
    </message>
    <message>
        <source>%1 has errors; fix them and run the command again</source>
        <translation>%1 enthält Fehler; beheben Sie sie und führen Sie den Befehl erneut aus</translation>
    </message>
    <message>
        <source>who is signing? Set your handle once with &apos;git config releaseconsole.user @you&apos;, or pass --by @you</source>
        <translation>wer zeichnet ab? Legen Sie Ihr Handle einmal mit &apos;git config releaseconsole.user @sie&apos; fest oder geben Sie --by @sie an</translation>
    </message>
    <message>
        <source>saved %1 (not committed)</source>
        <translation>%1 gespeichert (nicht committet)</translation>
    </message>
    <message>
        <source>%1 was saved but not committed: %2
Commit it yourself, or fix the cause and commit with your git tools.</source>
        <translation>%1 wurde gespeichert, aber nicht committet: %2
Committen Sie selbst oder beheben Sie die Ursache und committen Sie mit Ihren Git-Werkzeugen.</translation>
    </message>
    <message>
        <source>saved %1, commit %2</source>
        <translation>%1 gespeichert, Commit %2</translation>
    </message>
    <message>
        <source>; see &apos;releasectl list --help&apos;</source>
        <translation>; siehe &apos;releasectl list --help&apos;</translation>
    </message>
    <message>
        <source>list takes no arguments; see &apos;releasectl list --help&apos;</source>
        <translation>list nimmt keine Argumente; siehe &apos;releasectl list --help&apos;</translation>
    </message>
    <message>
        <source>No release manifests under releases/ in %1.</source>
        <translation>Keine Release-Manifeste unter releases/ in %1.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>SCHEDULED</source>
        <translation>GEPLANT</translation>
    </message>
    <message>
        <source>MANAGER</source>
        <translation>MANAGER</translation>
    </message>
    <message>
        <source>SIGN-OFFS</source>
        <translation>SIGN-OFFS</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>BEREIT</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>(1 error; run &apos;releasectl validate&apos;)</source>
        <translation>(1 Fehler; &apos;releasectl validate&apos; ausführen)</translation>
    </message>
    <message>
        <source>(%1 errors; run &apos;releasectl validate&apos;)</source>
        <translation>(%1 Fehler; &apos;releasectl validate&apos; ausführen)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>  (uncommitted changes)</source>
        <translation>  (nicht committete Änderungen)</translation>
    </message>
    <message>
        <source>  (not in git yet)</source>
        <translation>  (noch nicht in Git)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Release manager</source>
        <translation>Release-Manager</translation>
    </message>
    <message>
        <source>Components (%1 of %2 signed off)</source>
        <translation>Komponenten (%1 von %2 abgezeichnet)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>TEAM</translation>
    </message>
    <message>
        <source>LEAD</source>
        <translation>LEITUNG</translation>
    </message>
    <message>
        <source>SIGN-OFF</source>
        <translation>SIGN-OFF</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>nicht erforderlich</translation>
    </message>
    <message>
        <source>Checklist (%1 of %2 done)</source>
        <translation>Checkliste (%1 von %2 erledigt)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>ready to deploy</source>
        <translation>bereit zum Ausrollen</translation>
    </message>
    <message>
        <source>blocked (1 blocker)</source>
        <translation>blockiert (1 Hindernis)</translation>
    </message>
    <message>
        <source>blocked (%1 blockers)</source>
        <translation>blockiert (%1 Hindernisse)</translation>
    </message>
    <message>
        <source>Break glass</source>
        <translation>Notfall-Ausnahme</translation>
    </message>
    <message>
        <source>by %1 at %2: %3</source>
        <translation>von %1 am %2: %3</translation>
    </message>
    <message>
        <source>Show release-day checklist items due or overdue, and the release windows, as at TIME (ISO 8601, e.g. 2024-01-15T09:45:00Z) instead of now.</source>
        <translation>Fällige oder überfällige Checklistenpunkte für den Tag des Releases und die Release-Zeitfenster zum Zeitpunkt TIME (ISO 8601, z. B. 2024-01-15T09:45:00Z) statt jetzt zeigen.</translation>
    </message>
    <message>
        <source>Release id or manifest path (default: the one open release).</source>
        <translation>Release-ID oder Manifest-Pfad (Standard: das eine offene Release).</translation>
    </message>
    <message>
        <source>; see &apos;releasectl status --help&apos;</source>
        <translation>; siehe &apos;releasectl status --help&apos;</translation>
    </message>
    <message>
        <source>status takes one release; see &apos;releasectl status --help&apos;</source>
        <translation>status nimmt ein Release; siehe &apos;releasectl status --help&apos;</translation>
    </message>
    <message>
        <source>--at needs an ISO 8601 time such as 2024-01-15T09:45:00Z, not &quot;%1&quot;</source>
        <translation>--at braucht eine ISO-8601-Zeit wie 2024-01-15T09:45:00Z, nicht „%1“</translation>
    </message>
    <message>
        <source>Judge the release windows and freezes as at TIME (ISO 8601, e.g. 2024-01-23T10:30:00Z) instead of now.</source>
        <translation>Die Release-Zeitfenster und Sperrzeiten zum Zeitpunkt TIME (ISO 8601, z. B. 2024-01-23T10:30:00Z) statt jetzt beurteilen.</translation>
    </message>
    <message>
        <source>; see &apos;releasectl check --help&apos;</source>
        <translation>; siehe &apos;releasectl check --help&apos;</translation>
    </message>
    <message>
        <source>check takes one release; see &apos;releasectl check --help&apos;</source>
        <translation>check nimmt ein Release; siehe &apos;releasectl check --help&apos;</translation>
    </message>
    <message>
        <source>%1 is ready to deploy</source>
        <translation>%1 ist bereit zum Ausrollen</translation>
    </message>
    <message>
        <source>%1 is blocked (1 blocker):</source>
        <translation>%1 ist blockiert (1 Hindernis):</translation>
    </message>
    <message>
        <source>%1 is blocked (%2 blockers):</source>
        <translation>%1 ist blockiert (%2 Hindernisse):</translation>
    </message>
    <message>
        <source>Manifests to check (default: every manifest under releases/).</source>
        <translation>Zu prüfende Manifeste (Standard: jedes Manifest unter releases/).</translation>
    </message>
    <message>
        <source>; see &apos;releasectl validate --help&apos;</source>
        <translation>; siehe &apos;releasectl validate --help&apos;</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>1 manifest checked</source>
        <translation>1 Manifest geprüft</translation>
    </message>
    <message>
        <source>%1 manifests checked</source>
        <translation>%1 Manifeste geprüft</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>Sign the component off.</source>
        <translation>Die Komponente abzeichnen.</translation>
    </message>
    <message>
        <source>Reject it, saying why.</source>
        <translation>Sie ablehnen, mit Begründung.</translation>
    </message>
    <message>
        <source>Back to pending.</source>
        <translation>Zurück auf ausstehend.</translation>
    </message>
    <message>
        <source>Who signs (default: git config releaseconsole.user).</source>
        <translation>Wer abzeichnet (Standard: git config releaseconsole.user).</translation>
    </message>
    <message>
        <source>Save the file but do not commit it.</source>
        <translation>Die Datei speichern, aber nicht committen.</translation>
    </message>
    <message>
        <source>Component name.</source>
        <translation>Name der Komponente.</translation>
    </message>
    <message>
        <source>; see &apos;releasectl signoff --help&apos;</source>
        <translation>; siehe &apos;releasectl signoff --help&apos;</translation>
    </message>
    <message>
        <source>signoff needs RELEASE and COMPONENT; see &apos;releasectl signoff --help&apos;</source>
        <translation>signoff braucht RELEASE und COMPONENT; siehe &apos;releasectl signoff --help&apos;</translation>
    </message>
    <message>
        <source>signoff needs exactly one of --approve, --reject REASON, --reset</source>
        <translation>signoff braucht genau eine von --approve, --reject REASON, --reset</translation>
    </message>
    <message>
        <source>--reject needs a reason: --reject &quot;what is wrong&quot;</source>
        <translation>--reject braucht eine Begründung: --reject &quot;was falsch ist&quot;</translation>
    </message>
    <message>
        <source>Tick the item.</source>
        <translation>Den Punkt abhaken.</translation>
    </message>
    <message>
        <source>Untick it.</source>
        <translation>Den Haken entfernen.</translation>
    </message>
    <message>
        <source>Who did it (default: git config releaseconsole.user).</source>
        <translation>Wer es erledigt hat (Standard: git config releaseconsole.user).</translation>
    </message>
    <message>
        <source>Append a checklist template&apos;s items that the checklist does not have yet: pre-release, release-day or role:ROLE (team_lead, qa_lead, security, dba, release_manager); may be repeated.</source>
        <translation>Die Punkte einer Checklisten-Vorlage anhängen, die die Checkliste noch nicht hat: pre-release, release-day oder role:ROLE (team_lead, qa_lead, security, dba, release_manager); mehrfach möglich.</translation>
    </message>
    <message>
        <source>With --add role:dba: add the DBA checklist even when no migrations changed.</source>
        <translation>Mit --add role:dba: die DBA-Checkliste auch hinzufügen, wenn sich keine Migrationen geändert haben.</translation>
    </message>
    <message>
        <source>1-based index, or the item&apos;s text (exact or a unique part of it).</source>
        <translation>Index ab 1 oder der Text des Punkts (genau oder ein eindeutiger Teil davon).</translation>
    </message>
    <message>
        <source>; see &apos;releasectl checklist --help&apos;</source>
        <translation>; siehe &apos;releasectl checklist --help&apos;</translation>
    </message>
    <message>
        <source>checklist --add takes RELEASE and no ITEM, --done or --undo; see &apos;releasectl checklist --help&apos;</source>
        <translation>checklist --add nimmt RELEASE und kein ITEM, --done oder --undo; siehe &apos;releasectl checklist --help&apos;</translation>
    </message>
    <message>
        <source>checklist needs RELEASE and ITEM; see &apos;releasectl checklist --help&apos;</source>
        <translation>checklist braucht RELEASE und ITEM; siehe &apos;releasectl checklist --help&apos;</translation>
    </message>
    <message>
        <source>checklist needs exactly one of --done, --undo</source>
        <translation>checklist braucht genau eine von --done, --undo</translation>
    </message>
    <message>
        <source>Reject instead, saying why.</source>
        <translation>Stattdessen ablehnen, mit Begründung.</translation>
    </message>
    <message>
        <source>Who approves (default: git config releaseconsole.user).</source>
        <translation>Wer freigibt (Standard: git config releaseconsole.user).</translation>
    </message>
    <message>
        <source>Approval role, e.g. &quot;Tech Lead&quot; (or a unique part of it).</source>
        <translation>Freigabe-Rolle, z. B. &quot;Tech Lead&quot; (oder ein eindeutiger Teil davon).</translation>
    </message>
    <message>
        <source>; see &apos;releasectl approve --help&apos;</source>
        <translation>; siehe &apos;releasectl approve --help&apos;</translation>
    </message>
    <message>
        <source>approve needs RELEASE and ROLE; see &apos;releasectl approve --help&apos;</source>
        <translation>approve braucht RELEASE und ROLE; siehe &apos;releasectl approve --help&apos;</translation>
    </message>
    <message>
        <source>approve takes --reject or --reset, not both</source>
        <translation>approve nimmt --reject oder --reset, nicht beides</translation>
    </message>
    <message>
        <source>The new status: %1.</source>
        <translation>Der neue Status: %1.</translation>
    </message>
    <message>
        <source>; see &apos;releasectl %1 --help&apos;</source>
        <translation>; siehe &apos;releasectl %1 --help&apos;</translation>
    </message>
    <message>
        <source>%1 needs RELEASE and STATUS; see &apos;releasectl %1 --help&apos;</source>
        <translation>%1 braucht RELEASE und STATUS; siehe &apos;releasectl %1 --help&apos;</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; statuses: %2</source>
        <translation>unbekannter Status „%1“; Status: %2</translation>
    </message>
    <message>
        <source>%1 is already %2</source>
        <translation>%1 ist bereits %2</translation>
    </message>
    <message>
        <source>%1 cannot move from %2 to %3: %2 is final</source>
        <translation>%1 kann nicht von %2 nach %3 wechseln: %2 ist endgültig</translation>
    </message>
    <message>
        <source>%1 cannot move from %2 to %3; from %2 it can go to: %4</source>
        <translation>%1 kann nicht von %2 nach %3 wechseln; von %2 geht es nach: %4</translation>
    </message>
    <message>
        <source>%1 cannot be marked approved until these are done:</source>
        <translation>%1 kann erst als freigegeben markiert werden, wenn dies erledigt ist:</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The clone to work in (default: the one around the working directory).</source>
        <translation>Der Klon, in dem gearbeitet wird (Standard: der um das Arbeitsverzeichnis).</translation>
    </message>
    <message>
        <source>Usage: releasectl [--repo DIR] %1 %2
%3
</source>
        <translation>Aufruf: releasectl [--repo DIR] %1 %2
%3
</translation>
    </message>
    <message>
        <source>with access to %1</source>
        <translation>mit Zugriff auf %1</translation>
    </message>
    <message>
        <source>releasectl: GitHub did not answer as expected, still watching: %1</source>
        <translation>releasectl: GitHub hat nicht wie erwartet geantwortet, beobachte weiter: %1</translation>
    </message>
    <message>
        <source>Run for real (the default is a dry run).</source>
        <translation>Wirklich ausführen (Standard ist ein Probelauf).</translation>
    </message>
    <message>
        <source>Follow the run until it completes and exit with its conclusion.</source>
        <translation>Dem Lauf bis zum Ende folgen und mit seinem Ergebnis enden.</translation>
    </message>
    <message>
        <source>Print JSON (see docs/cli.md).</source>
        <translation>JSON ausgeben (siehe docs/cli.md).</translation>
    </message>
    <message>
        <source>Why (required for a rollback).</source>
        <translation>Warum (für ein Rollback erforderlich).</translation>
    </message>
    <message>
        <source>Poll every MS milliseconds while the run moves (default 2000).</source>
        <translation>Alle MS Millisekunden abfragen, solange der Lauf läuft (Standard 2000).</translation>
    </message>
    <message>
        <source>dispatch needs RELEASE and ACTION</source>
        <translation>dispatch braucht RELEASE und ACTION</translation>
    </message>
    <message>
        <source>%1 needs RELEASE</source>
        <translation>%1 braucht RELEASE</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; ACTION is one of %2</source>
        <translation>unbekannte Aktion „%1“; ACTION ist eine von %2</translation>
    </message>
    <message>
        <source>a rollback needs a reason: --reason &quot;what went wrong&quot;</source>
        <translation>ein Rollback braucht eine Begründung: --reason &quot;was schiefgegangen ist&quot;</translation>
    </message>
    <message>
        <source>--reason is for a rollback</source>
        <translation>--reason ist für ein Rollback</translation>
    </message>
    <message>
        <source>--interval takes milliseconds, 10 or more</source>
        <translation>--interval nimmt Millisekunden, 10 oder mehr</translation>
    </message>
    <message>
        <source>%1 may not deploy:</source>
        <translation>%1 darf nicht ausgerollt werden:</translation>
    </message>
    <message>
        <source>%1 cannot be rolled back:</source>
        <translation>%1 kann nicht zurückgerollt werden:</translation>
    </message>
    <message>
        <source>DRY RUN</source>
        <translation>PROBELAUF</translation>
    </message>
    <message>
        <source> (nothing changes; --no-dry-run for a real run)</source>
        <translation> (nichts ändert sich; --no-dry-run für einen echten Lauf)</translation>
    </message>
    <message>
        <source>REAL RUN</source>
        <translation>ECHTER LAUF</translation>
    </message>
    <message>
        <source>Deploy %1 to production</source>
        <translation>%1 in Produktion ausrollen</translation>
    </message>
    <message>
        <source>Roll back %1</source>
        <translation>%1 zurückrollen</translation>
    </message>
    <message>
        <source>Run %1 for %2</source>
        <translation>%1 für %2 ausführen</translation>
    </message>
    <message>
        <source>  repository %1, workflow %2 on %3 (%4)</source>
        <translation>  Repository %1, Workflow %2 auf %3 (%4)</translation>
    </message>
    <message>
        <source>  reason: %1</source>
        <translation>  Begründung: %1</translation>
    </message>
    <message>
        <source>  components:</source>
        <translation>  Komponenten:</translation>
    </message>
    <message>
        <source>releasectl: warning: %1</source>
        <translation>releasectl: Warnung: %1</translation>
    </message>
    <message>
        <source>Run %1 started: %2</source>
        <translation>Lauf %1 gestartet: %2</translation>
    </message>
    <message>
        <source>%1 stays deploying until the run is followed to its end: releasectl watch %2</source>
        <translation>%1 bleibt im Status „wird ausgerollt“, bis der Lauf bis zum Ende verfolgt wird: releasectl watch %2</translation>
    </message>
    <message>
        <source>%1 is marked rolled back once the run succeeds: releasectl watch %2 --reason %3</source>
        <translation>%1 wird als zurückgerollt markiert, sobald der Lauf gelingt: releasectl watch %2 --reason %3</translation>
    </message>
    <message>
        <source>Follow it: releasectl watch %1</source>
        <translation>Verfolgen: releasectl watch %1</translation>
    </message>
    <message>
        <source>The rollback run did not succeed; %1 stays deployed.</source>
        <translation>Der Rollback-Lauf war nicht erfolgreich; %1 bleibt ausgerollt.</translation>
    </message>
    <message>
        <source>Print JSON when the run completes (see docs/cli.md).</source>
        <translation>JSON ausgeben, wenn der Lauf endet (siehe docs/cli.md).</translation>
    </message>
    <message>
        <source>For a real rollback run started without --watch: mark the release rolled back with this reason when the run succeeds.</source>
        <translation>Für einen echten Rollback-Lauf, der ohne --watch gestartet wurde: das Release mit dieser Begründung als zurückgerollt markieren, wenn der Lauf gelingt.</translation>
    </message>
    <message>
        <source>The workflow run&apos;s id (the number in its URL).</source>
        <translation>Die ID des Workflow-Laufs (die Zahl in seiner URL).</translation>
    </message>
    <message>
        <source>; see &apos;releasectl watch --help&apos;</source>
        <translation>; siehe &apos;releasectl watch --help&apos;</translation>
    </message>
    <message>
        <source>watch needs the run&apos;s id, a number such as 30433642; see &apos;releasectl watch --help&apos;</source>
        <translation>watch braucht die ID des Laufs, eine Zahl wie 30433642; siehe &apos;releasectl watch --help&apos;</translation>
    </message>
    <message>
        <source>--reason needs text</source>
        <translation>--reason braucht Text</translation>
    </message>
    <message>
        <source>run %1 is not a rollback of a release in this clone, so --reason has nothing to mark; the run&apos;s name must carry the action and the release id (docs/cli.md#workflow-requirements)</source>
        <translation>Lauf %1 ist kein Rollback eines Releases in diesem Klon, daher hat --reason nichts zu markieren; der Name des Laufs muss die Aktion und die Release-ID enthalten (docs/cli.md#workflow-requirements)</translation>
    </message>
    <message>
        <source>The rollback run did not succeed; %1 stays %2.</source>
        <translation>Der Rollback-Lauf war nicht erfolgreich; %1 bleibt %2.</translation>
    </message>
    <message>
        <source>Every release under releases/: an index, newest first, and a section per release.</source>
        <translation>Jedes Release unter releases/: ein Index, neueste zuerst, und ein Abschnitt je Release.</translation>
    </message>
    <message>
        <source>markdown or html (default: from the -o file&apos;s suffix, else markdown).</source>
        <translation>markdown oder html (Standard: aus der Endung der -o-Datei, sonst markdown).</translation>
    </message>
    <message>
        <source>Write to FILE (replaced atomically) instead of standard output.</source>
        <translation>In DATEI schreiben (atomar ersetzt) statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>; see &apos;releasectl export --help&apos;</source>
        <translation>; siehe &apos;releasectl export --help&apos;</translation>
    </message>
    <message>
        <source>export takes one release, or --all; see &apos;releasectl export --help&apos;</source>
        <translation>export nimmt ein Release oder --all; siehe &apos;releasectl export --help&apos;</translation>
    </message>
    <message>
        <source>give a release or --all, not both</source>
        <translation>geben Sie ein Release oder --all an, nicht beides</translation>
    </message>
    <message>
        <source>-o needs a file name</source>
        <translation>-o braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; formats: %2</source>
        <translation>unbekanntes Format „%1“; Formate: %2</translation>
    </message>
    <message>
        <source>-o %1 is a folder; give a file name such as %1/dashboard.%2</source>
        <translation>-o %1 ist ein Ordner; geben Sie einen Dateinamen an, etwa %1/dashboard.%2</translation>
    </message>
    <message>
        <source>1 manifest has errors; fix it and export again</source>
        <translation>1 Manifest enthält Fehler; beheben Sie sie und exportieren Sie erneut</translation>
    </message>
    <message>
        <source>%1 manifests have errors; fix them and export again</source>
        <translation>%1 Manifeste enthalten Fehler; beheben Sie sie und exportieren Sie erneut</translation>
    </message>
    <message>
        <source>the index of 1 release</source>
        <translation>der Index von 1 Release</translation>
    </message>
    <message>
        <source>the index of %1 releases</source>
        <translation>der Index von %1 Releases</translation>
    </message>
    <message>
        <source>the dashboard of %1</source>
        <translation>das Dashboard von %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2) to %3</source>
        <translation>%1 (%2) nach %3 geschrieben</translation>
    </message>
    <message>
        <source>no GitHub token: set GH_TOKEN or GITHUB_TOKEN to a token %1</source>
        <translation>kein GitHub-Token: setzen Sie GH_TOKEN oder GITHUB_TOKEN auf ein Token %1</translation>
    </message>
    <message>
        <source>; see &apos;releasectl github --help&apos;</source>
        <translation>; siehe &apos;releasectl github --help&apos;</translation>
    </message>
    <message>
        <source>github takes no arguments; see &apos;releasectl github --help&apos;</source>
        <translation>github nimmt keine Argumente; siehe &apos;releasectl github --help&apos;</translation>
    </message>
    <message>
        <source>API:          %1 (%2)</source>
        <translation>API:             %1 (%2)</translation>
    </message>
    <message>
        <source>Repository:   %1 (%2)%3</source>
        <translation>Repository:      %1 (%2)%3</translation>
    </message>
    <message>
        <source>, private</source>
        <translation>, privat</translation>
    </message>
    <message>
        <source>Workflow:     %1 on %2</source>
        <translation>Workflow:        %1 auf %2</translation>
    </message>
    <message>
        <source>Signed in as: %1 (token from %2)</source>
        <translation>Angemeldet als:  %1 (Token aus %2)</translation>
    </message>
    <message>
        <source>Token scopes: %1</source>
        <translation>Token-Scopes:    %1</translation>
    </message>
    <message>
        <source>Permissions:  %1</source>
        <translation>Berechtigungen:  %1</translation>
    </message>
    <message>
        <source>May dispatch workflows: %1</source>
        <translation>Darf Workflows starten: %1</translation>
    </message>
    <message>
        <source>May write issues:       %1</source>
        <translation>Darf Issues schreiben:  %1</translation>
    </message>
    <message>
        <source>Rate limit:   %1 of %2 left, resets %3</source>
        <translation>Rate-Limit:      %1 von %2 übrig, zurückgesetzt %3</translation>
    </message>
    <message>
        <source>(no version)</source>
        <translation>(keine Version)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(wählen)</translation>
    </message>
    <message>
        <source>1 commit</source>
        <translation>1 Commit</translation>
    </message>
    <message>
        <source>%1 commits</source>
        <translation>%1 Commits</translation>
    </message>
    <message>
        <source>Start after this tag or revision (default: the last release tag reachable from --until).</source>
        <translation>Nach diesem Tag oder dieser Revision beginnen (Standard: das letzte von --until erreichbare Release-Tag).</translation>
    </message>
    <message>
        <source>End at this revision (default: HEAD).</source>
        <translation>Bei dieser Revision enden (Standard: HEAD).</translation>
    </message>
    <message>
        <source>Print JSON (format in docs/cli.md).</source>
        <translation>JSON ausgeben (Format in docs/cli.md).</translation>
    </message>
    <message>
        <source>Let pre-release tags count as current versions.</source>
        <translation>Vorabversions-Tags als aktuelle Versionen zählen lassen.</translation>
    </message>
    <message>
        <source>; see &apos;releasectl changes --help&apos;</source>
        <translation>; siehe &apos;releasectl changes --help&apos;</translation>
    </message>
    <message>
        <source>changes takes no arguments, only options; see &apos;releasectl changes --help&apos;</source>
        <translation>changes nimmt keine Argumente, nur Optionen; siehe &apos;releasectl changes --help&apos;</translation>
    </message>
    <message>
        <source>--until needs a revision, e.g. --until HEAD</source>
        <translation>--until braucht eine Revision, z. B. --until HEAD</translation>
    </message>
    <message>
        <source>--since needs a tag or revision, e.g. --since v1.2.0</source>
        <translation>--since braucht ein Tag oder eine Revision, z. B. --since v1.2.0</translation>
    </message>
    <message>
        <source>--since: %1</source>
        <translation>--since: %1</translation>
    </message>
    <message>
        <source>--until: %1</source>
        <translation>--until: %1</translation>
    </message>
    <message>
        <source>no release tag is reachable from %1 in this shallow clone; fetch the whole history with &apos;git fetch --unshallow&apos;, or pass --since TAG</source>
        <translation>von %1 aus ist in diesem flachen Klon kein Release-Tag erreichbar; holen Sie die ganze Historie mit &apos;git fetch --unshallow&apos; oder geben Sie --since TAG an</translation>
    </message>
    <message>
        <source>no commits between %1 and %2; nothing changed since %1 (give an older --since)</source>
        <translation>keine Commits zwischen %1 und %2; seit %1 hat sich nichts geändert (geben Sie ein älteres --since an)</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>dem Anfang</translation>
    </message>
    <message>
        <source>Changes %1..%2</source>
        <translation>Änderungen %1..%2</translation>
    </message>
    <message>
        <source>(whole history)</source>
        <translation>(ganze Historie)</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>keine Änderungen</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>  (no component&apos;s paths)</source>
        <translation>  (keine Pfade einer Komponente)</translation>
    </message>
    <message>
        <source>Start after this tag or revision (default: the last release tag reachable from HEAD).</source>
        <translation>Nach diesem Tag oder dieser Revision beginnen (Standard: das letzte von HEAD erreichbare Release-Tag).</translation>
    </message>
    <message>
        <source>regular (default), hotfix or major.</source>
        <translation>regular (Standard), hotfix oder major.</translation>
    </message>
    <message>
        <source>When it goes out, e.g. 2024-01-16T10:00:00Z (default: the next window of its type).</source>
        <translation>Wann es live geht, z. B. 2024-01-16T10:00:00Z (Standard: das nächste Zeitfenster seines Typs).</translation>
    </message>
    <message>
        <source>The new release&apos;s id (default: rel-YYYY-MM-DD-NNN, the next free one today).</source>
        <translation>Die ID des neuen Releases (Standard: rel-YYYY-MM-DD-NNN, die nächste freie von heute).</translation>
    </message>
    <message>
        <source>; see &apos;releasectl create --help&apos;</source>
        <translation>; siehe &apos;releasectl create --help&apos;</translation>
    </message>
    <message>
        <source>create takes at most one RELEASE_ID; see &apos;releasectl create --help&apos;</source>
        <translation>create nimmt höchstens eine RELEASE_ID; siehe &apos;releasectl create --help&apos;</translation>
    </message>
    <message>
        <source>--type %1: not a release type; use one of: %2</source>
        <translation>--type %1: kein Release-Typ; verwenden Sie einen von: %2</translation>
    </message>
    <message>
        <source>--scheduled %1: not a time; write it like 2024-01-16T10:00:00Z</source>
        <translation>--scheduled %1: keine Zeitangabe; schreiben Sie sie wie 2024-01-16T10:00:00Z</translation>
    </message>
    <message>
        <source>cannot create a release here: %1</source>
        <translation>hier kann kein Release erstellt werden: %1</translation>
    </message>
    <message>
        <source>HEAD has no commit yet; commit something first</source>
        <translation>HEAD hat noch keinen Commit; committen Sie zuerst etwas</translation>
    </message>
    <message>
        <source>%1 has uncommitted changes; commit or discard them before creating a release</source>
        <translation>%1 hat nicht committete Änderungen; committen oder verwerfen Sie sie, bevor Sie ein Release erstellen</translation>
    </message>
    <message>
        <source>who manages this release? Set your handle once with &apos;git config releaseconsole.user @you&apos;</source>
        <translation>wer leitet dieses Release? Legen Sie Ihr Handle einmal mit &apos;git config releaseconsole.user @sie&apos; fest</translation>
    </message>
    <message>
        <source>%1 exists already; choose another release id</source>
        <translation>%1 existiert bereits; wählen Sie eine andere Release-ID</translation>
    </message>
    <message>
        <source>release %1 exists already in %2; choose another release id</source>
        <translation>Release %1 existiert bereits in %2; wählen Sie eine andere Release-ID</translation>
    </message>
    <message>
        <source>no release tag is reachable from HEAD in this shallow clone; fetch the whole history with &apos;git fetch --unshallow&apos;, or pass --since TAG</source>
        <translation>von HEAD aus ist in diesem flachen Klon kein Release-Tag erreichbar; holen Sie die ganze Historie mit &apos;git fetch --unshallow&apos; oder geben Sie --since TAG an</translation>
    </message>
    <message>
        <source>no component changed since %1; there is nothing to release (give an older --since)</source>
        <translation>seit %1 hat sich keine Komponente geändert; es gibt nichts zu releasen (geben Sie ein älteres --since an)</translation>
    </message>
    <message>
        <source>created %1 (%2, %3 release since %4) in commit %5</source>
        <translation>%1 erstellt (%2, %3-Release seit %4) in Commit %5</translation>
    </message>
    <message>
        <source>Start from this tag (default: the production tag, the tag of the newest deployed release).</source>
        <translation>Von diesem Tag ausgehen (Standard: das Produktions-Tag, das Tag des neuesten ausgerollten Releases).</translation>
    </message>
    <message>
        <source>The component to fix (required when there are several).</source>
        <translation>Die zu korrigierende Komponente (erforderlich, wenn es mehrere gibt).</translation>
    </message>
    <message>
        <source>The hotfix release&apos;s id (default: rel-YYYY-MM-DD-hotfix-NNN).</source>
        <translation>Die ID des Hotfix-Releases (Standard: rel-YYYY-MM-DD-hotfix-NNN).</translation>
    </message>
    <message>
        <source>The hotfix&apos;s name: the branch becomes hotfix/NAME.</source>
        <translation>Der Name des Hotfixes: der Branch wird hotfix/NAME.</translation>
    </message>
    <message>
        <source>; see &apos;releasectl hotfix --help&apos;</source>
        <translation>; siehe &apos;releasectl hotfix --help&apos;</translation>
    </message>
    <message>
        <source>hotfix needs NAME (the branch becomes hotfix/NAME); see &apos;releasectl hotfix --help&apos;</source>
        <translation>hotfix braucht NAME (der Branch wird hotfix/NAME); siehe &apos;releasectl hotfix --help&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a branch name; use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, e.g. hotfix geo-bounds</source>
        <translation>&apos;%1&apos; kann kein Branch-Name sein; verwenden Sie Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;, z. B. hotfix geo-bounds</translation>
    </message>
    <message>
        <source>cannot start a hotfix here: %1</source>
        <translation>hier kann kein Hotfix begonnen werden: %1</translation>
    </message>
    <message>
        <source>tracked files have uncommitted changes (%1); commit or stash them before switching to hotfix/%2</source>
        <translation>versionierte Dateien haben nicht committete Änderungen (%1); committen oder stashen Sie sie, bevor Sie zu hotfix/%2 wechseln</translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation>--from: %1</translation>
    </message>
    <message>
        <source>who manages this hotfix? Set your handle once with &apos;git config releaseconsole.user @you&apos;</source>
        <translation>wer leitet diesen Hotfix? Legen Sie Ihr Handle einmal mit &apos;git config releaseconsole.user @sie&apos; fest</translation>
    </message>
    <message>
        <source>switched to new branch %1 at %2 (%3); created %4 for %5 %6 → %7 in commit %8</source>
        <translation>zum neuen Branch %1 bei %2 (%3) gewechselt; %4 für %5 %6 → %7 in Commit %8 erstellt</translation>
    </message>
    <message>
        <source>  next: commit the fix on %1, then get the Tech Lead and On-call approvals</source>
        <translation>  als Nächstes: die Korrektur auf %1 committen, dann die Freigaben von Tech Lead und Bereitschaftsdienst einholen</translation>
    </message>
    <message>
        <source>Slack: %1 is ignored: %2</source>
        <translation>Slack: %1 wird ignoriert: %2</translation>
    </message>
    <message>
        <source>Slack: the seed&apos;s messages are used, since the rules cannot be read: %1</source>
        <translation>Slack: es werden die Standardnachrichten verwendet, da die Regeln nicht gelesen werden können: %1</translation>
    </message>
    <message>
        <source>Slack: %1</source>
        <translation>Slack: %1</translation>
    </message>
    <message numerus="yes">
        <source>Slack: %n message(s) wait in the outbox (%1); &apos;releasectl notify flush&apos; sends them.</source>
        <translation>
            <numerusform>Slack: %n Nachricht wartet im Postausgang (%1); &apos;releasectl notify flush&apos; sendet sie.</numerusform>
            <numerusform>Slack: %n Nachrichten warten im Postausgang (%1); &apos;releasectl notify flush&apos; sendet sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>noch nicht gesendet</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <source>test: the channel whose webhook to test (default: #releases).</source>
        <translation>test: der Kanal, dessen Webhook getestet wird (Standard: #releases).</translation>
    </message>
    <message>
        <source>flush: send a failed or unconfirmed message again (its id, or &quot;all&quot;).</source>
        <translation>flush: eine fehlgeschlagene oder unbestätigte Nachricht erneut senden (ihre ID oder &quot;all&quot;).</translation>
    </message>
    <message>
        <source>flush: remove a message from the outbox without sending it.</source>
        <translation>flush: eine Nachricht aus dem Postausgang entfernen, ohne sie zu senden.</translation>
    </message>
    <message>
        <source>status, flush or test.</source>
        <translation>status, flush oder test.</translation>
    </message>
    <message>
        <source>; see &apos;releasectl notify --help&apos;</source>
        <translation>; siehe &apos;releasectl notify --help&apos;</translation>
    </message>
    <message>
        <source>notify needs one of status, flush or test; see &apos;releasectl notify --help&apos;</source>
        <translation>notify braucht eines von status, flush oder test; siehe &apos;releasectl notify --help&apos;</translation>
    </message>
    <message>
        <source>--resend and --discard apply to notify flush only</source>
        <translation>--resend und --discard gelten nur für notify flush</translation>
    </message>
    <message>
        <source>--channel applies to notify test only</source>
        <translation>--channel gilt nur für notify test</translation>
    </message>
    <message>
        <source>no Slack webhook for %1: set %2 (or %3 for every channel) to the URL of an incoming webhook</source>
        <translation>kein Slack-Webhook für %1: setzen Sie %2 (oder %3 für jeden Kanal) auf die URL eines Incoming Webhooks</translation>
    </message>
    <message>
        <source>Release Console can post to %1.</source>
        <translation>Release Console kann in %1 posten.</translation>
    </message>
    <message>
        <source>✓ Slack accepted a test message for %1 (webhook on %2)</source>
        <translation>✓ Slack hat eine Testnachricht für %1 angenommen (Webhook auf %2)</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort in der Zeit</translation>
    </message>
    <message>
        <source>Slack did not take the test message for %1: %2</source>
        <translation>Slack hat die Testnachricht für %1 nicht angenommen: %2</translation>
    </message>
    <message>
        <source>no Slack webhook is set: set RC_SLACK_WEBHOOK_URL (or RC_SLACK_WEBHOOK_URL_&lt;CHANNEL&gt;) to send the outbox</source>
        <translation>kein Slack-Webhook gesetzt: setzen Sie RC_SLACK_WEBHOOK_URL (oder RC_SLACK_WEBHOOK_URL_&lt;CHANNEL&gt;), um den Postausgang zu senden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Slack webhooks: %1</source>
        <translation>Slack-Webhooks: %1</translation>
    </message>
    <message>
        <source>Slack webhooks: none (set RC_SLACK_WEBHOOK_URL, or RC_SLACK_WEBHOOK_URL_&lt;CHANNEL&gt; per channel)</source>
        <translation>Slack-Webhooks: keine (setzen Sie RC_SLACK_WEBHOOK_URL oder RC_SLACK_WEBHOOK_URL_&lt;CHANNEL&gt; je Kanal)</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Der Postausgang ist leer.</translation>
    </message>
    <message>
        <source>Outbox: %1 waiting, %2 failed or unconfirmed</source>
        <translation>Postausgang: %1 wartend, %2 fehlgeschlagen oder unbestätigt</translation>
    </message>
    <message>
        <source>; see &apos;releasectl fetch --help&apos;</source>
        <translation>; siehe &apos;releasectl fetch --help&apos;</translation>
    </message>
    <message>
        <source>fetch takes no arguments; see &apos;releasectl fetch --help&apos;</source>
        <translation>fetch nimmt keine Argumente; siehe &apos;releasectl fetch --help&apos;</translation>
    </message>
    <message>
        <source>Where the upstream decided differently, record our decision on top of theirs.</source>
        <translation>Wo der Upstream anders entschieden hat, unsere Entscheidung über seiner erfassen.</translation>
    </message>
    <message>
        <source>Where the upstream decided differently, keep theirs and leave ours out.</source>
        <translation>Wo der Upstream anders entschieden hat, seine behalten und unsere weglassen.</translation>
    </message>
    <message>
        <source>; see &apos;releasectl push --help&apos;</source>
        <translation>; siehe &apos;releasectl push --help&apos;</translation>
    </message>
    <message>
        <source>push takes --keep-mine or --take-theirs, not both</source>
        <translation>push nimmt --keep-mine oder --take-theirs, nicht beides</translation>
    </message>
    <message>
        <source>push takes no arguments; see &apos;releasectl push --help&apos;</source>
        <translation>push nimmt keine Argumente; siehe &apos;releasectl push --help&apos;</translation>
    </message>
    <message>
        <source>not pushed: %1 changed the same decisions differently; nothing was lost, your commits are still on %2 and the upstream is untouched:</source>
        <translation>nicht gepusht: %1 hat dieselben Entscheidungen anders getroffen; nichts ging verloren, Ihre Commits sind noch auf %2 und der Upstream ist unverändert:</translation>
    </message>
    <message>
        <source>
    ours:   %1  (%2)</source>
        <translation>
    unsere:  %1  (%2)</translation>
    </message>
    <message>
        <source>
    theirs: %1</source>
        <translation>
    deren:   %1</translation>
    </message>
    <message>
        <source>
Agree with the other side on which decision stands, then run releasectl push --keep-mine to record ours on top of theirs, or releasectl push --take-theirs to leave ours out.</source>
        <translation>
Einigen Sie sich mit der Gegenseite, welche Entscheidung gilt, und führen Sie dann releasectl push --keep-mine aus, um unsere über deren zu erfassen, oder releasectl push --take-theirs, um unsere wegzulassen.</translation>
    </message>
    <message>
        <source>%1 had moved: re-applied %2 on top of it</source>
        <translation>%1 hatte sich bewegt: %2 neu oben aufgesetzt</translation>
    </message>
    <message>
        <source>pushed %1 to %2</source>
        <translation>%1 nach %2 gepusht</translation>
    </message>
    <message>
        <source>nothing to push: %1</source>
        <translation>nichts zu pushen: %1</translation>
    </message>
    <message>
        <source>check: save the sign-offs but do not commit them.</source>
        <translation>check: die Sign-offs speichern, aber nicht committen.</translation>
    </message>
    <message>
        <source>request or check.</source>
        <translation>request oder check.</translation>
    </message>
    <message>
        <source>; see &apos;releasectl signoffs --help&apos;</source>
        <translation>; siehe &apos;releasectl signoffs --help&apos;</translation>
    </message>
    <message>
        <source>signoffs needs request or check, and RELEASE: releasectl signoffs request|check RELEASE; see &apos;releasectl signoffs --help&apos;</source>
        <translation>signoffs braucht request oder check und RELEASE: releasectl signoffs request|check RELEASE; siehe &apos;releasectl signoffs --help&apos;</translation>
    </message>
    <message>
        <source>--no-commit applies to signoffs check only</source>
        <translation>--no-commit gilt nur für signoffs check</translation>
    </message>
    <message>
        <source>that may write issues in %1</source>
        <translation>das Issues in %1 schreiben darf</translation>
    </message>
    <message>
        <source>sign-off issues of %1 were not requested: %2</source>
        <translation>die Sign-off-Issues von %1 wurden nicht angefordert: %2</translation>
    </message>
    <message>
        <source>Sign-off issues for %1 in %2:</source>
        <translation>Sign-off-Issues für %1 in %2:</translation>
    </message>
    <message>
        <source>created #%1</source>
        <comment>issue</comment>
        <translation>#%1 erstellt</translation>
    </message>
    <message>
        <source>already open #%1 %2</source>
        <translation>bereits offen #%1 %2</translation>
    </message>
    <message>
        <source>not needed (%1)</source>
        <translation>nicht nötig (%1)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>closed duplicates: %1</source>
        <translation>Duplikate geschlossen: %1</translation>
    </message>
    <message>
        <source>also open for this component: %1; close the extra ones</source>
        <translation>ebenfalls offen für diese Komponente: %1; schließen Sie die überzähligen</translation>
    </message>
    <message>
        <source>sign-offs of %1 were not checked: %2</source>
        <translation>die Sign-offs von %1 wurden nicht geprüft: %2</translation>
    </message>
    <message>
        <source>Sign-offs of %1 from %2:</source>
        <translation>Sign-offs von %1 aus %2:</translation>
    </message>
    <message>
        <source>approved by @%1 at %2</source>
        <translation>freigegeben von @%1 am %2</translation>
    </message>
    <message>
        <source>rejected by @%1: %2</source>
        <translation>abgelehnt von @%1: %2</translation>
    </message>
    <message>
        <source>approved by %1 at %2 (in the manifest)</source>
        <translation>freigegeben von %1 am %2 (im Manifest)</translation>
    </message>
    <message>
        <source>%1, no open sign-off issue: run &apos;releasectl signoffs request %2&apos;</source>
        <translation>%1, kein offenes Sign-off-Issue: führen Sie &apos;releasectl signoffs request %2&apos; aus</translation>
    </message>
    <message>
        <source>still pending</source>
        <translation>noch ausstehend</translation>
    </message>
    <message>
        <source>already in the manifest</source>
        <translation>bereits im Manifest</translation>
    </message>
    <message>
        <source>the manifest holds a newer decision (%1); kept it</source>
        <translation>das Manifest enthält eine neuere Entscheidung (%1); sie wurde behalten</translation>
    </message>
    <message>
        <source>closed #%1</source>
        <translation>#%1 geschlossen</translation>
    </message>
    <message>
        <source>ignored &quot;%1&quot; by %2: %3</source>
        <translation>„%1“ von %2 ignoriert: %3</translation>
    </message>
    <message>
        <source>a deleted account</source>
        <translation>ein gelöschtes Konto</translation>
    </message>
    <message>
        <source>told them why on #%1</source>
        <translation>Begründung auf #%1 mitgeteilt</translation>
    </message>
    <message>
        <source>The window and freeze blockers of %1 are lifted until %2; sign-offs and approvals still apply.</source>
        <translation>Die Hindernisse durch Zeitfenster und Sperrzeiten von %1 sind bis %2 aufgehoben; Sign-offs und Freigaben gelten weiterhin.</translation>
    </message>
    <message>
        <source>lifts until %1: %2</source>
        <translation>hebt bis %1 auf: %2</translation>
    </message>
    <message>
        <source>break-glass override until %1: %2</source>
        <translation>Notfall-Ausnahme bis %1: %2</translation>
    </message>
</context>
<context>
    <name>rc::cli::RunView</name>
    <message>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>… %1 more lines</source>
        <translation>… %1 weitere Zeilen</translation>
    </message>
    <message>
        <source>run %1 %2</source>
        <translation>Lauf %1 %2</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>%1: completed %2</source>
        <translation>%1: abgeschlossen %2</translation>
    </message>
    <message>
        <source>%1: step %2 %3 %4</source>
        <translation>%1: Schritt %2 %3 %4</translation>
    </message>
    <message>
        <source>%1: step %2 %3 completed %4</source>
        <translation>%1: Schritt %2 %3 abgeschlossen %4</translation>
    </message>
    <message>
        <source>%1: last lines of the log:</source>
        <translation>%1: letzte Zeilen des Logs:</translation>
    </message>
</context>
<context>
    <name>rc::core::Branches</name>
    <message>
        <source>no repository is open; open a clone first</source>
        <translation>kein Repository geöffnet; öffnen Sie zuerst einen Klon</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tag, branch or commit in this clone; list tags with &apos;git tag&apos;, or fetch first if it is on the remote</source>
        <translation>&apos;%1&apos; ist kein Tag, Branch oder Commit in diesem Klon; Tags listet &apos;git tag&apos;, oder fetchen Sie zuerst, wenn es auf dem Remote liegt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not point at a commit; give a tag, branch or commit</source>
        <translation>&apos;%1&apos; zeigt auf keinen Commit; geben Sie ein Tag, einen Branch oder einen Commit an</translation>
    </message>
    <message>
        <source>HEAD is detached (not on a branch); switch to a branch first, e.g. &apos;git switch main&apos;</source>
        <translation>HEAD ist losgelöst (auf keinem Branch); wechseln Sie zuerst auf einen Branch, z. B. &apos;git switch main&apos;</translation>
    </message>
    <message>
        <source>the current branch has no commits yet; commit something first</source>
        <translation>der aktuelle Branch hat noch keine Commits; committen Sie zuerst etwas</translation>
    </message>
    <message>
        <source>cannot read HEAD: %1</source>
        <translation>HEAD kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the state of the work tree: %1</source>
        <translation>der Zustand des Arbeitsverzeichnisses kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid branch name; use letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; and &apos;/&apos;</source>
        <translation>&apos;%1&apos; ist kein gültiger Branch-Name; verwenden Sie Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; und &apos;/&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a commit id</source>
        <translation>&apos;%1&apos; ist keine Commit-ID</translation>
    </message>
    <message>
        <source>commit %1 is not in this clone: %2</source>
        <translation>Commit %1 ist nicht in diesem Klon: %2</translation>
    </message>
    <message>
        <source>branch %1 already exists; choose another name or delete it with &apos;git branch -D %1&apos;</source>
        <translation>Branch %1 existiert bereits; wählen Sie einen anderen Namen oder löschen Sie ihn mit &apos;git branch -D %1&apos;</translation>
    </message>
    <message>
        <source>cannot create branch %1: %2</source>
        <translation>Branch %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>branch %1 does not exist</source>
        <translation>Branch %1 existiert nicht</translation>
    </message>
    <message>
        <source>switching to %1 would overwrite uncommitted changes in %2; commit or stash them first</source>
        <translation>der Wechsel zu %1 würde nicht committete Änderungen in %2 überschreiben; committen oder stashen Sie sie zuerst</translation>
    </message>
    <message>
        <source>cannot check out %1: %2</source>
        <translation>%1 kann nicht ausgecheckt werden: %2</translation>
    </message>
    <message>
        <source>checked out %1 but cannot point HEAD at it: %2</source>
        <translation>%1 ausgecheckt, aber HEAD kann nicht darauf zeigen: %2</translation>
    </message>
    <message>
        <source>cannot delete branch %1: %2</source>
        <translation>Branch %1 kann nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>rc::core::Changes</name>
    <message>
        <source>object %1 is a %2, not a %3; the clone may be damaged, run `git fsck`</source>
        <translation>Objekt %1 ist ein %2, kein %3; der Klon ist vielleicht beschädigt, führen Sie `git fsck` aus</translation>
    </message>
    <message>
        <source>object %1: delta bases refer to each other; run `git fsck`</source>
        <translation>Objekt %1: Delta-Basen verweisen aufeinander; führen Sie `git fsck` aus</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot open the object database: %1</source>
        <translation>die Objektdatenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot read object %1: %2; the clone may be incomplete (a shallow clone?), fetch the whole history with `git fetch --unshallow` or run `git fsck`</source>
        <translation>Objekt %1 kann nicht gelesen werden: %2; der Klon ist vielleicht unvollständig (ein flacher Klon?), holen Sie die ganze Historie mit `git fetch --unshallow` oder führen Sie `git fsck` aus</translation>
    </message>
    <message>
        <source>cannot read tree %1: %2</source>
        <translation>Baum %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>tree %1 is corrupt; run `git fsck`</source>
        <translation>Baum %1 ist beschädigt; führen Sie `git fsck` aus</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tag, branch or commit in this clone; list tags with `git tag` or fetch them with `git fetch --tags`</source>
        <translation>&apos;%1&apos; ist kein Tag, Branch oder Commit in diesem Klon; Tags listet `git tag`, holen können Sie sie mit `git fetch --tags`</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not point at a commit; give a tag, branch or commit</source>
        <translation>&apos;%1&apos; zeigt auf keinen Commit; geben Sie ein Tag, einen Branch oder einen Commit an</translation>
    </message>
    <message>
        <source>the commit-graph cannot be used</source>
        <translation>der Commit-Graph kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>cannot read commit %1: %2</source>
        <translation>Commit %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the history of %1 contains a cycle; run `git fsck`</source>
        <translation>die Historie von %1 enthält einen Zyklus; führen Sie `git fsck` aus</translation>
    </message>
    <message>
        <source>no repository is open; open a git clone first</source>
        <translation>kein Repository geöffnet; öffnen Sie zuerst einen Git-Klon</translation>
    </message>
    <message>
        <source>component %1: path &apos;%2&apos; is not a path inside the repository; write it relative to the root without &apos;.&apos; or &apos;..&apos;, e.g. &apos;services/api/&apos;</source>
        <translation>Komponente %1: Pfad &apos;%2&apos; ist kein Pfad innerhalb des Repositorys; schreiben Sie ihn relativ zur Wurzel ohne &apos;.&apos; oder &apos;..&apos;, z. B. &apos;services/api/&apos;</translation>
    </message>
    <message>
        <source>cannot walk the history of %1: %2</source>
        <translation>die Historie von %1 kann nicht durchlaufen werden: %2</translation>
    </message>
    <message>
        <source>cannot walk the history: %1</source>
        <translation>die Historie kann nicht durchlaufen werden: %1</translation>
    </message>
    <message>
        <source>cannot walk the history from %1: %2</source>
        <translation>die Historie ab %1 kann nicht durchlaufen werden: %2</translation>
    </message>
    <message>
        <source>cannot walk the history since %1: %2</source>
        <translation>die Historie seit %1 kann nicht durchlaufen werden: %2</translation>
    </message>
    <message>
        <source>cannot walk the history of %1 (a shallow clone?): %2; fetch the whole history with `git fetch --unshallow`</source>
        <translation>die Historie von %1 kann nicht durchlaufen werden (ein flacher Klon?): %2; holen Sie die ganze Historie mit `git fetch --unshallow`</translation>
    </message>
    <message>
        <source>the parent of commit %1 is missing (a shallow clone?); fetch the whole history with `git fetch --unshallow`</source>
        <translation>der Eltern-Commit von %1 fehlt (ein flacher Klon?); holen Sie die ganze Historie mit `git fetch --unshallow`</translation>
    </message>
</context>
<context>
    <name>rc::core::ChecklistTemplates</name>
    <message>
        <source>%1 must be text</source>
        <translation>%1 muss Text sein</translation>
    </message>
    <message>
        <source>%1, not %2</source>
        <translation>%1, nicht %2</translation>
    </message>
    <message>
        <source>phase must be one of %1</source>
        <translation>phase muss eines von %1 sein</translation>
    </message>
    <message>
        <source>role must be a role name in lower case with underscores, such as qa_lead</source>
        <translation>role muss ein Rollenname in Kleinbuchstaben mit Unterstrichen sein, etwa qa_lead</translation>
    </message>
    <message>
        <source>a checklist template is a mapping with name:, title: and items:</source>
        <translation>eine Checklisten-Vorlage ist ein Mapping mit name:, title: und items:</translation>
    </message>
    <message>
        <source>keys must be plain names</source>
        <translation>Schlüssel müssen einfache Namen sein</translation>
    </message>
    <message>
        <source>applies_when must be migrations (or be left out)</source>
        <translation>applies_when muss migrations sein (oder weggelassen werden)</translation>
    </message>
    <message>
        <source>unknown key %1 (ignored); known keys here: name, title, phase, role, applies_when, items</source>
        <translation>unbekannter Schlüssel %1 (ignoriert); bekannte Schlüssel hier: name, title, phase, role, applies_when, items</translation>
    </message>
    <message>
        <source>the template has no items:; list its items as - item: &apos;text&apos;</source>
        <translation>die Vorlage hat kein items:; listen Sie ihre Punkte als - item: &apos;Text&apos; auf</translation>
    </message>
    <message>
        <source>items must be a list of - item: &apos;text&apos; entries</source>
        <translation>items muss eine Liste von Einträgen - item: &apos;Text&apos; sein</translation>
    </message>
    <message>
        <source>each entry of items must be a mapping with item: and its text</source>
        <translation>jeder Eintrag von items muss ein Mapping mit item: und seinem Text sein</translation>
    </message>
    <message>
        <source>due must be T-60, T-30, T-0 (minutes before release.scheduled_at; T+N for after), during or post</source>
        <translation>due muss T-60, T-30, T-0 (Minuten vor release.scheduled_at; T+N für danach), during oder post sein</translation>
    </message>
    <message>
        <source>required must be true or false, not %1</source>
        <translation>required muss true oder false sein, nicht %1</translation>
    </message>
    <message>
        <source>unknown key %1 in a template item (ignored); known keys here: item, section, phase, role, due, required</source>
        <translation>unbekannter Schlüssel %1 in einem Vorlagenpunkt (ignoriert); bekannte Schlüssel hier: item, section, phase, role, due, required</translation>
    </message>
    <message>
        <source>this entry has no item: text; write - item: &apos;what to check&apos;</source>
        <translation>dieser Eintrag hat keinen item:-Text; schreiben Sie - item: &apos;was zu prüfen ist&apos;</translation>
    </message>
    <message>
        <source>the item %1 is listed twice; keep one</source>
        <translation>der Punkt %1 ist doppelt aufgeführt; behalten Sie einen</translation>
    </message>
    <message>
        <source>items is empty; a template lists at least one item</source>
        <translation>items ist leer; eine Vorlage listet mindestens einen Punkt</translation>
    </message>
    <message>
        <source>the file is %1 bytes; templates larger than %2 bytes are refused</source>
        <translation>die Datei hat %1 Bytes; Vorlagen über %2 Bytes werden abgelehnt</translation>
    </message>
    <message>
        <source>the file is empty; a template needs name:, title: and items:</source>
        <translation>die Datei ist leer; eine Vorlage braucht name:, title: und items:</translation>
    </message>
    <message>
        <source>brackets are nested deeper than %1 levels; a template is a flat list</source>
        <translation>Klammern sind tiefer als %1 Ebenen verschachtelt; eine Vorlage ist eine flache Liste</translation>
    </message>
    <message>
        <source>YAML syntax error: %1; check the indentation and quoting here</source>
        <translation>YAML-Syntaxfehler: %1; prüfen Sie hier Einrückung und Anführungszeichen</translation>
    </message>
    <message>
        <source>the template could not be read: %1</source>
        <translation>die Vorlage konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>there is no checklist template %1; templates: %2</source>
        <translation>es gibt keine Checklisten-Vorlage %1; Vorlagen: %2</translation>
    </message>
    <message>
        <source>%1 is not a template name; use letters, digits, - and _</source>
        <translation>%1 ist kein Vorlagenname; verwenden Sie Buchstaben, Ziffern, - und _</translation>
    </message>
    <message>
        <source>cannot read the checklist template: %1</source>
        <translation>die Checklisten-Vorlage kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source> (and %1 more errors)</source>
        <translation> (und %1 weitere Fehler)</translation>
    </message>
    <message>
        <source>; the built-in %1 template is not used in its place: fix the file or remove it</source>
        <translation>; die eingebaute Vorlage %1 wird nicht an ihrer Stelle verwendet: korrigieren Sie die Datei oder entfernen Sie sie</translation>
    </message>
</context>
<context>
    <name>rc::core::CommitDetails</name>
    <message>
        <source>no repository is open; open a clone first</source>
        <translation>kein Repository geöffnet; öffnen Sie zuerst einen Klon</translation>
    </message>
    <message>
        <source>commit %1 does not exist in this clone; reload the changes (history may have been rewritten) or fetch first</source>
        <translation>Commit %1 existiert nicht in diesem Klon; laden Sie die Änderungen neu (die Historie wurde vielleicht umgeschrieben) oder fetchen Sie zuerst</translation>
    </message>
    <message>
        <source>%1 does not name a commit; give a commit id, branch or tag</source>
        <translation>%1 bezeichnet keinen Commit; geben Sie eine Commit-ID, einen Branch oder ein Tag an</translation>
    </message>
    <message>
        <source>the tree of commit %1 cannot be read (%2); the clone may be shallow or damaged: run git fsck</source>
        <translation>der Baum von Commit %1 kann nicht gelesen werden (%2); der Klon ist vielleicht flach oder beschädigt: führen Sie git fsck aus</translation>
    </message>
    <message>
        <source>the parent of commit %1 is missing from this clone (a shallow clone?); fetch its history with git fetch --unshallow</source>
        <translation>der Eltern-Commit von %1 fehlt in diesem Klon (ein flacher Klon?); holen Sie seine Historie mit git fetch --unshallow</translation>
    </message>
    <message>
        <source>the files changed by commit %1 cannot be listed: %2</source>
        <translation>die von Commit %1 geänderten Dateien können nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>renames in commit %1 cannot be detected: %2</source>
        <translation>Umbenennungen in Commit %1 können nicht erkannt werden: %2</translation>
    </message>
</context>
<context>
    <name>rc::core::DashboardExport</name>
    <message>
        <source>Current Release: %1</source>
        <translation>Aktuelles Release: %1</translation>
    </message>
    <message>
        <source>Release Dashboard: %1</source>
        <translation>Release-Dashboard: %1</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Sign-offs</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>1 blocker</source>
        <translation>1 Hindernis</translation>
    </message>
    <message>
        <source>%1 blockers</source>
        <translation>%1 Hindernisse</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Nicht geplant</translation>
    </message>
    <message>
        <source>1 release, newest first.</source>
        <translation>1 Release, neuestes zuerst.</translation>
    </message>
    <message>
        <source>%1 releases, newest first.</source>
        <translation>%1 Releases, neueste zuerst.</translation>
    </message>
    <message>
        <source>No releases under releases/.</source>
        <translation>Keine Releases unter releases/.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name such as %1/dashboard.html</source>
        <translation>%1 ist ein Ordner; geben Sie einen Dateinamen an, etwa %1/dashboard.html</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist; create it or choose another place</source>
        <translation>%1 kann nicht geschrieben werden: der Ordner %2 existiert nicht; legen Sie ihn an oder wählen Sie einen anderen Ort</translation>
    </message>
    <message>
        <source>cannot write %1: %2; choose a place you may write to</source>
        <translation>%1 kann nicht geschrieben werden: %2; wählen Sie einen Ort, an dem Sie schreiben dürfen</translation>
    </message>
    <message>
        <source>cannot write %1: %2; nothing was changed</source>
        <translation>%1 kann nicht geschrieben werden: %2; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Pending Approval</source>
        <translation>Freigabe ausstehend</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>Wird ausgerollt</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Ausgerollt</translation>
    </message>
    <message>
        <source>Rolled Back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Keine Änderungen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Release Manager</source>
        <translation>Release-Manager</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>All team sign-offs</source>
        <translation>Alle Team-Sign-offs</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>CI</source>
        <translation>CI</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(erforderlich)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Freigebende(r)</translation>
    </message>
    <message>
        <source>This release is %1; there is nothing left to deploy.</source>
        <translation>Dieses Release ist %1; es gibt nichts mehr auszurollen.</translation>
    </message>
    <message>
        <source>Request Missing Sign-offs</source>
        <translation>Fehlende Sign-offs anfordern</translation>
    </message>
    <message>
        <source>not available: the release is %1</source>
        <translation>nicht verfügbar: das Release ist %1</translation>
    </message>
    <message>
        <source>not needed: no sign-off is pending</source>
        <translation>nicht nötig: kein Sign-off steht aus</translation>
    </message>
    <message>
        <source>pending: %1</source>
        <translation>ausstehend: %1</translation>
    </message>
    <message>
        <source>View Full Manifest</source>
        <translation>Ganzes Manifest anzeigen</translation>
    </message>
    <message>
        <source>not available: the manifest&apos;s location is unknown</source>
        <translation>nicht verfügbar: der Ort des Manifests ist unbekannt</translation>
    </message>
    <message>
        <source>Start Deployment</source>
        <translation>Deployment starten</translation>
    </message>
    <message>
        <source>ready: every sign-off, approval and required check is in</source>
        <translation>bereit: alle Sign-offs, Freigaben und erforderlichen Prüfungen liegen vor</translation>
    </message>
    <message>
        <source>disabled: the release is %1</source>
        <translation>deaktiviert: das Release ist %1</translation>
    </message>
    <message>
        <source>disabled until all approved: 1 blocker, see Readiness</source>
        <translation>deaktiviert, bis alles freigegeben ist: 1 Hindernis, siehe Bereitschaft</translation>
    </message>
    <message>
        <source>disabled until all approved: %1 blockers, see Readiness</source>
        <translation>deaktiviert, bis alles freigegeben ist: %1 Hindernisse, siehe Bereitschaft</translation>
    </message>
    <message>
        <source>Cancel Release</source>
        <translation>Release absagen</translation>
    </message>
    <message>
        <source>possible until deployment starts</source>
        <translation>möglich, bis das Deployment beginnt</translation>
    </message>
    <message>
        <source>Release Dashboard</source>
        <translation>Release-Dashboard</translation>
    </message>
    <message>
        <source>No components.</source>
        <translation>Keine Komponenten.</translation>
    </message>
    <message>
        <source>No approvals recorded.</source>
        <translation>Keine Freigaben erfasst.</translation>
    </message>
    <message>
        <source>Ready to deploy.</source>
        <translation>Bereit zum Ausrollen.</translation>
    </message>
    <message>
        <source>Blocked:</source>
        <translation>Blockiert:</translation>
    </message>
    <message>
        <source>Generated by Release Console on %1.</source>
        <translation>Erstellt von Release Console am %1.</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language of exported pages (HTML lang)</comment>
        <translation>de</translation>
    </message>
</context>
<context>
    <name>rc::core::DemoWorkspace</name>
    <message>
        <source>the demo resource %1 is missing from this build; rebuild rc_core</source>
        <translation>die Demo-Ressource %1 fehlt in diesem Build; bauen Sie rc_core neu</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the demo resources are missing from this build; rebuild rc_core</source>
        <translation>die Demo-Ressourcen fehlen in diesem Build; bauen Sie rc_core neu</translation>
    </message>
    <message>
        <source>cannot open the demo clone&apos;s git config</source>
        <translation>die Git-Konfiguration des Demo-Klons kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot configure the demo clone: %1</source>
        <translation>der Demo-Klon kann nicht konfiguriert werden: %1</translation>
    </message>
    <message>
        <source>%1 is not empty; choose a new or empty folder for the demo workspace</source>
        <translation>%1 ist nicht leer; wählen Sie einen neuen oder leeren Ordner für den Demo-Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>rc::core::Deployment</name>
    <message>
        <source>run %1 is a dry run; a dry run never changes the manifest</source>
        <translation>Lauf %1 ist ein Probelauf; ein Probelauf ändert das Manifest nie</translation>
    </message>
    <message>
        <source>no workflow run given; the manifest follows a run of the release workflow</source>
        <translation>kein Workflow-Lauf angegeben; das Manifest folgt einem Lauf des Release-Workflows</translation>
    </message>
    <message>
        <source>a rollback needs a reason</source>
        <translation>ein Rollback braucht eine Begründung</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read; nothing was written: look at the change, then mark the release again</source>
        <translation>%1 wurde auf der Festplatte geändert, seit es gelesen wurde; nichts wurde geschrieben: sehen Sie sich die Änderung an und markieren Sie das Release dann erneut</translation>
    </message>
    <message>
        <source>%1 has errors; fix them and try again</source>
        <translation>%1 enthält Fehler; beheben Sie sie und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1: release %2 is %3, so it cannot become %4: %5</source>
        <translation>%1: Release %2 ist %3 und kann daher nicht %4 werden: %5</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>%1 was saved (status %2) but not committed: %3; commit it with your git tools</source>
        <translation>%1 wurde gespeichert (Status %2), aber nicht committet: %3; committen Sie es mit Ihren Git-Werkzeugen</translation>
    </message>
    <message>
        <source>%1: %2 → %3, commit %4</source>
        <translation>%1: %2 → %3, Commit %4</translation>
    </message>
    <message>
        <source>status is %1: only a deployed release can be rolled back</source>
        <translation>Status ist %1: nur ein ausgerolltes Release kann zurückgerollt werden</translation>
    </message>
</context>
<context>
    <name>rc::core::Dispatcher</name>
    <message>
        <source>a dispatch is already running; wait for it to end</source>
        <translation>ein Start läuft bereits; warten Sie, bis er endet</translation>
    </message>
    <message>
        <source>no GitHub connection</source>
        <translation>keine GitHub-Verbindung</translation>
    </message>
    <message>
        <source>the runs of workflow %1 in %2</source>
        <translation>die Läufe von Workflow %1 in %2</translation>
    </message>
    <message>
        <source>GitHub&apos;s list of runs could not be read: %1</source>
        <translation>GitHubs Liste der Läufe konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>checking for runs of %1 in flight</source>
        <translation>suche laufende Läufe von %1</translation>
    </message>
    <message>
        <source>nothing was dispatched: the runs in flight could not be checked: %1</source>
        <translation>nichts wurde gestartet: die laufenden Läufe konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>not dispatched: run %1 for %2 is %3 (&quot;%4&quot;): %5; wait for it to complete or cancel it</source>
        <translation>nicht gestartet: Lauf %1 für %2 ist %3 („%4“): %5; warten Sie, bis er endet, oder brechen Sie ihn ab</translation>
    </message>
    <message>
        <source>the dispatch of workflow %1 in %2</source>
        <translation>der Start von Workflow %1 in %2</translation>
    </message>
    <message>
        <source>dispatching %1 for %2</source>
        <translation>starte %1 für %2</translation>
    </message>
    <message>
        <source>run %1 started: %2</source>
        <translation>Lauf %1 gestartet: %2</translation>
    </message>
    <message>
        <source>the server does not accept return_run_details; sent again without it</source>
        <translation>der Server akzeptiert return_run_details nicht; ohne erneut gesendet</translation>
    </message>
    <message>
        <source>unknown: the run cannot be identified because %1; check %2 before dispatching again</source>
        <translation>unbekannt: der Lauf kann nicht erkannt werden, weil %1; prüfen Sie %2, bevor Sie erneut starten</translation>
    </message>
    <message>
        <source>looking for the run with correlation id %1 (attempt %2)</source>
        <translation>suche den Lauf mit Korrelations-ID %1 (Versuch %2)</translation>
    </message>
    <message>
        <source>%1; check %2</source>
        <translation>%1; prüfen Sie %2</translation>
    </message>
    <message>
        <source>unknown: the runs could not be listed (%1); check %2 before dispatching again</source>
        <translation>unbekannt: die Läufe konnten nicht aufgelistet werden (%1); prüfen Sie %2, bevor Sie erneut starten</translation>
    </message>
    <message>
        <source>%1; no run carries correlation id %2, so nothing was started</source>
        <translation>%1; kein Lauf trägt die Korrelations-ID %2, also wurde nichts gestartet</translation>
    </message>
    <message>
        <source>unknown: GitHub accepted the dispatch but no run carries correlation id %1 yet; check %2 before dispatching again</source>
        <translation>unbekannt: GitHub hat den Start angenommen, aber noch trägt kein Lauf die Korrelations-ID %1; prüfen Sie %2, bevor Sie erneut starten</translation>
    </message>
    <message>
        <source>unknown: no run found for correlation id %1; check %2 before dispatching again</source>
        <translation>unbekannt: kein Lauf für Korrelations-ID %1 gefunden; prüfen Sie %2, bevor Sie erneut starten</translation>
    </message>
    <message>
        <source>the workflow cannot be dispatched: add workflow_dispatch to its on: triggers</source>
        <translation>der Workflow kann nicht gestartet werden: ergänzen Sie workflow_dispatch in seinen on:-Triggern</translation>
    </message>
    <message>
        <source>the workflow does not declare the input %1; the release workflow needs inputs release_id, action and dry_run (docs/cli.md#workflow-requirements)</source>
        <translation>der Workflow deklariert die Eingabe %1 nicht; der Release-Workflow braucht die Eingaben release_id, action und dry_run (docs/cli.md#workflow-requirements)</translation>
    </message>
    <message>
        <source>no release id given</source>
        <translation>keine Release-ID angegeben</translation>
    </message>
    <message>
        <source>the workflow&apos;s action input does not offer %1 (it offers %2); add it to the options</source>
        <translation>die Eingabe action des Workflows bietet %1 nicht an (sie bietet %2); ergänzen Sie es in den options</translation>
    </message>
    <message>
        <source>the workflow has no dry_run input, so a real run cannot be told from a dry one; add input dry_run (boolean, default true)</source>
        <translation>der Workflow hat keine Eingabe dry_run, daher lässt sich ein echter Lauf nicht von einem Probelauf unterscheiden; ergänzen Sie die Eingabe dry_run (boolean, Standard true)</translation>
    </message>
    <message>
        <source>the workflow requires the input %1, which the console does not fill; give it a default or make it optional</source>
        <translation>der Workflow verlangt die Eingabe %1, die die Konsole nicht füllt; geben Sie ihr einen Standardwert oder machen Sie sie optional</translation>
    </message>
</context>
<context>
    <name>rc::core::Git</name>
    <message>
        <source>unknown libgit2 error</source>
        <translation>unbekannter libgit2-Fehler</translation>
    </message>
</context>
<context>
    <name>rc::core::GitHubClient</name>
    <message>
        <source>refusing to send the token to %1: the API URL must be https (plain http only for 127.0.0.1, ::1 or localhost)</source>
        <translation>das Token wird nicht an %1 gesendet: die API-URL muss https sein (einfaches http nur für 127.0.0.1, ::1 oder localhost)</translation>
    </message>
    <message>
        <source>refusing to send the token to %1, which is outside the API URL %2</source>
        <translation>das Token wird nicht an %1 gesendet, das außerhalb der API-URL %2 liegt</translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit is used up until %1; try again then</source>
        <translation>GitHubs Rate-Limit ist bis %1 aufgebraucht; versuchen Sie es dann erneut</translation>
    </message>
    <message>
        <source>GitHub sent %1 to %2, which is not https; it was not followed</source>
        <translation>GitHub hat %1 an %2 weitergeleitet, das nicht https ist; dem wurde nicht gefolgt</translation>
    </message>
    <message>
        <source>could not download %1 from %2: %3; try again later</source>
        <translation>%1 konnte nicht von %2 heruntergeladen werden: %3; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>%1 answered %2 for %3; its link may have expired: try again</source>
        <translation>%1 hat für %3 mit %2 geantwortet; der Link ist vielleicht abgelaufen: versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>GitHub did not answer %1 %2 within %3 s; %4</source>
        <translation>GitHub hat auf %1 %2 nicht innerhalb von %3 s geantwortet; %4</translation>
    </message>
    <message>
        <source>check the network and try again</source>
        <translation>prüfen Sie das Netzwerk und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the request may still have been carried out: check before sending it again</source>
        <translation>die Anfrage wurde vielleicht trotzdem ausgeführt: prüfen Sie das, bevor Sie sie erneut senden</translation>
    </message>
    <message>
        <source>could not reach GitHub at %1: %2; check the network, the proxy and the API URL (%3)</source>
        <translation>GitHub unter %1 ist nicht erreichbar: %2; prüfen Sie das Netzwerk, den Proxy und die API-URL (%3)</translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit stopped %1 %2 (%3 %4); try again after %5</source>
        <translation>GitHubs Rate-Limit hat %1 %2 gestoppt (%3 %4); versuchen Sie es nach %5 erneut</translation>
    </message>
    <message>
        <source>GitHub needs a token (401%1): set GH_TOKEN or GITHUB_TOKEN, or store one in the keychain from the GitHub settings</source>
        <translation>GitHub braucht ein Token (401%1): setzen Sie GH_TOKEN oder GITHUB_TOKEN oder speichern Sie eines über die GitHub-Einstellungen im Schlüsselbund</translation>
    </message>
    <message>
        <source>GitHub refused the token from %1 (401%2): it is wrong, expired or revoked; create a new token and put it in %1</source>
        <translation>GitHub hat das Token aus %1 abgelehnt (401%2): es ist falsch, abgelaufen oder widerrufen; erstellen Sie ein neues Token und legen Sie es in %1 ab</translation>
    </message>
    <message>
        <source>the settings</source>
        <translation>den Einstellungen</translation>
    </message>
    <message>
        <source>give the token write access to the repository (fine-grained: the Actions, Contents and Issues permissions; classic: the repo and workflow scopes)</source>
        <translation>geben Sie dem Token Schreibzugriff auf das Repository (fein granular: die Berechtigungen Actions, Contents und Issues; klassisch: die Scopes repo und workflow)</translation>
    </message>
    <message>
        <source>give the token the permission %1</source>
        <translation>geben Sie dem Token die Berechtigung %1</translation>
    </message>
    <message>
        <source>GitHub refused %1 (403%2): the token from %3 lacks a permission; %4</source>
        <translation>GitHub hat %1 abgelehnt (403%2): dem Token aus %3 fehlt eine Berechtigung; %4</translation>
    </message>
    <message>
        <source>%1 was not found on %2 (404): check the name; a private repository also answers 404 when the token has no access to it</source>
        <translation>%1 wurde auf %2 nicht gefunden (404): prüfen Sie den Namen; ein privates Repository antwortet auch mit 404, wenn das Token keinen Zugriff darauf hat</translation>
    </message>
    <message>
        <source>GitHub rejected %1 (422)%2%3</source>
        <translation>GitHub hat %1 zurückgewiesen (422)%2%3</translation>
    </message>
    <message>
        <source>GitHub answered %1 for %2%3%4</source>
        <translation>GitHub hat %1 für %2 geantwortet%3%4</translation>
    </message>
    <message>
        <source>; GitHub has a problem, try again later</source>
        <translation>; GitHub hat ein Problem, versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>GitHub&apos;s answer for %1 is not %2 (%3); check that the API URL points at GitHub&apos;s REST API</source>
        <translation>GitHubs Antwort für %1 ist nicht %2 (%3); prüfen Sie, ob die API-URL auf GitHubs REST-API zeigt</translation>
    </message>
    <message>
        <source>a JSON array</source>
        <translation>ein JSON-Array</translation>
    </message>
    <message>
        <source>an object with an array &quot;%1&quot;</source>
        <translation>ein Objekt mit einem Array „%1“</translation>
    </message>
    <message>
        <source>other JSON</source>
        <translation>anderes JSON</translation>
    </message>
    <message>
        <source>GitHub&apos;s answer to /rate_limit has no resources.core; check the API URL %1</source>
        <translation>GitHubs Antwort auf /rate_limit hat kein resources.core; prüfen Sie die API-URL %1</translation>
    </message>
    <message>
        <source>the rate limit</source>
        <translation>das Rate-Limit</translation>
    </message>
    <message>
        <source>the repository %1</source>
        <translation>das Repository %1</translation>
    </message>
    <message>
        <source>the signed-in user</source>
        <translation>der angemeldete Benutzer</translation>
    </message>
    <message>
        <source>GitHub&apos;s answer to /user has no login; check the API URL %1</source>
        <translation>GitHubs Antwort auf /user hat kein login; prüfen Sie die API-URL %1</translation>
    </message>
</context>
<context>
    <name>rc::core::GitHubSettings</name>
    <message>
        <source>%1: &quot;%2&quot; is not a URL; write the API&apos;s address, such as %3 or https://HOST/api/v3 for GitHub Enterprise Server</source>
        <translation>%1: „%2“ ist keine URL; schreiben Sie die Adresse der API, etwa %3 oder https://HOST/api/v3 für GitHub Enterprise Server</translation>
    </message>
    <message>
        <source>%1: the API URL must not contain a user name or password; give the token through GH_TOKEN or the keychain instead</source>
        <translation>%1: die API-URL darf keinen Benutzernamen und kein Passwort enthalten; geben Sie das Token stattdessen über GH_TOKEN oder den Schlüsselbund an</translation>
    </message>
    <message>
        <source>%1: %2 uses plain http, which would send the token unencrypted; use https (plain http is accepted only for 127.0.0.1, ::1 and localhost)</source>
        <translation>%1: %2 verwendet einfaches http, das das Token unverschlüsselt senden würde; verwenden Sie https (einfaches http wird nur für 127.0.0.1, ::1 und localhost akzeptiert)</translation>
    </message>
    <message>
        <source>%1: %2 is not an http(s) URL; write https://api.github.com or https://HOST/api/v3</source>
        <translation>%1: %2 ist keine http(s)-URL; schreiben Sie https://api.github.com oder https://HOST/api/v3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a repository; write owner/name, such as octocat/hello-world</source>
        <translation>%1: „%2“ ist kein Repository; schreiben Sie owner/name, etwa octocat/hello-world</translation>
    </message>
    <message>
        <source>the origin remote&apos;s URL %1 does not name a GitHub repository (owner/name); set github: repository: owner/name in .release-console.yaml</source>
        <translation>die URL %1 des origin-Remotes bezeichnet kein GitHub-Repository (owner/name); setzen Sie github: repository: owner/name in .release-console.yaml</translation>
    </message>
    <message>
        <source>the default API URL</source>
        <translation>die Standard-API-URL</translation>
    </message>
    <message>
        <source>.release-console.yaml github.api_url</source>
        <translation>.release-console.yaml github.api_url</translation>
    </message>
    <message>
        <source>the API URL in your settings</source>
        <translation>die API-URL in Ihren Einstellungen</translation>
    </message>
    <message>
        <source>the repository in your settings</source>
        <translation>das Repository in Ihren Einstellungen</translation>
    </message>
    <message>
        <source>your settings</source>
        <translation>Ihre Einstellungen</translation>
    </message>
    <message>
        <source>.release-console.yaml github.repository</source>
        <translation>.release-console.yaml github.repository</translation>
    </message>
    <message>
        <source>.release-console.yaml</source>
        <translation>.release-console.yaml</translation>
    </message>
    <message>
        <source>the origin remote</source>
        <translation>das origin-Remote</translation>
    </message>
    <message>
        <source>no GitHub repository: the clone has no origin remote and .release-console.yaml has no github: repository: owner/name; add one of them</source>
        <translation>kein GitHub-Repository: der Klon hat kein origin-Remote und .release-console.yaml kein github: repository: owner/name; ergänzen Sie eines davon</translation>
    </message>
</context>
<context>
    <name>rc::core::Hotfix</name>
    <message>
        <source>no release is deployed yet (no manifest under releases/ has status deployed), so there is no production tag; pass --from TAG</source>
        <translation>noch kein Release ist ausgerollt (kein Manifest unter releases/ hat den Status deployed), daher gibt es kein Produktions-Tag; geben Sie --from TAG an</translation>
    </message>
    <message>
        <source>the history of %1 (release %2, deployed) is not in this clone&apos;s HEAD, so its tag cannot be found; pass --from TAG</source>
        <translation>die Historie von %1 (Release %2, ausgerollt) ist nicht im HEAD dieses Klons, daher kann sein Tag nicht gefunden werden; geben Sie --from TAG an</translation>
    </message>
    <message>
        <source>no tag marks the deployed release %1 (deployed in commit %2): %3; pass --from TAG</source>
        <translation>kein Tag markiert das ausgerollte Release %1 (ausgerollt in Commit %2): %3; geben Sie --from TAG an</translation>
    </message>
    <message>
        <source>name the hotfix: the branch becomes hotfix/NAME</source>
        <translation>benennen Sie den Hotfix: der Branch wird hotfix/NAME</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid branch name; use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>&apos;%1&apos; ist kein gültiger Branch-Name; verwenden Sie Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;</translation>
    </message>
    <message>
        <source>branch %1 exists already; choose another name or delete it with &apos;git branch -D %1&apos;</source>
        <translation>Branch %1 existiert bereits; wählen Sie einen anderen Namen oder löschen Sie ihn mit &apos;git branch -D %1&apos;</translation>
    </message>
    <message>
        <source>there is no component &apos;%1&apos;; components: %2</source>
        <translation>es gibt keine Komponente &apos;%1&apos;; Komponenten: %2</translation>
    </message>
    <message>
        <source>the clone has no components; list them in %1</source>
        <translation>der Klon hat keine Komponenten; listen Sie sie in %1 auf</translation>
    </message>
    <message>
        <source>a hotfix ships one component; name it with --component NAME (components: %1)</source>
        <translation>ein Hotfix liefert eine Komponente aus; benennen Sie sie mit --component NAME (Komponenten: %1)</translation>
    </message>
    <message>
        <source>release %1 exists already in %2; choose another release id</source>
        <translation>Release %1 existiert bereits in %2; wählen Sie eine andere Release-ID</translation>
    </message>
    <message>
        <source>cannot start the hotfix: %1</source>
        <translation>der Hotfix kann nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>tracked files have uncommitted changes (%1); commit or stash them before switching to %2</source>
        <translation>versionierte Dateien haben nicht committete Änderungen (%1); committen oder stashen Sie sie, bevor Sie zu %2 wechseln</translation>
    </message>
    <message>
        <source>the hotfix manifest does not parse: %1; fix the text and try again</source>
        <translation>das Hotfix-Manifest lässt sich nicht lesen: %1; korrigieren Sie den Text und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source> (and switching back to %1 failed: %2)</source>
        <translation> (und das Zurückwechseln zu %1 ist fehlgeschlagen: %2)</translation>
    </message>
    <message>
        <source> (and deleting %1 failed: %2)</source>
        <translation> (und das Löschen von %1 ist fehlgeschlagen: %2)</translation>
    </message>
    <message>
        <source>%1; the clone is back on %2</source>
        <translation>%1; der Klon ist wieder auf %2</translation>
    </message>
</context>
<context>
    <name>rc::core::ManifestEdit</name>
    <message>
        <source>release %1 has no component %2; its components are: %3</source>
        <translation>Release %1 hat keine Komponente %2; seine Komponenten sind: %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>say who signs off %1 (for example @carol)</source>
        <translation>geben Sie an, wer %1 abzeichnet (zum Beispiel @carol)</translation>
    </message>
    <message>
        <source>rejecting the sign-off of %1 needs a reason</source>
        <translation>das Ablehnen des Sign-offs von %1 braucht eine Begründung</translation>
    </message>
    <message>
        <source>release %1 has no checklist item %2; it has %3 (numbered from 1)</source>
        <translation>Release %1 hat keinen Checklistenpunkt %2; es hat %3 (ab 1 nummeriert)</translation>
    </message>
    <message>
        <source>say who completed %1 (for example @dan)</source>
        <translation>geben Sie an, wer %1 erledigt hat (zum Beispiel @dan)</translation>
    </message>
    <message>
        <source>release %1 has no approval for the role %2; its roles are: %3</source>
        <translation>Release %1 hat keine Freigabe für die Rolle %2; seine Rollen sind: %3</translation>
    </message>
    <message>
        <source>say who decides the %1 approval (for example @tech-lead)</source>
        <translation>geben Sie an, wer über die Freigabe %1 entscheidet (zum Beispiel @tech-lead)</translation>
    </message>
    <message>
        <source>rejecting the %1 approval needs a reason</source>
        <translation>das Ablehnen der Freigabe %1 braucht eine Begründung</translation>
    </message>
    <message>
        <source>release %1 cannot go from %2 to %3; from %2 it can go to: %4</source>
        <translation>Release %1 kann nicht von %2 nach %3 wechseln; von %2 geht es nach: %4</translation>
    </message>
    <message>
        <source>nothing (it is final)</source>
        <translation>nirgendwohin (er ist endgültig)</translation>
    </message>
    <message>
        <source>say who breaks the glass on %1 (for example @dan)</source>
        <translation>geben Sie an, wer die Notfall-Ausnahme für %1 erteilt (zum Beispiel @dan)</translation>
    </message>
    <message>
        <source>a break-glass override of %1 needs a reason: why it cannot wait for its window</source>
        <translation>eine Notfall-Ausnahme für %1 braucht eine Begründung: warum es nicht auf sein Zeitfenster warten kann</translation>
    </message>
    <message>
        <source>write the break-glass reason on one line</source>
        <translation>schreiben Sie die Begründung der Notfall-Ausnahme in eine Zeile</translation>
    </message>
    <message>
        <source>release %1 is %2; a break-glass override is for a release that has yet to deploy</source>
        <translation>Release %1 ist %2; eine Notfall-Ausnahme ist für ein Release, das noch ausgerollt werden soll</translation>
    </message>
    <message>
        <source>a checklist item to add has no text; every item needs item: with what to do</source>
        <translation>ein hinzuzufügender Checklistenpunkt hat keinen Text; jeder Punkt braucht item: mit der Aufgabe</translation>
    </message>
    <message>
        <source>every item of %1 is in the checklist of release %2 already; nothing to add</source>
        <translation>jeder Punkt von %1 ist bereits in der Checkliste von Release %2; nichts hinzuzufügen</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>die Liste</translation>
    </message>
    <message>
        <source>%1 is written in flow style ({...}); adding %2 needs block style (one key per line): rewrite it in block style and try again</source>
        <translation>%1 ist im Flow-Stil ({...}) geschrieben; das Hinzufügen von %2 braucht den Block-Stil (ein Schlüssel je Zeile): schreiben Sie es im Block-Stil und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1 has no keys to place %2 next to</source>
        <translation>%1 hat keine Schlüssel, neben die %2 gesetzt werden kann</translation>
    </message>
    <message>
        <source>%1 is written in flow style ({...}); removing %2 needs block style (one key per line): rewrite it in block style and try again</source>
        <translation>%1 ist im Flow-Stil ({...}) geschrieben; das Entfernen von %2 braucht den Block-Stil (ein Schlüssel je Zeile): schreiben Sie es im Block-Stil und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1 starts on the same line as its list item; move it to a line of its own and try again</source>
        <translation>%1 beginnt in derselben Zeile wie sein Listeneintrag; verschieben Sie es in eine eigene Zeile und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the position of %1 in %2 could not be found in the text</source>
        <translation>die Position von %1 in %2 wurde im Text nicht gefunden</translation>
    </message>
    <message>
        <source>the value of %1 in %2 spans several lines or uses anchors or tags; write it on one line and try again</source>
        <translation>der Wert von %1 in %2 erstreckt sich über mehrere Zeilen oder verwendet Anker oder Tags; schreiben Sie ihn in eine Zeile und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the manifest is not a mapping; the checklist cannot be placed</source>
        <translation>das Manifest ist kein Mapping; die Checkliste kann nicht platziert werden</translation>
    </message>
    <message>
        <source>the manifest is written in flow style ({...}); write it in block style and try again</source>
        <translation>das Manifest ist im Flow-Stil ({...}) geschrieben; schreiben Sie es im Block-Stil und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the position of checklist could not be found in the text</source>
        <translation>die Position von checklist wurde im Text nicht gefunden</translation>
    </message>
    <message>
        <source>checklist is written in a form that cannot be extended on its own line; write it as checklist: followed by one item per line and try again</source>
        <translation>checklist ist in einer Form geschrieben, die nicht in eigenen Zeilen erweitert werden kann; schreiben Sie checklist: gefolgt von einem Punkt je Zeile und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>checklist: [ ] spans several lines; write it as checklist: [] and try again</source>
        <translation>checklist: [ ] erstreckt sich über mehrere Zeilen; schreiben Sie checklist: [] und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>checklist is not a list; it cannot take new items</source>
        <translation>checklist ist keine Liste; sie kann keine neuen Punkte aufnehmen</translation>
    </message>
    <message>
        <source>checklist is written in flow style ([...]); new items need one item per line: rewrite it in block style and try again</source>
        <translation>checklist ist im Flow-Stil ([...]) geschrieben; neue Punkte brauchen je eine Zeile: schreiben Sie sie im Block-Stil und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the manifest has errors; fix them before editing it: %1</source>
        <translation>das Manifest enthält Fehler; beheben Sie sie vor dem Bearbeiten: %1</translation>
    </message>
    <message>
        <source>%1; file left untouched</source>
        <translation>%1; Datei unverändert</translation>
    </message>
    <message>
        <source>the manifest could not be read for editing: %1</source>
        <translation>das Manifest konnte zum Bearbeiten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>Komponente %1</translation>
    </message>
    <message>
        <source>checklist item %1</source>
        <translation>Checklistenpunkt %1</translation>
    </message>
    <message>
        <source>approval %1</source>
        <translation>Freigabe %1</translation>
    </message>
    <message>
        <source>the checklist</source>
        <translation>die Checkliste</translation>
    </message>
    <message>
        <source>the release block</source>
        <translation>der Release-Block</translation>
    </message>
    <message>
        <source>%1 is not a mapping in the file; the edit cannot be placed</source>
        <translation>%1 ist in der Datei kein Mapping; die Änderung kann nicht platziert werden</translation>
    </message>
    <message>
        <source>the edit could not be applied without changing other content; file left untouched</source>
        <translation>die Änderung konnte nicht angewendet werden, ohne anderen Inhalt zu ändern; Datei unverändert</translation>
    </message>
</context>
<context>
    <name>rc::core::ManifestFile</name>
    <message>
        <source>cannot read the file: %1; check that it exists and is readable</source>
        <translation>die Datei kann nicht gelesen werden: %1; prüfen Sie, ob sie existiert und lesbar ist</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was loaded; reload it and apply the edit again</source>
        <translation>%1 wurde auf der Festplatte geändert, seit es geladen wurde; laden Sie es neu und wenden Sie die Änderung erneut an</translation>
    </message>
    <message>
        <source>cannot write the file: %1; check the folder is writable</source>
        <translation>die Datei kann nicht geschrieben werden: %1; prüfen Sie, ob der Ordner beschreibbar ist</translation>
    </message>
    <message>
        <source>cannot write the file: %1; check free disk space</source>
        <translation>die Datei kann nicht geschrieben werden: %1; prüfen Sie den freien Speicherplatz</translation>
    </message>
    <message>
        <source>cannot save the file: %1; the file was not changed</source>
        <translation>die Datei kann nicht gespeichert werden: %1; die Datei wurde nicht geändert</translation>
    </message>
</context>
<context>
    <name>rc::core::ManifestParser</name>
    <message>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>text (%1)</source>
        <translation>Text (%1)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>the document expands to more than %1 YAML nodes (aliases count at every use); a manifest is small: remove the anchors and aliases that repeat content</source>
        <translation>das Dokument expandiert zu mehr als %1 YAML-Knoten (Aliase zählen bei jeder Verwendung); ein Manifest ist klein: entfernen Sie die Anker und Aliase, die Inhalte wiederholen</translation>
    </message>
    <message>
        <source>collections are nested deeper than %1 levels (or an alias refers to its own anchor); flatten the document</source>
        <translation>Sammlungen sind tiefer als %1 Ebenen verschachtelt (oder ein Alias verweist auf seinen eigenen Anker); machen Sie das Dokument flacher</translation>
    </message>
    <message>
        <source>duplicate key %1 (first at line %2); keep one of them</source>
        <translation>doppelter Schlüssel %1 (zuerst in Zeile %2); behalten Sie einen davon</translation>
    </message>
    <message>
        <source>a manifest must be a mapping that starts with a release: block, not %1</source>
        <translation>ein Manifest muss ein Mapping sein, das mit einem release:-Block beginnt, nicht %1</translation>
    </message>
    <message>
        <source>a list of components</source>
        <translation>eine Liste von Komponenten</translation>
    </message>
    <message>
        <source>a list of checklist items</source>
        <translation>eine Liste von Checklistenpunkten</translation>
    </message>
    <message>
        <source>a list of approvals</source>
        <translation>eine Liste von Freigaben</translation>
    </message>
    <message>
        <source>the manifest has no release: block; add release: with at least id:</source>
        <translation>das Manifest hat keinen release:-Block; ergänzen Sie release: mit mindestens id:</translation>
    </message>
    <message>
        <source>keys must be plain names, not %1</source>
        <translation>Schlüssel müssen einfache Namen sein, nicht %1</translation>
    </message>
    <message>
        <source>unknown key %1 (kept in the file, not used); known keys here: %2</source>
        <translation>unbekannter Schlüssel %1 (bleibt in der Datei, wird nicht verwendet); bekannte Schlüssel hier: %2</translation>
    </message>
    <message>
        <source>unknown key %1 in %2 (kept in the file, not used); known keys here: %3</source>
        <translation>unbekannter Schlüssel %1 in %2 (bleibt in der Datei, wird nicht verwendet); bekannte Schlüssel hier: %3</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3</source>
        <translation>%1 muss %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>%1 must be text, not %2</source>
        <translation>%1 muss Text sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 time such as 2024-01-15T10:00:00Z, not %2</source>
        <translation>%1 muss eine ISO-8601-Zeit wie 2024-01-15T10:00:00Z sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 is empty; it must be one of %2</source>
        <translation>%1 ist leer; es muss eines von %2 sein</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not %3</source>
        <translation>%1 muss eines von %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2</source>
        <translation>%1 muss true oder false sein, nicht %2</translation>
    </message>
    <message>
        <source>each entry of %1 must be a mapping of keys, not %2</source>
        <translation>jeder Eintrag von %1 muss ein Mapping von Schlüsseln sein, nicht %2</translation>
    </message>
    <message>
        <source>release is empty; it needs at least id: (for example id: rel-2024-01-15-001)</source>
        <translation>release ist leer; es braucht mindestens id: (zum Beispiel id: rel-2024-01-15-001)</translation>
    </message>
    <message>
        <source>release must be a mapping with id, status, ..., not %1</source>
        <translation>release muss ein Mapping mit id, status, ... sein, nicht %1</translation>
    </message>
    <message>
        <source>release.id is empty; give the release an id such as rel-2024-01-15-001</source>
        <translation>release.id ist leer; geben Sie dem Release eine ID wie rel-2024-01-15-001</translation>
    </message>
    <message>
        <source>type must be one of regular, hotfix, major, not %1</source>
        <translation>type muss regular, hotfix oder major sein, nicht %1</translation>
    </message>
    <message>
        <source>release.id is missing; every manifest needs release: id: (for example rel-2024-01-15-001)</source>
        <translation>release.id fehlt; jedes Manifest braucht release: id: (zum Beispiel rel-2024-01-15-001)</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>Komponente %1</translation>
    </message>
    <message>
        <source>changes must be a list of strings, not %1</source>
        <translation>changes muss eine Liste von Zeichenketten sein, nicht %1</translation>
    </message>
    <message>
        <source>each entry of changes must be text, not %1</source>
        <translation>jeder Eintrag von changes muss Text sein, nicht %1</translation>
    </message>
    <message>
        <source>%1, not %2</source>
        <translation>%1, nicht %2</translation>
    </message>
    <message>
        <source>phase must be one of %1</source>
        <translation>phase muss eines von %1 sein</translation>
    </message>
    <message>
        <source>role must be a role name in lower case with underscores, such as qa_lead or release_manager</source>
        <translation>role muss ein Rollenname in Kleinbuchstaben mit Unterstrichen sein, etwa qa_lead oder release_manager</translation>
    </message>
    <message>
        <source>due must be T-60, T-30, T-0 (minutes before release.scheduled_at; T+N for after), during or post</source>
        <translation>due muss T-60, T-30, T-0 (Minuten vor release.scheduled_at; T+N für danach), during oder post sein</translation>
    </message>
    <message>
        <source>checklist item %1</source>
        <translation>Checklistenpunkt %1</translation>
    </message>
    <message>
        <source>approval %1</source>
        <translation>Freigabe %1</translation>
    </message>
    <message>
        <source>validation must be a mapping of checks to results (integration_tests: passed), not %1</source>
        <translation>validation muss ein Mapping von Prüfungen auf Ergebnisse sein (integration_tests: passed), nicht %1</translation>
    </message>
    <message>
        <source>NUL byte: a manifest is UTF-8 text; this looks like a binary file</source>
        <translation>NUL-Byte: ein Manifest ist UTF-8-Text; dies sieht nach einer Binärdatei aus</translation>
    </message>
    <message>
        <source>control character 0x%1: a manifest is UTF-8 text; remove it</source>
        <translation>Steuerzeichen 0x%1: ein Manifest ist UTF-8-Text; entfernen Sie es</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <translation>ungültiges UTF-8 (Byte 0x%1); speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>collections are nested deeper than %1 levels; a manifest nests a few levels at most</source>
        <translation>Sammlungen sind tiefer als %1 Ebenen verschachtelt; ein Manifest verschachtelt höchstens wenige Ebenen</translation>
    </message>
    <message>
        <source>quoted text is never closed; add the closing %1</source>
        <translation>Text in Anführungszeichen wird nie geschlossen; ergänzen Sie das schließende %1</translation>
    </message>
    <message>
        <source>YAML indents with spaces, not tabs: replace the tab on line %1</source>
        <translation>YAML rückt mit Leerzeichen ein, nicht mit Tabs: ersetzen Sie den Tab in Zeile %1</translation>
    </message>
    <message>
        <source>check the indentation and quoting here</source>
        <translation>prüfen Sie hier Einrückung und Anführungszeichen</translation>
    </message>
    <message>
        <source>the file is %1 bytes; manifests larger than %2 bytes are refused (is this the right file?)</source>
        <translation>die Datei hat %1 Bytes; Manifeste über %2 Bytes werden abgelehnt (ist das die richtige Datei?)</translation>
    </message>
    <message>
        <source>the file is empty; a manifest needs at least release: with id:</source>
        <translation>die Datei ist leer; ein Manifest braucht mindestens release: mit id:</translation>
    </message>
    <message>
        <source>the file holds more than one YAML document; a manifest is a single document (remove the extra --- or ...)</source>
        <translation>die Datei enthält mehr als ein YAML-Dokument; ein Manifest ist ein einzelnes Dokument (entfernen Sie das zusätzliche --- oder ...)</translation>
    </message>
    <message>
        <source>YAML syntax error: %1; %2</source>
        <translation>YAML-Syntaxfehler: %1; %2</translation>
    </message>
    <message>
        <source>the file could not be read as YAML: %1</source>
        <translation>die Datei konnte nicht als YAML gelesen werden: %1</translation>
    </message>
    <message>
        <source>YAML syntax error: no mapping could be read from here; a manifest starts with release: at the beginning of a line</source>
        <translation>YAML-Syntaxfehler: ab hier konnte kein Mapping gelesen werden; ein Manifest beginnt mit release: am Anfang einer Zeile</translation>
    </message>
    <message>
        <source>the file has no content; a manifest needs at least release: with id:</source>
        <translation>die Datei hat keinen Inhalt; ein Manifest braucht mindestens release: mit id:</translation>
    </message>
    <message>
        <source>the manifest could not be read: %1</source>
        <translation>das Manifest konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>rc::core::ManifestSync</name>
    <message>
        <source>%1 sign-off</source>
        <translation>Sign-off %1</translation>
    </message>
    <message>
        <source>approval %1</source>
        <translation>Freigabe %1</translation>
    </message>
    <message>
        <source>checklist &quot;%1&quot;</source>
        <translation>Checkliste „%1“</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>the local commit %1 changes %2 beyond sign-offs, checklist ticks, approvals and status (%3), so it cannot be re-applied without losing that; bring the branch up to date with git (git pull --rebase) and push again</source>
        <translation>der lokale Commit %1 ändert %2 über Sign-offs, Checklisten-Haken, Freigaben und Status hinaus (%3) und kann daher nicht ohne Verlust neu angewendet werden; bringen Sie den Branch mit git auf den neuesten Stand (git pull --rebase) und pushen Sie erneut</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> am %1</translation>
    </message>
    <message>
        <source>the release block changed</source>
        <translation>der Release-Block wurde geändert</translation>
    </message>
    <message>
        <source>the validation block changed</source>
        <translation>der Validierungs-Block wurde geändert</translation>
    </message>
    <message>
        <source>components were added or removed</source>
        <translation>Komponenten wurden hinzugefügt oder entfernt</translation>
    </message>
    <message>
        <source>component %1 became %2</source>
        <translation>Komponente %1 wurde zu %2</translation>
    </message>
    <message>
        <source>component %1 changed beyond its sign-off</source>
        <translation>Komponente %1 wurde über ihr Sign-off hinaus geändert</translation>
    </message>
    <message>
        <source>checklist items were added or removed</source>
        <translation>Checklistenpunkte wurden hinzugefügt oder entfernt</translation>
    </message>
    <message>
        <source>checklist item %1 changed beyond its tick</source>
        <translation>Checklistenpunkt %1 wurde über seinen Haken hinaus geändert</translation>
    </message>
    <message>
        <source>approvals were added or removed</source>
        <translation>Freigaben wurden hinzugefügt oder entfernt</translation>
    </message>
    <message>
        <source>approval %1 changed beyond its decision</source>
        <translation>Freigabe %1 wurde über ihre Entscheidung hinaus geändert</translation>
    </message>
    <message>
        <source>invalid commit id %1 or %2</source>
        <translation>ungültige Commit-ID %1 oder %2</translation>
    </message>
    <message>
        <source>the branch and its upstream share no history; bring them together with git (git pull --rebase) and push again</source>
        <translation>der Branch und sein Upstream haben keine gemeinsame Historie; führen Sie sie mit git zusammen (git pull --rebase) und pushen Sie erneut</translation>
    </message>
    <message>
        <source>cannot walk the local commits: %1</source>
        <translation>die lokalen Commits können nicht durchlaufen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the upstream commit: %1</source>
        <translation>der Upstream-Commit kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read a local commit: %1</source>
        <translation>ein lokaler Commit kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the local commit %1 is a merge; merges cannot be re-applied as edits; bring the branch up to date with git (git pull --rebase) and push again</source>
        <translation>der lokale Commit %1 ist ein Merge; Merges können nicht als Änderungen neu angewendet werden; bringen Sie den Branch mit git auf den neuesten Stand (git pull --rebase) und pushen Sie erneut</translation>
    </message>
    <message>
        <source>cannot read the local commit %1: %2</source>
        <translation>der lokale Commit %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot compare the local commit %1 with its parent: %2</source>
        <translation>der lokale Commit %1 kann nicht mit seinem Eltern-Commit verglichen werden: %2</translation>
    </message>
    <message>
        <source>the local commit %1 changes %2, which is not a release manifest; only manifest edits can be re-applied; bring the branch up to date with git (git pull --rebase) and push again</source>
        <translation>der lokale Commit %1 ändert %2, das kein Release-Manifest ist; nur Manifest-Änderungen können neu angewendet werden; bringen Sie den Branch mit git auf den neuesten Stand (git pull --rebase) und pushen Sie erneut</translation>
    </message>
    <message>
        <source>the local commit %1 deletes or renames %2, which cannot be re-applied as an edit; bring the branch up to date with git (git pull --rebase) and push again</source>
        <translation>der lokale Commit %1 löscht oder benennt %2 um, was nicht als Änderung neu angewendet werden kann; bringen Sie den Branch mit git auf den neuesten Stand (git pull --rebase) und pushen Sie erneut</translation>
    </message>
    <message>
        <source>cannot read %1 in the local commit %2</source>
        <translation>%1 kann im lokalen Commit %2 nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 was created both here (%2) and on the upstream, with different content; bring the branch up to date with git (git pull --rebase)</source>
        <translation>%1 wurde sowohl hier (%2) als auch im Upstream erstellt, mit unterschiedlichem Inhalt; bringen Sie den Branch mit git auf den neuesten Stand (git pull --rebase)</translation>
    </message>
    <message>
        <source>the upstream deleted %1, which the local commit %2 edits; bring the branch up to date with git (git pull --rebase)</source>
        <translation>der Upstream hat %1 gelöscht, das der lokale Commit %2 bearbeitet; bringen Sie den Branch mit git auf den neuesten Stand (git pull --rebase)</translation>
    </message>
    <message>
        <source>the manifest does not parse: %1</source>
        <translation>das Manifest lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>text the console does not write, such as comments or formatting</source>
        <translation>Text, den die Konsole nicht schreibt, etwa Kommentare oder Formatierung</translation>
    </message>
    <message>
        <source>the upstream&apos;s %1 has errors (%2); fix it on the upstream first</source>
        <translation>%1 im Upstream enthält Fehler (%2); beheben Sie sie zuerst im Upstream</translation>
    </message>
    <message>
        <source>cannot find what the local commit %1 changed in %2</source>
        <translation>es ist nicht zu finden, was der lokale Commit %1 in %2 geändert hat</translation>
    </message>
    <message>
        <source>the upstream&apos;s %1 no longer has the %2 that the local commit %3 changes; bring the branch up to date with git (git pull --rebase)</source>
        <translation>%1 im Upstream hat %2 nicht mehr, das der lokale Commit %3 ändert; bringen Sie den Branch mit git auf den neuesten Stand (git pull --rebase)</translation>
    </message>
    <message>
        <source>%1: %2 is already %3 on the upstream</source>
        <translation>%1: %2 ist im Upstream bereits %3</translation>
    </message>
    <message>
        <source>%1: kept the upstream&apos;s %2 (%3) instead of ours (%4)</source>
        <translation>%1: %2 des Upstreams (%3) statt unserem (%4) behalten</translation>
    </message>
    <message>
        <source>%1: %2 set to ours (%3) over the upstream&apos;s (%4)</source>
        <translation>%1: %2 auf unseres (%3) statt dem des Upstreams (%4) gesetzt</translation>
    </message>
    <message>
        <source>cannot re-apply %1 of the local commit %2 to the upstream&apos;s %3: %4</source>
        <translation>%1 des lokalen Commits %2 kann nicht auf %3 des Upstreams neu angewendet werden: %4</translation>
    </message>
    <message>
        <source>cannot store %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>cannot read a tree: %1</source>
        <translation>ein Baum kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot build the tree: %1</source>
        <translation>der Baum kann nicht gebaut werden: %1</translation>
    </message>
    <message>
        <source>%1 is already on the upstream; left out</source>
        <translation>%1 ist bereits im Upstream; weggelassen</translation>
    </message>
    <message>
        <source>cannot read the new tree: %1</source>
        <translation>der neue Baum kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot create the re-applied commit: %1</source>
        <translation>der neu angewendete Commit kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>invalid commit id</source>
        <translation>ungültige Commit-ID</translation>
    </message>
    <message>
        <source>the branch moved while pushing; push again</source>
        <translation>der Branch hat sich während des Pushens bewegt; pushen Sie erneut</translation>
    </message>
    <message>
        <source>cannot read the new commit: %1</source>
        <translation>der neue Commit kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 has uncommitted changes that the upstream also changed; commit or discard them, then push again</source>
        <translation>%1 hat nicht committete Änderungen, die auch der Upstream geändert hat; committen oder verwerfen Sie sie und pushen Sie dann erneut</translation>
    </message>
    <message>
        <source>the work tree</source>
        <translation>das Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>cannot update the work tree: %1</source>
        <translation>das Arbeitsverzeichnis kann nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>cannot move the branch: %1; push again</source>
        <translation>der Branch kann nicht bewegt werden: %1; pushen Sie erneut</translation>
    </message>
    <message>
        <source>Pushing…</source>
        <translation>Pushe…</translation>
    </message>
    <message>
        <source>The upstream moved; fetching…</source>
        <translation>Der Upstream hat sich bewegt; hole…</translation>
    </message>
    <message>
        <source>cannot read the fetched upstream %1: %2</source>
        <translation>der geholte Upstream %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Re-applying 1 local commit on top of %1…</source>
        <translation>Wende 1 lokalen Commit neu auf %1 an…</translation>
    </message>
    <message>
        <source>Re-applying %1 local commits on top of %2…</source>
        <translation>Wende %1 lokale Commits neu auf %2 an…</translation>
    </message>
    <message>
        <source>the upstream kept moving while pushing (%1 tries); push again</source>
        <translation>der Upstream hat sich während des Pushens ständig bewegt (%1 Versuche); pushen Sie erneut</translation>
    </message>
</context>
<context>
    <name>rc::core::NewRelease</name>
    <message>
        <source>the release id is empty; give one like rel-2024-01-15-001</source>
        <translation>die Release-ID ist leer; geben Sie eine wie rel-2024-01-15-001 an</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid release id: use 1 to 100 letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit (e.g. rel-2024-01-15-001)</source>
        <translation>&apos;%1&apos; ist keine gültige Release-ID: verwenden Sie 1 bis 100 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer (z. B. rel-2024-01-15-001)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid release id: leave out the .yaml, the file is named after the id</source>
        <translation>&apos;%1&apos; ist keine gültige Release-ID: lassen Sie .yaml weg, die Datei wird nach der ID benannt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a release type; use one of: %2</source>
        <translation>&apos;%1&apos; ist kein Release-Typ; verwenden Sie einen von: %2</translation>
    </message>
    <message>
        <source>no release tag is reachable from %1 in this shallow clone; fetch the whole history with &apos;git fetch --unshallow&apos;, or pass --since TAG</source>
        <translation>von %1 aus ist in diesem flachen Klon kein Release-Tag erreichbar; holen Sie die ganze Historie mit &apos;git fetch --unshallow&apos; oder geben Sie --since TAG an</translation>
    </message>
    <message>
        <source>cannot read the clone: %1</source>
        <translation>der Klon kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source> (and %1 more errors)</source>
        <translation> (und %1 weitere Fehler)</translation>
    </message>
    <message>
        <source>the new manifest does not parse: %1; fix the text and try again</source>
        <translation>das neue Manifest lässt sich nicht lesen: %1; korrigieren Sie den Text und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the manifest says release.id %1 but the file would be %2; make them the same</source>
        <translation>das Manifest nennt release.id %1, aber die Datei wäre %2; gleichen Sie beides an</translation>
    </message>
    <message>
        <source>cannot commit the new release: %1</source>
        <translation>das neue Release kann nicht committet werden: %1</translation>
    </message>
    <message>
        <source>%1 exists already; choose another release id</source>
        <translation>%1 existiert bereits; wählen Sie eine andere Release-ID</translation>
    </message>
    <message>
        <source>release %1 exists already in %2; choose another release id</source>
        <translation>Release %1 existiert bereits in %2; wählen Sie eine andere Release-ID</translation>
    </message>
    <message>
        <source>%1 has uncommitted changes; commit or discard them before creating a release</source>
        <translation>%1 hat nicht committete Änderungen; committen oder verwerfen Sie sie, bevor Sie ein Release erstellen</translation>
    </message>
    <message>
        <source>cannot create the folder %1; check its permissions</source>
        <translation>der Ordner %1 kann nicht erstellt werden; prüfen Sie seine Berechtigungen</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 was not created: the commit failed: %2</source>
        <translation>%1 wurde nicht erstellt: der Commit ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>rc::core::Notification</name>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>🚨 URGENT</source>
        <translation>🚨 DRINGEND</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Release Console · %1</source>
        <translation>Release Console · %1</translation>
    </message>
</context>
<context>
    <name>rc::core::Readiness</name>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>status is %1: </source>
        <translation>Status ist %1: </translation>
    </message>
    <message>
        <source>a release deploys from approved</source>
        <translation>ein Release wird aus „freigegeben“ ausgerollt</translation>
    </message>
    <message>
        <source>a deployment is already running</source>
        <translation>ein Deployment läuft bereits</translation>
    </message>
    <message>
        <source>this release is already in production</source>
        <translation>dieses Release ist bereits in Produktion</translation>
    </message>
    <message>
        <source>a rolled-back release does not deploy again; create a new release</source>
        <translation>ein zurückgerolltes Release wird nicht erneut ausgerollt; erstellen Sie ein neues Release</translation>
    </message>
    <message>
        <source>a cancelled release does not deploy</source>
        <translation>ein abgesagtes Release wird nicht ausgerollt</translation>
    </message>
    <message>
        <source>team lead %1</source>
        <translation>Teamleitung %1</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>%1: sign-off pending</source>
        <translation>%1: Sign-off ausstehend</translation>
    </message>
    <message>
        <source>%1: sign-off %2</source>
        <translation>%1: Sign-off %2</translation>
    </message>
    <message>
        <source>%1 approval pending</source>
        <translation>Freigabe %1 ausstehend</translation>
    </message>
    <message>
        <source>%1 approval pending (%2)</source>
        <translation>Freigabe %1 ausstehend (%2)</translation>
    </message>
    <message>
        <source>%1 approval %2</source>
        <translation>Freigabe %1 %2</translation>
    </message>
    <message>
        <source>checklist: %1 (required) not done</source>
        <translation>Checkliste: %1 (erforderlich) nicht erledigt</translation>
    </message>
    <message>
        <source>validation: %1 failed</source>
        <translation>Validierung: %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>validation: %1 failed (%2)</source>
        <translation>Validierung: %1 fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>the break-glass override by %1 records no break_glass_at, so it lifts nothing; record it again</source>
        <translation>die Notfall-Ausnahme von %1 nennt kein break_glass_at und hebt daher nichts auf; erfassen Sie sie neu</translation>
    </message>
    <message>
        <source>the break-glass override by %1 ended %2 (%3); record a new one to deploy now</source>
        <translation>die Notfall-Ausnahme von %1 ist %2 (%3) abgelaufen; erfassen Sie eine neue, um jetzt auszurollen</translation>
    </message>
</context>
<context>
    <name>rc::core::ReleaseCalendar</name>
    <message>
        <source>any time, %1 min</source>
        <translation>jederzeit, %1 Min.</translation>
    </message>
    <message>
        <source>%1 %2 of the month %3</source>
        <translation>%1 %2 des Monats %3</translation>
    </message>
    <message>
        <source>%1 releases may deploy again from %2</source>
        <translation>%1-Releases dürfen ab %2 wieder ausgerollt werden</translation>
    </message>
    <message>
        <source>next window opens %1</source>
        <translation>nächstes Zeitfenster öffnet %1</translation>
    </message>
    <message>
        <source>no %1 window opens in the next ten years outside the freezes; check freezes: in %2</source>
        <translation>in den nächsten zehn Jahren öffnet sich außerhalb der Sperrzeiten kein %1-Zeitfenster; prüfen Sie freezes: in %2</translation>
    </message>
    <message>
        <source>inside the freeze %1 until %2 (%3); %4</source>
        <translation>innerhalb der Sperrzeit %1 bis %2 (%3); %4</translation>
    </message>
    <message>
        <source>outside the %1 window %2; %3</source>
        <translation>außerhalb des %1-Zeitfensters %2; %3</translation>
    </message>
    <message>
        <source>%1 is not a time of day; write it on the 24-hour clock as HH:MM, such as 10:00</source>
        <translation>%1 ist keine Uhrzeit; schreiben Sie sie im 24-Stunden-Format als HH:MM, etwa 10:00</translation>
    </message>
    <message>
        <source>%1 is not a time of day; hours go from 00 to 23 and minutes from 00 to 59</source>
        <translation>%1 ist keine Uhrzeit; Stunden gehen von 00 bis 23 und Minuten von 00 bis 59</translation>
    </message>
    <message>
        <source>duration %1 is negative; a window lasts a positive time such as 2h or 30m</source>
        <translation>die Dauer %1 ist negativ; ein Zeitfenster dauert eine positive Zeit wie 2h oder 30m</translation>
    </message>
    <message>
        <source>%1 is not a duration; write hours and minutes such as 2h, 30m or 1h30m</source>
        <translation>%1 ist keine Dauer; schreiben Sie Stunden und Minuten wie 2h, 30m oder 1h30m</translation>
    </message>
    <message>
        <source>duration %1 is zero; a window lasts a positive time such as 2h or 30m</source>
        <translation>die Dauer %1 ist null; ein Zeitfenster dauert eine positive Zeit wie 2h oder 30m</translation>
    </message>
    <message>
        <source>duration %1 is longer than a year; a window lasts hours, such as 2h</source>
        <translation>die Dauer %1 ist länger als ein Jahr; ein Zeitfenster dauert Stunden, etwa 2h</translation>
    </message>
    <message>
        <source>%1 is not a day of the month&apos;s train; write first, second, third, fourth or last and a weekday, such as first tuesday</source>
        <translation>%1 ist kein Tag für den Monats-Zug; schreiben Sie first, second, third, fourth oder last und einen Wochentag, etwa first tuesday</translation>
    </message>
    <message>
        <source>%1 is not a day of the month&apos;s train; write a weekday such as first tuesday</source>
        <translation>%1 ist kein Tag für den Monats-Zug; schreiben Sie einen Wochentag wie first tuesday</translation>
    </message>
    <message>
        <source>%1 is not a weekday; write one such as tuesday</source>
        <translation>%1 ist kein Wochentag; schreiben Sie einen wie tuesday</translation>
    </message>
    <message>
        <source>%1 is not a weekday; write one such as tuesday or tue</source>
        <translation>%1 ist kein Wochentag; schreiben Sie einen wie tuesday oder tue</translation>
    </message>
    <message>
        <source>%1 is not a date; write YYYY-MM-DD, or YYYY-MM-DD HH:MM for a time in the rules&apos; time zone</source>
        <translation>%1 ist kein Datum; schreiben Sie YYYY-MM-DD oder YYYY-MM-DD HH:MM für eine Zeit in der Zeitzone der Regeln</translation>
    </message>
    <message>
        <source>%1 is not a date of the calendar; check the month and the day</source>
        <translation>%1 ist kein Kalenderdatum; prüfen Sie Monat und Tag</translation>
    </message>
    <message>
        <source>write the first and the last day such as Dec 20 - Jan 2</source>
        <translation>schreiben Sie den ersten und den letzten Tag, etwa Dec 20 - Jan 2</translation>
    </message>
    <message>
        <source>%1 is not a yearly period; %2</source>
        <translation>%1 ist kein jährlicher Zeitraum; %2</translation>
    </message>
    <message>
        <source>%1 is not a month; write one such as Dec or December</source>
        <translation>%1 ist kein Monat; schreiben Sie einen wie Dec oder December</translation>
    </message>
    <message>
        <source>%1 %2 is not a day of the year; %3</source>
        <translation>%1 %2 ist kein Tag des Jahres; %3</translation>
    </message>
    <message>
        <source>%1 is not a weekly period; write a start and an end such as friday 16:00 - monday 08:00</source>
        <translation>%1 ist kein wöchentlicher Zeitraum; schreiben Sie Anfang und Ende, etwa friday 16:00 - monday 08:00</translation>
    </message>
    <message>
        <source>%1 is not a weekday; write one such as friday or fri</source>
        <translation>%1 ist kein Wochentag; schreiben Sie einen wie friday oder fri</translation>
    </message>
    <message>
        <source>%1 starts where it ends; a weekly freeze needs a length, such as friday 16:00 - monday 08:00</source>
        <translation>%1 beginnt, wo es endet; eine wöchentliche Sperrzeit braucht eine Länge, etwa friday 16:00 - monday 08:00</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
</context>
<context>
    <name>rc::core::Remote</name>
    <message>
        <source>the ssh agent</source>
        <translation>der SSH-Agent</translation>
    </message>
    <message>
        <source>the credential helper &quot;%1&quot;</source>
        <translation>der Credential-Helper „%1“</translation>
    </message>
    <message>
        <source>%1 from %2 was cancelled</source>
        <translation>%1 von %2 wurde abgebrochen</translation>
    </message>
    <message>
        <source>the remote refused the credentials for %1 (tried %2); check that they are valid and allow access to the repository, or set GH_TOKEN to a token that does</source>
        <translation>das Remote hat die Zugangsdaten für %1 abgelehnt (versucht: %2); prüfen Sie, ob sie gültig sind und Zugriff auf das Repository erlauben, oder setzen Sie GH_TOKEN auf ein Token, das es tut</translation>
    </message>
    <message>
        <source>%1 asks for credentials and none are available; set GH_TOKEN (or GITHUB_TOKEN) to a token with access, configure a git credential helper (git config --global credential.helper store), or use an ssh URL with your key loaded in ssh-agent</source>
        <translation>%1 verlangt Zugangsdaten und es sind keine verfügbar; setzen Sie GH_TOKEN (oder GITHUB_TOKEN) auf ein Token mit Zugriff, richten Sie einen Git-Credential-Helper ein (git config --global credential.helper store) oder verwenden Sie eine SSH-URL mit Ihrem in ssh-agent geladenen Schlüssel</translation>
    </message>
    <message>
        <source>cannot %1 %2 (%3): %4; check the network and the remote&apos;s URL (git remote -v)</source>
        <translation>%1 %2 nicht möglich (%3): %4; prüfen Sie das Netzwerk und die URL des Remotes (git remote -v)</translation>
    </message>
    <message>
        <source>%1 is not on %2 yet (%3 to push)</source>
        <translation>%1 ist noch nicht auf %2 (%3 zu pushen)</translation>
    </message>
    <message>
        <source>%1 is up to date with %2</source>
        <translation>%1 ist auf dem Stand von %2</translation>
    </message>
    <message>
        <source>%1 is %2 ahead of %3</source>
        <translation>%1 ist %2 vor %3</translation>
    </message>
    <message>
        <source>%1 is %2 behind %3</source>
        <translation>%1 ist %2 hinter %3</translation>
    </message>
    <message>
        <source>%1 is %2 ahead, %3 behind %4</source>
        <translation>%1 ist %2 vor, %3 hinter %4</translation>
    </message>
    <message>
        <source>no repository is open</source>
        <translation>kein Repository geöffnet</translation>
    </message>
    <message>
        <source>HEAD is detached (not on a branch), so there is nothing to share; check out the release branch first, e.g. git switch main</source>
        <translation>HEAD ist losgelöst (auf keinem Branch), daher gibt es nichts zu teilen; checken Sie zuerst den Release-Branch aus, z. B. git switch main</translation>
    </message>
    <message>
        <source>the branch has no commits yet; commit a manifest first</source>
        <translation>der Branch hat noch keine Commits; committen Sie zuerst ein Manifest</translation>
    </message>
    <message>
        <source>cannot read HEAD: %1</source>
        <translation>HEAD kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>HEAD is not on a local branch; check out the release branch first</source>
        <translation>HEAD ist auf keinem lokalen Branch; checken Sie zuerst den Release-Branch aus</translation>
    </message>
    <message>
        <source>the branch %1 has no upstream; set one with git branch --set-upstream-to=origin/%1 (or push it once with git push -u origin %1)</source>
        <translation>der Branch %1 hat keinen Upstream; setzen Sie einen mit git branch --set-upstream-to=origin/%1 (oder pushen Sie ihn einmal mit git push -u origin %1)</translation>
    </message>
    <message>
        <source>the branch %1 tracks a local branch, not a remote; set an upstream on a remote with git branch --set-upstream-to=origin/%1</source>
        <translation>der Branch %1 folgt einem lokalen Branch, keinem Remote; setzen Sie einen Upstream auf einem Remote mit git branch --set-upstream-to=origin/%1</translation>
    </message>
    <message>
        <source>the branch %1 has no upstream branch (branch.%1.merge); set one with git branch --set-upstream-to=%2/%1</source>
        <translation>der Branch %1 hat keinen Upstream-Branch (branch.%1.merge); setzen Sie einen mit git branch --set-upstream-to=%2/%1</translation>
    </message>
    <message>
        <source>the upstream of %1 is on the remote &quot;%2&quot;, which is not configured; add it with git remote add %2 URL</source>
        <translation>der Upstream von %1 liegt auf dem Remote „%2“, das nicht konfiguriert ist; fügen Sie es mit git remote add %2 URL hinzu</translation>
    </message>
    <message>
        <source>no fetch refspec of %1 maps %2 to a tracking branch; check git config remote.%1.fetch</source>
        <translation>keine Fetch-Refspec von %1 bildet %2 auf einen Tracking-Branch ab; prüfen Sie git config remote.%1.fetch</translation>
    </message>
    <message>
        <source>cannot walk the history: %1</source>
        <translation>die Historie kann nicht durchlaufen werden: %1</translation>
    </message>
    <message>
        <source>cannot compare %1 with %2: %3</source>
        <translation>%1 kann nicht mit %2 verglichen werden: %3</translation>
    </message>
    <message>
        <source>cannot open the remote %1: %2</source>
        <translation>das Remote %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>fetch from</source>
        <translation>Abrufen von</translation>
    </message>
    <message>
        <source>push to</source>
        <translation>Pushen nach</translation>
    </message>
    <message>
        <source>the remote %1 refused to update %2: %3; ask the repository&apos;s admins whether the branch is protected</source>
        <translation>das Remote %1 hat die Aktualisierung von %2 abgelehnt: %3; fragen Sie die Administratoren des Repositorys, ob der Branch geschützt ist</translation>
    </message>
</context>
<context>
    <name>rc::core::Repository</name>
    <message>
        <source>cannot read HEAD: %1</source>
        <translation>HEAD kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>HEAD does not point at a commit: %1</source>
        <translation>HEAD zeigt auf keinen Commit: %1</translation>
    </message>
    <message>
        <source>%1 does not exist; open a folder inside a git clone</source>
        <translation>%1 existiert nicht; öffnen Sie einen Ordner innerhalb eines Git-Klons</translation>
    </message>
    <message>
        <source>%1 is in a clone owned by another user (%2); if you trust it, run git config --global --add safe.directory &lt;the clone&apos;s folder&gt;</source>
        <translation>%1 liegt in einem Klon, der einem anderen Benutzer gehört (%2); wenn Sie ihm vertrauen, führen Sie git config --global --add safe.directory &lt;Ordner des Klons&gt; aus</translation>
    </message>
    <message>
        <source>%1 is not inside a git clone; open a folder that contains a .git directory</source>
        <translation>%1 liegt in keinem Git-Klon; öffnen Sie einen Ordner, der ein .git-Verzeichnis enthält</translation>
    </message>
    <message>
        <source>%1 is a bare repository without a work tree; open a clone with checked-out files</source>
        <translation>%1 ist ein Bare-Repository ohne Arbeitsverzeichnis; öffnen Sie einen Klon mit ausgecheckten Dateien</translation>
    </message>
    <message>
        <source>cannot create the folder %1; check its parent is writable</source>
        <translation>der Ordner %1 kann nicht erstellt werden; prüfen Sie, ob der übergeordnete Ordner beschreibbar ist</translation>
    </message>
    <message>
        <source>cannot create a git repository in %1: %2</source>
        <translation>in %1 kann kein Git-Repository erstellt werden: %2</translation>
    </message>
    <message>
        <source>cannot read the git configuration: %1</source>
        <translation>die Git-Konfiguration kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no git author name is set; run git config --global user.name &quot;Your Name&quot;</source>
        <translation>kein Git-Autorname gesetzt; führen Sie git config --global user.name &quot;Ihr Name&quot; aus</translation>
    </message>
    <message>
        <source>no git author email is set; run git config --global user.email &quot;you@example.com&quot;</source>
        <translation>keine Git-Autor-E-Mail gesetzt; führen Sie git config --global user.email &quot;sie@example.com&quot; aus</translation>
    </message>
    <message>
        <source>no repository is open</source>
        <translation>kein Repository geöffnet</translation>
    </message>
    <message>
        <source>%1 is not inside the clone %2; commit a file from this clone</source>
        <translation>%1 liegt nicht im Klon %2; committen Sie eine Datei aus diesem Klon</translation>
    </message>
    <message>
        <source>cannot create an index: %1</source>
        <translation>ein Index kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>cannot read HEAD&apos;s tree: %1</source>
        <translation>der Baum von HEAD kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read %1 into git: %2</source>
        <translation>%1 kann nicht in git eingelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot stage %1: %2</source>
        <translation>%1 kann nicht vorgemerkt werden: %2</translation>
    </message>
    <message>
        <source>%1 does not exist in the work tree or in HEAD; save the file before committing</source>
        <translation>%1 existiert weder im Arbeitsverzeichnis noch in HEAD; speichern Sie die Datei vor dem Commit</translation>
    </message>
    <message>
        <source>cannot write the tree: %1</source>
        <translation>der Baum kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1 has no changes to commit</source>
        <translation>%1 hat keine Änderungen zum Committen</translation>
    </message>
    <message>
        <source>cannot read the new tree: %1</source>
        <translation>der neue Baum kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>invalid git identity: %1</source>
        <translation>ungültige Git-Identität: %1</translation>
    </message>
    <message>
        <source>the commit message is empty; give a message</source>
        <translation>die Commit-Nachricht ist leer; geben Sie eine Nachricht an</translation>
    </message>
    <message>
        <source>cannot create the commit: %1</source>
        <translation>der Commit kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>cannot open the index: %1</source>
        <translation>der Index kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot stage the work tree: %1</source>
        <translation>das Arbeitsverzeichnis kann nicht vorgemerkt werden: %1</translation>
    </message>
    <message>
        <source>invalid author %1 &lt;%2&gt;: %3</source>
        <translation>ungültiger Autor %1 &lt;%2&gt;: %3</translation>
    </message>
    <message>
        <source>cannot tag %1: HEAD has no commit yet; commit first</source>
        <translation>%1 kann nicht getaggt werden: HEAD hat noch keinen Commit; committen Sie zuerst</translation>
    </message>
    <message>
        <source>cannot create the tag %1: %2</source>
        <translation>das Tag %1 kann nicht erstellt werden: %2</translation>
    </message>
</context>
<context>
    <name>rc::core::RepositoryRules</name>
    <message numerus="yes">
        <source> (and %n more problem(s) in the same file)</source>
        <translation>
            <numerusform> (und %n weiteres Problem in derselben Datei)</numerusform>
            <numerusform> (und %n weitere Probleme in derselben Datei)</numerusform>
        </translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>text (%1)</source>
        <translation>Text (%1)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>the document expands to more than %1 YAML nodes (aliases count at every use); remove the anchors and aliases that repeat content</source>
        <translation>das Dokument expandiert zu mehr als %1 YAML-Knoten (Aliase zählen bei jeder Verwendung); entfernen Sie die Anker und Aliase, die Inhalte wiederholen</translation>
    </message>
    <message>
        <source>collections are nested deeper than %1 levels (or an alias refers to its own anchor); flatten the document</source>
        <translation>Sammlungen sind tiefer als %1 Ebenen verschachtelt (oder ein Alias verweist auf seinen eigenen Anker); machen Sie das Dokument flacher</translation>
    </message>
    <message>
        <source>duplicate key %1 (first at line %2); keep one of them</source>
        <translation>doppelter Schlüssel %1 (zuerst in Zeile %2); behalten Sie einen davon</translation>
    </message>
    <message>
        <source>the rules must be a mapping with a components: list, not %1</source>
        <translation>die Regeln müssen ein Mapping mit einer components:-Liste sein, nicht %1</translation>
    </message>
    <message>
        <source>enforce_windows must be true or false, not %1</source>
        <translation>enforce_windows muss true oder false sein, nicht %1</translation>
    </message>
    <message>
        <source>the rules have no components: list; add one entry per component with name: and paths:, or delete the file to use the top-level directories</source>
        <translation>die Regeln haben keine components:-Liste; ergänzen Sie einen Eintrag je Komponente mit name: und paths: oder löschen Sie die Datei, um die obersten Verzeichnisse zu verwenden</translation>
    </message>
    <message>
        <source>keys must be plain names, not %1</source>
        <translation>Schlüssel müssen einfache Namen sein, nicht %1</translation>
    </message>
    <message>
        <source>unknown key %1 (ignored); known keys here: %2</source>
        <translation>unbekannter Schlüssel %1 (ignoriert); bekannte Schlüssel hier: %2</translation>
    </message>
    <message>
        <source>unknown key %1 in %2 (ignored); known keys here: %3</source>
        <translation>unbekannter Schlüssel %1 in %2 (ignoriert); bekannte Schlüssel hier: %3</translation>
    </message>
    <message>
        <source>%1 must be text, not %2</source>
        <translation>%1 muss Text sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 must be a list such as [a, b], not %2</source>
        <translation>%1 muss eine Liste wie [a, b] sein, nicht %2</translation>
    </message>
    <message>
        <source>each entry of %1 must be text, not %2</source>
        <translation>jeder Eintrag von %1 muss Text sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 must be a list of GitHub logins such as [&apos;@dan&apos;, &apos;@erin&apos;], not %2</source>
        <translation>%1 muss eine Liste von GitHub-Logins wie [&apos;@dan&apos;, &apos;@erin&apos;] sein, nicht %2</translation>
    </message>
    <message>
        <source>each entry of %1 must be a GitHub login such as &apos;@dan&apos;, not %2</source>
        <translation>jeder Eintrag von %1 muss ein GitHub-Login wie &apos;@dan&apos; sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 in %2 is not a GitHub login; write the login as GitHub shows it, such as &apos;@dan&apos; (letters, digits and single hyphens, at most 39)</source>
        <translation>%1 in %2 ist kein GitHub-Login; schreiben Sie den Login so, wie GitHub ihn zeigt, etwa &apos;@dan&apos; (Buchstaben, Ziffern und einzelne Bindestriche, höchstens 39)</translation>
    </message>
    <message>
        <source>components must be a list of entries with name: and paths:, not %1</source>
        <translation>components muss eine Liste von Einträgen mit name: und paths: sein, nicht %1</translation>
    </message>
    <message>
        <source>a component must be a mapping with name: and paths:, not %1</source>
        <translation>eine Komponente muss ein Mapping mit name: und paths: sein, nicht %1</translation>
    </message>
    <message>
        <source>name is empty; give the component a name such as api</source>
        <translation>name ist leer; geben Sie der Komponente einen Namen wie api</translation>
    </message>
    <message>
        <source>component %1 is listed twice (first at line %2); give each component a different name</source>
        <translation>Komponente %1 ist doppelt aufgeführt (zuerst in Zeile %2); geben Sie jeder Komponente einen anderen Namen</translation>
    </message>
    <message>
        <source>each entry of paths must be a path such as dir/sub/, not %1</source>
        <translation>jeder Eintrag von paths muss ein Pfad wie dir/sub/ sein, nicht %1</translation>
    </message>
    <message>
        <source>paths is empty; list at least one directory or file such as dir/sub/</source>
        <translation>paths ist leer; listen Sie mindestens ein Verzeichnis oder eine Datei auf, etwa dir/sub/</translation>
    </message>
    <message>
        <source>paths must be a list such as [dir/sub/, README.md], not %1</source>
        <translation>paths muss eine Liste wie [dir/sub/, README.md] sein, nicht %1</translation>
    </message>
    <message>
        <source>a component</source>
        <translation>eine Komponente</translation>
    </message>
    <message>
        <source>a component has no name:; add name: with a short id such as api</source>
        <translation>eine Komponente hat kein name:; ergänzen Sie name: mit einer kurzen ID wie api</translation>
    </message>
    <message>
        <source>component %1 has no paths:; add paths: with the directories or files it owns</source>
        <translation>Komponente %1 hat kein paths:; ergänzen Sie paths: mit den Verzeichnissen oder Dateien, die ihr gehören</translation>
    </message>
    <message>
        <source>path %1 is listed twice in this component (first at line %2); keep one</source>
        <translation>Pfad %1 ist in dieser Komponente doppelt aufgeführt (zuerst in Zeile %2); behalten Sie einen</translation>
    </message>
    <message>
        <source>path %1 is already claimed by component %2 (line %3); a path belongs to one component: remove it from one of them, or list a deeper path</source>
        <translation>Pfad %1 gehört bereits zu Komponente %2 (Zeile %3); ein Pfad gehört zu einer Komponente: entfernen Sie ihn bei einer davon oder geben Sie einen tieferen Pfad an</translation>
    </message>
    <message>
        <source>github must be a mapping with repository:, workflow: and ref:, not %1</source>
        <translation>github muss ein Mapping mit repository:, workflow: und ref: sein, nicht %1</translation>
    </message>
    <message>
        <source>release_types must be a mapping such as regular:, hotfix:, major:, not %1</source>
        <translation>release_types muss ein Mapping wie regular:, hotfix:, major: sein, nicht %1</translation>
    </message>
    <message>
        <source>release type %1 must be a mapping with schedule:, window: and approvals:, not %2</source>
        <translation>Release-Typ %1 muss ein Mapping mit schedule:, window: und approvals: sein, nicht %2</translation>
    </message>
    <message>
        <source>window must be a mapping with start: and duration:, not %1</source>
        <translation>window muss ein Mapping mit start: und duration: sein, nicht %1</translation>
    </message>
    <message>
        <source>release type %1</source>
        <translation>Release-Typ %1</translation>
    </message>
    <message>
        <source>schedule %1 of %2 is not a schedule; write weekly, monthly or as_needed</source>
        <translation>Zeitplan %1 von %2 ist kein Zeitplan; schreiben Sie weekly, monthly oder as_needed</translation>
    </message>
    <message>
        <source>%1 is deployed as needed, so day: does not apply; remove it or set schedule: weekly</source>
        <translation>%1 wird bei Bedarf ausgerollt, daher gilt day: nicht; entfernen Sie es oder setzen Sie schedule: weekly</translation>
    </message>
    <message>
        <source>day of %1: %2</source>
        <translation>Tag von %1: %2</translation>
    </message>
    <message>
        <source>window start of %1: %2</source>
        <translation>Beginn des Zeitfensters von %1: %2</translation>
    </message>
    <message>
        <source>window duration of %1: %2</source>
        <translation>Dauer des Zeitfensters von %1: %2</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>eine Woche</translation>
    </message>
    <message>
        <source>four weeks</source>
        <translation>vier Wochen</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>ein Tag</translation>
    </message>
    <message>
        <source>window duration %1 of %2 is longer than its period (%3), so its windows would overlap; make it shorter</source>
        <translation>die Dauer %1 des Zeitfensters von %2 ist länger als sein Zeitraum (%3), daher würden sich seine Zeitfenster überschneiden; kürzen Sie sie</translation>
    </message>
    <message>
        <source>timezone %1 is not a time zone this system knows; write an IANA name such as Europe/Berlin, America/New_York or UTC</source>
        <translation>die Zeitzone %1 kennt dieses System nicht; schreiben Sie einen IANA-Namen wie Europe/Berlin, America/New_York oder UTC</translation>
    </message>
    <message>
        <source>freezes must be a list of entries with name: and from:/until:, yearly: or weekly:, not %1</source>
        <translation>freezes muss eine Liste von Einträgen mit name: und from:/until:, yearly: oder weekly: sein, nicht %1</translation>
    </message>
    <message>
        <source>a freeze must be a mapping with name: and from:/until:, yearly: or weekly:, not %1</source>
        <translation>eine Sperrzeit muss ein Mapping mit name: und from:/until:, yearly: oder weekly: sein, nicht %1</translation>
    </message>
    <message>
        <source>a freeze</source>
        <translation>eine Sperrzeit</translation>
    </message>
    <message>
        <source>a freeze needs a name: that says what it is, such as name: Year-end freeze</source>
        <translation>eine Sperrzeit braucht ein name:, das sagt, was sie ist, etwa name: Year-end freeze</translation>
    </message>
    <message>
        <source>freeze %1 needs exactly one period: from: and until: (dates), yearly: (such as Dec 20 - Jan 2) or weekly: (such as friday 16:00 - monday 08:00)</source>
        <translation>Sperrzeit %1 braucht genau einen Zeitraum: from: und until: (Daten), yearly: (etwa Dec 20 - Jan 2) oder weekly: (etwa friday 16:00 - monday 08:00)</translation>
    </message>
    <message>
        <source>freeze %1: %2</source>
        <translation>Sperrzeit %1: %2</translation>
    </message>
    <message>
        <source>freeze %1 needs both from: and until:, such as from: 2024-12-20 and until: 2025-01-02</source>
        <translation>Sperrzeit %1 braucht sowohl from: als auch until:, etwa from: 2024-12-20 und until: 2025-01-02</translation>
    </message>
    <message>
        <source>from of freeze %1: %2</source>
        <translation>from der Sperrzeit %1: %2</translation>
    </message>
    <message>
        <source>until of freeze %1: %2</source>
        <translation>until der Sperrzeit %1: %2</translation>
    </message>
    <message>
        <source>freeze %1 ends (%2) before it starts (%3); until: is the last day of the freeze</source>
        <translation>Sperrzeit %1 endet (%2), bevor sie beginnt (%3); until: ist der letzte Tag der Sperrzeit</translation>
    </message>
    <message>
        <source>applies_to of freeze %1 names %2, which is not a release type; use %3</source>
        <translation>applies_to der Sperrzeit %1 nennt %2, das kein Release-Typ ist; verwenden Sie %3</translation>
    </message>
    <message>
        <source>freeze %1 overlaps freeze %2 (line %3); merge them into one or move one of them so they do not share a day</source>
        <translation>Sperrzeit %1 überschneidet sich mit Sperrzeit %2 (Zeile %3); fassen Sie sie zusammen oder verschieben Sie eine, sodass sie keinen Tag teilen</translation>
    </message>
    <message>
        <source>notifications must be a list of entries with event: and channel:, not %1</source>
        <translation>notifications muss eine Liste von Einträgen mit event: und channel: sein, nicht %1</translation>
    </message>
    <message>
        <source>a notification must be a mapping with event: and channel:, not %1</source>
        <translation>eine Benachrichtigung muss ein Mapping mit event: und channel: sein, nicht %1</translation>
    </message>
    <message>
        <source>unknown notification event %1; use one of: %2</source>
        <translation>unbekanntes Benachrichtigungsereignis %1; verwenden Sie eines von: %2</translation>
    </message>
    <message>
        <source>priority must be urgent or normal, not %1</source>
        <translation>priority muss urgent oder normal sein, nicht %1</translation>
    </message>
    <message>
        <source>a notification</source>
        <translation>eine Benachrichtigung</translation>
    </message>
    <message>
        <source>a notification needs event: one of %1</source>
        <translation>eine Benachrichtigung braucht event: eines von %1</translation>
    </message>
    <message>
        <source>unknown placeholder {%1} in %2; use one of %3, or write {{ and }} for literal braces</source>
        <translation>unbekannter Platzhalter {%1} in %2; verwenden Sie einen von %3 oder schreiben Sie {{ und }} für wörtliche Klammern</translation>
    </message>
    <message>
        <source>path %1 uses a backslash; write paths with / as git does (dir/sub/)</source>
        <translation>Pfad %1 verwendet einen Backslash; schreiben Sie Pfade mit / wie git (dir/sub/)</translation>
    </message>
    <message>
        <source>path %1 leaves the clone with ..; write it relative to the clone&apos;s root (dir/sub/)</source>
        <translation>Pfad %1 verlässt den Klon mit ..; schreiben Sie ihn relativ zur Wurzel des Klons (dir/sub/)</translation>
    </message>
    <message>
        <source>path %1 names the whole clone; list the directories or files this component owns (dir/sub/ or README.md)</source>
        <translation>Pfad %1 bezeichnet den ganzen Klon; listen Sie die Verzeichnisse oder Dateien auf, die dieser Komponente gehören (dir/sub/ oder README.md)</translation>
    </message>
    <message>
        <source>the file is %1 bytes; rules larger than %2 bytes are refused (is this the right file?)</source>
        <translation>die Datei hat %1 Bytes; Regeln über %2 Bytes werden abgelehnt (ist das die richtige Datei?)</translation>
    </message>
    <message>
        <source>the file contains NUL bytes; the rules are UTF-8 text</source>
        <translation>die Datei enthält NUL-Bytes; die Regeln sind UTF-8-Text</translation>
    </message>
    <message>
        <source>collections are nested deeper than %1 levels; the rules nest a few levels at most</source>
        <translation>Sammlungen sind tiefer als %1 Ebenen verschachtelt; die Regeln verschachteln höchstens wenige Ebenen</translation>
    </message>
    <message>
        <source>YAML syntax error: %1; check the indentation and quoting here</source>
        <translation>YAML-Syntaxfehler: %1; prüfen Sie hier Einrückung und Anführungszeichen</translation>
    </message>
    <message>
        <source>the file could not be read as YAML: %1</source>
        <translation>die Datei konnte nicht als YAML gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file has no rules; add a components: list, or delete the file to use the top-level directories</source>
        <translation>die Datei enthält keine Regeln; ergänzen Sie eine components:-Liste oder löschen Sie die Datei, um die obersten Verzeichnisse zu verwenden</translation>
    </message>
    <message>
        <source>the rules could not be read: %1</source>
        <translation>die Regeln konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the clone has no commits yet, so it has no top-level directories to use as components; commit something or add %1 with a components: list</source>
        <translation>der Klon hat noch keine Commits und daher keine obersten Verzeichnisse, die als Komponenten dienen können; committen Sie etwas oder legen Sie %1 mit einer components:-Liste an</translation>
    </message>
    <message>
        <source>cannot read the file: %1; check its permissions</source>
        <translation>die Datei kann nicht gelesen werden: %1; prüfen Sie ihre Berechtigungen</translation>
    </message>
    <message>
        <source>break_glass_lasts: %1</source>
        <translation>break_glass_lasts: %1</translation>
    </message>
    <message>
        <source>break_glass_lasts %1 is longer than a week; an override is for one deploy, such as 4h</source>
        <translation>break_glass_lasts %1 ist länger als eine Woche; eine Ausnahme gilt für ein Rollout, etwa 4h</translation>
    </message>
</context>
<context>
    <name>rc::core::RunWatcher</name>
    <message>
        <source>run %1 in %2</source>
        <translation>Lauf %1 in %2</translation>
    </message>
    <message>
        <source>GitHub&apos;s answer for run %1 could not be read: %2</source>
        <translation>GitHubs Antwort für Lauf %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the jobs of run %1</source>
        <translation>die Jobs von Lauf %1</translation>
    </message>
    <message>
        <source>GitHub&apos;s jobs of run %1 could not be read: %2</source>
        <translation>GitHubs Jobs von Lauf %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the pending deployments of run %1</source>
        <translation>die wartenden Deployments von Lauf %1</translation>
    </message>
    <message>
        <source>GitHub&apos;s pending deployments of run %1 could not be read: %2</source>
        <translation>GitHubs wartende Deployments von Lauf %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the log of job %1</source>
        <translation>das Log von Job %1</translation>
    </message>
    <message>
        <source>no GitHub connection</source>
        <translation>keine GitHub-Verbindung</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>cancel requested for run %1</source>
        <translation>Abbruch für Lauf %1 angefordert</translation>
    </message>
    <message>
        <source>run %1 has already completed and cannot be cancelled</source>
        <translation>Lauf %1 ist bereits abgeschlossen und kann nicht abgebrochen werden</translation>
    </message>
    <message>
        <source>%1; the cancel may or may not have reached GitHub: the run&apos;s status will tell</source>
        <translation>%1; der Abbruch hat GitHub vielleicht erreicht, vielleicht nicht: der Status des Laufs wird es zeigen</translation>
    </message>
    <message>
        <source>failed jobs of run %1 re-run</source>
        <translation>fehlgeschlagene Jobs von Lauf %1 neu gestartet</translation>
    </message>
    <message>
        <source>re-running failed jobs needs write access to the repository; %1</source>
        <translation>fehlgeschlagene Jobs neu zu starten braucht Schreibzugriff auf das Repository; %1</translation>
    </message>
    <message>
        <source>GitHub refused to re-run run %1: %2</source>
        <translation>GitHub hat den Neustart von Lauf %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>run %1 is still running; re-run its failed jobs once it has completed</source>
        <translation>Lauf %1 läuft noch; starten Sie seine fehlgeschlagenen Jobs neu, wenn er abgeschlossen ist</translation>
    </message>
    <message>
        <source>Approved from the release console</source>
        <translation>In der Release Console freigegeben</translation>
    </message>
    <message>
        <source>Rejected from the release console</source>
        <translation>In der Release Console abgelehnt</translation>
    </message>
    <message>
        <source>deployment of run %1 approved</source>
        <translation>Deployment von Lauf %1 freigegeben</translation>
    </message>
    <message>
        <source>deployment of run %1 rejected</source>
        <translation>Deployment von Lauf %1 abgelehnt</translation>
    </message>
    <message>
        <source>run %1 has no such deployment waiting for a review (it may have been reviewed already): %2</source>
        <translation>Lauf %1 hat kein solches Deployment, das auf eine Prüfung wartet (vielleicht wurde es schon geprüft): %2</translation>
    </message>
    <message>
        <source>you may not review this deployment: only the environment&apos;s required reviewers can; %1</source>
        <translation>Sie dürfen dieses Deployment nicht prüfen: nur die erforderlichen Prüfer der Umgebung dürfen das; %1</translation>
    </message>
</context>
<context>
    <name>rc::core::SignoffSync</name>
    <message>
        <source>the open sign-off issues of %1</source>
        <translation>die offenen Sign-off-Issues von %1</translation>
    </message>
    <message>
        <source>no GitHub client</source>
        <translation>kein GitHub-Client</translation>
    </message>
    <message>
        <source>more open sign-off issues than %1 pages hold; close the ones of past releases and try again</source>
        <translation>mehr offene Sign-off-Issues, als %1 Seiten fassen; schließen Sie die vergangener Releases und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the repository %1</source>
        <translation>das Repository %1</translation>
    </message>
    <message>
        <source>GitHub dropped the labels (the token needs push access to set them): add the label sign-off-required to #%1 by hand, or the check will not find it</source>
        <translation>GitHub hat die Labels verworfen (das Token braucht Push-Zugriff, um sie zu setzen): fügen Sie das Label sign-off-required von Hand zu #%1 hinzu, sonst findet die Prüfung es nicht</translation>
    </message>
    <message>
        <source>@%1 could not be assigned; the issue mentions them instead</source>
        <translation>@%1 konnte nicht zugewiesen werden; das Issue erwähnt sie stattdessen</translation>
    </message>
    <message>
        <source>not attempted: %1</source>
        <translation>nicht versucht: %1</translation>
    </message>
    <message>
        <source>GitHub did not answer the request to open the issue (%1), and the issues could not be listed to see whether it was opened (%2); run the request again, it never opens a second issue</source>
        <translation>GitHub hat auf die Anfrage zum Öffnen des Issues nicht geantwortet (%1), und die Issues konnten nicht aufgelistet werden, um zu sehen, ob es geöffnet wurde (%2); führen Sie die Anfrage erneut aus, sie öffnet nie ein zweites Issue</translation>
    </message>
    <message>
        <source>GitHub did not answer the request to open the issue (%1) and no issue appeared; run the request again</source>
        <translation>GitHub hat auf die Anfrage zum Öffnen des Issues nicht geantwortet (%1) und es ist kein Issue erschienen; führen Sie die Anfrage erneut aus</translation>
    </message>
    <message>
        <source>GitHub did not answer, but the issue was opened</source>
        <translation>GitHub hat nicht geantwortet, aber das Issue wurde geöffnet</translation>
    </message>
    <message>
        <source>issue #%1</source>
        <translation>Issue #%1</translation>
    </message>
    <message>
        <source>#%1 duplicates #%2 and could not be closed: %3</source>
        <translation>#%1 ist ein Duplikat von #%2 und konnte nicht geschlossen werden: %3</translation>
    </message>
    <message>
        <source>%1 has errors; fix them first: %2</source>
        <translation>%1 enthält Fehler; beheben Sie sie zuerst: %2</translation>
    </message>
    <message>
        <source>it is not a manifest</source>
        <translation>es ist kein Manifest</translation>
    </message>
    <message>
        <source>more than one open sign-off issue (#%1 and %2 more); only #%1 is read</source>
        <translation>mehr als ein offenes Sign-off-Issue (#%1 und %2 weitere); nur #%1 wird gelesen</translation>
    </message>
    <message>
        <source>the comments of #%1 could not be read: %2</source>
        <translation>die Kommentare von #%1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>#%1 has more comments than %2 pages hold; not decided</source>
        <translation>#%1 hat mehr Kommentare, als %2 Seiten fassen; nicht entschieden</translation>
    </message>
    <message>
        <source>the repository permission of @%1</source>
        <translation>die Repository-Berechtigung von @%1</translation>
    </message>
    <message>
        <source>the repository permission of @%1 could not be read, so their command was not counted: %2</source>
        <translation>die Repository-Berechtigung von @%1 konnte nicht gelesen werden, daher wurde der Befehl nicht gezählt: %2</translation>
    </message>
    <message>
        <source>

From %1 on issue #%2 (comment %3): %4</source>
        <translation>

Von %1 in Issue #%2 (Kommentar %3): %4</translation>
    </message>
    <message>
        <source>the note about ignored commands could not be posted on #%1: %2</source>
        <translation>der Hinweis zu ignorierten Befehlen konnte nicht in #%1 gepostet werden: %2</translation>
    </message>
    <message>
        <source>#%1 could not be closed: %2; the sign-off is recorded, close the issue by hand</source>
        <translation>#%1 konnte nicht geschlossen werden: %2; das Sign-off ist erfasst, schließen Sie das Issue von Hand</translation>
    </message>
</context>
<context>
    <name>rc::core::SlackNotifier</name>
    <message>
        <source>Release Console stopped while waiting for Slack&apos;s answer; Slack may have posted it</source>
        <translation>Release Console wurde beendet, während sie auf Slacks Antwort wartete; Slack hat sie vielleicht gepostet</translation>
    </message>
    <message>
        <source>the program sending it stopped before Slack answered; Slack may have posted it</source>
        <translation>das sendende Programm wurde beendet, bevor Slack antwortete; Slack hat sie vielleicht gepostet</translation>
    </message>
    <message>
        <source>no webhook URL for %1: set one in Settings → Slack… or in %2 (or %3 for every channel)</source>
        <translation>keine Webhook-URL für %1: setzen Sie eine unter Einstellungen → Slack… oder in %2 (oder %3 für jeden Kanal)</translation>
    </message>
    <message>
        <source>rate_limited: Slack asked to wait %1 s (HTTP 429)</source>
        <translation>rate_limited: Slack bat, %1 s zu warten (HTTP 429)</translation>
    </message>
    <message>
        <source>%1 (HTTP %2 from %3); trying again in %4 s</source>
        <translation>%1 (HTTP %2 von %3); neuer Versuch in %4 s</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>%1 (HTTP %2 from %3)</source>
        <translation>%1 (HTTP %2 von %3)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>%1; trying again in %2 s</source>
        <translation>%1; neuer Versuch in %2 s</translation>
    </message>
    <message>
        <source>%1 after the message was sent; Slack may have posted it, so it is not sent again unless you resend it</source>
        <translation>%1, nachdem die Nachricht gesendet wurde; Slack hat sie vielleicht gepostet, daher wird sie nicht erneut gesendet, außer Sie senden sie neu</translation>
    </message>
    <message>
        <source>posted, but %1</source>
        <translation>gepostet, aber %1</translation>
    </message>
    <message>
        <source>This message is being sent right now.</source>
        <translation>Diese Nachricht wird gerade gesendet.</translation>
    </message>
    <message>
        <source>There is no message %1 in the outbox; it may have been sent meanwhile.</source>
        <translation>Es gibt keine Nachricht %1 im Postausgang; sie wurde vielleicht inzwischen gesendet.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>waiting to retry</source>
        <translation>wartet auf neuen Versuch</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>unbestätigt</translation>
    </message>
    <message>
        <source>%1 %2 to %3</source>
        <translation>%1 %2 an %3</translation>
    </message>
    <message>
        <source> (urgent)</source>
        <translation> (dringend)</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>%1 hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>%1 was not found (no network, or DNS cannot resolve it)</source>
        <translation>%1 wurde nicht gefunden (kein Netzwerk, oder DNS kann den Namen nicht auflösen)</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed (check the system&apos;s certificates and the clock)</source>
        <translation>der TLS-Handshake mit %1 ist fehlgeschlagen (prüfen Sie die Zertifikate des Systems und die Uhr)</translation>
    </message>
    <message>
        <source>the proxy to %1 refused the request</source>
        <translation>der Proxy zu %1 hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>the connection to %1 failed (network error %2)</source>
        <translation>die Verbindung zu %1 ist fehlgeschlagen (Netzwerkfehler %2)</translation>
    </message>
</context>
<context>
    <name>rc::core::SlackOutbox</name>
    <message>
        <source>Cannot create the Slack outbox folder. Check the permissions of the folder above it.</source>
        <translation>Der Ordner für den Slack-Postausgang kann nicht erstellt werden. Prüfen Sie die Berechtigungen des übergeordneten Ordners.</translation>
    </message>
    <message>
        <source>Cannot write to the Slack outbox: %1</source>
        <translation>In den Slack-Postausgang kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot save a message in the Slack outbox: %1</source>
        <translation>Eine Nachricht kann nicht im Slack-Postausgang gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot remove a sent message from the Slack outbox: %1</source>
        <translation>Eine gesendete Nachricht kann nicht aus dem Slack-Postausgang entfernt werden: %1</translation>
    </message>
    <message>
        <source>Cannot read this outbox message: %1</source>
        <translation>Diese Nachricht im Postausgang kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This outbox message is damaged and is left alone; move it away to silence this.</source>
        <translation>Diese Nachricht im Postausgang ist beschädigt und wird in Ruhe gelassen; verschieben Sie sie, um diesen Hinweis abzustellen.</translation>
    </message>
</context>
<context>
    <name>rc::core::SlackWebhooks</name>
    <message>
        <source>The Slack webhook URL is empty. Paste the URL of an incoming webhook (Slack → Apps → Incoming Webhooks).</source>
        <translation>Die Slack-Webhook-URL ist leer. Fügen Sie die URL eines Incoming Webhooks ein (Slack → Apps → Incoming Webhooks).</translation>
    </message>
    <message>
        <source>The Slack webhook URL is not a valid URL. Paste the whole URL of an incoming webhook, starting with https://.</source>
        <translation>Die Slack-Webhook-URL ist keine gültige URL. Fügen Sie die ganze URL eines Incoming Webhooks ein, beginnend mit https://.</translation>
    </message>
    <message>
        <source>The Slack webhook URL for %1 is not https: a webhook URL is a secret and is only sent encrypted. Use the https:// URL Slack gives you.</source>
        <translation>Die Slack-Webhook-URL für %1 ist nicht https: eine Webhook-URL ist geheim und wird nur verschlüsselt gesendet. Verwenden Sie die https://-URL, die Slack Ihnen gibt.</translation>
    </message>
    <message>
        <source>The Slack webhook URL for %1 is not an https URL. Use the https:// URL Slack gives you.</source>
        <translation>Die Slack-Webhook-URL für %1 ist keine https-URL. Verwenden Sie die https://-URL, die Slack Ihnen gibt.</translation>
    </message>
    <message>
        <source>The Slack webhook URL for %1 carries a user name or password; Slack&apos;s URLs never do. Paste the URL Slack gives you.</source>
        <translation>Die Slack-Webhook-URL für %1 enthält einen Benutzernamen oder ein Passwort; die URLs von Slack nie. Fügen Sie die URL ein, die Slack Ihnen gibt.</translation>
    </message>
    <message>
        <source>The Slack webhook URL for %1 has no path; an incoming webhook&apos;s URL ends in /services/…. Paste the whole URL.</source>
        <translation>Die Slack-Webhook-URL für %1 hat keinen Pfad; die URL eines Incoming Webhooks endet auf /services/…. Fügen Sie die ganze URL ein.</translation>
    </message>
    <message>
        <source>(no host)</source>
        <translation>(kein Host)</translation>
    </message>
    <message>
        <source>the keychain entry %1/%2</source>
        <translation>der Schlüsselbund-Eintrag %1/%2</translation>
    </message>
    <message>
        <source>%1 holds no usable webhook URL: %2</source>
        <translation>%1 enthält keine verwendbare Webhook-URL: %2</translation>
    </message>
    <message>
        <source>There is no %1</source>
        <translation>%1 gibt es nicht</translation>
    </message>
    <message>
        <source>%1: access was denied. Unlock the keychain and allow Release Console to use it.</source>
        <translation>%1: Zugriff verweigert. Entsperren Sie den Schlüsselbund und erlauben Sie Release Console den Zugriff.</translation>
    </message>
    <message>
        <source>No keychain service is running: Slack webhook URLs cannot be stored. Start a keychain service, or set RC_SLACK_WEBHOOK_URL in the environment.</source>
        <translation>Es läuft kein Schlüsselbund-Dienst: Slack-Webhook-URLs können nicht gespeichert werden. Starten Sie einen Schlüsselbund-Dienst oder setzen Sie RC_SLACK_WEBHOOK_URL in der Umgebung.</translation>
    </message>
    <message>
        <source>The keychain could not use %1 (%2). Check that a keychain service runs and is unlocked, or set RC_SLACK_WEBHOOK_URL in the environment.</source>
        <translation>Der Schlüsselbund konnte %1 nicht verwenden (%2). Prüfen Sie, ob ein Schlüsselbund-Dienst läuft und entsperrt ist, oder setzen Sie RC_SLACK_WEBHOOK_URL in der Umgebung.</translation>
    </message>
</context>
<context>
    <name>rc::core::Tags</name>
    <message>
        <source>no repository is open; open a clone first</source>
        <translation>kein Repository geöffnet; öffnen Sie zuerst einen Klon</translation>
    </message>
    <message>
        <source>revision %1 does not exist in this clone; give a branch, tag or commit that git log shows (fetch first if it is on the remote)</source>
        <translation>Revision %1 gibt es in diesem Klon nicht; geben Sie einen Branch, ein Tag oder einen Commit an, den git log zeigt (zuerst fetchen, wenn er auf dem Remote liegt)</translation>
    </message>
    <message>
        <source>revision %1 does not name a commit; give a branch, tag or commit</source>
        <translation>Revision %1 bezeichnet keinen Commit; geben Sie einen Branch, ein Tag oder einen Commit an</translation>
    </message>
    <message>
        <source>no tag is reachable from %1</source>
        <translation>von %1 aus ist kein Tag erreichbar</translation>
    </message>
    <message>
        <source>no tag reachable from %1 matches %2</source>
        <translation>kein von %1 erreichbares Tag passt zu %2</translation>
    </message>
    <message>
        <source>; create one with git tag, or pass --since</source>
        <translation>; erstellen Sie eines mit git tag oder geben Sie --since an</translation>
    </message>
    <message>
        <source>the tags reachable from %1 could not be read: %2</source>
        <translation>die von %1 erreichbaren Tags konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the nearest tag of %1 could not be named: %2</source>
        <translation>das nächste Tag von %1 konnte nicht bestimmt werden: %2</translation>
    </message>
</context>
<context>
    <name>rc::core::TokenStore</name>
    <message>
        <source>the keychain entry %1/%2</source>
        <translation>der Schlüsselbund-Eintrag %1/%2</translation>
    </message>
    <message>
        <source>No keychain service is running (GNOME Keyring, KWallet or another Secret Service provider): the token cannot be stored. Set GH_TOKEN in the environment that starts Release Console, or start a keychain service.</source>
        <translation>Es läuft kein Schlüsselbund-Dienst (GNOME Keyring, KWallet oder ein anderer Secret-Service-Anbieter): das Token kann nicht gespeichert werden. Setzen Sie GH_TOKEN in der Umgebung, die Release Console startet, oder starten Sie einen Schlüsselbund-Dienst.</translation>
    </message>
    <message>
        <source>The keychain could not read %1</source>
        <translation>Der Schlüsselbund konnte %1 nicht lesen</translation>
    </message>
    <message>
        <source>The keychain could not store the token in %1</source>
        <translation>Der Schlüsselbund konnte das Token nicht in %1 speichern</translation>
    </message>
    <message>
        <source>The keychain could not delete %1</source>
        <translation>Der Schlüsselbund konnte %1 nicht löschen</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>There is no %1</source>
        <translation>%1 gibt es nicht</translation>
    </message>
    <message>
        <source>%1: access was denied (%2). Unlock the keychain and allow Release Console to use it, or set GH_TOKEN in the environment that starts Release Console.</source>
        <translation>%1: Zugriff verweigert (%2). Entsperren Sie den Schlüsselbund und erlauben Sie Release Console den Zugriff, oder setzen Sie GH_TOKEN in der Umgebung, die Release Console startet.</translation>
    </message>
    <message>
        <source>%1: %2. Check that the keychain is unlocked and try again.</source>
        <translation>%1: %2. Prüfen Sie, ob der Schlüsselbund entsperrt ist, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>rc::core::WorkflowFile</name>
    <message>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>text (&quot;%1&quot;)</source>
        <translation>Text („%1“)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2</source>
        <translation>%1 muss true oder false sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 must be a mapping (description, required, type, ...), not %2</source>
        <translation>%1 muss ein Mapping sein (description, required, type, ...), nicht %2</translation>
    </message>
    <message>
        <source>%1.type must be text, not %2</source>
        <translation>%1.type muss Text sein, nicht %2</translation>
    </message>
    <message>
        <source>%1.type &quot;%2&quot; is not one of %3</source>
        <translation>%1.type „%2“ ist keiner von %3</translation>
    </message>
    <message>
        <source>%1.options must be a list, not %2</source>
        <translation>%1.options muss eine Liste sein, nicht %2</translation>
    </message>
    <message>
        <source>each of %1.options must be text, not %2</source>
        <translation>jeder Eintrag von %1.options muss Text sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 is a choice without options; add an options: list</source>
        <translation>%1 ist eine Auswahl ohne Optionen; ergänzen Sie eine options:-Liste</translation>
    </message>
    <message>
        <source>%1.default must be text, not %2</source>
        <translation>%1.default muss Text sein, nicht %2</translation>
    </message>
    <message>
        <source>the console cannot identify runs on servers that do not return run details: add input correlation_id and put ${{ inputs.correlation_id }} in run-name (docs/cli.md#workflow-requirements)</source>
        <translation>die Konsole kann Läufe auf Servern, die keine Laufdetails zurückgeben, nicht erkennen: ergänzen Sie die Eingabe correlation_id und setzen Sie ${{ inputs.correlation_id }} in run-name (docs/cli.md#workflow-requirements)</translation>
    </message>
    <message>
        <source>the workflow &quot;%1&quot; is not a file name such as release-train.yml, so the console cannot read its inputs from the clone; set github.workflow in .release-console.yaml to the file&apos;s name</source>
        <translation>der Workflow „%1“ ist kein Dateiname wie release-train.yml, daher kann die Konsole seine Eingaben nicht aus dem Klon lesen; setzen Sie github.workflow in .release-console.yaml auf den Namen der Datei</translation>
    </message>
    <message>
        <source>collections are nested deeper than %1 levels; a workflow file nests a few levels at most</source>
        <translation>Sammlungen sind tiefer als %1 Ebenen verschachtelt; eine Workflow-Datei verschachtelt höchstens wenige Ebenen</translation>
    </message>
    <message>
        <source>YAML syntax error: %1; check the indentation and quoting here</source>
        <translation>YAML-Syntaxfehler: %1; prüfen Sie hier Einrückung und Anführungszeichen</translation>
    </message>
    <message>
        <source>the file could not be read as YAML: %1</source>
        <translation>die Datei konnte nicht als YAML gelesen werden: %1</translation>
    </message>
    <message>
        <source>a workflow file is a mapping with name, on and jobs, not %1</source>
        <translation>eine Workflow-Datei ist ein Mapping mit name, on und jobs, nicht %1</translation>
    </message>
    <message>
        <source>run-name must be text, not %1</source>
        <translation>run-name muss Text sein, nicht %1</translation>
    </message>
    <message>
        <source>the workflow has no on: triggers; add on: workflow_dispatch with its inputs</source>
        <translation>der Workflow hat keine on:-Trigger; ergänzen Sie on: workflow_dispatch mit seinen Eingaben</translation>
    </message>
    <message>
        <source>the workflow cannot be dispatched: its on: triggers lack workflow_dispatch; add workflow_dispatch with inputs release_id, action, dry_run and correlation_id</source>
        <translation>der Workflow kann nicht gestartet werden: seinen on:-Triggern fehlt workflow_dispatch; ergänzen Sie workflow_dispatch mit den Eingaben release_id, action, dry_run und correlation_id</translation>
    </message>
    <message>
        <source>workflow_dispatch must be a mapping with inputs:, not %1</source>
        <translation>workflow_dispatch muss ein Mapping mit inputs: sein, nicht %1</translation>
    </message>
    <message>
        <source>workflow_dispatch.inputs must be a mapping of input names, not %1</source>
        <translation>workflow_dispatch.inputs muss ein Mapping von Eingabenamen sein, nicht %1</translation>
    </message>
    <message>
        <source>input names must be plain names, not %1</source>
        <translation>Eingabenamen müssen einfache Namen sein, nicht %1</translation>
    </message>
    <message>
        <source>the workflow could not be read: %1</source>
        <translation>der Workflow konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the workflow file %1 does not exist in the clone; check github.workflow in .release-console.yaml (now &quot;%2&quot;) or pull the branch that has the workflow</source>
        <translation>die Workflow-Datei %1 existiert nicht im Klon; prüfen Sie github.workflow in .release-console.yaml (derzeit „%2“) oder pullen Sie den Branch mit dem Workflow</translation>
    </message>
    <message>
        <source>the workflow file could not be read: %1</source>
        <translation>die Workflow-Datei konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>rc::core::Workspace</name>
    <message>
        <source>cannot read the file: %1; check that it is readable</source>
        <translation>die Datei kann nicht gelesen werden: %1; prüfen Sie, ob sie lesbar ist</translation>
    </message>
    <message>
        <source>release id %1 is used by %2 files: %3; give each release its own id</source>
        <translation>die Release-ID %1 wird von %2 Dateien verwendet: %3; geben Sie jedem Release eine eigene ID</translation>
    </message>
    <message>
        <source>release id %1 is used by several files (%2); pass the file path instead</source>
        <translation>die Release-ID %1 wird von mehreren Dateien verwendet (%2); geben Sie stattdessen den Dateipfad an</translation>
    </message>
    <message>
        <source>no release %1: there are no manifests under %2/releases; create one first</source>
        <translation>kein Release %1: unter %2/releases gibt es keine Manifeste; erstellen Sie zuerst eines</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>no release %1 in %2; known ids: %3; give a release id or a manifest path</source>
        <translation>kein Release %1 in %2; bekannte IDs: %3; geben Sie eine Release-ID oder einen Manifest-Pfad an</translation>
    </message>
</context>
<context>
    <name>rc::models::ApprovalModel</name>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Waiting for %1</source>
        <translation>Wartet auf %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Freigebende(r)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Entschieden am</translation>
    </message>
    <message>
        <source>%1 is not an approval status.</source>
        <translation>%1 ist kein Freigabestatus.</translation>
    </message>
    <message>
        <source>Rejecting the %1 approval needs a reason.</source>
        <translation>Das Ablehnen der Freigabe %1 braucht eine Begründung.</translation>
    </message>
    <message>
        <source>There is no approval in row %1.</source>
        <translation>In Zeile %1 gibt es keine Freigabe.</translation>
    </message>
</context>
<context>
    <name>rc::models::ChecklistModel</name>
    <message>
        <source>Required before the release can deploy</source>
        <translation>Erforderlich, bevor das Release ausgerollt werden kann</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Completed by</source>
        <translation>Erledigt von</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>A checklist item is either done or not; %1 is neither.</source>
        <translation>Ein Checklistenpunkt ist entweder erledigt oder nicht; %1 ist keines von beiden.</translation>
    </message>
    <message>
        <source>There is no checklist item in row %1.</source>
        <translation>In Zeile %1 gibt es keinen Checklistenpunkt.</translation>
    </message>
    <message>
        <source>%1 · overdue since %2</source>
        <translation>%1 · überfällig seit %2</translation>
    </message>
    <message>
        <source>%1 · due now, by %2</source>
        <translation>%1 · jetzt fällig, bis %2</translation>
    </message>
    <message>
        <source>%1 · from %2</source>
        <translation>%1 · ab %2</translation>
    </message>
    <message>
        <source>%1 · done</source>
        <translation>%1 · erledigt</translation>
    </message>
    <message>
        <source>Opens %1, overdue from %2 (%3 relative to the scheduled start)</source>
        <translation>Öffnet %1, überfällig ab %2 (%3 relativ zum geplanten Start)</translation>
    </message>
    <message>
        <source>Sign-off checklist of the role %1</source>
        <translation>Sign-off-Checkliste der Rolle %1</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Pre-release</source>
        <translation>Vor dem Release</translation>
    </message>
    <message>
        <source>Release day</source>
        <translation>Tag des Releases</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>rc::models::CommitFilterProxy</name>
    <message>
        <source>%1 — %2 of %3 shown</source>
        <translation>%1 — %2 von %3 angezeigt</translation>
    </message>
    <message>
        <source>other (no component)</source>
        <translation>sonstige (keine Komponente)</translation>
    </message>
</context>
<context>
    <name>rc::models::CommitModel</name>
    <message>
        <source>other (no component)</source>
        <translation>sonstige (keine Komponente)</translation>
    </message>
    <message>
        <source>%1 — no changes</source>
        <translation>%1 — keine Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n commit(s)</source>
        <translation>
            <numerusform>%1 — %n Commit</numerusform>
            <numerusform>%1 — %n Commits</numerusform>
        </translation>
    </message>
    <message>
        <source>Commits since %1 that change no component&apos;s paths</source>
        <translation>Commits seit %1, die keine Pfade einer Komponente ändern</translation>
    </message>
    <message>
        <source>the first commit</source>
        <translation>dem ersten Commit</translation>
    </message>
    <message>
        <source>every commit (no tag reachable)</source>
        <translation>alle Commits (kein Tag erreichbar)</translation>
    </message>
    <message>
        <source>commits since %1</source>
        <translation>Commits seit %1</translation>
    </message>
    <message>
        <source>%1: %2
Paths: %3</source>
        <translation>%1: %2
Pfade: %3</translation>
    </message>
    <message>
        <source>Breaking change: the next version of %1 is a major one</source>
        <translation>Breaking Change: die nächste Version von %1 ist eine Major-Version</translation>
    </message>
    <message>
        <source>Not a conventional commit</source>
        <translation>Kein Conventional Commit</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>SHA</source>
        <translation>SHA</translation>
    </message>
</context>
<context>
    <name>rc::models::ComponentModel</name>
    <message>
        <source>%1 moves from %2 to %3</source>
        <translation>%1 geht von %2 auf %3</translation>
    </message>
    <message>
        <source>Approved by %1 at %2</source>
        <translation>Freigegeben von %1 am %2</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Freigegeben von %1</translation>
    </message>
    <message>
        <source>Rejected by %1 at %2</source>
        <translation>Abgelehnt von %1 am %2</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Rejected by %1</source>
        <translation>Abgelehnt von %1</translation>
    </message>
    <message>
        <source>Waiting for %1 (team lead of %2)</source>
        <translation>Wartet auf %1 (Teamleitung von %2)</translation>
    </message>
    <message>
        <source>Waiting for a sign-off</source>
        <translation>Wartet auf ein Sign-off</translation>
    </message>
    <message>
        <source>Waiting for %1</source>
        <translation>Wartet auf %1</translation>
    </message>
    <message>
        <source>No sign-off needed for this release</source>
        <translation>Für dieses Release ist kein Sign-off nötig</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Keine Änderungen</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>%1 is not a sign-off value.</source>
        <translation>%1 ist kein Sign-off-Wert.</translation>
    </message>
    <message>
        <source>Rejecting %1 needs a reason.</source>
        <translation>Das Ablehnen von %1 braucht eine Begründung.</translation>
    </message>
    <message>
        <source>There is no component in row %1.</source>
        <translation>In Zeile %1 gibt es keine Komponente.</translation>
    </message>
</context>
<context>
    <name>rc::models::DocumentTableModel</name>
    <message>
        <source>No release is open: open a manifest before editing it.</source>
        <translation>Kein Release geöffnet: öffnen Sie ein Manifest, bevor Sie es bearbeiten.</translation>
    </message>
</context>
<context>
    <name>rc::models::HistoryModel</name>
    <message>
        <source>Regular</source>
        <translation>Regulär</translation>
    </message>
    <message>
        <source>Hotfix</source>
        <translation>Hotfix</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 (not stated)</source>
        <translation>%1 (nicht angegeben)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>validation.staging_deployed_at as the manifest records it. Manifests do not record when a release reached production; its status says whether it did.</source>
        <translation>validation.staging_deployed_at, wie es im Manifest steht. Manifeste erfassen nicht, wann ein Release in Produktion ging; sein Status sagt, ob es das tat.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>On staging</source>
        <translation>Auf Staging</translation>
    </message>
    <message>
        <source>Release manager</source>
        <translation>Release-Manager</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Sign-offs</translation>
    </message>
</context>
<context>
    <name>rc::models::ReleaseDocument</name>
    <message>
        <source>No release is open to reload.</source>
        <translation>Kein Release zum Neuladen geöffnet.</translation>
    </message>
    <message>
        <source>No release is open: open a manifest before editing it.</source>
        <translation>Kein Release geöffnet: öffnen Sie ein Manifest, bevor Sie es bearbeiten.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>%1 cannot be edited while it has errors; fix them in the file first (%2).</source>
        <translation>%1 kann nicht bearbeitet werden, solange es Fehler enthält; beheben Sie sie zuerst in der Datei (%2).</translation>
    </message>
    <message>
        <source>No user to record for this decision: set your handle in the settings or with `git config releaseconsole.user @you`.</source>
        <translation>Kein Benutzer für diese Entscheidung: setzen Sie Ihr Handle in den Einstellungen oder mit `git config releaseconsole.user @sie`.</translation>
    </message>
    <message>
        <source>The edit was saved but not committed: %1</source>
        <translation>Die Änderung wurde gespeichert, aber nicht committet: %1</translation>
    </message>
</context>
<context>
    <name>rc::models::ReleaseListModel</name>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Ready to deploy</source>
        <translation>Bereit zum Ausrollen</translation>
    </message>
    <message>
        <source>Blocked:
%1</source>
        <translation>Blockiert:
%1</translation>
    </message>
    <message>
        <source>%1 of %2 component sign-offs received</source>
        <translation>%1 von %2 Komponenten-Sign-offs erhalten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Release manager</source>
        <translation>Release-Manager</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Sign-offs</translation>
    </message>
</context>
<context>
    <name>rc::models::RunModel</name>
    <message>
        <source>Job / step</source>
        <translation>Job / Schritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>rc::models::RunPresentation</name>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Action required</source>
        <translation>Aktion erforderlich</translation>
    </message>
    <message>
        <source>Startup failure</source>
        <translation>Startfehler</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
</context>
<context>
    <name>rc::models::StatusPresentation</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Freigabe ausstehend</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>Wird ausgerollt</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Ausgerollt</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>rc::models::ValidationModel</name>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>rc::ui::AboutDialog</name>
    <message>
        <source>About Release Console</source>
        <translation>Über Release Console</translation>
    </message>
    <message>
        <source>Release Console icon</source>
        <translation>Symbol von Release Console</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Release Console %1&lt;/h2&gt;&lt;p&gt;Release trains, sign-offs, approvals, readiness and deployment for a git clone.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Release Console %1&lt;/h2&gt;&lt;p&gt;Release-Züge, Sign-offs, Freigaben, Bereitschaft und Deployment für einen Git-Klon.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>&amp;Versionen:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>The console&apos;s version and the versions of the libraries it uses</source>
        <translation>Die Version der Konsole und die Versionen der verwendeten Bibliotheken</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy these versions as text, for a bug report</source>
        <translation>Diese Versionen als Text kopieren, für einen Fehlerbericht</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Release Console</source>
        <translation>Release Console</translation>
    </message>
    <message>
        <source>Qt (built with)</source>
        <translation>Qt (gebaut mit)</translation>
    </message>
    <message>
        <source>Qt (running)</source>
        <translation>Qt (laufend)</translation>
    </message>
    <message>
        <source>libgit2</source>
        <translation>libgit2</translation>
    </message>
    <message>
        <source>yaml-cpp</source>
        <translation>yaml-cpp</translation>
    </message>
    <message>
        <source>QtKeychain</source>
        <translation>QtKeychain</translation>
    </message>
    <message>
        <source>YAML highlighting</source>
        <translation>YAML-Hervorhebung</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>&amp;Kopiert</translation>
    </message>
</context>
<context>
    <name>rc::ui::Appearance</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>rc::ui::BreakGlassDialog</name>
    <message>
        <source>Break Glass for %1</source>
        <translation>Notfall-Ausnahme für %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deploy %1 outside its release window&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 außerhalb seines Release-Zeitfensters ausrollen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The release is inside its window now; the override is recorded for later.</source>
        <translation>Das Release ist jetzt in seinem Zeitfenster; die Ausnahme wird für später erfasst.</translation>
    </message>
    <message>
        <source>Blocked now: %1</source>
        <translation>Jetzt blockiert: %1</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Begründung für die Ausnahme</translation>
    </message>
    <message>
        <source>Why this cannot wait (required), e.g. payment outage fix</source>
        <translation>Warum das nicht warten kann (erforderlich), z. B. Korrektur eines Zahlungsausfalls</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Release id, typed to confirm</source>
        <translation>Release-ID, zur Bestätigung eingetippt</translation>
    </message>
    <message>
        <source>Type %1 to &amp;confirm:</source>
        <translation>Zur Bestätigung %1 &amp;eingeben:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Break Glass</source>
        <translation>Notfall-Ausnahme</translation>
    </message>
    <message>
        <source>a reason</source>
        <translation>eine Begründung</translation>
    </message>
    <message>
        <source>the release id typed exactly</source>
        <translation>die genau eingetippte Release-ID</translation>
    </message>
    <message>
        <source>The override is saved in the manifest and committed.</source>
        <translation>Die Ausnahme ist im Manifest gespeichert und committet.</translation>
    </message>
    <message>
        <source>Needs %1.</source>
        <translation>Es fehlt %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>The override lifts only the window and freeze blockers, until %1. Sign-offs, approvals, the checklist and validation still apply. It is recorded in the manifest with your name, the time and the reason, and committed.</source>
        <translation>Die Ausnahme hebt nur die Hindernisse durch Zeitfenster und Sperrzeiten auf, bis %1. Sign-offs, Freigaben, Checkliste und Validierung gelten weiterhin. Sie wird mit Ihrem Namen, der Zeit und der Begründung im Manifest erfasst und committet.</translation>
    </message>
</context>
<context>
    <name>rc::ui::CalendarView</name>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Vorheriger Monat (Bild auf)</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Nächster Monat (Bild ab)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Show this month (Home)</source>
        <translation>Diesen Monat zeigen (Pos1)</translation>
    </message>
    <message>
        <source>Release window</source>
        <translation>Release-Zeitfenster</translation>
    </message>
    <message>
        <source>A line per release window on the day: the train and its hours in the rules&apos; time zone</source>
        <translation>Eine Zeile je Release-Zeitfenster am Tag: der Zug und seine Stunden in der Zeitzone der Regeln</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Sperrzeit</translation>
    </message>
    <message>
        <source>A tinted day is inside a freeze: the release types it names do not deploy</source>
        <translation>Ein getönter Tag liegt in einer Sperrzeit: die genannten Release-Typen werden nicht ausgerollt</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>ISO week %1</source>
        <translation>ISO-Woche %1</translation>
    </message>
    <message>
        <source>%1 · today</source>
        <translation>%1 · heute</translation>
    </message>
    <message>
        <source>Freeze: %1</source>
        <translation>Sperrzeit: %1</translation>
    </message>
    <message>
        <source>Freeze %1 until %2 (%3); holds %4</source>
        <translation>Sperrzeit %1 bis %2 (%3); blockiert %4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 release window %2 (%3)</source>
        <translation>%1 Release-Zeitfenster %2 (%3)</translation>
    </message>
    <message>
        <source>%1 release · %2</source>
        <translation>%1 Release · %2</translation>
    </message>
    <message>
        <source>Scheduled %1</source>
        <translation>Geplant %1</translation>
    </message>
    <message>
        <source>Release manager %1</source>
        <translation>Release-Manager %1</translation>
    </message>
    <message>
        <source>Click to open</source>
        <translation>Zum Öffnen klicken</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) scheduled this month.</source>
        <translation>
            <numerusform>%n Release in diesem Monat geplant.</numerusform>
            <numerusform>%n Releases in diesem Monat geplant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) without a schedule are not shown (see History).</source>
        <translation>
            <numerusform>%n Release ohne Zeitplan wird nicht angezeigt (siehe Verlauf).</numerusform>
            <numerusform>%n Releases ohne Zeitplan werden nicht angezeigt (siehe Verlauf).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nearest: %1 on %2.</source>
        <translation>Nächstes: %1 am %2.</translation>
    </message>
    <message>
        <source>Release calendar</source>
        <translation>Release-Kalender</translation>
    </message>
    <message>
        <source>A month of releases, release windows and freezes; Page Up and Page Down change the month, Home shows this month</source>
        <translation>Ein Monat mit Releases, Release-Zeitfenstern und Sperrzeiten; Bild auf und Bild ab wechseln den Monat, Pos1 zeigt diesen Monat</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Tage des Monats</translation>
    </message>
</context>
<context>
    <name>rc::ui::ChangesTab</name>
    <message>
        <source>%1; showing the whole history</source>
        <translation>%1; die ganze Historie wird angezeigt</translation>
    </message>
    <message>
        <source>Filter commits by text, sha, author or component…</source>
        <translation>Commits nach Text, SHA, Autor oder Komponente filtern…</translation>
    </message>
    <message>
        <source>Reading history…</source>
        <translation>Lese Historie…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the clone&apos;s history again</source>
        <translation>Die Historie des Klons neu einlesen</translation>
    </message>
    <message>
        <source>Select a commit to see its full message and the files it changed.</source>
        <translation>Einen Commit wählen, um seine ganze Nachricht und die geänderten Dateien zu sehen.</translation>
    </message>
    <message>
        <source>No release is open.</source>
        <translation>Kein Release geöffnet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The changes cannot be read:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Die Änderungen können nicht gelesen werden:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>the first commit</source>
        <translation>dem ersten Commit</translation>
    </message>
    <message>
        <source>tag &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Tag &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>each component&apos;s last release tag (hover a component)</source>
        <translation>das letzte Release-Tag jeder Komponente (mit der Maus über eine Komponente fahren)</translation>
    </message>
    <message>
        <source>Commits on HEAD (%1) since %2, per component: what the next release takes. The same for every release of this clone; a deployed release&apos;s own changes are on its Components tab.</source>
        <translation>Commits auf HEAD (%1) seit %2, je Komponente: was das nächste Release mitnimmt. Gleich für jedes Release dieses Klons; die eigenen Änderungen eines ausgerollten Releases stehen in seinem Reiter Komponenten.</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s).</source>
        <translation>
            <numerusform>%n Commit.</numerusform>
            <numerusform>%n Commits.</numerusform>
        </translation>
    </message>
    <message>
        <source>All commits</source>
        <translation>Alle Commits</translation>
    </message>
    <message>
        <source>Breaking changes</source>
        <translation>Breaking Changes</translation>
    </message>
    <message>
        <source>Not conventional</source>
        <translation>Nicht konventionell</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Paths: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Pfade: %2</translation>
    </message>
    <message>
        <source>%1 &amp;lt;%2&amp;gt; · %3</source>
        <translation>%1 &amp;lt;%2&amp;gt; · %3</translation>
    </message>
    <message>
        <source>the empty tree (first commit)</source>
        <translation>der leere Baum (erster Commit)</translation>
    </message>
    <message>
        <source>its first parent %1</source>
        <translation>sein erster Eltern-Commit %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed, compared with %1</source>
        <translation>
            <numerusform>%n Datei geändert, verglichen mit %1</numerusform>
            <numerusform>%n Dateien geändert, verglichen mit %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Files in bold belong to the selected component.</source>
        <translation>Fett gedruckte Dateien gehören zur gewählten Komponente.</translation>
    </message>
    <message>
        <source>Filter commits</source>
        <translation>Commits filtern</translation>
    </message>
    <message>
        <source>Shows only the commits whose subject, sha, author or component contains this text</source>
        <translation>Zeigt nur die Commits, deren Betreff, SHA, Autor oder Komponente diesen Text enthält</translation>
    </message>
    <message>
        <source>Kind of commit</source>
        <translation>Art des Commits</translation>
    </message>
    <message>
        <source>Shows all commits, only breaking changes, one conventional type or the commits that follow no convention</source>
        <translation>Zeigt alle Commits, nur Breaking Changes, einen Conventional-Commit-Typ oder die Commits, die keiner Konvention folgen</translation>
    </message>
    <message>
        <source>Commits per component</source>
        <translation>Commits je Komponente</translation>
    </message>
    <message>
        <source>Each component with the commits since its last release tag; select a commit to read its message and files below</source>
        <translation>Jede Komponente mit den Commits seit ihrem letzten Release-Tag; wählen Sie einen Commit, um darunter seine Nachricht und seine Dateien zu lesen</translation>
    </message>
    <message>
        <source>Commit details</source>
        <translation>Commit-Details</translation>
    </message>
    <message>
        <source>The selected commit&apos;s full message and the files it changed</source>
        <translation>Die ganze Nachricht des gewählten Commits und die Dateien, die er geändert hat</translation>
    </message>
    <message>
        <source>&lt;b&gt;The commit cannot be read:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Commit kann nicht gelesen werden:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::DeployController</name>
    <message>
        <source>rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>deploy</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>The GitHub connection changed while dispatching %1; look at the runs of the release before dispatching again.</source>
        <translation>Die GitHub-Verbindung hat sich während des Starts von %1 geändert; sehen Sie sich die Läufe des Releases an, bevor Sie erneut starten.</translation>
    </message>
    <message>
        <source>GitHub is not set up for this clone.</source>
        <translation>GitHub ist für diesen Klon nicht eingerichtet.</translation>
    </message>
    <message>
        <source>%1 run %2 of %3 is in progress: %4</source>
        <translation>%1-Lauf %2 von %3 läuft: %4</translation>
    </message>
    <message>
        <source>a %1 of %2 is being dispatched</source>
        <translation>ein %1 von %2 wird gestartet</translation>
    </message>
    <message>
        <source>run %1 for %2 is %3 (started on GitHub or from another machine): wait for it or cancel it: %4</source>
        <translation>Lauf %1 für %2 ist %3 (auf GitHub oder von einem anderen Rechner gestartet): warten Sie darauf oder brechen Sie ihn ab: %4</translation>
    </message>
    <message>
        <source>checking GitHub for runs of %1 in flight</source>
        <translation>prüfe GitHub auf laufende Läufe von %1</translation>
    </message>
    <message>
        <source>No release is open.</source>
        <translation>Kein Release geöffnet.</translation>
    </message>
    <message>
        <source>%1 has errors; fix them first.</source>
        <translation>%1 enthält Fehler; beheben Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Deploy %1 through the release workflow</source>
        <translation>%1 über den Release-Workflow ausrollen</translation>
    </message>
    <message>
        <source>Roll %1 back through the release workflow</source>
        <translation>%1 über den Release-Workflow zurückrollen</translation>
    </message>
    <message>
        <source>Cannot deploy %1: %2</source>
        <translation>%1 kann nicht ausgerollt werden: %2</translation>
    </message>
    <message>
        <source>%1 changed while the dialog was open; check it and deploy again.</source>
        <translation>%1 wurde geändert, während der Dialog offen war; prüfen Sie es und rollen Sie erneut aus.</translation>
    </message>
    <message>
        <source>Cannot roll back %1: %2</source>
        <translation>%1 kann nicht zurückgerollt werden: %2</translation>
    </message>
    <message>
        <source>%1 changed while the dialog was open; check it and roll back again.</source>
        <translation>%1 wurde geändert, während der Dialog offen war; prüfen Sie es und rollen Sie erneut zurück.</translation>
    </message>
    <message>
        <source>A rollback needs a reason.</source>
        <translation>Ein Rollback braucht eine Begründung.</translation>
    </message>
    <message>
        <source>Reading the release workflow for %1…</source>
        <translation>Lese den Release-Workflow für %1…</translation>
    </message>
    <message>
        <source>Nothing was dispatched for %1: %2</source>
        <translation>Für %1 wurde nichts gestartet: %2</translation>
    </message>
    <message>
        <source>Nothing was dispatched for %1: GitHub is not connected.</source>
        <translation>Für %1 wurde nichts gestartet: GitHub ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Following run %1 of the %2 in progress until it completes.</source>
        <translation>Verfolge Lauf %1 des laufenden %2, bis er endet.</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <source>Rollback dry run</source>
        <translation>Rollback-Probelauf</translation>
    </message>
    <message>
        <source>Deploy dry run</source>
        <translation>Deployment-Probelauf</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 von %2 %3</translation>
    </message>
    <message>
        <source>Run %1 %2: %3</source>
        <translation>Lauf %1 %2: %3</translation>
    </message>
    <message>
        <source>Deploy run %1 %2: %3</source>
        <translation>Deployment-Lauf %1 %2: %3</translation>
    </message>
    <message>
        <source>Rollback run %1 %2, so %3 stays deployed: %4</source>
        <translation>Rollback-Lauf %1 %2, daher bleibt %3 ausgerollt: %4</translation>
    </message>
    <message>
        <source>Run %1 of %2 %3</source>
        <translation>Lauf %1 von %2 %3</translation>
    </message>
    <message>
        <source>Stopped following run %1 of %2: %3. The manifest is left as it is; check the run on GitHub: %4</source>
        <translation>Verfolgung von Lauf %1 von %2 beendet: %3. Das Manifest bleibt, wie es ist; prüfen Sie den Lauf auf GitHub: %4</translation>
    </message>
    <message>
        <source>Stopped following run %1: %2</source>
        <translation>Verfolgung von Lauf %1 beendet: %2</translation>
    </message>
    <message>
        <source>Could not check for runs of %1 in flight: %2</source>
        <translation>Laufende Läufe von %1 konnten nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>the runs of workflow %1 in %2</source>
        <translation>die Läufe von Workflow %1 in %2</translation>
    </message>
    <message>
        <source>Could not list the runs of %1: %2</source>
        <translation>Die Läufe von %1 konnten nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>GitHub&apos;s list of runs could not be read: %1</source>
        <translation>GitHubs Liste der Läufe konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Run %1 has no deployment you may review.</source>
        <translation>Lauf %1 hat kein Deployment, das Sie prüfen dürfen.</translation>
    </message>
    <message>
        <source>Rejecting a deployment needs a comment saying why.</source>
        <translation>Das Ablehnen eines Deployments braucht einen Kommentar mit Begründung.</translation>
    </message>
    <message>
        <source>Could not open %1 in a browser.</source>
        <translation>%1 konnte nicht im Browser geöffnet werden.</translation>
    </message>
    <message>
        <source>Release Console</source>
        <translation>Release Console</translation>
    </message>
</context>
<context>
    <name>rc::ui::DeployDialog</name>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1 (unverändert)</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>neu: %1</translation>
    </message>
    <message>
        <source>%1 · %2 on %3 · %4</source>
        <translation>%1 · %2 auf %3 · %4</translation>
    </message>
    <message>
        <source>Deploy %1</source>
        <translation>%1 ausrollen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deploy %1 to production&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 in Produktion ausrollen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Simulated GitHub: the demo&apos;s own server on this computer. Nothing is deployed anywhere; the manifest and its commits are real.</source>
        <translation>Simuliertes GitHub: der eigene Server der Demo auf diesem Computer. Nichts wird irgendwo ausgerollt; das Manifest und seine Commits sind echt.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>&amp;Dry run: the workflow shows what it would deploy and changes nothing</source>
        <translation>&amp;Probelauf: der Workflow zeigt, was er ausrollen würde, und ändert nichts</translation>
    </message>
    <message>
        <source>I confirm a real deploy of %1 from %2</source>
        <translation>Ich bestätige ein echtes Deployment von %1 aus %2</translation>
    </message>
    <message>
        <source>Start Dry Run</source>
        <translation>Probelauf starten</translation>
    </message>
    <message>
        <source>A dry run leaves the manifest as it is.</source>
        <translation>Ein Probelauf lässt das Manifest, wie es ist.</translation>
    </message>
    <message>
        <source>A real deploy marks the release deploying now and deployed when the run succeeds; each change is committed.</source>
        <translation>Ein echtes Deployment markiert das Release jetzt als „wird ausgerollt“ und als ausgerollt, wenn der Lauf gelingt; jede Änderung wird committet.</translation>
    </message>
    <message>
        <source>Deploy to Production</source>
        <translation>In Produktion ausrollen</translation>
    </message>
    <message>
        <source>Components to deploy</source>
        <translation>Auszurollende Komponenten</translation>
    </message>
    <message>
        <source>Each component with the version it goes to and its team</source>
        <translation>Jede Komponente mit der Version, auf die sie geht, und ihrem Team</translation>
    </message>
</context>
<context>
    <name>rc::ui::ExportDialog</name>
    <message>
        <source>These manifests have errors; fix them and export again:
%1</source>
        <translation>Diese Manifeste enthalten Fehler; beheben Sie sie und exportieren Sie erneut:
%1</translation>
    </message>
    <message>
        <source>The open release is no longer in the clone; reload and export again.</source>
        <translation>Das geöffnete Release ist nicht mehr im Klon; laden Sie neu und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>%1 has errors; fix them and export again:
%2</source>
        <translation>%1 enthält Fehler; beheben Sie sie und exportieren Sie erneut:
%2</translation>
    </message>
    <message>
        <source>Export Dashboard</source>
        <translation>Dashboard exportieren</translation>
    </message>
    <message>
        <source>&amp;Current release</source>
        <translation>&amp;Aktuelles Release</translation>
    </message>
    <message>
        <source>&amp;Current release (%1)</source>
        <translation>&amp;Aktuelles Release (%1)</translation>
    </message>
    <message>
        <source>&amp;All releases (an index, newest first)</source>
        <translation>A&amp;lle Releases (ein Index, neueste zuerst)</translation>
    </message>
    <message>
        <source>HTML page (self-contained, fit for GitHub Pages)</source>
        <translation>HTML-Seite (eigenständig, geeignet für GitHub Pages)</translation>
    </message>
    <message>
        <source>Markdown (GitHub-flavoured)</source>
        <translation>Markdown (GitHub-Variante)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>HTML pages (*.html *.htm)</source>
        <translation>HTML-Seiten (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <source>Exported to %1 — &lt;a href=&quot;%2&quot;&gt;Open&lt;/a&gt;</source>
        <translation>Nach %1 exportiert — &lt;a href=&quot;%2&quot;&gt;Öffnen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
</context>
<context>
    <name>rc::ui::GitHubSession</name>
    <message>
        <source>No clone is open: open one to connect to its GitHub repository.</source>
        <translation>Kein Klon geöffnet: öffnen Sie einen, um sich mit seinem GitHub-Repository zu verbinden.</translation>
    </message>
    <message>
        <source>Reading the GitHub settings of the clone…</source>
        <translation>Lese die GitHub-Einstellungen des Klons…</translation>
    </message>
    <message>
        <source>GitHub is not set up for this clone: %1</source>
        <translation>GitHub ist für diesen Klon nicht eingerichtet: %1</translation>
    </message>
    <message>
        <source>GitHub is not set up for this clone: %1. Change it in Settings → GitHub…</source>
        <translation>GitHub ist für diesen Klon nicht eingerichtet: %1. Ändern Sie das unter Einstellungen → GitHub…</translation>
    </message>
    <message>
        <source>Reading the GitHub token for %1 from the keychain…</source>
        <translation>Lese das GitHub-Token für %1 aus dem Schlüsselbund…</translation>
    </message>
    <message>
        <source>No GitHub token for %1: add one in Settings → GitHub…, or set GH_TOKEN in the environment that starts Release Console.</source>
        <translation>Kein GitHub-Token für %1: fügen Sie eines unter Einstellungen → GitHub… hinzu oder setzen Sie GH_TOKEN in der Umgebung, die Release Console startet.</translation>
    </message>
    <message>
        <source>No GitHub token for %1. %2</source>
        <translation>Kein GitHub-Token für %1. %2</translation>
    </message>
    <message>
        <source>%1: a GitHub simulated on this computer for the demo; nothing reaches github.com.</source>
        <translation>%1: ein auf diesem Computer simuliertes GitHub für die Demo; nichts erreicht github.com.</translation>
    </message>
    <message>
        <source>%1, token stored in the keychain.</source>
        <translation>%1, Token im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>%1, token from %2 (the keychain is unavailable: %3)</source>
        <translation>%1, Token aus %2 (der Schlüsselbund ist nicht verfügbar: %3)</translation>
    </message>
    <message>
        <source>%1, token from %2.</source>
        <translation>%1, Token aus %2.</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>the demo&apos;s token, in memory only</source>
        <translation>das Token der Demo, nur im Speicher</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (simulated GitHub)</source>
        <translation>%1 (simuliertes GitHub)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>no clone is open</source>
        <translation>kein Klon geöffnet</translation>
    </message>
    <message>
        <source>the clone&apos;s settings are still being read</source>
        <translation>die Einstellungen des Klons werden noch gelesen</translation>
    </message>
    <message>
        <source>the simulated GitHub of the demo</source>
        <translation>das simulierte GitHub der Demo</translation>
    </message>
    <message>
        <source>The demo uses a simulated token held in memory; nothing is stored in the keychain.</source>
        <translation>Die Demo verwendet ein simuliertes Token im Speicher; im Schlüsselbund wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>The token cannot be stored before the GitHub settings resolve: %1</source>
        <translation>Das Token kann nicht gespeichert werden, bevor die GitHub-Einstellungen feststehen: %1</translation>
    </message>
    <message>
        <source>Enter a token first.</source>
        <translation>Geben Sie zuerst ein Token ein.</translation>
    </message>
    <message>
        <source>the token typed in Settings</source>
        <translation>das in den Einstellungen eingegebene Token</translation>
    </message>
    <message>
        <source>The demo&apos;s simulated token is not stored anywhere; it ends with the demo.</source>
        <translation>Das simulierte Token der Demo wird nirgends gespeichert; es endet mit der Demo.</translation>
    </message>
    <message>
        <source>There is no stored token to forget: %1</source>
        <translation>Es gibt kein gespeichertes Token zum Vergessen: %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::GitHubSettingsDialog</name>
    <message>
        <source>GitHub Settings</source>
        <translation>GitHub-Einstellungen</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>&amp;API URL:</source>
        <translation>&amp;API-URL:</translation>
    </message>
    <message>
        <source>github.com: https://api.github.com
GitHub Enterprise Server: https://HOST/api/v3
Plain http is accepted only on this computer (127.0.0.1, localhost).</source>
        <translation>github.com: https://api.github.com
GitHub Enterprise Server: https://HOST/api/v3
Einfaches http wird nur auf diesem Computer akzeptiert (127.0.0.1, localhost).</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <source>owner/name of the repository that runs the release workflow</source>
        <translation>owner/name des Repositorys, das den Release-Workflow ausführt</translation>
    </message>
    <message>
        <source>&amp;Workflow:</source>
        <translation>&amp;Workflow:</translation>
    </message>
    <message>
        <source>The workflow file under .github/workflows, or its id</source>
        <translation>Die Workflow-Datei unter .github/workflows oder ihre ID</translation>
    </message>
    <message>
        <source>R&amp;ef:</source>
        <translation>R&amp;ef:</translation>
    </message>
    <message>
        <source>The branch or tag the workflow runs on</source>
        <translation>Der Branch oder das Tag, auf dem der Workflow läuft</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>In Verwendung:</translation>
    </message>
    <message>
        <source>Paste a new token to store it in the keychain</source>
        <translation>Fügen Sie ein neues Token ein, um es im Schlüsselbund zu speichern</translation>
    </message>
    <message>
        <source>A fine-grained token with Actions and Issues (read and write) on the repository, or a classic token with the repo and workflow scopes</source>
        <translation>Ein fein granulares Token mit Actions und Issues (Lesen und Schreiben) auf dem Repository oder ein klassisches Token mit den Scopes repo und workflow</translation>
    </message>
    <message>
        <source>New &amp;token:</source>
        <translation>Neues &amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Save Token</source>
        <translation>Token &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Forget Token</source>
        <translation>Token ver&amp;gessen</translation>
    </message>
    <message>
        <source>Delete the token of this API host from the keychain</source>
        <translation>Das Token dieses API-Hosts aus dem Schlüsselbund löschen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Ask GitHub who the token belongs to, what it may do in the repository and how much of the rate limit is left; uses the values above, saved or not</source>
        <translation>GitHub fragen, wem das Token gehört, was es im Repository darf und wie viel vom Rate-Limit übrig ist; verwendet die Werte oben, gespeichert oder nicht</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Angemeldet als:</translation>
    </message>
    <message>
        <source>Repository:</source>
        <translation>Repository:</translation>
    </message>
    <message>
        <source>May dispatch workflows:</source>
        <translation>Darf Workflows starten:</translation>
    </message>
    <message>
        <source>May write issues:</source>
        <translation>Darf Issues schreiben:</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>Rate-Limit:</translation>
    </message>
    <message>
        <source>Keep these values for this clone (in your settings, never in the repository)</source>
        <translation>Diese Werte für diesen Klon behalten (in Ihren Einstellungen, nie im Repository)</translation>
    </message>
    <message>
        <source>This demo talks to a GitHub simulated on this computer (%1) with a token held in memory. Nothing here is stored, and nothing reaches github.com.</source>
        <translation>Diese Demo spricht mit einem auf diesem Computer simulierten GitHub (%1) mit einem Token im Speicher. Hier wird nichts gespeichert, und nichts erreicht github.com.</translation>
    </message>
    <message>
        <source>Open a clone first: the GitHub settings belong to the clone that is open.</source>
        <translation>Öffnen Sie zuerst einen Klon: die GitHub-Einstellungen gehören zum geöffneten Klon.</translation>
    </message>
    <message>
        <source>Release Console runs the release workflow of the clone&apos;s GitHub repository. Leave a field empty to use the clone&apos;s own value, shown in grey. Your values are kept for this clone on this computer; the token only in the keychain.</source>
        <translation>Release Console führt den Release-Workflow des GitHub-Repositorys des Klons aus. Lassen Sie ein Feld leer, um den Wert des Klons zu verwenden, grau angezeigt. Ihre Werte werden für diesen Klon auf diesem Computer behalten; das Token nur im Schlüsselbund.</translation>
    </message>
    <message>
        <source>reading the keychain…</source>
        <translation>lese den Schlüsselbund…</translation>
    </message>
    <message>
        <source>The demo&apos;s token lives in memory and ends with the demo.</source>
        <translation>Das Token der Demo lebt im Speicher und endet mit der Demo.</translation>
    </message>
    <message>
        <source>%1 (GitHub Enterprise Server: https://HOST/api/v3)</source>
        <translation>%1 (GitHub Enterprise Server: https://HOST/api/v3)</translation>
    </message>
    <message>
        <source>owner/name</source>
        <translation>owner/name</translation>
    </message>
    <message>
        <source>your value for this clone</source>
        <translation>Ihr Wert für diesen Klon</translation>
    </message>
    <message>
        <source>the simulated GitHub of the demo</source>
        <translation>das simulierte GitHub der Demo</translation>
    </message>
    <message>
        <source>.release-console.yaml (github: api_url)</source>
        <translation>.release-console.yaml (github: api_url)</translation>
    </message>
    <message>
        <source>the default: github.com</source>
        <translation>der Standard: github.com</translation>
    </message>
    <message>
        <source>.release-console.yaml (github: repository)</source>
        <translation>.release-console.yaml (github: repository)</translation>
    </message>
    <message>
        <source>the origin remote, %1</source>
        <translation>das origin-Remote, %1</translation>
    </message>
    <message>
        <source>nowhere yet: the clone has no origin remote</source>
        <translation>noch nirgends: der Klon hat kein origin-Remote</translation>
    </message>
    <message>
        <source>.release-console.yaml (github: workflow)</source>
        <translation>.release-console.yaml (github: workflow)</translation>
    </message>
    <message>
        <source>the rules or the default</source>
        <translation>die Regeln oder der Standard</translation>
    </message>
    <message>
        <source>.release-console.yaml (github: ref)</source>
        <translation>.release-console.yaml (github: ref)</translation>
    </message>
    <message>
        <source>the origin remote&apos;s default branch</source>
        <translation>der Standard-Branch des origin-Remotes</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>der Standard</translation>
    </message>
    <message>
        <source> (simulated GitHub)</source>
        <translation> (simuliertes GitHub)</translation>
    </message>
    <message>
        <source>Uses %1, from %2</source>
        <translation>Verwendet %1, aus %2</translation>
    </message>
    <message>
        <source>Uses %1%2, from %3</source>
        <translation>Verwendet %1%2, aus %3</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Nicht abgelegt: %1</translation>
    </message>
    <message>
        <source>Storing the token in the keychain…</source>
        <translation>Speichere das Token im Schlüsselbund…</translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation>Im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The token was deleted from the keychain.</source>
        <translation>Das Token wurde aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>No token for %1 to test with: paste one above, or set GH_TOKEN in the environment that starts Release Console.</source>
        <translation>Kein Token für %1 zum Testen: fügen Sie oben eines ein oder setzen Sie GH_TOKEN in der Umgebung, die Release Console startet.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Frage %1…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>, private</source>
        <translation>, privat</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no: the token needs write access (push) to %1 to run its workflows</source>
        <translation>nein: das Token braucht Schreibzugriff (push) auf %1, um seine Workflows auszuführen</translation>
    </message>
    <message>
        <source>no: sign-off requests need triage access or more to %1</source>
        <translation>nein: Sign-off-Anfragen brauchen Triage-Zugriff oder mehr auf %1</translation>
    </message>
    <message>
        <source>, resets at %1 (in %2 min)</source>
        <translation>, zurückgesetzt um %1 (in %2 Min.)</translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation>%1 von %2 übrig</translation>
    </message>
</context>
<context>
    <name>rc::ui::HistoryView</name>
    <message>
        <source>Double-click a release to open it</source>
        <translation>Doppelklicken Sie auf ein Release, um es zu öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n nicht lesbar</numerusform>
            <numerusform>%n nicht lesbar</numerusform>
        </translation>
    </message>
    <message>
        <source>No releases in this clone yet.</source>
        <translation>Noch keine Releases in diesem Klon.</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s): </source>
        <translation>
            <numerusform>%n Release: </numerusform>
            <numerusform>%n Releases: </numerusform>
        </translation>
    </message>
    <message>
        <source>Release history</source>
        <translation>Release-Verlauf</translation>
    </message>
    <message>
        <source>Every release of this clone with its status, type and dates; press Enter to open the selected release</source>
        <translation>Jedes Release dieses Klons mit Status, Typ und Daten; drücken Sie Enter, um das gewählte Release zu öffnen</translation>
    </message>
</context>
<context>
    <name>rc::ui::HotfixDialog</name>
    <message>
        <source>New Hotfix</source>
        <translation>Neuer Hotfix</translation>
    </message>
    <message>
        <source>A hotfix branches from the tag production runs, ships one component, and needs the Tech Lead and On-call approvals instead of every team&apos;s sign-off.</source>
        <translation>Ein Hotfix zweigt vom Tag ab, das in Produktion läuft, liefert eine Komponente aus und braucht statt der Sign-offs aller Teams die Freigaben von Tech Lead und Bereitschaftsdienst.</translation>
    </message>
    <message>
        <source>critical-bug</source>
        <translation>critical-bug</translation>
    </message>
    <message>
        <source>looking for the production tag…</source>
        <translation>suche das Produktions-Tag…</translation>
    </message>
    <message>
        <source>Choose the component to fix</source>
        <translation>Wählen Sie die zu korrigierende Komponente</translation>
    </message>
    <message>
        <source>the next free rel-YYYY-MM-DD-hotfix-NNN</source>
        <translation>die nächste freie rel-YYYY-MM-DD-hotfix-NNN</translation>
    </message>
    <message>
        <source>@handle (default: from git config)</source>
        <translation>@handle (Standard: aus git config)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>Branch:</translation>
    </message>
    <message>
        <source>&amp;From tag:</source>
        <translation>&amp;Von Tag:</translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation>&amp;Komponente:</translation>
    </message>
    <message>
        <source>Release &amp;id:</source>
        <translation>Release-&amp;ID:</translation>
    </message>
    <message>
        <source>Release &amp;manager:</source>
        <translation>Release-&amp;Manager:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Manifest preview&lt;/b&gt; (written on the new branch as shown)</source>
        <translation>&lt;b&gt;Manifest-Vorschau&lt;/b&gt; (wird so auf dem neuen Branch geschrieben)</translation>
    </message>
    <message>
        <source>Create Branch and Manifest</source>
        <translation>Branch und Manifest erstellen</translation>
    </message>
    <message>
        <source>a tag (no production tag found: %1)</source>
        <translation>ein Tag (kein Produktions-Tag gefunden: %1)</translation>
    </message>
    <message>
        <source>%1 (production: %2)</source>
        <translation>%1 (Produktion: %2)</translation>
    </message>
    <message>
        <source>The work tree has uncommitted changes to %1; commit or stash them first, since the hotfix switches the clone to its new branch.</source>
        <translation>Das Arbeitsverzeichnis hat nicht committete Änderungen an %1; committen oder stashen Sie sie zuerst, da der Hotfix den Klon auf seinen neuen Branch umschaltet.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the hotfix: the branch becomes hotfix/NAME</source>
        <translation>Benennen Sie den Hotfix: der Branch wird hotfix/NAME</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a branch name; use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>&apos;%1&apos; kann kein Branch-Name sein; verwenden Sie Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;</translation>
    </message>
    <message>
        <source>Choose the one component the hotfix ships</source>
        <translation>Wählen Sie die eine Komponente, die der Hotfix ausliefert</translation>
    </message>
    <message>
        <source>No production tag was found: give the tag to branch from</source>
        <translation>Es wurde kein Produktions-Tag gefunden: geben Sie das Tag an, von dem abgezweigt wird</translation>
    </message>
    <message>
        <source>Nothing was created: %1</source>
        <translation>Nichts wurde erstellt: %1</translation>
    </message>
    <message>
        <source>the job did not finish</source>
        <translation>der Job wurde nicht fertig</translation>
    </message>
    <message>
        <source>Manifest preview</source>
        <translation>Manifest-Vorschau</translation>
    </message>
    <message>
        <source>The hotfix manifest as it will be written on the new branch</source>
        <translation>Das Hotfix-Manifest, wie es auf den neuen Branch geschrieben wird</translation>
    </message>
</context>
<context>
    <name>rc::ui::MainWindow</name>
    <message>
        <source>Release Console</source>
        <translation>Release Console</translation>
    </message>
    <message>
        <source>Committed %1: %2</source>
        <translation>%1 committet: %2</translation>
    </message>
    <message>
        <source>Filter by id, manager, component…</source>
        <translation>Nach ID, Manager, Komponente filtern…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Open a git clone with release manifests under &lt;code&gt;releases/&lt;/code&gt;:&lt;br&gt;File → Open Clone… (Ctrl+O), or drop a folder or a manifest here.</source>
        <translation>Öffnen Sie einen Git-Klon mit Release-Manifesten unter &lt;code&gt;releases/&lt;/code&gt;:&lt;br&gt;Datei → Klon öffnen… (Strg+O), oder ziehen Sie einen Ordner oder ein Manifest hierher.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Clone…</source>
        <translation>Klon ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a git clone that has release manifests under releases/</source>
        <translation>Einen Git-Klon öffnen, der Release-Manifeste unter releases/ hat</translation>
    </message>
    <message>
        <source>Open Clone</source>
        <translation>Klon öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Read every manifest of the clone again</source>
        <translation>Alle Manifeste des Klons neu einlesen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Release</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>&amp;Ausrollen…</translation>
    </message>
    <message>
        <source>Roll&amp;back…</source>
        <translation>&amp;Zurückrollen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Filter Releases</source>
        <translation>Releases &amp;filtern</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Cannot open %1: no such file or folder. Choose a clone with File → Open Clone…</source>
        <translation>%1 kann nicht geöffnet werden: keine solche Datei und kein solcher Ordner. Wählen Sie einen Klon mit Datei → Klon öffnen…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <source>the scan did not finish</source>
        <translation>die Suche wurde nicht fertig</translation>
    </message>
    <message>
        <source>Cannot open %1 as a release clone: %2
Choose a folder inside a git clone with File → Open Clone…, or drop one on this window.</source>
        <translation>%1 kann nicht als Release-Klon geöffnet werden: %2
Wählen Sie einen Ordner in einem Git-Klon mit Datei → Klon öffnen… oder ziehen Sie einen auf dieses Fenster.</translation>
    </message>
    <message>
        <source>%1 — Release Console</source>
        <translation>%1 — Release Console</translation>
    </message>
    <message>
        <source>%1 has no release manifests yet.&lt;br&gt;Add one as &lt;code&gt;releases/&amp;lt;id&amp;gt;.yaml&lt;/code&gt; (for example with &lt;code&gt;releasectl create&lt;/code&gt;) and press F5.</source>
        <translation>%1 hat noch keine Release-Manifeste.&lt;br&gt;Legen Sie eines als &lt;code&gt;releases/&amp;lt;id&amp;gt;.yaml&lt;/code&gt; an (zum Beispiel mit &lt;code&gt;releasectl create&lt;/code&gt;) und drücken Sie F5.</translation>
    </message>
    <message>
        <source>No clone open</source>
        <translation>Kein Klon geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s)</source>
        <translation>
            <numerusform>%n Release</numerusform>
            <numerusform>%n Releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Sign As…</source>
        <translation>&amp;Signieren als…</translation>
    </message>
    <message>
        <source>The handle recorded on your sign-offs, ticks and approvals</source>
        <translation>Das Handle, das bei Ihren Sign-offs, Haken und Freigaben erfasst wird</translation>
    </message>
    <message>
        <source>Sign As</source>
        <translation>Signieren als</translation>
    </message>
    <message>
        <source>Handle recorded on your decisions (empty: from git config, releaseconsole.user or github.user):</source>
        <translation>Handle, das bei Ihren Entscheidungen erfasst wird (leer: aus git config, releaseconsole.user oder github.user):</translation>
    </message>
    <message>
        <source>No handle set: Release → Sign As…</source>
        <translation>Kein Handle gesetzt: Release → Signieren als…</translation>
    </message>
    <message>
        <source>Signing as %1</source>
        <translation>Signiert als %1</translation>
    </message>
    <message>
        <source>Creating the demo clone in %1…</source>
        <translation>Lege den Demo-Klon in %1 an…</translation>
    </message>
    <message>
        <source>Could not create the demo clone in %1: %2</source>
        <translation>Der Demo-Klon konnte nicht in %1 angelegt werden: %2</translation>
    </message>
    <message>
        <source>Simulated GitHub</source>
        <translation>Simuliertes GitHub</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Created and committed %1</source>
        <translation>%1 erstellt und committet</translation>
    </message>
    <message>
        <source>Switched from %1 to the new branch %2 and committed %3</source>
        <translation>Von %1 auf den neuen Branch %2 gewechselt und %3 committet</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>&amp;New Release…</source>
        <translation>&amp;Neues Release…</translation>
    </message>
    <message>
        <source>Write a release manifest from the commits since the last tag</source>
        <translation>Ein Release-Manifest aus den Commits seit dem letzten Tag schreiben</translation>
    </message>
    <message>
        <source>New &amp;Hotfix…</source>
        <translation>Neuer &amp;Hotfix…</translation>
    </message>
    <message>
        <source>Branch hotfix/NAME from the production tag with a one-component hotfix manifest</source>
        <translation>Branch hotfix/NAME vom Produktions-Tag abzweigen, mit einem Hotfix-Manifest für eine Komponente</translation>
    </message>
    <message>
        <source>Re&amp;quest Sign-offs</source>
        <translation>Sign-offs an&amp;fordern</translation>
    </message>
    <message>
        <source>Chec&amp;k Sign-offs</source>
        <translation>Sign-offs &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Every release with its status, type and dates</source>
        <translation>Jedes Release mit Status, Typ und Daten</translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation>&amp;Läufe</translation>
    </message>
    <message>
        <source>The release workflow&apos;s runs for the open release, live</source>
        <translation>Die Läufe des Release-Workflows für das geöffnete Release, live</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>Scheduled releases by week, coloured by release type</source>
        <translation>Geplante Releases nach Woche, gefärbt nach Release-Typ</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;GitHub…</source>
        <translation>&amp;GitHub…</translation>
    </message>
    <message>
        <source>The GitHub repository, workflow and token of the open clone, and a test of the connection</source>
        <translation>Das GitHub-Repository, der Workflow und das Token des geöffneten Klons sowie ein Test der Verbindung</translation>
    </message>
    <message>
        <source>This demo talks to a GitHub simulated on this computer (%1): its runs, issues and approvals are made up, the token lives in memory only, and nothing reaches github.com.</source>
        <translation>Diese Demo spricht mit einem auf diesem Computer simulierten GitHub (%1): seine Läufe, Issues und Freigaben sind erfunden, das Token lebt nur im Speicher, und nichts erreicht github.com.</translation>
    </message>
    <message>
        <source>on loopback</source>
        <translation>auf Loopback</translation>
    </message>
    <message>
        <source>GitHub: connecting…</source>
        <translation>GitHub: verbinde…</translation>
    </message>
    <message>
        <source>GitHub: not set up</source>
        <translation>GitHub: nicht eingerichtet</translation>
    </message>
    <message>
        <source>GitHub: %1, no token</source>
        <translation>GitHub: %1, kein Token</translation>
    </message>
    <message>
        <source>GitHub: %1</source>
        <translation>GitHub: %1</translation>
    </message>
    <message>
        <source>Settings → GitHub… (Ctrl+,)</source>
        <translation>Einstellungen → GitHub… (Strg+,)</translation>
    </message>
    <message>
        <source>Open clone</source>
        <translation>Klon öffnen</translation>
    </message>
    <message>
        <source>Releases and problems</source>
        <translation>Releases und Probleme</translation>
    </message>
    <message>
        <source>Reading the clone</source>
        <translation>Lese den Klon</translation>
    </message>
    <message>
        <source>Signing as</source>
        <translation>Signiert als</translation>
    </message>
    <message>
        <source>GitHub connection</source>
        <translation>GitHub-Verbindung</translation>
    </message>
    <message>
        <source>This demo talks to a GitHub simulated on this computer</source>
        <translation>Diese Demo spricht mit einem auf diesem Computer simulierten GitHub</translation>
    </message>
    <message>
        <source>Problem opening the clone</source>
        <translation>Problem beim Öffnen des Klons</translation>
    </message>
    <message>
        <source>Filter releases</source>
        <translation>Releases filtern</translation>
    </message>
    <message>
        <source>Show releases with status</source>
        <translation>Releases mit Status anzeigen</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <source>Errors and warnings in the clone&apos;s files; Enter opens the line</source>
        <translation>Fehler und Warnungen in den Dateien des Klons; Enter öffnet die Zeile</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every action with its shortcut, grouped by menu</source>
        <translation>Jede Aktion mit ihrem Tastenkürzel, nach Menü gruppiert</translation>
    </message>
    <message>
        <source>&amp;About Release Console</source>
        <translation>Ü&amp;ber Release Console</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the dashboard of the open release, or of all releases, as Markdown or HTML</source>
        <translation>Das Dashboard des geöffneten Releases oder aller Releases als Markdown oder HTML speichern</translation>
    </message>
    <message>
        <source>Break &amp;Glass…</source>
        <translation>No&amp;tfall-Ausnahme…</translation>
    </message>
    <message>
        <source>&amp;Slack…</source>
        <translation>&amp;Slack…</translation>
    </message>
    <message>
        <source>Slack webhooks for release notifications, and a test message</source>
        <translation>Slack-Webhooks für Release-Benachrichtigungen und eine Testnachricht</translation>
    </message>
</context>
<context>
    <name>rc::ui::NewReleaseDialog</name>
    <message>
        <source>from deployed release %1</source>
        <translation>vom ausgerollten Release %1</translation>
    </message>
    <message>
        <source>from tag %1</source>
        <translation>vom Tag %1</translation>
    </message>
    <message>
        <source>never released</source>
        <translation>nie veröffentlicht</translation>
    </message>
    <message>
        <source>New Release</source>
        <translation>Neues Release</translation>
    </message>
    <message>
        <source>rel-YYYY-MM-DD-NNN</source>
        <translation>rel-YYYY-MM-DD-NNN</translation>
    </message>
    <message>
        <source>Manifests store the time in UTC</source>
        <translation>Manifeste speichern die Zeit in UTC</translation>
    </message>
    <message>
        <source>the last release tag</source>
        <translation>das letzte Release-Tag</translation>
    </message>
    <message>
        <source>A tag or revision; the release takes the commits after it up to HEAD. Press Enter to read the history again.</source>
        <translation>Ein Tag oder eine Revision; das Release nimmt die Commits danach bis HEAD. Drücken Sie Enter, um die Historie neu einzulesen.</translation>
    </message>
    <message>
        <source>@handle</source>
        <translation>@handle</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Scheduled:</source>
        <translation>&amp;Geplant:</translation>
    </message>
    <message>
        <source>Changes s&amp;ince:</source>
        <translation>Änderungen &amp;seit:</translation>
    </message>
    <message>
        <source>Release &amp;manager:</source>
        <translation>Release-&amp;Manager:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Neue Version</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <source>Double-click a new version to change it</source>
        <translation>Doppelklicken Sie auf eine neue Version, um sie zu ändern</translation>
    </message>
    <message>
        <source>&lt;b&gt;Manifest preview&lt;/b&gt; (written as shown)</source>
        <translation>&lt;b&gt;Manifest-Vorschau&lt;/b&gt; (wird so geschrieben)</translation>
    </message>
    <message>
        <source>Create and Commit</source>
        <translation>Erstellen und committen</translation>
    </message>
    <message>
        <source>%1 releases have no fixed day: choose when it goes out</source>
        <translation>%1-Releases haben keinen festen Tag: wählen Sie, wann es live geht</translation>
    </message>
    <message>
        <source>the first commit (no tag)</source>
        <translation>dem ersten Commit (kein Tag)</translation>
    </message>
    <message>
        <source>%1 (the last release tag)</source>
        <translation>%1 (das letzte Release-Tag)</translation>
    </message>
    <message>
        <source>Commits %1..%2: %3 in components, %4 in no component.</source>
        <translation>Commits %1..%2: %3 in Komponenten, %4 in keiner Komponente.</translation>
    </message>
    <message>
        <source>(whole history)</source>
        <translation>(ganze Historie)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>a breaking change: major</source>
        <translation>ein Breaking Change: Major</translation>
    </message>
    <message>
        <source>a feature: minor</source>
        <translation>ein Feature: Minor</translation>
    </message>
    <message>
        <source>fixes and other changes: patch</source>
        <translation>Korrekturen und andere Änderungen: Patch</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>keine Änderungen</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>Die Historie kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Id: %1 exists already; choose another id (the next free one is suggested when the dialog opens)</source>
        <translation>ID: %1 existiert bereits; wählen Sie eine andere ID (die nächste freie wird beim Öffnen des Dialogs vorgeschlagen)</translation>
    </message>
    <message>
        <source>Release manager: give a handle such as @john.doe</source>
        <translation>Release-Manager: geben Sie ein Handle wie @john.doe an</translation>
    </message>
    <message numerus="yes">
        <source>%1: give a new version (it has %n change(s))</source>
        <translation>
            <numerusform>%1: geben Sie eine neue Version an (es hat %n Änderung)</numerusform>
            <numerusform>%1: geben Sie eine neue Version an (es hat %n Änderungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a semantic version; write it as v1.4.0 or 1.4.0</source>
        <translation>%1: &apos;%2&apos; ist keine semantische Version; schreiben Sie sie als v1.4.0 oder 1.4.0</translation>
    </message>
    <message>
        <source>%1: the new version %2 must be higher than the current %3</source>
        <translation>%1: die neue Version %2 muss höher sein als die aktuelle %3</translation>
    </message>
    <message>
        <source>No component has changes since %1: there is nothing to release</source>
        <translation>Seit %1 hat keine Komponente Änderungen: es gibt nichts zu releasen</translation>
    </message>
    <message>
        <source>the first commit</source>
        <translation>dem ersten Commit</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Nichts wurde geschrieben: %1</translation>
    </message>
    <message>
        <source>the write did not finish</source>
        <translation>das Schreiben wurde nicht fertig</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Each component with its number of changes, current, suggested and new version and sign-off, and its commits below it; F2 edits the new version</source>
        <translation>Jede Komponente mit der Zahl ihrer Änderungen, aktueller, vorgeschlagener und neuer Version und Sign-off, darunter ihre Commits; F2 bearbeitet die neue Version</translation>
    </message>
    <message>
        <source>Manifest preview</source>
        <translation>Manifest-Vorschau</translation>
    </message>
    <message>
        <source>The release manifest as it will be written and committed</source>
        <translation>Das Release-Manifest, wie es geschrieben und committet wird</translation>
    </message>
</context>
<context>
    <name>rc::ui::NotificationStatus</name>
    <message>
        <source>Slack notifications</source>
        <translation>Slack-Benachrichtigungen</translation>
    </message>
    <message>
        <source>Send Waiting Messages Now</source>
        <translation>Wartende Nachrichten jetzt senden</translation>
    </message>
    <message>
        <source>Resend Failed and Unconfirmed Messages</source>
        <translation>Fehlgeschlagene und unbestätigte Nachrichten erneut senden</translation>
    </message>
    <message>
        <source>Discard Failed and Unconfirmed Messages</source>
        <translation>Fehlgeschlagene und unbestätigte Nachrichten verwerfen</translation>
    </message>
    <message>
        <source>Slack Settings…</source>
        <translation>Slack-Einstellungen…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slack: %n failed</source>
        <translation>
            <numerusform>Slack: %n fehlgeschlagen</numerusform>
            <numerusform>Slack: %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slack: %n waiting</source>
        <translation>
            <numerusform>Slack: %n wartend</numerusform>
            <numerusform>Slack: %n wartend</numerusform>
        </translation>
    </message>
    <message>
        <source>Slack ✓</source>
        <translation>Slack ✓</translation>
    </message>
    <message>
        <source>Slack notifications are on; every message was delivered.</source>
        <translation>Slack-Benachrichtigungen sind an; jede Nachricht wurde zugestellt.</translation>
    </message>
    <message>
        <source>No Slack webhook is set.</source>
        <translation>Kein Slack-Webhook gesetzt.</translation>
    </message>
    <message>
        <source>Slack outbox:</source>
        <translation>Slack-Postausgang:</translation>
    </message>
</context>
<context>
    <name>rc::ui::ReleasePage</name>
    <message>
        <source>Release Console</source>
        <translation>Release Console</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was loaded, so the edit was not saved. Reload it and try again.</source>
        <translation>%1 wurde auf der Festplatte geändert, seit es geladen wurde, daher wurde die Änderung nicht gespeichert. Laden Sie es neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 was changed outside the console. Reload to see and edit the new version.</source>
        <translation>%1 wurde außerhalb der Konsole geändert. Laden Sie neu, um die neue Fassung zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>The edit was saved but not committed: %1</source>
        <translation>Die Änderung wurde gespeichert, aber nicht committet: %1</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Set the sign-off back to pending</source>
        <translation>Sign-off wieder auf ausstehend setzen</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <source>No release open</source>
        <translation>Kein Release geöffnet</translation>
    </message>
    <message>
        <source>Scheduled %1</source>
        <translation>Geplant %1</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Nicht geplant</translation>
    </message>
    <message>
        <source>Release manager %1</source>
        <translation>Release-Manager %1</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>Typ %1</translation>
    </message>
    <message>
        <source>regular (not stated)</source>
        <translation>regulär (nicht angegeben)</translation>
    </message>
    <message>
        <source>Sign-offs %1/%2</source>
        <translation>Sign-offs %1/%2</translation>
    </message>
    <message>
        <source>This manifest cannot be read. Fix these errors; the console reloads it:</source>
        <translation>Dieses Manifest kann nicht gelesen werden. Beheben Sie diese Fehler; die Konsole lädt es neu:</translation>
    </message>
    <message>
        <source>Ready to deploy</source>
        <translation>Bereit zum Ausrollen</translation>
    </message>
    <message numerus="yes">
        <source>Not ready to deploy: %n blocker(s)</source>
        <translation>
            <numerusform>Nicht bereit zum Ausrollen: %n Hindernis</numerusform>
            <numerusform>Nicht bereit zum Ausrollen: %n Hindernisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen for approval</source>
        <translation>Wieder zur Freigabe öffnen</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Zur Freigabe einreichen</translation>
    </message>
    <message>
        <source>Mark approved</source>
        <translation>Als freigegeben markieren</translation>
    </message>
    <message>
        <source>Cancel release…</source>
        <translation>Release absagen…</translation>
    </message>
    <message>
        <source>Set the status to %1 and commit the change</source>
        <translation>Den Status auf %1 setzen und die Änderung committen</translation>
    </message>
    <message>
        <source>Cancel %1? The release will not be deployed.</source>
        <translation>%1 absagen? Das Release wird nicht ausgerollt.</translation>
    </message>
    <message>
        <source>Select a component to see its changes.</source>
        <translation>Eine Komponente wählen, um ihre Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changes in %1&lt;/b&gt; (%2 → %3)</source>
        <translation>&lt;b&gt;Änderungen in %1&lt;/b&gt; (%2 → %3)</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Keine Änderungen</translation>
    </message>
    <message>
        <source>Rejected by %1: %2</source>
        <translation>Abgelehnt von %1: %2</translation>
    </message>
    <message>
        <source>Approving needs:</source>
        <translation>Zur Freigabe fehlt:</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Each component with its versions, team and sign-off</source>
        <translation>Jede Komponente mit ihren Versionen, ihrem Team und ihrem Sign-off</translation>
    </message>
    <message>
        <source>Changes of the selected component</source>
        <translation>Änderungen der gewählten Komponente</translation>
    </message>
    <message>
        <source>Release status: %1</source>
        <translation>Release-Status: %1</translation>
    </message>
    <message>
        <source>Add C&amp;hecklist</source>
        <translation>&amp;Checkliste hinzufügen</translation>
    </message>
    <message>
        <source>Add checklist template</source>
        <translation>Checklisten-Vorlage hinzufügen</translation>
    </message>
    <message>
        <source>Append the items of a checklist template that the release does not have yet</source>
        <translation>Die Punkte einer Checklisten-Vorlage anhängen, die das Release noch nicht hat</translation>
    </message>
    <message>
        <source>Pre-release</source>
        <translation>Vor dem Release</translation>
    </message>
    <message>
        <source>Release day</source>
        <translation>Tag des Releases</translation>
    </message>
    <message>
        <source>Team lead sign-off</source>
        <translation>Sign-off der Teamleitung</translation>
    </message>
    <message>
        <source>QA lead sign-off</source>
        <translation>Sign-off der QA-Leitung</translation>
    </message>
    <message>
        <source>Security sign-off</source>
        <translation>Sign-off des Security-Teams</translation>
    </message>
    <message>
        <source>DBA sign-off (if migrations)</source>
        <translation>Sign-off des DBA (bei Migrationen)</translation>
    </message>
    <message>
        <source>Release manager sign-off</source>
        <translation>Sign-off des Release-Managers</translation>
    </message>
    <message>
        <source>Each checklist item with its section, who ticked it and when, and for release-day items when it is due</source>
        <translation>Jeder Checklistenpunkt mit seinem Abschnitt, wer ihn wann abgehakt hat und, bei Punkten für den Tag des Releases, wann er fällig ist</translation>
    </message>
    <message>
        <source>The release cannot take a checklist while its manifest has errors.</source>
        <translation>Das Release kann keine Checkliste aufnehmen, solange sein Manifest Fehler enthält.</translation>
    </message>
    <message>
        <source>No commit %1 changed database migrations in this release&apos;s components, so the DBA sign-off does not apply. Add its checklist anyway?</source>
        <translation>Kein Commit %1 hat Datenbank-Migrationen in den Komponenten dieses Releases geändert, daher entfällt das Sign-off des DBA. Die Checkliste trotzdem hinzufügen?</translation>
    </message>
    <message>
        <source>in the history</source>
        <translation>in der Historie</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>Every item of the %1 checklist is in this release already; nothing was added.</source>
        <translation>Jeder Punkt der Checkliste %1 ist bereits in diesem Release; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>The %1 checklist was not added: %2</source>
        <translation>Die Checkliste %1 wurde nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <source>an unrecorded time</source>
        <translation>Zeitpunkt nicht erfasst</translation>
    </message>
    <message>
        <source>Window overridden by %1 on %2: %3</source>
        <translation>Notfall-Ausnahme vom Zeitfenster durch %1, %2: %3</translation>
    </message>
    <message>
        <source>Release details</source>
        <translation>Release-Details</translation>
    </message>
    <message>
        <source>The open release&apos;s components, changes, checklist, approvals, validation and manifest, one tab each</source>
        <translation>Komponenten, Änderungen, Checkliste, Freigaben, Validierung und Manifest des offenen Releases, je ein Reiter</translation>
    </message>
    <message>
        <source>Lifted until %1: %2</source>
        <translation>Aufgehoben bis %1: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::ReleaseTrainController</name>
    <message>
        <source>Release windows are not checked: %1</source>
        <translation>Release-Zeitfenster werden nicht geprüft: %1</translation>
    </message>
    <message>
        <source>%1 has errors, so release windows follow the default trains until it is fixed: %2</source>
        <translation>%1 enthält Fehler, daher folgen die Release-Zeitfenster den Standard-Zügen, bis die Fehler behoben sind: %2</translation>
    </message>
    <message>
        <source>No release is open.</source>
        <translation>Kein Release geöffnet.</translation>
    </message>
    <message>
        <source>%1 has errors; fix them first.</source>
        <translation>%1 enthält Fehler; beheben Sie sie zuerst.</translation>
    </message>
    <message>
        <source>The clone&apos;s release windows have not been read yet.</source>
        <translation>Die Release-Zeitfenster des Klons wurden noch nicht gelesen.</translation>
    </message>
    <message>
        <source>This clone&apos;s rules do not hold releases to their windows (enforce_windows in %1).</source>
        <translation>Die Regeln dieses Klons binden Releases nicht an ihre Zeitfenster (enforce_windows in %1).</translation>
    </message>
    <message>
        <source>%1 is %2; windows apply only before it deploys.</source>
        <translation>%1 ist %2; Zeitfenster gelten nur, bevor es ausgerollt wird.</translation>
    </message>
    <message>
        <source>%1 is inside its window and outside every freeze; there is nothing to override.</source>
        <translation>%1 liegt in seinem Zeitfenster und außerhalb jeder Sperrzeit; es gibt nichts aufzuheben.</translation>
    </message>
    <message>
        <source>Deploy %1 despite the clock, with a recorded reason: %2</source>
        <translation>%1 trotz der Uhrzeit ausrollen, mit erfasster Begründung: %2</translation>
    </message>
    <message>
        <source>Cannot break glass: %1</source>
        <translation>Notfall-Ausnahme nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1 changed while the dialog was open; check it and break glass again.</source>
        <translation>%1 wurde geändert, während der Dialog offen war; prüfen Sie es und erteilen Sie die Notfall-Ausnahme erneut.</translation>
    </message>
    <message>
        <source>Cannot break glass for %1: no user to record. Set your handle with Release → Sign As… or `git config releaseconsole.user @you`.</source>
        <translation>Notfall-Ausnahme für %1 nicht möglich: kein Benutzer zum Erfassen. Legen Sie Ihr Handle mit Release → Signieren als… oder `git config releaseconsole.user @you` fest.</translation>
    </message>
    <message>
        <source>The break-glass override of %1 was not recorded: %2</source>
        <translation>Die Notfall-Ausnahme für %1 wurde nicht erfasst: %2</translation>
    </message>
    <message>
        <source>Already overridden by %1 until %2: %3</source>
        <translation>Notfall-Ausnahme bereits erteilt von %1, gültig bis %2: %3</translation>
    </message>
    <message>
        <source>%1 may deploy outside its window until %2: overridden by %3</source>
        <translation>%1 darf bis %2 außerhalb seines Zeitfensters ausgerollt werden: Notfall-Ausnahme von %3</translation>
    </message>
</context>
<context>
    <name>rc::ui::RollbackDialog</name>
    <message>
        <source>Roll Back %1</source>
        <translation>%1 zurückrollen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Roll back %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 zurückrollen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Simulated GitHub: the demo&apos;s own server on this computer. Nothing is rolled back anywhere; the manifest and its commits are real.</source>
        <translation>Simuliertes GitHub: der eigene Server der Demo auf diesem Computer. Nichts wird irgendwo zurückgerollt; das Manifest und seine Commits sind echt.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Back to</source>
        <translation>Zurück auf</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1 (unverändert)</translation>
    </message>
    <message>
        <source>Why it goes back (required), e.g. error rate doubled after deploy</source>
        <translation>Warum es zurückgeht (erforderlich), z. B. Fehlerrate nach dem Deployment verdoppelt</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Zur Bestätigung %1 eingeben:</translation>
    </message>
    <message>
        <source>&amp;Dry run: the workflow shows what it would roll back and changes nothing</source>
        <translation>&amp;Probelauf: der Workflow zeigt, was er zurückrollen würde, und ändert nichts</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <source>Roll Back (Dry Run)</source>
        <translation>Zurückrollen (Probelauf)</translation>
    </message>
    <message>
        <source>a reason</source>
        <translation>eine Begründung</translation>
    </message>
    <message>
        <source>the release id typed exactly</source>
        <translation>die genau eingetippte Release-ID</translation>
    </message>
    <message>
        <source>Needs %1.</source>
        <translation>Es fehlt %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>A dry run leaves the manifest as it is.</source>
        <translation>Ein Probelauf lässt das Manifest, wie es ist.</translation>
    </message>
    <message>
        <source>The workflow rolls the release back; when the run succeeds the manifest is marked rolled_back and committed.</source>
        <translation>Der Workflow rollt das Release zurück; wenn der Lauf gelingt, wird das Manifest als rolled_back markiert und committet.</translation>
    </message>
    <message>
        <source>Components to roll back</source>
        <translation>Zurückzurollende Komponenten</translation>
    </message>
    <message>
        <source>Each component with the version it goes back to</source>
        <translation>Jede Komponente mit der Version, auf die sie zurückgeht</translation>
    </message>
</context>
<context>
    <name>rc::ui::RunsPanel</name>
    <message>
        <source>#%1 %2 · %3 · %4</source>
        <translation>#%1 %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Lauf:</translation>
    </message>
    <message>
        <source>Waiting for a deployment review</source>
        <translation>Wartet auf eine Deployment-Prüfung</translation>
    </message>
    <message>
        <source>Comment (required to reject)</source>
        <translation>Kommentar (zum Ablehnen erforderlich)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Log of failed jobs</source>
        <translation>Log der fehlgeschlagenen Jobs</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Re-run Failed Jobs</source>
        <translation>Fehlgeschlagene Jobs &amp;neu starten</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>Im Br&amp;owser öffnen</translation>
    </message>
    <message>
        <source>&amp;Dispatch Again</source>
        <translation>Erneut &amp;starten</translation>
    </message>
    <message>
        <source>The last dispatch&apos;s answer was lost and no run of it was found: send it once more. GitHub is checked for a run of the release in flight first.</source>
        <translation>Die Antwort auf den letzten Start ging verloren und es wurde kein Lauf dazu gefunden: senden Sie ihn noch einmal. Zuerst wird auf GitHub nach einem laufenden Lauf des Releases gesucht.</translation>
    </message>
    <message>
        <source>No runs of this release yet</source>
        <translation>Noch keine Läufe dieses Releases</translation>
    </message>
    <message>
        <source>Reading run %1…</source>
        <translation>Lese Lauf %1…</translation>
    </message>
    <message>
        <source>No run selected</source>
        <translation>Kein Lauf gewählt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of %2 jobs</source>
        <translation>%1 von %2 Jobs</translation>
    </message>
    <message>
        <source>started by @%1</source>
        <translation>gestartet von @%1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>Run %1 %2</source>
        <translation>Lauf %1 %2</translation>
    </message>
    <message>
        <source>%1: reviewers %2</source>
        <translation>%1: Prüfer %2</translation>
    </message>
    <message>
        <source>(none listed)</source>
        <translation>(keine aufgeführt)</translation>
    </message>
    <message>
        <source> — you may review</source>
        <translation> — Sie dürfen prüfen</translation>
    </message>
    <message>
        <source> — you may not review</source>
        <translation> — Sie dürfen nicht prüfen</translation>
    </message>
    <message>
        <source>— %1 —</source>
        <translation>— %1 —</translation>
    </message>
    <message>
        <source>(the log could not be read: %1)</source>
        <translation>(das Log konnte nicht gelesen werden: %1)</translation>
    </message>
    <message>
        <source>GitHub did not answer the last poll: %1 (trying again)</source>
        <translation>GitHub hat auf die letzte Abfrage nicht geantwortet: %1 (neuer Versuch)</translation>
    </message>
    <message>
        <source>You are not a reviewer of the waiting environments.</source>
        <translation>Sie sind kein Prüfer der wartenden Umgebungen.</translation>
    </message>
    <message>
        <source>Rejecting needs a comment.</source>
        <translation>Ablehnen braucht einen Kommentar.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>The release&apos;s recent workflow runs; choose one to follow it</source>
        <translation>Die letzten Workflow-Läufe des Releases; wählen Sie einen, um ihn zu verfolgen</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Prüfkommentar</translation>
    </message>
    <message>
        <source>Jobs of the run</source>
        <translation>Jobs des Laufs</translation>
    </message>
    <message>
        <source>Each job of the run with its steps, their state and how long they took</source>
        <translation>Jeder Job des Laufs mit seinen Schritten, ihrem Zustand und ihrer Dauer</translation>
    </message>
    <message>
        <source>The last lines of each failed job&apos;s log</source>
        <translation>Die letzten Zeilen des Logs jedes fehlgeschlagenen Jobs</translation>
    </message>
</context>
<context>
    <name>rc::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Action, menu or key</source>
        <translation>Aktion, Menü oder Taste</translation>
    </message>
    <message>
        <source>Shows only the actions whose name, menu or keys contain this text</source>
        <translation>Zeigt nur die Aktionen, deren Name, Menü oder Tasten diesen Text enthalten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Through the menus</source>
        <translation>Über die Menüs</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every action of the window, grouped by menu, with its shortcut and the keys that reach it through the menus</source>
        <translation>Jede Aktion des Fensters, nach Menü gruppiert, mit ihrem Tastenkürzel und den Tasten, die sie über die Menüs erreichen</translation>
    </message>
</context>
<context>
    <name>rc::ui::SignOffDelegate</name>
    <message>
        <source>Reject %1</source>
        <translation>%1 ablehnen</translation>
    </message>
    <message>
        <source>Why is %1 rejected? The reason is written to the manifest.</source>
        <translation>Warum wird %1 abgelehnt? Die Begründung wird ins Manifest geschrieben.</translation>
    </message>
</context>
<context>
    <name>rc::ui::SignoffController</name>
    <message>
        <source>Open a release first.</source>
        <translation>Öffnen Sie zuerst ein Release.</translation>
    </message>
    <message>
        <source>The release is not in a git clone, so its GitHub repository is unknown.</source>
        <translation>Das Release liegt in keinem Git-Klon, daher ist sein GitHub-Repository unbekannt.</translation>
    </message>
    <message>
        <source>GitHub is not set up.</source>
        <translation>GitHub ist nicht eingerichtet.</translation>
    </message>
    <message>
        <source>A sign-off request or check is running.</source>
        <translation>Eine Sign-off-Anfrage oder -Prüfung läuft.</translation>
    </message>
    <message>
        <source> (simulated GitHub)</source>
        <translation> (simuliertes GitHub)</translation>
    </message>
    <message>
        <source>Open one issue per component that still needs a sign-off, in %1%2</source>
        <translation>Ein Issue je Komponente öffnen, die noch ein Sign-off braucht, in %1%2</translation>
    </message>
    <message>
        <source>Save the release first: checking writes the answers into the file.</source>
        <translation>Speichern Sie zuerst das Release: die Prüfung schreibt die Antworten in die Datei.</translation>
    </message>
    <message>
        <source>Read the answers on the sign-off issues in %1%2 and record each /approve or /reject from someone allowed</source>
        <translation>Die Antworten in den Sign-off-Issues in %1%2 lesen und jedes /approve oder /reject einer berechtigten Person erfassen</translation>
    </message>
    <message>
        <source>Request Sign-offs</source>
        <translation>Sign-offs anfordern</translation>
    </message>
    <message>
        <source>Requesting sign-offs for %1…</source>
        <translation>Fordere Sign-offs für %1 an…</translation>
    </message>
    <message>
        <source>Check Sign-offs</source>
        <translation>Sign-offs prüfen</translation>
    </message>
    <message>
        <source>Checking sign-offs for %1…</source>
        <translation>Prüfe Sign-offs für %1…</translation>
    </message>
    <message>
        <source>The sign-off issues of %1 could not be listed: %2</source>
        <translation>Die Sign-off-Issues von %1 konnten nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>%1: opened issue #%2 %3</source>
        <translation>%1: Issue #%2 %3 geöffnet</translation>
    </message>
    <message>
        <source>%1: issue #%2 is already open</source>
        <translation>%1: Issue #%2 ist bereits offen</translation>
    </message>
    <message>
        <source>%1: no sign-off needed (%2)</source>
        <translation>%1: kein Sign-off nötig (%2)</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1: fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n sign-off issue(s) opened for %1</source>
        <translation>
            <numerusform>%n Sign-off-Issue für %1 geöffnet</numerusform>
            <numerusform>%n Sign-off-Issues für %1 geöffnet</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-off issues of %1 could not be read: %2</source>
        <translation>Die Sign-off-Issues von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: no open sign-off issue</source>
        <translation>%1: kein offenes Sign-off-Issue</translation>
    </message>
    <message>
        <source>%1: approved by @%2 at %3</source>
        <translation>%1: freigegeben von @%2 am %3</translation>
    </message>
    <message>
        <source>%1: rejected by @%2: %3</source>
        <translation>%1: abgelehnt von @%2: %3</translation>
    </message>
    <message>
        <source>%1: still pending (#%2)</source>
        <translation>%1: noch ausstehend (#%2)</translation>
    </message>
    <message>
        <source> — recorded</source>
        <translation> — erfasst</translation>
    </message>
    <message>
        <source> — the manifest holds a newer decision; kept</source>
        <translation> — das Manifest enthält eine neuere Entscheidung; behalten</translation>
    </message>
    <message>
        <source>, issue closed</source>
        <translation>, Issue geschlossen</translation>
    </message>
    <message>
        <source>    ignored &quot;%1&quot; by @%2: %3</source>
        <translation>    „%1“ von @%2 ignoriert: %3</translation>
    </message>
    <message>
        <source>    failed: %1</source>
        <translation>    fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Nichts wurde geschrieben: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sign-off decision(s) recorded for %1</source>
        <translation>
            <numerusform>%n Sign-off-Entscheidung für %1 erfasst</numerusform>
            <numerusform>%n Sign-off-Entscheidungen für %1 erfasst</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::SlackSession</name>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Stored in the keychain (webhook on %1).</source>
        <translation>Im Schlüsselbund gespeichert (Webhook auf %1).</translation>
    </message>
    <message>
        <source>Removed from the keychain.</source>
        <translation>Aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>The keychain held no webhook for this channel.</source>
        <translation>Der Schlüsselbund enthielt keinen Webhook für diesen Kanal.</translation>
    </message>
</context>
<context>
    <name>rc::ui::SlackSettingsDialog</name>
    <message>
        <source>(default: every other channel)</source>
        <translation>(Standard: jeder andere Kanal)</translation>
    </message>
    <message>
        <source>Slack Settings</source>
        <translation>Slack-Einstellungen</translation>
    </message>
    <message>
        <source>Release events are posted to Slack through incoming webhooks: one per channel, or a default one for every channel without its own. Webhook URLs are kept in the system keychain; releasectl reads RC_SLACK_WEBHOOK_URL and RC_SLACK_WEBHOOK_URL_&lt;CHANNEL&gt; from the environment instead.</source>
        <translation>Release-Ereignisse werden über Incoming Webhooks in Slack gepostet: einer je Kanal oder ein Standard-Webhook für jeden Kanal ohne eigenen. Webhook-URLs liegen im Schlüsselbund des Systems; releasectl liest stattdessen RC_SLACK_WEBHOOK_URL und RC_SLACK_WEBHOOK_URL_&lt;CHANNEL&gt; aus der Umgebung.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Webhook host</source>
        <translation>Webhook-Host</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Channels with a webhook</source>
        <translation>Kanäle mit Webhook</translation>
    </message>
    <message>
        <source>A channel such as #releases or #team-api; leave it empty for the default webhook.</source>
        <translation>Ein Kanal wie #releases oder #team-api; leer lassen für den Standard-Webhook.</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>https://hooks.slack.com/services/…</source>
        <translation>https://hooks.slack.com/services/…</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Webhook &amp;URL:</source>
        <translation>Webhook-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Store in Keychain</source>
        <translation>Im Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Send &amp;Test Message</source>
        <translation>&amp;Testnachricht senden</translation>
    </message>
    <message>
        <source>No webhook for %1: paste one above, or store a default one.</source>
        <translation>Kein Webhook für %1: fügen Sie oben einen ein oder speichern Sie einen Standard-Webhook.</translation>
    </message>
    <message>
        <source>Release Console can post to %1.</source>
        <translation>Release Console kann in %1 posten.</translation>
    </message>
    <message>
        <source>Sending a test message to %1 through %2…</source>
        <translation>Sende eine Testnachricht an %1 über %2…</translation>
    </message>
    <message>
        <source>Slack accepted the test message for %1 (webhook on %2).</source>
        <translation>Slack hat die Testnachricht für %1 angenommen (Webhook auf %2).</translation>
    </message>
    <message>
        <source>Slack did not take the test message for %1: %2</source>
        <translation>Slack hat die Testnachricht für %1 nicht angenommen: %2</translation>
    </message>
    <message>
        <source>Remove this channel&apos;s webhook from the keychain.</source>
        <translation>Den Webhook dieses Kanals aus dem Schlüsselbund entfernen.</translation>
    </message>
    <message>
        <source>The keychain holds no webhook for this channel.</source>
        <translation>Der Schlüsselbund enthält keinen Webhook für diesen Kanal.</translation>
    </message>
    <message>
        <source>This webhook comes from %1 in the environment; unset it there.</source>
        <translation>Dieser Webhook stammt aus %1 in der Umgebung; entfernen Sie ihn dort.</translation>
    </message>
</context>
<context>
    <name>rc::ui::SyncConflictDialog</name>
    <message>
        <source>Sign-offs Changed on Both Sides</source>
        <translation>Sign-offs auf beiden Seiten geändert</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nothing was pushed.&lt;/b&gt; %1 changed these decisions differently from your commits. Your commits are still on your branch and %1 is untouched: nothing is lost.&lt;/p&gt;&lt;p&gt;Agree with the other side on which decision stands, then keep yours (recorded on top of theirs) or take theirs (yours is left out). Close to decide later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nichts wurde gepusht.&lt;/b&gt; %1 hat diese Entscheidungen anders getroffen als Ihre Commits. Ihre Commits sind noch auf Ihrem Branch und %1 ist unverändert: nichts geht verloren.&lt;/p&gt;&lt;p&gt;Einigen Sie sich mit der Gegenseite, welche Entscheidung gilt, und behalten Sie dann Ihre (über deren erfasst) oder übernehmen Sie deren (Ihre wird weggelassen). Schließen, um später zu entscheiden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Deren</translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation>Release %1</translation>
    </message>
    <message>
        <source>From your commit %1</source>
        <translation>Aus Ihrem Commit %1</translation>
    </message>
    <message>
        <source>Before either change: %1</source>
        <translation>Vor beiden Änderungen: %1</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Record your decisions on top of theirs and push</source>
        <translation>Ihre Entscheidungen über deren erfassen und pushen</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Deren übernehmen</translation>
    </message>
    <message>
        <source>Leave your conflicting decisions out, push your other edits</source>
        <translation>Ihre widersprechenden Entscheidungen weglassen, Ihre anderen Änderungen pushen</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Später entscheiden</translation>
    </message>
</context>
<context>
    <name>rc::ui::SyncStatus</name>
    <message>
        <source>&amp;Fetch</source>
        <translation>Ab&amp;rufen</translation>
    </message>
    <message>
        <source>Fetch the upstream and show how far this clone is ahead or behind</source>
        <translation>Den Upstream abrufen und zeigen, wie weit dieser Klon voraus oder zurück ist</translation>
    </message>
    <message>
        <source>&amp;Push Sign-offs</source>
        <translation>Sign-offs p&amp;ushen</translation>
    </message>
    <message>
        <source>Push committed sign-offs; when the upstream moved, re-apply them on top of it and push again</source>
        <translation>Committete Sign-offs pushen; wenn sich der Upstream bewegt hat, sie oben neu anwenden und erneut pushen</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Pushen</translation>
    </message>
    <message>
        <source>Fetch failed: %1</source>
        <translation>Abrufen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Push Failed</source>
        <translation>Pushen fehlgeschlagen</translation>
    </message>
    <message>
        <source>The sign-offs were not pushed.</source>
        <translation>Die Sign-offs wurden nicht gepusht.</translation>
    </message>
    <message>
        <source>%1 had moved: re-applied 1 commit on top and pushed</source>
        <translation>%1 hatte sich bewegt: 1 Commit oben neu angewendet und gepusht</translation>
    </message>
    <message>
        <source>%1 had moved: re-applied %2 commits on top and pushed</source>
        <translation>%1 hatte sich bewegt: %2 Commits oben neu angewendet und gepusht</translation>
    </message>
    <message>
        <source>Pushed %1 to %2</source>
        <translation>%1 nach %2 gepusht</translation>
    </message>
    <message>
        <source>Nothing to push: %1</source>
        <translation>Nichts zu pushen: %1</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Rufe ab…</translation>
    </message>
    <message>
        <source>Pushing…</source>
        <translation>Pushe…</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>Nicht geteilt</translation>
    </message>
    <message>
        <source>%1 ↑%2 (not on %3)</source>
        <translation>%1 ↑%2 (nicht auf %3)</translation>
    </message>
    <message>
        <source>%1 ↑%2 ↓%3</source>
        <translation>%1 ↑%2 ↓%3</translation>
    </message>
    <message>
        <source>⚠ Not shared</source>
        <translation>⚠ Nicht geteilt</translation>
    </message>
</context>
<context>
    <name>rc::ui::YamlView</name>
    <message>
        <source># Cannot read %1: %2</source>
        <translation># %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Manifest file</source>
        <translation>Manifest-Datei</translation>
    </message>
    <message>
        <source>The release&apos;s manifest as it is on disk, read-only</source>
        <translation>Das Manifest des Releases, wie es auf der Festplatte liegt, schreibgeschützt</translation>
    </message>
</context>
</TS>
