#include "approvalmodel.h"
