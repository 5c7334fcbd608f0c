#include "cli.h"
#include "clicommon.h"

#include "github/githubclient.h"
#include "github/githubsettings.h"
#include "rules/repositoryrules.h"

#include <QEventLoop>

namespace rc::cli {

using namespace detail;

std::optional<Cli::GitHubAccess> Cli::resolveGitHub(Context &context, const QString &tokenUse, int &exitCode)
{
    core::Expected<core::RepositoryRules> rules = core::loadRepositoryRules(*context.repo);
    if (!rules) {
        exitCode = fail(ExitInvalidInput, rules.error().toString());
        return std::nullopt;
    }
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const core::OriginInfo origin = core::readOriginInfo(*context.repo);
    core::GitHubSettingsSources sources;
    sources.rule = rules->github;
    sources.originUrl = origin.url;
    sources.remoteDefaultBranch = origin.defaultBranch;
    sources.environment = environment;
    sources.useEnvironment = true;
    core::Expected<core::GitHubSettings> settings = core::resolveGitHubSettings(sources);
    if (!settings) {
        exitCode = fail(ExitInvalidInput, settings.error().toString());
        return std::nullopt;
    }
    core::GitHubToken token = core::gitHubTokenFromEnvironment(environment);
    if (token.isEmpty()) {
        exitCode = fail(ExitFailed, tr("no GitHub token: set GH_TOKEN or GITHUB_TOKEN to a token %1")
                                        .arg(tokenUse.arg(settings->repository.fullName())));
        return std::nullopt;
    }
    return GitHubAccess{std::move(rules).value(), std::move(settings).value(), std::move(token)};
}

int Cli::runGitHub(const QStringList &args)
{
    CommandLine line(QStringLiteral("github"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON (see docs/cli.md)."));
    line.parser.addOption(json);
    if (!line.parser.parse(QStringList{QStringLiteral("releasectl")} + args))
        return fail(ExitInvalidInput, parseError(line.parser) + tr("; see 'releasectl github --help'"));
    if (line.parser.isSet(line.help)) {
        m_out << line.helpText();
        return ExitDone;
    }
    if (!line.parser.positionalArguments().isEmpty())
        return fail(ExitInvalidInput, tr("github takes no arguments; see 'releasectl github --help'"));
    if (line.parser.isSet(line.repo))
        m_repoOption = line.parser.value(line.repo);

    Context context;
    if (!openClone(context))
        return ExitInvalidInput;
    int exitCode = ExitDone;
    const std::optional<GitHubAccess> access = resolveGitHub(context, tr("with access to %1"), exitCode);
    if (!access)
        return exitCode;
    const core::GitHubSettings *settings = &access->settings;
    const core::GitHubToken &token = access->token;

    core::GitHubClient client(settings->apiUrl, token);
    std::optional<core::GitHubConnectionResult> result;
    QEventLoop loop;
    client.testConnection(settings->repository, &loop, [&](const core::GitHubConnectionResult &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    if (!result->ok())
        return fail(ExitFailed, result->error.message);

    const core::GitHubConnectionInfo &info = result->info;
    QStringList permissions;
    for (const auto &[name, has] : {std::pair{"admin", info.admin}, std::pair{"maintain", info.maintain},
                                    std::pair{"push", info.push}, std::pair{"triage", info.triage},
                                    std::pair{"pull", info.pull}}) {
        if (has)
            permissions << QString::fromLatin1(name);
    }

    if (line.parser.isSet(json)) {
        QJsonObject permissionsJson{{QStringLiteral("admin"), info.admin},   {QStringLiteral("maintain"), info.maintain},
                                    {QStringLiteral("push"), info.push},     {QStringLiteral("triage"), info.triage},
                                    {QStringLiteral("pull"), info.pull}};
        const QJsonObject o{
            {QStringLiteral("api_url"), settings->apiUrl.toString()},
            {QStringLiteral("repository"), info.repository.isEmpty() ? settings->repository.fullName() : info.repository},
            {QStringLiteral("private"), info.isPrivate},
            {QStringLiteral("workflow"), settings->workflow},
            {QStringLiteral("ref"), settings->ref},
            {QStringLiteral("login"), info.login},
            {QStringLiteral("token_source"), token.source()},
            {QStringLiteral("oauth_scopes"), jsonStrings(info.oauthScopes)},
            {QStringLiteral("permissions"), permissionsJson},
            {QStringLiteral("can_dispatch"), info.canDispatch()},
            {QStringLiteral("can_write_issues"), info.canWriteIssues()},
            {QStringLiteral("rate_limit"),
             QJsonObject{{QStringLiteral("limit"), info.rateLimit},
                         {QStringLiteral("remaining"), info.rateRemaining},
                         {QStringLiteral("used"), info.rateUsed},
                         {QStringLiteral("reset"), jsonTime(info.rateReset)}}},
        };
        m_out << writeJson(QJsonDocument(o));
        m_out.flush();
        return ExitDone;
    }

    const auto yesNo = [this](bool value) { return value ? tr("yes") : paint(tr("no"), Red); };
    m_out << tr("API:          %1 (%2)").arg(settings->apiUrl.toDisplayString(), settings->apiUrlSource) << '\n';
    m_out << tr("Repository:   %1 (%2)%3")
                 .arg(info.repository.isEmpty() ? settings->repository.fullName() : info.repository,
                      settings->repositorySource, info.isPrivate ? tr(", private") : QString())
          << '\n';
    m_out << tr("Workflow:     %1 on %2").arg(settings->workflow, settings->ref) << '\n';
    m_out << tr("Signed in as: %1 (token from %2)").arg(paint(info.login, Bold), token.source()) << '\n';
    if (!info.oauthScopes.isEmpty())
        m_out << tr("Token scopes: %1").arg(info.oauthScopes.join(QLatin1String(", "))) << '\n';
    m_out << tr("Permissions:  %1").arg(permissions.isEmpty() ? tr("none") : permissions.join(QLatin1String(", ")))
          << '\n';
    m_out << tr("May dispatch workflows: %1").arg(yesNo(info.canDispatch())) << '\n';
    m_out << tr("May write issues:       %1").arg(yesNo(info.canWriteIssues())) << '\n';
    m_out << tr("Rate limit:   %1 of %2 left, resets %3")
                 .arg(info.rateRemaining)
                 .arg(info.rateLimit)
                 .arg(humanTime(info.rateReset))
          << Qt::endl;
    return ExitDone;
}

} // namespace rc::cli
