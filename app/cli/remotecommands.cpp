#include "cli.h"
#include "clicommon.h"

namespace rc::cli {

using namespace detail;

int Cli::runFetch(const QStringList &args)
{
    Q_UNUSED(args)
    return fail(ExitFailed, tr("fetch is not available in this build"));
}

int Cli::runPush(const QStringList &args)
{
    Q_UNUSED(args)
    return fail(ExitFailed, tr("push is not available in this build"));
}

} // namespace rc::cli
