#include "releasepage.h"
