-- Helpers for the bench dataset, in pg_temp: they vanish with the session and touch no service schema.

-- A UUIDv7-shaped id: 48-bit milliseconds (2025-01-01 + n ms, so ids sort by n as creation order),
-- version 7, a 12-bit kind, variant 10, then n. Distinct kinds never collide; no demo id has this shape.
create function pg_temp.bid(kind int, n bigint) returns uuid language sql immutable as $$
    select (lpad(to_hex(1735689600000::bigint + n), 12, '0') || '7' || lpad(to_hex(kind), 3, '0') || '8'
            || lpad(to_hex(n), 15, '0'))::uuid
$$;

-- A stable pseudo-random non-negative integer for n (and a salt), for spreading rows over choices.
create function pg_temp.mix(n bigint, salt int default 0) returns bigint language sql immutable as $$
    select (hashint8(n * 1000003 + salt)::bigint & 2147483647)
$$;

-- Hub number h (1..1000) of slot k (0..19) of program p: 20 distinct ACTIVE hubs (1..900) per program.
create function pg_temp.program_hub(p int, k int) returns int language sql immutable as $$
    select ((p * 7 + k * 45) % 900) + 1
$$;

-- Secondary indexes of a table are dropped before a bulk insert and rebuilt after from their own
-- definitions (those of the Flyway migration), which is several times faster than maintaining them
-- row by row. Indexes behind constraints (primary keys, unique constraints) stay.
create table pg_temp.saved_index (schema_name text, table_name text, name text, definition text);

create function pg_temp.drop_indexes(s text, t text) returns void language plpgsql as $$
declare r record;
begin
    for r in select i.indexname, i.indexdef from pg_indexes i
             where i.schemaname = s and i.tablename = t
               and not exists (select 1 from pg_constraint c
                               where c.conindid = (quote_ident(s) || '.' || quote_ident(i.indexname))::regclass)
    loop
        insert into pg_temp.saved_index values (s, t, r.indexname, r.indexdef);
        execute 'drop index ' || quote_ident(s) || '.' || quote_ident(r.indexname);
    end loop;
end $$;

create function pg_temp.rebuild_indexes(s text) returns void language plpgsql as $$
declare r record;
begin
    for r in select * from pg_temp.saved_index where schema_name = s loop
        execute r.definition;
    end loop;
    delete from pg_temp.saved_index where schema_name = s;
end $$;
