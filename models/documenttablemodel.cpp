#include "documenttablemodel.h"
