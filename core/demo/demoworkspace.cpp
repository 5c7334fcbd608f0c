#include "demoworkspace.h"

#include "git/repository.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <git2.h>

// Outside any namespace, as Q_INIT_RESOURCE requires: the resources live in a static library.
static void initDemoResources()
{
    Q_INIT_RESOURCE(demo);
}

namespace rc::core {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rc::core::DemoWorkspace)
};

struct Person
{
    const char *key;
    const char *name;
    const char *email;
};

constexpr Person kPeople[] = {
    {"alice", "Alice Nguyen", "alice@nedlia.example"},
    {"bob", "Bob Martins", "bob@nedlia.example"},
    {"carol", "Carol Diaz", "carol@nedlia.example"},
    {"dave", "Dave Okafor", "dave@nedlia.example"},
    {"erin", "Erin Kowalski", "erin@nedlia.example"},
    {"frank", "Frank Li", "frank@nedlia.example"},
    {"john.doe", "John Doe", "john.doe@nedlia.example"},
    {"bot", "github-actions[bot]", "41898282+github-actions[bot]@users.noreply.github.com"},
};

enum class Op
{
    Append,   ///< add `text` to the end of `path` (creating it)
    Write,    ///< replace `path` with `text`
    Resource, ///< copy the resource `text` to `path`
};

/// One commit of the demo history. Tags (space separated) are created on the commit.
struct Step
{
    const char *date;
    const char *author;
    const char *message;
    Op op;
    const char *path;
    const char *text;
    const char *tags = nullptr;
};

constexpr const char *kApi = "nedlia-back-end/api/";
constexpr const char *kWorkers = "nedlia-back-end/workers/";
constexpr const char *kPlacement = "nedlia-back-end/services/placement-service/";
constexpr const char *kValidation = "nedlia-back-end/services/validation-service/";
constexpr const char *kNotification = "nedlia-back-end/services/notification-service/";
constexpr const char *kPortal = "nedlia-front-end/portal/";

// The history behind the demo manifests: the versions, change lists and sign-offs in
// resources/demo/*.yaml follow from these commits and tags.
const Step kHistory[] = {
    {"2023-12-01T14:20:00Z", "john.doe", "chore: add the release train workflow and release rules",
     Op::Resource, ".github/workflows/release-train.yml", ":/demo/release-train.yml"},
    {"2023-12-01T14:21:00Z", "john.doe", "chore: describe how release manifests are kept", Op::Resource,
     "releases/README.md", ":/demo/releases-README.md"},
    {"2023-12-04T10:05:00Z", "bob", "feat(placement-service): weight audience overlap by segment size",
     Op::Append, "internal/scoring/score.go",
     "\n// ScoreWeighted is Score with each audience segment weighted by its reach.\n"
     "func ScoreWeighted(slot Slot, reach map[string]float64) float64 {\n"
     "\ttotal, hit := 0.0, 0.0\n\tfor seg, r := range reach {\n\t\ttotal += r\n"
     "\t\tfor _, a := range slot.Audience {\n\t\t\tif a == seg {\n\t\t\t\thit += r\n\t\t\t}\n\t\t}\n\t}\n"
     "\tif total == 0 {\n\t\treturn 0\n\t}\n\treturn hit / total\n}\n"},
    {"2023-12-04T15:40:00Z", "carol", "feat(portal): filter campaigns by status", Op::Append,
     "src/pages/Campaigns.tsx",
     "\nexport function byStatus(campaigns: Campaign[], status: string): Campaign[] {\n"
     "  return campaigns.filter((c) => (c as Campaign & { status?: string }).status === status);\n}\n"},
    {"2023-12-05T11:15:00Z", "alice", "fix(api): return 404 for unknown campaign ids", Op::Write,
     "internal/handlers/errors.go",
     "package handlers\n\nimport \"net/http\"\n\n// notFound answers 404 with a JSON body clients can show.\n"
     "func notFound(w http.ResponseWriter, what string) {\n"
     "\tw.Header().Set(\"Content-Type\", \"application/json\")\n\tw.WriteHeader(http.StatusNotFound)\n"
     "\t_, _ = w.Write([]byte(`{\"error\":\"` + what + ` not found\"}`))\n}\n"},
    {"2023-12-06T09:50:00Z", "dave", "perf(workers): batch impression writes", Op::Append,
     "jobs/impressions.py",
     "\n\ndef write_batched(store, counts, batch_size=500):\n"
     "    \"\"\"One round trip per batch instead of one per counter.\"\"\"\n"
     "    items = list(counts.items())\n"
     "    for start in range(0, len(items), batch_size):\n"
     "        store.increment_many(items[start:start + batch_size])\n"},
    {"2023-12-07T13:30:00Z", "erin", "feat(validation-service): validate creative aspect ratios", Op::Append,
     "rules/creative.go",
     "\n// Ratios are the aspect ratios slots accept, as width/height.\n"
     "var Ratios = []float64{16.0 / 9.0, 4.0 / 3.0, 9.0 / 16.0}\n"},
    {"2023-12-08T16:10:00Z", "frank", "feat(notification-service): sign webhook payloads with HMAC",
     Op::Write, "src/signing.ts",
     "import { createHmac } from 'crypto';\n\nexport function sign(body: string, secret: string): string {\n"
     "  return 'sha256=' + createHmac('sha256', secret).update(body).digest('hex');\n}\n"},
    {"2023-12-11T10:00:00Z", "carol", "docs(portal): document local development setup", Op::Append,
     "README.md",
     "\n## Local development\n\nThe dev server proxies `/v1` to the api on port 8080. Start the api "
     "first.\n"},
    {"2023-12-12T14:25:00Z", "bob", "fix(placement-service): handle empty inventory", Op::Append,
     "internal/scoring/score.go",
     "\n// Best returns the best slot, or false when there is no inventory at all.\n"
     "func Best(slots []Slot, audience []string) (Slot, bool) {\n"
     "\tif len(slots) == 0 {\n\t\treturn Slot{}, false\n\t}\n\tbest := slots[0]\n"
     "\tfor _, s := range slots[1:] {\n\t\tif Score(s, audience) > Score(best, audience) {\n\t\t\tbest = "
     "s\n\t\t}\n\t}\n"
     "\treturn best, true\n}\n"},
    {"2023-12-13T09:40:00Z", "alice", "chore(api): bump Go to 1.21", Op::Write, "go.mod",
     "module github.com/nedlia/nedlia/api\n\ngo 1.21\n"},
    {"2023-12-14T11:55:00Z", "dave", "fix(workers): retry transient queue errors", Op::Write, "jobs/retry.py",
     "\"\"\"Retries for queue operations that fail transiently.\"\"\"\n\nimport time\n\n\n"
     "def with_retries(operation, attempts=3, delay=0.5):\n    for attempt in range(attempts):\n"
     "        try:\n            return operation()\n        except ConnectionError:\n"
     "            if attempt == attempts - 1:\n                raise\n            time.sleep(delay * 2 ** "
     "attempt)\n"},
    {"2023-12-15T15:05:00Z", "erin", "fix(validation-service): accept square creatives", Op::Append,
     "rules/creative.go",
     "\nfunc init() {\n\t// Square slots went live in the portal; 1:1 creatives are valid.\n"
     "\tRatios = append(Ratios, 1.0)\n}\n",
     "api/v1.2.2 placement-service/v2.0.1 portal/v3.0.0 workers/v1.4.2 validation-service/v1.1.0 "
     "notification-service/v0.9.0 v2023.12.19"},
    {"2023-12-19T10:20:00Z", "alice", "fix(api): send rate limit headers on 429 responses", Op::Write,
     "internal/middleware/ratelimit.go",
     "package middleware\n\nimport (\n\t\"net/http\"\n\t\"strconv\"\n)\n\n"
     "// TooManyRequests tells the client when to come back instead of leaving it to guess.\n"
     "func TooManyRequests(w http.ResponseWriter, retryAfter int) {\n"
     "\tw.Header().Set(\"Retry-After\", strconv.Itoa(retryAfter))\n"
     "\tw.Header().Set(\"X-RateLimit-Remaining\", \"0\")\n\tw.WriteHeader(http.StatusTooManyRequests)\n}\n"},
    {"2023-12-19T16:45:00Z", "carol", "fix(portal): date picker timezone offset", Op::Write,
     "src/components/DatePicker.tsx",
     "// Dates are picked in the advertiser's zone but sent as UTC midnight.\n"
     "export function toUtcMidnight(local: Date): string {\n"
     "  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), "
     "local.getDate())).toISOString();\n}\n"},
    {"2023-12-20T11:00:00Z", "frank",
     "feat(notification-service)!: switch webhook payloads to the v2 schema\n\n"
     "Payloads are wrapped in an envelope with the event name, the data and the time sent.\n\n"
     "BREAKING CHANGE: webhook consumers must accept the v2 envelope {event, data, sent_at}.",
     Op::Append, "src/webhooks.ts",
     "\nexport interface EnvelopeV2<T> {\n  event: string;\n  data: T;\n  sent_at: string;\n}\n\n"
     "export function envelope<T>(event: string, data: T): EnvelopeV2<T> {\n"
     "  return { event, data, sent_at: new Date().toISOString() };\n}\n"},
    {"2023-12-21T09:35:00Z", "bob", "feat(placement-service): placement priority tiers", Op::Write,
     "internal/scoring/tiers.go",
     "package scoring\n\n// Tier orders placements before scores do: premium inventory first.\n"
     "type Tier int\n\nconst (\n\tPremium Tier = iota\n\tStandard\n\tRemnant\n)\n"},
    {"2023-12-21T14:10:00Z", "erin", "docs(validation-service): list the creative rules", Op::Append,
     "README.md", "\n## Rules\n\n- creatives need a size\n- aspect ratio 16:9, 4:3, 9:16 or 1:1\n"},
    {"2023-12-22T10:30:00Z", "dave", "feat(workers): nightly report export job", Op::Write,
     "jobs/report_export.py",
     "\"\"\"Exports yesterday's campaign reports to the advertisers' buckets.\"\"\"\n\n\n"
     "def export(reports, bucket):\n    for report in reports:\n"
     "        bucket.put(f\"reports/{report.campaign_id}/{report.day}.csv\", report.to_csv())\n"},
    {"2023-12-27T11:20:00Z", "bob", "chore(placement-service): tests for priority tier ordering", Op::Write,
     "internal/scoring/tiers_test.go",
     "package scoring\n\nimport \"testing\"\n\nfunc TestTierOrder(t *testing.T) {\n"
     "\tif !(Premium < Standard && Standard < Remnant) {\n\t\tt.Fatal(\"tiers out of order\")\n\t}\n}\n"},
    {"2024-01-02T11:20:00Z", "john.doe",
     "release(rel-2024-01-02-001): rolled back after webhook delivery failures", Op::Resource,
     "releases/rel-2024-01-02-001.yaml", ":/demo/rel-2024-01-02-001.yaml"},
    {"2024-01-03T10:40:00Z", "frank",
     "fix(notification-service): restore webhook retries with exponential backoff", Op::Write, "src/retry.ts",
     "export async function withRetries<T>(send: () => Promise<T>, attempts = 5): Promise<T> {\n"
     "  for (let i = 0; ; i++) {\n    try {\n      return await send();\n    } catch (e) {\n"
     "      if (i + 1 >= attempts) throw e;\n"
     "      await new Promise((r) => setTimeout(r, 250 * 2 ** i));\n    }\n  }\n}\n"},
    {"2024-01-03T15:15:00Z", "carol", "chore(portal): enable strict TypeScript checks", Op::Write,
     "tsconfig.json",
     "{\n  \"compilerOptions\": {\n    \"strict\": true,\n    \"jsx\": \"react-jsx\",\n"
     "    \"target\": \"ES2020\"\n  }\n}\n"},
    {"2024-01-04T09:30:00Z", "alice", "docs(api): document rate limit headers", Op::Append, "README.md",
     "\n## Rate limits\n\nA 429 carries `Retry-After` (seconds) and `X-RateLimit-Remaining`.\n"},
    {"2024-01-04T14:00:00Z", "dave", "fix(workers): make the report export idempotent", Op::Append,
     "jobs/report_export.py",
     "\n\ndef export_once(reports, bucket):\n    \"\"\"Skips reports already exported, so a retried run "
     "uploads nothing twice.\"\"\"\n"
     "    export([r for r in reports if not bucket.exists(f\"reports/{r.campaign_id}/{r.day}.csv\")], "
     "bucket)\n",
     "api/v1.2.3 portal/v3.0.1 placement-service/v2.1.0 workers/v1.5.0 v2024.01.08"},
    {"2024-01-08T11:00:00Z", "john.doe", "release(rel-2024-01-08-001): deployed to production", Op::Resource,
     "releases/rel-2024-01-08-001.yaml", ":/demo/rel-2024-01-08-001.yaml"},
    {"2024-01-09T09:10:00Z", "erin", "fix(validation-service): reject placements with empty geo bounds",
     Op::Write, "rules/geo.go",
     "package rules\n\nimport \"errors\"\n\n// Bounds is a placement's geo target.\ntype Bounds struct {\n"
     "\tMinLat, MinLon, MaxLat, MaxLon float64\n}\n\n"
     "// CheckBounds rejects empty targets, which matched every user instead of none.\n"
     "func CheckBounds(b Bounds) error {\n\tif b.MinLat >= b.MaxLat || b.MinLon >= b.MaxLon {\n"
     "\t\treturn errors.New(\"geo bounds are empty\")\n\t}\n\treturn nil\n}\n"},
    {"2024-01-09T10:45:00Z", "alice", "feat(api): add placement bulk upload endpoint", Op::Write,
     "internal/handlers/bulk_upload.go",
     "package handlers\n\nimport (\n\t\"encoding/csv\"\n\t\"net/http\"\n)\n\n"
     "// BulkUpload serves POST /v1/placements:bulk with a CSV body, one placement per row.\n"
     "func BulkUpload(w http.ResponseWriter, r *http.Request) {\n"
     "\trows, err := csv.NewReader(r.Body).ReadAll()\n\tif err != nil {\n"
     "\t\thttp.Error(w, err.Error(), http.StatusBadRequest)\n\t\treturn\n\t}\n"
     "\tw.WriteHeader(http.StatusAccepted)\n\t_ = rows\n}\n"},
    {"2024-01-09T16:20:00Z", "carol", "feat(portal): new campaign dashboard", Op::Write,
     "src/pages/Dashboard.tsx",
     "import { Campaigns } from './Campaigns';\n\nexport function Dashboard() {\n"
     "  return (\n    <main>\n      <h1>Campaigns</h1>\n      <Campaigns />\n    </main>\n  );\n}\n"},
    {"2024-01-10T10:05:00Z", "bob", "feat(placement-service): new validation rules", Op::Write,
     "internal/scoring/rules.go",
     "package scoring\n\n// Eligible drops slots the campaign may not use before they are scored.\n"
     "func Eligible(slots []Slot, blocked map[string]bool) []Slot {\n\tout := slots[:0]\n"
     "\tfor _, s := range slots {\n\t\tif !blocked[s.ID] {\n\t\t\tout = append(out, s)\n\t\t}\n\t}\n\treturn "
     "out\n}\n"},
    {"2024-01-10T14:20:00Z", "john.doe",
     "release(rel-2024-01-10-hotfix-001): hotfix for empty geo bounds approved", Op::Resource,
     "releases/rel-2024-01-10-hotfix-001.yaml", ":/demo/rel-2024-01-10-hotfix-001.yaml"},
    {"2024-01-10T15:30:00Z", "john.doe", "docs: describe the release train in the root README", Op::Append,
     "README.md",
     "\n## Release train\n\nRegular releases: Tuesdays 10:00-12:00 UTC, team lead sign-off per component.\n"
     "Hotfixes: as needed, 30 minutes, Tech Lead and On-call approval.\n"},
    {"2024-01-11T09:25:00Z", "alice", "fix(api): rate limiting edge case", Op::Append,
     "internal/middleware/ratelimit.go",
     "\n// RetryAfter never tells a client to come back in zero seconds, which clients read as now.\n"
     "func RetryAfter(seconds float64) int {\n\tif seconds < 1 {\n\t\treturn 1\n\t}\n\treturn int(seconds + "
     "0.5)\n}\n"},
    {"2024-01-11T13:50:00Z", "bob", "perf(placement-service): optimize database queries", Op::Write,
     "internal/store/queries.go",
     "package store\n\n// One query with the audience join instead of one query per slot.\n"
     "const slotsWithAudience = `\nSELECT s.id, array_agg(a.segment)\nFROM slots s\n"
     "JOIN slot_audiences a ON a.slot_id = s.id\nWHERE s.inventory_id = $1\nGROUP BY s.id`\n"},
    {"2024-01-12T10:15:00Z", "carol", "fix(portal): mobile responsive issues", Op::Write,
     "src/styles/responsive.css",
     "@media (max-width: 640px) {\n  main {\n    padding: 0 12px;\n  }\n  table {\n    display: block;\n"
     "    overflow-x: auto;\n  }\n}\n"},
    {"2024-01-12T16:00:00Z", "john.doe", "chore(release): create manifest for rel-2024-01-15-001",
     Op::Resource, "releases/2024-01-15-release.yaml", ":/demo/2024-01-15-release.yaml"},
    {"2024-01-15T11:10:00Z", "frank", "feat(notification-service): per-tenant webhook rate limits", Op::Write,
     "src/ratelimit.ts",
     "const buckets = new Map<string, { tokens: number; at: number }>();\n\n"
     "export function allow(tenant: string, perSecond = 20): boolean {\n  const now = Date.now();\n"
     "  const b = buckets.get(tenant) ?? { tokens: perSecond, at: now };\n"
     "  b.tokens = Math.min(perSecond, b.tokens + ((now - b.at) / 1000) * perSecond);\n  b.at = now;\n"
     "  buckets.set(tenant, b);\n  if (b.tokens < 1) return false;\n  b.tokens -= 1;\n  return true;\n}\n"},
    {"2024-01-15T14:30:00Z", "erin", "chore(validation-service): tests for geo bounds", Op::Write,
     "rules/geo_test.go",
     "package rules\n\nimport \"testing\"\n\nfunc TestEmptyBoundsRejected(t *testing.T) {\n"
     "\tif CheckBounds(Bounds{}) == nil {\n\t\tt.Fatal(\"empty bounds accepted\")\n\t}\n}\n"},
    {"2024-01-16T08:00:12Z", "bot", "chore(release): create manifest for rel-2024-01-22-001", Op::Resource,
     "releases/rel-2024-01-22-001.yaml", ":/demo/rel-2024-01-22-001.yaml"},
    {"2024-01-16T10:20:00Z", "alice", "fix(api): validate bulk upload CSV headers", Op::Append,
     "internal/handlers/bulk_upload.go",
     "\nvar bulkHeader = []string{\"campaign_id\", \"slot_id\", \"starts_at\", \"ends_at\"}\n"},
    {"2024-01-16T15:45:00Z", "frank", "docs(notification-service): document the v2 webhook envelope",
     Op::Append, "README.md",
     "\n## Webhook payloads (v2)\n\n    {\"event\": \"campaign.started\", \"data\": {...}, \"sent_at\": "
     "\"...\"}\n\n"
     "Deliveries are signed (`X-Nedlia-Signature`) and retried with backoff.\n"},
    {"2024-01-17T09:30:00Z", "carol", "perf(portal): lazy-load the campaign dashboard", Op::Write,
     "src/routes.tsx",
     "import { lazy } from 'react';\n\nexport const Dashboard = lazy(() =>\n"
     "  import('./pages/Dashboard').then((m) => ({ default: m.Dashboard })),\n);\n"},
    {"2024-01-17T13:10:00Z", "bob", "fix(placement-service): break ties between equal scores by slot id",
     Op::Append, "internal/scoring/tiers.go",
     "\n// Less orders equal scores by slot id so results are stable between requests.\n"
     "func Less(a, b Slot, sa, sb float64) bool {\n\tif sa != sb {\n\t\treturn sa > sb\n\t}\n\treturn a.ID < "
     "b.ID\n}\n"},
    {"2024-01-18T10:00:00Z", "alice", "feat(api): paginate the campaign listing", Op::Append,
     "internal/handlers/campaigns.go",
     "\n// pageSize caps list responses; clients follow the Link header for more.\nconst pageSize = 50\n"},
};

// Which component folder a step's relative path belongs to, from its message scope.
QString componentRoot(const char *message)
{
    const QString m = QString::fromUtf8(message);
    const struct
    {
        const char *scope;
        const char *root;
    } scopes[] = {{"(api)", kApi},
                  {"(workers)", kWorkers},
                  {"(placement-service)", kPlacement},
                  {"(validation-service)", kValidation},
                  {"(notification-service)", kNotification},
                  {"(portal)", kPortal}};
    for (const auto &s : scopes)
        if (m.contains(QLatin1String(s.scope)))
            return QString::fromUtf8(s.root);
    return {};
}

Expected<QByteArray> resource(const QString &name)
{
    QFile file(name);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Text::tr("the demo resource %1 is missing from this build; rebuild rc_core").arg(name),
                     {}};
    return file.readAll();
}

Expected<Done> writeFile(const QString &path, const QByteArray &bytes, bool append)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(append ? QIODevice::Append : (QIODevice::WriteOnly | QIODevice::Truncate)) ||
        file.write(bytes) != bytes.size())
        return Error{Text::tr("cannot write %1: %2").arg(path, file.errorString()), {}};
    return Done{};
}

Expected<Done> copyTree(const QString &root)
{
    const QString base = QStringLiteral(":/demo/tree");
    QDirIterator it(base, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int copied = 0;
    while (it.hasNext()) {
        const QString source = it.next();
        auto bytes = resource(source);
        if (!bytes)
            return bytes.error();
        if (auto w = writeFile(root + source.mid(base.size()), *bytes, false); !w)
            return w.error();
        ++copied;
    }
    if (copied == 0)
        return Error{Text::tr("the demo resources are missing from this build; rebuild rc_core"), {}};
    return Done{};
}

Repository::Identity identityOf(const char *key)
{
    for (const auto &p : kPeople)
        if (qstrcmp(p.key, key) == 0)
            return {QString::fromUtf8(p.name), QString::fromUtf8(p.email)};
    return {QString::fromUtf8(key), QString::fromUtf8(key) + QStringLiteral("@nedlia.example")};
}

qint64 epoch(const char *date)
{
    return QDateTime::fromString(QString::fromLatin1(date), Qt::ISODate).toSecsSinceEpoch();
}

Expected<Done> configure(Repository &repo)
{
    git_config *config = nullptr;
    if (git_repository_config(&config, repo.handle()) != 0)
        return Error{Text::tr("cannot open the demo clone's git config"), {}};
    // A local identity so edits made in the demo can be committed on any machine.
    const bool ok = git_config_set_string(config, "user.name", "Demo Release Manager") == 0 &&
                    git_config_set_string(config, "user.email", "release-manager@nedlia.example") == 0 &&
                    git_config_set_string(config, "releaseconsole.user", "@john.doe") == 0;
    git_config_free(config);
    git_remote *remote = nullptr;
    // The GitHub repository is also named in .release-console.yaml; the remote makes the default agree.
    const bool remoteOk =
        git_remote_create(&remote, repo.handle(), "origin", "https://github.com/nedlia/nedlia.git") == 0;
    git_remote_free(remote);
    if (!ok || !remoteOk) {
        const git_error *e = git_error_last();
        return Error{
            Text::tr("cannot configure the demo clone: %1").arg(QString::fromUtf8(e ? e->message : "")), {}};
    }
    return Done{};
}

} // namespace

Expected<QString> createDemoWorkspace(const QString &directory)
{
    initDemoResources();
    const QDir dir(directory);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        return Error{
            Text::tr("%1 is not empty; choose a new or empty folder for the demo workspace").arg(directory),
            {}};

    auto repo = Repository::init(directory);
    if (!repo)
        return repo.error();
    if (auto c = configure(*repo); !c)
        return c.error();
    const QString root = repo->workdir();

    if (auto t = copyTree(root); !t)
        return t.error();
    if (auto rules = resource(QStringLiteral(":/demo/release-console.yaml")); !rules)
        return rules.error();
    else if (auto w = writeFile(root + QStringLiteral("/.release-console.yaml"), *rules, false); !w)
        return w.error();
    if (auto first = repo->commitAll(QStringLiteral("chore: import the nedlia monorepo"), identityOf("alice"),
                                     epoch("2023-12-01T09:00:00Z"));
        !first)
        return first.error();

    for (const Step &step : kHistory) {
        QString rel = QString::fromUtf8(step.path);
        if (step.op != Op::Resource)
            rel.prepend(componentRoot(step.message));
        const QString path = root + QLatin1Char('/') + rel;
        Expected<Done> written = Done{};
        if (step.op == Op::Resource) {
            auto bytes = resource(QString::fromUtf8(step.text));
            if (!bytes)
                return bytes.error();
            written = writeFile(path, *bytes, false);
        } else {
            written = writeFile(path, QByteArray(step.text), step.op == Op::Append);
        }
        if (!written)
            return written.error();
        auto id = repo->commitAll(QString::fromUtf8(step.message), identityOf(step.author), epoch(step.date));
        if (!id)
            return id.error();
        if (step.tags) {
            const QStringList tags = QString::fromUtf8(step.tags).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString &tag : tags)
                if (auto t = repo->tag(tag); !t)
                    return t.error();
        }
    }
    qCInfo(rcGit) << "created the demo workspace in" << root;
    return root;
}

} // namespace rc::core
