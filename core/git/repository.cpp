#include "repository.h"
