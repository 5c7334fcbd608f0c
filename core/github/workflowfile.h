#pragma once

#include "expected.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace rc::core {

class Repository;

/// One `on.workflow_dispatch.inputs.<name>` of a workflow file.
struct WorkflowDispatchInput
{
    QString name;
    QString description;
    bool required = false;
    QString type; ///< "string", "choice", "boolean", "number", "environment"; empty means string
    QStringList options; ///< for type choice
    QString defaultValue; ///< as written; "true"/"false" for booleans; empty when none
    bool hasDefault = false;
    int line = 0; ///< 1-based position of the input's key in the file
    int column = 0;
};

/// What the console needs to know of the release workflow before dispatching it: which inputs it
/// declares (GitHub refuses a dispatch with inputs the workflow does not declare: 422 "Unexpected
/// inputs provided") and whether its `run-name` carries the correlation id, without which a run
/// cannot be identified on servers that do not answer the dispatch with the run's details.
struct WorkflowFile
{
    QString path; ///< relative to the work tree: ".github/workflows/release-train.yml"
    QString name; ///< the workflow's `name:`; empty when absent
    QString runName; ///< the workflow's `run-name:` as written; empty when absent
    bool dispatchable = false; ///< `on:` includes workflow_dispatch
    std::vector<WorkflowDispatchInput> inputs; ///< in file order

    const WorkflowDispatchInput *input(const QString &inputName) const;
    bool declares(const QString &inputName) const { return input(inputName) != nullptr; }
    /// The run-name mentions `inputs.correlation_id` (in any `${{ }}` expression) and the
    /// correlation_id input is declared.
    bool runNameCarriesCorrelationId() const;
    /// Plain-words problems that do not stop a dispatch on servers that return run details but
    /// make runs unidentifiable elsewhere (see correlationRequirementMessage()).
    QStringList warnings() const;
};

/// "the console cannot identify runs on servers that do not return run details: add input
/// correlation_id and put ${{ inputs.correlation_id }} in run-name (docs/cli.md#workflow-requirements)"
QString correlationRequirementMessage();

/// ".github/workflows/" + `workflow` for a file name ("release-train.yml"); an error for a
/// numeric workflow id or a name with a path, which cannot be read from the clone.
Expected<QString> workflowFilePath(const QString &workflow);

/// Parses a workflow file's text. `displayPath` names the file in errors, which carry
/// "file:line:column". Fails when the YAML is broken, `on:` has no workflow_dispatch, or an
/// input has a wrong shape (options that are not a list, a choice without options, ...).
Expected<WorkflowFile> parseWorkflowFile(const QByteArray &bytes, const QString &displayPath);

/// Reads `.github/workflows/<workflow>` from the clone's work tree and parses it. A missing file
/// fails with a message naming the path and the `github.workflow` setting.
Expected<WorkflowFile> readWorkflowFile(const Repository &repo, const QString &workflow);

} // namespace rc::core
