#include "releasefilterproxy.h"
