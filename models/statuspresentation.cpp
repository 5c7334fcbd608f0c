#include "statuspresentation.h"
