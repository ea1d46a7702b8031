// SPDX-License-Identifier: MIT
#pragma once

// JSON fixtures of tst_sandboxtext (kept out of the test file: moc cannot parse raw strings).
namespace fixtures {
extern const char *const Commands;
extern const char *const Embed;
extern const char *const TradeMessage;
extern const char *const ComponentsV2Message;
extern const char *const AttachmentMessage;
extern const char *const ModalWithLabels;
extern const char *const ModalWithRows;
} // namespace fixtures
