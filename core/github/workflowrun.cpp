#include "workflowrun.h"

#include <QJsonValue>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <cmath>

namespace rc::core {

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("missing");
}

// Reads the fields of one object and keeps the first error, so a parser reads like the schema and
// checks once at the end. `path` names the object in messages ("jobs[0].steps[2]").
class Fields
{
public:
    Fields(const QJsonObject &object, QString path, std::optional<Error> *error)
        : m_object(object), m_path(std::move(path)), m_error(error)
    {
    }

    QString string(const char *key, bool nullable = false) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isString())
            return v.toString();
        if (nullable && (v.isNull() || v.isUndefined()))
            return {};
        fail(key, v, nullable ? "a string or null" : "a string");
        return {};
    }

    qint64 integer(const char *key) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        // JSON numbers are doubles; ids stay exact up to 2^53, which GitHub's ids are far below.
        if (v.isDouble() && std::abs(v.toDouble()) <= 9007199254740992.0 && v.toDouble() == std::trunc(v.toDouble()))
            return qint64(v.toDouble());
        fail(key, v, "an integer");
        return 0;
    }

    std::optional<qint64> optionalInteger(const char *key) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        return integer(key);
    }

    bool boolean(const char *key) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isBool())
            return v.toBool();
        fail(key, v, "true or false");
        return false;
    }

    QDateTime time(const char *key, bool nullable = true) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (nullable && (v.isNull() || v.isUndefined()))
            return {};
        if (!v.isString()) {
            fail(key, v, "an ISO 8601 time");
            return {};
        }
        QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (!t.isValid()) {
            setError(QStringLiteral("field \"%1\" is \"%2\", which is not an ISO 8601 time").arg(where(key), v.toString()));
            return {};
        }
        return t.toUTC();
    }

    QJsonArray array(const char *key) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isArray())
            return v.toArray();
        fail(key, v, "an array");
        return {};
    }

    QJsonObject object(const char *key, bool nullable = false) const
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isObject())
            return v.toObject();
        if (!(nullable && (v.isNull() || v.isUndefined())))
            fail(key, v, "an object");
        return {};
    }

    QString where(const char *key) const { return m_path.isEmpty() ? QLatin1String(key) : m_path + QLatin1Char('.') + QLatin1String(key); }

    bool ok() const { return !m_error->has_value(); }

private:
    void fail(const char *key, const QJsonValue &v, const char *expected) const
    {
        if (v.isUndefined())
            setError(QStringLiteral("field \"%1\" is missing").arg(where(key)));
        else
            setError(QStringLiteral("field \"%1\" should be %2 but is %3").arg(where(key), QLatin1String(expected), typeName(v)));
    }

    void setError(const QString &message) const
    {
        if (!m_error->has_value())
            *m_error = Error{message, {}};
    }

    QJsonObject m_object;
    QString m_path;
    std::optional<Error> *m_error;
};

Error describe(const Error &e, const QString &what)
{
    return Error{QStringLiteral("%1: %2; the server's answer does not follow GitHub's REST API (version 2022-11-28): "
                                "check the API base URL")
                     .arg(what, e.message),
                 e.location};
}

WorkflowStep readStep(const Fields &f)
{
    WorkflowStep s;
    s.number = int(f.integer("number"));
    s.name = f.string("name");
    s.status = f.string("status");
    s.conclusion = f.string("conclusion", true);
    s.startedAt = f.time("started_at");
    s.completedAt = f.time("completed_at");
    return s;
}

WorkflowJob readJob(const Fields &f)
{
    WorkflowJob j;
    j.id = f.integer("id");
    j.name = f.string("name");
    j.status = f.string("status");
    j.conclusion = f.string("conclusion", true);
    j.startedAt = f.time("started_at");
    j.completedAt = f.time("completed_at");
    j.htmlUrl = f.string("html_url", true);
    return j;
}

WorkflowRun readRun(const Fields &f)
{
    WorkflowRun r;
    r.id = f.integer("id");
    r.name = f.string("name", true);
    r.displayTitle = f.string("display_title");
    r.status = f.string("status", true);
    r.conclusion = f.string("conclusion", true);
    r.htmlUrl = f.string("html_url");
    r.headBranch = f.string("head_branch", true);
    r.headSha = f.string("head_sha");
    r.event = f.string("event");
    r.runAttempt = int(f.optionalInteger("run_attempt").value_or(1));
    r.createdAt = f.time("created_at", false);
    r.updatedAt = f.time("updated_at", false);
    r.runStartedAt = f.time("run_started_at");
    return r;
}

Expected<WorkflowJob> parseJobAt(const QJsonObject &json, const QString &path)
{
    std::optional<Error> error;
    const Fields f(json, path, &error);
    WorkflowJob j = readJob(f);
    // Steps are optional in the schema: a job no runner has picked up yet has none.
    const QJsonValue steps = json.value(QLatin1String("steps"));
    if (!steps.isUndefined() && !steps.isNull()) {
        const QJsonArray array = f.array("steps");
        for (qsizetype i = 0; i < array.size() && !error; ++i) {
            const QString stepPath = f.where("steps") + QStringLiteral("[%1]").arg(i);
            if (!array.at(i).isObject()) {
                error = Error{QStringLiteral("field \"%1\" should be an object but is %2").arg(stepPath, typeName(array.at(i))), {}};
                break;
            }
            j.steps.push_back(readStep(Fields(array.at(i).toObject(), stepPath, &error)));
        }
    }
    if (error)
        return describe(*error, QStringLiteral("job"));
    return j;
}

template<typename T, typename Parse>
Expected<std::vector<T>> parseArray(const QJsonArray &array, const QString &path, const QString &what, Parse parse)
{
    std::vector<T> out;
    out.reserve(size_t(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = path + QStringLiteral("[%1]").arg(i);
        if (!array.at(i).isObject())
            return describe(Error{QStringLiteral("field \"%1\" should be an object but is %2").arg(itemPath, typeName(array.at(i))), {}}, what);
        Expected<T> item = parse(array.at(i).toObject(), itemPath);
        if (!item)
            return item.error();
        out.push_back(std::move(item).value());
    }
    return out;
}

Expected<WorkflowRun> parseRunAt(const QJsonObject &json, const QString &path)
{
    std::optional<Error> error;
    WorkflowRun r = readRun(Fields(json, path, &error));
    if (error)
        return describe(*error, QStringLiteral("workflow run"));
    // Optional in practice (older servers omit triggering_actor): never an error.
    const auto login = [&json](QLatin1String key) {
        return json.value(key).toObject().value(QLatin1String("login")).toString();
    };
    r.actor = login(QLatin1String("triggering_actor"));
    if (r.actor.isEmpty())
        r.actor = login(QLatin1String("actor"));
    return r;
}

Expected<PendingDeployment> parsePendingAt(const QJsonObject &json, const QString &path)
{
    std::optional<Error> error;
    const Fields f(json, path, &error);
    PendingDeployment d;
    const Fields env(f.object("environment"), f.where("environment"), &error);
    if (error)
        return describe(*error, QStringLiteral("pending deployment"));
    d.environmentId = env.optionalInteger("id").value_or(0);
    d.environmentName = env.string("name");
    d.waitTimerMinutes = int(f.optionalInteger("wait_timer").value_or(0));
    d.waitTimerStartedAt = f.time("wait_timer_started_at");
    d.currentUserCanApprove = f.boolean("current_user_can_approve");
    const QJsonArray reviewers = f.array("reviewers");
    for (qsizetype i = 0; i < reviewers.size() && !error; ++i) {
        const QString rPath = f.where("reviewers") + QStringLiteral("[%1]").arg(i);
        const Fields rf(reviewers.at(i).toObject(), rPath, &error);
        PendingDeployment::Reviewer reviewer;
        reviewer.type = rf.string("type");
        const Fields who(rf.object("reviewer"), rf.where("reviewer"), &error);
        if (error)
            break;
        reviewer.name = reviewer.type == QLatin1String("Team") ? who.string("slug") : who.string("login");
        d.reviewers.push_back(reviewer);
    }
    if (error)
        return describe(*error, QStringLiteral("pending deployment"));
    return d;
}

bool isFailure(const QString &conclusion)
{
    return conclusion == QLatin1String("failure") || conclusion == QLatin1String("cancelled")
        || conclusion == QLatin1String("timed_out") || conclusion == QLatin1String("startup_failure");
}

const QLatin1String correlationPrefix("rc-");
constexpr int correlationLength = 13;
const char correlationAlphabet[] = "abcdefghijklmnopqrstuvwxyz234567";

} // namespace

Expected<WorkflowRun> parseWorkflowRun(const QJsonObject &json)
{
    return parseRunAt(json, {});
}

Expected<std::vector<WorkflowRun>> parseWorkflowRunList(const QJsonObject &json)
{
    const QJsonValue runs = json.value(QLatin1String("workflow_runs"));
    if (!runs.isArray())
        return describe(Error{runs.isUndefined() ? QStringLiteral("field \"workflow_runs\" is missing")
                                                 : QStringLiteral("field \"workflow_runs\" should be an array but is %1").arg(typeName(runs)),
                              {}},
                        QStringLiteral("workflow run list"));
    return parseArray<WorkflowRun>(runs.toArray(), QStringLiteral("workflow_runs"), QStringLiteral("workflow run"), parseRunAt);
}

Expected<WorkflowJob> parseWorkflowJob(const QJsonObject &json)
{
    return parseJobAt(json, {});
}

Expected<std::vector<WorkflowJob>> parseWorkflowJobList(const QJsonObject &json)
{
    const QJsonValue jobs = json.value(QLatin1String("jobs"));
    if (!jobs.isArray())
        return describe(Error{jobs.isUndefined() ? QStringLiteral("field \"jobs\" is missing")
                                                 : QStringLiteral("field \"jobs\" should be an array but is %1").arg(typeName(jobs)),
                              {}},
                        QStringLiteral("job list"));
    return parseArray<WorkflowJob>(jobs.toArray(), QStringLiteral("jobs"), QStringLiteral("job"), parseJobAt);
}

Expected<std::vector<PendingDeployment>> parsePendingDeployments(const QJsonArray &json)
{
    return parseArray<PendingDeployment>(json, QString(), QStringLiteral("pending deployment"), parsePendingAt);
}

bool isCompleted(const QString &status)
{
    return status == QLatin1String("completed");
}

std::optional<qint64> durationSeconds(const QDateTime &start, const QDateTime &end, const QDateTime &now)
{
    if (!start.isValid())
        return std::nullopt;
    const QDateTime until = end.isValid() ? end : now;
    if (!until.isValid())
        return std::nullopt;
    return std::max<qint64>(0, start.secsTo(until));
}

QString formatDuration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 60)
        return QStringLiteral("%1 s").arg(seconds);
    if (seconds < 3600)
        return QStringLiteral("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

RunSummary summarize(const std::vector<WorkflowJob> &jobs)
{
    RunSummary summary;
    summary.jobsTotal = int(jobs.size());
    for (const WorkflowJob &job : jobs) {
        if (isCompleted(job.status))
            ++summary.jobsCompleted;
        bool stepFailed = false;
        for (const WorkflowStep &step : job.steps) {
            if (step.status == QLatin1String("in_progress"))
                summary.running.push_back({job.id, job.name, step.number, step.name});
            if (isCompleted(step.status) && isFailure(step.conclusion)) {
                summary.failed.push_back({job.id, job.name, step.number, step.name});
                stepFailed = true;
            }
        }
        // A job can fail with no failing step (runner lost, timeout before the first step).
        if (isCompleted(job.status) && isFailure(job.conclusion) && !stepFailed)
            summary.failed.push_back({job.id, job.name, 0, {}});
    }
    return summary;
}

QString makeCorrelationId()
{
    QString id = correlationPrefix;
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < correlationLength; ++i)
        id += QLatin1Char(correlationAlphabet[random->bounded(32)]);
    return id;
}

bool isCorrelationId(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("\\Arc-[a-z2-7]{%1}\\z").arg(correlationLength));
    return pattern.match(text).hasMatch();
}

Expected<std::optional<WorkflowRun>> findRunByCorrelationId(const std::vector<WorkflowRun> &runs, const QString &correlationId)
{
    if (!isCorrelationId(correlationId))
        return Error{QStringLiteral("\"%1\" is not a correlation id made by the console").arg(correlationId), {}};
    // A whole word: "rc-abc" must not match inside "rc-abcd" or "xrc-abc".
    const QRegularExpression word(QStringLiteral("(?<![A-Za-z0-9_-])%1(?![A-Za-z0-9_-])").arg(QRegularExpression::escape(correlationId)));
    std::optional<WorkflowRun> found;
    for (const WorkflowRun &run : runs) {
        if (!word.match(run.name).hasMatch() && !word.match(run.displayTitle).hasMatch())
            continue;
        if (found && found->id != run.id)
            return Error{QStringLiteral("runs %1 and %2 both carry the correlation id %3; open the workflow's runs on GitHub "
                                        "and watch the right one by its id")
                             .arg(found->id)
                             .arg(run.id)
                             .arg(correlationId),
                         {}};
        // The same run may be listed twice across pages while it moves; keep the newest attempt.
        if (!found || run.runAttempt > found->runAttempt)
            found = run;
    }
    return found;
}

} // namespace rc::core
