// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace ballsdex::render {

/// Greedy word wrap with Python textwrap's defaults: whitespace becomes spaces, line-edge spaces
/// are dropped, over-long words are split, lines may break after a hyphen; "" gives no lines.
QStringList wrapText(const QString &text, int width);

/// Splits on every line break (\n, \r\n, \r, Unicode separators), wraps each paragraph and
/// concatenates the lines; empty paragraphs give no lines.
QStringList wrapParagraphs(const QString &text, int width);

} // namespace ballsdex::render
