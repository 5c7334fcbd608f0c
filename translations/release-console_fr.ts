<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <source>inside an HTML comment, so nobody sees it</source>
        <translation>dans un commentaire HTML, donc invisible pour tous</translation>
    </message>
    <message>
        <source>inside a code block</source>
        <translation>dans un bloc de code</translation>
    </message>
    <message>
        <source>indented as code (four spaces or a tab)</source>
        <translation>indenté comme du code (quatre espaces ou une tabulation)</translation>
    </message>
    <message>
        <source>inside a quote</source>
        <translation>dans une citation</translation>
    </message>
    <message>
        <source>text after /approve; write /approve alone on its line</source>
        <translation>texte après /approve&#xa0;; écrivez /approve seul sur sa ligne</translation>
    </message>
    <message>
        <source>a rejection needs a reason: /reject REASON</source>
        <translation>un rejet exige une raison&#xa0;: /reject REASON</translation>
    </message>
    <message>
        <source>not on a line of its own; write /approve or /reject REASON alone on a line</source>
        <translation>pas seul sur sa ligne&#xa0;; écrivez /approve ou /reject REASON seul sur une ligne</translation>
    </message>
    <message>
        <source> (team lead)</source>
        <translation> (chef d&apos;équipe)</translation>
    </message>
    <message>
        <source>nobody (no team lead or allowed user is configured)</source>
        <translation>personne (aucun chef d&apos;équipe ni utilisateur autorisé n&apos;est configuré)</translation>
    </message>
    <message>
        <source>the author&apos;s account no longer exists</source>
        <translation>le compte de l&apos;auteur n&apos;existe plus</translation>
    </message>
    <message>
        <source>the comment both approves and rejects; write one of them</source>
        <translation>le commentaire approuve et rejette à la fois&#xa0;; écrivez l&apos;un ou l&apos;autre</translation>
    </message>
    <message>
        <source>@%1 may not sign this component off; who may: %2</source>
        <translation>@%1 n&apos;est pas autorisé à valider ce composant&#xa0;; personnes autorisées&#xa0;: %2</translation>
    </message>
    <message>
        <source>the repository permission of @%1 could not be checked</source>
        <translation>la permission de @%1 sur le dépôt n&apos;a pas pu être vérifiée</translation>
    </message>
    <message>
        <source>@%1 has %2 access to the repository; signing off needs write access or more</source>
        <translation>@%1 a l&apos;accès %2 au dépôt&#xa0;; valider exige l&apos;accès en écriture ou plus</translation>
    </message>
    <message>
        <source>These sign-off commands did not count:

</source>
        <translation>Ces commandes de validation n&apos;ont pas été prises en compte&#xa0;:

</translation>
    </message>
    <message>
        <source>- `%1` by @%2 (%3): %4
</source>
        <translation>- `%1` par @%2 (%3)&#xa0;: %4
</translation>
    </message>
    <message>
        <source>a deleted account</source>
        <translation>un compte supprimé</translation>
    </message>
    <message>
        <source>
To sign off, %1 (with write access to the repository) writes a comment with a line that says exactly `/approve`, or `/reject REASON`.
</source>
        <translation>
Pour valider, %1 (avec accès en écriture au dépôt) écrit un commentaire contenant une ligne qui dit exactement `/approve`, ou `/reject REASON`.
</translation>
    </message>
    <message>
        <source>the team lead</source>
        <translation>le chef d&apos;équipe</translation>
    </message>
    <message>
        <source>%1 changed on disk since the check read it, so no more decisions were written to it; run the check again</source>
        <translation>%1 a changé sur le disque depuis que la vérification l&apos;a lu, aucune autre décision n&apos;y a donc été écrite&#xa0;; relancez la vérification</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 n&apos;a pas été enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was saved but not committed: %2; commit it yourself, or fix the cause and commit with your git tools</source>
        <translation>%1 a été enregistré mais pas commité&#xa0;: %2&#xa0;; commitez-le vous-même, ou corrigez la cause et commitez avec vos outils git</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Release dashboard for a git clone: components, sign-offs, checklist, approvals and readiness.</source>
        <translation>Tableau de bord des releases d&apos;un clone git&#xa0;: composants, validations, checklist, approbations et état de préparation.</translation>
    </message>
    <message>
        <source>Create a fresh demo clone and open it, with a GitHub simulated on this computer.</source>
        <translation>Crée un nouveau clone de démonstration et l&apos;ouvre, avec un GitHub simulé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>A git clone, or a release manifest inside one.</source>
        <translation>Un clone git, ou un manifeste de release qu&apos;il contient.</translation>
    </message>
    <message>
        <source>Colours of the window for this run: light, dark or system. Without it, View → Appearance decides.</source>
        <translation>Couleurs de la fenêtre pour cette session&#xa0;: light, dark ou system. Sans cette option, Affichage → Apparence décide.</translation>
    </message>
    <message>
        <source>release-console: --palette takes light, dark or system, not &quot;%1&quot;.
</source>
        <translation>release-console&#xa0;: --palette prend light, dark ou system, pas «&#xa0;%1&#xa0;».
</translation>
    </message>
</context>
<context>
    <name>rc::app::DemoGitHub</name>
    <message>
        <source>The simulated GitHub of the demo could not listen on 127.0.0.1: %1</source>
        <translation>Le GitHub simulé de la démo n&apos;a pas pu écouter sur 127.0.0.1&#xa0;: %1</translation>
    </message>
    <message>
        <source>the demo</source>
        <translation>la démo</translation>
    </message>
</context>
<context>
    <name>rc::cli::Cli</name>
    <message>
        <source>%1 has errors; the release windows cannot be known until they are fixed</source>
        <translation>%1 contient des erreurs&#xa0;; les fenêtres de release ne peuvent pas être connues avant leur correction</translation>
    </message>
    <message>
        <source>Machine-readable output (see docs/cli.md).</source>
        <translation>Sortie lisible par machine (voir docs/cli.md).</translation>
    </message>
    <message>
        <source>The first day to list (default: today in the rules&apos; time zone).</source>
        <translation>Le premier jour à lister (par défaut&#xa0;: aujourd&apos;hui dans le fuseau horaire des règles).</translation>
    </message>
    <message>
        <source>How many days to list (default: 28, at most 366).</source>
        <translation>Combien de jours lister (par défaut&#xa0;: 28, au plus 366).</translation>
    </message>
    <message>
        <source>; see &apos;releasectl windows --help&apos;</source>
        <translation>&#xa0;; voir &apos;releasectl windows --help&apos;</translation>
    </message>
    <message>
        <source>windows takes no arguments; see &apos;releasectl windows --help&apos;</source>
        <translation>windows ne prend pas d&apos;arguments&#xa0;; voir &apos;releasectl windows --help&apos;</translation>
    </message>
    <message>
        <source>--days %1 is not a number of days from 1 to 366</source>
        <translation>--days %1 n&apos;est pas un nombre de jours de 1 à 366</translation>
    </message>
    <message>
        <source>--from %1 is not a date; write it as YYYY-MM-DD</source>
        <translation>--from %1 n&apos;est pas une date&#xa0;; écrivez-la comme YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Release calendar %1 to %2 (%3)</source>
        <translation>Calendrier des releases du %1 au %2 (%3)</translation>
    </message>
    <message>
        <source>%1 window</source>
        <translation>fenêtre %1</translation>
    </message>
    <message>
        <source>freeze &quot;%1&quot; (holds %2)</source>
        <translation>gel «&#xa0;%1&#xa0;» (bloque %2)</translation>
    </message>
    <message>
        <source>  No windows or freezes in these days.</source>
        <translation>  Aucune fenêtre ni aucun gel sur ces jours.</translation>
    </message>
    <message>
        <source>Why the release must deploy outside its window (required).</source>
        <translation>Pourquoi la release doit être déployée hors de sa fenêtre (obligatoire).</translation>
    </message>
    <message>
        <source>Who overrides (default: git config releaseconsole.user).</source>
        <translation>Qui accorde la dérogation (par défaut&#xa0;: git config releaseconsole.user).</translation>
    </message>
    <message>
        <source>Save the manifest without committing it.</source>
        <translation>Enregistre le manifeste sans le commiter.</translation>
    </message>
    <message>
        <source>Release id or manifest path.</source>
        <translation>Identifiant de release ou chemin du manifeste.</translation>
    </message>
    <message>
        <source>; see &apos;releasectl override --help&apos;</source>
        <translation>&#xa0;; voir &apos;releasectl override --help&apos;</translation>
    </message>
    <message>
        <source>override takes one release; see &apos;releasectl override --help&apos;</source>
        <translation>override prend une seule release&#xa0;; voir &apos;releasectl override --help&apos;</translation>
    </message>
    <message>
        <source>a break-glass override needs a reason: --reason &quot;why this cannot wait&quot;</source>
        <translation>une dérogation d&apos;urgence exige une raison&#xa0;: --reason &quot;pourquoi ça ne peut pas attendre&quot;</translation>
    </message>
    <message>
        <source>Pre-release</source>
        <translation>Avant la release</translation>
    </message>
    <message>
        <source>Release day</source>
        <translation>Jour de release</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, overdue since %2</source>
        <translation>%1, en retard depuis %2</translation>
    </message>
    <message>
        <source>%1, due now (by %2)</source>
        <translation>%1, à faire maintenant (avant %2)</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, à partir de %2</translation>
    </message>
    <message>
        <source>%1
%2 was not changed.</source>
        <translation>%1
%2 n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>the %1 checklist applies only to a release with database migrations, and no commit %2 changed migrations/, db/migrate/ or db/migrations/ in the components of %3; pass --force to add it anyway</source>
        <translation>la checklist %1 ne s&apos;applique qu&apos;à une release avec des migrations de base de données, et aucun commit %2 n&apos;a modifié migrations/, db/migrate/ ou db/migrations/ dans les composants de %3&#xa0;; passez --force pour l&apos;ajouter quand même</translation>
    </message>
    <message>
        <source>in the history</source>
        <translation>dans l&apos;historique</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>nothing to add: every item of %1 is in the checklist of %2 already</source>
        <translation>rien à ajouter&#xa0;: chaque élément de %1 est déjà dans la checklist de %2</translation>
    </message>
    <message>
        <source>no %1 matches &quot;%2&quot;; there are: %3</source>
        <translation>aucun %1 ne correspond à «&#xa0;%2&#xa0;»&#xa0;; disponibles&#xa0;: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several %2s: %3; give more of the text</source>
        <translation>«&#xa0;%1&#xa0;» correspond à plusieurs %2&#xa0;: %3&#xa0;; précisez davantage le texte</translation>
    </message>
    <message>
        <source>Releases under releases/ with status, schedule, sign-offs and readiness.</source>
        <translation>Releases sous releases/ avec statut, planification, validations et état de préparation.</translation>
    </message>
    <message>
        <source>The dashboard of one release, with readiness.</source>
        <translation>Le tableau de bord d&apos;une release, avec son état de préparation.</translation>
    </message>
    <message>
        <source>Check manifests (default: all under releases/); exits 2 on any error.</source>
        <translation>Vérifie les manifestes (par défaut&#xa0;: tous ceux sous releases/)&#xa0;; code de sortie 2 à la moindre erreur.</translation>
    </message>
    <message>
        <source>Readiness to deploy, release windows and freezes included; exits 3 and lists blockers when blocked.</source>
        <translation>État de préparation au déploiement, fenêtres de release et gels compris&#xa0;; code de sortie 3 avec la liste des blocages si la release est bloquée.</translation>
    </message>
    <message>
        <source>Sign a component off, reject it or reset it to pending.</source>
        <translation>Valide un composant, le rejette ou le remet en attente.</translation>
    </message>
    <message>
        <source>Tick or untick a checklist item (ITEM: 1-based index or text), or add a checklist template (pre-release, release-day, role:ROLE).</source>
        <translation>Coche ou décoche un élément de la checklist (ITEM&#xa0;: index à partir de 1 ou texte), ou ajoute un modèle de checklist (pre-release, release-day, role:ROLE).</translation>
    </message>
    <message>
        <source>Record a role&apos;s approval, rejection or reset.</source>
        <translation>Enregistre l&apos;approbation, le rejet ou la réinitialisation d&apos;un rôle.</translation>
    </message>
    <message>
        <source>Move a release along its lifecycle (alias: status-set).</source>
        <translation>Fait avancer une release dans son cycle de vie (alias&#xa0;: status-set).</translation>
    </message>
    <message>
        <source>Commits per component since the last release tag, with suggested versions.</source>
        <translation>Commits par composant depuis le dernier tag de release, avec les versions suggérées.</translation>
    </message>
    <message>
        <source>Write a new release manifest from the changes since the last tag, and commit it.</source>
        <translation>Écrit un nouveau manifeste de release à partir des changements depuis le dernier tag, et le commite.</translation>
    </message>
    <message>
        <source>Cut branch hotfix/NAME at the production tag and write its hotfix manifest.</source>
        <translation>Crée la branche hotfix/NAME au tag de production et écrit son manifeste de hotfix.</translation>
    </message>
    <message>
        <source>Fetch the upstream and show how far the clone is ahead or behind.</source>
        <translation>Récupère l&apos;amont (fetch) et indique l&apos;avance ou le retard du clone.</translation>
    </message>
    <message>
        <source>Push committed manifest edits; re-applies them on top when the upstream moved.</source>
        <translation>Pousse les modifications de manifeste commitées&#xa0;; les réapplique par-dessus si l&apos;amont a bougé.</translation>
    </message>
    <message>
        <source>Test the connection to GitHub: who the token is, what it may do in the repository, and the rate limit.</source>
        <translation>Teste la connexion à GitHub&#xa0;: à qui appartient le jeton, ce qu&apos;il permet dans le dépôt, et la limite de débit.</translation>
    </message>
    <message>
        <source>Dispatch the release workflow&apos;s deploy_production, gated by readiness (exit 3 when blocked); a dry run unless --no-dry-run.</source>
        <translation>Déclenche deploy_production du workflow de release, conditionné à l&apos;état de préparation (code 3 si bloquée)&#xa0;; une simulation sauf avec --no-dry-run.</translation>
    </message>
    <message>
        <source>Dispatch the release workflow&apos;s rollback for a deployed release.</source>
        <translation>Déclenche le rollback du workflow de release pour une release déployée.</translation>
    </message>
    <message>
        <source>Dispatch any action of the release workflow (create_release, request_signoffs, check_signoffs, deploy_production, rollback).</source>
        <translation>Déclenche n&apos;importe quelle action du workflow de release (create_release, request_signoffs, check_signoffs, deploy_production, rollback).</translation>
    </message>
    <message>
        <source>Follow a workflow run until it completes and exit with its conclusion; completes a deploy&apos;s manifest status.</source>
        <translation>Suit une exécution de workflow jusqu&apos;à la fin et sort avec sa conclusion&#xa0;; complète le statut du manifeste d&apos;un déploiement.</translation>
    </message>
    <message>
        <source>Open a GitHub sign-off issue per pending component, or read their /approve and /reject comments into the manifest.</source>
        <translation>Ouvre une issue GitHub de validation par composant en attente, ou reporte leurs commentaires /approve et /reject dans le manifeste.</translation>
    </message>
    <message>
        <source>Show the Slack outbox, send what waits in it, or post a test message.</source>
        <translation>Affiche la boîte d&apos;envoi Slack, envoie ce qui y attend, ou publie un message de test.</translation>
    </message>
    <message>
        <source>The dashboard as a Markdown or HTML document; --all for an index of every release.</source>
        <translation>Le tableau de bord en document Markdown ou HTML ; --all pour un index de toutes les releases.</translation>
    </message>
    <message>
        <source>The release windows and freezes of the coming days, in the rules&apos; time zone.</source>
        <translation>Les fenêtres de release et les gels des prochains jours, dans le fuseau horaire des règles.</translation>
    </message>
    <message>
        <source>Break glass: let a release deploy outside its window or in a freeze; recorded in the manifest and announced.</source>
        <translation>Dérogation d&apos;urgence&#xa0;: permet à une release d&apos;être déployée hors de sa fenêtre ou pendant un gel&#xa0;; enregistrée dans le manifeste et annoncée.</translation>
    </message>
    <message>
        <source>%1 changed on disk; run the command again</source>
        <translation>%1 a changé sur le disque&#xa0;; relancez la commande</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 n&apos;a pas été enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>release %1 has no checklist</source>
        <translation>la release %1 n&apos;a pas de checklist</translation>
    </message>
    <message>
        <source>checklist item %1 does not exist; items are numbered 1 to %2</source>
        <translation>l&apos;élément de checklist %1 n&apos;existe pas&#xa0;; les éléments sont numérotés de 1 à %2</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>élément de checklist</translation>
    </message>
    <message>
        <source>release %1 has no approvals</source>
        <translation>la release %1 n&apos;a pas d&apos;approbations</translation>
    </message>
    <message>
        <source>approval role</source>
        <translation>rôle d&apos;approbation</translation>
    </message>
    <message>
        <source>release %1 has no component &quot;%2&quot;; components: %3</source>
        <translation>la release %1 n&apos;a pas de composant «&#xa0;%2&#xa0;»&#xa0;; composants&#xa0;: %3</translation>
    </message>
    <message>
        <source>Usage: releasectl [--repo DIR] COMMAND [ARGS...]
The command-line twin of Release Console: release manifests under releases/ in a git clone.

Commands:
</source>
        <translation>Usage&#xa0;: releasectl [--repo DIR] COMMAND [ARGS...]
Le jumeau en ligne de commande de Release Console&#xa0;: les manifestes de release sous releases/ dans un clone git.

Commandes&#xa0;:
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
Options globales&#xa0;:
  --repo DIR     le clone où travailler (par défaut&#xa0;: celui qui contient le répertoire courant)
  -h, --help     cette aide&#xa0;; &apos;releasectl COMMAND --help&apos; pour une commande
  -v, --version  la version

RELEASE est un identifiant de release (release.id dans le manifeste) ou le chemin de son fichier.
Codes de sortie&#xa0;: 0 terminé, 1 échec (git, système de fichiers), 2 entrée invalide, 3 bloqué par l&apos;état de préparation.
</translation>
    </message>
    <message>
        <source>--repo needs a directory: --repo DIR</source>
        <translation>--repo attend un répertoire&#xa0;: --repo DIR</translation>
    </message>
    <message>
        <source>unknown option %1; see &apos;releasectl --help&apos;</source>
        <translation>option inconnue %1&#xa0;; voir &apos;releasectl --help&apos;</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; commands: %2</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»&#xa0;; commandes&#xa0;: %2</translation>
    </message>
    <message>
        <source>--repo %1: no such directory</source>
        <translation>--repo %1&#xa0;: répertoire inexistant</translation>
    </message>
    <message>
        <source>%1
Run releasectl inside a clone or point at one with --repo DIR.</source>
        <translation>%1
Lancez releasectl dans un clone ou indiquez-en un avec --repo DIR.</translation>
    </message>
    <message>
        <source>cannot read the clone at %1: %2</source>
        <translation>impossible de lire le clone dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>name a release</source>
        <translation>indiquez une release</translation>
    </message>
    <message>
        <source>no release manifests under releases/ in %1</source>
        <translation>aucun manifeste de release sous releases/ dans %1</translation>
    </message>
    <message>
        <source>no open release (all are deployed, rolled back or cancelled); name one</source>
        <translation>aucune release ouverte (toutes sont déployées, en rollback ou annulées)&#xa0;; indiquez-en une</translation>
    </message>
    <message>
        <source>%1 releases are open; name one:
%2</source>
        <translation>%1 releases sont ouvertes&#xa0;; indiquez-en une&#xa0;:
%2</translation>
    </message>
    <message>
        <source>%1 is not a manifest under releases/ of the clone at %2</source>
        <translation>%1 n&apos;est pas un manifeste sous releases/ du clone dans %2</translation>
    </message>
    <message>
        <source>%1 has errors; fix them and run the command again</source>
        <translation>%1 contient des erreurs&#xa0;; corrigez-les et relancez la commande</translation>
    </message>
    <message>
        <source>who is signing? Set your handle once with &apos;git config releaseconsole.user @you&apos;, or pass --by @you</source>
        <translation>qui valide&#xa0;? Définissez votre identifiant une fois avec &apos;git config releaseconsole.user @vous&apos;, ou passez --by @vous</translation>
    </message>
    <message>
        <source>saved %1 (not committed)</source>
        <translation>%1 enregistré (non commité)</translation>
    </message>
    <message>
        <source>%1 was saved but not committed: %2
Commit it yourself, or fix the cause and commit with your git tools.</source>
        <translation>%1 a été enregistré mais pas commité&#xa0;: %2
Commitez-le vous-même, ou corrigez la cause et commitez avec vos outils git.</translation>
    </message>
    <message>
        <source>saved %1, commit %2</source>
        <translation>%1 enregistré, commit %2</translation>
    </message>
    <message>
        <source>; see &apos;releasectl list --help&apos;</source>
        <translation>&#xa0;; voir &apos;releasectl list --help&apos;</translation>
    </message>
    <message>
        <source>list takes no arguments; see &apos;releasectl list --help&apos;</source>
        <translation>list ne prend pas d&apos;arguments&#xa0;; voir &apos;releasectl list --help&apos;</translation>
    </message>
    <message>
        <source>No release manifests under releases/ in %1.</source>
        <translation>Aucun manifeste de release sous releases/ dans %1.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>SCHEDULED</source>
        <translation>PLANIFIÉE</translation>
    </message>
    <message>
        <source>MANAGER</source>
        <translation>RESPONSABLE</translation>
    </message>
    <message>
        <source>SIGN-OFFS</source>
        <translation>VALIDATIONS</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>PRÊTE</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <source>(1 error; run &apos;releasectl validate&apos;)</source>
        <translation>(1 erreur&#xa0;; lancez &apos;releasectl validate&apos;)</translation>
    </message>
    <message>
        <source>(%1 errors; run &apos;releasectl validate&apos;)</source>
        <translation>(%1 erreurs&#xa0;; lancez &apos;releasectl validate&apos;)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>  (uncommitted changes)</source>
        <translation>  (modifications non commitées)</translation>
    </message>
    <message>
        <source>  (not in git yet)</source>
        <translation>  (pas encore dans git)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>non planifiée</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>Release manager</source>
        <translation>Responsable de release</translation>
    </message>
    <message>
        <source>Components (%1 of %2 signed off)</source>
        <translation>Composants (validés&#xa0;: %1 sur %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>ÉQUIPE</translation>
    </message>
    <message>
        <source>LEAD</source>
        <translation>CHEF</translation>
    </message>
    <message>
        <source>SIGN-OFF</source>
        <translation>VALIDATION</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>non requise</translation>
    </message>
    <message>
        <source>Checklist (%1 of %2 done)</source>
        <translation>Checklist (faits&#xa0;: %1 sur %2)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>État de préparation</translation>
    </message>
    <message>
        <source>ready to deploy</source>
        <translation>prête à déployer</translation>
    </message>
    <message>
        <source>blocked (1 blocker)</source>
        <translation>bloquée (1 blocage)</translation>
    </message>
    <message>
        <source>blocked (%1 blockers)</source>
        <translation>bloquée (%1 blocages)</translation>
    </message>
    <message>
        <source>Break glass</source>
        <translation>Dérogation d&apos;urgence</translation>
    </message>
    <message>
        <source>by %1 at %2: %3</source>
        <translation>par %1 le %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Show release-day checklist items due or overdue, and the release windows, as at TIME (ISO 8601, e.g. 2024-01-15T09:45:00Z) instead of now.</source>
        <translation>Affiche les éléments de checklist du jour de release à faire ou en retard, ainsi que les fenêtres de release, à la date TIME (ISO 8601, p. ex. 2024-01-15T09:45:00Z) au lieu de maintenant.</translation>
    </message>
    <message>
        <source>Release id or manifest path (default: the one open release).</source>
        <translation>Identifiant de release ou chemin du manifeste (par défaut&#xa0;: l&apos;unique release ouverte).</translation>
    </message>
    <message>
        <source>; see &apos;releasectl status --help&apos;</source>
        <translation>&#xa0;; voir &apos;releasectl status --help&apos;</translation>
    </message>
    <message>
        <source>status takes one release; see &apos;releasectl status --help&apos;</source>
        <translation>status prend une seule release&#xa0;; voir &apos;releasectl status --help&apos;</translation>
    </message>
    <message>
        <source>--at needs an ISO 8601 time such as 2024-01-15T09:45:00Z, not &quot;%1&quot;</source>
        <translation>--at attend une date-heure ISO 8601 comme 2024-01-15T09:45:00Z, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Judge the release windows and freezes as at TIME (ISO 8601, e.g. 2024-01-23T10:30:00Z) instead of now.</source>
        <translation>Évalue les fenêtres de release et les gels à la date TIME (ISO 8601, p. ex. 2024-01-23T10:30:00Z) au lieu de maintenant.</translation>
    </message>
    <message>
        <source>; see &apos;releasectl check --help&apos;</source>
        <translation>&#xa0;; voir &apos;releasectl check --help&apos;</translation>
    </message>
    <message>
        <source>check takes one release; see &apos;releasectl check --help&apos;</source>
        <translation>check prend une seule release&#xa0;; voir &apos;releasectl check --help&apos;</translation>
    </message>
    <message>
        <source>%1 is ready to deploy</source>
        <translation>%1 est prête à déployer</translation>
    </message>
    <message>
        <source>%1 is blocked (1 blocker):</source>
        <translation>%1 est bloquée (1 blocage)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 is blocked (%2 blockers):</source>
        <translation>%1 est bloquée (%2 blocages)&#xa0;:</translation>
    </message>
    <message>
        <source>Manifests to check (default: every manifest under releases/).</source>
        <translation>Manifestes à vérifier (par défaut&#xa0;: tous les manifestes sous releases/).</translation>
    </message>
    <message>
        <source>; see &apos;releasectl validate --help&apos;</source>
        <translation>&#xa0;; voir &apos;releasectl validate --help&apos;</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>1 manifest checked</source>
        <translation>1 manifeste vérifié</translation>
    </message>
    <message>
        <source>%1 manifests checked</source>
        <translation>%1 manifestes vérifiés</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 erreurs</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 avertissements</translation>
    </message>
    <message>
        <source>Sign the component off.</source>
        <translation>Valide le composant.</translation>
    </message>
    <message>
        <source>Reject it, saying why.</source>
        <translation>Le rejette, en disant pourquoi.</translation>
    </message>
    <message>
        <source>Back to pending.</source>
        <translation>Retour à l&apos;état en attente.</translation>
    </message>
    <message>
        <source>Who signs (default: git config releaseconsole.user).</source>
        <translation>Qui valide (par défaut&#xa0;: git config releaseconsole.user).</translation>
    </message>
    <message>
        <source>Save the file but do not commit it.</source>
        <translation>Enregistre le fichier sans le commiter.</translation>
    </message>
    <message>
        <source>Component name.</source>
        <translation>Nom du composant.</translation>
    </message>
    <message>
        <source>; see &apos;releasectl signoff --help&apos;</source>
        <translation>&#xa0;; voir &apos;releasectl signoff --help&apos;</translation>
    </message>
    <message>
        <source>signoff needs RELEASE and COMPONENT; see &apos;releasectl signoff --help&apos;</source>
        <translation>signoff attend RELEASE et COMPONENT&#xa0;; voir &apos;releasectl signoff --help&apos;</translation>
    </message>
    <message>
        <source>signoff needs exactly one of --approve, --reject REASON, --reset</source>
        <translation>signoff attend exactement une option parmi --approve, --reject REASON, --reset</translation>
    </message>
    <message>
        <source>--reject needs a reason: --reject &quot;what is wrong&quot;</source>
        <translation>--reject attend une raison&#xa0;: --reject &quot;ce qui ne va pas&quot;</translation>
    </message>
    <message>
        <source>Tick the item.</source>
        <translation>Coche l&apos;élément.</translation>
    </message>
    <message>
        <source>Untick it.</source>
        <translation>Le décoche.</translation>
    </message>
    <message>
        <source>Who did it (default: git config releaseconsole.user).</source>
        <translation>Qui l&apos;a fait (par défaut&#xa0;: git config releaseconsole.user).</translation>
    </message>
    <message>
        <source>Append a checklist template&apos;s items that the checklist does not have yet: pre-release, release-day or role:ROLE (team_lead, qa_lead, security, dba, release_manager); may be repeated.</source>
        <translation>Ajoute les éléments d&apos;un modèle de checklist que la checklist n&apos;a pas encore&#xa0;: pre-release, release-day ou role:ROLE (team_lead, qa_lead, security, dba, release_manager)&#xa0;; peut être répété.</translation>
    </message>
    <message>
        <source>With --add role:dba: add the DBA checklist even when no migrations changed.</source>
        <translation>Avec --add role:dba&#xa0;: ajoute la checklist DBA même si aucune migration n&apos;a changé.</translation>
    </message>
    <message>
        <source>1-based index, or the item&apos;s text (exact or a unique part of it).</source>
        <translation>Index à partir de 1, ou texte de l&apos;élément (exact ou une partie unique).</translation>
    </message>
    <message>
        <source>; see &apos;releasectl checklist --help&apos;</source>
        <translation>&#xa0;; voir &apos;releasectl checklist --help&apos;</translation>
    </message>
    <message>
        <source>checklist --add takes RELEASE and no ITEM, --done or --undo; see &apos;releasectl checklist --help&apos;</source>
        <translation>checklist --add prend RELEASE, sans ITEM, --done ni --undo&#xa0;; voir &apos;releasectl checklist --help&apos;</translation>
    </message>
    <message>
        <source>checklist needs RELEASE and ITEM; see &apos;releasectl checklist --help&apos;</source>
        <translation>checklist attend RELEASE et ITEM&#xa0;; voir &apos;releasectl checklist --help&apos;</translation>
    </message>
    <message>
        <source>checklist needs exactly one of --done, --undo</source>
        <translation>checklist attend exactement une option parmi --done, --undo</translation>
    </message>
    <message>
        <source>Reject instead, saying why.</source>
        <translation>Rejette à la place, en disant pourquoi.</translation>
    </message>
    <message>
        <source>Who approves (default: git config releaseconsole.user).</source>
        <translation>Qui approuve (par défaut&#xa0;: git config releaseconsole.user).</translation>
    </message>
    <message>
        <source>Approval role, e.g. &quot;Tech Lead&quot; (or a unique part of it).</source>
        <translation>Rôle d&apos;approbation, p. ex. «&#xa0;Tech Lead&#xa0;» (ou une partie unique).</translation>
    </message>
    <message>
        <source>; see &apos;releasectl approve --help&apos;</source>
        <translation>&#xa0;; voir &apos;releasectl approve --help&apos;</translation>
    </message>
    <message>
        <source>approve needs RELEASE and ROLE; see &apos;releasectl approve --help&apos;</source>
        <translation>approve attend RELEASE et ROLE&#xa0;; voir &apos;releasectl approve --help&apos;</translation>
    </message>
    <message>
        <source>approve takes --reject or --reset, not both</source>
        <translation>approve prend --reject ou --reset, pas les deux</translation>
    </message>
    <message>
        <source>The new status: %1.</source>
        <translation>Le nouveau statut&#xa0;: %1.</translation>
    </message>
    <message>
        <source>; see &apos;releasectl %1 --help&apos;</source>
        <translation>&#xa0;; voir &apos;releasectl %1 --help&apos;</translation>
    </message>
    <message>
        <source>%1 needs RELEASE and STATUS; see &apos;releasectl %1 --help&apos;</source>
        <translation>%1 attend RELEASE et STATUS&#xa0;; voir &apos;releasectl %1 --help&apos;</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; statuses: %2</source>
        <translation>statut inconnu «&#xa0;%1&#xa0;»&#xa0;; statuts&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is already %2</source>
        <translation>%1 a déjà le statut %2</translation>
    </message>
    <message>
        <source>%1 cannot move from %2 to %3: %2 is final</source>
        <translation>%1 ne peut pas passer de %2 à %3&#xa0;: %2 est définitif</translation>
    </message>
    <message>
        <source>%1 cannot move from %2 to %3; from %2 it can go to: %4</source>
        <translation>%1 ne peut pas passer de %2 à %3&#xa0;; depuis %2, transitions possibles&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 cannot be marked approved until these are done:</source>
        <translation>%1 ne peut pas être marquée approuvée avant que ceci soit fait&#xa0;:</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>The clone to work in (default: the one around the working directory).</source>
        <translation>Le clone où travailler (par défaut&#xa0;: celui qui contient le répertoire courant).</translation>
    </message>
    <message>
        <source>Usage: releasectl [--repo DIR] %1 %2
%3
</source>
        <translation>Usage&#xa0;: releasectl [--repo DIR] %1 %2
%3
</translation>
    </message>
    <message>
        <source>with access to %1</source>
        <translation>avec accès à %1</translation>
    </message>
    <message>
        <source>releasectl: GitHub did not answer as expected, still watching: %1</source>
        <translation>releasectl&#xa0;: GitHub n&apos;a pas répondu comme prévu, le suivi continue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run for real (the default is a dry run).</source>
        <translation>Exécution réelle (par défaut&#xa0;: simulation).</translation>
    </message>
    <message>
        <source>Follow the run until it completes and exit with its conclusion.</source>
        <translation>Suit l&apos;exécution jusqu&apos;à la fin et sort avec sa conclusion.</translation>
    </message>
    <message>
        <source>Print JSON (see docs/cli.md).</source>
        <translation>Affiche du JSON (voir docs/cli.md).</translation>
    </message>
    <message>
        <source>Why (required for a rollback).</source>
        <translation>Pourquoi (obligatoire pour un rollback).</translation>
    </message>
    <message>
        <source>Poll every MS milliseconds while the run moves (default 2000).</source>
        <translation>Interroge toutes les MS millisecondes tant que l&apos;exécution avance (par défaut 2000).</translation>
    </message>
    <message>
        <source>dispatch needs RELEASE and ACTION</source>
        <translation>dispatch attend RELEASE et ACTION</translation>
    </message>
    <message>
        <source>%1 needs RELEASE</source>
        <translation>%1 attend RELEASE</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; ACTION is one of %2</source>
        <translation>action inconnue «&#xa0;%1&#xa0;»&#xa0;; ACTION est l&apos;une de %2</translation>
    </message>
    <message>
        <source>a rollback needs a reason: --reason &quot;what went wrong&quot;</source>
        <translation>un rollback exige une raison&#xa0;: --reason &quot;ce qui n&apos;a pas marché&quot;</translation>
    </message>
    <message>
        <source>--reason is for a rollback</source>
        <translation>--reason ne sert qu&apos;au rollback</translation>
    </message>
    <message>
        <source>--interval takes milliseconds, 10 or more</source>
        <translation>--interval prend des millisecondes, 10 ou plus</translation>
    </message>
    <message>
        <source>%1 may not deploy:</source>
        <translation>%1 ne peut pas être déployée&#xa0;:</translation>
    </message>
    <message>
        <source>%1 cannot be rolled back:</source>
        <translation>%1 ne peut pas faire l&apos;objet d&apos;un rollback&#xa0;:</translation>
    </message>
    <message>
        <source>DRY RUN</source>
        <translation>SIMULATION</translation>
    </message>
    <message>
        <source> (nothing changes; --no-dry-run for a real run)</source>
        <translation> (rien ne change&#xa0;; --no-dry-run pour une exécution réelle)</translation>
    </message>
    <message>
        <source>REAL RUN</source>
        <translation>EXÉCUTION RÉELLE</translation>
    </message>
    <message>
        <source>Deploy %1 to production</source>
        <translation>Déployer %1 en production</translation>
    </message>
    <message>
        <source>Roll back %1</source>
        <translation>Rollback de %1</translation>
    </message>
    <message>
        <source>Run %1 for %2</source>
        <translation>Exécuter %1 pour %2</translation>
    </message>
    <message>
        <source>  repository %1, workflow %2 on %3 (%4)</source>
        <translation>  dépôt %1, workflow %2 sur %3 (%4)</translation>
    </message>
    <message>
        <source>  reason: %1</source>
        <translation>  raison&#xa0;: %1</translation>
    </message>
    <message>
        <source>  components:</source>
        <translation>  composants&#xa0;:</translation>
    </message>
    <message>
        <source>releasectl: warning: %1</source>
        <translation>releasectl&#xa0;: avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run %1 started: %2</source>
        <translation>Exécution %1 lancée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 stays deploying until the run is followed to its end: releasectl watch %2</source>
        <translation>%1 reste en déploiement jusqu&apos;à ce que l&apos;exécution soit suivie jusqu&apos;au bout&#xa0;: releasectl watch %2</translation>
    </message>
    <message>
        <source>%1 is marked rolled back once the run succeeds: releasectl watch %2 --reason %3</source>
        <translation>%1 est marquée en rollback effectué dès que l&apos;exécution réussit&#xa0;: releasectl watch %2 --reason %3</translation>
    </message>
    <message>
        <source>Follow it: releasectl watch %1</source>
        <translation>Pour la suivre&#xa0;: releasectl watch %1</translation>
    </message>
    <message>
        <source>The rollback run did not succeed; %1 stays deployed.</source>
        <translation>L&apos;exécution du rollback n&apos;a pas réussi&#xa0;; %1 reste déployée.</translation>
    </message>
    <message>
        <source>Print JSON when the run completes (see docs/cli.md).</source>
        <translation>Affiche du JSON à la fin de l&apos;exécution (voir docs/cli.md).</translation>
    </message>
    <message>
        <source>For a real rollback run started without --watch: mark the release rolled back with this reason when the run succeeds.</source>
        <translation>Pour une exécution réelle de rollback lancée sans --watch&#xa0;: marque la release en rollback effectué avec cette raison quand l&apos;exécution réussit.</translation>
    </message>
    <message>
        <source>The workflow run&apos;s id (the number in its URL).</source>
        <translation>L&apos;identifiant de l&apos;exécution du workflow (le nombre dans son URL).</translation>
    </message>
    <message>
        <source>; see &apos;releasectl watch --help&apos;</source>
        <translation>&#xa0;; voir &apos;releasectl watch --help&apos;</translation>
    </message>
    <message>
        <source>watch needs the run&apos;s id, a number such as 30433642; see &apos;releasectl watch --help&apos;</source>
        <translation>watch attend l&apos;identifiant de l&apos;exécution, un nombre comme 30433642&#xa0;; voir &apos;releasectl watch --help&apos;</translation>
    </message>
    <message>
        <source>--reason needs text</source>
        <translation>--reason attend un texte</translation>
    </message>
    <message>
        <source>run %1 is not a rollback of a release in this clone, so --reason has nothing to mark; the run&apos;s name must carry the action and the release id (docs/cli.md#workflow-requirements)</source>
        <translation>l&apos;exécution %1 n&apos;est pas un rollback d&apos;une release de ce clone, --reason n&apos;a donc rien à marquer&#xa0;; le nom de l&apos;exécution doit porter l&apos;action et l&apos;identifiant de release (docs/cli.md#workflow-requirements)</translation>
    </message>
    <message>
        <source>The rollback run did not succeed; %1 stays %2.</source>
        <translation>L&apos;exécution du rollback n&apos;a pas réussi&#xa0;; %1 garde le statut %2.</translation>
    </message>
    <message>
        <source>Every release under releases/: an index, newest first, and a section per release.</source>
        <translation>Toutes les releases sous releases/&#xa0;: un index, les plus récentes en premier, et une section par release.</translation>
    </message>
    <message>
        <source>markdown or html (default: from the -o file&apos;s suffix, else markdown).</source>
        <translation>markdown ou html (par défaut&#xa0;: selon le suffixe du fichier -o, sinon markdown).</translation>
    </message>
    <message>
        <source>Write to FILE (replaced atomically) instead of standard output.</source>
        <translation>Écrit dans FILE (remplacé de façon atomique) au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>; see &apos;releasectl export --help&apos;</source>
        <translation>&#xa0;; voir &apos;releasectl export --help&apos;</translation>
    </message>
    <message>
        <source>export takes one release, or --all; see &apos;releasectl export --help&apos;</source>
        <translation>export prend une seule release, ou --all&#xa0;; voir &apos;releasectl export --help&apos;</translation>
    </message>
    <message>
        <source>give a release or --all, not both</source>
        <translation>indiquez une release ou --all, pas les deux</translation>
    </message>
    <message>
        <source>-o needs a file name</source>
        <translation>-o attend un nom de fichier</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; formats: %2</source>
        <translation>format inconnu «&#xa0;%1&#xa0;»&#xa0;; formats&#xa0;: %2</translation>
    </message>
    <message>
        <source>-o %1 is a folder; give a file name such as %1/dashboard.%2</source>
        <translation>-o %1 est un dossier&#xa0;; indiquez un nom de fichier comme %1/dashboard.%2</translation>
    </message>
    <message>
        <source>1 manifest has errors; fix it and export again</source>
        <translation>1 manifeste contient des erreurs&#xa0;; corrigez-le et relancez l&apos;export</translation>
    </message>
    <message>
        <source>%1 manifests have errors; fix them and export again</source>
        <translation>%1 manifestes contiennent des erreurs&#xa0;; corrigez-les et relancez l&apos;export</translation>
    </message>
    <message>
        <source>the index of 1 release</source>
        <translation>l&apos;index d&apos;1 release</translation>
    </message>
    <message>
        <source>the index of %1 releases</source>
        <translation>l&apos;index de %1 releases</translation>
    </message>
    <message>
        <source>the dashboard of %1</source>
        <translation>le tableau de bord de %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2) to %3</source>
        <translation>%1 (%2) écrit dans %3</translation>
    </message>
    <message>
        <source>no GitHub token: set GH_TOKEN or GITHUB_TOKEN to a token %1</source>
        <translation>pas de jeton GitHub&#xa0;: définissez GH_TOKEN ou GITHUB_TOKEN avec un jeton %1</translation>
    </message>
    <message>
        <source>; see &apos;releasectl github --help&apos;</source>
        <translation>&#xa0;; voir &apos;releasectl github --help&apos;</translation>
    </message>
    <message>
        <source>github takes no arguments; see &apos;releasectl github --help&apos;</source>
        <translation>github ne prend pas d&apos;arguments&#xa0;; voir &apos;releasectl github --help&apos;</translation>
    </message>
    <message>
        <source>API:          %1 (%2)</source>
        <translation>API&#xa0;:                %1 (%2)</translation>
    </message>
    <message>
        <source>Repository:   %1 (%2)%3</source>
        <translation>Dépôt&#xa0;:              %1 (%2)%3</translation>
    </message>
    <message>
        <source>, private</source>
        <translation>, privé</translation>
    </message>
    <message>
        <source>Workflow:     %1 on %2</source>
        <translation>Workflow&#xa0;:           %1 sur %2</translation>
    </message>
    <message>
        <source>Signed in as: %1 (token from %2)</source>
        <translation>Connecté en tant que&#xa0;: %1 (jeton provenant de %2)</translation>
    </message>
    <message>
        <source>Token scopes: %1</source>
        <translation>Portées du jeton&#xa0;:   %1</translation>
    </message>
    <message>
        <source>Permissions:  %1</source>
        <translation>Permissions&#xa0;:        %1</translation>
    </message>
    <message>
        <source>May dispatch workflows: %1</source>
        <translation>Peut déclencher des workflows&#xa0;: %1</translation>
    </message>
    <message>
        <source>May write issues:       %1</source>
        <translation>Peut écrire des issues&#xa0;:        %1</translation>
    </message>
    <message>
        <source>Rate limit:   %1 of %2 left, resets %3</source>
        <translation>Limite de débit&#xa0;:    %1 sur %2 restantes, réinitialisation %3</translation>
    </message>
    <message>
        <source>(no version)</source>
        <translation>(pas de version)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choisir)</translation>
    </message>
    <message>
        <source>1 commit</source>
        <translation>1 commit</translation>
    </message>
    <message>
        <source>%1 commits</source>
        <translation>%1 commits</translation>
    </message>
    <message>
        <source>Start after this tag or revision (default: the last release tag reachable from --until).</source>
        <translation>Commence après ce tag ou cette révision (par défaut&#xa0;: le dernier tag de release atteignable depuis --until).</translation>
    </message>
    <message>
        <source>End at this revision (default: HEAD).</source>
        <translation>S&apos;arrête à cette révision (par défaut&#xa0;: HEAD).</translation>
    </message>
    <message>
        <source>Print JSON (format in docs/cli.md).</source>
        <translation>Affiche du JSON (format dans docs/cli.md).</translation>
    </message>
    <message>
        <source>Let pre-release tags count as current versions.</source>
        <translation>Compte aussi les tags de pré-version comme versions actuelles.</translation>
    </message>
    <message>
        <source>; see &apos;releasectl changes --help&apos;</source>
        <translation>&#xa0;; voir &apos;releasectl changes --help&apos;</translation>
    </message>
    <message>
        <source>changes takes no arguments, only options; see &apos;releasectl changes --help&apos;</source>
        <translation>changes ne prend pas d&apos;arguments, seulement des options&#xa0;; voir &apos;releasectl changes --help&apos;</translation>
    </message>
    <message>
        <source>--until needs a revision, e.g. --until HEAD</source>
        <translation>--until attend une révision, p. ex. --until HEAD</translation>
    </message>
    <message>
        <source>--since needs a tag or revision, e.g. --since v1.2.0</source>
        <translation>--since attend un tag ou une révision, p. ex. --since v1.2.0</translation>
    </message>
    <message>
        <source>--since: %1</source>
        <translation>--since&#xa0;: %1</translation>
    </message>
    <message>
        <source>--until: %1</source>
        <translation>--until&#xa0;: %1</translation>
    </message>
    <message>
        <source>no release tag is reachable from %1 in this shallow clone; fetch the whole history with &apos;git fetch --unshallow&apos;, or pass --since TAG</source>
        <translation>aucun tag de release n&apos;est atteignable depuis %1 dans ce clone superficiel&#xa0;; récupérez tout l&apos;historique avec &apos;git fetch --unshallow&apos;, ou passez --since TAG</translation>
    </message>
    <message>
        <source>no commits between %1 and %2; nothing changed since %1 (give an older --since)</source>
        <translation>aucun commit entre %1 et %2&#xa0;; rien n&apos;a changé depuis %1 (indiquez un --since plus ancien)</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>le début</translation>
    </message>
    <message>
        <source>Changes %1..%2</source>
        <translation>Changements %1..%2</translation>
    </message>
    <message>
        <source>(whole history)</source>
        <translation>(tout l&apos;historique)</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>  (no component&apos;s paths)</source>
        <translation>  (hors des chemins des composants)</translation>
    </message>
    <message>
        <source>Start after this tag or revision (default: the last release tag reachable from HEAD).</source>
        <translation>Commence après ce tag ou cette révision (par défaut&#xa0;: le dernier tag de release atteignable depuis HEAD).</translation>
    </message>
    <message>
        <source>regular (default), hotfix or major.</source>
        <translation>regular (par défaut), hotfix ou major.</translation>
    </message>
    <message>
        <source>When it goes out, e.g. 2024-01-16T10:00:00Z (default: the next window of its type).</source>
        <translation>Quand elle part, p. ex. 2024-01-16T10:00:00Z (par défaut&#xa0;: la prochaine fenêtre de son type).</translation>
    </message>
    <message>
        <source>The new release&apos;s id (default: rel-YYYY-MM-DD-NNN, the next free one today).</source>
        <translation>L&apos;identifiant de la nouvelle release (par défaut&#xa0;: rel-YYYY-MM-DD-NNN, le prochain libre aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>; see &apos;releasectl create --help&apos;</source>
        <translation>&#xa0;; voir &apos;releasectl create --help&apos;</translation>
    </message>
    <message>
        <source>create takes at most one RELEASE_ID; see &apos;releasectl create --help&apos;</source>
        <translation>create prend au plus un RELEASE_ID&#xa0;; voir &apos;releasectl create --help&apos;</translation>
    </message>
    <message>
        <source>--type %1: not a release type; use one of: %2</source>
        <translation>--type %1&#xa0;: pas un type de release&#xa0;; utilisez l&apos;un de&#xa0;: %2</translation>
    </message>
    <message>
        <source>--scheduled %1: not a time; write it like 2024-01-16T10:00:00Z</source>
        <translation>--scheduled %1&#xa0;: pas une date-heure&#xa0;; écrivez-la comme 2024-01-16T10:00:00Z</translation>
    </message>
    <message>
        <source>cannot create a release here: %1</source>
        <translation>impossible de créer une release ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>HEAD has no commit yet; commit something first</source>
        <translation>HEAD n&apos;a encore aucun commit&#xa0;; commitez d&apos;abord quelque chose</translation>
    </message>
    <message>
        <source>%1 has uncommitted changes; commit or discard them before creating a release</source>
        <translation>%1 a des modifications non commitées&#xa0;; commitez-les ou abandonnez-les avant de créer une release</translation>
    </message>
    <message>
        <source>who manages this release? Set your handle once with &apos;git config releaseconsole.user @you&apos;</source>
        <translation>qui gère cette release&#xa0;? Définissez votre identifiant une fois avec &apos;git config releaseconsole.user @vous&apos;</translation>
    </message>
    <message>
        <source>%1 exists already; choose another release id</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre identifiant de release</translation>
    </message>
    <message>
        <source>release %1 exists already in %2; choose another release id</source>
        <translation>la release %1 existe déjà dans %2&#xa0;; choisissez un autre identifiant de release</translation>
    </message>
    <message>
        <source>no release tag is reachable from HEAD in this shallow clone; fetch the whole history with &apos;git fetch --unshallow&apos;, or pass --since TAG</source>
        <translation>aucun tag de release n&apos;est atteignable depuis HEAD dans ce clone superficiel&#xa0;; récupérez tout l&apos;historique avec &apos;git fetch --unshallow&apos;, ou passez --since TAG</translation>
    </message>
    <message>
        <source>no component changed since %1; there is nothing to release (give an older --since)</source>
        <translation>aucun composant n&apos;a changé depuis %1&#xa0;; il n&apos;y a rien à livrer (indiquez un --since plus ancien)</translation>
    </message>
    <message>
        <source>created %1 (%2, %3 release since %4) in commit %5</source>
        <translation>%1 créée (%2, release %3 depuis %4) dans le commit %5</translation>
    </message>
    <message>
        <source>Start from this tag (default: the production tag, the tag of the newest deployed release).</source>
        <translation>Part de ce tag (par défaut&#xa0;: le tag de production, celui de la dernière release déployée).</translation>
    </message>
    <message>
        <source>The component to fix (required when there are several).</source>
        <translation>Le composant à corriger (obligatoire s&apos;il y en a plusieurs).</translation>
    </message>
    <message>
        <source>The hotfix release&apos;s id (default: rel-YYYY-MM-DD-hotfix-NNN).</source>
        <translation>L&apos;identifiant de la release de hotfix (par défaut&#xa0;: rel-YYYY-MM-DD-hotfix-NNN).</translation>
    </message>
    <message>
        <source>The hotfix&apos;s name: the branch becomes hotfix/NAME.</source>
        <translation>Le nom du hotfix&#xa0;: la branche devient hotfix/NAME.</translation>
    </message>
    <message>
        <source>; see &apos;releasectl hotfix --help&apos;</source>
        <translation>&#xa0;; voir &apos;releasectl hotfix --help&apos;</translation>
    </message>
    <message>
        <source>hotfix needs NAME (the branch becomes hotfix/NAME); see &apos;releasectl hotfix --help&apos;</source>
        <translation>hotfix attend NAME (la branche devient hotfix/NAME)&#xa0;; voir &apos;releasectl hotfix --help&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a branch name; use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, e.g. hotfix geo-bounds</source>
        <translation>&apos;%1&apos; ne peut pas être un nom de branche&#xa0;; utilisez des lettres, des chiffres, &apos;-&apos;, &apos;_&apos; et &apos;.&apos;, p. ex. hotfix geo-bounds</translation>
    </message>
    <message>
        <source>cannot start a hotfix here: %1</source>
        <translation>impossible de démarrer un hotfix ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>tracked files have uncommitted changes (%1); commit or stash them before switching to hotfix/%2</source>
        <translation>des fichiers suivis ont des modifications non commitées (%1)&#xa0;; commitez-les ou remisez-les (stash) avant de passer sur hotfix/%2</translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation>--from&#xa0;: %1</translation>
    </message>
    <message>
        <source>who manages this hotfix? Set your handle once with &apos;git config releaseconsole.user @you&apos;</source>
        <translation>qui gère ce hotfix&#xa0;? Définissez votre identifiant une fois avec &apos;git config releaseconsole.user @vous&apos;</translation>
    </message>
    <message>
        <source>switched to new branch %1 at %2 (%3); created %4 for %5 %6 → %7 in commit %8</source>
        <translation>passé sur la nouvelle branche %1 à %2 (%3)&#xa0;; %4 créée pour %5 %6 → %7 dans le commit %8</translation>
    </message>
    <message>
        <source>  next: commit the fix on %1, then get the Tech Lead and On-call approvals</source>
        <translation>  suite&#xa0;: commitez le correctif sur %1, puis obtenez les approbations Tech Lead et On-call (responsable technique et astreinte)</translation>
    </message>
    <message>
        <source>Slack: %1 is ignored: %2</source>
        <translation>Slack&#xa0;: %1 est ignoré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Slack: the seed&apos;s messages are used, since the rules cannot be read: %1</source>
        <translation>Slack&#xa0;: les messages par défaut sont utilisés, car les règles sont illisibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Slack: %1</source>
        <translation>Slack&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Slack: %n message(s) wait in the outbox (%1); &apos;releasectl notify flush&apos; sends them.</source>
        <translation>
            <numerusform>Slack&#xa0;: %n message attend dans la boîte d&apos;envoi (%1)&#xa0;; &apos;releasectl notify flush&apos; l&apos;envoie.</numerusform>
            <numerusform>Slack&#xa0;: %n messages attendent dans la boîte d&apos;envoi (%1)&#xa0;; &apos;releasectl notify flush&apos; les envoie.</numerusform>
        </translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>pas encore envoyé</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Sortie lisible par machine.</translation>
    </message>
    <message>
        <source>test: the channel whose webhook to test (default: #releases).</source>
        <translation>test&#xa0;: le canal dont le webhook est à tester (par défaut&#xa0;: #releases).</translation>
    </message>
    <message>
        <source>flush: send a failed or unconfirmed message again (its id, or &quot;all&quot;).</source>
        <translation>flush&#xa0;: renvoie un message en échec ou non confirmé (son identifiant, ou &quot;all&quot;).</translation>
    </message>
    <message>
        <source>flush: remove a message from the outbox without sending it.</source>
        <translation>flush&#xa0;: retire un message de la boîte d&apos;envoi sans l&apos;envoyer.</translation>
    </message>
    <message>
        <source>status, flush or test.</source>
        <translation>status, flush ou test.</translation>
    </message>
    <message>
        <source>; see &apos;releasectl notify --help&apos;</source>
        <translation>&#xa0;; voir &apos;releasectl notify --help&apos;</translation>
    </message>
    <message>
        <source>notify needs one of status, flush or test; see &apos;releasectl notify --help&apos;</source>
        <translation>notify attend status, flush ou test&#xa0;; voir &apos;releasectl notify --help&apos;</translation>
    </message>
    <message>
        <source>--resend and --discard apply to notify flush only</source>
        <translation>--resend et --discard ne s&apos;appliquent qu&apos;à notify flush</translation>
    </message>
    <message>
        <source>--channel applies to notify test only</source>
        <translation>--channel ne s&apos;applique qu&apos;à notify test</translation>
    </message>
    <message>
        <source>no Slack webhook for %1: set %2 (or %3 for every channel) to the URL of an incoming webhook</source>
        <translation>pas de webhook Slack pour %1&#xa0;: définissez %2 (ou %3 pour tous les canaux) avec l&apos;URL d&apos;un webhook entrant</translation>
    </message>
    <message>
        <source>Release Console can post to %1.</source>
        <translation>Release Console peut publier dans %1.</translation>
    </message>
    <message>
        <source>✓ Slack accepted a test message for %1 (webhook on %2)</source>
        <translation>✓ Slack a accepté un message de test pour %1 (webhook sur %2)</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <source>Slack did not take the test message for %1: %2</source>
        <translation>Slack n&apos;a pas accepté le message de test pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no Slack webhook is set: set RC_SLACK_WEBHOOK_URL (or RC_SLACK_WEBHOOK_URL_&lt;CHANNEL&gt;) to send the outbox</source>
        <translation>aucun webhook Slack n&apos;est défini&#xa0;: définissez RC_SLACK_WEBHOOK_URL (ou RC_SLACK_WEBHOOK_URL_&lt;CHANNEL&gt;) pour envoyer la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Slack webhooks: %1</source>
        <translation>Webhooks Slack&#xa0;: %1</translation>
    </message>
    <message>
        <source>Slack webhooks: none (set RC_SLACK_WEBHOOK_URL, or RC_SLACK_WEBHOOK_URL_&lt;CHANNEL&gt; per channel)</source>
        <translation>Webhooks Slack&#xa0;: aucun (définissez RC_SLACK_WEBHOOK_URL, ou RC_SLACK_WEBHOOK_URL_&lt;CHANNEL&gt; par canal)</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>La boîte d&apos;envoi est vide.</translation>
    </message>
    <message>
        <source>Outbox: %1 waiting, %2 failed or unconfirmed</source>
        <translation>Boîte d&apos;envoi&#xa0;: %1 en attente, %2 en échec ou non confirmés</translation>
    </message>
    <message>
        <source>; see &apos;releasectl fetch --help&apos;</source>
        <translation>&#xa0;; voir &apos;releasectl fetch --help&apos;</translation>
    </message>
    <message>
        <source>fetch takes no arguments; see &apos;releasectl fetch --help&apos;</source>
        <translation>fetch ne prend pas d&apos;arguments&#xa0;; voir &apos;releasectl fetch --help&apos;</translation>
    </message>
    <message>
        <source>Where the upstream decided differently, record our decision on top of theirs.</source>
        <translation>Là où l&apos;amont a décidé autrement, enregistre notre décision par-dessus la sienne.</translation>
    </message>
    <message>
        <source>Where the upstream decided differently, keep theirs and leave ours out.</source>
        <translation>Là où l&apos;amont a décidé autrement, garde la sienne et laisse la nôtre de côté.</translation>
    </message>
    <message>
        <source>; see &apos;releasectl push --help&apos;</source>
        <translation>&#xa0;; voir &apos;releasectl push --help&apos;</translation>
    </message>
    <message>
        <source>push takes --keep-mine or --take-theirs, not both</source>
        <translation>push prend --keep-mine ou --take-theirs, pas les deux</translation>
    </message>
    <message>
        <source>push takes no arguments; see &apos;releasectl push --help&apos;</source>
        <translation>push ne prend pas d&apos;arguments&#xa0;; voir &apos;releasectl push --help&apos;</translation>
    </message>
    <message>
        <source>not pushed: %1 changed the same decisions differently; nothing was lost, your commits are still on %2 and the upstream is untouched:</source>
        <translation>non poussé&#xa0;: %1 a changé les mêmes décisions autrement&#xa0;; rien n&apos;est perdu, vos commits sont toujours sur %2 et l&apos;amont est intact&#xa0;:</translation>
    </message>
    <message>
        <source>
    ours:   %1  (%2)</source>
        <translation>
    nous&#xa0;:  %1  (%2)</translation>
    </message>
    <message>
        <source>
    theirs: %1</source>
        <translation>
    eux&#xa0;:   %1</translation>
    </message>
    <message>
        <source>
Agree with the other side on which decision stands, then run releasectl push --keep-mine to record ours on top of theirs, or releasectl push --take-theirs to leave ours out.</source>
        <translation>
Mettez-vous d&apos;accord avec l&apos;autre partie sur la décision qui prévaut, puis lancez releasectl push --keep-mine pour enregistrer la nôtre par-dessus la leur, ou releasectl push --take-theirs pour laisser la nôtre de côté.</translation>
    </message>
    <message>
        <source>%1 had moved: re-applied %2 on top of it</source>
        <translation>%1 avait bougé&#xa0;: %2 réappliqué par-dessus</translation>
    </message>
    <message>
        <source>pushed %1 to %2</source>
        <translation>%1 poussé vers %2</translation>
    </message>
    <message>
        <source>nothing to push: %1</source>
        <translation>rien à pousser&#xa0;: %1</translation>
    </message>
    <message>
        <source>check: save the sign-offs but do not commit them.</source>
        <translation>check&#xa0;: enregistre les validations sans les commiter.</translation>
    </message>
    <message>
        <source>request or check.</source>
        <translation>request ou check.</translation>
    </message>
    <message>
        <source>; see &apos;releasectl signoffs --help&apos;</source>
        <translation>&#xa0;; voir &apos;releasectl signoffs --help&apos;</translation>
    </message>
    <message>
        <source>signoffs needs request or check, and RELEASE: releasectl signoffs request|check RELEASE; see &apos;releasectl signoffs --help&apos;</source>
        <translation>signoffs attend request ou check, et RELEASE&#xa0;: releasectl signoffs request|check RELEASE&#xa0;; voir &apos;releasectl signoffs --help&apos;</translation>
    </message>
    <message>
        <source>--no-commit applies to signoffs check only</source>
        <translation>--no-commit ne s&apos;applique qu&apos;à signoffs check</translation>
    </message>
    <message>
        <source>that may write issues in %1</source>
        <translation>qui peut écrire des issues dans %1</translation>
    </message>
    <message>
        <source>sign-off issues of %1 were not requested: %2</source>
        <translation>les issues de validation de %1 n&apos;ont pas été demandées&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sign-off issues for %1 in %2:</source>
        <translation>Issues de validation pour %1 dans %2&#xa0;:</translation>
    </message>
    <message>
        <source>created #%1</source>
        <comment>issue</comment>
        <translation>#%1 créée</translation>
    </message>
    <message>
        <source>already open #%1 %2</source>
        <translation>déjà ouverte #%1 %2</translation>
    </message>
    <message>
        <source>not needed (%1)</source>
        <translation>inutile (%1)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>closed duplicates: %1</source>
        <translation>doublons fermés&#xa0;: %1</translation>
    </message>
    <message>
        <source>also open for this component: %1; close the extra ones</source>
        <translation>également ouvertes pour ce composant&#xa0;: %1&#xa0;; fermez celles en trop</translation>
    </message>
    <message>
        <source>sign-offs of %1 were not checked: %2</source>
        <translation>les validations de %1 n&apos;ont pas été vérifiées&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sign-offs of %1 from %2:</source>
        <translation>Validations de %1 depuis %2&#xa0;:</translation>
    </message>
    <message>
        <source>approved by @%1 at %2</source>
        <translation>approuvée par @%1 le %2</translation>
    </message>
    <message>
        <source>rejected by @%1: %2</source>
        <translation>rejetée par @%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>approved by %1 at %2 (in the manifest)</source>
        <translation>approuvée par %1 le %2 (dans le manifeste)</translation>
    </message>
    <message>
        <source>%1, no open sign-off issue: run &apos;releasectl signoffs request %2&apos;</source>
        <translation>%1, aucune issue de validation ouverte&#xa0;: lancez &apos;releasectl signoffs request %2&apos;</translation>
    </message>
    <message>
        <source>still pending</source>
        <translation>toujours en attente</translation>
    </message>
    <message>
        <source>already in the manifest</source>
        <translation>déjà dans le manifeste</translation>
    </message>
    <message>
        <source>the manifest holds a newer decision (%1); kept it</source>
        <translation>le manifeste contient une décision plus récente (%1)&#xa0;; elle est conservée</translation>
    </message>
    <message>
        <source>closed #%1</source>
        <translation>#%1 fermée</translation>
    </message>
    <message>
        <source>ignored &quot;%1&quot; by %2: %3</source>
        <translation>«&#xa0;%1&#xa0;» de %2 ignoré&#xa0;: %3</translation>
    </message>
    <message>
        <source>a deleted account</source>
        <translation>un compte supprimé</translation>
    </message>
    <message>
        <source>told them why on #%1</source>
        <translation>raison expliquée sur #%1</translation>
    </message>
    <message>
        <source>The window and freeze blockers of %1 are lifted until %2; sign-offs and approvals still apply.</source>
        <translation>Les blocages de fenêtre et de gel de %1 sont levés jusqu&apos;au %2&#xa0;; les validations et approbations restent requises.</translation>
    </message>
    <message>
        <source>lifts until %1: %2</source>
        <translation>lève jusqu&apos;au %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>break-glass override until %1: %2</source>
        <translation>dérogation d&apos;urgence jusqu&apos;au %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rc::cli::RunView</name>
    <message>
        <source>attempt %1</source>
        <translation>tentative %1</translation>
    </message>
    <message>
        <source>… %1 more lines</source>
        <translation>… %1 lignes de plus</translation>
    </message>
    <message>
        <source>run %1 %2</source>
        <translation>exécution %1 %2</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>tâche %1</translation>
    </message>
    <message>
        <source>%1: completed %2</source>
        <translation>%1&#xa0;: terminé %2</translation>
    </message>
    <message>
        <source>%1: step %2 %3 %4</source>
        <translation>%1&#xa0;: étape %2 %3 %4</translation>
    </message>
    <message>
        <source>%1: step %2 %3 completed %4</source>
        <translation>%1&#xa0;: étape %2 %3 terminée %4</translation>
    </message>
    <message>
        <source>%1: last lines of the log:</source>
        <translation>%1&#xa0;: dernières lignes du journal&#xa0;:</translation>
    </message>
</context>
<context>
    <name>rc::core::Branches</name>
    <message>
        <source>no repository is open; open a clone first</source>
        <translation>aucun dépôt n&apos;est ouvert&#xa0;; ouvrez d&apos;abord un clone</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tag, branch or commit in this clone; list tags with &apos;git tag&apos;, or fetch first if it is on the remote</source>
        <translation>&apos;%1&apos; n&apos;est ni un tag, ni une branche, ni un commit de ce clone&#xa0;; listez les tags avec &apos;git tag&apos;, ou faites d&apos;abord un fetch s&apos;il est sur le distant</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not point at a commit; give a tag, branch or commit</source>
        <translation>&apos;%1&apos; ne désigne pas un commit&#xa0;; indiquez un tag, une branche ou un commit</translation>
    </message>
    <message>
        <source>HEAD is detached (not on a branch); switch to a branch first, e.g. &apos;git switch main&apos;</source>
        <translation>HEAD est détaché (pas sur une branche)&#xa0;; passez d&apos;abord sur une branche, p. ex. &apos;git switch main&apos;</translation>
    </message>
    <message>
        <source>the current branch has no commits yet; commit something first</source>
        <translation>la branche courante n&apos;a encore aucun commit&#xa0;; commitez d&apos;abord quelque chose</translation>
    </message>
    <message>
        <source>cannot read HEAD: %1</source>
        <translation>impossible de lire HEAD&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the state of the work tree: %1</source>
        <translation>impossible de lire l&apos;état de l&apos;arbre de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid branch name; use letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; and &apos;/&apos;</source>
        <translation>&apos;%1&apos; n&apos;est pas un nom de branche valide&#xa0;; utilisez des lettres, des chiffres, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; et &apos;/&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a commit id</source>
        <translation>&apos;%1&apos; n&apos;est pas un identifiant de commit</translation>
    </message>
    <message>
        <source>commit %1 is not in this clone: %2</source>
        <translation>le commit %1 n&apos;est pas dans ce clone&#xa0;: %2</translation>
    </message>
    <message>
        <source>branch %1 already exists; choose another name or delete it with &apos;git branch -D %1&apos;</source>
        <translation>la branche %1 existe déjà&#xa0;; choisissez un autre nom ou supprimez-la avec &apos;git branch -D %1&apos;</translation>
    </message>
    <message>
        <source>cannot create branch %1: %2</source>
        <translation>impossible de créer la branche %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>branch %1 does not exist</source>
        <translation>la branche %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>switching to %1 would overwrite uncommitted changes in %2; commit or stash them first</source>
        <translation>passer sur %1 écraserait des modifications non commitées dans %2&#xa0;; commitez-les ou remisez-les (stash) d&apos;abord</translation>
    </message>
    <message>
        <source>cannot check out %1: %2</source>
        <translation>impossible d&apos;extraire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>checked out %1 but cannot point HEAD at it: %2</source>
        <translation>%1 extrait, mais impossible d&apos;y faire pointer HEAD&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot delete branch %1: %2</source>
        <translation>impossible de supprimer la branche %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rc::core::Changes</name>
    <message>
        <source>object %1 is a %2, not a %3; the clone may be damaged, run `git fsck`</source>
        <translation>l&apos;objet %1 est un %2, pas un %3&#xa0;; le clone est peut-être endommagé, lancez `git fsck`</translation>
    </message>
    <message>
        <source>object %1: delta bases refer to each other; run `git fsck`</source>
        <translation>objet %1&#xa0;: des bases delta se référencent mutuellement&#xa0;; lancez `git fsck`</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot open the object database: %1</source>
        <translation>impossible d&apos;ouvrir la base d&apos;objets&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read object %1: %2; the clone may be incomplete (a shallow clone?), fetch the whole history with `git fetch --unshallow` or run `git fsck`</source>
        <translation>impossible de lire l&apos;objet %1&#xa0;: %2&#xa0;; le clone est peut-être incomplet (clone superficiel&#xa0;?), récupérez tout l&apos;historique avec `git fetch --unshallow` ou lancez `git fsck`</translation>
    </message>
    <message>
        <source>cannot read tree %1: %2</source>
        <translation>impossible de lire l&apos;arbre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>tree %1 is corrupt; run `git fsck`</source>
        <translation>l&apos;arbre %1 est corrompu&#xa0;; lancez `git fsck`</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tag, branch or commit in this clone; list tags with `git tag` or fetch them with `git fetch --tags`</source>
        <translation>&apos;%1&apos; n&apos;est ni un tag, ni une branche, ni un commit de ce clone&#xa0;; listez les tags avec `git tag` ou récupérez-les avec `git fetch --tags`</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not point at a commit; give a tag, branch or commit</source>
        <translation>&apos;%1&apos; ne désigne pas un commit&#xa0;; indiquez un tag, une branche ou un commit</translation>
    </message>
    <message>
        <source>the commit-graph cannot be used</source>
        <translation>le commit-graph est inutilisable</translation>
    </message>
    <message>
        <source>cannot read commit %1: %2</source>
        <translation>impossible de lire le commit %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the history of %1 contains a cycle; run `git fsck`</source>
        <translation>l&apos;historique de %1 contient un cycle&#xa0;; lancez `git fsck`</translation>
    </message>
    <message>
        <source>no repository is open; open a git clone first</source>
        <translation>aucun dépôt n&apos;est ouvert&#xa0;; ouvrez d&apos;abord un clone git</translation>
    </message>
    <message>
        <source>component %1: path &apos;%2&apos; is not a path inside the repository; write it relative to the root without &apos;.&apos; or &apos;..&apos;, e.g. &apos;services/api/&apos;</source>
        <translation>composant %1&#xa0;: le chemin &apos;%2&apos; n&apos;est pas un chemin dans le dépôt&#xa0;; écrivez-le relatif à la racine sans &apos;.&apos; ni &apos;..&apos;, p. ex. &apos;services/api/&apos;</translation>
    </message>
    <message>
        <source>cannot walk the history of %1: %2</source>
        <translation>impossible de parcourir l&apos;historique de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot walk the history: %1</source>
        <translation>impossible de parcourir l&apos;historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot walk the history from %1: %2</source>
        <translation>impossible de parcourir l&apos;historique depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot walk the history since %1: %2</source>
        <translation>impossible de parcourir l&apos;historique depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot walk the history of %1 (a shallow clone?): %2; fetch the whole history with `git fetch --unshallow`</source>
        <translation>impossible de parcourir l&apos;historique de %1 (clone superficiel&#xa0;?)&#xa0;: %2&#xa0;; récupérez tout l&apos;historique avec `git fetch --unshallow`</translation>
    </message>
    <message>
        <source>the parent of commit %1 is missing (a shallow clone?); fetch the whole history with `git fetch --unshallow`</source>
        <translation>le parent du commit %1 manque (clone superficiel&#xa0;?)&#xa0;; récupérez tout l&apos;historique avec `git fetch --unshallow`</translation>
    </message>
</context>
<context>
    <name>rc::core::ChecklistTemplates</name>
    <message>
        <source>%1 must be text</source>
        <translation>%1 doit être du texte</translation>
    </message>
    <message>
        <source>%1, not %2</source>
        <translation>%1, pas %2</translation>
    </message>
    <message>
        <source>phase must be one of %1</source>
        <translation>phase doit valoir l&apos;un de %1</translation>
    </message>
    <message>
        <source>role must be a role name in lower case with underscores, such as qa_lead</source>
        <translation>role doit être un nom de rôle en minuscules avec des tirets bas, comme qa_lead</translation>
    </message>
    <message>
        <source>a checklist template is a mapping with name:, title: and items:</source>
        <translation>un modèle de checklist est un mapping avec name:, title: et items:</translation>
    </message>
    <message>
        <source>keys must be plain names</source>
        <translation>les clés doivent être des noms simples</translation>
    </message>
    <message>
        <source>applies_when must be migrations (or be left out)</source>
        <translation>applies_when doit valoir migrations (ou être omis)</translation>
    </message>
    <message>
        <source>unknown key %1 (ignored); known keys here: name, title, phase, role, applies_when, items</source>
        <translation>clé inconnue %1 (ignorée)&#xa0;; clés connues ici&#xa0;: name, title, phase, role, applies_when, items</translation>
    </message>
    <message>
        <source>the template has no items:; list its items as - item: &apos;text&apos;</source>
        <translation>le modèle n&apos;a pas de items:&#xa0;; listez ses éléments sous la forme - item: &apos;texte&apos;</translation>
    </message>
    <message>
        <source>items must be a list of - item: &apos;text&apos; entries</source>
        <translation>items doit être une liste d&apos;entrées - item: &apos;texte&apos;</translation>
    </message>
    <message>
        <source>each entry of items must be a mapping with item: and its text</source>
        <translation>chaque entrée de items doit être un mapping avec item: et son texte</translation>
    </message>
    <message>
        <source>due must be T-60, T-30, T-0 (minutes before release.scheduled_at; T+N for after), during or post</source>
        <translation>due doit valoir T-60, T-30, T-0 (minutes avant release.scheduled_at&#xa0;; T+N pour après), during ou post</translation>
    </message>
    <message>
        <source>required must be true or false, not %1</source>
        <translation>required doit valoir true ou false, pas %1</translation>
    </message>
    <message>
        <source>unknown key %1 in a template item (ignored); known keys here: item, section, phase, role, due, required</source>
        <translation>clé inconnue %1 dans un élément de modèle (ignorée)&#xa0;; clés connues ici&#xa0;: item, section, phase, role, due, required</translation>
    </message>
    <message>
        <source>this entry has no item: text; write - item: &apos;what to check&apos;</source>
        <translation>cette entrée n&apos;a pas de texte item:&#xa0;; écrivez - item: &apos;ce qu&apos;il faut vérifier&apos;</translation>
    </message>
    <message>
        <source>the item %1 is listed twice; keep one</source>
        <translation>l&apos;élément %1 est listé deux fois&#xa0;; n&apos;en gardez qu&apos;un</translation>
    </message>
    <message>
        <source>items is empty; a template lists at least one item</source>
        <translation>items est vide&#xa0;; un modèle liste au moins un élément</translation>
    </message>
    <message>
        <source>the file is %1 bytes; templates larger than %2 bytes are refused</source>
        <translation>le fichier fait %1 octets&#xa0;; les modèles de plus de %2 octets sont refusés</translation>
    </message>
    <message>
        <source>the file is empty; a template needs name:, title: and items:</source>
        <translation>le fichier est vide&#xa0;; un modèle exige name:, title: et items:</translation>
    </message>
    <message>
        <source>brackets are nested deeper than %1 levels; a template is a flat list</source>
        <translation>les crochets sont imbriqués sur plus de %1 niveaux&#xa0;; un modèle est une liste plate</translation>
    </message>
    <message>
        <source>YAML syntax error: %1; check the indentation and quoting here</source>
        <translation>erreur de syntaxe YAML&#xa0;: %1&#xa0;; vérifiez l&apos;indentation et les guillemets à cet endroit</translation>
    </message>
    <message>
        <source>the template could not be read: %1</source>
        <translation>le modèle n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>there is no checklist template %1; templates: %2</source>
        <translation>il n&apos;y a pas de modèle de checklist %1&#xa0;; modèles&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a template name; use letters, digits, - and _</source>
        <translation>%1 n&apos;est pas un nom de modèle&#xa0;; utilisez des lettres, des chiffres, - et _</translation>
    </message>
    <message>
        <source>cannot read the checklist template: %1</source>
        <translation>impossible de lire le modèle de checklist&#xa0;: %1</translation>
    </message>
    <message>
        <source> (and %1 more errors)</source>
        <translation> (et %1 erreurs de plus)</translation>
    </message>
    <message>
        <source>; the built-in %1 template is not used in its place: fix the file or remove it</source>
        <translation>&#xa0;; le modèle intégré %1 n&apos;est pas utilisé à sa place&#xa0;: corrigez le fichier ou supprimez-le</translation>
    </message>
</context>
<context>
    <name>rc::core::CommitDetails</name>
    <message>
        <source>no repository is open; open a clone first</source>
        <translation>aucun dépôt n&apos;est ouvert&#xa0;; ouvrez d&apos;abord un clone</translation>
    </message>
    <message>
        <source>commit %1 does not exist in this clone; reload the changes (history may have been rewritten) or fetch first</source>
        <translation>le commit %1 n&apos;existe pas dans ce clone&#xa0;; rechargez les changements (l&apos;historique a peut-être été réécrit) ou faites d&apos;abord un fetch</translation>
    </message>
    <message>
        <source>%1 does not name a commit; give a commit id, branch or tag</source>
        <translation>%1 ne désigne pas un commit&#xa0;; indiquez un identifiant de commit, une branche ou un tag</translation>
    </message>
    <message>
        <source>the tree of commit %1 cannot be read (%2); the clone may be shallow or damaged: run git fsck</source>
        <translation>l&apos;arbre du commit %1 est illisible (%2)&#xa0;; le clone est peut-être superficiel ou endommagé&#xa0;: lancez git fsck</translation>
    </message>
    <message>
        <source>the parent of commit %1 is missing from this clone (a shallow clone?); fetch its history with git fetch --unshallow</source>
        <translation>le parent du commit %1 manque dans ce clone (clone superficiel&#xa0;?)&#xa0;; récupérez son historique avec git fetch --unshallow</translation>
    </message>
    <message>
        <source>the files changed by commit %1 cannot be listed: %2</source>
        <translation>impossible de lister les fichiers modifiés par le commit %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>renames in commit %1 cannot be detected: %2</source>
        <translation>impossible de détecter les renommages du commit %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rc::core::DashboardExport</name>
    <message>
        <source>Current Release: %1</source>
        <translation>Release en cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Release Dashboard: %1</source>
        <translation>Tableau de bord de la release&#xa0;: %1</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Validations</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>État de préparation</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <source>1 blocker</source>
        <translation>1 blocage</translation>
    </message>
    <message>
        <source>%1 blockers</source>
        <translation>%1 blocages</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Non planifiée</translation>
    </message>
    <message>
        <source>1 release, newest first.</source>
        <translation>1 release, la plus récente en premier.</translation>
    </message>
    <message>
        <source>%1 releases, newest first.</source>
        <translation>%1 releases, les plus récentes en premier.</translation>
    </message>
    <message>
        <source>No releases under releases/.</source>
        <translation>Aucune release sous releases/.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name such as %1/dashboard.html</source>
        <translation>%1 est un dossier&#xa0;; indiquez un nom de fichier comme %1/dashboard.html</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist; create it or choose another place</source>
        <translation>impossible d&apos;écrire %1&#xa0;: le dossier %2 n&apos;existe pas&#xa0;; créez-le ou choisissez un autre emplacement</translation>
    </message>
    <message>
        <source>cannot write %1: %2; choose a place you may write to</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2&#xa0;; choisissez un emplacement où vous pouvez écrire</translation>
    </message>
    <message>
        <source>cannot write %1: %2; nothing was changed</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Pending Approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>En déploiement</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Déployée</translation>
    </message>
    <message>
        <source>Rolled Back</source>
        <translation>Rollback effectué</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Aucun changement</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Release Manager</source>
        <translation>Responsable de release</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>All team sign-offs</source>
        <translation>Toutes les validations d&apos;équipe</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>CI</source>
        <translation>CI</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(obligatoire)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approbateur</translation>
    </message>
    <message>
        <source>This release is %1; there is nothing left to deploy.</source>
        <translation>Cette release a le statut %1&#xa0;; il ne reste rien à déployer.</translation>
    </message>
    <message>
        <source>Request Missing Sign-offs</source>
        <translation>Demander les validations manquantes</translation>
    </message>
    <message>
        <source>not available: the release is %1</source>
        <translation>indisponible&#xa0;: la release a le statut %1</translation>
    </message>
    <message>
        <source>not needed: no sign-off is pending</source>
        <translation>inutile&#xa0;: aucune validation en attente</translation>
    </message>
    <message>
        <source>pending: %1</source>
        <translation>en attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>View Full Manifest</source>
        <translation>Afficher le manifeste complet</translation>
    </message>
    <message>
        <source>not available: the manifest&apos;s location is unknown</source>
        <translation>indisponible&#xa0;: l&apos;emplacement du manifeste est inconnu</translation>
    </message>
    <message>
        <source>Start Deployment</source>
        <translation>Lancer le déploiement</translation>
    </message>
    <message>
        <source>ready: every sign-off, approval and required check is in</source>
        <translation>prêt&#xa0;: toutes les validations, approbations et vérifications obligatoires sont là</translation>
    </message>
    <message>
        <source>disabled: the release is %1</source>
        <translation>désactivé&#xa0;: la release a le statut %1</translation>
    </message>
    <message>
        <source>disabled until all approved: 1 blocker, see Readiness</source>
        <translation>désactivé jusqu&apos;à approbation complète&#xa0;: 1 blocage, voir État de préparation</translation>
    </message>
    <message>
        <source>disabled until all approved: %1 blockers, see Readiness</source>
        <translation>désactivé jusqu&apos;à approbation complète&#xa0;: %1 blocages, voir État de préparation</translation>
    </message>
    <message>
        <source>Cancel Release</source>
        <translation>Annuler la release</translation>
    </message>
    <message>
        <source>possible until deployment starts</source>
        <translation>possible jusqu&apos;au début du déploiement</translation>
    </message>
    <message>
        <source>Release Dashboard</source>
        <translation>Tableau de bord de la release</translation>
    </message>
    <message>
        <source>No components.</source>
        <translation>Aucun composant.</translation>
    </message>
    <message>
        <source>No approvals recorded.</source>
        <translation>Aucune approbation enregistrée.</translation>
    </message>
    <message>
        <source>Ready to deploy.</source>
        <translation>Prête à déployer.</translation>
    </message>
    <message>
        <source>Blocked:</source>
        <translation>Bloquée&#xa0;:</translation>
    </message>
    <message>
        <source>Generated by Release Console on %1.</source>
        <translation>Généré par Release Console le %1.</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language of exported pages (HTML lang)</comment>
        <translation>fr</translation>
    </message>
</context>
<context>
    <name>rc::core::DemoWorkspace</name>
    <message>
        <source>the demo resource %1 is missing from this build; rebuild rc_core</source>
        <translation>la ressource de démo %1 manque dans ce build&#xa0;; recompilez rc_core</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the demo resources are missing from this build; rebuild rc_core</source>
        <translation>les ressources de démo manquent dans ce build&#xa0;; recompilez rc_core</translation>
    </message>
    <message>
        <source>cannot open the demo clone&apos;s git config</source>
        <translation>impossible d&apos;ouvrir la configuration git du clone de démo</translation>
    </message>
    <message>
        <source>cannot configure the demo clone: %1</source>
        <translation>impossible de configurer le clone de démo&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not empty; choose a new or empty folder for the demo workspace</source>
        <translation>%1 n&apos;est pas vide&#xa0;; choisissez un dossier nouveau ou vide pour l&apos;espace de démo</translation>
    </message>
</context>
<context>
    <name>rc::core::Deployment</name>
    <message>
        <source>run %1 is a dry run; a dry run never changes the manifest</source>
        <translation>l&apos;exécution %1 est une simulation&#xa0;; une simulation ne modifie jamais le manifeste</translation>
    </message>
    <message>
        <source>no workflow run given; the manifest follows a run of the release workflow</source>
        <translation>aucune exécution de workflow fournie&#xa0;; le manifeste suit une exécution du workflow de release</translation>
    </message>
    <message>
        <source>a rollback needs a reason</source>
        <translation>un rollback exige une raison</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read; nothing was written: look at the change, then mark the release again</source>
        <translation>%1 a changé sur le disque depuis sa lecture&#xa0;; rien n&apos;a été écrit&#xa0;: examinez la modification, puis marquez de nouveau la release</translation>
    </message>
    <message>
        <source>%1 has errors; fix them and try again</source>
        <translation>%1 contient des erreurs&#xa0;; corrigez-les et réessayez</translation>
    </message>
    <message>
        <source>%1: release %2 is %3, so it cannot become %4: %5</source>
        <translation>%1&#xa0;: la release %2 a le statut %3, elle ne peut donc pas passer à %4&#xa0;: %5</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 n&apos;a pas été enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was saved (status %2) but not committed: %3; commit it with your git tools</source>
        <translation>%1 a été enregistré (statut %2) mais pas commité&#xa0;: %3&#xa0;; commitez-le avec vos outils git</translation>
    </message>
    <message>
        <source>%1: %2 → %3, commit %4</source>
        <translation>%1&#xa0;: %2 → %3, commit %4</translation>
    </message>
    <message>
        <source>status is %1: only a deployed release can be rolled back</source>
        <translation>le statut est %1&#xa0;: seule une release déployée peut faire l&apos;objet d&apos;un rollback</translation>
    </message>
</context>
<context>
    <name>rc::core::Dispatcher</name>
    <message>
        <source>a dispatch is already running; wait for it to end</source>
        <translation>un déclenchement est déjà en cours&#xa0;; attendez qu&apos;il se termine</translation>
    </message>
    <message>
        <source>no GitHub connection</source>
        <translation>aucune connexion GitHub</translation>
    </message>
    <message>
        <source>the runs of workflow %1 in %2</source>
        <translation>les exécutions du workflow %1 dans %2</translation>
    </message>
    <message>
        <source>GitHub&apos;s list of runs could not be read: %1</source>
        <translation>la liste des exécutions de GitHub n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>checking for runs of %1 in flight</source>
        <translation>recherche d&apos;exécutions de %1 en cours</translation>
    </message>
    <message>
        <source>nothing was dispatched: the runs in flight could not be checked: %1</source>
        <translation>rien n&apos;a été déclenché&#xa0;: les exécutions en cours n&apos;ont pas pu être vérifiées&#xa0;: %1</translation>
    </message>
    <message>
        <source>not dispatched: run %1 for %2 is %3 (&quot;%4&quot;): %5; wait for it to complete or cancel it</source>
        <translation>non déclenché&#xa0;: l&apos;exécution %1 pour %2 est à l&apos;état %3 («&#xa0;%4&#xa0;»)&#xa0;: %5&#xa0;; attendez qu&apos;elle se termine ou annulez-la</translation>
    </message>
    <message>
        <source>the dispatch of workflow %1 in %2</source>
        <translation>le déclenchement du workflow %1 dans %2</translation>
    </message>
    <message>
        <source>dispatching %1 for %2</source>
        <translation>déclenchement de %1 pour %2</translation>
    </message>
    <message>
        <source>run %1 started: %2</source>
        <translation>exécution %1 lancée&#xa0;: %2</translation>
    </message>
    <message>
        <source>the server does not accept return_run_details; sent again without it</source>
        <translation>le serveur n&apos;accepte pas return_run_details&#xa0;; renvoyé sans</translation>
    </message>
    <message>
        <source>unknown: the run cannot be identified because %1; check %2 before dispatching again</source>
        <translation>inconnu&#xa0;: l&apos;exécution ne peut pas être identifiée car %1&#xa0;; vérifiez %2 avant de redéclencher</translation>
    </message>
    <message>
        <source>looking for the run with correlation id %1 (attempt %2)</source>
        <translation>recherche de l&apos;exécution avec l&apos;identifiant de corrélation %1 (tentative %2)</translation>
    </message>
    <message>
        <source>%1; check %2</source>
        <translation>%1&#xa0;; vérifiez %2</translation>
    </message>
    <message>
        <source>unknown: the runs could not be listed (%1); check %2 before dispatching again</source>
        <translation>inconnu&#xa0;: les exécutions n&apos;ont pas pu être listées (%1)&#xa0;; vérifiez %2 avant de redéclencher</translation>
    </message>
    <message>
        <source>%1; no run carries correlation id %2, so nothing was started</source>
        <translation>%1&#xa0;; aucune exécution ne porte l&apos;identifiant de corrélation %2, rien n&apos;a donc été lancé</translation>
    </message>
    <message>
        <source>unknown: GitHub accepted the dispatch but no run carries correlation id %1 yet; check %2 before dispatching again</source>
        <translation>inconnu&#xa0;: GitHub a accepté le déclenchement mais aucune exécution ne porte encore l&apos;identifiant de corrélation %1&#xa0;; vérifiez %2 avant de redéclencher</translation>
    </message>
    <message>
        <source>unknown: no run found for correlation id %1; check %2 before dispatching again</source>
        <translation>inconnu&#xa0;: aucune exécution trouvée pour l&apos;identifiant de corrélation %1&#xa0;; vérifiez %2 avant de redéclencher</translation>
    </message>
    <message>
        <source>the workflow cannot be dispatched: add workflow_dispatch to its on: triggers</source>
        <translation>le workflow ne peut pas être déclenché&#xa0;: ajoutez workflow_dispatch à ses déclencheurs on:</translation>
    </message>
    <message>
        <source>the workflow does not declare the input %1; the release workflow needs inputs release_id, action and dry_run (docs/cli.md#workflow-requirements)</source>
        <translation>le workflow ne déclare pas l&apos;entrée %1&#xa0;; le workflow de release exige les entrées release_id, action et dry_run (docs/cli.md#workflow-requirements)</translation>
    </message>
    <message>
        <source>no release id given</source>
        <translation>aucun identifiant de release fourni</translation>
    </message>
    <message>
        <source>the workflow&apos;s action input does not offer %1 (it offers %2); add it to the options</source>
        <translation>l&apos;entrée action du workflow ne propose pas %1 (elle propose %2)&#xa0;; ajoutez-la aux options</translation>
    </message>
    <message>
        <source>the workflow has no dry_run input, so a real run cannot be told from a dry one; add input dry_run (boolean, default true)</source>
        <translation>le workflow n&apos;a pas d&apos;entrée dry_run, une exécution réelle ne peut donc pas être distinguée d&apos;une simulation&#xa0;; ajoutez l&apos;entrée dry_run (boolean, default true)</translation>
    </message>
    <message>
        <source>the workflow requires the input %1, which the console does not fill; give it a default or make it optional</source>
        <translation>le workflow exige l&apos;entrée %1, que la console ne remplit pas&#xa0;; donnez-lui une valeur par défaut ou rendez-la facultative</translation>
    </message>
</context>
<context>
    <name>rc::core::Git</name>
    <message>
        <source>unknown libgit2 error</source>
        <translation>erreur libgit2 inconnue</translation>
    </message>
</context>
<context>
    <name>rc::core::GitHubClient</name>
    <message>
        <source>refusing to send the token to %1: the API URL must be https (plain http only for 127.0.0.1, ::1 or localhost)</source>
        <translation>envoi du jeton à %1 refusé&#xa0;: l&apos;URL de l&apos;API doit être en https (http en clair seulement pour 127.0.0.1, ::1 ou localhost)</translation>
    </message>
    <message>
        <source>refusing to send the token to %1, which is outside the API URL %2</source>
        <translation>envoi du jeton à %1 refusé, car hors de l&apos;URL de l&apos;API %2</translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit is used up until %1; try again then</source>
        <translation>la limite de débit de GitHub est épuisée jusqu&apos;à %1&#xa0;; réessayez à ce moment-là</translation>
    </message>
    <message>
        <source>GitHub sent %1 to %2, which is not https; it was not followed</source>
        <translation>GitHub a redirigé %1 vers %2, qui n&apos;est pas en https&#xa0;; la redirection n&apos;a pas été suivie</translation>
    </message>
    <message>
        <source>could not download %1 from %2: %3; try again later</source>
        <translation>impossible de télécharger %1 depuis %2&#xa0;: %3&#xa0;; réessayez plus tard</translation>
    </message>
    <message>
        <source>%1 answered %2 for %3; its link may have expired: try again</source>
        <translation>%1 a répondu %2 pour %3&#xa0;; son lien a peut-être expiré&#xa0;: réessayez</translation>
    </message>
    <message>
        <source>GitHub did not answer %1 %2 within %3 s; %4</source>
        <translation>GitHub n&apos;a pas répondu à %1 %2 en %3 s&#xa0;; %4</translation>
    </message>
    <message>
        <source>check the network and try again</source>
        <translation>vérifiez le réseau et réessayez</translation>
    </message>
    <message>
        <source>the request may still have been carried out: check before sending it again</source>
        <translation>la requête a peut-être quand même été exécutée&#xa0;: vérifiez avant de la renvoyer</translation>
    </message>
    <message>
        <source>could not reach GitHub at %1: %2; check the network, the proxy and the API URL (%3)</source>
        <translation>impossible de joindre GitHub à %1&#xa0;: %2&#xa0;; vérifiez le réseau, le proxy et l&apos;URL de l&apos;API (%3)</translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit stopped %1 %2 (%3 %4); try again after %5</source>
        <translation>la limite de débit de GitHub a arrêté %1 %2 (%3 %4)&#xa0;; réessayez après %5</translation>
    </message>
    <message>
        <source>GitHub needs a token (401%1): set GH_TOKEN or GITHUB_TOKEN, or store one in the keychain from the GitHub settings</source>
        <translation>GitHub exige un jeton (401%1)&#xa0;: définissez GH_TOKEN ou GITHUB_TOKEN, ou stockez-en un dans le trousseau depuis les paramètres GitHub</translation>
    </message>
    <message>
        <source>GitHub refused the token from %1 (401%2): it is wrong, expired or revoked; create a new token and put it in %1</source>
        <translation>GitHub a refusé le jeton provenant de %1 (401%2)&#xa0;: il est erroné, expiré ou révoqué&#xa0;; créez un nouveau jeton et placez-le dans %1</translation>
    </message>
    <message>
        <source>the settings</source>
        <translation>les paramètres</translation>
    </message>
    <message>
        <source>give the token write access to the repository (fine-grained: the Actions, Contents and Issues permissions; classic: the repo and workflow scopes)</source>
        <translation>donnez au jeton l&apos;accès en écriture au dépôt (fine-grained&#xa0;: les permissions Actions, Contents et Issues&#xa0;; classic&#xa0;: les portées repo et workflow)</translation>
    </message>
    <message>
        <source>give the token the permission %1</source>
        <translation>donnez au jeton la permission %1</translation>
    </message>
    <message>
        <source>GitHub refused %1 (403%2): the token from %3 lacks a permission; %4</source>
        <translation>GitHub a refusé %1 (403%2)&#xa0;: il manque une permission au jeton provenant de %3&#xa0;; %4</translation>
    </message>
    <message>
        <source>%1 was not found on %2 (404): check the name; a private repository also answers 404 when the token has no access to it</source>
        <translation>%1 introuvable sur %2 (404)&#xa0;: vérifiez le nom&#xa0;; un dépôt privé répond aussi 404 quand le jeton n&apos;y a pas accès</translation>
    </message>
    <message>
        <source>GitHub rejected %1 (422)%2%3</source>
        <translation>GitHub a rejeté %1 (422)%2%3</translation>
    </message>
    <message>
        <source>GitHub answered %1 for %2%3%4</source>
        <translation>GitHub a répondu %1 pour %2%3%4</translation>
    </message>
    <message>
        <source>; GitHub has a problem, try again later</source>
        <translation>&#xa0;; GitHub a un problème, réessayez plus tard</translation>
    </message>
    <message>
        <source>GitHub&apos;s answer for %1 is not %2 (%3); check that the API URL points at GitHub&apos;s REST API</source>
        <translation>la réponse de GitHub pour %1 n&apos;est pas %2 (%3)&#xa0;; vérifiez que l&apos;URL de l&apos;API pointe vers l&apos;API REST de GitHub</translation>
    </message>
    <message>
        <source>a JSON array</source>
        <translation>un tableau JSON</translation>
    </message>
    <message>
        <source>an object with an array &quot;%1&quot;</source>
        <translation>un objet avec un tableau «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>other JSON</source>
        <translation>un autre JSON</translation>
    </message>
    <message>
        <source>GitHub&apos;s answer to /rate_limit has no resources.core; check the API URL %1</source>
        <translation>la réponse de GitHub à /rate_limit n&apos;a pas de resources.core&#xa0;; vérifiez l&apos;URL de l&apos;API %1</translation>
    </message>
    <message>
        <source>the rate limit</source>
        <translation>la limite de débit</translation>
    </message>
    <message>
        <source>the repository %1</source>
        <translation>le dépôt %1</translation>
    </message>
    <message>
        <source>the signed-in user</source>
        <translation>l&apos;utilisateur connecté</translation>
    </message>
    <message>
        <source>GitHub&apos;s answer to /user has no login; check the API URL %1</source>
        <translation>la réponse de GitHub à /user n&apos;a pas de login&#xa0;; vérifiez l&apos;URL de l&apos;API %1</translation>
    </message>
</context>
<context>
    <name>rc::core::GitHubSettings</name>
    <message>
        <source>%1: &quot;%2&quot; is not a URL; write the API&apos;s address, such as %3 or https://HOST/api/v3 for GitHub Enterprise Server</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une URL&#xa0;; écrivez l&apos;adresse de l&apos;API, comme %3 ou https://HOST/api/v3 pour GitHub Enterprise Server</translation>
    </message>
    <message>
        <source>%1: the API URL must not contain a user name or password; give the token through GH_TOKEN or the keychain instead</source>
        <translation>%1&#xa0;: l&apos;URL de l&apos;API ne doit contenir ni nom d&apos;utilisateur ni mot de passe&#xa0;; fournissez plutôt le jeton via GH_TOKEN ou le trousseau</translation>
    </message>
    <message>
        <source>%1: %2 uses plain http, which would send the token unencrypted; use https (plain http is accepted only for 127.0.0.1, ::1 and localhost)</source>
        <translation>%1&#xa0;: %2 utilise http en clair, ce qui enverrait le jeton sans chiffrement&#xa0;; utilisez https (http en clair n&apos;est accepté que pour 127.0.0.1, ::1 et localhost)</translation>
    </message>
    <message>
        <source>%1: %2 is not an http(s) URL; write https://api.github.com or https://HOST/api/v3</source>
        <translation>%1&#xa0;: %2 n&apos;est pas une URL http(s)&#xa0;; écrivez https://api.github.com ou https://HOST/api/v3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a repository; write owner/name, such as octocat/hello-world</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un dépôt&#xa0;; écrivez owner/name, comme octocat/hello-world</translation>
    </message>
    <message>
        <source>the origin remote&apos;s URL %1 does not name a GitHub repository (owner/name); set github: repository: owner/name in .release-console.yaml</source>
        <translation>l&apos;URL %1 du distant origin ne désigne pas un dépôt GitHub (owner/name)&#xa0;; définissez github: repository: owner/name dans .release-console.yaml</translation>
    </message>
    <message>
        <source>the default API URL</source>
        <translation>l&apos;URL d&apos;API par défaut</translation>
    </message>
    <message>
        <source>.release-console.yaml github.api_url</source>
        <translation>.release-console.yaml github.api_url</translation>
    </message>
    <message>
        <source>the API URL in your settings</source>
        <translation>l&apos;URL d&apos;API de vos paramètres</translation>
    </message>
    <message>
        <source>the repository in your settings</source>
        <translation>le dépôt de vos paramètres</translation>
    </message>
    <message>
        <source>your settings</source>
        <translation>vos paramètres</translation>
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
        <translation>le distant origin</translation>
    </message>
    <message>
        <source>no GitHub repository: the clone has no origin remote and .release-console.yaml has no github: repository: owner/name; add one of them</source>
        <translation>aucun dépôt GitHub&#xa0;: le clone n&apos;a pas de distant origin et .release-console.yaml n&apos;a pas de github: repository: owner/name&#xa0;; ajoutez l&apos;un des deux</translation>
    </message>
</context>
<context>
    <name>rc::core::Hotfix</name>
    <message>
        <source>no release is deployed yet (no manifest under releases/ has status deployed), so there is no production tag; pass --from TAG</source>
        <translation>aucune release n&apos;est encore déployée (aucun manifeste sous releases/ n&apos;a le statut deployed), il n&apos;y a donc pas de tag de production&#xa0;; passez --from TAG</translation>
    </message>
    <message>
        <source>the history of %1 (release %2, deployed) is not in this clone&apos;s HEAD, so its tag cannot be found; pass --from TAG</source>
        <translation>l&apos;historique de %1 (release %2, déployée) n&apos;est pas dans le HEAD de ce clone, son tag est donc introuvable&#xa0;; passez --from TAG</translation>
    </message>
    <message>
        <source>no tag marks the deployed release %1 (deployed in commit %2): %3; pass --from TAG</source>
        <translation>aucun tag ne marque la release déployée %1 (déployée dans le commit %2)&#xa0;: %3&#xa0;; passez --from TAG</translation>
    </message>
    <message>
        <source>name the hotfix: the branch becomes hotfix/NAME</source>
        <translation>nommez le hotfix&#xa0;: la branche devient hotfix/NAME</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid branch name; use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>&apos;%1&apos; n&apos;est pas un nom de branche valide&#xa0;; utilisez des lettres, des chiffres, &apos;-&apos;, &apos;_&apos; et &apos;.&apos;</translation>
    </message>
    <message>
        <source>branch %1 exists already; choose another name or delete it with &apos;git branch -D %1&apos;</source>
        <translation>la branche %1 existe déjà&#xa0;; choisissez un autre nom ou supprimez-la avec &apos;git branch -D %1&apos;</translation>
    </message>
    <message>
        <source>there is no component &apos;%1&apos;; components: %2</source>
        <translation>il n&apos;y a pas de composant &apos;%1&apos;&#xa0;; composants&#xa0;: %2</translation>
    </message>
    <message>
        <source>the clone has no components; list them in %1</source>
        <translation>le clone n&apos;a pas de composants&#xa0;; listez-les dans %1</translation>
    </message>
    <message>
        <source>a hotfix ships one component; name it with --component NAME (components: %1)</source>
        <translation>un hotfix livre un seul composant&#xa0;; nommez-le avec --component NAME (composants&#xa0;: %1)</translation>
    </message>
    <message>
        <source>release %1 exists already in %2; choose another release id</source>
        <translation>la release %1 existe déjà dans %2&#xa0;; choisissez un autre identifiant de release</translation>
    </message>
    <message>
        <source>cannot start the hotfix: %1</source>
        <translation>impossible de démarrer le hotfix&#xa0;: %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>tracked files have uncommitted changes (%1); commit or stash them before switching to %2</source>
        <translation>des fichiers suivis ont des modifications non commitées (%1)&#xa0;; commitez-les ou remisez-les (stash) avant de passer sur %2</translation>
    </message>
    <message>
        <source>the hotfix manifest does not parse: %1; fix the text and try again</source>
        <translation>le manifeste du hotfix ne s&apos;analyse pas&#xa0;: %1&#xa0;; corrigez le texte et réessayez</translation>
    </message>
    <message>
        <source> (and switching back to %1 failed: %2)</source>
        <translation> (et le retour sur %1 a échoué&#xa0;: %2)</translation>
    </message>
    <message>
        <source> (and deleting %1 failed: %2)</source>
        <translation> (et la suppression de %1 a échoué&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1; the clone is back on %2</source>
        <translation>%1&#xa0;; le clone est revenu sur %2</translation>
    </message>
</context>
<context>
    <name>rc::core::ManifestEdit</name>
    <message>
        <source>release %1 has no component %2; its components are: %3</source>
        <translation>la release %1 n&apos;a pas de composant %2&#xa0;; ses composants sont&#xa0;: %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>say who signs off %1 (for example @carol)</source>
        <translation>indiquez qui valide %1 (par exemple @carol)</translation>
    </message>
    <message>
        <source>rejecting the sign-off of %1 needs a reason</source>
        <translation>rejeter la validation de %1 exige une raison</translation>
    </message>
    <message>
        <source>release %1 has no checklist item %2; it has %3 (numbered from 1)</source>
        <translation>la release %1 n&apos;a pas d&apos;élément de checklist %2&#xa0;; elle en a %3 (numérotés à partir de 1)</translation>
    </message>
    <message>
        <source>say who completed %1 (for example @dan)</source>
        <translation>indiquez qui a effectué %1 (par exemple @dan)</translation>
    </message>
    <message>
        <source>release %1 has no approval for the role %2; its roles are: %3</source>
        <translation>la release %1 n&apos;a pas d&apos;approbation pour le rôle %2&#xa0;; ses rôles sont&#xa0;: %3</translation>
    </message>
    <message>
        <source>say who decides the %1 approval (for example @tech-lead)</source>
        <translation>indiquez qui décide de l&apos;approbation %1 (par exemple @tech-lead)</translation>
    </message>
    <message>
        <source>rejecting the %1 approval needs a reason</source>
        <translation>rejeter l&apos;approbation %1 exige une raison</translation>
    </message>
    <message>
        <source>release %1 cannot go from %2 to %3; from %2 it can go to: %4</source>
        <translation>la release %1 ne peut pas passer de %2 à %3&#xa0;; depuis %2, transitions possibles&#xa0;: %4</translation>
    </message>
    <message>
        <source>nothing (it is final)</source>
        <translation>aucune (il est définitif)</translation>
    </message>
    <message>
        <source>say who breaks the glass on %1 (for example @dan)</source>
        <translation>indiquez qui accorde la dérogation d&apos;urgence sur %1 (par exemple @dan)</translation>
    </message>
    <message>
        <source>a break-glass override of %1 needs a reason: why it cannot wait for its window</source>
        <translation>une dérogation d&apos;urgence pour %1 exige une raison&#xa0;: pourquoi elle ne peut pas attendre sa fenêtre</translation>
    </message>
    <message>
        <source>write the break-glass reason on one line</source>
        <translation>écrivez la raison de la dérogation d&apos;urgence sur une seule ligne</translation>
    </message>
    <message>
        <source>release %1 is %2; a break-glass override is for a release that has yet to deploy</source>
        <translation>la release %1 a le statut %2&#xa0;; une dérogation d&apos;urgence concerne une release qui reste à déployer</translation>
    </message>
    <message>
        <source>a checklist item to add has no text; every item needs item: with what to do</source>
        <translation>un élément de checklist à ajouter n&apos;a pas de texte&#xa0;; chaque élément a besoin de item: avec ce qu&apos;il faut faire</translation>
    </message>
    <message>
        <source>every item of %1 is in the checklist of release %2 already; nothing to add</source>
        <translation>chaque élément de %1 est déjà dans la checklist de la release %2&#xa0;; rien à ajouter</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>la liste</translation>
    </message>
    <message>
        <source>%1 is written in flow style ({...}); adding %2 needs block style (one key per line): rewrite it in block style and try again</source>
        <translation>%1 est écrit en style flow ({...})&#xa0;; ajouter %2 exige le style bloc (une clé par ligne)&#xa0;: réécrivez-le en style bloc et réessayez</translation>
    </message>
    <message>
        <source>%1 has no keys to place %2 next to</source>
        <translation>%1 n&apos;a aucune clé à côté de laquelle placer %2</translation>
    </message>
    <message>
        <source>%1 is written in flow style ({...}); removing %2 needs block style (one key per line): rewrite it in block style and try again</source>
        <translation>%1 est écrit en style flow ({...})&#xa0;; retirer %2 exige le style bloc (une clé par ligne)&#xa0;: réécrivez-le en style bloc et réessayez</translation>
    </message>
    <message>
        <source>%1 starts on the same line as its list item; move it to a line of its own and try again</source>
        <translation>%1 commence sur la même ligne que son élément de liste&#xa0;; placez-le sur sa propre ligne et réessayez</translation>
    </message>
    <message>
        <source>the position of %1 in %2 could not be found in the text</source>
        <translation>la position de %1 dans %2 est introuvable dans le texte</translation>
    </message>
    <message>
        <source>the value of %1 in %2 spans several lines or uses anchors or tags; write it on one line and try again</source>
        <translation>la valeur de %1 dans %2 s&apos;étend sur plusieurs lignes ou utilise des ancres ou des tags&#xa0;; écrivez-la sur une ligne et réessayez</translation>
    </message>
    <message>
        <source>the manifest is not a mapping; the checklist cannot be placed</source>
        <translation>le manifeste n&apos;est pas un mapping&#xa0;; la checklist ne peut pas être placée</translation>
    </message>
    <message>
        <source>the manifest is written in flow style ({...}); write it in block style and try again</source>
        <translation>le manifeste est écrit en style flow ({...})&#xa0;; écrivez-le en style bloc et réessayez</translation>
    </message>
    <message>
        <source>the position of checklist could not be found in the text</source>
        <translation>la position de checklist est introuvable dans le texte</translation>
    </message>
    <message>
        <source>checklist is written in a form that cannot be extended on its own line; write it as checklist: followed by one item per line and try again</source>
        <translation>checklist est écrit sous une forme qui ne peut pas être étendue sur sa propre ligne&#xa0;; écrivez-le comme checklist: suivi d&apos;un élément par ligne et réessayez</translation>
    </message>
    <message>
        <source>checklist: [ ] spans several lines; write it as checklist: [] and try again</source>
        <translation>checklist: [ ] s&apos;étend sur plusieurs lignes&#xa0;; écrivez-le comme checklist: [] et réessayez</translation>
    </message>
    <message>
        <source>checklist is not a list; it cannot take new items</source>
        <translation>checklist n&apos;est pas une liste&#xa0;; il ne peut pas recevoir de nouveaux éléments</translation>
    </message>
    <message>
        <source>checklist is written in flow style ([...]); new items need one item per line: rewrite it in block style and try again</source>
        <translation>checklist est écrit en style flow ([...])&#xa0;; les nouveaux éléments exigent un élément par ligne&#xa0;: réécrivez-le en style bloc et réessayez</translation>
    </message>
    <message>
        <source>the manifest has errors; fix them before editing it: %1</source>
        <translation>le manifeste contient des erreurs&#xa0;; corrigez-les avant de le modifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1; file left untouched</source>
        <translation>%1&#xa0;; fichier laissé intact</translation>
    </message>
    <message>
        <source>the manifest could not be read for editing: %1</source>
        <translation>le manifeste n&apos;a pas pu être lu pour modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>composant %1</translation>
    </message>
    <message>
        <source>checklist item %1</source>
        <translation>élément de checklist %1</translation>
    </message>
    <message>
        <source>approval %1</source>
        <translation>approbation %1</translation>
    </message>
    <message>
        <source>the checklist</source>
        <translation>la checklist</translation>
    </message>
    <message>
        <source>the release block</source>
        <translation>le bloc release</translation>
    </message>
    <message>
        <source>%1 is not a mapping in the file; the edit cannot be placed</source>
        <translation>%1 n&apos;est pas un mapping dans le fichier&#xa0;; la modification ne peut pas être placée</translation>
    </message>
    <message>
        <source>the edit could not be applied without changing other content; file left untouched</source>
        <translation>la modification n&apos;a pas pu être appliquée sans changer d&apos;autre contenu&#xa0;; fichier laissé intact</translation>
    </message>
</context>
<context>
    <name>rc::core::ManifestFile</name>
    <message>
        <source>cannot read the file: %1; check that it exists and is readable</source>
        <translation>impossible de lire le fichier&#xa0;: %1&#xa0;; vérifiez qu&apos;il existe et qu&apos;il est lisible</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was loaded; reload it and apply the edit again</source>
        <translation>%1 a changé sur le disque depuis son chargement&#xa0;; rechargez-le et appliquez de nouveau la modification</translation>
    </message>
    <message>
        <source>cannot write the file: %1; check the folder is writable</source>
        <translation>impossible d&apos;écrire le fichier&#xa0;: %1&#xa0;; vérifiez que le dossier est accessible en écriture</translation>
    </message>
    <message>
        <source>cannot write the file: %1; check free disk space</source>
        <translation>impossible d&apos;écrire le fichier&#xa0;: %1&#xa0;; vérifiez l&apos;espace disque libre</translation>
    </message>
    <message>
        <source>cannot save the file: %1; the file was not changed</source>
        <translation>impossible d&apos;enregistrer le fichier&#xa0;: %1&#xa0;; le fichier n&apos;a pas été modifié</translation>
    </message>
</context>
<context>
    <name>rc::core::ManifestParser</name>
    <message>
        <source>a mapping</source>
        <translation>un mapping</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>text (%1)</source>
        <translation>du texte (%1)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>the document expands to more than %1 YAML nodes (aliases count at every use); a manifest is small: remove the anchors and aliases that repeat content</source>
        <translation>le document s&apos;étend à plus de %1 nœuds YAML (les alias comptent à chaque utilisation)&#xa0;; un manifeste est petit&#xa0;: supprimez les ancres et alias qui répètent du contenu</translation>
    </message>
    <message>
        <source>collections are nested deeper than %1 levels (or an alias refers to its own anchor); flatten the document</source>
        <translation>les collections sont imbriquées sur plus de %1 niveaux (ou un alias renvoie à sa propre ancre)&#xa0;; aplatissez le document</translation>
    </message>
    <message>
        <source>duplicate key %1 (first at line %2); keep one of them</source>
        <translation>clé %1 en double (première à la ligne %2)&#xa0;; n&apos;en gardez qu&apos;une</translation>
    </message>
    <message>
        <source>a manifest must be a mapping that starts with a release: block, not %1</source>
        <translation>un manifeste doit être un mapping qui commence par un bloc release:, pas %1</translation>
    </message>
    <message>
        <source>a list of components</source>
        <translation>une liste de composants</translation>
    </message>
    <message>
        <source>a list of checklist items</source>
        <translation>une liste d&apos;éléments de checklist</translation>
    </message>
    <message>
        <source>a list of approvals</source>
        <translation>une liste d&apos;approbations</translation>
    </message>
    <message>
        <source>the manifest has no release: block; add release: with at least id:</source>
        <translation>le manifeste n&apos;a pas de bloc release:&#xa0;; ajoutez release: avec au moins id:</translation>
    </message>
    <message>
        <source>keys must be plain names, not %1</source>
        <translation>les clés doivent être des noms simples, pas %1</translation>
    </message>
    <message>
        <source>unknown key %1 (kept in the file, not used); known keys here: %2</source>
        <translation>clé inconnue %1 (conservée dans le fichier, non utilisée)&#xa0;; clés connues ici&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown key %1 in %2 (kept in the file, not used); known keys here: %3</source>
        <translation>clé inconnue %1 dans %2 (conservée dans le fichier, non utilisée)&#xa0;; clés connues ici&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 must be %2, not %3</source>
        <translation>%1 doit être %2, pas %3</translation>
    </message>
    <message>
        <source>%1 must be text, not %2</source>
        <translation>%1 doit être du texte, pas %2</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 time such as 2024-01-15T10:00:00Z, not %2</source>
        <translation>%1 doit être une date-heure ISO 8601 comme 2024-01-15T10:00:00Z, pas %2</translation>
    </message>
    <message>
        <source>%1 is empty; it must be one of %2</source>
        <translation>%1 est vide&#xa0;; il doit valoir l&apos;un de %2</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not %3</source>
        <translation>%1 doit valoir l&apos;un de %2, pas %3</translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2</source>
        <translation>%1 doit valoir true ou false, pas %2</translation>
    </message>
    <message>
        <source>each entry of %1 must be a mapping of keys, not %2</source>
        <translation>chaque entrée de %1 doit être un mapping de clés, pas %2</translation>
    </message>
    <message>
        <source>release is empty; it needs at least id: (for example id: rel-2024-01-15-001)</source>
        <translation>release est vide&#xa0;; il lui faut au moins id: (par exemple id: rel-2024-01-15-001)</translation>
    </message>
    <message>
        <source>release must be a mapping with id, status, ..., not %1</source>
        <translation>release doit être un mapping avec id, status, ..., pas %1</translation>
    </message>
    <message>
        <source>release.id is empty; give the release an id such as rel-2024-01-15-001</source>
        <translation>release.id est vide&#xa0;; donnez à la release un identifiant comme rel-2024-01-15-001</translation>
    </message>
    <message>
        <source>type must be one of regular, hotfix, major, not %1</source>
        <translation>type doit valoir regular, hotfix ou major, pas %1</translation>
    </message>
    <message>
        <source>release.id is missing; every manifest needs release: id: (for example rel-2024-01-15-001)</source>
        <translation>release.id manque&#xa0;; chaque manifeste exige release: id: (par exemple rel-2024-01-15-001)</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>composant %1</translation>
    </message>
    <message>
        <source>changes must be a list of strings, not %1</source>
        <translation>changes doit être une liste de chaînes, pas %1</translation>
    </message>
    <message>
        <source>each entry of changes must be text, not %1</source>
        <translation>chaque entrée de changes doit être du texte, pas %1</translation>
    </message>
    <message>
        <source>%1, not %2</source>
        <translation>%1, pas %2</translation>
    </message>
    <message>
        <source>phase must be one of %1</source>
        <translation>phase doit valoir l&apos;un de %1</translation>
    </message>
    <message>
        <source>role must be a role name in lower case with underscores, such as qa_lead or release_manager</source>
        <translation>role doit être un nom de rôle en minuscules avec des tirets bas, comme qa_lead ou release_manager</translation>
    </message>
    <message>
        <source>due must be T-60, T-30, T-0 (minutes before release.scheduled_at; T+N for after), during or post</source>
        <translation>due doit valoir T-60, T-30, T-0 (minutes avant release.scheduled_at&#xa0;; T+N pour après), during ou post</translation>
    </message>
    <message>
        <source>checklist item %1</source>
        <translation>élément de checklist %1</translation>
    </message>
    <message>
        <source>approval %1</source>
        <translation>approbation %1</translation>
    </message>
    <message>
        <source>validation must be a mapping of checks to results (integration_tests: passed), not %1</source>
        <translation>validation doit être un mapping de vérifications vers leurs résultats (integration_tests: passed), pas %1</translation>
    </message>
    <message>
        <source>NUL byte: a manifest is UTF-8 text; this looks like a binary file</source>
        <translation>octet NUL&#xa0;: un manifeste est du texte UTF-8&#xa0;; ceci ressemble à un fichier binaire</translation>
    </message>
    <message>
        <source>control character 0x%1: a manifest is UTF-8 text; remove it</source>
        <translation>caractère de contrôle 0x%1&#xa0;: un manifeste est du texte UTF-8&#xa0;; supprimez-le</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <translation>UTF-8 invalide (octet 0x%1)&#xa0;; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>collections are nested deeper than %1 levels; a manifest nests a few levels at most</source>
        <translation>les collections sont imbriquées sur plus de %1 niveaux&#xa0;; un manifeste n&apos;en imbrique que quelques-uns</translation>
    </message>
    <message>
        <source>quoted text is never closed; add the closing %1</source>
        <translation>texte entre guillemets jamais fermé&#xa0;; ajoutez le %1 fermant</translation>
    </message>
    <message>
        <source>YAML indents with spaces, not tabs: replace the tab on line %1</source>
        <translation>YAML indente avec des espaces, pas des tabulations&#xa0;: remplacez la tabulation de la ligne %1</translation>
    </message>
    <message>
        <source>check the indentation and quoting here</source>
        <translation>vérifiez l&apos;indentation et les guillemets à cet endroit</translation>
    </message>
    <message>
        <source>the file is %1 bytes; manifests larger than %2 bytes are refused (is this the right file?)</source>
        <translation>le fichier fait %1 octets&#xa0;; les manifestes de plus de %2 octets sont refusés (est-ce le bon fichier&#xa0;?)</translation>
    </message>
    <message>
        <source>the file is empty; a manifest needs at least release: with id:</source>
        <translation>le fichier est vide&#xa0;; un manifeste exige au moins release: avec id:</translation>
    </message>
    <message>
        <source>the file holds more than one YAML document; a manifest is a single document (remove the extra --- or ...)</source>
        <translation>le fichier contient plus d&apos;un document YAML&#xa0;; un manifeste est un document unique (supprimez le --- ou ... en trop)</translation>
    </message>
    <message>
        <source>YAML syntax error: %1; %2</source>
        <translation>erreur de syntaxe YAML&#xa0;: %1&#xa0;; %2</translation>
    </message>
    <message>
        <source>the file could not be read as YAML: %1</source>
        <translation>le fichier n&apos;a pas pu être lu comme du YAML&#xa0;: %1</translation>
    </message>
    <message>
        <source>YAML syntax error: no mapping could be read from here; a manifest starts with release: at the beginning of a line</source>
        <translation>erreur de syntaxe YAML&#xa0;: aucun mapping n&apos;a pu être lu à partir d&apos;ici&#xa0;; un manifeste commence par release: en début de ligne</translation>
    </message>
    <message>
        <source>the file has no content; a manifest needs at least release: with id:</source>
        <translation>le fichier n&apos;a pas de contenu&#xa0;; un manifeste exige au moins release: avec id:</translation>
    </message>
    <message>
        <source>the manifest could not be read: %1</source>
        <translation>le manifeste n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rc::core::ManifestSync</name>
    <message>
        <source>%1 sign-off</source>
        <translation>validation de %1</translation>
    </message>
    <message>
        <source>approval %1</source>
        <translation>approbation %1</translation>
    </message>
    <message>
        <source>checklist &quot;%1&quot;</source>
        <translation>checklist «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>the local commit %1 changes %2 beyond sign-offs, checklist ticks, approvals and status (%3), so it cannot be re-applied without losing that; bring the branch up to date with git (git pull --rebase) and push again</source>
        <translation>le commit local %1 modifie %2 au-delà des validations, coches de checklist, approbations et statut (%3), il ne peut donc pas être réappliqué sans perdre cela&#xa0;; mettez la branche à jour avec git (git pull --rebase) et poussez de nouveau</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> par %1</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> le %1</translation>
    </message>
    <message>
        <source>the release block changed</source>
        <translation>le bloc release a changé</translation>
    </message>
    <message>
        <source>the validation block changed</source>
        <translation>le bloc validation a changé</translation>
    </message>
    <message>
        <source>components were added or removed</source>
        <translation>des composants ont été ajoutés ou supprimés</translation>
    </message>
    <message>
        <source>component %1 became %2</source>
        <translation>le composant %1 est devenu %2</translation>
    </message>
    <message>
        <source>component %1 changed beyond its sign-off</source>
        <translation>le composant %1 a changé au-delà de sa validation</translation>
    </message>
    <message>
        <source>checklist items were added or removed</source>
        <translation>des éléments de checklist ont été ajoutés ou supprimés</translation>
    </message>
    <message>
        <source>checklist item %1 changed beyond its tick</source>
        <translation>l&apos;élément de checklist %1 a changé au-delà de sa coche</translation>
    </message>
    <message>
        <source>approvals were added or removed</source>
        <translation>des approbations ont été ajoutées ou supprimées</translation>
    </message>
    <message>
        <source>approval %1 changed beyond its decision</source>
        <translation>l&apos;approbation %1 a changé au-delà de sa décision</translation>
    </message>
    <message>
        <source>invalid commit id %1 or %2</source>
        <translation>identifiant de commit %1 ou %2 invalide</translation>
    </message>
    <message>
        <source>the branch and its upstream share no history; bring them together with git (git pull --rebase) and push again</source>
        <translation>la branche et son amont n&apos;ont aucun historique commun&#xa0;; réunissez-les avec git (git pull --rebase) et poussez de nouveau</translation>
    </message>
    <message>
        <source>cannot walk the local commits: %1</source>
        <translation>impossible de parcourir les commits locaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the upstream commit: %1</source>
        <translation>impossible de lire le commit amont&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read a local commit: %1</source>
        <translation>impossible de lire un commit local&#xa0;: %1</translation>
    </message>
    <message>
        <source>the local commit %1 is a merge; merges cannot be re-applied as edits; bring the branch up to date with git (git pull --rebase) and push again</source>
        <translation>le commit local %1 est une fusion&#xa0;; une fusion ne peut pas être réappliquée comme modification&#xa0;; mettez la branche à jour avec git (git pull --rebase) et poussez de nouveau</translation>
    </message>
    <message>
        <source>cannot read the local commit %1: %2</source>
        <translation>impossible de lire le commit local %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot compare the local commit %1 with its parent: %2</source>
        <translation>impossible de comparer le commit local %1 à son parent&#xa0;: %2</translation>
    </message>
    <message>
        <source>the local commit %1 changes %2, which is not a release manifest; only manifest edits can be re-applied; bring the branch up to date with git (git pull --rebase) and push again</source>
        <translation>le commit local %1 modifie %2, qui n&apos;est pas un manifeste de release&#xa0;; seules les modifications de manifeste peuvent être réappliquées&#xa0;; mettez la branche à jour avec git (git pull --rebase) et poussez de nouveau</translation>
    </message>
    <message>
        <source>the local commit %1 deletes or renames %2, which cannot be re-applied as an edit; bring the branch up to date with git (git pull --rebase) and push again</source>
        <translation>le commit local %1 supprime ou renomme %2, ce qui ne peut pas être réappliqué comme modification&#xa0;; mettez la branche à jour avec git (git pull --rebase) et poussez de nouveau</translation>
    </message>
    <message>
        <source>cannot read %1 in the local commit %2</source>
        <translation>impossible de lire %1 dans le commit local %2</translation>
    </message>
    <message>
        <source>%1 was created both here (%2) and on the upstream, with different content; bring the branch up to date with git (git pull --rebase)</source>
        <translation>%1 a été créé à la fois ici (%2) et dans l&apos;amont, avec un contenu différent&#xa0;; mettez la branche à jour avec git (git pull --rebase)</translation>
    </message>
    <message>
        <source>the upstream deleted %1, which the local commit %2 edits; bring the branch up to date with git (git pull --rebase)</source>
        <translation>l&apos;amont a supprimé %1, que le commit local %2 modifie&#xa0;; mettez la branche à jour avec git (git pull --rebase)</translation>
    </message>
    <message>
        <source>the manifest does not parse: %1</source>
        <translation>le manifeste ne s&apos;analyse pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>text the console does not write, such as comments or formatting</source>
        <translation>du texte que la console n&apos;écrit pas, comme des commentaires ou la mise en forme</translation>
    </message>
    <message>
        <source>the upstream&apos;s %1 has errors (%2); fix it on the upstream first</source>
        <translation>%1 dans l&apos;amont contient des erreurs (%2)&#xa0;; corrigez-le d&apos;abord dans l&apos;amont</translation>
    </message>
    <message>
        <source>cannot find what the local commit %1 changed in %2</source>
        <translation>impossible de trouver ce que le commit local %1 a modifié dans %2</translation>
    </message>
    <message>
        <source>the upstream&apos;s %1 no longer has the %2 that the local commit %3 changes; bring the branch up to date with git (git pull --rebase)</source>
        <translation>%1 dans l&apos;amont n&apos;a plus le %2 que modifie le commit local %3&#xa0;; mettez la branche à jour avec git (git pull --rebase)</translation>
    </message>
    <message>
        <source>%1: %2 is already %3 on the upstream</source>
        <translation>%1&#xa0;: %2 vaut déjà %3 dans l&apos;amont</translation>
    </message>
    <message>
        <source>%1: kept the upstream&apos;s %2 (%3) instead of ours (%4)</source>
        <translation>%1&#xa0;: %2 de l&apos;amont conservé (%3) au lieu du nôtre (%4)</translation>
    </message>
    <message>
        <source>%1: %2 set to ours (%3) over the upstream&apos;s (%4)</source>
        <translation>%1&#xa0;: %2 mis à notre valeur (%3) par-dessus celle de l&apos;amont (%4)</translation>
    </message>
    <message>
        <source>cannot re-apply %1 of the local commit %2 to the upstream&apos;s %3: %4</source>
        <translation>impossible de réappliquer %1 du commit local %2 sur %3 de l&apos;amont&#xa0;: %4</translation>
    </message>
    <message>
        <source>cannot store %1: %2</source>
        <translation>impossible de stocker %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read a tree: %1</source>
        <translation>impossible de lire un arbre&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot build the tree: %1</source>
        <translation>impossible de construire l&apos;arbre&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is already on the upstream; left out</source>
        <translation>%1 est déjà dans l&apos;amont&#xa0;; laissé de côté</translation>
    </message>
    <message>
        <source>cannot read the new tree: %1</source>
        <translation>impossible de lire le nouvel arbre&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot create the re-applied commit: %1</source>
        <translation>impossible de créer le commit réappliqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>invalid commit id</source>
        <translation>identifiant de commit invalide</translation>
    </message>
    <message>
        <source>the branch moved while pushing; push again</source>
        <translation>la branche a bougé pendant le push&#xa0;; poussez de nouveau</translation>
    </message>
    <message>
        <source>cannot read the new commit: %1</source>
        <translation>impossible de lire le nouveau commit&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 has uncommitted changes that the upstream also changed; commit or discard them, then push again</source>
        <translation>%1 a des modifications non commitées que l&apos;amont a aussi modifiées&#xa0;; commitez-les ou abandonnez-les, puis poussez de nouveau</translation>
    </message>
    <message>
        <source>the work tree</source>
        <translation>l&apos;arbre de travail</translation>
    </message>
    <message>
        <source>cannot update the work tree: %1</source>
        <translation>impossible de mettre à jour l&apos;arbre de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot move the branch: %1; push again</source>
        <translation>impossible de déplacer la branche&#xa0;: %1&#xa0;; poussez de nouveau</translation>
    </message>
    <message>
        <source>Pushing…</source>
        <translation>Push en cours…</translation>
    </message>
    <message>
        <source>The upstream moved; fetching…</source>
        <translation>L&apos;amont a bougé&#xa0;; fetch en cours…</translation>
    </message>
    <message>
        <source>cannot read the fetched upstream %1: %2</source>
        <translation>impossible de lire l&apos;amont récupéré %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Re-applying 1 local commit on top of %1…</source>
        <translation>Réapplication d&apos;1 commit local par-dessus %1…</translation>
    </message>
    <message>
        <source>Re-applying %1 local commits on top of %2…</source>
        <translation>Réapplication de %1 commits locaux par-dessus %2…</translation>
    </message>
    <message>
        <source>the upstream kept moving while pushing (%1 tries); push again</source>
        <translation>l&apos;amont n&apos;a cessé de bouger pendant le push (%1 essais)&#xa0;; poussez de nouveau</translation>
    </message>
</context>
<context>
    <name>rc::core::NewRelease</name>
    <message>
        <source>the release id is empty; give one like rel-2024-01-15-001</source>
        <translation>l&apos;identifiant de release est vide&#xa0;; indiquez-en un comme rel-2024-01-15-001</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid release id: use 1 to 100 letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit (e.g. rel-2024-01-15-001)</source>
        <translation>&apos;%1&apos; n&apos;est pas un identifiant de release valide&#xa0;: utilisez de 1 à 100 lettres, chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;, en commençant par une lettre ou un chiffre (p. ex. rel-2024-01-15-001)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid release id: leave out the .yaml, the file is named after the id</source>
        <translation>&apos;%1&apos; n&apos;est pas un identifiant de release valide&#xa0;: retirez le .yaml, le fichier porte le nom de l&apos;identifiant</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a release type; use one of: %2</source>
        <translation>&apos;%1&apos; n&apos;est pas un type de release&#xa0;; utilisez l&apos;un de&#xa0;: %2</translation>
    </message>
    <message>
        <source>no release tag is reachable from %1 in this shallow clone; fetch the whole history with &apos;git fetch --unshallow&apos;, or pass --since TAG</source>
        <translation>aucun tag de release n&apos;est atteignable depuis %1 dans ce clone superficiel&#xa0;; récupérez tout l&apos;historique avec &apos;git fetch --unshallow&apos;, ou passez --since TAG</translation>
    </message>
    <message>
        <source>cannot read the clone: %1</source>
        <translation>impossible de lire le clone&#xa0;: %1</translation>
    </message>
    <message>
        <source> (and %1 more errors)</source>
        <translation> (et %1 erreurs de plus)</translation>
    </message>
    <message>
        <source>the new manifest does not parse: %1; fix the text and try again</source>
        <translation>le nouveau manifeste ne s&apos;analyse pas&#xa0;: %1&#xa0;; corrigez le texte et réessayez</translation>
    </message>
    <message>
        <source>the manifest says release.id %1 but the file would be %2; make them the same</source>
        <translation>le manifeste indique release.id %1 mais le fichier serait %2&#xa0;; faites-les correspondre</translation>
    </message>
    <message>
        <source>cannot commit the new release: %1</source>
        <translation>impossible de commiter la nouvelle release&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 exists already; choose another release id</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre identifiant de release</translation>
    </message>
    <message>
        <source>release %1 exists already in %2; choose another release id</source>
        <translation>la release %1 existe déjà dans %2&#xa0;; choisissez un autre identifiant de release</translation>
    </message>
    <message>
        <source>%1 has uncommitted changes; commit or discard them before creating a release</source>
        <translation>%1 a des modifications non commitées&#xa0;; commitez-les ou abandonnez-les avant de créer une release</translation>
    </message>
    <message>
        <source>cannot create the folder %1; check its permissions</source>
        <translation>impossible de créer le dossier %1&#xa0;; vérifiez ses permissions</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was not created: the commit failed: %2</source>
        <translation>%1 n&apos;a pas été créé&#xa0;: le commit a échoué&#xa0;: %2</translation>
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
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>🚨 URGENT</source>
        <translation>🚨 URGENT</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>rejetée</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>status is %1: </source>
        <translation>le statut est %1&#xa0;: </translation>
    </message>
    <message>
        <source>a release deploys from approved</source>
        <translation>une release se déploie depuis approved</translation>
    </message>
    <message>
        <source>a deployment is already running</source>
        <translation>un déploiement est déjà en cours</translation>
    </message>
    <message>
        <source>this release is already in production</source>
        <translation>cette release est déjà en production</translation>
    </message>
    <message>
        <source>a rolled-back release does not deploy again; create a new release</source>
        <translation>une release ayant fait l&apos;objet d&apos;un rollback ne se redéploie pas&#xa0;; créez une nouvelle release</translation>
    </message>
    <message>
        <source>a cancelled release does not deploy</source>
        <translation>une release annulée ne se déploie pas</translation>
    </message>
    <message>
        <source>team lead %1</source>
        <translation>chef d&apos;équipe %1</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>équipe %1</translation>
    </message>
    <message>
        <source>%1: sign-off pending</source>
        <translation>%1&#xa0;: validation en attente</translation>
    </message>
    <message>
        <source>%1: sign-off %2</source>
        <translation>%1&#xa0;: validation %2</translation>
    </message>
    <message>
        <source>%1 approval pending</source>
        <translation>approbation %1 en attente</translation>
    </message>
    <message>
        <source>%1 approval pending (%2)</source>
        <translation>approbation %1 en attente (%2)</translation>
    </message>
    <message>
        <source>%1 approval %2</source>
        <translation>approbation %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>checklist: %1 (required) not done</source>
        <translation>checklist&#xa0;: %1 (obligatoire) non fait</translation>
    </message>
    <message>
        <source>validation: %1 failed</source>
        <translation>vérifications&#xa0;: %1 en échec</translation>
    </message>
    <message>
        <source>validation: %1 failed (%2)</source>
        <translation>vérifications&#xa0;: %1 en échec (%2)</translation>
    </message>
    <message>
        <source>the break-glass override by %1 records no break_glass_at, so it lifts nothing; record it again</source>
        <translation>la dérogation d&apos;urgence de %1 n&apos;indique pas break_glass_at et ne lève donc rien&#xa0;; enregistrez-la de nouveau</translation>
    </message>
    <message>
        <source>the break-glass override by %1 ended %2 (%3); record a new one to deploy now</source>
        <translation>la dérogation d&apos;urgence de %1 a pris fin le %2 (%3)&#xa0;; enregistrez-en une nouvelle pour déployer maintenant</translation>
    </message>
</context>
<context>
    <name>rc::core::ReleaseCalendar</name>
    <message>
        <source>any time, %1 min</source>
        <translation>à tout moment, %1 min</translation>
    </message>
    <message>
        <source>%1 %2 of the month %3</source>
        <translation>%1 %2 du mois %3</translation>
    </message>
    <message>
        <source>%1 releases may deploy again from %2</source>
        <translation>les releases %1 peuvent de nouveau se déployer à partir de %2</translation>
    </message>
    <message>
        <source>next window opens %1</source>
        <translation>prochaine fenêtre&#xa0;: %1</translation>
    </message>
    <message>
        <source>no %1 window opens in the next ten years outside the freezes; check freezes: in %2</source>
        <translation>aucune fenêtre %1 ne s&apos;ouvre hors des gels dans les dix prochaines années&#xa0;; vérifiez freezes: dans %2</translation>
    </message>
    <message>
        <source>inside the freeze %1 until %2 (%3); %4</source>
        <translation>pendant le gel %1 jusqu&apos;à %2 (%3)&#xa0;; %4</translation>
    </message>
    <message>
        <source>outside the %1 window %2; %3</source>
        <translation>hors de la fenêtre %1 %2&#xa0;; %3</translation>
    </message>
    <message>
        <source>%1 is not a time of day; write it on the 24-hour clock as HH:MM, such as 10:00</source>
        <translation>%1 n&apos;est pas une heure&#xa0;; écrivez-la au format 24 heures HH:MM, comme 10:00</translation>
    </message>
    <message>
        <source>%1 is not a time of day; hours go from 00 to 23 and minutes from 00 to 59</source>
        <translation>%1 n&apos;est pas une heure&#xa0;; les heures vont de 00 à 23 et les minutes de 00 à 59</translation>
    </message>
    <message>
        <source>duration %1 is negative; a window lasts a positive time such as 2h or 30m</source>
        <translation>la durée %1 est négative&#xa0;; une fenêtre dure un temps positif comme 2h ou 30m</translation>
    </message>
    <message>
        <source>%1 is not a duration; write hours and minutes such as 2h, 30m or 1h30m</source>
        <translation>%1 n&apos;est pas une durée&#xa0;; écrivez des heures et des minutes comme 2h, 30m ou 1h30m</translation>
    </message>
    <message>
        <source>duration %1 is zero; a window lasts a positive time such as 2h or 30m</source>
        <translation>la durée %1 est nulle&#xa0;; une fenêtre dure un temps positif comme 2h ou 30m</translation>
    </message>
    <message>
        <source>duration %1 is longer than a year; a window lasts hours, such as 2h</source>
        <translation>la durée %1 dépasse un an&#xa0;; une fenêtre dure quelques heures, comme 2h</translation>
    </message>
    <message>
        <source>%1 is not a day of the month&apos;s train; write first, second, third, fourth or last and a weekday, such as first tuesday</source>
        <translation>%1 n&apos;est pas un jour de train mensuel&#xa0;; écrivez first, second, third, fourth ou last et un jour de semaine, comme first tuesday</translation>
    </message>
    <message>
        <source>%1 is not a day of the month&apos;s train; write a weekday such as first tuesday</source>
        <translation>%1 n&apos;est pas un jour de train mensuel&#xa0;; écrivez un jour de semaine comme first tuesday</translation>
    </message>
    <message>
        <source>%1 is not a weekday; write one such as tuesday</source>
        <translation>%1 n&apos;est pas un jour de semaine&#xa0;; écrivez-en un comme tuesday</translation>
    </message>
    <message>
        <source>%1 is not a weekday; write one such as tuesday or tue</source>
        <translation>%1 n&apos;est pas un jour de semaine&#xa0;; écrivez-en un comme tuesday ou tue</translation>
    </message>
    <message>
        <source>%1 is not a date; write YYYY-MM-DD, or YYYY-MM-DD HH:MM for a time in the rules&apos; time zone</source>
        <translation>%1 n&apos;est pas une date&#xa0;; écrivez YYYY-MM-DD, ou YYYY-MM-DD HH:MM pour une heure dans le fuseau horaire des règles</translation>
    </message>
    <message>
        <source>%1 is not a date of the calendar; check the month and the day</source>
        <translation>%1 n&apos;est pas une date du calendrier&#xa0;; vérifiez le mois et le jour</translation>
    </message>
    <message>
        <source>write the first and the last day such as Dec 20 - Jan 2</source>
        <translation>écrivez le premier et le dernier jour comme Dec 20 - Jan 2</translation>
    </message>
    <message>
        <source>%1 is not a yearly period; %2</source>
        <translation>%1 n&apos;est pas une période annuelle&#xa0;; %2</translation>
    </message>
    <message>
        <source>%1 is not a month; write one such as Dec or December</source>
        <translation>%1 n&apos;est pas un mois&#xa0;; écrivez-en un comme Dec ou December</translation>
    </message>
    <message>
        <source>%1 %2 is not a day of the year; %3</source>
        <translation>%1 %2 n&apos;est pas un jour de l&apos;année&#xa0;; %3</translation>
    </message>
    <message>
        <source>%1 is not a weekly period; write a start and an end such as friday 16:00 - monday 08:00</source>
        <translation>%1 n&apos;est pas une période hebdomadaire&#xa0;; écrivez un début et une fin comme friday 16:00 - monday 08:00</translation>
    </message>
    <message>
        <source>%1 is not a weekday; write one such as friday or fri</source>
        <translation>%1 n&apos;est pas un jour de semaine&#xa0;; écrivez-en un comme friday ou fri</translation>
    </message>
    <message>
        <source>%1 starts where it ends; a weekly freeze needs a length, such as friday 16:00 - monday 08:00</source>
        <translation>%1 commence là où il se termine&#xa0;; un gel hebdomadaire a besoin d&apos;une durée, comme friday 16:00 - monday 08:00</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
</context>
<context>
    <name>rc::core::Remote</name>
    <message>
        <source>the ssh agent</source>
        <translation>l&apos;agent ssh</translation>
    </message>
    <message>
        <source>the credential helper &quot;%1&quot;</source>
        <translation>l&apos;assistant d&apos;identification «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 from %2 was cancelled</source>
        <translation>%1 depuis %2 a été annulé</translation>
    </message>
    <message>
        <source>the remote refused the credentials for %1 (tried %2); check that they are valid and allow access to the repository, or set GH_TOKEN to a token that does</source>
        <translation>le distant a refusé les identifiants pour %1 (essayé&#xa0;: %2)&#xa0;; vérifiez qu&apos;ils sont valides et donnent accès au dépôt, ou définissez GH_TOKEN avec un jeton qui y a accès</translation>
    </message>
    <message>
        <source>%1 asks for credentials and none are available; set GH_TOKEN (or GITHUB_TOKEN) to a token with access, configure a git credential helper (git config --global credential.helper store), or use an ssh URL with your key loaded in ssh-agent</source>
        <translation>%1 demande des identifiants et aucun n&apos;est disponible&#xa0;; définissez GH_TOKEN (ou GITHUB_TOKEN) avec un jeton ayant accès, configurez un assistant d&apos;identification git (git config --global credential.helper store), ou utilisez une URL ssh avec votre clé chargée dans ssh-agent</translation>
    </message>
    <message>
        <source>cannot %1 %2 (%3): %4; check the network and the remote&apos;s URL (git remote -v)</source>
        <translation>impossible de %1 %2 (%3)&#xa0;: %4&#xa0;; vérifiez le réseau et l&apos;URL du distant (git remote -v)</translation>
    </message>
    <message>
        <source>%1 is not on %2 yet (%3 to push)</source>
        <translation>%1 n&apos;est pas encore sur %2 (%3 à pousser)</translation>
    </message>
    <message>
        <source>%1 is up to date with %2</source>
        <translation>%1 est à jour avec %2</translation>
    </message>
    <message>
        <source>%1 is %2 ahead of %3</source>
        <translation>%1 a %2 d&apos;avance sur %3</translation>
    </message>
    <message>
        <source>%1 is %2 behind %3</source>
        <translation>%1 a %2 de retard sur %3</translation>
    </message>
    <message>
        <source>%1 is %2 ahead, %3 behind %4</source>
        <translation>%1 a %2 d&apos;avance et %3 de retard sur %4</translation>
    </message>
    <message>
        <source>no repository is open</source>
        <translation>aucun dépôt n&apos;est ouvert</translation>
    </message>
    <message>
        <source>HEAD is detached (not on a branch), so there is nothing to share; check out the release branch first, e.g. git switch main</source>
        <translation>HEAD est détaché (pas sur une branche), il n&apos;y a donc rien à partager&#xa0;; extrayez d&apos;abord la branche de release, p. ex. git switch main</translation>
    </message>
    <message>
        <source>the branch has no commits yet; commit a manifest first</source>
        <translation>la branche n&apos;a encore aucun commit&#xa0;; commitez d&apos;abord un manifeste</translation>
    </message>
    <message>
        <source>cannot read HEAD: %1</source>
        <translation>impossible de lire HEAD&#xa0;: %1</translation>
    </message>
    <message>
        <source>HEAD is not on a local branch; check out the release branch first</source>
        <translation>HEAD n&apos;est pas sur une branche locale&#xa0;; extrayez d&apos;abord la branche de release</translation>
    </message>
    <message>
        <source>the branch %1 has no upstream; set one with git branch --set-upstream-to=origin/%1 (or push it once with git push -u origin %1)</source>
        <translation>la branche %1 n&apos;a pas d&apos;amont&#xa0;; définissez-en un avec git branch --set-upstream-to=origin/%1 (ou poussez-la une fois avec git push -u origin %1)</translation>
    </message>
    <message>
        <source>the branch %1 tracks a local branch, not a remote; set an upstream on a remote with git branch --set-upstream-to=origin/%1</source>
        <translation>la branche %1 suit une branche locale, pas un distant&#xa0;; définissez un amont sur un distant avec git branch --set-upstream-to=origin/%1</translation>
    </message>
    <message>
        <source>the branch %1 has no upstream branch (branch.%1.merge); set one with git branch --set-upstream-to=%2/%1</source>
        <translation>la branche %1 n&apos;a pas de branche amont (branch.%1.merge)&#xa0;; définissez-en une avec git branch --set-upstream-to=%2/%1</translation>
    </message>
    <message>
        <source>the upstream of %1 is on the remote &quot;%2&quot;, which is not configured; add it with git remote add %2 URL</source>
        <translation>l&apos;amont de %1 est sur le distant «&#xa0;%2&#xa0;», qui n&apos;est pas configuré&#xa0;; ajoutez-le avec git remote add %2 URL</translation>
    </message>
    <message>
        <source>no fetch refspec of %1 maps %2 to a tracking branch; check git config remote.%1.fetch</source>
        <translation>aucune refspec de fetch de %1 n&apos;associe %2 à une branche de suivi&#xa0;; vérifiez git config remote.%1.fetch</translation>
    </message>
    <message>
        <source>cannot walk the history: %1</source>
        <translation>impossible de parcourir l&apos;historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot compare %1 with %2: %3</source>
        <translation>impossible de comparer %1 à %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot open the remote %1: %2</source>
        <translation>impossible d&apos;ouvrir le distant %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>fetch from</source>
        <translation>récupérer depuis</translation>
    </message>
    <message>
        <source>push to</source>
        <translation>pousser vers</translation>
    </message>
    <message>
        <source>the remote %1 refused to update %2: %3; ask the repository&apos;s admins whether the branch is protected</source>
        <translation>le distant %1 a refusé de mettre à jour %2&#xa0;: %3&#xa0;; demandez aux administrateurs du dépôt si la branche est protégée</translation>
    </message>
</context>
<context>
    <name>rc::core::Repository</name>
    <message>
        <source>cannot read HEAD: %1</source>
        <translation>impossible de lire HEAD&#xa0;: %1</translation>
    </message>
    <message>
        <source>HEAD does not point at a commit: %1</source>
        <translation>HEAD ne pointe pas vers un commit&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 does not exist; open a folder inside a git clone</source>
        <translation>%1 n&apos;existe pas&#xa0;; ouvrez un dossier dans un clone git</translation>
    </message>
    <message>
        <source>%1 is in a clone owned by another user (%2); if you trust it, run git config --global --add safe.directory &lt;the clone&apos;s folder&gt;</source>
        <translation>%1 est dans un clone appartenant à un autre utilisateur (%2)&#xa0;; si vous lui faites confiance, lancez git config --global --add safe.directory &lt;le dossier du clone&gt;</translation>
    </message>
    <message>
        <source>%1 is not inside a git clone; open a folder that contains a .git directory</source>
        <translation>%1 n&apos;est pas dans un clone git&#xa0;; ouvrez un dossier qui contient un répertoire .git</translation>
    </message>
    <message>
        <source>%1 is a bare repository without a work tree; open a clone with checked-out files</source>
        <translation>%1 est un dépôt nu sans arbre de travail&#xa0;; ouvrez un clone avec des fichiers extraits</translation>
    </message>
    <message>
        <source>cannot create the folder %1; check its parent is writable</source>
        <translation>impossible de créer le dossier %1&#xa0;; vérifiez que son parent est accessible en écriture</translation>
    </message>
    <message>
        <source>cannot create a git repository in %1: %2</source>
        <translation>impossible de créer un dépôt git dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the git configuration: %1</source>
        <translation>impossible de lire la configuration git&#xa0;: %1</translation>
    </message>
    <message>
        <source>no git author name is set; run git config --global user.name &quot;Your Name&quot;</source>
        <translation>aucun nom d&apos;auteur git n&apos;est défini&#xa0;; lancez git config --global user.name &quot;Votre Nom&quot;</translation>
    </message>
    <message>
        <source>no git author email is set; run git config --global user.email &quot;you@example.com&quot;</source>
        <translation>aucune adresse e-mail d&apos;auteur git n&apos;est définie&#xa0;; lancez git config --global user.email &quot;vous@example.com&quot;</translation>
    </message>
    <message>
        <source>no repository is open</source>
        <translation>aucun dépôt n&apos;est ouvert</translation>
    </message>
    <message>
        <source>%1 is not inside the clone %2; commit a file from this clone</source>
        <translation>%1 n&apos;est pas dans le clone %2&#xa0;; commitez un fichier de ce clone</translation>
    </message>
    <message>
        <source>cannot create an index: %1</source>
        <translation>impossible de créer un index&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read HEAD&apos;s tree: %1</source>
        <translation>impossible de lire l&apos;arbre de HEAD&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read %1 into git: %2</source>
        <translation>impossible de lire %1 dans git&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot stage %1: %2</source>
        <translation>impossible d&apos;indexer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not exist in the work tree or in HEAD; save the file before committing</source>
        <translation>%1 n&apos;existe ni dans l&apos;arbre de travail ni dans HEAD&#xa0;; enregistrez le fichier avant de commiter</translation>
    </message>
    <message>
        <source>cannot write the tree: %1</source>
        <translation>impossible d&apos;écrire l&apos;arbre&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 has no changes to commit</source>
        <translation>%1 n&apos;a aucune modification à commiter</translation>
    </message>
    <message>
        <source>cannot read the new tree: %1</source>
        <translation>impossible de lire le nouvel arbre&#xa0;: %1</translation>
    </message>
    <message>
        <source>invalid git identity: %1</source>
        <translation>identité git invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>the commit message is empty; give a message</source>
        <translation>le message de commit est vide&#xa0;; indiquez un message</translation>
    </message>
    <message>
        <source>cannot create the commit: %1</source>
        <translation>impossible de créer le commit&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot open the index: %1</source>
        <translation>impossible d&apos;ouvrir l&apos;index&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot stage the work tree: %1</source>
        <translation>impossible d&apos;indexer l&apos;arbre de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>invalid author %1 &lt;%2&gt;: %3</source>
        <translation>auteur invalide %1 &lt;%2&gt;&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot tag %1: HEAD has no commit yet; commit first</source>
        <translation>impossible de tagger %1&#xa0;: HEAD n&apos;a encore aucun commit&#xa0;; commitez d&apos;abord</translation>
    </message>
    <message>
        <source>cannot create the tag %1: %2</source>
        <translation>impossible de créer le tag %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rc::core::RepositoryRules</name>
    <message numerus="yes">
        <source> (and %n more problem(s) in the same file)</source>
        <translation>
            <numerusform> (et %n autre problème dans le même fichier)</numerusform>
            <numerusform>(et %n autres problèmes dans le même fichier)</numerusform>
        </translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>un mapping</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>text (%1)</source>
        <translation>du texte (%1)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>the document expands to more than %1 YAML nodes (aliases count at every use); remove the anchors and aliases that repeat content</source>
        <translation>le document s&apos;étend à plus de %1 nœuds YAML (les alias comptent à chaque utilisation)&#xa0;; supprimez les ancres et alias qui répètent du contenu</translation>
    </message>
    <message>
        <source>collections are nested deeper than %1 levels (or an alias refers to its own anchor); flatten the document</source>
        <translation>les collections sont imbriquées sur plus de %1 niveaux (ou un alias renvoie à sa propre ancre)&#xa0;; aplatissez le document</translation>
    </message>
    <message>
        <source>duplicate key %1 (first at line %2); keep one of them</source>
        <translation>clé %1 en double (première à la ligne %2)&#xa0;; n&apos;en gardez qu&apos;une</translation>
    </message>
    <message>
        <source>the rules must be a mapping with a components: list, not %1</source>
        <translation>les règles doivent être un mapping avec une liste components:, pas %1</translation>
    </message>
    <message>
        <source>enforce_windows must be true or false, not %1</source>
        <translation>enforce_windows doit valoir true ou false, pas %1</translation>
    </message>
    <message>
        <source>the rules have no components: list; add one entry per component with name: and paths:, or delete the file to use the top-level directories</source>
        <translation>les règles n&apos;ont pas de liste components:&#xa0;; ajoutez une entrée par composant avec name: et paths:, ou supprimez le fichier pour utiliser les répertoires de premier niveau</translation>
    </message>
    <message>
        <source>keys must be plain names, not %1</source>
        <translation>les clés doivent être des noms simples, pas %1</translation>
    </message>
    <message>
        <source>unknown key %1 (ignored); known keys here: %2</source>
        <translation>clé inconnue %1 (ignorée)&#xa0;; clés connues ici&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown key %1 in %2 (ignored); known keys here: %3</source>
        <translation>clé inconnue %1 dans %2 (ignorée)&#xa0;; clés connues ici&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 must be text, not %2</source>
        <translation>%1 doit être du texte, pas %2</translation>
    </message>
    <message>
        <source>%1 must be a list such as [a, b], not %2</source>
        <translation>%1 doit être une liste comme [a, b], pas %2</translation>
    </message>
    <message>
        <source>each entry of %1 must be text, not %2</source>
        <translation>chaque entrée de %1 doit être du texte, pas %2</translation>
    </message>
    <message>
        <source>%1 must be a list of GitHub logins such as [&apos;@dan&apos;, &apos;@erin&apos;], not %2</source>
        <translation>%1 doit être une liste de logins GitHub comme [&apos;@dan&apos;, &apos;@erin&apos;], pas %2</translation>
    </message>
    <message>
        <source>each entry of %1 must be a GitHub login such as &apos;@dan&apos;, not %2</source>
        <translation>chaque entrée de %1 doit être un login GitHub comme &apos;@dan&apos;, pas %2</translation>
    </message>
    <message>
        <source>%1 in %2 is not a GitHub login; write the login as GitHub shows it, such as &apos;@dan&apos; (letters, digits and single hyphens, at most 39)</source>
        <translation>%1 dans %2 n&apos;est pas un login GitHub&#xa0;; écrivez le login tel que GitHub l&apos;affiche, comme &apos;@dan&apos; (lettres, chiffres et traits d&apos;union isolés, 39 au plus)</translation>
    </message>
    <message>
        <source>components must be a list of entries with name: and paths:, not %1</source>
        <translation>components doit être une liste d&apos;entrées avec name: et paths:, pas %1</translation>
    </message>
    <message>
        <source>a component must be a mapping with name: and paths:, not %1</source>
        <translation>un composant doit être un mapping avec name: et paths:, pas %1</translation>
    </message>
    <message>
        <source>name is empty; give the component a name such as api</source>
        <translation>name est vide&#xa0;; donnez au composant un nom comme api</translation>
    </message>
    <message>
        <source>component %1 is listed twice (first at line %2); give each component a different name</source>
        <translation>le composant %1 est listé deux fois (d&apos;abord à la ligne %2)&#xa0;; donnez à chaque composant un nom différent</translation>
    </message>
    <message>
        <source>each entry of paths must be a path such as dir/sub/, not %1</source>
        <translation>chaque entrée de paths doit être un chemin comme dir/sub/, pas %1</translation>
    </message>
    <message>
        <source>paths is empty; list at least one directory or file such as dir/sub/</source>
        <translation>paths est vide&#xa0;; listez au moins un répertoire ou fichier comme dir/sub/</translation>
    </message>
    <message>
        <source>paths must be a list such as [dir/sub/, README.md], not %1</source>
        <translation>paths doit être une liste comme [dir/sub/, README.md], pas %1</translation>
    </message>
    <message>
        <source>a component</source>
        <translation>un composant</translation>
    </message>
    <message>
        <source>a component has no name:; add name: with a short id such as api</source>
        <translation>un composant n&apos;a pas de name:&#xa0;; ajoutez name: avec un identifiant court comme api</translation>
    </message>
    <message>
        <source>component %1 has no paths:; add paths: with the directories or files it owns</source>
        <translation>le composant %1 n&apos;a pas de paths:&#xa0;; ajoutez paths: avec les répertoires ou fichiers dont il est responsable</translation>
    </message>
    <message>
        <source>path %1 is listed twice in this component (first at line %2); keep one</source>
        <translation>le chemin %1 est listé deux fois dans ce composant (d&apos;abord à la ligne %2)&#xa0;; n&apos;en gardez qu&apos;un</translation>
    </message>
    <message>
        <source>path %1 is already claimed by component %2 (line %3); a path belongs to one component: remove it from one of them, or list a deeper path</source>
        <translation>le chemin %1 est déjà revendiqué par le composant %2 (ligne %3)&#xa0;; un chemin appartient à un seul composant&#xa0;: retirez-le de l&apos;un d&apos;eux, ou indiquez un chemin plus profond</translation>
    </message>
    <message>
        <source>github must be a mapping with repository:, workflow: and ref:, not %1</source>
        <translation>github doit être un mapping avec repository:, workflow: et ref:, pas %1</translation>
    </message>
    <message>
        <source>release_types must be a mapping such as regular:, hotfix:, major:, not %1</source>
        <translation>release_types doit être un mapping comme regular:, hotfix:, major:, pas %1</translation>
    </message>
    <message>
        <source>release type %1 must be a mapping with schedule:, window: and approvals:, not %2</source>
        <translation>le type de release %1 doit être un mapping avec schedule:, window: et approvals:, pas %2</translation>
    </message>
    <message>
        <source>window must be a mapping with start: and duration:, not %1</source>
        <translation>window doit être un mapping avec start: et duration:, pas %1</translation>
    </message>
    <message>
        <source>release type %1</source>
        <translation>type de release %1</translation>
    </message>
    <message>
        <source>schedule %1 of %2 is not a schedule; write weekly, monthly or as_needed</source>
        <translation>la planification %1 de %2 n&apos;en est pas une&#xa0;; écrivez weekly, monthly ou as_needed</translation>
    </message>
    <message>
        <source>%1 is deployed as needed, so day: does not apply; remove it or set schedule: weekly</source>
        <translation>%1 se déploie au besoin, day: ne s&apos;applique donc pas&#xa0;; supprimez-le ou mettez schedule: weekly</translation>
    </message>
    <message>
        <source>day of %1: %2</source>
        <translation>jour de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>window start of %1: %2</source>
        <translation>début de fenêtre de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>window duration of %1: %2</source>
        <translation>durée de fenêtre de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>une semaine</translation>
    </message>
    <message>
        <source>four weeks</source>
        <translation>quatre semaines</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>un jour</translation>
    </message>
    <message>
        <source>window duration %1 of %2 is longer than its period (%3), so its windows would overlap; make it shorter</source>
        <translation>la durée de fenêtre %1 de %2 dépasse sa période (%3), ses fenêtres se chevaucheraient donc&#xa0;; raccourcissez-la</translation>
    </message>
    <message>
        <source>timezone %1 is not a time zone this system knows; write an IANA name such as Europe/Berlin, America/New_York or UTC</source>
        <translation>le fuseau horaire %1 est inconnu de ce système&#xa0;; écrivez un nom IANA comme Europe/Paris, America/New_York ou UTC</translation>
    </message>
    <message>
        <source>freezes must be a list of entries with name: and from:/until:, yearly: or weekly:, not %1</source>
        <translation>freezes doit être une liste d&apos;entrées avec name: et from:/until:, yearly: ou weekly:, pas %1</translation>
    </message>
    <message>
        <source>a freeze must be a mapping with name: and from:/until:, yearly: or weekly:, not %1</source>
        <translation>un gel doit être un mapping avec name: et from:/until:, yearly: ou weekly:, pas %1</translation>
    </message>
    <message>
        <source>a freeze</source>
        <translation>un gel</translation>
    </message>
    <message>
        <source>a freeze needs a name: that says what it is, such as name: Year-end freeze</source>
        <translation>un gel a besoin d&apos;un name: qui dit ce qu&apos;il est, comme name: Gel de fin d&apos;année</translation>
    </message>
    <message>
        <source>freeze %1 needs exactly one period: from: and until: (dates), yearly: (such as Dec 20 - Jan 2) or weekly: (such as friday 16:00 - monday 08:00)</source>
        <translation>le gel %1 a besoin d&apos;exactement une période&#xa0;: from: et until: (dates), yearly: (comme Dec 20 - Jan 2) ou weekly: (comme friday 16:00 - monday 08:00)</translation>
    </message>
    <message>
        <source>freeze %1: %2</source>
        <translation>gel %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>freeze %1 needs both from: and until:, such as from: 2024-12-20 and until: 2025-01-02</source>
        <translation>le gel %1 a besoin à la fois de from: et de until:, comme from: 2024-12-20 et until: 2025-01-02</translation>
    </message>
    <message>
        <source>from of freeze %1: %2</source>
        <translation>from du gel %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>until of freeze %1: %2</source>
        <translation>until du gel %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>freeze %1 ends (%2) before it starts (%3); until: is the last day of the freeze</source>
        <translation>le gel %1 se termine (%2) avant de commencer (%3)&#xa0;; until: est le dernier jour du gel</translation>
    </message>
    <message>
        <source>applies_to of freeze %1 names %2, which is not a release type; use %3</source>
        <translation>applies_to du gel %1 mentionne %2, qui n&apos;est pas un type de release&#xa0;; utilisez %3</translation>
    </message>
    <message>
        <source>freeze %1 overlaps freeze %2 (line %3); merge them into one or move one of them so they do not share a day</source>
        <translation>le gel %1 chevauche le gel %2 (ligne %3)&#xa0;; fusionnez-les ou déplacez l&apos;un d&apos;eux pour qu&apos;ils ne partagent aucun jour</translation>
    </message>
    <message>
        <source>notifications must be a list of entries with event: and channel:, not %1</source>
        <translation>notifications doit être une liste d&apos;entrées avec event: et channel:, pas %1</translation>
    </message>
    <message>
        <source>a notification must be a mapping with event: and channel:, not %1</source>
        <translation>une notification doit être un mapping avec event: et channel:, pas %1</translation>
    </message>
    <message>
        <source>unknown notification event %1; use one of: %2</source>
        <translation>événement de notification inconnu %1&#xa0;; utilisez l&apos;un de&#xa0;: %2</translation>
    </message>
    <message>
        <source>priority must be urgent or normal, not %1</source>
        <translation>priority doit valoir urgent ou normal, pas %1</translation>
    </message>
    <message>
        <source>a notification</source>
        <translation>une notification</translation>
    </message>
    <message>
        <source>a notification needs event: one of %1</source>
        <translation>une notification a besoin de event: parmi %1</translation>
    </message>
    <message>
        <source>unknown placeholder {%1} in %2; use one of %3, or write {{ and }} for literal braces</source>
        <translation>espace réservé inconnu {%1} dans %2&#xa0;; utilisez l&apos;un de %3, ou écrivez {{ et }} pour des accolades littérales</translation>
    </message>
    <message>
        <source>path %1 uses a backslash; write paths with / as git does (dir/sub/)</source>
        <translation>le chemin %1 utilise une barre oblique inverse&#xa0;; écrivez les chemins avec / comme git (dir/sub/)</translation>
    </message>
    <message>
        <source>path %1 leaves the clone with ..; write it relative to the clone&apos;s root (dir/sub/)</source>
        <translation>le chemin %1 sort du clone avec ..&#xa0;; écrivez-le relatif à la racine du clone (dir/sub/)</translation>
    </message>
    <message>
        <source>path %1 names the whole clone; list the directories or files this component owns (dir/sub/ or README.md)</source>
        <translation>le chemin %1 désigne tout le clone&#xa0;; listez les répertoires ou fichiers dont ce composant est responsable (dir/sub/ ou README.md)</translation>
    </message>
    <message>
        <source>the file is %1 bytes; rules larger than %2 bytes are refused (is this the right file?)</source>
        <translation>le fichier fait %1 octets&#xa0;; les règles de plus de %2 octets sont refusées (est-ce le bon fichier&#xa0;?)</translation>
    </message>
    <message>
        <source>the file contains NUL bytes; the rules are UTF-8 text</source>
        <translation>le fichier contient des octets NUL&#xa0;; les règles sont du texte UTF-8</translation>
    </message>
    <message>
        <source>collections are nested deeper than %1 levels; the rules nest a few levels at most</source>
        <translation>les collections sont imbriquées sur plus de %1 niveaux&#xa0;; les règles n&apos;en imbriquent que quelques-unes</translation>
    </message>
    <message>
        <source>YAML syntax error: %1; check the indentation and quoting here</source>
        <translation>erreur de syntaxe YAML&#xa0;: %1&#xa0;; vérifiez l&apos;indentation et les guillemets à cet endroit</translation>
    </message>
    <message>
        <source>the file could not be read as YAML: %1</source>
        <translation>le fichier n&apos;a pas pu être lu comme du YAML&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file has no rules; add a components: list, or delete the file to use the top-level directories</source>
        <translation>le fichier ne contient aucune règle&#xa0;; ajoutez une liste components:, ou supprimez le fichier pour utiliser les répertoires de premier niveau</translation>
    </message>
    <message>
        <source>the rules could not be read: %1</source>
        <translation>les règles n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>the clone has no commits yet, so it has no top-level directories to use as components; commit something or add %1 with a components: list</source>
        <translation>le clone n&apos;a encore aucun commit, il n&apos;a donc pas de répertoires de premier niveau à utiliser comme composants&#xa0;; commitez quelque chose ou ajoutez %1 avec une liste components:</translation>
    </message>
    <message>
        <source>cannot read the file: %1; check its permissions</source>
        <translation>impossible de lire le fichier&#xa0;: %1&#xa0;; vérifiez ses permissions</translation>
    </message>
    <message>
        <source>break_glass_lasts: %1</source>
        <translation>break_glass_lasts&#xa0;: %1</translation>
    </message>
    <message>
        <source>break_glass_lasts %1 is longer than a week; an override is for one deploy, such as 4h</source>
        <translation>break_glass_lasts %1 dépasse une semaine&#xa0;; une dérogation vaut pour un déploiement, par exemple 4h</translation>
    </message>
</context>
<context>
    <name>rc::core::RunWatcher</name>
    <message>
        <source>run %1 in %2</source>
        <translation>exécution %1 dans %2</translation>
    </message>
    <message>
        <source>GitHub&apos;s answer for run %1 could not be read: %2</source>
        <translation>la réponse de GitHub pour l&apos;exécution %1 n&apos;a pas pu être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>the jobs of run %1</source>
        <translation>les tâches de l&apos;exécution %1</translation>
    </message>
    <message>
        <source>GitHub&apos;s jobs of run %1 could not be read: %2</source>
        <translation>les tâches GitHub de l&apos;exécution %1 n&apos;ont pas pu être lues&#xa0;: %2</translation>
    </message>
    <message>
        <source>the pending deployments of run %1</source>
        <translation>les déploiements en attente de l&apos;exécution %1</translation>
    </message>
    <message>
        <source>GitHub&apos;s pending deployments of run %1 could not be read: %2</source>
        <translation>les déploiements en attente de l&apos;exécution %1 sur GitHub n&apos;ont pas pu être lus&#xa0;: %2</translation>
    </message>
    <message>
        <source>the log of job %1</source>
        <translation>le journal de la tâche %1</translation>
    </message>
    <message>
        <source>no GitHub connection</source>
        <translation>aucune connexion GitHub</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>exécution %1</translation>
    </message>
    <message>
        <source>cancel requested for run %1</source>
        <translation>annulation demandée pour l&apos;exécution %1</translation>
    </message>
    <message>
        <source>run %1 has already completed and cannot be cancelled</source>
        <translation>l&apos;exécution %1 est déjà terminée et ne peut pas être annulée</translation>
    </message>
    <message>
        <source>%1; the cancel may or may not have reached GitHub: the run&apos;s status will tell</source>
        <translation>%1&#xa0;; l&apos;annulation a pu atteindre GitHub ou non&#xa0;: le statut de l&apos;exécution le dira</translation>
    </message>
    <message>
        <source>failed jobs of run %1 re-run</source>
        <translation>tâches en échec de l&apos;exécution %1 relancées</translation>
    </message>
    <message>
        <source>re-running failed jobs needs write access to the repository; %1</source>
        <translation>relancer les tâches en échec exige l&apos;accès en écriture au dépôt&#xa0;; %1</translation>
    </message>
    <message>
        <source>GitHub refused to re-run run %1: %2</source>
        <translation>GitHub a refusé de relancer l&apos;exécution %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>run %1 is still running; re-run its failed jobs once it has completed</source>
        <translation>l&apos;exécution %1 est toujours en cours&#xa0;; relancez ses tâches en échec une fois qu&apos;elle sera terminée</translation>
    </message>
    <message>
        <source>Approved from the release console</source>
        <translation>Approuvé depuis la console de release</translation>
    </message>
    <message>
        <source>Rejected from the release console</source>
        <translation>Rejeté depuis la console de release</translation>
    </message>
    <message>
        <source>deployment of run %1 approved</source>
        <translation>déploiement de l&apos;exécution %1 approuvé</translation>
    </message>
    <message>
        <source>deployment of run %1 rejected</source>
        <translation>déploiement de l&apos;exécution %1 rejeté</translation>
    </message>
    <message>
        <source>run %1 has no such deployment waiting for a review (it may have been reviewed already): %2</source>
        <translation>l&apos;exécution %1 n&apos;a pas de tel déploiement en attente de revue (il a peut-être déjà été examiné)&#xa0;: %2</translation>
    </message>
    <message>
        <source>you may not review this deployment: only the environment&apos;s required reviewers can; %1</source>
        <translation>vous ne pouvez pas examiner ce déploiement&#xa0;: seuls les relecteurs requis de l&apos;environnement le peuvent&#xa0;; %1</translation>
    </message>
</context>
<context>
    <name>rc::core::SignoffSync</name>
    <message>
        <source>the open sign-off issues of %1</source>
        <translation>les issues de validation ouvertes de %1</translation>
    </message>
    <message>
        <source>no GitHub client</source>
        <translation>aucun client GitHub</translation>
    </message>
    <message>
        <source>more open sign-off issues than %1 pages hold; close the ones of past releases and try again</source>
        <translation>plus d&apos;issues de validation ouvertes que n&apos;en contiennent %1 pages&#xa0;; fermez celles des releases passées et réessayez</translation>
    </message>
    <message>
        <source>the repository %1</source>
        <translation>le dépôt %1</translation>
    </message>
    <message>
        <source>GitHub dropped the labels (the token needs push access to set them): add the label sign-off-required to #%1 by hand, or the check will not find it</source>
        <translation>GitHub a ignoré les labels (le jeton a besoin de l&apos;accès push pour les poser)&#xa0;: ajoutez à la main le label sign-off-required à #%1, sinon la vérification ne la trouvera pas</translation>
    </message>
    <message>
        <source>@%1 could not be assigned; the issue mentions them instead</source>
        <translation>@%1 n&apos;a pas pu être assigné&#xa0;; l&apos;issue le mentionne à la place</translation>
    </message>
    <message>
        <source>not attempted: %1</source>
        <translation>non tenté&#xa0;: %1</translation>
    </message>
    <message>
        <source>GitHub did not answer the request to open the issue (%1), and the issues could not be listed to see whether it was opened (%2); run the request again, it never opens a second issue</source>
        <translation>GitHub n&apos;a pas répondu à la demande d&apos;ouverture de l&apos;issue (%1), et les issues n&apos;ont pas pu être listées pour voir si elle a été ouverte (%2)&#xa0;; relancez la demande, elle n&apos;ouvre jamais de seconde issue</translation>
    </message>
    <message>
        <source>GitHub did not answer the request to open the issue (%1) and no issue appeared; run the request again</source>
        <translation>GitHub n&apos;a pas répondu à la demande d&apos;ouverture de l&apos;issue (%1) et aucune issue n&apos;est apparue&#xa0;; relancez la demande</translation>
    </message>
    <message>
        <source>GitHub did not answer, but the issue was opened</source>
        <translation>GitHub n&apos;a pas répondu, mais l&apos;issue a été ouverte</translation>
    </message>
    <message>
        <source>issue #%1</source>
        <translation>issue #%1</translation>
    </message>
    <message>
        <source>#%1 duplicates #%2 and could not be closed: %3</source>
        <translation>#%1 fait doublon avec #%2 et n&apos;a pas pu être fermée&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 has errors; fix them first: %2</source>
        <translation>%1 contient des erreurs&#xa0;; corrigez-les d&apos;abord&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is not a manifest</source>
        <translation>ce n&apos;est pas un manifeste</translation>
    </message>
    <message>
        <source>more than one open sign-off issue (#%1 and %2 more); only #%1 is read</source>
        <translation>plus d&apos;une issue de validation ouverte (#%1 et %2 de plus)&#xa0;; seule #%1 est lue</translation>
    </message>
    <message>
        <source>the comments of #%1 could not be read: %2</source>
        <translation>les commentaires de #%1 n&apos;ont pas pu être lus&#xa0;: %2</translation>
    </message>
    <message>
        <source>#%1 has more comments than %2 pages hold; not decided</source>
        <translation>#%1 a plus de commentaires que n&apos;en contiennent %2 pages&#xa0;; pas de décision</translation>
    </message>
    <message>
        <source>the repository permission of @%1</source>
        <translation>la permission de @%1 sur le dépôt</translation>
    </message>
    <message>
        <source>the repository permission of @%1 could not be read, so their command was not counted: %2</source>
        <translation>la permission de @%1 sur le dépôt n&apos;a pas pu être lue, sa commande n&apos;a donc pas été prise en compte&#xa0;: %2</translation>
    </message>
    <message>
        <source>

From %1 on issue #%2 (comment %3): %4</source>
        <translation>

De %1 sur l&apos;issue #%2 (commentaire %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>the note about ignored commands could not be posted on #%1: %2</source>
        <translation>la note sur les commandes ignorées n&apos;a pas pu être publiée sur #%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>#%1 could not be closed: %2; the sign-off is recorded, close the issue by hand</source>
        <translation>#%1 n&apos;a pas pu être fermée&#xa0;: %2&#xa0;; la validation est enregistrée, fermez l&apos;issue à la main</translation>
    </message>
</context>
<context>
    <name>rc::core::SlackNotifier</name>
    <message>
        <source>Release Console stopped while waiting for Slack&apos;s answer; Slack may have posted it</source>
        <translation>Release Console s&apos;est arrêté en attendant la réponse de Slack&#xa0;; Slack l&apos;a peut-être publié</translation>
    </message>
    <message>
        <source>the program sending it stopped before Slack answered; Slack may have posted it</source>
        <translation>le programme qui l&apos;envoyait s&apos;est arrêté avant la réponse de Slack&#xa0;; Slack l&apos;a peut-être publié</translation>
    </message>
    <message>
        <source>no webhook URL for %1: set one in Settings → Slack… or in %2 (or %3 for every channel)</source>
        <translation>pas d&apos;URL de webhook pour %1&#xa0;: définissez-en une dans Paramètres → Slack… ou dans %2 (ou %3 pour tous les canaux)</translation>
    </message>
    <message>
        <source>rate_limited: Slack asked to wait %1 s (HTTP 429)</source>
        <translation>rate_limited&#xa0;: Slack a demandé d&apos;attendre %1 s (HTTP 429)</translation>
    </message>
    <message>
        <source>%1 (HTTP %2 from %3); trying again in %4 s</source>
        <translation>%1 (HTTP %2 de %3)&#xa0;; nouvel essai dans %4 s</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>erreur du serveur</translation>
    </message>
    <message>
        <source>%1 (HTTP %2 from %3)</source>
        <translation>%1 (HTTP %2 de %3)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>%1; trying again in %2 s</source>
        <translation>%1&#xa0;; nouvel essai dans %2 s</translation>
    </message>
    <message>
        <source>%1 after the message was sent; Slack may have posted it, so it is not sent again unless you resend it</source>
        <translation>%1 après l&apos;envoi du message&#xa0;; Slack l&apos;a peut-être publié, il n&apos;est donc pas renvoyé sauf si vous le renvoyez</translation>
    </message>
    <message>
        <source>posted, but %1</source>
        <translation>publié, mais %1</translation>
    </message>
    <message>
        <source>This message is being sent right now.</source>
        <translation>Ce message est en cours d&apos;envoi.</translation>
    </message>
    <message>
        <source>There is no message %1 in the outbox; it may have been sent meanwhile.</source>
        <translation>Il n&apos;y a pas de message %1 dans la boîte d&apos;envoi&#xa0;; il a peut-être été envoyé entre-temps.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>waiting to retry</source>
        <translation>en attente de nouvel essai</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>envoi en cours</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>non confirmé</translation>
    </message>
    <message>
        <source>%1 %2 to %3</source>
        <translation>%1 %2 vers %3</translation>
    </message>
    <message>
        <source> (urgent)</source>
        <translation> (urgent)</translation>
    </message>
    <message>
        <source>%1 refused the connection</source>
        <translation>%1 a refusé la connexion</translation>
    </message>
    <message>
        <source>%1 was not found (no network, or DNS cannot resolve it)</source>
        <translation>%1 introuvable (pas de réseau, ou le DNS ne peut pas le résoudre)</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering</source>
        <translation>%1 a fermé la connexion avant de répondre</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed (check the system&apos;s certificates and the clock)</source>
        <translation>la négociation TLS avec %1 a échoué (vérifiez les certificats du système et l&apos;horloge)</translation>
    </message>
    <message>
        <source>the proxy to %1 refused the request</source>
        <translation>le proxy vers %1 a refusé la requête</translation>
    </message>
    <message>
        <source>the connection to %1 failed (network error %2)</source>
        <translation>la connexion à %1 a échoué (erreur réseau %2)</translation>
    </message>
</context>
<context>
    <name>rc::core::SlackOutbox</name>
    <message>
        <source>Cannot create the Slack outbox folder. Check the permissions of the folder above it.</source>
        <translation>Impossible de créer le dossier de la boîte d&apos;envoi Slack. Vérifiez les permissions du dossier parent.</translation>
    </message>
    <message>
        <source>Cannot write to the Slack outbox: %1</source>
        <translation>Impossible d&apos;écrire dans la boîte d&apos;envoi Slack&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot save a message in the Slack outbox: %1</source>
        <translation>Impossible d&apos;enregistrer un message dans la boîte d&apos;envoi Slack&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot remove a sent message from the Slack outbox: %1</source>
        <translation>Impossible de retirer un message envoyé de la boîte d&apos;envoi Slack&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read this outbox message: %1</source>
        <translation>Impossible de lire ce message de la boîte d&apos;envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>This outbox message is damaged and is left alone; move it away to silence this.</source>
        <translation>Ce message de la boîte d&apos;envoi est endommagé et laissé tel quel&#xa0;; déplacez-le ailleurs pour ne plus voir ceci.</translation>
    </message>
</context>
<context>
    <name>rc::core::SlackWebhooks</name>
    <message>
        <source>The Slack webhook URL is empty. Paste the URL of an incoming webhook (Slack → Apps → Incoming Webhooks).</source>
        <translation>L&apos;URL du webhook Slack est vide. Collez l&apos;URL d&apos;un webhook entrant (Slack → Apps → Incoming Webhooks).</translation>
    </message>
    <message>
        <source>The Slack webhook URL is not a valid URL. Paste the whole URL of an incoming webhook, starting with https://.</source>
        <translation>L&apos;URL du webhook Slack n&apos;est pas une URL valide. Collez l&apos;URL complète d&apos;un webhook entrant, commençant par https://.</translation>
    </message>
    <message>
        <source>The Slack webhook URL for %1 is not https: a webhook URL is a secret and is only sent encrypted. Use the https:// URL Slack gives you.</source>
        <translation>L&apos;URL du webhook Slack pour %1 n&apos;est pas en https&#xa0;: une URL de webhook est un secret et n&apos;est envoyée que chiffrée. Utilisez l&apos;URL https:// fournie par Slack.</translation>
    </message>
    <message>
        <source>The Slack webhook URL for %1 is not an https URL. Use the https:// URL Slack gives you.</source>
        <translation>L&apos;URL du webhook Slack pour %1 n&apos;est pas une URL https. Utilisez l&apos;URL https:// fournie par Slack.</translation>
    </message>
    <message>
        <source>The Slack webhook URL for %1 carries a user name or password; Slack&apos;s URLs never do. Paste the URL Slack gives you.</source>
        <translation>L&apos;URL du webhook Slack pour %1 contient un nom d&apos;utilisateur ou un mot de passe&#xa0;; celles de Slack n&apos;en ont jamais. Collez l&apos;URL fournie par Slack.</translation>
    </message>
    <message>
        <source>The Slack webhook URL for %1 has no path; an incoming webhook&apos;s URL ends in /services/…. Paste the whole URL.</source>
        <translation>L&apos;URL du webhook Slack pour %1 n&apos;a pas de chemin&#xa0;; l&apos;URL d&apos;un webhook entrant se termine par /services/…. Collez l&apos;URL complète.</translation>
    </message>
    <message>
        <source>(no host)</source>
        <translation>(pas d&apos;hôte)</translation>
    </message>
    <message>
        <source>the keychain entry %1/%2</source>
        <translation>l&apos;entrée de trousseau %1/%2</translation>
    </message>
    <message>
        <source>%1 holds no usable webhook URL: %2</source>
        <translation>%1 ne contient aucune URL de webhook utilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no %1</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1: access was denied. Unlock the keychain and allow Release Console to use it.</source>
        <translation>%1&#xa0;: accès refusé. Déverrouillez le trousseau et autorisez Release Console à l&apos;utiliser.</translation>
    </message>
    <message>
        <source>No keychain service is running: Slack webhook URLs cannot be stored. Start a keychain service, or set RC_SLACK_WEBHOOK_URL in the environment.</source>
        <translation>Aucun service de trousseau ne tourne&#xa0;: les URL de webhook Slack ne peuvent pas être stockées. Démarrez un service de trousseau, ou définissez RC_SLACK_WEBHOOK_URL dans l&apos;environnement.</translation>
    </message>
    <message>
        <source>The keychain could not use %1 (%2). Check that a keychain service runs and is unlocked, or set RC_SLACK_WEBHOOK_URL in the environment.</source>
        <translation>Le trousseau n&apos;a pas pu utiliser %1 (%2). Vérifiez qu&apos;un service de trousseau tourne et qu&apos;il est déverrouillé, ou définissez RC_SLACK_WEBHOOK_URL dans l&apos;environnement.</translation>
    </message>
</context>
<context>
    <name>rc::core::Tags</name>
    <message>
        <source>no repository is open; open a clone first</source>
        <translation>aucun dépôt n&apos;est ouvert&#xa0;; ouvrez d&apos;abord un clone</translation>
    </message>
    <message>
        <source>revision %1 does not exist in this clone; give a branch, tag or commit that git log shows (fetch first if it is on the remote)</source>
        <translation>la révision %1 n&apos;existe pas dans ce clone&#xa0;; indiquez une branche, un tag ou un commit que git log affiche (faites d&apos;abord un fetch s&apos;il est sur le distant)</translation>
    </message>
    <message>
        <source>revision %1 does not name a commit; give a branch, tag or commit</source>
        <translation>la révision %1 ne désigne pas un commit&#xa0;; indiquez une branche, un tag ou un commit</translation>
    </message>
    <message>
        <source>no tag is reachable from %1</source>
        <translation>aucun tag n&apos;est atteignable depuis %1</translation>
    </message>
    <message>
        <source>no tag reachable from %1 matches %2</source>
        <translation>aucun tag atteignable depuis %1 ne correspond à %2</translation>
    </message>
    <message>
        <source>; create one with git tag, or pass --since</source>
        <translation>&#xa0;; créez-en un avec git tag, ou passez --since</translation>
    </message>
    <message>
        <source>the tags reachable from %1 could not be read: %2</source>
        <translation>impossible de lire les tags atteignables depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the nearest tag of %1 could not be named: %2</source>
        <translation>impossible de nommer le tag le plus proche de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rc::core::TokenStore</name>
    <message>
        <source>the keychain entry %1/%2</source>
        <translation>l&apos;entrée de trousseau %1/%2</translation>
    </message>
    <message>
        <source>No keychain service is running (GNOME Keyring, KWallet or another Secret Service provider): the token cannot be stored. Set GH_TOKEN in the environment that starts Release Console, or start a keychain service.</source>
        <translation>Aucun service de trousseau ne tourne (GNOME Keyring, KWallet ou un autre fournisseur Secret Service)&#xa0;: le jeton ne peut pas être stocké. Définissez GH_TOKEN dans l&apos;environnement qui lance Release Console, ou démarrez un service de trousseau.</translation>
    </message>
    <message>
        <source>The keychain could not read %1</source>
        <translation>Le trousseau n&apos;a pas pu lire %1</translation>
    </message>
    <message>
        <source>The keychain could not store the token in %1</source>
        <translation>Le trousseau n&apos;a pas pu stocker le jeton dans %1</translation>
    </message>
    <message>
        <source>The keychain could not delete %1</source>
        <translation>Le trousseau n&apos;a pas pu supprimer %1</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>There is no %1</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1: access was denied (%2). Unlock the keychain and allow Release Console to use it, or set GH_TOKEN in the environment that starts Release Console.</source>
        <translation>%1&#xa0;: accès refusé (%2). Déverrouillez le trousseau et autorisez Release Console à l&apos;utiliser, ou définissez GH_TOKEN dans l&apos;environnement qui lance Release Console.</translation>
    </message>
    <message>
        <source>%1: %2. Check that the keychain is unlocked and try again.</source>
        <translation>%1&#xa0;: %2. Vérifiez que le trousseau est déverrouillé et réessayez.</translation>
    </message>
</context>
<context>
    <name>rc::core::WorkflowFile</name>
    <message>
        <source>a mapping</source>
        <translation>un mapping</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>text (&quot;%1&quot;)</source>
        <translation>du texte («&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2</source>
        <translation>%1 doit valoir true ou false, pas %2</translation>
    </message>
    <message>
        <source>%1 must be a mapping (description, required, type, ...), not %2</source>
        <translation>%1 doit être un mapping (description, required, type, ...), pas %2</translation>
    </message>
    <message>
        <source>%1.type must be text, not %2</source>
        <translation>%1.type doit être du texte, pas %2</translation>
    </message>
    <message>
        <source>%1.type &quot;%2&quot; is not one of %3</source>
        <translation>%1.type «&#xa0;%2&#xa0;» ne fait pas partie de %3</translation>
    </message>
    <message>
        <source>%1.options must be a list, not %2</source>
        <translation>%1.options doit être une liste, pas %2</translation>
    </message>
    <message>
        <source>each of %1.options must be text, not %2</source>
        <translation>chaque élément de %1.options doit être du texte, pas %2</translation>
    </message>
    <message>
        <source>%1 is a choice without options; add an options: list</source>
        <translation>%1 est un choix sans options&#xa0;; ajoutez une liste options:</translation>
    </message>
    <message>
        <source>%1.default must be text, not %2</source>
        <translation>%1.default doit être du texte, pas %2</translation>
    </message>
    <message>
        <source>the console cannot identify runs on servers that do not return run details: add input correlation_id and put ${{ inputs.correlation_id }} in run-name (docs/cli.md#workflow-requirements)</source>
        <translation>la console ne peut pas identifier les exécutions sur les serveurs qui ne renvoient pas leurs détails&#xa0;: ajoutez l&apos;entrée correlation_id et mettez ${{ inputs.correlation_id }} dans run-name (docs/cli.md#workflow-requirements)</translation>
    </message>
    <message>
        <source>the workflow &quot;%1&quot; is not a file name such as release-train.yml, so the console cannot read its inputs from the clone; set github.workflow in .release-console.yaml to the file&apos;s name</source>
        <translation>le workflow «&#xa0;%1&#xa0;» n&apos;est pas un nom de fichier comme release-train.yml, la console ne peut donc pas lire ses entrées dans le clone&#xa0;; définissez github.workflow dans .release-console.yaml avec le nom du fichier</translation>
    </message>
    <message>
        <source>collections are nested deeper than %1 levels; a workflow file nests a few levels at most</source>
        <translation>les collections sont imbriquées sur plus de %1 niveaux&#xa0;; un fichier de workflow n&apos;en imbrique que quelques-uns</translation>
    </message>
    <message>
        <source>YAML syntax error: %1; check the indentation and quoting here</source>
        <translation>erreur de syntaxe YAML&#xa0;: %1&#xa0;; vérifiez l&apos;indentation et les guillemets à cet endroit</translation>
    </message>
    <message>
        <source>the file could not be read as YAML: %1</source>
        <translation>le fichier n&apos;a pas pu être lu comme du YAML&#xa0;: %1</translation>
    </message>
    <message>
        <source>a workflow file is a mapping with name, on and jobs, not %1</source>
        <translation>un fichier de workflow est un mapping avec name, on et jobs, pas %1</translation>
    </message>
    <message>
        <source>run-name must be text, not %1</source>
        <translation>run-name doit être du texte, pas %1</translation>
    </message>
    <message>
        <source>the workflow has no on: triggers; add on: workflow_dispatch with its inputs</source>
        <translation>le workflow n&apos;a pas de déclencheurs on:&#xa0;; ajoutez on: workflow_dispatch avec ses entrées</translation>
    </message>
    <message>
        <source>the workflow cannot be dispatched: its on: triggers lack workflow_dispatch; add workflow_dispatch with inputs release_id, action, dry_run and correlation_id</source>
        <translation>le workflow ne peut pas être déclenché&#xa0;: ses déclencheurs on: n&apos;incluent pas workflow_dispatch&#xa0;; ajoutez workflow_dispatch avec les entrées release_id, action, dry_run et correlation_id</translation>
    </message>
    <message>
        <source>workflow_dispatch must be a mapping with inputs:, not %1</source>
        <translation>workflow_dispatch doit être un mapping avec inputs:, pas %1</translation>
    </message>
    <message>
        <source>workflow_dispatch.inputs must be a mapping of input names, not %1</source>
        <translation>workflow_dispatch.inputs doit être un mapping de noms d&apos;entrées, pas %1</translation>
    </message>
    <message>
        <source>input names must be plain names, not %1</source>
        <translation>les noms d&apos;entrées doivent être des noms simples, pas %1</translation>
    </message>
    <message>
        <source>the workflow could not be read: %1</source>
        <translation>le workflow n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>the workflow file %1 does not exist in the clone; check github.workflow in .release-console.yaml (now &quot;%2&quot;) or pull the branch that has the workflow</source>
        <translation>le fichier de workflow %1 n&apos;existe pas dans le clone&#xa0;; vérifiez github.workflow dans .release-console.yaml (actuellement «&#xa0;%2&#xa0;») ou récupérez la branche qui contient le workflow</translation>
    </message>
    <message>
        <source>the workflow file could not be read: %1</source>
        <translation>le fichier de workflow n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rc::core::Workspace</name>
    <message>
        <source>cannot read the file: %1; check that it is readable</source>
        <translation>impossible de lire le fichier&#xa0;: %1&#xa0;; vérifiez qu&apos;il est lisible</translation>
    </message>
    <message>
        <source>release id %1 is used by %2 files: %3; give each release its own id</source>
        <translation>l&apos;identifiant de release %1 est utilisé par %2 fichiers&#xa0;: %3&#xa0;; donnez à chaque release son propre identifiant</translation>
    </message>
    <message>
        <source>release id %1 is used by several files (%2); pass the file path instead</source>
        <translation>l&apos;identifiant de release %1 est utilisé par plusieurs fichiers (%2)&#xa0;; passez plutôt le chemin du fichier</translation>
    </message>
    <message>
        <source>no release %1: there are no manifests under %2/releases; create one first</source>
        <translation>pas de release %1&#xa0;: il n&apos;y a aucun manifeste sous %2/releases&#xa0;; créez-en d&apos;abord un</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> et %1 de plus</translation>
    </message>
    <message>
        <source>no release %1 in %2; known ids: %3; give a release id or a manifest path</source>
        <translation>pas de release %1 dans %2&#xa0;; identifiants connus&#xa0;: %3&#xa0;; indiquez un identifiant de release ou le chemin d&apos;un manifeste</translation>
    </message>
</context>
<context>
    <name>rc::models::ApprovalModel</name>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejetée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting for %1</source>
        <translation>En attente de %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approbateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>%1 is not an approval status.</source>
        <translation>%1 n&apos;est pas un statut d&apos;approbation.</translation>
    </message>
    <message>
        <source>Rejecting the %1 approval needs a reason.</source>
        <translation>Rejeter l&apos;approbation %1 exige une raison.</translation>
    </message>
    <message>
        <source>There is no approval in row %1.</source>
        <translation>Il n&apos;y a pas d&apos;approbation à la ligne %1.</translation>
    </message>
</context>
<context>
    <name>rc::models::ChecklistModel</name>
    <message>
        <source>Required before the release can deploy</source>
        <translation>Obligatoire avant que la release puisse être déployée</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Completed by</source>
        <translation>Effectué par</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>Effectué le</translation>
    </message>
    <message>
        <source>A checklist item is either done or not; %1 is neither.</source>
        <translation>Un élément de checklist est fait ou non&#xa0;; %1 n&apos;est ni l&apos;un ni l&apos;autre.</translation>
    </message>
    <message>
        <source>There is no checklist item in row %1.</source>
        <translation>Il n&apos;y a pas d&apos;élément de checklist à la ligne %1.</translation>
    </message>
    <message>
        <source>%1 · overdue since %2</source>
        <translation>%1 · en retard depuis %2</translation>
    </message>
    <message>
        <source>%1 · due now, by %2</source>
        <translation>%1 · à faire maintenant, avant %2</translation>
    </message>
    <message>
        <source>%1 · from %2</source>
        <translation>%1 · à partir de %2</translation>
    </message>
    <message>
        <source>%1 · done</source>
        <translation>%1 · fait</translation>
    </message>
    <message>
        <source>Opens %1, overdue from %2 (%3 relative to the scheduled start)</source>
        <translation>Ouvre %1, en retard à partir de %2 (%3 par rapport au début planifié)</translation>
    </message>
    <message>
        <source>Sign-off checklist of the role %1</source>
        <translation>Checklist de validation du rôle %1</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Pre-release</source>
        <translation>Avant la release</translation>
    </message>
    <message>
        <source>Release day</source>
        <translation>Jour de release</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Validation</translation>
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
        <translation>%1 — %2 affichés sur %3</translation>
    </message>
    <message>
        <source>other (no component)</source>
        <translation>autre (aucun composant)</translation>
    </message>
</context>
<context>
    <name>rc::models::CommitModel</name>
    <message>
        <source>other (no component)</source>
        <translation>autre (aucun composant)</translation>
    </message>
    <message>
        <source>%1 — no changes</source>
        <translation>%1 — aucun changement</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n commit(s)</source>
        <translation>
            <numerusform>%1 — %n commit</numerusform>
            <numerusform>%1 — %n commits</numerusform>
        </translation>
    </message>
    <message>
        <source>Commits since %1 that change no component&apos;s paths</source>
        <translation>Commits depuis %1 qui ne touchent aux chemins d&apos;aucun composant</translation>
    </message>
    <message>
        <source>the first commit</source>
        <translation>le premier commit</translation>
    </message>
    <message>
        <source>every commit (no tag reachable)</source>
        <translation>tous les commits (aucun tag atteignable)</translation>
    </message>
    <message>
        <source>commits since %1</source>
        <translation>commits depuis %1</translation>
    </message>
    <message>
        <source>%1: %2
Paths: %3</source>
        <translation>%1&#xa0;: %2
Chemins&#xa0;: %3</translation>
    </message>
    <message>
        <source>Breaking change: the next version of %1 is a major one</source>
        <translation>Changement incompatible&#xa0;: la prochaine version de %1 est une version majeure</translation>
    </message>
    <message>
        <source>Not a conventional commit</source>
        <translation>Pas un commit conventionnel</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
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
        <translation>%1 passe de %2 à %3</translation>
    </message>
    <message>
        <source>Approved by %1 at %2</source>
        <translation>Approuvée par %1 le %2</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non enregistré)</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Approuvée par %1</translation>
    </message>
    <message>
        <source>Rejected by %1 at %2</source>
        <translation>Rejetée par %1 le %2</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Rejected by %1</source>
        <translation>Rejetée par %1</translation>
    </message>
    <message>
        <source>Waiting for %1 (team lead of %2)</source>
        <translation>En attente de %1 (chef d&apos;équipe de %2)</translation>
    </message>
    <message>
        <source>Waiting for a sign-off</source>
        <translation>En attente d&apos;une validation</translation>
    </message>
    <message>
        <source>Waiting for %1</source>
        <translation>En attente de %1</translation>
    </message>
    <message>
        <source>No sign-off needed for this release</source>
        <translation>Aucune validation nécessaire pour cette release</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Aucun changement</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Chef d&apos;équipe</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>%1 is not a sign-off value.</source>
        <translation>%1 n&apos;est pas une valeur de validation.</translation>
    </message>
    <message>
        <source>Rejecting %1 needs a reason.</source>
        <translation>Rejeter %1 exige une raison.</translation>
    </message>
    <message>
        <source>There is no component in row %1.</source>
        <translation>Il n&apos;y a pas de composant à la ligne %1.</translation>
    </message>
</context>
<context>
    <name>rc::models::DocumentTableModel</name>
    <message>
        <source>No release is open: open a manifest before editing it.</source>
        <translation>Aucune release n&apos;est ouverte&#xa0;: ouvrez un manifeste avant de le modifier.</translation>
    </message>
</context>
<context>
    <name>rc::models::HistoryModel</name>
    <message>
        <source>Regular</source>
        <translation>Régulière</translation>
    </message>
    <message>
        <source>Hotfix</source>
        <translation>Hotfix</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Majeure</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>%1 (not stated)</source>
        <translation>%1 (non indiqué)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>non planifiée</translation>
    </message>
    <message>
        <source>validation.staging_deployed_at as the manifest records it. Manifests do not record when a release reached production; its status says whether it did.</source>
        <translation>validation.staging_deployed_at tel que le manifeste l&apos;enregistre. Les manifestes n&apos;enregistrent pas quand une release est arrivée en production&#xa0;; son statut indique si c&apos;est le cas.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>On staging</source>
        <translation>En staging</translation>
    </message>
    <message>
        <source>Release manager</source>
        <translation>Responsable de release</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Validations</translation>
    </message>
</context>
<context>
    <name>rc::models::ReleaseDocument</name>
    <message>
        <source>No release is open to reload.</source>
        <translation>Aucune release ouverte à recharger.</translation>
    </message>
    <message>
        <source>No release is open: open a manifest before editing it.</source>
        <translation>Aucune release n&apos;est ouverte&#xa0;: ouvrez un manifeste avant de le modifier.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>%1 cannot be edited while it has errors; fix them in the file first (%2).</source>
        <translation>%1 ne peut pas être modifié tant qu&apos;il contient des erreurs&#xa0;; corrigez-les d&apos;abord dans le fichier (%2).</translation>
    </message>
    <message>
        <source>No user to record for this decision: set your handle in the settings or with `git config releaseconsole.user @you`.</source>
        <translation>Aucun utilisateur à enregistrer pour cette décision&#xa0;: définissez votre identifiant dans les paramètres ou avec `git config releaseconsole.user @vous`.</translation>
    </message>
    <message>
        <source>The edit was saved but not committed: %1</source>
        <translation>La modification a été enregistrée mais pas commitée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rc::models::ReleaseListModel</name>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Ready to deploy</source>
        <translation>Prête à déployer</translation>
    </message>
    <message>
        <source>Blocked:
%1</source>
        <translation>Bloquée&#xa0;:
%1</translation>
    </message>
    <message>
        <source>%1 of %2 component sign-offs received</source>
        <translation>%1 validations de composant reçues sur %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Release manager</source>
        <translation>Responsable de release</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Validations</translation>
    </message>
</context>
<context>
    <name>rc::models::RunModel</name>
    <message>
        <source>Job / step</source>
        <translation>Tâche / étape</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>rc::models::RunPresentation</name>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Action required</source>
        <translation>Action requise</translation>
    </message>
    <message>
        <source>Startup failure</source>
        <translation>Échec au démarrage</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Périmée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
</context>
<context>
    <name>rc::models::StatusPresentation</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>En déploiement</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Déployée</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Rollback effectué</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Non requise</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>rc::models::ValidationModel</name>
    <message>
        <source>Passed</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>rc::ui::AboutDialog</name>
    <message>
        <source>About Release Console</source>
        <translation>À propos de Release Console</translation>
    </message>
    <message>
        <source>Release Console icon</source>
        <translation>Icône de Release Console</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Release Console %1&lt;/h2&gt;&lt;p&gt;Release trains, sign-offs, approvals, readiness and deployment for a git clone.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Release Console %1&lt;/h2&gt;&lt;p&gt;Trains de release, validations, approbations, état de préparation et déploiement pour un clone git.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>&amp;Versions&#xa0;:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>The console&apos;s version and the versions of the libraries it uses</source>
        <translation>La version de la console et celles des bibliothèques qu&apos;elle utilise</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy these versions as text, for a bug report</source>
        <translation>Copier ces versions sous forme de texte, pour un rapport de bug</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Release Console</source>
        <translation>Release Console</translation>
    </message>
    <message>
        <source>Qt (built with)</source>
        <translation>Qt (compilation)</translation>
    </message>
    <message>
        <source>Qt (running)</source>
        <translation>Qt (exécution)</translation>
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
        <translation>Coloration YAML</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>&amp;Copié</translation>
    </message>
</context>
<context>
    <name>rc::ui::Appearance</name>
    <message>
        <source>&amp;System</source>
        <translation>S&amp;ystème</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
</context>
<context>
    <name>rc::ui::BreakGlassDialog</name>
    <message>
        <source>Break Glass for %1</source>
        <translation>Dérogation d&apos;urgence pour %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deploy %1 outside its release window&lt;/b&gt;</source>
        <translation>&lt;b&gt;Déployer %1 hors de sa fenêtre de release&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The release is inside its window now; the override is recorded for later.</source>
        <translation>La release est actuellement dans sa fenêtre&#xa0;; la dérogation est enregistrée pour plus tard.</translation>
    </message>
    <message>
        <source>Blocked now: %1</source>
        <translation>Bloquée maintenant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Raison de la dérogation</translation>
    </message>
    <message>
        <source>Why this cannot wait (required), e.g. payment outage fix</source>
        <translation>Pourquoi ça ne peut pas attendre (obligatoire), p. ex. correctif d&apos;une panne de paiement</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
    <message>
        <source>Release id, typed to confirm</source>
        <translation>Identifiant de release, tapé pour confirmer</translation>
    </message>
    <message>
        <source>Type %1 to &amp;confirm:</source>
        <translation>Tapez %1 pour &amp;confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Break Glass</source>
        <translation>Dérogation d&apos;urgence</translation>
    </message>
    <message>
        <source>a reason</source>
        <translation>une raison</translation>
    </message>
    <message>
        <source>the release id typed exactly</source>
        <translation>l&apos;identifiant de release tapé exactement</translation>
    </message>
    <message>
        <source>The override is saved in the manifest and committed.</source>
        <translation>La dérogation est enregistrée dans le manifeste et commitée.</translation>
    </message>
    <message>
        <source>Needs %1.</source>
        <translation>Il faut %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>The override lifts only the window and freeze blockers, until %1. Sign-offs, approvals, the checklist and validation still apply. It is recorded in the manifest with your name, the time and the reason, and committed.</source>
        <translation>La dérogation ne lève que les blocages de fenêtre et de gel, jusqu&apos;au %1. Les validations, les approbations, la checklist et les vérifications restent requises. Elle est enregistrée dans le manifeste avec votre nom, l&apos;heure et la raison, puis commitée.</translation>
    </message>
</context>
<context>
    <name>rc::ui::CalendarView</name>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Mois précédent (Page préc.)</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Mois suivant (Page suiv.)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Show this month (Home)</source>
        <translation>Afficher ce mois (Début)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Sem.</translation>
    </message>
    <message>
        <source>ISO week %1</source>
        <translation>Semaine ISO %1</translation>
    </message>
    <message>
        <source>%1 · today</source>
        <translation>%1 · aujourd&apos;hui</translation>
    </message>
    <message>
        <source>%1 release · %2</source>
        <translation>release %1 · %2</translation>
    </message>
    <message>
        <source>Scheduled %1</source>
        <translation>Planifiée le %1</translation>
    </message>
    <message>
        <source>Release manager %1</source>
        <translation>Responsable de release %1</translation>
    </message>
    <message>
        <source>Click to open</source>
        <translation>Cliquer pour ouvrir</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) scheduled this month.</source>
        <translation>
            <numerusform>%n release planifiée ce mois-ci.</numerusform>
            <numerusform>%n releases planifiées ce mois-ci.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) without a schedule are not shown (see History).</source>
        <translation>
            <numerusform>%n release sans planification n&apos;est pas affichée (voir Historique).</numerusform>
            <numerusform>%n releases sans planification ne sont pas affichées (voir Historique).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nearest: %1 on %2.</source>
        <translation>La plus proche&#xa0;: %1 le %2.</translation>
    </message>
    <message>
        <source>Release window</source>
        <translation>Fenêtre de release</translation>
    </message>
    <message>
        <source>A line per release window on the day: the train and its hours in the rules&apos; time zone</source>
        <translation>Une ligne par fenêtre de release du jour&#xa0;: le train et ses heures dans le fuseau horaire des règles</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Gel</translation>
    </message>
    <message>
        <source>A tinted day is inside a freeze: the release types it names do not deploy</source>
        <translation>Un jour teinté est dans un gel&#xa0;: les types de release qu&apos;il nomme ne se déploient pas</translation>
    </message>
    <message>
        <source>Freeze: %1</source>
        <translation>Gel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Freeze %1 until %2 (%3); holds %4</source>
        <translation>Gel %1 jusqu&apos;au %2 (%3)&#xa0;; bloque %4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 release window %2 (%3)</source>
        <translation>Fenêtre de release %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Release calendar</source>
        <translation>Calendrier des releases</translation>
    </message>
    <message>
        <source>A month of releases, release windows and freezes; Page Up and Page Down change the month, Home shows this month</source>
        <translation>Un mois de releases, de fenêtres de release et de gels&#xa0;; Page préc. et Page suiv. changent de mois, Début affiche ce mois</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Jours du mois</translation>
    </message>
</context>
<context>
    <name>rc::ui::ChangesTab</name>
    <message>
        <source>%1; showing the whole history</source>
        <translation>%1&#xa0;; tout l&apos;historique est affiché</translation>
    </message>
    <message>
        <source>Filter commits by text, sha, author or component…</source>
        <translation>Filtrer les commits par texte, sha, auteur ou composant…</translation>
    </message>
    <message>
        <source>Reading history…</source>
        <translation>Lecture de l&apos;historique…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the clone&apos;s history again</source>
        <translation>Relire l&apos;historique du clone</translation>
    </message>
    <message>
        <source>Select a commit to see its full message and the files it changed.</source>
        <translation>Sélectionnez un commit pour voir son message complet et les fichiers qu&apos;il a modifiés.</translation>
    </message>
    <message>
        <source>No release is open.</source>
        <translation>Aucune release n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The changes cannot be read:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Les changements ne peuvent pas être lus :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>the first commit</source>
        <translation>le premier commit</translation>
    </message>
    <message>
        <source>tag &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>le tag &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>each component&apos;s last release tag (hover a component)</source>
        <translation>le dernier tag de release de chaque composant (survolez un composant)</translation>
    </message>
    <message>
        <source>Commits on HEAD (%1) since %2, per component: what the next release takes. The same for every release of this clone; a deployed release&apos;s own changes are on its Components tab.</source>
        <translation>Commits sur HEAD (%1) depuis %2, par composant&#xa0;: ce que prend la prochaine release. Identique pour toutes les releases de ce clone&#xa0;; les changements propres à une release déployée sont dans son onglet Composants.</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s).</source>
        <translation>
            <numerusform>%n commit.</numerusform>
            <numerusform>%n commits.</numerusform>
        </translation>
    </message>
    <message>
        <source>All commits</source>
        <translation>Tous les commits</translation>
    </message>
    <message>
        <source>Breaking changes</source>
        <translation>Changements incompatibles</translation>
    </message>
    <message>
        <source>Not conventional</source>
        <translation>Non conventionnels</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Paths: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Chemins&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 &amp;lt;%2&amp;gt; · %3</source>
        <translation>%1 &amp;lt;%2&amp;gt; · %3</translation>
    </message>
    <message>
        <source>the empty tree (first commit)</source>
        <translation>l&apos;arbre vide (premier commit)</translation>
    </message>
    <message>
        <source>its first parent %1</source>
        <translation>son premier parent %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed, compared with %1</source>
        <translation>
            <numerusform>%n fichier modifié, par rapport à %1</numerusform>
            <numerusform>%n fichiers modifiés, par rapport à %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Files in bold belong to the selected component.</source>
        <translation>Les fichiers en gras appartiennent au composant sélectionné.</translation>
    </message>
    <message>
        <source>Filter commits</source>
        <translation>Filtrer les commits</translation>
    </message>
    <message>
        <source>Shows only the commits whose subject, sha, author or component contains this text</source>
        <translation>Affiche uniquement les commits dont le sujet, le sha, l&apos;auteur ou le composant contient ce texte</translation>
    </message>
    <message>
        <source>Kind of commit</source>
        <translation>Type de commit</translation>
    </message>
    <message>
        <source>Shows all commits, only breaking changes, one conventional type or the commits that follow no convention</source>
        <translation>Affiche tous les commits, uniquement les changements incompatibles, un type conventionnel ou les commits qui ne suivent aucune convention</translation>
    </message>
    <message>
        <source>Commits per component</source>
        <translation>Commits par composant</translation>
    </message>
    <message>
        <source>Each component with the commits since its last release tag; select a commit to read its message and files below</source>
        <translation>Chaque composant avec les commits depuis son dernier tag de release&#xa0;; sélectionnez un commit pour lire son message et ses fichiers en dessous</translation>
    </message>
    <message>
        <source>Commit details</source>
        <translation>Détails du commit</translation>
    </message>
    <message>
        <source>The selected commit&apos;s full message and the files it changed</source>
        <translation>Le message complet du commit sélectionné et les fichiers qu&apos;il a modifiés</translation>
    </message>
    <message>
        <source>&lt;b&gt;The commit cannot be read:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Le commit ne peut pas être lu&#xa0;:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::DeployController</name>
    <message>
        <source>rollback</source>
        <translation>rollback</translation>
    </message>
    <message>
        <source>deploy</source>
        <translation>déploiement</translation>
    </message>
    <message>
        <source>The GitHub connection changed while dispatching %1; look at the runs of the release before dispatching again.</source>
        <translation>La connexion GitHub a changé pendant le déclenchement de %1&#xa0;; consultez les exécutions de la release avant de redéclencher.</translation>
    </message>
    <message>
        <source>GitHub is not set up for this clone.</source>
        <translation>GitHub n&apos;est pas configuré pour ce clone.</translation>
    </message>
    <message>
        <source>%1 run %2 of %3 is in progress: %4</source>
        <translation>L&apos;exécution %1 %2 de %3 est en cours&#xa0;: %4</translation>
    </message>
    <message>
        <source>a %1 of %2 is being dispatched</source>
        <translation>un %1 de %2 est en cours de déclenchement</translation>
    </message>
    <message>
        <source>run %1 for %2 is %3 (started on GitHub or from another machine): wait for it or cancel it: %4</source>
        <translation>l&apos;exécution %1 pour %2 est à l&apos;état %3 (lancée sur GitHub ou depuis une autre machine)&#xa0;: attendez-la ou annulez-la&#xa0;: %4</translation>
    </message>
    <message>
        <source>checking GitHub for runs of %1 in flight</source>
        <translation>recherche sur GitHub d&apos;exécutions de %1 en cours</translation>
    </message>
    <message>
        <source>No release is open.</source>
        <translation>Aucune release n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>%1 has errors; fix them first.</source>
        <translation>%1 contient des erreurs&#xa0;; corrigez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>Deploy %1 through the release workflow</source>
        <translation>Déployer %1 via le workflow de release</translation>
    </message>
    <message>
        <source>Roll %1 back through the release workflow</source>
        <translation>Faire un rollback de %1 via le workflow de release</translation>
    </message>
    <message>
        <source>Cannot deploy %1: %2</source>
        <translation>Impossible de déployer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 changed while the dialog was open; check it and deploy again.</source>
        <translation>%1 a changé pendant que la boîte de dialogue était ouverte&#xa0;; vérifiez-la et relancez le déploiement.</translation>
    </message>
    <message>
        <source>Cannot roll back %1: %2</source>
        <translation>Impossible de faire un rollback de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 changed while the dialog was open; check it and roll back again.</source>
        <translation>%1 a changé pendant que la boîte de dialogue était ouverte&#xa0;; vérifiez-la et relancez le rollback.</translation>
    </message>
    <message>
        <source>A rollback needs a reason.</source>
        <translation>Un rollback exige une raison.</translation>
    </message>
    <message>
        <source>Reading the release workflow for %1…</source>
        <translation>Lecture du workflow de release pour %1…</translation>
    </message>
    <message>
        <source>Nothing was dispatched for %1: %2</source>
        <translation>Rien n&apos;a été déclenché pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was dispatched for %1: GitHub is not connected.</source>
        <translation>Rien n&apos;a été déclenché pour %1&#xa0;: GitHub n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>Following run %1 of the %2 in progress until it completes.</source>
        <translation>Suivi de l&apos;exécution %1 du %2 en cours jusqu&apos;à la fin.</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Exécution %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Rollback dry run</source>
        <translation>Simulation de rollback</translation>
    </message>
    <message>
        <source>Deploy dry run</source>
        <translation>Simulation de déploiement</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 de %2 %3</translation>
    </message>
    <message>
        <source>Run %1 %2: %3</source>
        <translation>Exécution %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Deploy run %1 %2: %3</source>
        <translation>Exécution de déploiement %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Rollback run %1 %2, so %3 stays deployed: %4</source>
        <translation>Exécution de rollback %1 %2, %3 reste donc déployée&#xa0;: %4</translation>
    </message>
    <message>
        <source>Run %1 of %2 %3</source>
        <translation>Exécution %1 de %2 %3</translation>
    </message>
    <message>
        <source>Stopped following run %1 of %2: %3. The manifest is left as it is; check the run on GitHub: %4</source>
        <translation>Suivi de l&apos;exécution %1 de %2 arrêté&#xa0;: %3. Le manifeste reste tel quel&#xa0;; vérifiez l&apos;exécution sur GitHub&#xa0;: %4</translation>
    </message>
    <message>
        <source>Stopped following run %1: %2</source>
        <translation>Suivi de l&apos;exécution %1 arrêté&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not check for runs of %1 in flight: %2</source>
        <translation>Impossible de rechercher les exécutions de %1 en cours&#xa0;: %2</translation>
    </message>
    <message>
        <source>the runs of workflow %1 in %2</source>
        <translation>les exécutions du workflow %1 dans %2</translation>
    </message>
    <message>
        <source>Could not list the runs of %1: %2</source>
        <translation>Impossible de lister les exécutions de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>GitHub&apos;s list of runs could not be read: %1</source>
        <translation>La liste des exécutions de GitHub n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run %1 has no deployment you may review.</source>
        <translation>L&apos;exécution %1 n&apos;a aucun déploiement que vous puissiez examiner.</translation>
    </message>
    <message>
        <source>Rejecting a deployment needs a comment saying why.</source>
        <translation>Rejeter un déploiement exige un commentaire expliquant pourquoi.</translation>
    </message>
    <message>
        <source>Could not open %1 in a browser.</source>
        <translation>Impossible d&apos;ouvrir %1 dans un navigateur.</translation>
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
        <translation>%1 (inchangée)</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>nouvelle&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · %2 on %3 · %4</source>
        <translation>%1 · %2 sur %3 · %4</translation>
    </message>
    <message>
        <source>Deploy %1</source>
        <translation>Déployer %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deploy %1 to production&lt;/b&gt;</source>
        <translation>&lt;b&gt;Déployer %1 en production&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Cible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Simulated GitHub: the demo&apos;s own server on this computer. Nothing is deployed anywhere; the manifest and its commits are real.</source>
        <translation>GitHub simulé&#xa0;: le serveur propre à la démo sur cet ordinateur. Rien n&apos;est déployé nulle part&#xa0;; le manifeste et ses commits sont réels.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>&amp;Dry run: the workflow shows what it would deploy and changes nothing</source>
        <translation>&amp;Simulation&#xa0;: le workflow montre ce qu&apos;il déploierait et ne change rien</translation>
    </message>
    <message>
        <source>I confirm a real deploy of %1 from %2</source>
        <translation>Je confirme un déploiement réel de %1 depuis %2</translation>
    </message>
    <message>
        <source>Start Dry Run</source>
        <translation>Lancer la simulation</translation>
    </message>
    <message>
        <source>A dry run leaves the manifest as it is.</source>
        <translation>Une simulation laisse le manifeste tel quel.</translation>
    </message>
    <message>
        <source>A real deploy marks the release deploying now and deployed when the run succeeds; each change is committed.</source>
        <translation>Un déploiement réel marque la release en déploiement tout de suite, puis déployée quand l&apos;exécution réussit&#xa0;; chaque changement est commité.</translation>
    </message>
    <message>
        <source>Deploy to Production</source>
        <translation>Déployer en production</translation>
    </message>
    <message>
        <source>Components to deploy</source>
        <translation>Composants à déployer</translation>
    </message>
    <message>
        <source>Each component with the version it goes to and its team</source>
        <translation>Chaque composant avec la version vers laquelle il passe et son équipe</translation>
    </message>
</context>
<context>
    <name>rc::ui::ExportDialog</name>
    <message>
        <source>These manifests have errors; fix them and export again:
%1</source>
        <translation>Ces manifestes contiennent des erreurs&#xa0;; corrigez-les et relancez l&apos;export&#xa0;:
%1</translation>
    </message>
    <message>
        <source>The open release is no longer in the clone; reload and export again.</source>
        <translation>La release ouverte n&apos;est plus dans le clone&#xa0;; rechargez et relancez l&apos;export.</translation>
    </message>
    <message>
        <source>%1 has errors; fix them and export again:
%2</source>
        <translation>%1 contient des erreurs&#xa0;; corrigez-les et relancez l&apos;export&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Export Dashboard</source>
        <translation>Exporter le tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Current release</source>
        <translation>&amp;Release en cours</translation>
    </message>
    <message>
        <source>&amp;Current release (%1)</source>
        <translation>&amp;Release en cours (%1)</translation>
    </message>
    <message>
        <source>&amp;All releases (an index, newest first)</source>
        <translation>&amp;Toutes les releases (un index, les plus récentes en premier)</translation>
    </message>
    <message>
        <source>HTML page (self-contained, fit for GitHub Pages)</source>
        <translation>Page HTML (autonome, prête pour GitHub Pages)</translation>
    </message>
    <message>
        <source>Markdown (GitHub-flavoured)</source>
        <translation>Markdown (variante GitHub)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exporter&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>HTML pages (*.html *.htm)</source>
        <translation>Pages HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
    <message>
        <source>Exported to %1 — &lt;a href=&quot;%2&quot;&gt;Open&lt;/a&gt;</source>
        <translation>Exporté vers %1 — &lt;a href=&quot;%2&quot;&gt;Ouvrir&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::GitHubSession</name>
    <message>
        <source>No clone is open: open one to connect to its GitHub repository.</source>
        <translation>Aucun clone n&apos;est ouvert&#xa0;: ouvrez-en un pour vous connecter à son dépôt GitHub.</translation>
    </message>
    <message>
        <source>Reading the GitHub settings of the clone…</source>
        <translation>Lecture des paramètres GitHub du clone…</translation>
    </message>
    <message>
        <source>GitHub is not set up for this clone: %1</source>
        <translation>GitHub n&apos;est pas configuré pour ce clone&#xa0;: %1</translation>
    </message>
    <message>
        <source>GitHub is not set up for this clone: %1. Change it in Settings → GitHub…</source>
        <translation>GitHub n&apos;est pas configuré pour ce clone&#xa0;: %1. Modifiez-le dans Paramètres → GitHub…</translation>
    </message>
    <message>
        <source>Reading the GitHub token for %1 from the keychain…</source>
        <translation>Lecture du jeton GitHub pour %1 dans le trousseau…</translation>
    </message>
    <message>
        <source>No GitHub token for %1: add one in Settings → GitHub…, or set GH_TOKEN in the environment that starts Release Console.</source>
        <translation>Pas de jeton GitHub pour %1&#xa0;: ajoutez-en un dans Paramètres → GitHub…, ou définissez GH_TOKEN dans l&apos;environnement qui lance Release Console.</translation>
    </message>
    <message>
        <source>No GitHub token for %1. %2</source>
        <translation>Pas de jeton GitHub pour %1. %2</translation>
    </message>
    <message>
        <source>%1: a GitHub simulated on this computer for the demo; nothing reaches github.com.</source>
        <translation>%1&#xa0;: un GitHub simulé sur cet ordinateur pour la démo&#xa0;; rien n&apos;atteint github.com.</translation>
    </message>
    <message>
        <source>%1, token stored in the keychain.</source>
        <translation>%1, jeton stocké dans le trousseau.</translation>
    </message>
    <message>
        <source>%1, token from %2 (the keychain is unavailable: %3)</source>
        <translation>%1, jeton provenant de %2 (le trousseau est indisponible&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1, token from %2.</source>
        <translation>%1, jeton provenant de %2.</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>stocké dans le trousseau</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>the demo&apos;s token, in memory only</source>
        <translation>le jeton de la démo, en mémoire uniquement</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 (simulated GitHub)</source>
        <translation>%1 (GitHub simulé)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>no clone is open</source>
        <translation>aucun clone n&apos;est ouvert</translation>
    </message>
    <message>
        <source>the clone&apos;s settings are still being read</source>
        <translation>les paramètres du clone sont encore en cours de lecture</translation>
    </message>
    <message>
        <source>the simulated GitHub of the demo</source>
        <translation>le GitHub simulé de la démo</translation>
    </message>
    <message>
        <source>The demo uses a simulated token held in memory; nothing is stored in the keychain.</source>
        <translation>La démo utilise un jeton simulé gardé en mémoire&#xa0;; rien n&apos;est stocké dans le trousseau.</translation>
    </message>
    <message>
        <source>The token cannot be stored before the GitHub settings resolve: %1</source>
        <translation>Le jeton ne peut pas être stocké avant que les paramètres GitHub soient résolus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter a token first.</source>
        <translation>Saisissez d&apos;abord un jeton.</translation>
    </message>
    <message>
        <source>the token typed in Settings</source>
        <translation>le jeton saisi dans les Paramètres</translation>
    </message>
    <message>
        <source>The demo&apos;s simulated token is not stored anywhere; it ends with the demo.</source>
        <translation>Le jeton simulé de la démo n&apos;est stocké nulle part&#xa0;; il disparaît avec la démo.</translation>
    </message>
    <message>
        <source>There is no stored token to forget: %1</source>
        <translation>Il n&apos;y a aucun jeton stocké à oublier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rc::ui::GitHubSettingsDialog</name>
    <message>
        <source>GitHub Settings</source>
        <translation>Paramètres GitHub</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>&amp;API URL:</source>
        <translation>URL de l&apos;&amp;API&#xa0;:</translation>
    </message>
    <message>
        <source>github.com: https://api.github.com
GitHub Enterprise Server: https://HOST/api/v3
Plain http is accepted only on this computer (127.0.0.1, localhost).</source>
        <translation>github.com&#xa0;: https://api.github.com
GitHub Enterprise Server&#xa0;: https://HOST/api/v3
Le http en clair n&apos;est accepté que sur cet ordinateur (127.0.0.1, localhost).</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Dépôt&#xa0;:</translation>
    </message>
    <message>
        <source>owner/name of the repository that runs the release workflow</source>
        <translation>owner/name du dépôt qui exécute le workflow de release</translation>
    </message>
    <message>
        <source>&amp;Workflow:</source>
        <translation>&amp;Workflow&#xa0;:</translation>
    </message>
    <message>
        <source>The workflow file under .github/workflows, or its id</source>
        <translation>Le fichier de workflow sous .github/workflows, ou son identifiant</translation>
    </message>
    <message>
        <source>R&amp;ef:</source>
        <translation>&amp;Réf.&#xa0;:</translation>
    </message>
    <message>
        <source>The branch or tag the workflow runs on</source>
        <translation>La branche ou le tag sur lequel le workflow s&apos;exécute</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>Utilisé&#xa0;:</translation>
    </message>
    <message>
        <source>Paste a new token to store it in the keychain</source>
        <translation>Collez un nouveau jeton pour le stocker dans le trousseau</translation>
    </message>
    <message>
        <source>A fine-grained token with Actions and Issues (read and write) on the repository, or a classic token with the repo and workflow scopes</source>
        <translation>Un jeton fine-grained avec Actions et Issues (lecture et écriture) sur le dépôt, ou un jeton classic avec les portées repo et workflow</translation>
    </message>
    <message>
        <source>New &amp;token:</source>
        <translation>&amp;Nouveau jeton&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save Token</source>
        <translation>&amp;Enregistrer le jeton</translation>
    </message>
    <message>
        <source>&amp;Forget Token</source>
        <translation>&amp;Oublier le jeton</translation>
    </message>
    <message>
        <source>Delete the token of this API host from the keychain</source>
        <translation>Supprimer du trousseau le jeton de cet hôte d&apos;API</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Ask GitHub who the token belongs to, what it may do in the repository and how much of the rate limit is left; uses the values above, saved or not</source>
        <translation>Demander à GitHub à qui appartient le jeton, ce qu&apos;il permet dans le dépôt et ce qu&apos;il reste de la limite de débit&#xa0;; utilise les valeurs ci-dessus, enregistrées ou non</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Connecté en tant que&#xa0;:</translation>
    </message>
    <message>
        <source>Repository:</source>
        <translation>Dépôt&#xa0;:</translation>
    </message>
    <message>
        <source>May dispatch workflows:</source>
        <translation>Peut déclencher des workflows&#xa0;:</translation>
    </message>
    <message>
        <source>May write issues:</source>
        <translation>Peut écrire des issues&#xa0;:</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>Limite de débit&#xa0;:</translation>
    </message>
    <message>
        <source>Keep these values for this clone (in your settings, never in the repository)</source>
        <translation>Conserver ces valeurs pour ce clone (dans vos paramètres, jamais dans le dépôt)</translation>
    </message>
    <message>
        <source>This demo talks to a GitHub simulated on this computer (%1) with a token held in memory. Nothing here is stored, and nothing reaches github.com.</source>
        <translation>Cette démo communique avec un GitHub simulé sur cet ordinateur (%1) avec un jeton gardé en mémoire. Rien n&apos;est stocké ici, et rien n&apos;atteint github.com.</translation>
    </message>
    <message>
        <source>Open a clone first: the GitHub settings belong to the clone that is open.</source>
        <translation>Ouvrez d&apos;abord un clone&#xa0;: les paramètres GitHub appartiennent au clone ouvert.</translation>
    </message>
    <message>
        <source>Release Console runs the release workflow of the clone&apos;s GitHub repository. Leave a field empty to use the clone&apos;s own value, shown in grey. Your values are kept for this clone on this computer; the token only in the keychain.</source>
        <translation>Release Console exécute le workflow de release du dépôt GitHub du clone. Laissez un champ vide pour utiliser la valeur propre au clone, affichée en gris. Vos valeurs sont conservées pour ce clone sur cet ordinateur&#xa0;; le jeton uniquement dans le trousseau.</translation>
    </message>
    <message>
        <source>reading the keychain…</source>
        <translation>lecture du trousseau…</translation>
    </message>
    <message>
        <source>The demo&apos;s token lives in memory and ends with the demo.</source>
        <translation>Le jeton de la démo vit en mémoire et disparaît avec la démo.</translation>
    </message>
    <message>
        <source>%1 (GitHub Enterprise Server: https://HOST/api/v3)</source>
        <translation>%1 (GitHub Enterprise Server&#xa0;: https://HOST/api/v3)</translation>
    </message>
    <message>
        <source>owner/name</source>
        <translation>owner/name</translation>
    </message>
    <message>
        <source>your value for this clone</source>
        <translation>votre valeur pour ce clone</translation>
    </message>
    <message>
        <source>the simulated GitHub of the demo</source>
        <translation>le GitHub simulé de la démo</translation>
    </message>
    <message>
        <source>.release-console.yaml (github: api_url)</source>
        <translation>.release-console.yaml (github: api_url)</translation>
    </message>
    <message>
        <source>the default: github.com</source>
        <translation>la valeur par défaut&#xa0;: github.com</translation>
    </message>
    <message>
        <source>.release-console.yaml (github: repository)</source>
        <translation>.release-console.yaml (github: repository)</translation>
    </message>
    <message>
        <source>the origin remote, %1</source>
        <translation>le distant origin, %1</translation>
    </message>
    <message>
        <source>nowhere yet: the clone has no origin remote</source>
        <translation>nulle part pour l&apos;instant&#xa0;: le clone n&apos;a pas de distant origin</translation>
    </message>
    <message>
        <source>.release-console.yaml (github: workflow)</source>
        <translation>.release-console.yaml (github: workflow)</translation>
    </message>
    <message>
        <source>the rules or the default</source>
        <translation>les règles ou la valeur par défaut</translation>
    </message>
    <message>
        <source>.release-console.yaml (github: ref)</source>
        <translation>.release-console.yaml (github: ref)</translation>
    </message>
    <message>
        <source>the origin remote&apos;s default branch</source>
        <translation>la branche par défaut du distant origin</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>la valeur par défaut</translation>
    </message>
    <message>
        <source> (simulated GitHub)</source>
        <translation> (GitHub simulé)</translation>
    </message>
    <message>
        <source>Uses %1, from %2</source>
        <translation>Utilise %1, provenant de %2</translation>
    </message>
    <message>
        <source>Uses %1%2, from %3</source>
        <translation>Utilise %1%2, provenant de %3</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Provenant de %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Non stocké&#xa0;: %1</translation>
    </message>
    <message>
        <source>Storing the token in the keychain…</source>
        <translation>Stockage du jeton dans le trousseau…</translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation>Stocké dans le trousseau.</translation>
    </message>
    <message>
        <source>The token was deleted from the keychain.</source>
        <translation>Le jeton a été supprimé du trousseau.</translation>
    </message>
    <message>
        <source>No token for %1 to test with: paste one above, or set GH_TOKEN in the environment that starts Release Console.</source>
        <translation>Pas de jeton pour %1 avec lequel tester&#xa0;: collez-en un ci-dessus, ou définissez GH_TOKEN dans l&apos;environnement qui lance Release Console.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>, private</source>
        <translation>, privé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no: the token needs write access (push) to %1 to run its workflows</source>
        <translation>non&#xa0;: le jeton a besoin de l&apos;accès en écriture (push) à %1 pour exécuter ses workflows</translation>
    </message>
    <message>
        <source>no: sign-off requests need triage access or more to %1</source>
        <translation>non&#xa0;: les demandes de validation exigent l&apos;accès triage ou plus à %1</translation>
    </message>
    <message>
        <source>, resets at %1 (in %2 min)</source>
        <translation>, réinitialisation à %1 (dans %2 min)</translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation>%1 restantes sur %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::HistoryView</name>
    <message>
        <source>Double-click a release to open it</source>
        <translation>Double-cliquez sur une release pour l&apos;ouvrir</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n illisible</numerusform>
            <numerusform>%n illisibles</numerusform>
        </translation>
    </message>
    <message>
        <source>No releases in this clone yet.</source>
        <translation>Aucune release dans ce clone pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s): </source>
        <translation>
            <numerusform>%n release&#xa0;:</numerusform>
            <numerusform>%n releases&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <source>Release history</source>
        <translation>Historique des releases</translation>
    </message>
    <message>
        <source>Every release of this clone with its status, type and dates; press Enter to open the selected release</source>
        <translation>Toutes les releases de ce clone avec leur statut, leur type et leurs dates&#xa0;; appuyez sur Entrée pour ouvrir la release sélectionnée</translation>
    </message>
</context>
<context>
    <name>rc::ui::HotfixDialog</name>
    <message>
        <source>New Hotfix</source>
        <translation>Nouveau hotfix</translation>
    </message>
    <message>
        <source>A hotfix branches from the tag production runs, ships one component, and needs the Tech Lead and On-call approvals instead of every team&apos;s sign-off.</source>
        <translation>Un hotfix part du tag qui tourne en production, livre un seul composant, et exige les approbations Tech Lead et On-call (responsable technique et astreinte) au lieu de la validation de chaque équipe.</translation>
    </message>
    <message>
        <source>critical-bug</source>
        <translation>bug-critique</translation>
    </message>
    <message>
        <source>looking for the production tag…</source>
        <translation>recherche du tag de production…</translation>
    </message>
    <message>
        <source>Choose the component to fix</source>
        <translation>Choisissez le composant à corriger</translation>
    </message>
    <message>
        <source>the next free rel-YYYY-MM-DD-hotfix-NNN</source>
        <translation>le prochain rel-YYYY-MM-DD-hotfix-NNN libre</translation>
    </message>
    <message>
        <source>@handle (default: from git config)</source>
        <translation>@identifiant (par défaut&#xa0;: depuis git config)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>Branche&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From tag:</source>
        <translation>&amp;Depuis le tag&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation>&amp;Composant&#xa0;:</translation>
    </message>
    <message>
        <source>Release &amp;id:</source>
        <translation>&amp;Identifiant de release&#xa0;:</translation>
    </message>
    <message>
        <source>Release &amp;manager:</source>
        <translation>&amp;Responsable de release&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Manifest preview&lt;/b&gt; (written on the new branch as shown)</source>
        <translation>&lt;b&gt;Aperçu du manifeste&lt;/b&gt; (écrit tel quel sur la nouvelle branche)</translation>
    </message>
    <message>
        <source>Create Branch and Manifest</source>
        <translation>Créer la branche et le manifeste</translation>
    </message>
    <message>
        <source>a tag (no production tag found: %1)</source>
        <translation>un tag (aucun tag de production trouvé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>%1 (production: %2)</source>
        <translation>%1 (production&#xa0;: %2)</translation>
    </message>
    <message>
        <source>The work tree has uncommitted changes to %1; commit or stash them first, since the hotfix switches the clone to its new branch.</source>
        <translation>L&apos;arbre de travail a des modifications non commitées dans %1&#xa0;; commitez-les ou remisez-les (stash) d&apos;abord, car le hotfix fait passer le clone sur sa nouvelle branche.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the hotfix: the branch becomes hotfix/NAME</source>
        <translation>Nommez le hotfix&#xa0;: la branche devient hotfix/NAME</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a branch name; use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>&apos;%1&apos; ne peut pas être un nom de branche&#xa0;; utilisez des lettres, des chiffres, &apos;-&apos;, &apos;_&apos; et &apos;.&apos;</translation>
    </message>
    <message>
        <source>Choose the one component the hotfix ships</source>
        <translation>Choisissez le composant unique que livre le hotfix</translation>
    </message>
    <message>
        <source>No production tag was found: give the tag to branch from</source>
        <translation>Aucun tag de production trouvé&#xa0;: indiquez le tag d&apos;où partir</translation>
    </message>
    <message>
        <source>Nothing was created: %1</source>
        <translation>Rien n&apos;a été créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the job did not finish</source>
        <translation>la tâche ne s&apos;est pas terminée</translation>
    </message>
    <message>
        <source>Manifest preview</source>
        <translation>Aperçu du manifeste</translation>
    </message>
    <message>
        <source>The hotfix manifest as it will be written on the new branch</source>
        <translation>Le manifeste de hotfix tel qu&apos;il sera écrit sur la nouvelle branche</translation>
    </message>
</context>
<context>
    <name>rc::ui::MainWindow</name>
    <message>
        <source>Release Console</source>
        <translation>Release Console</translation>
    </message>
    <message>
        <source>Simulated GitHub</source>
        <translation>GitHub simulé</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Committed %1: %2</source>
        <translation>%1 commité&#xa0;: %2</translation>
    </message>
    <message>
        <source>Filter by id, manager, component…</source>
        <translation>Filtrer par identifiant, responsable, composant…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Open a git clone with release manifests under &lt;code&gt;releases/&lt;/code&gt;:&lt;br&gt;File → Open Clone… (Ctrl+O), or drop a folder or a manifest here.</source>
        <translation>Ouvrez un clone git contenant des manifestes de release sous &lt;code&gt;releases/&lt;/code&gt; :&lt;br&gt;Fichier → Ouvrir un clone… (Ctrl+O), ou déposez ici un dossier ou un manifeste.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Created and committed %1</source>
        <translation>%1 créé et commité</translation>
    </message>
    <message>
        <source>Switched from %1 to the new branch %2 and committed %3</source>
        <translation>Passé de %1 à la nouvelle branche %2 et %3 commité</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Clone…</source>
        <translation>&amp;Ouvrir un clone…</translation>
    </message>
    <message>
        <source>Open a git clone that has release manifests under releases/</source>
        <translation>Ouvrir un clone git qui contient des manifestes de release sous releases/</translation>
    </message>
    <message>
        <source>Open Clone</source>
        <translation>Ouvrir un clone</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un clone &amp;récent</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>Read every manifest of the clone again</source>
        <translation>Relire tous les manifestes du clone</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Release</translation>
    </message>
    <message>
        <source>&amp;New Release…</source>
        <translation>&amp;Nouvelle release…</translation>
    </message>
    <message>
        <source>Write a release manifest from the commits since the last tag</source>
        <translation>Écrire un manifeste de release à partir des commits depuis le dernier tag</translation>
    </message>
    <message>
        <source>New &amp;Hotfix…</source>
        <translation>Nouveau &amp;hotfix…</translation>
    </message>
    <message>
        <source>Branch hotfix/NAME from the production tag with a one-component hotfix manifest</source>
        <translation>Créer la branche hotfix/NAME depuis le tag de production avec un manifeste de hotfix à un seul composant</translation>
    </message>
    <message>
        <source>&amp;Deploy…</source>
        <translation>&amp;Déployer…</translation>
    </message>
    <message>
        <source>Roll&amp;back…</source>
        <translation>Roll&amp;back…</translation>
    </message>
    <message>
        <source>Re&amp;quest Sign-offs</source>
        <translation>De&amp;mander les validations</translation>
    </message>
    <message>
        <source>Chec&amp;k Sign-offs</source>
        <translation>&amp;Vérifier les validations</translation>
    </message>
    <message>
        <source>&amp;Sign As…</source>
        <translation>&amp;Signer en tant que…</translation>
    </message>
    <message>
        <source>The handle recorded on your sign-offs, ticks and approvals</source>
        <translation>L&apos;identifiant enregistré sur vos validations, coches et approbations</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Every release with its status, type and dates</source>
        <translation>Toutes les releases avec leur statut, leur type et leurs dates</translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation>E&amp;xécutions</translation>
    </message>
    <message>
        <source>The release workflow&apos;s runs for the open release, live</source>
        <translation>Les exécutions du workflow de release pour la release ouverte, en direct</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendrier</translation>
    </message>
    <message>
        <source>Scheduled releases by week, coloured by release type</source>
        <translation>Releases planifiées par semaine, colorées selon le type de release</translation>
    </message>
    <message>
        <source>&amp;Filter Releases</source>
        <translation>&amp;Filtrer les releases</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;GitHub…</source>
        <translation>&amp;GitHub…</translation>
    </message>
    <message>
        <source>The GitHub repository, workflow and token of the open clone, and a test of the connection</source>
        <translation>Le dépôt GitHub, le workflow et le jeton du clone ouvert, et un test de la connexion</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Cannot open %1: no such file or folder. Choose a clone with File → Open Clone…</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: fichier ou dossier inexistant. Choisissez un clone avec Fichier → Ouvrir un clone…</translation>
    </message>
    <message>
        <source>Creating the demo clone in %1…</source>
        <translation>Création du clone de démo dans %1…</translation>
    </message>
    <message>
        <source>Could not create the demo clone in %1: %2</source>
        <translation>Impossible de créer le clone de démo dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>the scan did not finish</source>
        <translation>l&apos;analyse ne s&apos;est pas terminée</translation>
    </message>
    <message>
        <source>Cannot open %1 as a release clone: %2
Choose a folder inside a git clone with File → Open Clone…, or drop one on this window.</source>
        <translation>Impossible d&apos;ouvrir %1 comme clone de release&#xa0;: %2
Choisissez un dossier dans un clone git avec Fichier → Ouvrir un clone…, ou déposez-en un sur cette fenêtre.</translation>
    </message>
    <message>
        <source>%1 — Release Console</source>
        <translation>%1 — Release Console</translation>
    </message>
    <message>
        <source>%1 has no release manifests yet.&lt;br&gt;Add one as &lt;code&gt;releases/&amp;lt;id&amp;gt;.yaml&lt;/code&gt; (for example with &lt;code&gt;releasectl create&lt;/code&gt;) and press F5.</source>
        <translation>%1 n&apos;a encore aucun manifeste de release.&lt;br&gt;Ajoutez-en un sous la forme &lt;code&gt;releases/&amp;lt;id&amp;gt;.yaml&lt;/code&gt; (par exemple avec &lt;code&gt;releasectl create&lt;/code&gt;) et appuyez sur F5.</translation>
    </message>
    <message>
        <source>Sign As</source>
        <translation>Signer en tant que</translation>
    </message>
    <message>
        <source>Handle recorded on your decisions (empty: from git config, releaseconsole.user or github.user):</source>
        <translation>Identifiant enregistré sur vos décisions (vide&#xa0;: depuis git config, releaseconsole.user ou github.user)&#xa0;:</translation>
    </message>
    <message>
        <source>No clone open</source>
        <translation>Aucun clone ouvert</translation>
    </message>
    <message>
        <source>No handle set: Release → Sign As…</source>
        <translation>Aucun identifiant défini&#xa0;: Release → Signer en tant que…</translation>
    </message>
    <message>
        <source>Signing as %1</source>
        <translation>Signature en tant que %1</translation>
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
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>This demo talks to a GitHub simulated on this computer (%1): its runs, issues and approvals are made up, the token lives in memory only, and nothing reaches github.com.</source>
        <translation>Cette démo communique avec un GitHub simulé sur cet ordinateur (%1)&#xa0;: ses exécutions, issues et approbations sont fictives, le jeton vit uniquement en mémoire, et rien n&apos;atteint github.com.</translation>
    </message>
    <message>
        <source>on loopback</source>
        <translation>en boucle locale</translation>
    </message>
    <message>
        <source>GitHub: connecting…</source>
        <translation>GitHub&#xa0;: connexion…</translation>
    </message>
    <message>
        <source>GitHub: not set up</source>
        <translation>GitHub&#xa0;: non configuré</translation>
    </message>
    <message>
        <source>GitHub: %1, no token</source>
        <translation>GitHub&#xa0;: %1, pas de jeton</translation>
    </message>
    <message>
        <source>GitHub: %1</source>
        <translation>GitHub&#xa0;: %1</translation>
    </message>
    <message>
        <source>Settings → GitHub… (Ctrl+,)</source>
        <translation>Paramètres → GitHub… (Ctrl+,)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>Open clone</source>
        <translation>Ouvrir un clone</translation>
    </message>
    <message>
        <source>Releases and problems</source>
        <translation>Releases et problèmes</translation>
    </message>
    <message>
        <source>Reading the clone</source>
        <translation>Lecture du clone</translation>
    </message>
    <message>
        <source>Signing as</source>
        <translation>Signature en tant que</translation>
    </message>
    <message>
        <source>GitHub connection</source>
        <translation>Connexion GitHub</translation>
    </message>
    <message>
        <source>This demo talks to a GitHub simulated on this computer</source>
        <translation>Cette démo communique avec un GitHub simulé sur cet ordinateur</translation>
    </message>
    <message>
        <source>Problem opening the clone</source>
        <translation>Problème à l&apos;ouverture du clone</translation>
    </message>
    <message>
        <source>Filter releases</source>
        <translation>Filtrer les releases</translation>
    </message>
    <message>
        <source>Show releases with status</source>
        <translation>Afficher les releases ayant le statut</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <source>Errors and warnings in the clone&apos;s files; Enter opens the line</source>
        <translation>Erreurs et avertissements dans les fichiers du clone&#xa0;; Entrée ouvre la ligne</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problèmes</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every action with its shortcut, grouped by menu</source>
        <translation>Toutes les actions avec leur raccourci, groupées par menu</translation>
    </message>
    <message>
        <source>&amp;About Release Console</source>
        <translation>À &amp;propos de Release Console</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Save the dashboard of the open release, or of all releases, as Markdown or HTML</source>
        <translation>Enregistrer le tableau de bord de la release ouverte, ou de toutes les releases, en Markdown ou en HTML</translation>
    </message>
    <message>
        <source>Break &amp;Glass…</source>
        <translation>Dérogation d&apos;&amp;urgence…</translation>
    </message>
    <message>
        <source>&amp;Slack…</source>
        <translation>&amp;Slack…</translation>
    </message>
    <message>
        <source>Slack webhooks for release notifications, and a test message</source>
        <translation>Webhooks Slack pour les notifications de release, et un message de test</translation>
    </message>
</context>
<context>
    <name>rc::ui::NewReleaseDialog</name>
    <message>
        <source>from deployed release %1</source>
        <translation>depuis la release déployée %1</translation>
    </message>
    <message>
        <source>from tag %1</source>
        <translation>depuis le tag %1</translation>
    </message>
    <message>
        <source>never released</source>
        <translation>jamais livré</translation>
    </message>
    <message>
        <source>New Release</source>
        <translation>Nouvelle release</translation>
    </message>
    <message>
        <source>rel-YYYY-MM-DD-NNN</source>
        <translation>rel-YYYY-MM-DD-NNN</translation>
    </message>
    <message>
        <source>Manifests store the time in UTC</source>
        <translation>Les manifestes stockent l&apos;heure en UTC</translation>
    </message>
    <message>
        <source>the last release tag</source>
        <translation>le dernier tag de release</translation>
    </message>
    <message>
        <source>A tag or revision; the release takes the commits after it up to HEAD. Press Enter to read the history again.</source>
        <translation>Un tag ou une révision&#xa0;; la release prend les commits qui suivent, jusqu&apos;à HEAD. Appuyez sur Entrée pour relire l&apos;historique.</translation>
    </message>
    <message>
        <source>@handle</source>
        <translation>@identifiant</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Scheduled:</source>
        <translation>&amp;Planifiée le&#xa0;:</translation>
    </message>
    <message>
        <source>Changes s&amp;ince:</source>
        <translation>Changements &amp;depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Release &amp;manager:</source>
        <translation>Responsable de &amp;release&#xa0;:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuelle</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggérée</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Double-click a new version to change it</source>
        <translation>Double-cliquez sur une nouvelle version pour la modifier</translation>
    </message>
    <message>
        <source>&lt;b&gt;Manifest preview&lt;/b&gt; (written as shown)</source>
        <translation>&lt;b&gt;Aperçu du manifeste&lt;/b&gt; (écrit tel quel)</translation>
    </message>
    <message>
        <source>Create and Commit</source>
        <translation>Créer et commiter</translation>
    </message>
    <message>
        <source>%1 releases have no fixed day: choose when it goes out</source>
        <translation>les releases %1 n&apos;ont pas de jour fixe&#xa0;: choisissez quand elle part</translation>
    </message>
    <message>
        <source>the first commit (no tag)</source>
        <translation>le premier commit (pas de tag)</translation>
    </message>
    <message>
        <source>%1 (the last release tag)</source>
        <translation>%1 (le dernier tag de release)</translation>
    </message>
    <message>
        <source>Commits %1..%2: %3 in components, %4 in no component.</source>
        <translation>Commits %1..%2&#xa0;: %3 dans des composants, %4 hors composant.</translation>
    </message>
    <message>
        <source>(whole history)</source>
        <translation>(tout l&apos;historique)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>a breaking change: major</source>
        <translation>un changement incompatible&#xa0;: majeure</translation>
    </message>
    <message>
        <source>a feature: minor</source>
        <translation>une fonctionnalité&#xa0;: mineure</translation>
    </message>
    <message>
        <source>fixes and other changes: patch</source>
        <translation>correctifs et autres changements&#xa0;: patch</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>L&apos;historique ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Identifiant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Id: %1 exists already; choose another id (the next free one is suggested when the dialog opens)</source>
        <translation>Identifiant&#xa0;: %1 existe déjà&#xa0;; choisissez un autre identifiant (le prochain libre est proposé à l&apos;ouverture de la boîte de dialogue)</translation>
    </message>
    <message>
        <source>Release manager: give a handle such as @john.doe</source>
        <translation>Responsable de release&#xa0;: indiquez un identifiant comme @john.doe</translation>
    </message>
    <message numerus="yes">
        <source>%1: give a new version (it has %n change(s))</source>
        <translation>
            <numerusform>%1&#xa0;: indiquez une nouvelle version (il a %n changement)</numerusform>
            <numerusform>%1&#xa0;: indiquez une nouvelle version (il a %n changements)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a semantic version; write it as v1.4.0 or 1.4.0</source>
        <translation>%1&#xa0;: &apos;%2&apos; n&apos;est pas une version sémantique&#xa0;; écrivez-la comme v1.4.0 ou 1.4.0</translation>
    </message>
    <message>
        <source>%1: the new version %2 must be higher than the current %3</source>
        <translation>%1&#xa0;: la nouvelle version %2 doit être supérieure à la version actuelle %3</translation>
    </message>
    <message>
        <source>No component has changes since %1: there is nothing to release</source>
        <translation>Aucun composant n&apos;a changé depuis %1&#xa0;: il n&apos;y a rien à livrer</translation>
    </message>
    <message>
        <source>the first commit</source>
        <translation>le premier commit</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Rien n&apos;a été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>the write did not finish</source>
        <translation>l&apos;écriture ne s&apos;est pas terminée</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>Each component with its number of changes, current, suggested and new version and sign-off, and its commits below it; F2 edits the new version</source>
        <translation>Chaque composant avec son nombre de changements, ses versions actuelle, suggérée et nouvelle, sa validation, et ses commits en dessous&#xa0;; F2 modifie la nouvelle version</translation>
    </message>
    <message>
        <source>Manifest preview</source>
        <translation>Aperçu du manifeste</translation>
    </message>
    <message>
        <source>The release manifest as it will be written and committed</source>
        <translation>Le manifeste de release tel qu&apos;il sera écrit et commité</translation>
    </message>
</context>
<context>
    <name>rc::ui::NotificationStatus</name>
    <message>
        <source>Slack notifications</source>
        <translation>Notifications Slack</translation>
    </message>
    <message>
        <source>Send Waiting Messages Now</source>
        <translation>Envoyer maintenant les messages en attente</translation>
    </message>
    <message>
        <source>Resend Failed and Unconfirmed Messages</source>
        <translation>Renvoyer les messages en échec et non confirmés</translation>
    </message>
    <message>
        <source>Discard Failed and Unconfirmed Messages</source>
        <translation>Abandonner les messages en échec et non confirmés</translation>
    </message>
    <message>
        <source>Slack Settings…</source>
        <translation>Paramètres Slack…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slack: %n failed</source>
        <translation>
            <numerusform>Slack&#xa0;: %n en échec</numerusform>
            <numerusform>Slack&#xa0;: %n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Slack: %n waiting</source>
        <translation>
            <numerusform>Slack&#xa0;: %n en attente</numerusform>
            <numerusform>Slack&#xa0;: %n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Slack ✓</source>
        <translation>Slack ✓</translation>
    </message>
    <message>
        <source>Slack notifications are on; every message was delivered.</source>
        <translation>Les notifications Slack sont actives&#xa0;; tous les messages ont été remis.</translation>
    </message>
    <message>
        <source>No Slack webhook is set.</source>
        <translation>Aucun webhook Slack n&apos;est défini.</translation>
    </message>
    <message>
        <source>Slack outbox:</source>
        <translation>Boîte d&apos;envoi Slack&#xa0;:</translation>
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
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifeste</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was loaded, so the edit was not saved. Reload it and try again.</source>
        <translation>%1 a changé sur le disque depuis son chargement, la modification n&apos;a donc pas été enregistrée. Rechargez-le et réessayez.</translation>
    </message>
    <message>
        <source>%1 was changed outside the console. Reload to see and edit the new version.</source>
        <translation>%1 a été modifié en dehors de la console. Rechargez pour voir et modifier la nouvelle version.</translation>
    </message>
    <message>
        <source>The edit was saved but not committed: %1</source>
        <translation>La modification a été enregistrée mais pas commitée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rejeter…</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Set the sign-off back to pending</source>
        <translation>Remettre la validation en attente</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Non requise</translation>
    </message>
    <message>
        <source>No release open</source>
        <translation>Aucune release ouverte</translation>
    </message>
    <message>
        <source>Scheduled %1</source>
        <translation>Planifiée le %1</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Non planifiée</translation>
    </message>
    <message>
        <source>Release manager %1</source>
        <translation>Responsable de release %1</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>Type %1</translation>
    </message>
    <message>
        <source>regular (not stated)</source>
        <translation>régulière (non indiqué)</translation>
    </message>
    <message>
        <source>Sign-offs %1/%2</source>
        <translation>Validations %1/%2</translation>
    </message>
    <message>
        <source>This manifest cannot be read. Fix these errors; the console reloads it:</source>
        <translation>Ce manifeste ne peut pas être lu. Corrigez ces erreurs&#xa0;; la console le recharge&#xa0;:</translation>
    </message>
    <message>
        <source>Ready to deploy</source>
        <translation>Prête à déployer</translation>
    </message>
    <message numerus="yes">
        <source>Not ready to deploy: %n blocker(s)</source>
        <translation>
            <numerusform>Pas prête à déployer&#xa0;: %n blocage</numerusform>
            <numerusform>Pas prête à déployer&#xa0;: %n blocages</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen for approval</source>
        <translation>Rouvrir pour approbation</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Soumettre pour approbation</translation>
    </message>
    <message>
        <source>Mark approved</source>
        <translation>Marquer approuvée</translation>
    </message>
    <message>
        <source>Cancel release…</source>
        <translation>Annuler la release…</translation>
    </message>
    <message>
        <source>Set the status to %1 and commit the change</source>
        <translation>Passer le statut à %1 et commiter le changement</translation>
    </message>
    <message>
        <source>Approving needs:</source>
        <translation>Pour approuver, il faut&#xa0;:</translation>
    </message>
    <message>
        <source>Cancel %1? The release will not be deployed.</source>
        <translation>Annuler %1&#xa0;? La release ne sera pas déployée.</translation>
    </message>
    <message>
        <source>Select a component to see its changes.</source>
        <translation>Sélectionnez un composant pour voir ses changements.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changes in %1&lt;/b&gt; (%2 → %3)</source>
        <translation>&lt;b&gt;Changements de %1&lt;/b&gt; (%2 → %3)</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Aucun changement</translation>
    </message>
    <message>
        <source>Rejected by %1: %2</source>
        <translation>Rejetée par %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Each component with its versions, team and sign-off</source>
        <translation>Chaque composant avec ses versions, son équipe et sa validation</translation>
    </message>
    <message>
        <source>Changes of the selected component</source>
        <translation>Changements du composant sélectionné</translation>
    </message>
    <message>
        <source>Release status: %1</source>
        <translation>Statut de la release&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add C&amp;hecklist</source>
        <translation>Ajouter une &amp;checklist</translation>
    </message>
    <message>
        <source>Add checklist template</source>
        <translation>Ajouter un modèle de checklist</translation>
    </message>
    <message>
        <source>Append the items of a checklist template that the release does not have yet</source>
        <translation>Ajouter les éléments d&apos;un modèle de checklist que la release n&apos;a pas encore</translation>
    </message>
    <message>
        <source>Pre-release</source>
        <translation>Avant la release</translation>
    </message>
    <message>
        <source>Release day</source>
        <translation>Jour de release</translation>
    </message>
    <message>
        <source>Team lead sign-off</source>
        <translation>Validation du chef d&apos;équipe</translation>
    </message>
    <message>
        <source>QA lead sign-off</source>
        <translation>Validation du responsable QA</translation>
    </message>
    <message>
        <source>Security sign-off</source>
        <translation>Validation de la sécurité</translation>
    </message>
    <message>
        <source>DBA sign-off (if migrations)</source>
        <translation>Validation du DBA (si migrations)</translation>
    </message>
    <message>
        <source>Release manager sign-off</source>
        <translation>Validation du responsable de release</translation>
    </message>
    <message>
        <source>Each checklist item with its section, who ticked it and when, and for release-day items when it is due</source>
        <translation>Chaque élément de checklist avec sa section, qui l&apos;a coché et quand, et, pour les éléments du jour de release, son échéance</translation>
    </message>
    <message>
        <source>The release cannot take a checklist while its manifest has errors.</source>
        <translation>La release ne peut pas recevoir de checklist tant que son manifeste contient des erreurs.</translation>
    </message>
    <message>
        <source>No commit %1 changed database migrations in this release&apos;s components, so the DBA sign-off does not apply. Add its checklist anyway?</source>
        <translation>Aucun commit %1 n&apos;a modifié de migrations de base de données dans les composants de cette release, la validation du DBA ne s&apos;applique donc pas. Ajouter quand même sa checklist&#xa0;?</translation>
    </message>
    <message>
        <source>in the history</source>
        <translation>dans l&apos;historique</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>Every item of the %1 checklist is in this release already; nothing was added.</source>
        <translation>Tous les éléments de la checklist %1 sont déjà dans cette release&#xa0;; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>The %1 checklist was not added: %2</source>
        <translation>La checklist %1 n&apos;a pas été ajoutée&#xa0;: %2</translation>
    </message>
    <message>
        <source>an unrecorded time</source>
        <translation>heure non enregistrée</translation>
    </message>
    <message>
        <source>Window overridden by %1 on %2: %3</source>
        <translation>Dérogation à la fenêtre accordée par %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Release details</source>
        <translation>Détails de la release</translation>
    </message>
    <message>
        <source>The open release&apos;s components, changes, checklist, approvals, validation and manifest, one tab each</source>
        <translation>Composants, modifications, checklist, approbations, validation et manifeste de la release ouverte, un onglet chacun</translation>
    </message>
    <message>
        <source>Lifted until %1: %2</source>
        <translation>Levé jusqu&apos;au %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rc::ui::ReleaseTrainController</name>
    <message>
        <source>Release windows are not checked: %1</source>
        <translation>Les fenêtres de release ne sont pas vérifiées&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 has errors, so release windows follow the default trains until it is fixed: %2</source>
        <translation>%1 contient des erreurs, les fenêtres de release suivent donc les trains par défaut jusqu&apos;à sa correction&#xa0;: %2</translation>
    </message>
    <message>
        <source>No release is open.</source>
        <translation>Aucune release n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>%1 has errors; fix them first.</source>
        <translation>%1 contient des erreurs&#xa0;; corrigez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>The clone&apos;s release windows have not been read yet.</source>
        <translation>Les fenêtres de release du clone n&apos;ont pas encore été lues.</translation>
    </message>
    <message>
        <source>This clone&apos;s rules do not hold releases to their windows (enforce_windows in %1).</source>
        <translation>Les règles de ce clone n&apos;imposent pas leurs fenêtres aux releases (enforce_windows dans %1).</translation>
    </message>
    <message>
        <source>%1 is %2; windows apply only before it deploys.</source>
        <translation>%1 a le statut %2&#xa0;; les fenêtres ne s&apos;appliquent qu&apos;avant son déploiement.</translation>
    </message>
    <message>
        <source>%1 is inside its window and outside every freeze; there is nothing to override.</source>
        <translation>%1 est dans sa fenêtre et hors de tout gel&#xa0;; aucune dérogation n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>Deploy %1 despite the clock, with a recorded reason: %2</source>
        <translation>Déployer %1 malgré l&apos;horaire, avec une raison enregistrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot break glass: %1</source>
        <translation>Dérogation d&apos;urgence impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 changed while the dialog was open; check it and break glass again.</source>
        <translation>%1 a changé pendant que la boîte de dialogue était ouverte&#xa0;; vérifiez-la et demandez de nouveau la dérogation d&apos;urgence.</translation>
    </message>
    <message>
        <source>Cannot break glass for %1: no user to record. Set your handle with Release → Sign As… or `git config releaseconsole.user @you`.</source>
        <translation>Dérogation d&apos;urgence impossible pour %1&#xa0;: aucun utilisateur à enregistrer. Définissez votre identifiant avec Release → Signer en tant que… ou `git config releaseconsole.user @you`.</translation>
    </message>
    <message>
        <source>The break-glass override of %1 was not recorded: %2</source>
        <translation>La dérogation d&apos;urgence pour %1 n&apos;a pas été enregistrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Already overridden by %1 until %2: %3</source>
        <translation>Dérogation déjà accordée par %1 jusqu&apos;au %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 may deploy outside its window until %2: overridden by %3</source>
        <translation>%1 peut être déployée hors de sa fenêtre jusqu&apos;au %2&#xa0;: dérogation accordée par %3</translation>
    </message>
</context>
<context>
    <name>rc::ui::RollbackDialog</name>
    <message>
        <source>Roll Back %1</source>
        <translation>Rollback de %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Roll back %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rollback de %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Cible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Simulated GitHub: the demo&apos;s own server on this computer. Nothing is rolled back anywhere; the manifest and its commits are real.</source>
        <translation>GitHub simulé&#xa0;: le serveur propre à la démo sur cet ordinateur. Aucun rollback n&apos;est fait nulle part&#xa0;; le manifeste et ses commits sont réels.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Back to</source>
        <translation>Retour à</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1 (inchangée)</translation>
    </message>
    <message>
        <source>Why it goes back (required), e.g. error rate doubled after deploy</source>
        <translation>Pourquoi revenir en arrière (obligatoire), p. ex. le taux d&apos;erreur a doublé après le déploiement</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Tapez %1 pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dry run: the workflow shows what it would roll back and changes nothing</source>
        <translation>&amp;Simulation&#xa0;: le workflow montre ce qu&apos;il annulerait et ne change rien</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>Roll Back (Dry Run)</source>
        <translation>Rollback (simulation)</translation>
    </message>
    <message>
        <source>a reason</source>
        <translation>une raison</translation>
    </message>
    <message>
        <source>the release id typed exactly</source>
        <translation>l&apos;identifiant de release tapé exactement</translation>
    </message>
    <message>
        <source>Needs %1.</source>
        <translation>Il faut %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>A dry run leaves the manifest as it is.</source>
        <translation>Une simulation laisse le manifeste tel quel.</translation>
    </message>
    <message>
        <source>The workflow rolls the release back; when the run succeeds the manifest is marked rolled_back and committed.</source>
        <translation>Le workflow fait le rollback de la release&#xa0;; quand l&apos;exécution réussit, le manifeste est marqué rolled_back et commité.</translation>
    </message>
    <message>
        <source>Components to roll back</source>
        <translation>Composants concernés par le rollback</translation>
    </message>
    <message>
        <source>Each component with the version it goes back to</source>
        <translation>Chaque composant avec la version à laquelle il revient</translation>
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
        <translation>Exécution&#xa0;:</translation>
    </message>
    <message>
        <source>Waiting for a deployment review</source>
        <translation>En attente d&apos;une revue de déploiement</translation>
    </message>
    <message>
        <source>Comment (required to reject)</source>
        <translation>Commentaire (obligatoire pour rejeter)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;jeter</translation>
    </message>
    <message>
        <source>Log of failed jobs</source>
        <translation>Journal des tâches en échec</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Annu&amp;ler l&apos;exécution</translation>
    </message>
    <message>
        <source>&amp;Re-run Failed Jobs</source>
        <translation>&amp;Relancer les tâches en échec</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>Ouvrir dans le &amp;navigateur</translation>
    </message>
    <message>
        <source>&amp;Dispatch Again</source>
        <translation>Re&amp;déclencher</translation>
    </message>
    <message>
        <source>The last dispatch&apos;s answer was lost and no run of it was found: send it once more. GitHub is checked for a run of the release in flight first.</source>
        <translation>La réponse au dernier déclenchement a été perdue et aucune exécution correspondante n&apos;a été trouvée&#xa0;: renvoyez-le une fois de plus. GitHub est d&apos;abord interrogé sur une éventuelle exécution de la release en cours.</translation>
    </message>
    <message>
        <source>No runs of this release yet</source>
        <translation>Aucune exécution de cette release pour l&apos;instant</translation>
    </message>
    <message>
        <source>Reading run %1…</source>
        <translation>Lecture de l&apos;exécution %1…</translation>
    </message>
    <message>
        <source>No run selected</source>
        <translation>Aucune exécution sélectionnée</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of %2 jobs</source>
        <translation>%1 tâches sur %2</translation>
    </message>
    <message>
        <source>started by @%1</source>
        <translation>lancée par @%1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>tentative %1</translation>
    </message>
    <message>
        <source>Run %1 %2</source>
        <translation>Exécution %1 %2</translation>
    </message>
    <message>
        <source>%1: reviewers %2</source>
        <translation>%1&#xa0;: relecteurs %2</translation>
    </message>
    <message>
        <source>(none listed)</source>
        <translation>(aucun indiqué)</translation>
    </message>
    <message>
        <source> — you may review</source>
        <translation> — vous pouvez examiner</translation>
    </message>
    <message>
        <source> — you may not review</source>
        <translation> — vous ne pouvez pas examiner</translation>
    </message>
    <message>
        <source>— %1 —</source>
        <translation>— %1 —</translation>
    </message>
    <message>
        <source>(the log could not be read: %1)</source>
        <translation>(le journal n&apos;a pas pu être lu&#xa0;: %1)</translation>
    </message>
    <message>
        <source>GitHub did not answer the last poll: %1 (trying again)</source>
        <translation>GitHub n&apos;a pas répondu à la dernière interrogation&#xa0;: %1 (nouvel essai)</translation>
    </message>
    <message>
        <source>You are not a reviewer of the waiting environments.</source>
        <translation>Vous n&apos;êtes pas relecteur des environnements en attente.</translation>
    </message>
    <message>
        <source>Rejecting needs a comment.</source>
        <translation>Rejeter exige un commentaire.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>The release&apos;s recent workflow runs; choose one to follow it</source>
        <translation>Les exécutions récentes du workflow de la release&#xa0;; choisissez-en une pour la suivre</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Commentaire de revue</translation>
    </message>
    <message>
        <source>Jobs of the run</source>
        <translation>Tâches de l&apos;exécution</translation>
    </message>
    <message>
        <source>Each job of the run with its steps, their state and how long they took</source>
        <translation>Chaque tâche de l&apos;exécution avec ses étapes, leur état et leur durée</translation>
    </message>
    <message>
        <source>The last lines of each failed job&apos;s log</source>
        <translation>Les dernières lignes du journal de chaque tâche en échec</translation>
    </message>
</context>
<context>
    <name>rc::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer&#xa0;:</translation>
    </message>
    <message>
        <source>Action, menu or key</source>
        <translation>Action, menu ou touche</translation>
    </message>
    <message>
        <source>Shows only the actions whose name, menu or keys contain this text</source>
        <translation>N&apos;affiche que les actions dont le nom, le menu ou les touches contiennent ce texte</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Through the menus</source>
        <translation>Par les menus</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every action of the window, grouped by menu, with its shortcut and the keys that reach it through the menus</source>
        <translation>Toutes les actions de la fenêtre, groupées par menu, avec leur raccourci et les touches qui y mènent par les menus</translation>
    </message>
</context>
<context>
    <name>rc::ui::SignOffDelegate</name>
    <message>
        <source>Reject %1</source>
        <translation>Rejeter %1</translation>
    </message>
    <message>
        <source>Why is %1 rejected? The reason is written to the manifest.</source>
        <translation>Pourquoi %1 est-il rejeté&#xa0;? La raison est écrite dans le manifeste.</translation>
    </message>
</context>
<context>
    <name>rc::ui::SignoffController</name>
    <message>
        <source>Open a release first.</source>
        <translation>Ouvrez d&apos;abord une release.</translation>
    </message>
    <message>
        <source>The release is not in a git clone, so its GitHub repository is unknown.</source>
        <translation>La release n&apos;est pas dans un clone git, son dépôt GitHub est donc inconnu.</translation>
    </message>
    <message>
        <source>GitHub is not set up.</source>
        <translation>GitHub n&apos;est pas configuré.</translation>
    </message>
    <message>
        <source>A sign-off request or check is running.</source>
        <translation>Une demande ou une vérification de validations est en cours.</translation>
    </message>
    <message>
        <source> (simulated GitHub)</source>
        <translation> (GitHub simulé)</translation>
    </message>
    <message>
        <source>Open one issue per component that still needs a sign-off, in %1%2</source>
        <translation>Ouvrir une issue par composant qui attend encore une validation, dans %1%2</translation>
    </message>
    <message>
        <source>Save the release first: checking writes the answers into the file.</source>
        <translation>Enregistrez d&apos;abord la release&#xa0;: la vérification écrit les réponses dans le fichier.</translation>
    </message>
    <message>
        <source>Read the answers on the sign-off issues in %1%2 and record each /approve or /reject from someone allowed</source>
        <translation>Lire les réponses des issues de validation dans %1%2 et enregistrer chaque /approve ou /reject d&apos;une personne autorisée</translation>
    </message>
    <message>
        <source>Request Sign-offs</source>
        <translation>Demander les validations</translation>
    </message>
    <message>
        <source>Requesting sign-offs for %1…</source>
        <translation>Demande des validations pour %1…</translation>
    </message>
    <message>
        <source>Check Sign-offs</source>
        <translation>Vérifier les validations</translation>
    </message>
    <message>
        <source>Checking sign-offs for %1…</source>
        <translation>Vérification des validations pour %1…</translation>
    </message>
    <message>
        <source>The sign-off issues of %1 could not be listed: %2</source>
        <translation>Les issues de validation de %1 n&apos;ont pas pu être listées&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: opened issue #%2 %3</source>
        <translation>%1&#xa0;: issue #%2 ouverte %3</translation>
    </message>
    <message>
        <source>%1: issue #%2 is already open</source>
        <translation>%1&#xa0;: l&apos;issue #%2 est déjà ouverte</translation>
    </message>
    <message>
        <source>%1: no sign-off needed (%2)</source>
        <translation>%1&#xa0;: aucune validation nécessaire (%2)</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1&#xa0;: échec</translation>
    </message>
    <message numerus="yes">
        <source>%n sign-off issue(s) opened for %1</source>
        <translation>
            <numerusform>%n issue de validation ouverte pour %1</numerusform>
            <numerusform>%n issues de validation ouvertes pour %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-off issues of %1 could not be read: %2</source>
        <translation>Les issues de validation de %1 n&apos;ont pas pu être lues&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: no open sign-off issue</source>
        <translation>%1&#xa0;: aucune issue de validation ouverte</translation>
    </message>
    <message>
        <source>%1: approved by @%2 at %3</source>
        <translation>%1&#xa0;: approuvé par @%2 le %3</translation>
    </message>
    <message>
        <source>%1: rejected by @%2: %3</source>
        <translation>%1&#xa0;: rejeté par @%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: still pending (#%2)</source>
        <translation>%1&#xa0;: toujours en attente (#%2)</translation>
    </message>
    <message>
        <source> — recorded</source>
        <translation> — enregistré</translation>
    </message>
    <message>
        <source> — the manifest holds a newer decision; kept</source>
        <translation> — le manifeste contient une décision plus récente&#xa0;; conservée</translation>
    </message>
    <message>
        <source>, issue closed</source>
        <translation>, issue fermée</translation>
    </message>
    <message>
        <source>    ignored &quot;%1&quot; by @%2: %3</source>
        <translation>    «&#xa0;%1&#xa0;» de @%2 ignoré&#xa0;: %3</translation>
    </message>
    <message>
        <source>    failed: %1</source>
        <translation>    échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Rien n&apos;a été écrit&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sign-off decision(s) recorded for %1</source>
        <translation>
            <numerusform>%n décision de validation enregistrée pour %1</numerusform>
            <numerusform>%n décisions de validation enregistrées pour %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rc::ui::SlackSession</name>
    <message>
        <source>keychain</source>
        <translation>trousseau</translation>
    </message>
    <message>
        <source>Stored in the keychain (webhook on %1).</source>
        <translation>Stocké dans le trousseau (webhook sur %1).</translation>
    </message>
    <message>
        <source>Removed from the keychain.</source>
        <translation>Retiré du trousseau.</translation>
    </message>
    <message>
        <source>The keychain held no webhook for this channel.</source>
        <translation>Le trousseau ne contenait aucun webhook pour ce canal.</translation>
    </message>
</context>
<context>
    <name>rc::ui::SlackSettingsDialog</name>
    <message>
        <source>(default: every other channel)</source>
        <translation>(par défaut&#xa0;: tous les autres canaux)</translation>
    </message>
    <message>
        <source>Slack Settings</source>
        <translation>Paramètres Slack</translation>
    </message>
    <message>
        <source>Release events are posted to Slack through incoming webhooks: one per channel, or a default one for every channel without its own. Webhook URLs are kept in the system keychain; releasectl reads RC_SLACK_WEBHOOK_URL and RC_SLACK_WEBHOOK_URL_&lt;CHANNEL&gt; from the environment instead.</source>
        <translation>Les événements de release sont publiés sur Slack via des webhooks entrants&#xa0;: un par canal, ou un par défaut pour chaque canal qui n&apos;a pas le sien. Les URL de webhook sont conservées dans le trousseau du système&#xa0;; releasectl lit plutôt RC_SLACK_WEBHOOK_URL et RC_SLACK_WEBHOOK_URL_&lt;CHANNEL&gt; dans l&apos;environnement.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Webhook host</source>
        <translation>Hôte du webhook</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Channels with a webhook</source>
        <translation>Canaux avec un webhook</translation>
    </message>
    <message>
        <source>A channel such as #releases or #team-api; leave it empty for the default webhook.</source>
        <translation>Un canal comme #releases ou #team-api&#xa0;; laissez vide pour le webhook par défaut.</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>https://hooks.slack.com/services/…</source>
        <translation>https://hooks.slack.com/services/…</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL du webhook</translation>
    </message>
    <message>
        <source>Webhook &amp;URL:</source>
        <translation>&amp;URL du webhook&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Store in Keychain</source>
        <translation>&amp;Stocker dans le trousseau</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <source>Send &amp;Test Message</source>
        <translation>Envoyer un message de &amp;test</translation>
    </message>
    <message>
        <source>No webhook for %1: paste one above, or store a default one.</source>
        <translation>Pas de webhook pour %1&#xa0;: collez-en un ci-dessus, ou stockez-en un par défaut.</translation>
    </message>
    <message>
        <source>Release Console can post to %1.</source>
        <translation>Release Console peut publier dans %1.</translation>
    </message>
    <message>
        <source>Sending a test message to %1 through %2…</source>
        <translation>Envoi d&apos;un message de test à %1 via %2…</translation>
    </message>
    <message>
        <source>Slack accepted the test message for %1 (webhook on %2).</source>
        <translation>Slack a accepté le message de test pour %1 (webhook sur %2).</translation>
    </message>
    <message>
        <source>Slack did not take the test message for %1: %2</source>
        <translation>Slack n&apos;a pas accepté le message de test pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Remove this channel&apos;s webhook from the keychain.</source>
        <translation>Retirer du trousseau le webhook de ce canal.</translation>
    </message>
    <message>
        <source>The keychain holds no webhook for this channel.</source>
        <translation>Le trousseau ne contient aucun webhook pour ce canal.</translation>
    </message>
    <message>
        <source>This webhook comes from %1 in the environment; unset it there.</source>
        <translation>Ce webhook vient de %1 dans l&apos;environnement&#xa0;; supprimez-le là.</translation>
    </message>
</context>
<context>
    <name>rc::ui::SyncConflictDialog</name>
    <message>
        <source>Sign-offs Changed on Both Sides</source>
        <translation>Validations modifiées des deux côtés</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nothing was pushed.&lt;/b&gt; %1 changed these decisions differently from your commits. Your commits are still on your branch and %1 is untouched: nothing is lost.&lt;/p&gt;&lt;p&gt;Agree with the other side on which decision stands, then keep yours (recorded on top of theirs) or take theirs (yours is left out). Close to decide later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Rien n&apos;a été poussé.&lt;/b&gt; %1 a modifié ces décisions autrement que vos commits. Vos commits sont toujours sur votre branche et %1 est intact&#xa0;: rien n&apos;est perdu.&lt;/p&gt;&lt;p&gt;Mettez-vous d&apos;accord avec l&apos;autre partie sur la décision qui prévaut, puis gardez la vôtre (enregistrée par-dessus la leur) ou prenez la leur (la vôtre est laissée de côté). Fermez pour décider plus tard.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La leur</translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation>Release %1</translation>
    </message>
    <message>
        <source>From your commit %1</source>
        <translation>De votre commit %1</translation>
    </message>
    <message>
        <source>Before either change: %1</source>
        <translation>Avant les deux changements&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Record your decisions on top of theirs and push</source>
        <translation>Enregistrer vos décisions par-dessus les leurs et pousser</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <source>Leave your conflicting decisions out, push your other edits</source>
        <translation>Laisser de côté vos décisions en conflit, pousser vos autres modifications</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Décider plus tard</translation>
    </message>
</context>
<context>
    <name>rc::ui::SyncStatus</name>
    <message>
        <source>&amp;Fetch</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>Fetch the upstream and show how far this clone is ahead or behind</source>
        <translation>Récupérer l&apos;amont (fetch) et indiquer l&apos;avance ou le retard de ce clone</translation>
    </message>
    <message>
        <source>&amp;Push Sign-offs</source>
        <translation>&amp;Pousser les validations</translation>
    </message>
    <message>
        <source>Push committed sign-offs; when the upstream moved, re-apply them on top of it and push again</source>
        <translation>Pousser les validations commitées&#xa0;; si l&apos;amont a bougé, les réappliquer par-dessus et pousser de nouveau</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Pousser</translation>
    </message>
    <message>
        <source>Fetch failed: %1</source>
        <translation>Échec du fetch&#xa0;: %1</translation>
    </message>
    <message>
        <source>Push Failed</source>
        <translation>Échec du push</translation>
    </message>
    <message>
        <source>The sign-offs were not pushed.</source>
        <translation>Les validations n&apos;ont pas été poussées.</translation>
    </message>
    <message>
        <source>%1 had moved: re-applied 1 commit on top and pushed</source>
        <translation>%1 avait bougé&#xa0;: 1 commit réappliqué par-dessus et poussé</translation>
    </message>
    <message>
        <source>%1 had moved: re-applied %2 commits on top and pushed</source>
        <translation>%1 avait bougé&#xa0;: %2 commits réappliqués par-dessus et poussés</translation>
    </message>
    <message>
        <source>Pushed %1 to %2</source>
        <translation>%1 poussé vers %2</translation>
    </message>
    <message>
        <source>Nothing to push: %1</source>
        <translation>Rien à pousser&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Fetch en cours…</translation>
    </message>
    <message>
        <source>Pushing…</source>
        <translation>Push en cours…</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>Non partagé</translation>
    </message>
    <message>
        <source>%1 ↑%2 (not on %3)</source>
        <translation>%1 ↑%2 (pas sur %3)</translation>
    </message>
    <message>
        <source>%1 ↑%2 ↓%3</source>
        <translation>%1 ↑%2 ↓%3</translation>
    </message>
    <message>
        <source>⚠ Not shared</source>
        <translation>⚠ Non partagé</translation>
    </message>
</context>
<context>
    <name>rc::ui::YamlView</name>
    <message>
        <source># Cannot read %1: %2</source>
        <translation># Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Manifest file</source>
        <translation>Fichier du manifeste</translation>
    </message>
    <message>
        <source>The release&apos;s manifest as it is on disk, read-only</source>
        <translation>Le manifeste de la release tel qu&apos;il est sur le disque, en lecture seule</translation>
    </message>
</context>
</TS>
