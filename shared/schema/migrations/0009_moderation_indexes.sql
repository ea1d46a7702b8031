-- SPDX-License-Identifier: MIT
-- Studio's moderation desk lists instances newest first, deleted ones included, by keyset pages:
-- a player's whole collection and what was caught in one guild (server_id had no index).
CREATE INDEX ballinstance_player_all_catch_idx ON ballinstance (player_id, catch_date DESC, id DESC);
CREATE INDEX ballinstance_server_catch_idx ON ballinstance (server_id, catch_date DESC, id DESC)
    WHERE server_id IS NOT NULL;
-- The searchable blacklist history, newest first.
CREATE INDEX blacklisthistory_date_idx ON blacklisthistory (date DESC, id DESC);
-- The new player index leads with player_id, so it also serves the foreign key's cascades: the
-- plain one would only slow every catch down.
DROP INDEX ballinstance_player_id_idx;
