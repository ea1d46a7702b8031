-- SPDX-License-Identifier: MIT
-- /balls list shows favorites first: find a player's favorites without scanning the collection.
CREATE INDEX ballinstance_player_favorite_idx ON ballinstance (player_id, catch_date DESC, id DESC)
    WHERE favorite AND NOT deleted;
-- Instance autocomplete and the countryball filter when a ball is rare in one collection but common
-- overall.
CREATE INDEX ballinstance_player_ball_idx ON ballinstance (player_id, ball_id, catch_date DESC, id DESC)
    WHERE NOT deleted;
