#include "yamlview.h"
