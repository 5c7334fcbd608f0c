#pragma once

#include "manifest.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace rc::core {

/// Limits that keep hostile files from hanging or exhausting the process.
struct ParseLimits
{
    qsizetype maxBytes = 4 * 1024 * 1024; ///< a manifest larger than this is refused
    int maxDepth = 64; ///< nesting of block and flow collections
    int maxNodes = 200000; ///< nodes visited, counting each alias use: stops alias bombs
};

struct ParseResult
{
    std::optional<Manifest> manifest; ///< set when there are no errors
    std::vector<Diagnostic> errors;
    std::vector<Diagnostic> warnings; ///< unknown keys (kept in the file, reported here), ...

    bool ok() const { return manifest.has_value(); }
};

/// Reads a manifest from its raw bytes. UTF-8 with or without BOM, LF or CRLF.
/// `fileName` is only used in diagnostics. Never throws; never hangs.
/// Errors: YAML syntax, wrong types, unknown enum values (with the allowed ones),
/// missing `release.id`, duplicate keys, size/depth/alias limits.
ParseResult parseManifest(const QByteArray &bytes, const QString &fileName, const ParseLimits &limits = {});

} // namespace rc::core
