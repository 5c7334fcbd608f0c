#include "git/repository.h"
#include "github/workflowfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rc::core;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return file.readAll();
}

QByteArray demoWorkflow()
{
    return readFile(QStringLiteral(RC_SOURCE_DIR "/resources/demo/release-train.yml"));
}

QByteArray dataWorkflow(const char *name)
{
    return readFile(QStringLiteral(RC_TEST_DATA "/github/workflows/%1").arg(QLatin1String(name)));
}

// A minimal dispatchable workflow with `runName` and the inputs named in `inputs`.
QByteArray workflowWith(const QString &runName, const QStringList &inputs)
{
    QString text = QStringLiteral("name: W\n");
    if (!runName.isNull())
        text += QStringLiteral("run-name: \"%1\"\n").arg(runName);
    text += QStringLiteral("on:\n  workflow_dispatch:\n    inputs:\n");
    for (const QString &input : inputs)
        text += QStringLiteral("      %1:\n        required: false\n").arg(input);
    text += QStringLiteral("jobs: {}\n");
    return text.toUtf8();
}

} // namespace

class TestWorkflowFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheDemoWorkflow();
    void warnsWithoutCorrelationId();
    void runNameCarriesCorrelationId_data();
    void runNameCarriesCorrelationId();
    void triggerForms_data();
    void triggerForms();
    void errorsNameFileLineColumn_data();
    void errorsNameFileLineColumn();
    void readsFromTheClone();
    void workflowMustBeAFileName_data();
    void workflowMustBeAFileName();
};

void TestWorkflowFile::readsTheDemoWorkflow()
{
    const Expected<WorkflowFile> workflow = parseWorkflowFile(demoWorkflow(), QStringLiteral(".github/workflows/release-train.yml"));
    QVERIFY2(workflow, qPrintable(workflow ? QString() : workflow.error().toString()));
    QCOMPARE(workflow->name, QStringLiteral("Release Train"));
    QCOMPARE(workflow->runName, QStringLiteral("${{ inputs.action }} ${{ inputs.release_id }} [${{ inputs.correlation_id }}]"));
    QVERIFY(workflow->dispatchable);

    QStringList names;
    for (const WorkflowDispatchInput &input : workflow->inputs)
        names << input.name;
    QCOMPARE(names, (QStringList{"release_id", "action", "dry_run", "correlation_id", "reason"}));

    const WorkflowDispatchInput *releaseId = workflow->input(QStringLiteral("release_id"));
    QVERIFY(releaseId);
    QVERIFY(releaseId->required);
    QVERIFY(!releaseId->hasDefault);
    QCOMPARE(releaseId->line, 10);
    QCOMPARE(releaseId->column, 7);

    const WorkflowDispatchInput *action = workflow->input(QStringLiteral("action"));
    QVERIFY(action);
    QCOMPARE(action->type, QStringLiteral("choice"));
    QCOMPARE(action->options, (QStringList{"create_release", "request_signoffs", "check_signoffs", "deploy_production", "rollback"}));

    const WorkflowDispatchInput *dryRun = workflow->input(QStringLiteral("dry_run"));
    QVERIFY(dryRun);
    QCOMPARE(dryRun->type, QStringLiteral("boolean"));
    QVERIFY(dryRun->hasDefault);
    QCOMPARE(dryRun->defaultValue, QStringLiteral("true"));
    QVERIFY(!dryRun->required);

    QVERIFY(workflow->declares(QStringLiteral("reason")));
    QVERIFY(!workflow->declares(QStringLiteral("force")));
    QVERIFY(workflow->runNameCarriesCorrelationId());
    QVERIFY(workflow->warnings().isEmpty());
}

void TestWorkflowFile::warnsWithoutCorrelationId()
{
    const Expected<WorkflowFile> workflow = parseWorkflowFile(dataWorkflow("no-correlation.yml"), QStringLiteral("no-correlation.yml"));
    QVERIFY2(workflow, qPrintable(workflow ? QString() : workflow.error().toString()));
    QVERIFY(workflow->runName.isEmpty());
    QVERIFY(!workflow->declares(QStringLiteral("correlation_id")));
    QVERIFY(!workflow->runNameCarriesCorrelationId());
    QCOMPARE(workflow->warnings().size(), 1);
    const QString warning = workflow->warnings().first();
    QVERIFY2(warning.startsWith(QLatin1String("no-correlation.yml: ")), qPrintable(warning));
    QVERIFY2(warning.contains(QLatin1String("add input correlation_id and put ${{ inputs.correlation_id }} in run-name")), qPrintable(warning));
    QVERIFY2(warning.contains(QLatin1String("docs/cli.md#workflow-requirements")), qPrintable(warning));
}

void TestWorkflowFile::runNameCarriesCorrelationId_data()
{
    QTest::addColumn<QString>("runName");
    QTest::addColumn<QStringList>("inputs");
    QTest::addColumn<bool>("carries");

    const QStringList withId{"release_id", "correlation_id"};
    QTest::addRow("spaced expression") << "deploy [${{ inputs.correlation_id }}]" << withId << true;
    QTest::addRow("tight expression") << "${{inputs.correlation_id}}" << withId << true;
    QTest::addRow("event inputs") << "x ${{ github.event.inputs.correlation_id }}" << withId << true;
    QTest::addRow("inside a format call") << "${{ format('{0} {1}', inputs.release_id, inputs.correlation_id) }}" << withId << true;
    QTest::addRow("plain text, no expression") << "inputs.correlation_id" << withId << false;
    QTest::addRow("another input") << "${{ inputs.correlation_idx }}" << withId << false;
    QTest::addRow("declared, not in run-name") << "${{ inputs.release_id }}" << withId << false;
    QTest::addRow("in run-name, not declared") << "${{ inputs.correlation_id }}" << QStringList{"release_id"} << false;
    QTest::addRow("no run-name") << QString() << withId << false;
}

void TestWorkflowFile::runNameCarriesCorrelationId()
{
    QFETCH(QString, runName);
    QFETCH(QStringList, inputs);
    QFETCH(bool, carries);
    const Expected<WorkflowFile> workflow = parseWorkflowFile(workflowWith(runName, inputs), QStringLiteral("w.yml"));
    QVERIFY2(workflow, qPrintable(workflow ? QString() : workflow.error().toString()));
    QCOMPARE(workflow->runNameCarriesCorrelationId(), carries);
    QCOMPARE(workflow->warnings().isEmpty(), carries);
}

void TestWorkflowFile::triggerForms_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("inputs");

    QTest::addRow("a single word") << QByteArray("on: workflow_dispatch\njobs: {}\n") << 0;
    QTest::addRow("a list") << QByteArray("on: [push, workflow_dispatch]\njobs: {}\n") << 0;
    QTest::addRow("a mapping without inputs") << QByteArray("on:\n  push:\n  workflow_dispatch:\njobs: {}\n") << 0;
    QTest::addRow("a quoted on") << QByteArray("\"on\":\n  workflow_dispatch:\n    inputs:\n      a:\n      b:\n        type: string\njobs: {}\n") << 2;
}

void TestWorkflowFile::triggerForms()
{
    QFETCH(QByteArray, text);
    QFETCH(int, inputs);
    const Expected<WorkflowFile> workflow = parseWorkflowFile(text, QStringLiteral("w.yml"));
    QVERIFY2(workflow, qPrintable(workflow ? QString() : workflow.error().toString()));
    QVERIFY(workflow->dispatchable);
    QCOMPARE(int(workflow->inputs.size()), inputs);
}

void TestWorkflowFile::errorsNameFileLineColumn_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("message");

    QTest::addRow("broken YAML") << QByteArray("name: W\non:\n  workflow_dispatch:\n    inputs: [a\n") << "w.yml:5:1"
                                 << "YAML syntax error";
    QTest::addRow("options not a list") << dataWorkflow("bad-options.yml") << "w.yml:9:18" << "inputs.action.options must be a list";
    QTest::addRow("no workflow_dispatch") << dataWorkflow("push-only.yml") << "w.yml:2:5" << "lack workflow_dispatch";
    QTest::addRow("no triggers") << QByteArray("name: W\njobs: {}\n") << "w.yml:1:1" << "has no on: triggers";
    QTest::addRow("choice without options")
        << QByteArray("on:\n  workflow_dispatch:\n    inputs:\n      action:\n        type: choice\n") << "w.yml:4:7"
        << "inputs.action is a choice without options";
    QTest::addRow("required is not a boolean")
        << QByteArray("on:\n  workflow_dispatch:\n    inputs:\n      release_id:\n        required: maybe\n") << "w.yml:5:19"
        << "inputs.release_id.required must be true or false";
    QTest::addRow("unknown type")
        << QByteArray("on:\n  workflow_dispatch:\n    inputs:\n      n:\n        type: integer\n") << "w.yml:5:15"
        << "inputs.n.type \"integer\" is not one of";
    QTest::addRow("inputs not a mapping")
        << QByteArray("on:\n  workflow_dispatch:\n    inputs: [a, b]\n") << "w.yml:3:13" << "workflow_dispatch.inputs must be a mapping";
    QTest::addRow("not a mapping") << QByteArray("- a\n- b\n") << "w.yml:1:1" << "a workflow file is a mapping";
    QTest::addRow("deeply nested") << QByteArray(200, '[') << "w.yml" << "nested deeper than";
}

void TestWorkflowFile::errorsNameFileLineColumn()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, location);
    QFETCH(QString, message);
    const Expected<WorkflowFile> workflow = parseWorkflowFile(text, QStringLiteral("w.yml"));
    QVERIFY(!workflow);
    QCOMPARE(workflow.error().location, location);
    QVERIFY2(workflow.error().message.contains(message), qPrintable(workflow.error().toString()));
}

void TestWorkflowFile::readsFromTheClone()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Expected<Repository> repo = Repository::init(dir.path());
    QVERIFY2(repo, qPrintable(repo ? QString() : repo.error().toString()));

    const Expected<WorkflowFile> missing = readWorkflowFile(*repo, QStringLiteral("release-train.yml"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().location, QStringLiteral(".github/workflows/release-train.yml"));
    QVERIFY2(missing.error().message.contains(QLatin1String("does not exist in the clone")), qPrintable(missing.error().message));
    QVERIFY2(missing.error().message.contains(QLatin1String("github.workflow")), qPrintable(missing.error().message));

    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral(".github/workflows")));
    QFile file(dir.filePath(QStringLiteral(".github/workflows/release-train.yml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(demoWorkflow());
    file.close();
    const Expected<WorkflowFile> workflow = readWorkflowFile(*repo, QStringLiteral("release-train.yml"));
    QVERIFY2(workflow, qPrintable(workflow ? QString() : workflow.error().toString()));
    QCOMPARE(workflow->path, QStringLiteral(".github/workflows/release-train.yml"));
    QCOMPARE(int(workflow->inputs.size()), 5);

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("name: W\non:\n  workflow_dispatch:\n    inputs:\n      a: [\n");
    file.close();
    const Expected<WorkflowFile> broken = readWorkflowFile(*repo, QStringLiteral("release-train.yml"));
    QVERIFY(!broken);
    QVERIFY2(broken.error().location.startsWith(QLatin1String(".github/workflows/release-train.yml:")),
             qPrintable(broken.error().toString()));
}

void TestWorkflowFile::workflowMustBeAFileName_data()
{
    QTest::addColumn<QString>("workflow");
    QTest::addColumn<bool>("ok");
    QTest::addRow("yml") << "release-train.yml" << true;
    QTest::addRow("yaml") << "deploy.yaml" << true;
    QTest::addRow("numeric id") << "161335" << false;
    QTest::addRow("a path") << "../secrets.yml" << false;
    QTest::addRow("a subfolder") << "sub/release.yml" << false;
}

void TestWorkflowFile::workflowMustBeAFileName()
{
    QFETCH(QString, workflow);
    QFETCH(bool, ok);
    const Expected<QString> path = workflowFilePath(workflow);
    QCOMPARE(bool(path), ok);
    if (ok)
        QCOMPARE(*path, QStringLiteral(".github/workflows/") + workflow);
    else
        QVERIFY2(path.error().message.contains(QLatin1String("github.workflow")), qPrintable(path.error().message));
}

QTEST_GUILESS_MAIN(TestWorkflowFile)
#include "tst_workflowfile.moc"
