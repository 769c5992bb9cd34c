#include "CNCursesShim.h"
void pointwise_shim_placeholder(void) {}
