#include "manifestedit.h"
