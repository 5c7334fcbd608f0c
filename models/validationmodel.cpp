#include "validationmodel.h"
