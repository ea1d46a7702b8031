// SPDX-License-Identifier: MIT
#include "InstanceQueries.h"
