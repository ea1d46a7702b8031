-- SPDX-License-Identifier: MIT
-- Default reference data (data-model §1.6), idempotent by name. The six file names are reserved in
-- the media folder.

INSERT INTO economy (name, icon)
SELECT v.name, v.icon
FROM (VALUES ('Capitalist', 'capitalist.png'), ('Communist', 'communist.png')) AS v (name, icon)
WHERE NOT EXISTS (SELECT 1 FROM economy e WHERE e.name = v.name);

INSERT INTO regime (name, background)
SELECT v.name, v.background
FROM (VALUES ('Democracy', 'democracy.png'),
             ('Dictatorship', 'dictatorship.png'),
             ('Union', 'union.png')) AS v (name, background)
WHERE NOT EXISTS (SELECT 1 FROM regime r WHERE r.name = v.name);

INSERT INTO special (name, catch_phrase, rarity, emoji, background)
SELECT 'Shiny', U&'\2728 **It''s a shiny countryball!** \2728', 0.00048828125, U&'\2728', 'shiny.png'
WHERE NOT EXISTS (SELECT 1 FROM special WHERE name = 'Shiny');
