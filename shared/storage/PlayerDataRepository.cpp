// SPDX-License-Identifier: MIT
#include "PlayerDataRepository.h"
