#include "manifestsync.h"

#include "git/gitptr.h"
#include "git/repository.h"
#include "logging.h"
#include "manifest/manifestparser.h"

#include <QCoreApplication>
#include <QFile>

#include <git2.h>

#include <map>
#include <optional>

namespace rc::core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rc::core::ManifestSync)
};

using git::GitPtr;

using Commit = GitPtr<git_commit, git_commit_free>;
using Tree = GitPtr<git_tree, git_tree_free>;
using TreeEntry = GitPtr<git_tree_entry, git_tree_entry_free>;
using Blob = GitPtr<git_blob, git_blob_free>;
using Diff = GitPtr<git_diff, git_diff_free>;
using Revwalk = GitPtr<git_revwalk, git_revwalk_free>;
using Reference = GitPtr<git_reference, git_reference_free>;
using Signature = GitPtr<git_signature, git_signature_free>;

QString oidHex(const git_oid &oid)
{
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(hex, sizeof hex, &oid);
    return QString::fromLatin1(hex);
}

bool parseOid(git_oid &oid, const QString &hex)
{
    return git_oid_fromstr(&oid, hex.toLatin1().constData()) == 0;
}

bool isManifestPath(const QString &path)
{
    return path.startsWith(QLatin1String("releases/")) &&
           (path.endsWith(QLatin1String(".yaml")) || path.endsWith(QLatin1String(".yml")));
}

// The content of `path` in `tree`, or nothing when the tree has no such file.
std::optional<QByteArray> blobAt(git_repository *repo, git_tree *tree, const QString &path)
{
    TreeEntry entry;
    if (git_tree_entry_bypath(entry.out(), tree, path.toUtf8().constData()) != 0) {
        git_error_clear();
        return std::nullopt;
    }
    Blob blob;
    if (git_tree_entry_type(entry.get()) != GIT_OBJECT_BLOB ||
        git_blob_lookup(blob.out(), repo, git_tree_entry_id(entry.get())) != 0) {
        git_error_clear();
        return std::nullopt;
    }
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(blob.get())), qsizetype(git_blob_rawsize(blob.get())));
}

QString summaryOf(git_commit *commit)
{
    const char *summary = git_commit_summary(commit);
    return QStringLiteral("%1 %2").arg(oidHex(*git_commit_id(commit)).left(8), QString::fromUtf8(summary ? summary : ""));
}

DecisionValue decisionOf(const Component &c)
{
    DecisionValue d;
    d.value = toString(c.signOff);
    d.by = c.signOff == SignOff::Rejected ? c.rejectedBy : c.approvedBy;
    d.at = c.signOff == SignOff::Rejected ? c.rejectedAt : c.approvedAt;
    d.reason = c.reason;
    return d;
}

DecisionValue decisionOf(const ChecklistItem &item)
{
    return DecisionValue{toString(item.status), item.completedBy, item.completedAt, {}};
}

DecisionValue decisionOf(const Approval &a)
{
    DecisionValue d;
    d.value = toString(a.status);
    d.by = a.status == ApprovalStatus::Rejected ? a.rejectedBy : a.approvedBy;
    d.at = a.status == ApprovalStatus::Rejected ? a.rejectedAt : a.approvedAt;
    d.reason = a.reason;
    return d;
}

// The decision an edit is about, located in one version of the manifest. For checklist items the
// index may differ between versions: the item is found by its text.
struct Located
{
    DecisionValue value;
    QString field;
    ManifestEdit edit; ///< the edit retargeted at this version (checklist index)
};

std::optional<Located> locate(const Manifest &m, const ManifestEdit &edit, const QString &checklistText)
{
    if (const auto *e = std::get_if<SignOffEdit>(&edit)) {
        const Component *c = m.component(e->component);
        if (!c)
            return std::nullopt;
        return Located{decisionOf(*c), Text::tr("%1 sign-off").arg(e->component), edit};
    }
    if (const auto *e = std::get_if<ApprovalEdit>(&edit)) {
        const Approval *a = m.approval(e->role);
        if (!a)
            return std::nullopt;
        return Located{decisionOf(*a), Text::tr("approval %1").arg(e->role), edit};
    }
    if (const auto *e = std::get_if<ChecklistEdit>(&edit)) {
        int index = -1;
        if (e->index >= 0 && std::size_t(e->index) < m.checklist.size() &&
            m.checklist[std::size_t(e->index)].item == checklistText) {
            index = e->index;
        } else {
            for (std::size_t i = 0; i < m.checklist.size(); ++i) {
                if (m.checklist[i].item != checklistText)
                    continue;
                if (index >= 0)
                    return std::nullopt; // two items with that text: which one is meant is unknowable
                index = int(i);
            }
        }
        if (index < 0)
            return std::nullopt;
        ChecklistEdit moved = *e;
        moved.index = index;
        return Located{decisionOf(m.checklist[std::size_t(index)]),
                       Text::tr("checklist \"%1\"").arg(checklistText), moved};
    }
    return Located{DecisionValue{toString(m.release.status), {}, {}, {}}, Text::tr("status"), edit};
}

QString checklistTextOf(const Manifest &m, const ManifestEdit &edit)
{
    if (const auto *e = std::get_if<ChecklistEdit>(&edit))
        if (e->index >= 0 && std::size_t(e->index) < m.checklist.size())
            return m.checklist[std::size_t(e->index)].item;
    return {};
}

Error beyondDecisions(const QString &commit, const QString &file, const QString &detail)
{
    return Error{Text::tr("the local commit %1 changes %2 beyond sign-offs, checklist ticks, approvals and status "
                          "(%3), so it cannot be re-applied without losing that; bring the branch up to date with git "
                          "(git pull --rebase) and push again")
                     .arg(commit, file, detail),
                 {}};
}

QString firstError(const ParseResult &parse)
{
    if (parse.errors.empty())
        return {};
    return parse.errors.front().toString();
}

} // namespace

bool DecisionValue::sameDecision(const DecisionValue &other) const
{
    return value == other.value && by == other.by && reason == other.reason;
}

QString DecisionValue::describe() const
{
    QString text = value;
    if (!by.isEmpty())
        text += Text::tr(" by %1").arg(by);
    if (at.isValid())
        text += Text::tr(" at %1").arg(formatTimestamp(at));
    if (!reason.isEmpty())
        text += QStringLiteral(": ") + reason;
    return text;
}

ManifestSync::ManifestSync(Repository &repo, RemoteOptions options) : m_repo(repo), m_options(std::move(options)) {}

void ManifestSync::report(const QString &what) const
{
    qCInfo(rcGit) << what;
    if (m_progress)
        m_progress(what);
}

Expected<std::vector<ManifestEdit>> ManifestSync::deriveEdits(const Manifest &before, const Manifest &after)
{
    std::vector<ManifestEdit> edits;
    ReleaseInfo info = before.release;
    info.status = after.release.status;
    if (!(info == after.release))
        return Error{Text::tr("the release block changed"), {}};
    if (!(before.validation == after.validation))
        return Error{Text::tr("the validation block changed"), {}};

    if (before.components.size() != after.components.size())
        return Error{Text::tr("components were added or removed"), {}};
    for (std::size_t i = 0; i < before.components.size(); ++i) {
        Component b = before.components[i];
        const Component &a = after.components[i];
        if (b.name != a.name)
            return Error{Text::tr("component %1 became %2").arg(b.name, a.name), {}};
        const bool decided = !(decisionOf(b).sameDecision(decisionOf(a)) && decisionOf(b).at == decisionOf(a).at);
        b.signOff = a.signOff;
        b.approvedBy = a.approvedBy;
        b.approvedAt = a.approvedAt;
        b.rejectedBy = a.rejectedBy;
        b.rejectedAt = a.rejectedAt;
        b.reason = a.reason;
        if (!(b == a))
            return Error{Text::tr("component %1 changed beyond its sign-off").arg(a.name), {}};
        if (decided) {
            const DecisionValue d = decisionOf(a);
            edits.push_back(SignOffEdit{a.name, a.signOff, d.by, d.reason, d.at});
        }
    }

    if (before.checklist.size() != after.checklist.size())
        return Error{Text::tr("checklist items were added or removed"), {}};
    for (std::size_t i = 0; i < before.checklist.size(); ++i) {
        ChecklistItem b = before.checklist[i];
        const ChecklistItem &a = after.checklist[i];
        const bool decided = b.status != a.status || b.completedBy != a.completedBy || b.completedAt != a.completedAt;
        b.status = a.status;
        b.completedBy = a.completedBy;
        b.completedAt = a.completedAt;
        if (!(b == a))
            return Error{Text::tr("checklist item %1 changed beyond its tick").arg(i + 1), {}};
        if (decided)
            edits.push_back(ChecklistEdit{int(i), a.status == ChecklistStatus::Completed, a.completedBy, a.completedAt});
    }

    if (before.approvals.size() != after.approvals.size())
        return Error{Text::tr("approvals were added or removed"), {}};
    for (std::size_t i = 0; i < before.approvals.size(); ++i) {
        Approval b = before.approvals[i];
        const Approval &a = after.approvals[i];
        const bool decided = !(decisionOf(b).sameDecision(decisionOf(a)) && decisionOf(b).at == decisionOf(a).at);
        b.status = a.status;
        b.approvedBy = a.approvedBy;
        b.approvedAt = a.approvedAt;
        b.rejectedBy = a.rejectedBy;
        b.rejectedAt = a.rejectedAt;
        b.reason = a.reason;
        if (!(b == a))
            return Error{Text::tr("approval %1 changed beyond its decision").arg(a.role), {}};
        if (decided) {
            const DecisionValue d = decisionOf(a);
            edits.push_back(ApprovalEdit{a.role, a.status, d.by, d.reason, d.at});
        }
    }

    if (before.release.status != after.release.status)
        edits.push_back(StatusEdit{after.release.status});
    return edits;
}

Expected<ReplayResult> ManifestSync::replay(const QString &localTip, const QString &onto, Resolution resolution)
{
    git_repository *r = m_repo.handle();
    ReplayResult result;
    git_oid local;
    git_oid upstream;
    if (!parseOid(local, localTip) || !parseOid(upstream, onto))
        return Error{Text::tr("invalid commit id %1 or %2").arg(localTip, onto), {}};
    git_oid base;
    if (git_merge_base(&base, r, &local, &upstream) != 0) {
        git_error_clear();
        return Error{Text::tr("the branch and its upstream share no history; bring them together with git "
                              "(git pull --rebase) and push again"),
                     {}};
    }
    result.base = oidHex(base);
    result.onto = onto;

    Revwalk walk;
    if (git_revwalk_new(walk.out(), r) != 0 || git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_REVERSE) != 0 ||
        git_revwalk_push(walk.get(), &local) != 0 || git_revwalk_hide(walk.get(), &base) != 0)
        return Error{Text::tr("cannot walk the local commits: %1").arg(git::lastError()), {}};
    std::vector<git_oid> commits;
    git_oid id;
    while (git_revwalk_next(&id, walk.get()) == 0)
        commits.push_back(id);
    git_error_clear();

    Commit ontoCommit;
    Tree ontoTree;
    if (git_commit_lookup(ontoCommit.out(), r, &upstream) != 0 || git_commit_tree(ontoTree.out(), ontoCommit.get()) != 0)
        return Error{Text::tr("cannot read the upstream commit: %1").arg(git::lastError()), {}};

    // Files as they are on top of the upstream after the commits replayed so far.
    std::map<QString, QByteArray> files;
    git_oid target = upstream;
    git_oid targetTree = *git_tree_id(ontoTree.get());

    Signature committer;
    if (auto me = m_repo.identity()) {
        if (git_signature_now(committer.out(), me->name.toUtf8().constData(), me->email.toUtf8().constData()) != 0)
            git_error_clear();
    }

    for (const git_oid &commitId : commits) {
        Commit commit;
        if (git_commit_lookup(commit.out(), r, &commitId) != 0)
            return Error{Text::tr("cannot read a local commit: %1").arg(git::lastError()), {}};
        const QString summary = summaryOf(commit.get());
        if (git_commit_parentcount(commit.get()) != 1)
            return Error{Text::tr("the local commit %1 is a merge; merges cannot be re-applied as edits; bring the "
                                  "branch up to date with git (git pull --rebase) and push again")
                             .arg(summary),
                         {}};
        Commit parent;
        Tree parentTree;
        Tree commitTree;
        if (git_commit_parent(parent.out(), commit.get(), 0) != 0 || git_commit_tree(parentTree.out(), parent.get()) != 0 ||
            git_commit_tree(commitTree.out(), commit.get()) != 0)
            return Error{Text::tr("cannot read the local commit %1: %2").arg(summary, git::lastError()), {}};
        Diff diff;
        if (git_diff_tree_to_tree(diff.out(), r, parentTree.get(), commitTree.get(), nullptr) != 0)
            return Error{Text::tr("cannot compare the local commit %1 with its parent: %2").arg(summary, git::lastError()), {}};

        QStringList touched;
        const std::size_t deltas = git_diff_num_deltas(diff.get());
        for (std::size_t i = 0; i < deltas; ++i) {
            const git_diff_delta *delta = git_diff_get_delta(diff.get(), i);
            const QString path = QString::fromUtf8(delta->new_file.path ? delta->new_file.path : delta->old_file.path);
            if (!isManifestPath(path))
                return Error{Text::tr("the local commit %1 changes %2, which is not a release manifest; only manifest "
                                      "edits can be re-applied; bring the branch up to date with git (git pull "
                                      "--rebase) and push again")
                                 .arg(summary, path),
                             {}};
            if (delta->status != GIT_DELTA_MODIFIED && delta->status != GIT_DELTA_ADDED)
                return Error{Text::tr("the local commit %1 deletes or renames %2, which cannot be re-applied as an edit; "
                                      "bring the branch up to date with git (git pull --rebase) and push again")
                                 .arg(summary, path),
                             {}};
            touched << path;
        }

        for (const QString &path : touched) {
            const std::optional<QByteArray> mine = blobAt(r, commitTree.get(), path);
            const std::optional<QByteArray> before = blobAt(r, parentTree.get(), path);
            std::optional<QByteArray> theirs;
            if (auto it = files.find(path); it != files.end())
                theirs = it->second;
            else
                theirs = blobAt(r, ontoTree.get(), path);
            if (!mine)
                return Error{Text::tr("cannot read %1 in the local commit %2").arg(path, summary), {}};

            if (!before) { // a manifest created locally
                if (!theirs)
                    files[path] = *mine;
                else if (*theirs != *mine)
                    return Error{Text::tr("%1 was created both here (%2) and on the upstream, with different "
                                          "content; bring the branch up to date with git (git pull --rebase)")
                                     .arg(path, summary),
                                 path};
                continue;
            }
            if (!theirs)
                return Error{Text::tr("the upstream deleted %1, which the local commit %2 edits; bring the branch up "
                                      "to date with git (git pull --rebase)")
                                 .arg(path, summary),
                             path};

            const ParseResult beforeParse = parseManifest(*before, path);
            const ParseResult mineParse = parseManifest(*mine, path);
            if (!beforeParse.ok() || !mineParse.ok())
                return beyondDecisions(summary, path, Text::tr("the manifest does not parse: %1")
                                                          .arg(firstError(beforeParse.ok() ? mineParse : beforeParse)));
            Expected<std::vector<ManifestEdit>> edits = deriveEdits(*beforeParse.manifest, *mineParse.manifest);
            if (!edits)
                return beyondDecisions(summary, path, edits.error().message);

            // The edits must rebuild the commit's bytes exactly, otherwise hand edits (comments,
            // formatting, unknown keys) made in the same commit would be silently dropped.
            QByteArray rebuilt = *before;
            ParseResult rebuiltParse = beforeParse;
            for (const ManifestEdit &edit : *edits) {
                Expected<EditResult> step = applyEdit(rebuilt, rebuiltParse, path, edit);
                if (!step)
                    return beyondDecisions(summary, path, step.error().message);
                rebuilt = std::move(step->bytes);
                rebuiltParse = std::move(step->parse);
            }
            if (rebuilt != *mine)
                return beyondDecisions(summary, path, Text::tr("text the console does not write, such as comments or "
                                                               "formatting"));

            QByteArray current = *theirs;
            ParseResult currentParse = parseManifest(current, path);
            if (!currentParse.ok())
                return Error{Text::tr("the upstream's %1 has errors (%2); fix it on the upstream first")
                                 .arg(path, firstError(currentParse)),
                             path};
            for (const ManifestEdit &edit : *edits) {
                const QString itemText = checklistTextOf(*beforeParse.manifest, edit);
                const std::optional<Located> was = locate(*beforeParse.manifest, edit, itemText);
                const std::optional<Located> ours = locate(*mineParse.manifest, edit, itemText);
                const std::optional<Located> now = locate(*currentParse.manifest, edit, itemText);
                if (!was || !ours)
                    return Error{Text::tr("cannot find what the local commit %1 changed in %2").arg(summary, path), path};
                if (!now)
                    return Error{Text::tr("the upstream's %1 no longer has the %2 that the local commit %3 changes; "
                                          "bring the branch up to date with git (git pull --rebase)")
                                     .arg(path, ours->field, summary),
                                 path};
                if (now->value.sameDecision(ours->value)) {
                    result.notes << Text::tr("%1: %2 is already %3 on the upstream")
                                        .arg(path, ours->field, now->value.describe());
                    continue;
                }
                if (!now->value.sameDecision(was->value)) {
                    if (resolution == Resolution::Stop) {
                        result.conflicts.push_back(SyncConflict{path, mineParse.manifest->release.id, ours->field,
                                                                was->value, ours->value, now->value, summary});
                        continue;
                    }
                    if (resolution == Resolution::TakeTheirs) {
                        result.notes << Text::tr("%1: kept the upstream's %2 (%3) instead of ours (%4)")
                                            .arg(path, ours->field, now->value.describe(), ours->value.describe());
                        continue;
                    }
                    result.notes << Text::tr("%1: %2 set to ours (%3) over the upstream's (%4)")
                                        .arg(path, ours->field, ours->value.describe(), now->value.describe());
                }
                Expected<EditResult> applied = applyEdit(current, currentParse, path, now->edit);
                if (!applied)
                    return Error{Text::tr("cannot re-apply %1 of the local commit %2 to the upstream's %3: %4")
                                     .arg(ours->field, summary, path, applied.error().message),
                                 path};
                current = std::move(applied->bytes);
                currentParse = std::move(applied->parse);
            }
            files[path] = current;
        }
        if (!result.conflicts.empty())
            continue; // keep looking, to report every conflict at once; build nothing

        std::vector<git_tree_update> updates;
        std::vector<QByteArray> paths;
        paths.reserve(std::size_t(touched.size()));
        for (const QString &path : touched) {
            git_tree_update update{};
            update.action = GIT_TREE_UPDATE_UPSERT;
            const QByteArray &bytes = files[path];
            if (git_blob_create_from_buffer(&update.id, r, bytes.constData(), std::size_t(bytes.size())) != 0)
                return Error{Text::tr("cannot store %1: %2").arg(path, git::lastError()), {}};
            paths.push_back(path.toUtf8());
            update.path = paths.back().constData();
            update.filemode = GIT_FILEMODE_BLOB;
            updates.push_back(update);
        }
        Tree baseTree;
        if (git_tree_lookup(baseTree.out(), r, &targetTree) != 0)
            return Error{Text::tr("cannot read a tree: %1").arg(git::lastError()), {}};
        git_oid newTree;
        if (git_tree_create_updated(&newTree, r, baseTree.get(), updates.size(), updates.data()) != 0)
            return Error{Text::tr("cannot build the tree: %1").arg(git::lastError()), {}};
        if (git_oid_equal(&newTree, &targetTree)) {
            result.notes << Text::tr("%1 is already on the upstream; left out").arg(summary);
            continue;
        }
        Tree tree;
        Commit targetCommit;
        if (git_tree_lookup(tree.out(), r, &newTree) != 0 || git_commit_lookup(targetCommit.out(), r, &target) != 0)
            return Error{Text::tr("cannot read the new tree: %1").arg(git::lastError()), {}};
        const git_commit *parents[] = {targetCommit.get()};
        git_oid created;
        if (git_commit_create(&created, r, nullptr, git_commit_author(commit.get()),
                              committer.get() ? committer.get() : git_commit_committer(commit.get()),
                              git_commit_message_encoding(commit.get()), git_commit_message(commit.get()), tree.get(), 1,
                              parents) != 0)
            return Error{Text::tr("cannot create the re-applied commit: %1").arg(git::lastError()), {}};
        target = created;
        targetTree = newTree;
        ++result.commits;
    }
    if (result.conflicts.empty())
        result.tip = oidHex(target);
    return result;
}

Expected<Done> ManifestSync::moveBranch(const QString &from, const QString &to)
{
    git_repository *r = m_repo.handle();
    git_oid fromId;
    git_oid toId;
    if (!parseOid(fromId, from) || !parseOid(toId, to))
        return Error{Text::tr("invalid commit id"), {}};
    Reference head;
    if (git_repository_head(head.out(), r) != 0 || git_reference_type(head.get()) != GIT_REFERENCE_DIRECT ||
        !git_oid_equal(git_reference_target(head.get()), &fromId))
        return Error{Text::tr("the branch moved while pushing; push again"), {}};
    const QByteArray branchRef = git_reference_name(head.get());

    Commit target;
    if (git_commit_lookup(target.out(), r, &toId) != 0)
        return Error{Text::tr("cannot read the new commit: %1").arg(git::lastError()), {}};

    // SAFE leaves files with uncommitted changes alone and refuses, before writing anything,
    // when the new commits change one of them.
    QStringList blocked;
    git_checkout_options checkout = GIT_CHECKOUT_OPTIONS_INIT;
    checkout.checkout_strategy = GIT_CHECKOUT_SAFE;
    checkout.notify_flags = GIT_CHECKOUT_NOTIFY_CONFLICT;
    checkout.notify_cb = [](git_checkout_notify_t, const char *path, const git_diff_file *, const git_diff_file *,
                            const git_diff_file *, void *payload) {
        static_cast<QStringList *>(payload)->append(QString::fromUtf8(path));
        return 0;
    };
    checkout.notify_payload = &blocked;
    if (const int rc = git_checkout_tree(r, reinterpret_cast<git_object *>(target.get()), &checkout); rc != 0) {
        const QString detail = git::lastError();
        git_error_clear();
        if (rc == GIT_ECONFLICT || !blocked.isEmpty())
            return Error{Text::tr("%1 has uncommitted changes that the upstream also changed; commit or discard them, "
                                  "then push again")
                             .arg(blocked.isEmpty() ? Text::tr("the work tree") : blocked.join(QLatin1String(", "))),
                         {}};
        return Error{Text::tr("cannot update the work tree: %1").arg(detail), {}};
    }
    Reference moved;
    const QByteArray log = "sync: re-applied manifest edits on top of the upstream";
    if (git_reference_create_matching(moved.out(), r, branchRef.constData(), &toId, 1, &fromId, log.constData()) != 0) {
        const QString detail = git::lastError();
        git_error_clear();
        // Put the files back as the branch has them, so the clone does not look edited.
        Commit old;
        if (git_commit_lookup(old.out(), r, &fromId) == 0) {
            git_checkout_options back = GIT_CHECKOUT_OPTIONS_INIT;
            back.checkout_strategy = GIT_CHECKOUT_FORCE;
            git_checkout_tree(r, reinterpret_cast<git_object *>(old.get()), &back);
        }
        return Error{Text::tr("cannot move the branch: %1; push again").arg(detail), {}};
    }
    qCInfo(rcGit) << "moved" << branchRef << "from" << from.left(8) << "to" << to.left(8);
    return Done{};
}

Expected<SyncOutcome> ManifestSync::push(Resolution resolution)
{
    SyncOutcome outcome;
    bool transferred = false;
    constexpr int Rounds = 3;
    for (int round = 0; round < Rounds; ++round) {
        report(Text::tr("Pushing\u2026"));
        Expected<PushStatus> status = remote::push(m_repo, m_options);
        if (!status)
            return status.error();
        if (*status != PushStatus::Rejected) {
            transferred = transferred || *status == PushStatus::Pushed;
            outcome.kind = transferred ? SyncOutcome::Kind::Pushed : SyncOutcome::Kind::UpToDate;
            if (Expected<AheadBehind> after = remote::aheadBehind(m_repo))
                outcome.after = *after;
            return outcome;
        }
        report(Text::tr("The upstream moved; fetching\u2026"));
        Expected<AheadBehind> fetched = remote::fetch(m_repo, m_options);
        if (!fetched)
            return fetched.error();
        outcome.after = *fetched;
        git_oid localId;
        git_oid upstreamId;
        if (git_reference_name_to_id(&localId, m_repo.handle(), "HEAD") != 0 ||
            git_reference_name_to_id(&upstreamId, m_repo.handle(), fetched->upstream.trackingRef.toUtf8().constData()) != 0)
            return Error{Text::tr("cannot read the fetched upstream %1: %2").arg(fetched->upstream.name(), git::lastError()), {}};
        const QString localTip = oidHex(localId);
        // Spelled out rather than %n, which reads "commit(s)" without a loaded translation.
        report((fetched->ahead == 1 ? Text::tr("Re-applying 1 local commit on top of %1\u2026")
                                    : Text::tr("Re-applying %1 local commits on top of %2\u2026").arg(fetched->ahead))
                   .arg(fetched->upstream.name()));
        Expected<ReplayResult> replayed = replay(localTip, oidHex(upstreamId), resolution);
        if (!replayed)
            return replayed.error();
        outcome.notes << replayed->notes;
        if (!replayed->conflicts.empty()) {
            outcome.kind = SyncOutcome::Kind::Conflicts;
            outcome.conflicts = std::move(replayed->conflicts);
            return outcome;
        }
        if (Expected<Done> moved = moveBranch(localTip, replayed->tip); !moved)
            return moved.error();
        outcome.reapplied += replayed->commits;
    }
    return Error{Text::tr("the upstream kept moving while pushing (%1 tries); push again").arg(Rounds), {}};
}

} // namespace rc::core
