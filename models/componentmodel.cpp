#include "componentmodel.h"
