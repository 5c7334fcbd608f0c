#include "releaselistmodel.h"
