#include "logging.h"

Q_LOGGING_CATEGORY(rcManifest, "rc.manifest", QtInfoMsg)
Q_LOGGING_CATEGORY(rcGit, "rc.git", QtInfoMsg)
Q_LOGGING_CATEGORY(rcWorkspace, "rc.workspace", QtInfoMsg)
