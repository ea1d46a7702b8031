// SPDX-License-Identifier: MIT
#include "features/common/InstanceOption.h"
