// SPDX-License-Identifier: MIT
#include "CollectionStats.h"
