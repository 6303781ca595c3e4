-- The change feed's columns of the outbox (from kindling-common-persistence). A repeatable migration,
-- so that it never competes with the services' own version numbers: every statement is idempotent.
--
-- recorded: the order events were written in (a sequence, so the same for every replica's clock);
--           two changes of one aggregate are serialised by its row lock, so its events are recorded
--           in the order they happened.
-- position: the event's place in the feed, given by the publisher (OutboxPublisher) in recorded
--           order, gap-free and only ever growing; outbox_head holds the last one given, so that it
--           never goes back when retention deletes old events.
-- hub_codes: the hubs the event is about; a partner's feed shows the events about its hubs.
create sequence if not exists outbox_recorded;
alter table outbox add column if not exists recorded bigint not null default nextval('outbox_recorded');
alter table outbox add column if not exists position bigint;
alter table outbox add column if not exists hub_codes text[] not null default '{}';
create unique index if not exists outbox_position on outbox (position) where position is not null;
create index if not exists outbox_unpositioned on outbox (recorded) where position is null;
drop index if exists outbox_unpublished;

create table if not exists outbox_head (
    singleton boolean primary key default true check (singleton),
    position  bigint  not null check (position >= 0)
);
insert into outbox_head (position) values (0) on conflict do nothing;
