-- Indexes of the plumbing tables added after V0_1 (from kindling-common-persistence). A repeatable
-- migration, so that it never competes with the services' own version numbers: Flyway runs it after
-- them and again whenever this file changes, hence "if not exists".

-- Retention deletes published outbox events by the time they were published.
create index if not exists outbox_published on outbox (published_at) where published_at is not null;
