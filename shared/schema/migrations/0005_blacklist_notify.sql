-- SPDX-License-Identifier: MIT
-- Blacklist changes are announced on channel "ballsdex_blacklist" so the bot and Studio refresh their
-- in-memory lists without a restart. Payload: {"table", "op", "discord_id", "old_discord_id"}; the ids
-- are strings because JSON numbers lose 64-bit precision. TRUNCATE sends null ids: reload everything.

CREATE FUNCTION ballsdex_notify_blacklist() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    new_id text;
    old_id text;
BEGIN
    IF TG_LEVEL = 'ROW' THEN
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
            new_id := NEW.discord_id::text;
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            old_id := OLD.discord_id::text;
        END IF;
    END IF;
    PERFORM pg_notify('ballsdex_blacklist',
                      json_build_object('table', TG_TABLE_NAME, 'op', TG_OP,
                                        'discord_id', COALESCE(new_id, old_id),
                                        'old_discord_id', old_id)::text);
    RETURN NULL;
END;
$$;

CREATE TRIGGER blacklistedid_notify
    AFTER INSERT OR UPDATE OR DELETE ON blacklistedid
    FOR EACH ROW EXECUTE FUNCTION ballsdex_notify_blacklist();
CREATE TRIGGER blacklistedid_notify_truncate
    AFTER TRUNCATE ON blacklistedid
    FOR EACH STATEMENT EXECUTE FUNCTION ballsdex_notify_blacklist();
CREATE TRIGGER blacklistedguild_notify
    AFTER INSERT OR UPDATE OR DELETE ON blacklistedguild
    FOR EACH ROW EXECUTE FUNCTION ballsdex_notify_blacklist();
CREATE TRIGGER blacklistedguild_notify_truncate
    AFTER TRUNCATE ON blacklistedguild
    FOR EACH STATEMENT EXECUTE FUNCTION ballsdex_notify_blacklist();
