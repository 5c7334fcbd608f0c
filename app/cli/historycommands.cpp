#include "cli.h"
#include "clicommon.h"

namespace rc::cli {

using namespace detail;

int Cli::runChanges(const QStringList &args)
{
    Q_UNUSED(args)
    return fail(ExitFailed, tr("changes is not available in this build"));
}

int Cli::runCreate(const QStringList &args)
{
    Q_UNUSED(args)
    return fail(ExitFailed, tr("create is not available in this build"));
}

int Cli::runHotfix(const QStringList &args)
{
    Q_UNUSED(args)
    return fail(ExitFailed, tr("hotfix is not available in this build"));
}

} // namespace rc::cli
