#include "manifestfile.h"
