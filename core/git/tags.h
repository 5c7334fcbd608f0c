#pragma once

#include "expected.h"

#include <QString>

namespace rc::core {

class Repository;

/// The nearest tag reachable from `revision` (any revision git understands: "HEAD", a branch, a
/// sha), as `git describe --tags --abbrev=0 [--match PATTERN] REVISION` chooses it: the tag with
/// the fewest commits between it and the revision; annotated and lightweight tags both count, and
/// when several tags name the same commit an annotated one wins over a lightweight one, then the
/// newest annotated one. `pattern` is a glob as `--match` takes it ("v*", "api/v*"); empty means
/// every tag. Like git, the search stops after the first 10 candidate tags met while walking
/// history newest-first, so on very wide histories the answer is git's, not necessarily the
/// absolute nearest. Fails with a message that says what to do when the revision does not exist
/// or no tag is reachable.
Expected<QString> lastTag(const Repository &repo, const QString &revision, const QString &pattern = {});

} // namespace rc::core
