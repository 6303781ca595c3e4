-- Webhooks: partner endpoints that receive the change feed's events, signed, with retries.

-- A registered endpoint: where to send, which events (types, and the hubs they are about), the secret
-- that signs (and during a rotation's grace period the previous one), and its health.
create table webhook (
    id                         uuid         primary key,
    partner_id                 uuid         not null references partner (id),
    url                        varchar(2000) not null,
    description                varchar(500),
    event_types                varchar(81)[] not null,
    hub_codes                  varchar(32)[] not null,
    status                     varchar(16)  not null check (status in ('ENABLED', 'DISABLED')),
    disabled_reason            varchar(1000),
    disabled_at                timestamptz,
    secret                     text         not null,
    previous_secret            text,
    previous_secret_expires_at timestamptz,
    failing_since              timestamptz,
    consecutive_failures       integer      not null default 0,
    last_success_at            timestamptz,
    created_by                 varchar(200) not null,
    version                    bigint       not null default 0,
    created_at                 timestamptz  not null,
    updated_at                 timestamptz  not null,
    constraint webhook_hub_codes_present check (cardinality(hub_codes) > 0)
);
create index webhook_partner_id on webhook (partner_id, id);
create index webhook_enabled on webhook (id) where status = 'ENABLED';

-- One event for one endpoint. seq keeps the feed's order per endpoint: a delivery waits while an
-- earlier one about the same resource is still pending, so a receiver sees each resource's changes in
-- order. SENDING rows are leased: a sender that died leaves them to be claimed again after lease_until.
create table webhook_delivery (
    id               uuid        primary key,
    seq              bigint      generated always as identity,
    webhook_id       uuid        not null references webhook (id) on delete cascade,
    event_id         uuid        not null,
    event_type       text        not null,
    aggregate_id     uuid        not null,
    body             text        not null,
    status           varchar(16) not null check (status in ('PENDING', 'SENDING', 'DELIVERED', 'FAILED')),
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null,
    lease_until      timestamptz,
    give_up_at       timestamptz not null,
    created_at       timestamptz not null,
    delivered_at     timestamptz,
    last_status_code integer,
    last_error       varchar(1000),
    version          bigint      not null default 0,
    constraint webhook_delivery_once unique (webhook_id, event_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status in ('PENDING', 'SENDING');
create index webhook_delivery_open_by_aggregate on webhook_delivery (webhook_id, aggregate_id, seq)
    where status in ('PENDING', 'SENDING');
create index webhook_delivery_log on webhook_delivery (webhook_id, id);
create index webhook_delivery_finished on webhook_delivery (created_at) where status in ('DELIVERED', 'FAILED');

-- Every attempt, as the delivery log shows it.
create table webhook_attempt (
    delivery_id      uuid         not null references webhook_delivery (id) on delete cascade,
    attempt          integer      not null,
    started_at       timestamptz  not null,
    latency_ms       integer      not null,
    status_code      integer,
    error            varchar(1000),
    response_snippet varchar(1024),
    primary key (delivery_id, attempt)
);

-- Where the webhook sender stands in the suite's change feed (the gateway's opaque cursor): advanced in
-- the transaction that records the deliveries of the events read, so a restart neither skips nor repeats.
create table webhook_feed_position (
    source     varchar(32) primary key,
    cursor     text,
    updated_at timestamptz not null
);
insert into webhook_feed_position (source, cursor, updated_at) values ('suite', null, now());

-- Ids of rows made in SQL are UUIDv7, ordered by creation time like those made in Java (Ids.newId).
create function uuid_v7() returns uuid language sql volatile as $$
    select encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
        placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3)
        from 1 for 6), 52, 1), 53, 1), 'hex')::uuid
$$;
