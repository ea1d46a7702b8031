-- Small pieces of state the bot keeps between runs, shared by every process of a sharded bot:
-- e.g. the hash of the slash commands last pushed to Discord, so start-up syncs only changes.
CREATE TABLE bot_state (
    key text PRIMARY KEY CHECK (key <> ''),
    value jsonb NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
