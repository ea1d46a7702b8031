// SPDX-License-Identifier: MIT
#pragma once

#include "domain/Catalogue.h"
#include "domain/Instance.h"

#include <QString>

namespace ballsdex::bot::features {

/// How an instance is named in donation messages (bot-features.md §4.4).
struct DonationItem
{
    domain::BallInstance instance;
    domain::Ball ball;
    std::optional<domain::Special> special;

    /// "<ball emoji> [special emoji ]#HEX Country".
    [[nodiscard]] QString label() const;
    /// label + " ATK:+x% HP:+y%" (the approval request).
    [[nodiscard]] QString requestDescription() const;
    /// label + " (`+A%/+H%`)" (the confirmation once given).
    [[nodiscard]] QString giftDescription() const;
};

/// "<:_:id>" for a custom emoji id, the text itself for a unicode emoji, empty for none.
[[nodiscard]] QString emojiMarkup(const QString &emoji);

/// "+5" / "-3" / "+0".
[[nodiscard]] QString signedNumber(int value);

/// "<@id>".
[[nodiscard]] QString userMention(domain::Snowflake id);

} // namespace ballsdex::bot::features
