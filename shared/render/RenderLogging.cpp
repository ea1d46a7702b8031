// SPDX-License-Identifier: MIT
#include "RenderLogging.h"

Q_LOGGING_CATEGORY(lcRender, "ballsdex.render")
