-- SPDX-License-Identifier: MIT
-- Studio access: the database, not Studio's UI, decides what a desktop login may do. Three NOLOGIN
-- group roles hold the rights; operators create LOGIN users IN ROLE one of them:
--   ballsdex_artist  edits the catalogue (ball, regime, economy, special, pack)
--   ballsdex_staff   reads players, instances, trades, guilds; blacklists; edits player policies
--                    and guild configs
--   ballsdex_admin   member of both, and may soft-delete / restore instances
-- Roles are cluster-wide: another database of the cluster may have created them already, or may be
-- creating them at this very moment. A migrating user without CREATEROLE cannot create them: the
-- migration then warns, grants what it can and succeeds; ballsdex_setup_studio_roles() repeats the
-- whole setup once an operator created the roles. Migrations adding tables Studio uses must
-- redefine this function and call it again.

CREATE FUNCTION ballsdex_setup_studio_roles(artist_role text DEFAULT 'ballsdex_artist',
                                            staff_role text DEFAULT 'ballsdex_staff',
                                            admin_role text DEFAULT 'ballsdex_admin')
RETURNS text[]
LANGUAGE plpgsql AS $$
DECLARE
    roles constant text[] := ARRAY[artist_role, staff_role, admin_role];
    common_read constant text[] := ARRAY['schema_migrations', 'bot_state', 'ball', 'regime',
                                         'economy', 'special', 'pack'];
    catalogue constant text[] := ARRAY['ball', 'regime', 'economy', 'special', 'pack'];
    staff_read constant text[] := ARRAY['player', 'ballinstance', 'trade', 'tradeobject',
                                        'guildconfig', 'blacklistedid', 'blacklistedguild',
                                        'blacklisthistory', 'friendship', 'block',
                                        'coin_transaction', 'player_pack', 'pack_open_history'];
    blacklists constant text[] := ARRAY['blacklistedid', 'blacklistedguild'];
    missing text[] := ARRAY[]::text[];
    present text[] := ARRAY[]::text[];
    role_name text;
    member_of text;
    table_name text;
    hint text;
BEGIN
    FOREACH role_name IN ARRAY roles LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role_name) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', role_name);
            EXCEPTION
                -- Another database of the cluster created it concurrently.
                WHEN duplicate_object OR unique_violation THEN NULL;
                WHEN insufficient_privilege THEN
                    missing := missing || role_name;
                    CONTINUE;
            END;
        END IF;
        present := present || role_name;
    END LOOP;

    IF cardinality(missing) > 0 THEN
        SELECT string_agg(format('CREATE ROLE %I NOLOGIN;', name), ' ') INTO hint
        FROM unnest(missing) AS name;
        hint := format('As a superuser run: %s GRANT %I, %I TO %I; then, as %I in database %I: '
                       'SELECT ballsdex_setup_studio_roles(%s);',
                       hint, artist_role, staff_role, admin_role, current_user, current_database(),
                       CASE WHEN roles = ARRAY['ballsdex_artist', 'ballsdex_staff', 'ballsdex_admin']
                           THEN '' ELSE format('%L, %L, %L', artist_role, staff_role, admin_role)
                       END);
        RAISE WARNING 'Studio roles % do not exist and % may not create roles (no CREATEROLE): '
                      'Studio logins get no database rights until they exist',
                      array_to_string(missing, ', '), current_user
            USING HINT = hint;
    END IF;

    IF admin_role = ANY (present) THEN
        FOREACH member_of IN ARRAY ARRAY[artist_role, staff_role] LOOP
            CONTINUE WHEN NOT member_of = ANY (present);
            CONTINUE WHEN pg_has_role(admin_role, member_of, 'MEMBER');
            BEGIN
                EXECUTE format('GRANT %I TO %I', member_of, admin_role);
            EXCEPTION
                WHEN duplicate_object OR unique_violation THEN NULL;
                WHEN insufficient_privilege THEN
                    RAISE WARNING '% may not make % a member of %', current_user, admin_role,
                                  member_of
                        USING HINT = format('As a superuser run: GRANT %I TO %I;', member_of,
                                            admin_role);
            END;
        END LOOP;
    END IF;

    FOREACH role_name IN ARRAY present LOOP
        BEGIN
            EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), role_name);
        EXCEPTION
            WHEN insufficient_privilege THEN
                RAISE WARNING '% may not grant USAGE on schema % to %', current_user,
                              current_schema(), role_name;
        END;
        FOREACH table_name IN ARRAY common_read LOOP
            EXECUTE format('GRANT SELECT ON TABLE %I TO %I', table_name, role_name);
        END LOOP;
        -- Studio appends its entries (RETURNING id) but does not read others' (reasons, logins).
        EXECUTE format('GRANT SELECT (id), INSERT ON TABLE audit_log TO %I', role_name);
        EXECUTE format('GRANT USAGE ON SEQUENCE %s TO %I',
                       pg_get_serial_sequence('audit_log', 'id'), role_name);
    END LOOP;

    IF artist_role = ANY (present) THEN
        FOREACH table_name IN ARRAY catalogue LOOP
            EXECUTE format('GRANT INSERT, UPDATE, DELETE ON TABLE %I TO %I', table_name,
                           artist_role);
            EXECUTE format('GRANT USAGE ON SEQUENCE %s TO %I',
                           pg_get_serial_sequence(quote_ident(table_name), 'id'), artist_role);
        END LOOP;
        -- A delete's confirmation counts what uses the entry: these columns only, no player data.
        EXECUTE format('GRANT SELECT (ball_id, special_id) ON TABLE ballinstance TO %I',
                       artist_role);
        EXECUTE format('GRANT SELECT (pack_id, quantity) ON TABLE player_pack TO %I', artist_role);
        EXECUTE format('GRANT SELECT (pack_id) ON TABLE pack_open_history TO %I', artist_role);
    END IF;

    IF staff_role = ANY (present) THEN
        FOREACH table_name IN ARRAY staff_read LOOP
            EXECUTE format('GRANT SELECT ON TABLE %I TO %I', table_name, staff_role);
        END LOOP;
        FOREACH table_name IN ARRAY blacklists || 'blacklisthistory'::text LOOP
            EXECUTE format('GRANT INSERT ON TABLE %I TO %I', table_name, staff_role);
            EXECUTE format('GRANT USAGE ON SEQUENCE %s TO %I',
                           pg_get_serial_sequence(quote_ident(table_name), 'id'), staff_role);
        END LOOP;
        FOREACH table_name IN ARRAY blacklists LOOP
            EXECUTE format('GRANT UPDATE, DELETE ON TABLE %I TO %I', table_name, staff_role);
        END LOOP;
        -- Player policies and guild configs (data-model §3.7).
        EXECUTE format('GRANT UPDATE ON TABLE player, guildconfig TO %I', staff_role);
    END IF;

    IF admin_role = ANY (present) THEN
        -- Soft delete and undo of instances.
        EXECUTE format('GRANT UPDATE ON TABLE ballinstance TO %I', admin_role);
    END IF;

    RETURN missing;
END;
$$;

REVOKE ALL ON FUNCTION ballsdex_setup_studio_roles(text, text, text) FROM PUBLIC;

SELECT ballsdex_setup_studio_roles();
