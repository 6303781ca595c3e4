-- Plumbing tables every Kindling service has in its own schema (from kindling-common).

-- Idempotency-Key claims and the answers they replay.
create table idempotency_record (
    scope        text        not null,
    idem_key     text        not null,
    request_hash text        not null,
    status       integer,
    location     text,
    etag         text,
    body         text,
    created_at   timestamptz not null default now(),
    primary key (scope, idem_key)
);
create index idempotency_record_created_at on idempotency_record (created_at);

-- Domain events, written in the transaction of the change they describe.
create table outbox (
    id             uuid        primary key,
    aggregate_type text        not null,
    aggregate_id   uuid        not null,
    event_type     text        not null,
    payload        jsonb       not null,
    occurred_at    timestamptz not null default now(),
    published_at   timestamptz
);
create index outbox_unpublished on outbox (occurred_at) where published_at is null;
create index outbox_aggregate on outbox (aggregate_type, aggregate_id);
