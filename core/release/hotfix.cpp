#include "hotfix.h"

#include "git/branches.h"
#include "git/repository.h"
#include "git/tags.h"
#include "manifest/manifestparser.h"
#include "rules/repositoryrules.h"
#include "rules/versions.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

#include <git2.h>

#include <memory>

namespace rc::core {

namespace {

/// The context this file's strings are translated in; declared so that lupdate files them
/// under the same one.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rc::core::Hotfix)
};

QString oidToString(const git_oid *oid)
{
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(hex, sizeof hex, oid);
    return QString::fromLatin1(hex);
}

struct Freer
{
    void operator()(git_revwalk *p) const { git_revwalk_free(p); }
    void operator()(git_commit *p) const { git_commit_free(p); }
    void operator()(git_tree *p) const { git_tree_free(p); }
    void operator()(git_tree_entry *p) const { git_tree_entry_free(p); }
    void operator()(git_blob *p) const { git_blob_free(p); }
};
template<typename T>
using Owned = std::unique_ptr<T, Freer>;

// The blob id of `path` in `commit`'s tree; false when the file is not there.
bool blobAt(git_repository *repo, const git_oid &commitId, const QByteArray &path, git_oid &blob)
{
    git_commit *commit = nullptr;
    if (git_commit_lookup(&commit, repo, &commitId) != 0) {
        git_error_clear();
        return false;
    }
    Owned<git_commit> ownedCommit(commit);
    git_tree *tree = nullptr;
    if (git_commit_tree(&tree, commit) != 0) {
        git_error_clear();
        return false;
    }
    Owned<git_tree> ownedTree(tree);
    git_tree_entry *entry = nullptr;
    if (git_tree_entry_bypath(&entry, tree, path.constData()) != 0) {
        git_error_clear();
        return false;
    }
    Owned<git_tree_entry> ownedEntry(entry);
    if (git_tree_entry_type(entry) != GIT_OBJECT_BLOB)
        return false;
    git_oid_cpy(&blob, git_tree_entry_id(entry));
    return true;
}

bool blobSaysDeployed(git_repository *repo, const git_oid &blobId, const QString &path)
{
    git_blob *blob = nullptr;
    if (git_blob_lookup(&blob, repo, &blobId) != 0) {
        git_error_clear();
        return false;
    }
    Owned<git_blob> owned(blob);
    const QByteArray bytes(static_cast<const char *>(git_blob_rawcontent(blob)), qsizetype(git_blob_rawsize(blob)));
    const ParseResult parsed = parseManifest(bytes, path);
    return parsed.ok() && parsed.manifest->release.status == ReleaseStatus::Deployed;
}

// The commit on HEAD's first-parent line that moved `path` to deployed: the oldest commit of the
// newest unbroken run whose version of the file says deployed. Empty when the history does not show it.
QString deployCommit(const Repository &repo, const QString &path)
{
    git_revwalk *walk = nullptr;
    if (git_revwalk_new(&walk, repo.handle()) != 0) {
        git_error_clear();
        return {};
    }
    Owned<git_revwalk> owned(walk);
    git_revwalk_sorting(walk, GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
    git_revwalk_simplify_first_parent(walk);
    if (git_revwalk_push_head(walk) != 0) {
        git_error_clear();
        return {};
    }
    const QByteArray rawPath = path.toUtf8();
    QString found;
    git_oid commitId;
    git_oid lastBlob{};
    bool haveLast = false;
    while (git_revwalk_next(&commitId, walk) == 0) {
        git_oid blob;
        if (!blobAt(repo.handle(), commitId, rawPath, blob))
            break;
        // An unchanged file keeps its status; only a new version needs reading.
        if (!haveLast || !git_oid_equal(&blob, &lastBlob)) {
            if (!blobSaysDeployed(repo.handle(), blob, path))
                break;
            git_oid_cpy(&lastBlob, &blob);
            haveLast = true;
        }
        found = oidToString(&commitId);
    }
    git_error_clear();
    return found;
}

const ComponentRule *findComponentRule(const RepositoryRules &rules, const QString &name)
{
    if (const ComponentRule *exact = rules.component(name))
        return exact;
    for (const ComponentRule &c : rules.components)
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            return &c;
    return nullptr;
}

QString componentNames(const RepositoryRules &rules)
{
    QStringList names;
    for (const ComponentRule &c : rules.components)
        names << c.name;
    return names.join(QLatin1String(", "));
}

} // namespace

Expected<ProductionTag> productionTag(const Repository &repo, const RepositoryRules &rules, const WorkspaceScan &scan)
{
    const ReleaseEntry *deployed = nullptr;
    for (const ReleaseEntry &entry : scan.releases) {
        if (entry.manifest && entry.manifest->release.status == ReleaseStatus::Deployed) {
            deployed = &entry;
            break;
        }
    }
    if (!deployed)
        return Error{Text::tr("no release is deployed yet (no manifest under releases/ has status deployed), so there is "
                        "no production tag; pass --from TAG"),
                     {}};
    const QString id = deployed->manifest->release.id;
    if (tagExists(repo, id)) {
        const Expected<QString> sha = resolveCommit(repo, id);
        if (!sha)
            return sha.error();
        return ProductionTag{id, *sha, id, {}};
    }
    const QString moved = deployCommit(repo, deployed->relativePath);
    if (moved.isEmpty())
        return Error{Text::tr("the history of %1 (release %2, deployed) is not in this clone's HEAD, so its tag cannot be "
                        "found; pass --from TAG")
                         .arg(deployed->relativePath, id),
                     {}};
    const Expected<QString> tag = lastTag(repo, moved, rules.tagPattern);
    if (!tag)
        return Error{Text::tr("no tag marks the deployed release %1 (deployed in commit %2): %3; pass --from TAG")
                         .arg(id, moved.left(7), tag.error().message),
                     {}};
    const Expected<QString> sha = resolveCommit(repo, *tag);
    if (!sha)
        return sha.error();
    // Several tags often mark one commit (api/v1.2.3, portal/v3.0.1, v2024.01.08): git describe
    // takes any of them; name the release train's own tag, one without a component prefix, when
    // there is one.
    QString name = *tag;
    if (name.contains(QLatin1Char('/'))) {
        QStringList candidates;
        for (const QString &other : listTags(repo))
            if (!other.contains(QLatin1Char('/')) && tagMatches(rules.tagPattern, other))
                candidates << other;
        candidates.sort();
        for (const QString &other : std::as_const(candidates)) {
            if (const Expected<QString> otherSha = resolveCommit(repo, other); otherSha && *otherSha == *sha) {
                name = other;
                break;
            }
        }
    }
    return ProductionTag{name, *sha, id, moved};
}

Expected<HotfixPlan> planHotfix(const Repository &repo, const RepositoryRules &rules, const WorkspaceScan &scan,
                                const HotfixOptions &options)
{
    HotfixPlan plan;
    const QString name = options.name.trimmed();
    if (name.isEmpty())
        return Error{Text::tr("name the hotfix: the branch becomes hotfix/NAME"), {}};
    plan.branch = QStringLiteral("hotfix/") + name;
    if (!isValidBranchName(plan.branch))
        return Error{Text::tr("'%1' is not a valid branch name; use letters, digits, '-', '_' and '.'").arg(plan.branch), {}};
    if (branchExists(repo, plan.branch))
        return Error{Text::tr("branch %1 exists already; choose another name or delete it with 'git branch -D %1'").arg(plan.branch), {}};

    if (!options.fromTag.isEmpty()) {
        const Expected<QString> sha = resolveCommit(repo, options.fromTag);
        if (!sha)
            return sha.error();
        plan.fromTag = options.fromTag;
        plan.fromSha = *sha;
    } else {
        const Expected<ProductionTag> production = productionTag(repo, rules, scan);
        if (!production)
            return production.error();
        plan.fromTag = production->tag;
        plan.fromSha = production->sha;
    }

    const ComponentRule *rule = nullptr;
    if (!options.component.isEmpty()) {
        rule = findComponentRule(rules, options.component);
        if (!rule)
            return Error{Text::tr("there is no component '%1'; components: %2").arg(options.component, componentNames(rules)), {}};
    } else if (rules.components.size() == 1) {
        rule = &rules.components.front();
    } else if (rules.components.empty()) {
        return Error{Text::tr("the clone has no components; list them in %1").arg(QString::fromUtf16(repositoryRulesFileName)), {}};
    } else {
        return Error{Text::tr("a hotfix ships one component; name it with --component NAME (components: %1)").arg(componentNames(rules)), {}};
    }

    ReleasePlan &release = plan.release;
    release.type = QStringLiteral("hotfix");
    QDateTime now = (options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc()).toUTC();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    release.createdAt = now;
    if (!options.id.isEmpty()) {
        if (auto valid = validateReleaseId(options.id); !valid)
            return valid.error();
        for (const ReleaseEntry &entry : scan.releases)
            if ((entry.manifest && entry.manifest->release.id == options.id) || entry.relativePath == releaseFilePath(options.id))
                return Error{Text::tr("release %1 exists already in %2; choose another release id").arg(options.id, entry.relativePath), {}};
        release.id = options.id;
    } else {
        release.id = nextReleaseId(scan, now.date(), release.type);
    }
    release.releaseManager = options.releaseManager.trimmed();
    if (release.releaseManager.isEmpty())
        release.releaseManager = repo.userHandle();
    if (!release.releaseManager.isEmpty() && !release.releaseManager.startsWith(QLatin1Char('@')))
        release.releaseManager.prepend(QLatin1Char('@'));
    release.since = plan.fromTag;
    release.sinceSha = plan.fromSha;
    release.until = plan.fromSha;

    ComponentPlan component;
    component.name = rule->name;
    component.paths = rule->paths;
    component.team = rule->team;
    component.teamLead = rule->teamLead;
    component.current = currentVersion(scan, listTags(repo), rules, *rule, options.includePreRelease);
    if (component.current.version.isEmpty()) {
        component.suggestedVersion = QStringLiteral("v0.0.1");
    } else if (const std::optional<Version> v = Version::parse(component.current.version)) {
        // A hotfix is a patch whatever the version: bumped()'s 0.x rule would say the same.
        Version next = *v;
        next.preRelease.clear();
        next.build.clear();
        if (!v->isPreRelease())
            next.patch += 1;
        component.suggestedVersion = next.toString();
    }
    component.newVersion = component.suggestedVersion;
    component.signOff = SignOff::Pending;
    release.components.push_back(std::move(component));
    release.checklist = defaultChecklist(release.type);
    release.approvals = defaultApprovals(release.type, rules, release.releaseManager);
    return plan;
}

QString hotfixCommitMessage(const HotfixPlan &plan)
{
    const QString component = plan.release.components.empty() ? QString() : plan.release.components.front().name;
    return QStringLiteral("release(%1): create hotfix release for %2 from %3").arg(plan.release.id, component, plan.fromTag);
}

Expected<StartedHotfix> startHotfix(Repository &repo, const HotfixPlan &plan, const QByteArray &text)
{
    const Expected<QString> previous = currentBranch(repo);
    if (!previous)
        return Error{Text::tr("cannot start the hotfix: %1").arg(previous.error().message), {}};
    const Expected<QStringList> dirty = uncommittedTrackedFiles(repo);
    if (!dirty)
        return dirty.error();
    if (!dirty->isEmpty()) {
        QStringList shown = dirty->mid(0, 5);
        if (dirty->size() > 5)
            shown << Text::tr("and %1 more").arg(dirty->size() - 5);
        return Error{Text::tr("tracked files have uncommitted changes (%1); commit or stash them before switching to %2")
                         .arg(shown.join(QLatin1String(", ")), plan.branch),
                     {}};
    }
    if (branchExists(repo, plan.branch))
        return Error{Text::tr("branch %1 exists already; choose another name or delete it with 'git branch -D %1'").arg(plan.branch), {}};
    // The text is checked before anything moves, so a bad edit in the preview changes nothing.
    const ParseResult parsed = parseManifest(text, releaseFilePath(plan.release.id));
    if (!parsed.ok())
        return Error{Text::tr("the hotfix manifest does not parse: %1; fix the text and try again").arg(parsed.errors.front().toString()), {}};

    if (auto created = createBranch(repo, plan.branch, plan.fromSha); !created)
        return created.error();
    const auto undoBranch = [&]() {
        if (auto back = switchBranch(repo, *previous); !back)
            return Text::tr(" (and switching back to %1 failed: %2)").arg(*previous, back.error().message);
        if (auto removed = deleteBranch(repo, plan.branch); !removed)
            return Text::tr(" (and deleting %1 failed: %2)").arg(plan.branch, removed.error().message);
        return QString();
    };
    if (auto switched = switchBranch(repo, plan.branch); !switched) {
        const QString error = switched.error().message;
        const QString undo = undoBranch();
        return Error{error + undo, {}};
    }
    const Expected<CreatedRelease> written = writeRelease(repo, plan.release.id, text, hotfixCommitMessage(plan));
    if (!written) {
        const QString error = written.error().message;
        const QString undo = undoBranch();
        return Error{Text::tr("%1; the clone is back on %2").arg(error, *previous) + undo, {}};
    }
    return StartedHotfix{plan.branch, *previous, written->relativePath, written->commitSha};
}

} // namespace rc::core
