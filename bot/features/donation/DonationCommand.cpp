// SPDX-License-Identifier: MIT
#include "features/donation/DonationCommand.h"
