#pragma once

#include <QLoggingCategory>

// One category per module. Never log a token or a webhook URL.
Q_DECLARE_LOGGING_CATEGORY(rcManifest)
Q_DECLARE_LOGGING_CATEGORY(rcGit)
Q_DECLARE_LOGGING_CATEGORY(rcWorkspace)
