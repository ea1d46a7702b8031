// SPDX-License-Identifier: MIT
#include "features/common/CatalogueOptions.h"
