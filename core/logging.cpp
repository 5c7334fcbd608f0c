#include "logging.h"

Q_LOGGING_CATEGORY(rcManifest, "rc.manifest", QtWarningMsg)
Q_LOGGING_CATEGORY(rcGit, "rc.git", QtWarningMsg)
Q_LOGGING_CATEGORY(rcWorkspace, "rc.workspace", QtWarningMsg)
