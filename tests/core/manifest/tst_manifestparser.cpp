#include "manifestparser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace rc::core;

namespace {

const QString kData = QStringLiteral(RC_SOURCE_DIR "/tests/data");
const QString kSeed = QStringLiteral(RC_SOURCE_DIR "/resources/demo/2024-01-15-release.yaml");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

QString where(const Diagnostic &d)
{
    return QStringLiteral("%1:%2").arg(d.location.line).arg(d.location.column);
}

QString allMessages(const std::vector<Diagnostic> &list)
{
    QStringList out;
    for (const Diagnostic &d : list)
        out << d.toString();
    return out.join(QLatin1Char('\n'));
}

// The create-release job of the seed's workflow, with its shell expanded.
const char kCreatedBySeedJob[] = "release:\n"
                                 "  id: rel-2024-02-06-001\n"
                                 "  created_at: 2024-02-06T09:12:44Z\n"
                                 "  created_by: octocat\n"
                                 "  status: draft\n"
                                 "\n"
                                 "components:\n"
                                 "  - name: api\n"
                                 "    sign_off: pending\n"
                                 "  - name: portal\n"
                                 "    sign_off: pending\n"
                                 "\n"
                                 "checklist:\n"
                                 "  - item: \"All team sign-offs received\"\n"
                                 "    status: pending\n"
                                 "    required: true\n"
                                 "  - item: \"Integration tests passing\"\n"
                                 "    status: pending\n"
                                 "    required: true\n"
                                 "  - item: \"Security scan clean\"\n"
                                 "    status: pending\n"
                                 "    required: true\n"
                                 "  - item: \"Rollback plan documented\"\n"
                                 "    status: pending\n"
                                 "    required: true\n";

} // namespace

class tst_ManifestParser : public QObject
{
    Q_OBJECT

private slots:
    void seedManifest();
    void createReleaseJobOutput();
    void encodings_data();
    void encodings();
    void values_data();
    void values();
    void unknownKeysWarn_data();
    void unknownKeysWarn();
    void yamlCppKeepsDuplicateKeys();
    void brokenCorpus_data();
    void brokenCorpus();
    void oversizeFile();
    void limitsAreConfigurable();
};

void tst_ManifestParser::seedManifest()
{
    const ParseResult r = parseManifest(readFile(kSeed), QStringLiteral("releases/2024-01-15-release.yaml"));
    QVERIFY2(r.ok(), qPrintable(allMessages(r.errors)));
    QVERIFY2(r.warnings.empty(), qPrintable(allMessages(r.warnings)));
    const Manifest &m = *r.manifest;

    QCOMPARE(m.release.id, QStringLiteral("rel-2024-01-15-001"));
    QCOMPARE(m.release.scheduledAt, utc("2024-01-15T10:00:00Z"));
    QCOMPARE(m.release.scheduledAt.timeSpec(), Qt::UTC);
    QCOMPARE(m.release.releaseManager, QStringLiteral("@john.doe"));
    QCOMPARE(toString(m.release.status), toString(ReleaseStatus::PendingApproval));
    QVERIFY(m.release.type.isEmpty());
    QVERIFY(!m.release.createdAt.isValid());

    QCOMPARE(m.components.size(), std::size_t(4));
    const Component &api = m.components[0];
    QCOMPARE(api.name, QStringLiteral("api"));
    QCOMPARE(api.currentVersion, QStringLiteral("v1.2.3"));
    QCOMPARE(api.newVersion, QStringLiteral("v1.3.0"));
    QCOMPARE(api.changes, (QStringList{QStringLiteral("feat: Add placement bulk upload endpoint"),
                                       QStringLiteral("fix: Rate limiting edge case")}));
    QCOMPARE(api.team, QStringLiteral("api-team"));
    QCOMPARE(api.teamLead, QStringLiteral("@alice"));
    QCOMPARE(toString(api.signOff), toString(SignOff::Pending));
    QCOMPARE(api.location, (SourceLocation{9, 5}));

    const Component &placement = m.components[1];
    QCOMPARE(placement.name, QStringLiteral("placement-service"));
    QCOMPARE(toString(placement.signOff), toString(SignOff::Approved));
    QCOMPARE(placement.approvedBy, QStringLiteral("@bob"));
    QCOMPARE(placement.approvedAt, utc("2024-01-14T15:30:00Z"));

    QCOMPARE(m.components[2].name, QStringLiteral("portal"));
    QCOMPARE(toString(m.components[2].signOff), toString(SignOff::Approved));
    QVERIFY(m.components[2].approvedBy.isEmpty());

    const Component &workers = m.components[3];
    QCOMPARE(workers.newVersion, QStringLiteral("v1.5.0")); // the trailing comment is not part of it
    QVERIFY(workers.changes.isEmpty());
    QVERIFY(workers.teamLead.isEmpty());
    QCOMPARE(toString(workers.signOff), toString(SignOff::NotRequired));
    QCOMPARE(m.signOffsNeeded(), 3);
    QCOMPARE(m.signOffsApproved(), 2);

    QCOMPARE(m.validation.size(), std::size_t(5));
    QCOMPARE(m.validation[0].key, QStringLiteral("staging_deployed"));
    QCOMPARE(m.validation[0].value, QStringLiteral("true"));
    QVERIFY(!m.validation[0].failed);
    QCOMPARE(m.validation[1].value, QStringLiteral("2024-01-14T09:00:00Z"));
    QCOMPARE(m.validation[2].key, QStringLiteral("integration_tests"));
    QCOMPARE(m.validation[2].value, QStringLiteral("passed"));
    for (const ValidationEntry &e : m.validation)
        QVERIFY2(!e.failed, qPrintable(e.key));

    QCOMPARE(m.checklist.size(), std::size_t(7));
    QCOMPARE(m.checklist[0].item, QStringLiteral("All team sign-offs received"));
    QCOMPARE(toString(m.checklist[0].status), toString(ChecklistStatus::Pending));
    QVERIFY(m.checklist[0].required);
    QCOMPARE(toString(m.checklist[1].status), toString(ChecklistStatus::Completed));
    QCOMPARE(m.checklist[1].completedBy, QStringLiteral("@ci-bot"));
    QVERIFY(!m.checklist[1].required);
    QCOMPARE(m.checklist[6].item, QStringLiteral("On-call team notified"));
    QCOMPARE(m.checklist[6].location, (SourceLocation{74, 5}));

    QCOMPARE(m.approvals.size(), std::size_t(4));
    QCOMPARE(m.approvals[1].role, QStringLiteral("Tech Lead"));
    QCOMPARE(m.approvals[1].user, QStringLiteral("@tech-lead"));
    QCOMPARE(toString(m.approvals[1].status), toString(ApprovalStatus::Pending));
    QCOMPARE(toString(m.approvals[3].status), toString(ApprovalStatus::Approved));
    QVERIFY(m.approval(QStringLiteral("QA Lead")));
    QVERIFY(!m.approval(QStringLiteral("CEO")));
    QVERIFY(m.component(QStringLiteral("portal")));
}

void tst_ManifestParser::createReleaseJobOutput()
{
    const ParseResult r = parseManifest(QByteArray(kCreatedBySeedJob), QStringLiteral("releases/new.yaml"));
    QVERIFY2(r.ok(), qPrintable(allMessages(r.errors)));
    QVERIFY(r.warnings.empty());
    const Manifest &m = *r.manifest;
    QCOMPARE(m.release.id, QStringLiteral("rel-2024-02-06-001"));
    QCOMPARE(m.release.createdAt, utc("2024-02-06T09:12:44Z"));
    QCOMPARE(m.release.createdBy, QStringLiteral("octocat"));
    QCOMPARE(toString(m.release.status), toString(ReleaseStatus::Draft));
    QCOMPARE(m.components.size(), std::size_t(2));
    QCOMPARE(m.components[1].name, QStringLiteral("portal"));
    QVERIFY(m.components[1].team.isEmpty());
    QVERIFY(m.validation.empty());
    QVERIFY(m.approvals.empty());
    QCOMPARE(m.checklist.size(), std::size_t(4));
    QVERIFY(m.checklist[3].required);
    QCOMPARE(m.checklist[3].item, QStringLiteral("Rollback plan documented"));
}

void tst_ManifestParser::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray seed = readFile(kSeed);
    QByteArray crlf = seed;
    crlf.replace("\n", "\r\n");
    QTest::addRow("LF") << seed;
    QTest::addRow("CRLF") << crlf;
    QTest::addRow("BOM + LF") << QByteArray("\xEF\xBB\xBF") + seed;
    QTest::addRow("BOM + CRLF") << QByteArray("\xEF\xBB\xBF") + crlf;
}

void tst_ManifestParser::encodings()
{
    QFETCH(QByteArray, bytes);
    const ParseResult reference = parseManifest(readFile(kSeed), QStringLiteral("x.yaml"));
    const ParseResult r = parseManifest(bytes, QStringLiteral("x.yaml"));
    QVERIFY2(r.ok(), qPrintable(allMessages(r.errors)));
    QCOMPARE(*r.manifest, *reference.manifest);
    // Lines and columns are the same whatever the encoding details.
    QCOMPARE(r.manifest->checklist[6].location, reference.manifest->checklist[6].location);
    QCOMPARE(r.manifest->components[3].newVersion, QStringLiteral("v1.5.0"));
}

void tst_ManifestParser::values_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    const QByteArray head = "release:\n  id: rel-1\n";
    QTest::addRow("time with offset") << head + "  scheduled_at: 2024-01-15T11:00:00+01:00\n"
                                      << "scheduled_at" << "2024-01-15T10:00:00Z";
    QTest::addRow("time quoted") << head + "  scheduled_at: \"2024-01-15T10:00:00Z\"\n"
                                 << "scheduled_at" << "2024-01-15T10:00:00Z";
    QTest::addRow("time without zone is UTC") << head + "  scheduled_at: 2024-01-15T10:00:00\n"
                                              << "scheduled_at" << "2024-01-15T10:00:00Z";
    QTest::addRow("time with space") << head + "  scheduled_at: 2024-01-15 10:00:00Z\n"
                                     << "scheduled_at" << "2024-01-15T10:00:00Z";
    QTest::addRow("version 1.2 is text") << head + "components:\n  - name: api\n    new_version: 1.20\n"
                                         << "new_version" << "1.20";
    QTest::addRow("numeric id is text") << QByteArray("release:\n  id: 20240115\n") << "id" << "20240115";
    QTest::addRow("plain text with brackets and apostrophes")
        << head + "components:\n  - name: api\n    reason: see [docs and {more\n    new_version: it's v2 [beta]\n"
        << "new_version" << "it's v2 [beta]";
    QTest::addRow("release type") << head + "  type: hotfix\n" << "type" << "hotfix";
    QTest::addRow("validation failed") << head + "validation:\n  integration_tests: failed\n"
                                       << "validation" << "integration_tests=failed:1";
    QTest::addRow("validation failing") << head + "validation:\n  e2e: Failing\n" << "validation" << "e2e=Failing:1";
    QTest::addRow("validation error") << head + "validation:\n  lint: error\n" << "validation" << "lint=error:1";
    QTest::addRow("validation boolean false") << head + "validation:\n  staging_deployed: false\n"
                                              << "validation" << "staging_deployed=false:1";
    QTest::addRow("validation passed") << head + "validation:\n  security_scan: passed\n"
                                       << "validation" << "security_scan=passed:0";
    QTest::addRow("validation empty value") << head + "validation:\n  smoke:\n" << "validation" << "smoke=:0";
    QTest::addRow("required false") << head + "checklist:\n  - item: x\n    required: false\n"
                                    << "required" << "false";
    QTest::addRow("required yes") << head + "checklist:\n  - item: x\n    required: yes\n" << "required" << "true";
    QTest::addRow("empty components") << head + "components:\n" << "components" << "0";
    QTest::addRow("flow components") << head + "components: [{name: api, sign_off: approved}]\n"
                                     << "components" << "1";
}

void tst_ManifestParser::values()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const ParseResult r = parseManifest(yaml, QStringLiteral("v.yaml"));
    QVERIFY2(r.ok(), qPrintable(allMessages(r.errors)));
    const Manifest &m = *r.manifest;
    QString actual;
    if (field == QLatin1String("scheduled_at"))
        actual = formatTimestamp(m.release.scheduledAt);
    else if (field == QLatin1String("new_version"))
        actual = m.components.at(0).newVersion;
    else if (field == QLatin1String("id"))
        actual = m.release.id;
    else if (field == QLatin1String("type"))
        actual = m.release.type;
    else if (field == QLatin1String("validation"))
        actual = QStringLiteral("%1=%2:%3").arg(m.validation.at(0).key, m.validation.at(0).value).arg(m.validation.at(0).failed);
    else if (field == QLatin1String("required"))
        actual = m.checklist.at(0).required ? QStringLiteral("true") : QStringLiteral("false");
    else if (field == QLatin1String("components"))
        actual = QString::number(m.components.size());
    QCOMPARE(actual, expected);
}

void tst_ManifestParser::unknownKeysWarn_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("fragment");

    QTest::addRow("top level") << QByteArray("release:\n  id: rel-1\nnotes: hello\n") << "3:1" << "unknown key \"notes\"";
    QTest::addRow("in release") << QByteArray("release:\n  id: rel-1\n  owner: '@x'\n") << "3:3"
                                << "unknown key \"owner\" in release";
    QTest::addRow("in component") << QByteArray("release:\n  id: rel-1\ncomponents:\n  - name: api\n    signoff: approved\n")
                                  << "5:5" << "unknown key \"signoff\" in component \"api\"";
    QTest::addRow("in checklist item")
        << QByteArray("release:\n  id: rel-1\nchecklist:\n  - item: Docs\n    owner: docs-team\n") << "5:5"
        << "unknown key \"owner\" in checklist item \"Docs\"";
    QTest::addRow("in approval") << QByteArray("release:\n  id: rel-1\napprovals:\n  - role: QA\n    due: {day: 1}\n")
                                 << "5:5" << "unknown key \"due\" in approval \"QA\"";
    QTest::addRow("CRLF with BOM") << QByteArray("\xEF\xBB\xBFrelease:\r\n  id: rel-1\r\n  extra: 1\r\n") << "3:3"
                                   << "unknown key \"extra\" in release";
}

void tst_ManifestParser::unknownKeysWarn()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, location);
    QFETCH(QString, fragment);
    const ParseResult r = parseManifest(yaml, QStringLiteral("w.yaml"));
    QVERIFY2(r.ok(), qPrintable(allMessages(r.errors)));
    QCOMPARE(r.warnings.size(), std::size_t(1));
    const Diagnostic &w = r.warnings.front();
    QCOMPARE(w.severity, Diagnostic::Severity::Warning);
    QCOMPARE(where(w), location);
    QVERIFY2(w.message.contains(fragment), qPrintable(w.message));
    QVERIFY2(w.message.contains(QLatin1String("kept")), qPrintable(w.message));
    QVERIFY(w.toString().startsWith(QStringLiteral("w.yaml:") + location + QStringLiteral(": ")));
}

void tst_ManifestParser::yamlCppKeepsDuplicateKeys()
{
    // The duplicate-key check relies on yaml-cpp 0.7 keeping every entry of a mapping, in order,
    // when it iterates (lookups by key only see the first). If an upgrade changes that, this says so.
    const YAML::Node map = YAML::Load("sign_off: pending\nteam: x\nsign_off: approved\n");
    std::vector<std::pair<std::string, std::string>> entries;
    for (const auto &entry : map)
        entries.emplace_back(entry.first.Scalar(), entry.second.Scalar());
    QCOMPARE(entries.size(), std::size_t(3));
    QCOMPARE(QString::fromStdString(entries[2].first), QStringLiteral("sign_off"));
    QCOMPARE(QString::fromStdString(entries[2].second), QStringLiteral("approved"));
    QCOMPARE(map["sign_off"].Scalar(), std::string("pending"));
}

void tst_ManifestParser::brokenCorpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("fragment");

    const auto row = [](const char *file, const char *location, const char *fragment) {
        QTest::addRow("%s", file) << QString::fromLatin1(file) << QString::fromLatin1(location)
                                  << QString::fromUtf8(fragment);
    };
    row("syntax-unclosed-flow.yaml", "5:10", "YAML syntax error: end of sequence flow not found");
    row("syntax-unclosed-quote.yaml", "4:11", "quoted text is never closed; add the closing \"");
    row("syntax-bad-indent.yaml", "6:14", "YAML syntax error: illegal map value; check the indentation");
    row("syntax-map-in-scalar.yaml", "2:12", "YAML syntax error: illegal map value");
    row("syntax-tab-indent.yaml", "2:4", "not tabs: replace the tab on line 2");
    row("syntax-bad-anchor.yaml", "4:13", "the referenced anchor is not defined");
    row("type-components-mapping.yaml", "5:3", "components must be a list of components, not a mapping");
    row("type-release-list.yaml", "2:3", "release must be a mapping with id, status, ..., not a list");
    row("type-changes-text.yaml", "6:14", "changes must be a list of strings, not text (\"feat: one change\")");
    row("type-required-not-bool.yaml", "6:15", "required must be true or false, not \"maybe\"");
    row("type-checklist-item-text.yaml", "5:5", "each entry of checklist must be a mapping of keys, not text");
    row("type-validation-list.yaml", "5:3", "validation must be a mapping of checks to results");
    row("type-team-mapping.yaml", "6:11", "team must be text, not a mapping");
    row("type-root-list.yaml", "1:1", "a manifest must be a mapping that starts with a release: block, not a list");
    row("enum-sign-off.yaml", "15:17", "sign_off must be one of pending, approved, rejected, not_required, not \"maybe\"");
    row("enum-release-status.yaml", "3:11",
        "status must be one of draft, pending_approval, approved, deploying, deployed, rolled_back, cancelled, not \"shipped\"");
    row("enum-checklist-status.yaml", "6:13", "status must be one of pending, completed, not \"done\"");
    row("enum-approval-status.yaml", "7:13", "status must be one of pending, approved, rejected, not \"lgtm\"");
    row("enum-release-type.yaml", "3:9", "type must be one of regular, hotfix, major, not \"weekly\"");
    row("missing-release.yaml", "1:1", "no release: block");
    row("missing-id.yaml", "2:1", "release.id is missing");
    row("empty-id.yaml", "2:3", "release.id is empty");
    row("empty-release.yaml", "1:1", "release is empty; it needs at least id:");
    row("duplicate-key.yaml", "8:5", "duplicate key \"sign_off\" (first at line 6)");
    row("duplicate-top-level.yaml", "5:1", "duplicate key \"release\" (first at line 1)");
    row("duplicate-key-flow.yaml", "1:37", "duplicate key \"id\" (first at line 1)");
    row("alias-bomb.yaml", "4:31", "more than 200000 YAML nodes");
    row("alias-cycle.yaml", "3:7", "alias refers to its own anchor");
    row("deep-flow.yaml", "3:72", "nested deeper than 64 levels");
    row("deep-block.yaml", "67:129", "nested deeper than 64 levels");
    row("deep-dashes.yaml", "4:203", "nested deeper than 64 levels");
    row("deep-flow-json.yaml", "3:193", "nested deeper than 64 levels");
    row("empty.yaml", "1:1", "the file is empty; a manifest needs at least release: with id:");
    row("comments-only.yaml", "1:1", "the file has no content");
    row("bad-timestamp.yaml", "3:17", "scheduled_at must be an ISO 8601 time such as 2024-01-15T10:00:00Z, not \"2024-13-45T25:00:00Z\"");
    row("bad-approved-at.yaml", "7:18", "approved_at must be an ISO 8601 time");
    row("two-documents.yaml", "3:1", "holds more than one YAML document");
    row("document-end-marker.yaml", "4:1", "holds more than one YAML document");
    row("syntax-stray-comma.yaml", "1:1", "YAML syntax error: no mapping could be read from here");
    row("nul-byte.yaml", "2:10", "NUL byte");
    row("invalid-utf8.yaml", "3:19", "invalid UTF-8 (byte 0xe9)");
    row("truncated-utf8.yaml", "2:13", "invalid UTF-8 (byte 0xe2)");
    row("overlong-utf8.yaml", "2:11", "invalid UTF-8 (byte 0xc0)");
    row("control-char.yaml", "3:15", "control character 0x1b");
    row("binary-junk.bin", "1:1", "invalid UTF-8 (byte 0x89)");
}

void tst_ManifestParser::brokenCorpus()
{
    QFETCH(QString, file);
    QFETCH(QString, location);
    QFETCH(QString, fragment);
    const QByteArray bytes = readFile(kData + QStringLiteral("/broken/") + file);

    QElapsedTimer timer;
    timer.start();
    const ParseResult r = parseManifest(bytes, QStringLiteral("releases/") + file);
    const qint64 elapsed = timer.elapsed();

    QVERIFY(!r.ok());
    QVERIFY(!r.errors.empty());
    const Diagnostic &first = r.errors.front();
    QCOMPARE(first.severity, Diagnostic::Severity::Error);
    QCOMPARE(first.file, QStringLiteral("releases/") + file);
    QCOMPARE(where(first), location);
    QVERIFY2(first.message.contains(fragment), qPrintable(first.message));
    QVERIFY(first.toString().startsWith(QStringLiteral("releases/%1:%2: ").arg(file, location)));
    // Hostile files must fail rather than hang or expand exponentially (which takes minutes): the
    // bound catches that under sanitizers on a loaded machine; speed itself is for the benchmarks.
    QVERIFY2(elapsed < 5000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
}

void tst_ManifestParser::oversizeFile()
{
    QByteArray big = "release:\n  id: rel-1\nnotes: |\n";
    const QByteArray line(79, 'x');
    while (big.size() <= ParseLimits{}.maxBytes)
        big += "  " + line + '\n';
    QElapsedTimer timer;
    timer.start();
    const ParseResult r = parseManifest(big, QStringLiteral("releases/big.yaml"));
    QVERIFY(timer.elapsed() < 5000); // a refusal, not a hang
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), std::size_t(1));
    QCOMPARE(r.errors.front().location, SourceLocation{});
    QVERIFY2(r.errors.front().toString().startsWith(QLatin1String("releases/big.yaml: the file is ")),
             qPrintable(r.errors.front().toString()));
    QVERIFY(r.errors.front().message.contains(QLatin1String("larger than 4194304 bytes")));
}

void tst_ManifestParser::limitsAreConfigurable()
{
    const QByteArray seed = readFile(kSeed);
    ParseLimits tight;
    tight.maxNodes = 50;
    ParseResult r = parseManifest(seed, QStringLiteral("s.yaml"), tight);
    QVERIFY(!r.ok());
    QVERIFY(r.errors.front().message.contains(QLatin1String("more than 50 YAML nodes")));

    tight = {};
    tight.maxDepth = 3;
    r = parseManifest(seed, QStringLiteral("s.yaml"), tight);
    QVERIFY(!r.ok());
    QVERIFY(r.errors.front().message.contains(QLatin1String("deeper than 3 levels")));

    tight = {};
    tight.maxBytes = seed.size() - 1;
    QVERIFY(!parseManifest(seed, QStringLiteral("s.yaml"), tight).ok());
    tight.maxBytes = seed.size();
    QVERIFY(parseManifest(seed, QStringLiteral("s.yaml"), tight).ok());
}

QTEST_GUILESS_MAIN(tst_ManifestParser)
#include "tst_manifestparser.moc"
