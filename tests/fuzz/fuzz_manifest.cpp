// Feeds arbitrary bytes to the manifest parser and, when they parse, every kind of edit to the
// first component, checklist item and approval. Beyond the sanitizers, it checks the editor's
// promise: an edit that is accepted yields a manifest that parses to exactly the semantic edit.

#include "manifestedit.h"
#include "manifestparser.h"
#include "rules/readiness.h"

#include <cstdint>
#include <cstdlib>
#include <vector>

using namespace rc::core;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

std::vector<ManifestEdit> editsFor(const Manifest &m)
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(1705311000, Qt::UTC);
    const QString by = QStringLiteral("@fuzz");
    const QString reason = QStringLiteral("it's \"broken\": #1");
    std::vector<ManifestEdit> edits;
    if (!m.components.empty()) {
        for (SignOff s : {SignOff::Approved, SignOff::Rejected, SignOff::Pending, SignOff::NotRequired})
            edits.emplace_back(SignOffEdit{m.components.front().name, s, by, reason, at});
    }
    if (!m.checklist.empty()) {
        edits.emplace_back(ChecklistEdit{0, true, by, at});
        edits.emplace_back(ChecklistEdit{0, false, {}, at});
    }
    if (!m.approvals.empty()) {
        for (ApprovalStatus s : {ApprovalStatus::Approved, ApprovalStatus::Rejected, ApprovalStatus::Pending})
            edits.emplace_back(ApprovalEdit{m.approvals.front().role, s, by, reason, at});
    }
    for (const QString &name : releaseStatusNames())
        edits.emplace_back(StatusEdit{*releaseStatusFromString(name)});
    return edits;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString file = QStringLiteral("releases/fuzz.yaml");
    const ParseResult parsed = parseManifest(bytes, file);
    check(parsed.ok() == parsed.errors.empty());
    if (!parsed.ok())
        return 0;
    const Manifest &manifest = *parsed.manifest;
    checkReadiness(manifest);

    for (const ManifestEdit &edit : editsFor(manifest)) {
        describeEdit(manifest, edit);
        const Expected<Manifest> expected = applyToManifest(manifest, edit);
        const Expected<QByteArray> edited = applyEdit(bytes, file, edit);
        if (!edited)
            continue;
        check(bool(expected));
        const ParseResult again = parseManifest(*edited, file);
        check(again.ok());
        check(*again.manifest == *expected);
    }
    return 0;
}
