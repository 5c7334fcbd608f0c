#include "workflowfile.h"

#include "git/repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace rc::core {

namespace {

/// The context this file's strings are translated in; declared so that lupdate files them
/// under the same one.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rc::core::WorkflowFile)
};

QString qstr(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// A workflow file nests a handful of levels; yaml-cpp recurses once per level, so a hostile file
// of thousands of '[' would overflow the stack before any check of the parsed tree could run.
constexpr int maxDepth = 64;

bool tooDeep(const QByteArray &text)
{
    int depth = 0;
    for (const char c : text) {
        if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return true;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return false;
}

// Errors of one file: "path:line:column" from a yaml-cpp mark (0-based, -1 for none).
struct Locator
{
    QString path;

    Error at(const YAML::Mark &mark, const QString &message) const
    {
        if (mark.line < 0)
            return Error{message, path};
        return Error{message, QStringLiteral("%1:%2:%3").arg(path).arg(mark.line + 1).arg(mark.column < 0 ? 1 : mark.column + 1)};
    }
};

QString typeName(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: return Text::tr("a mapping");
    case YAML::NodeType::Sequence: return Text::tr("a list");
    case YAML::NodeType::Scalar: return Text::tr("text (\"%1\")").arg(qstr(node.Scalar()));
    case YAML::NodeType::Null: return Text::tr("empty");
    case YAML::NodeType::Undefined: break;
    }
    return Text::tr("nothing");
}

// Reads the node of `key` in a mapping together with the key's own position.
struct Entry
{
    YAML::Node key;
    YAML::Node value;
};

std::optional<Entry> findKey(const YAML::Node &map, const char *name)
{
    if (!map.IsMap())
        return std::nullopt;
    for (const auto &entry : map) {
        if (entry.first.IsScalar() && entry.first.Scalar() == name)
            return Entry{entry.first, entry.second};
    }
    return std::nullopt;
}

Expected<bool> readBool(const YAML::Node &node, const QString &what, const Locator &where)
{
    if (node.IsNull())
        return false;
    if (node.IsScalar()) {
        const QString text = qstr(node.Scalar());
        if (text == QLatin1String("true"))
            return true;
        if (text == QLatin1String("false"))
            return false;
    }
    return where.at(node.Mark(), Text::tr("%1 must be true or false, not %2").arg(what, typeName(node)));
}

Expected<WorkflowDispatchInput> readInput(const YAML::Node &key, const YAML::Node &value, const Locator &where)
{
    WorkflowDispatchInput input;
    input.name = qstr(key.Scalar());
    input.line = key.Mark().line + 1;
    input.column = key.Mark().column + 1;
    const QString what = QStringLiteral("inputs.") + input.name;
    if (value.IsNull())
        return input;
    if (!value.IsMap())
        return where.at(value.Mark(), Text::tr("%1 must be a mapping (description, required, type, ...), not %2").arg(what, typeName(value)));

    if (const auto description = findKey(value, "description"); description && description->value.IsScalar())
        input.description = qstr(description->value.Scalar());
    if (const auto required = findKey(value, "required")) {
        const Expected<bool> flag = readBool(required->value, what + QStringLiteral(".required"), where);
        if (!flag)
            return flag.error();
        input.required = *flag;
    }
    if (const auto type = findKey(value, "type")) {
        if (!type->value.IsScalar())
            return where.at(type->value.Mark(), Text::tr("%1.type must be text, not %2").arg(what, typeName(type->value)));
        input.type = qstr(type->value.Scalar());
        static const QStringList known{QStringLiteral("string"), QStringLiteral("choice"), QStringLiteral("boolean"),
                                       QStringLiteral("number"), QStringLiteral("environment")};
        if (!known.contains(input.type))
            return where.at(type->value.Mark(), Text::tr("%1.type \"%2\" is not one of %3").arg(what, input.type, known.join(QStringLiteral(", "))));
    }
    if (const auto options = findKey(value, "options")) {
        if (!options->value.IsSequence())
            return where.at(options->value.Mark(), Text::tr("%1.options must be a list, not %2").arg(what, typeName(options->value)));
        for (const YAML::Node &option : options->value) {
            if (!option.IsScalar())
                return where.at(option.Mark(), Text::tr("each of %1.options must be text, not %2").arg(what, typeName(option)));
            input.options << qstr(option.Scalar());
        }
    }
    if (input.type == QLatin1String("choice") && input.options.isEmpty())
        return where.at(key.Mark(), Text::tr("%1 is a choice without options; add an options: list").arg(what));
    if (const auto def = findKey(value, "default")) {
        if (!def->value.IsScalar() && !def->value.IsNull())
            return where.at(def->value.Mark(), Text::tr("%1.default must be text, not %2").arg(what, typeName(def->value)));
        input.hasDefault = def->value.IsScalar();
        input.defaultValue = input.hasDefault ? qstr(def->value.Scalar()) : QString();
    }
    return input;
}

} // namespace

const WorkflowDispatchInput *WorkflowFile::input(const QString &inputName) const
{
    for (const WorkflowDispatchInput &candidate : inputs) {
        if (candidate.name == inputName)
            return &candidate;
    }
    return nullptr;
}

bool WorkflowFile::runNameCarriesCorrelationId() const
{
    if (!declares(QStringLiteral("correlation_id")))
        return false;
    // Inside any ${{ }} expression, as inputs.correlation_id or github.event.inputs.correlation_id.
    static const QRegularExpression expression(QStringLiteral(R"(\$\{\{(.*?)\}\})"));
    static const QRegularExpression reference(QStringLiteral(R"((?<![\w.])(github\.event\.)?inputs\.correlation_id(?!\w))"));
    for (auto it = expression.globalMatch(runName); it.hasNext();) {
        if (reference.match(it.next().captured(1)).hasMatch())
            return true;
    }
    return false;
}

QStringList WorkflowFile::warnings() const
{
    QStringList list;
    if (!runNameCarriesCorrelationId())
        list << path + QStringLiteral(": ") + correlationRequirementMessage();
    return list;
}

QString correlationRequirementMessage()
{
    return Text::tr("the console cannot identify runs on servers that do not return run details: add input "
              "correlation_id and put ${{ inputs.correlation_id }} in run-name (docs/cli.md#workflow-requirements)");
}

Expected<QString> workflowFilePath(const QString &workflow)
{
    static const QRegularExpression fileName(QStringLiteral(R"(^[A-Za-z0-9_.-]+\.ya?ml$)"));
    if (!fileName.match(workflow).hasMatch()) {
        return Error{Text::tr("the workflow \"%1\" is not a file name such as release-train.yml, so the console cannot read its "
                        "inputs from the clone; set github.workflow in .release-console.yaml to the file's name")
                         .arg(workflow),
                     {}};
    }
    return QStringLiteral(".github/workflows/") + workflow;
}

Expected<WorkflowFile> parseWorkflowFile(const QByteArray &bytes, const QString &displayPath)
{
    const Locator where{displayPath};
    QByteArray text = bytes;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    if (tooDeep(text))
        return Error{Text::tr("collections are nested deeper than %1 levels; a workflow file nests a few levels at most").arg(maxDepth),
                     displayPath};

    YAML::Node document;
    try {
        document = YAML::Load(std::string(text.constData(), std::size_t(text.size())));
    } catch (const YAML::Exception &e) {
        return where.at(e.mark, Text::tr("YAML syntax error: %1; check the indentation and quoting here").arg(qstr(e.msg)));
    } catch (const std::exception &e) {
        return Error{Text::tr("the file could not be read as YAML: %1").arg(QString::fromLocal8Bit(e.what())), displayPath};
    }

    try {
        if (!document.IsMap())
            return where.at(document.Mark(), Text::tr("a workflow file is a mapping with name, on and jobs, not %1").arg(typeName(document)));

        WorkflowFile workflow;
        workflow.path = displayPath;
        if (const auto name = findKey(document, "name"); name && name->value.IsScalar())
            workflow.name = qstr(name->value.Scalar());
        if (const auto runName = findKey(document, "run-name")) {
            if (!runName->value.IsScalar())
                return where.at(runName->value.Mark(), Text::tr("run-name must be text, not %1").arg(typeName(runName->value)));
            workflow.runName = qstr(runName->value.Scalar());
        }

        // YAML 1.1 readers turn a bare `on` into true; yaml-cpp keeps it as written, and some
        // files quote it. Either spelling means the triggers.
        std::optional<Entry> on = findKey(document, "on");
        if (!on)
            on = findKey(document, "true");
        if (!on)
            return where.at(document.Mark(), Text::tr("the workflow has no on: triggers; add on: workflow_dispatch with its inputs"));

        YAML::Node dispatch;
        bool found = false;
        const YAML::Node &triggers = on->value;
        if (triggers.IsScalar()) {
            found = triggers.Scalar() == "workflow_dispatch";
        } else if (triggers.IsSequence()) {
            for (const YAML::Node &trigger : triggers)
                found = found || (trigger.IsScalar() && trigger.Scalar() == "workflow_dispatch");
        } else if (triggers.IsMap()) {
            if (const auto entry = findKey(triggers, "workflow_dispatch")) {
                found = true;
                dispatch = entry->value;
            }
        }
        if (!found) {
            return where.at(triggers.Mark(), Text::tr("the workflow cannot be dispatched: its on: triggers lack workflow_dispatch; "
                                                "add workflow_dispatch with inputs release_id, action, dry_run and correlation_id"));
        }
        workflow.dispatchable = true;

        if (dispatch.IsDefined() && !dispatch.IsNull()) {
            if (!dispatch.IsMap())
                return where.at(dispatch.Mark(), Text::tr("workflow_dispatch must be a mapping with inputs:, not %1").arg(typeName(dispatch)));
            if (const auto inputs = findKey(dispatch, "inputs"); inputs && !inputs->value.IsNull()) {
                if (!inputs->value.IsMap())
                    return where.at(inputs->value.Mark(), Text::tr("workflow_dispatch.inputs must be a mapping of input names, not %1")
                                                              .arg(typeName(inputs->value)));
                for (const auto &entry : inputs->value) {
                    if (!entry.first.IsScalar())
                        return where.at(entry.first.Mark(), Text::tr("input names must be plain names, not %1").arg(typeName(entry.first)));
                    Expected<WorkflowDispatchInput> input = readInput(entry.first, entry.second, where);
                    if (!input)
                        return input.error();
                    workflow.inputs.push_back(std::move(*input));
                }
            }
        }
        return workflow;
    } catch (const YAML::Exception &e) {
        return where.at(e.mark, Text::tr("the workflow could not be read: %1").arg(qstr(e.msg)));
    }
}

Expected<WorkflowFile> readWorkflowFile(const Repository &repo, const QString &workflow)
{
    const Expected<QString> relative = workflowFilePath(workflow);
    if (!relative)
        return relative.error();
    QFile file(QDir(repo.workdir()).filePath(*relative));
    if (!file.exists()) {
        return Error{Text::tr("the workflow file %1 does not exist in the clone; check github.workflow in .release-console.yaml "
                        "(now \"%2\") or pull the branch that has the workflow")
                         .arg(*relative, workflow),
                     *relative};
    }
    if (!file.open(QIODevice::ReadOnly))
        return Error{Text::tr("the workflow file could not be read: %1").arg(file.errorString()), *relative};
    return parseWorkflowFile(file.readAll(), *relative);
}

} // namespace rc::core
