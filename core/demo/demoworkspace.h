#pragma once

#include "expected.h"

#include <QString>

namespace rc::core {

/// Creates a fresh demo clone at `directory` (must not exist or be empty): the seed's components as
/// folders, a history of conventional commits with version tags, `.release-console.yaml`, and
/// manifests across statuses, among them `releases/2024-01-15-release.yaml` (rel-2024-01-15-001) exactly as the seed
/// writes it. Returns the work tree path.
Expected<QString> createDemoWorkspace(const QString &directory);

} // namespace rc::core
