// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ballsdex::discord {

/// Discord's message limits (spec §2.8, §2.10, §2.12): checks a payload before it is sent and
/// trims text so the bot never earns a 400. Lengths are in code points after trimming whitespace.
struct MessageLimits final
{
    static constexpr int Content = 2000;
    static constexpr int Embeds = 10;
    static constexpr int EmbedTitle = 256;
    static constexpr int EmbedDescription = 4096;
    static constexpr int EmbedFields = 25;
    static constexpr int FieldName = 256;
    static constexpr int FieldValue = 1024;
    static constexpr int FooterText = 2048;
    static constexpr int AuthorName = 256;
    static constexpr int EmbedTotal = 6000;
    static constexpr int ActionRows = 5;
    static constexpr int ButtonsPerRow = 5;
    static constexpr int CustomId = 100;
    static constexpr int ButtonLabel = 80;
    static constexpr int SelectOptions = 25;
    static constexpr int SelectText = 100;
    static constexpr int Placeholder = 150;
    static constexpr int Nonce = 25;
    static constexpr int MentionIds = 100;

    /// Code points of the trimmed text, as Discord counts.
    [[nodiscard]] static int length(const QString &text);
    /// The trimmed text cut to at most max code points, ending in the ellipsis when cut.
    [[nodiscard]] static QString truncated(const QString &text, int max,
                                           const QString &ellipsis = QStringLiteral("…"));
    /// The characters of one embed that count toward the 6000 total.
    [[nodiscard]] static int embedLength(const QJsonObject &embed);
    /// Every limit the payload breaks, as "embeds.0.title: Must be 256 or fewer in length.";
    /// empty when Discord would accept it.
    [[nodiscard]] static QStringList problems(const QJsonObject &message);
    /// The payload with text cut and extra embeds/fields/options dropped so it fits every text
    /// limit (custom_id and structure problems are left for problems() to report).
    [[nodiscard]] static QJsonObject clamped(QJsonObject message);
};

} // namespace ballsdex::discord
