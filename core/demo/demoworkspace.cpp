#include "demoworkspace.h"
