#include "gitptr.h"

#include <QCoreApplication>

namespace rc::core::git {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rc::core::Git)
};

} // namespace

QString lastError()
{
    const git_error *e = git_error_last();
    return e && e->message ? QString::fromUtf8(e->message).trimmed() : Text::tr("unknown libgit2 error");
}

} // namespace rc::core::git
