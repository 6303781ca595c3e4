-- funding-service: budgets, yearly lines, allocations, disbursements and the journal of every movement.
-- The invariants live here, not only in Java: every balance update in the service is a conditional
-- UPDATE (0 rows = refused) and these CHECK constraints are the second wall.

create table budget (
    id           uuid        primary key,
    program_id   uuid        not null,
    name         text        not null,
    source       text        not null,
    kind         text        not null check (kind in ('CASH', 'CLOUD_CREDITS', 'IN_KIND')),
    currency     char(3)     not null,
    starts_on    date        not null,
    ends_on      date,
    total        numeric     not null check (total > 0),
    committed    numeric     not null default 0 check (committed >= 0),
    disbursed    numeric     not null default 0 check (disbursed >= 0),
    has_lines    boolean     not null default false,
    created_at   timestamptz not null default now(),
    created_by   text        not null,
    version      bigint      not null default 0,
    constraint budget_committed_within_total check (committed <= total),
    constraint budget_disbursed_within_committed check (disbursed <= committed),
    constraint budget_period check (ends_on is null or ends_on >= starts_on)
);
create index budget_program on budget (program_id, id);
create index budget_kind on budget (kind, id);
create index budget_currency on budget (currency, id);

-- Optional yearly lines (e.g. EUR 2M a year); when a budget has lines its total is their sum.
create table budget_line (
    budget_id  uuid    not null references budget (id),
    year       integer not null check (year between 1900 and 9999),
    total      numeric not null check (total > 0),
    committed  numeric not null default 0 check (committed >= 0),
    disbursed  numeric not null default 0 check (disbursed >= 0),
    primary key (budget_id, year),
    constraint line_committed_within_total check (committed <= total),
    constraint line_disbursed_within_committed check (disbursed <= committed)
);

-- Changes of a total, with their reason; never updated or deleted.
create table budget_amendment (
    id          uuid        primary key,
    budget_id   uuid        not null references budget (id),
    year        integer,
    old_total   numeric     not null check (old_total >= 0),
    new_total   numeric     not null check (new_total > 0),
    reason      text        not null,
    amended_at  timestamptz not null default now(),
    amended_by  text        not null
);
create index budget_amendment_budget on budget_amendment (budget_id, id);

create table allocation (
    id              uuid        primary key,
    budget_id       uuid        not null references budget (id),
    year            integer,
    recipient_type  text        not null check (recipient_type in ('HUB', 'COHORT', 'STARTUP')),
    recipient_id    uuid        not null,
    hub_id          uuid,
    hub_code        text,
    currency        char(3)     not null,
    amount          numeric     not null check (amount > 0),
    released        numeric     not null default 0 check (released >= 0),
    disbursed       numeric     not null default 0 check (disbursed >= 0),
    status          text        not null default 'OPEN' check (status in ('OPEN', 'CANCELLED', 'RELEASED')),
    note            text,
    close_reason    text,
    created_at      timestamptz not null default now(),
    created_by      text        not null,
    closed_at       timestamptz,
    version         bigint      not null default 0,
    constraint allocation_within_amount check (disbursed + released <= amount),
    constraint allocation_line_year foreign key (budget_id, year) references budget_line (budget_id, year)
);
create index allocation_budget on allocation (budget_id, id);
create index allocation_recipient on allocation (recipient_id, id);
create index allocation_hub_code on allocation (hub_code, id);
create index allocation_hub_id on allocation (hub_id, id);
create index allocation_status on allocation (status, id);

-- Per recipient of a budget: what is committed to it and what it was paid, kept for speed.
create table recipient_balance (
    budget_id       uuid    not null references budget (id),
    recipient_type  text    not null,
    recipient_id    uuid    not null,
    hub_id          uuid,
    hub_code        text,
    committed       numeric not null default 0 check (committed >= 0),
    disbursed       numeric not null default 0 check (disbursed >= 0),
    primary key (budget_id, recipient_type, recipient_id),
    constraint recipient_disbursed_within_committed check (disbursed <= committed)
);
create index recipient_balance_hub on recipient_balance (hub_code, budget_id);
create index recipient_balance_budget on recipient_balance (budget_id, recipient_id);

create table disbursement (
    id                  uuid        primary key,
    allocation_id       uuid        not null references allocation (id),
    budget_id           uuid        not null references budget (id),
    currency            char(3)     not null,
    amount              numeric     not null check (amount > 0),
    paid_on             date        not null,
    external_reference  text        not null,
    created_at          timestamptz not null default now(),
    created_by          text        not null
);
create index disbursement_allocation on disbursement (allocation_id, id);
create index disbursement_budget on disbursement (budget_id, id);

-- A reversal corrects a disbursement; the unique key makes reversing twice impossible, also in a race.
create table disbursement_reversal (
    id               uuid        primary key,
    disbursement_id  uuid        not null unique references disbursement (id),
    reason           text        not null,
    reversed_at      timestamptz not null default now(),
    reversed_by      text        not null
);

-- Every movement of money, append-only; balances can always be recomputed from it.
create table journal_entry (
    id               uuid        primary key,
    budget_id        uuid        not null references budget (id),
    year             integer,
    allocation_id    uuid,
    disbursement_id  uuid,
    entry_type       text        not null check (entry_type in ('BUDGET_OPENED', 'TOTAL_INCREASED',
                                     'TOTAL_DECREASED', 'COMMITTED', 'RELEASED', 'DISBURSED', 'DISBURSEMENT_REVERSED')),
    amount           numeric     not null check (amount > 0),
    currency         char(3)     not null,
    recipient_type   text,
    recipient_id     uuid,
    hub_id           uuid,
    hub_code         text,
    created_at       timestamptz not null default now(),
    created_by       text        not null
);
create index journal_entry_budget on journal_entry (budget_id, id);
create index journal_entry_allocation on journal_entry (allocation_id, id);

create function refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op using errcode = 'P0001';
end $$;

create trigger journal_entry_append_only before update or delete on journal_entry
    for each row execute function refuse_change();
create trigger disbursement_append_only before update or delete on disbursement
    for each row execute function refuse_change();
create trigger disbursement_reversal_append_only before update or delete on disbursement_reversal
    for each row execute function refuse_change();
create trigger budget_amendment_append_only before update or delete on budget_amendment
    for each row execute function refuse_change();
