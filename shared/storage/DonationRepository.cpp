// SPDX-License-Identifier: MIT
#include "DonationRepository.h"
