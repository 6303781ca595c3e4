-- Kindling database layout: one schema per service, owned by that service's own login role, which
-- can reach nothing else. Run by psql as the database owner/superuser on the application database,
-- with the passwords as psql variables (never stored here):
--   psql -v ON_ERROR_STOP=1 -v hub_password=… -v startup_password=… -v funding_password=… -f kindling-roles.sql
-- Re-runnable: roles and schemas are created when missing, grants and passwords re-applied.
\set ON_ERROR_STOP on

SELECT format('CREATE ROLE %I LOGIN', r)
  FROM unnest(ARRAY['kindling_hub', 'kindling_startup', 'kindling_funding']) AS r
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) \gexec

ALTER ROLE kindling_hub     LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT PASSWORD :'hub_password';
ALTER ROLE kindling_startup LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT PASSWORD :'startup_password';
ALTER ROLE kindling_funding LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT PASSWORD :'funding_password';

-- Each role owns its schema (Flyway creates the tables in it) and finds it first.
CREATE SCHEMA IF NOT EXISTS hub     AUTHORIZATION kindling_hub;
CREATE SCHEMA IF NOT EXISTS startup AUTHORIZATION kindling_startup;
CREATE SCHEMA IF NOT EXISTS funding AUTHORIZATION kindling_funding;
ALTER ROLE kindling_hub     SET search_path = hub;
ALTER ROLE kindling_startup SET search_path = startup;
ALTER ROLE kindling_funding SET search_path = funding;

-- Nobody else: no objects in public, no access to another service's schema, no new schemas.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON SCHEMA hub, startup, funding FROM PUBLIC;
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database()) \gexec
SELECT format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO kindling_hub, kindling_startup, kindling_funding',
              current_database()) \gexec
