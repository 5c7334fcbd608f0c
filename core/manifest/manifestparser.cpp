#include "manifestparser.h"
