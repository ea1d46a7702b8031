-- SPDX-License-Identifier: MIT
-- Catalogue changes (from Studio, another process or plain SQL) are announced on channel
-- "ballsdex_catalogue" so the bot reloads its catalogue without a restart or SIGHUP. One
-- notification per statement; the payload is the table name.

CREATE FUNCTION ballsdex_notify_catalogue() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('ballsdex_catalogue', TG_TABLE_NAME);
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    table_name text;
BEGIN
    FOREACH table_name IN ARRAY ARRAY['ball', 'regime', 'economy', 'special', 'pack'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION ballsdex_notify_catalogue()',
                       table_name || '_notify', table_name);
    END LOOP;
END;
$$;
