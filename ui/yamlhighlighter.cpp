#include "yamlhighlighter.h"
