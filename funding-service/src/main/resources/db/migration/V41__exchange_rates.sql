-- Dated exchange rates: 1 base = rate quote on rate_date, from a named source (e.g. the ECB's reference
-- rates, base EUR). Reports convert with them when asked; nothing converted is ever stored.
create table exchange_rate (
    id          uuid        primary key,
    base        char(3)     not null check (base ~ '^[A-Z]{3}$'),
    quote       char(3)     not null check (quote ~ '^[A-Z]{3}$'),
    rate_date   date        not null,
    rate        numeric     not null check (rate > 0),
    source      text        not null,
    created_at  timestamptz not null default now(),
    created_by  text        not null,
    version     bigint      not null default 0,
    constraint exchange_rate_pair check (base <> quote),
    constraint exchange_rate_one_a_day unique (base, quote, rate_date)
);
-- "the latest rate on or before a date" for a pair
create index exchange_rate_latest on exchange_rate (base, quote, rate_date desc);
