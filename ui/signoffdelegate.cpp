#include "signoffdelegate.h"
