#include "releasedocument.h"
