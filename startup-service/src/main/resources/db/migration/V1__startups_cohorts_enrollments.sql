-- startup-service owns schema "startup". Every list filter is indexed as (filter, id) so that keyset
-- pages (where id > :after order by id limit n) stay index-driven at a million rows.

create table startup (
    id           uuid        primary key,
    name         text        not null,
    name_key     text        not null,  -- normalised name: lower case, no accents, punctuation or legal suffix
    country      char(2)     not null,
    city         text,
    sector       text,
    founded_on   date,
    website      text,
    website_key  text,                  -- normalised website: host and path, no scheme, www. or trailing slash
    team_size    integer     check (team_size >= 0),
    illustrative boolean     not null default false,
    created_by   text        not null,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    version      bigint      not null default 0
);
create unique index startup_website_key_uq on startup (website_key) where website_key is not null;
create unique index startup_name_country_uq on startup (name_key, country);
create index startup_country_id on startup (country, id);
create index startup_sector_id on startup (sector, id);
create index startup_created_by_id on startup (created_by, id);
create index startup_name_prefix on startup (name_key text_pattern_ops);

create table cohort (
    id           uuid        primary key,
    program_id   uuid        not null,
    hub_id       uuid        not null,
    hub_code     text        not null,
    name         text        not null,
    starts_on    date        not null,
    ends_on      date        not null,
    capacity     integer     not null check (capacity > 0),
    -- seats held by ACCEPTED, ACTIVE and GRADUATED enrollments, moved by conditional updates only
    seats_taken  integer     not null default 0 check (seats_taken >= 0 and seats_taken <= capacity),
    illustrative boolean     not null default false,
    created_by   text        not null,
    created_at   timestamptz not null default now(),
    version      bigint      not null default 0,
    check (ends_on >= starts_on)
);
create unique index cohort_program_hub_name_uq on cohort (program_id, hub_id, lower(name));
create index cohort_program_hub_id on cohort (program_id, hub_id, id);
create index cohort_hub_id on cohort (hub_id, id);
create index cohort_hub_code_id on cohort (hub_code, id);

create table enrollment (
    id                uuid        primary key,
    startup_id        uuid        not null references startup (id),
    cohort_id         uuid        not null references cohort (id),
    -- denormalised from the cohort so that filters and partner checks need one table
    program_id        uuid        not null,
    hub_id            uuid        not null,
    hub_code          text        not null,
    status            text        not null check (status in
                          ('APPLIED','SCREENING','ACCEPTED','ACTIVE','GRADUATED','REJECTED','WITHDRAWN')),
    note              text,
    status_changed_at timestamptz not null,
    created_by        text        not null,
    created_at        timestamptz not null default now(),
    version           bigint      not null default 0,
    constraint enrollment_startup_cohort_uq unique (startup_id, cohort_id)
);
create index enrollment_startup_id on enrollment (startup_id, id);
create index enrollment_cohort_id on enrollment (cohort_id, id);
create index enrollment_program_id on enrollment (program_id, id);
create index enrollment_hub_id on enrollment (hub_id, id);
create index enrollment_hub_code_id on enrollment (hub_code, id);
create index enrollment_status_id on enrollment (status, id);
-- semi-joins from the startup list (startups of a program / hub / in a status)
create index enrollment_program_startup on enrollment (program_id, startup_id);
create index enrollment_hub_code_startup on enrollment (hub_code, startup_id);

create table enrollment_transition (
    id            uuid        primary key,
    enrollment_id uuid        not null references enrollment (id),
    from_status   text,
    to_status     text        not null,
    at            timestamptz not null,
    by_subject    text        not null,
    reason        text
);
create index enrollment_transition_enrollment_id on enrollment_transition (enrollment_id, id);

create table kpi_snapshot (
    id                    uuid        primary key,
    startup_id            uuid        not null references startup (id),
    as_of                 date        not null,
    headcount             integer     not null check (headcount >= 0),
    revenue_amount        numeric     check (revenue_amount >= 0),
    revenue_currency      char(3),
    funds_raised_amount   numeric     check (funds_raised_amount >= 0),
    funds_raised_currency char(3),
    illustrative          boolean     not null default false,
    recorded_by           text        not null,
    created_at            timestamptz not null default now(),
    constraint kpi_snapshot_startup_as_of_uq unique (startup_id, as_of),
    check ((revenue_amount is null) = (revenue_currency is null)),
    check ((funds_raised_amount is null) = (funds_raised_currency is null))
);
create index kpi_snapshot_startup_id on kpi_snapshot (startup_id, id);

create table scaleup (
    id          uuid        primary key,
    startup_id  uuid        not null references startup (id),
    program_id  uuid        not null,
    hub_id      uuid        not null,
    hub_code    text        not null,
    marked_on   date        not null,
    evidence    text        not null,
    marked_by   text        not null,
    created_at  timestamptz not null default now(),
    constraint scaleup_startup_program_uq unique (startup_id, program_id)
);
create index scaleup_program_id on scaleup (program_id, id);
create index scaleup_hub_code_id on scaleup (hub_code, id);
create index scaleup_startup_id on scaleup (startup_id, id);

-- Read-model counters, maintained in the transaction of each change: metric is an enrollment status
-- or SCALEUP. The stats endpoint reads these few rows instead of counting a million enrollments.
create table program_hub_count (
    program_id uuid    not null,
    hub_id     uuid    not null,
    hub_code   text    not null,
    metric     text    not null,
    n          bigint  not null check (n >= 0),
    primary key (program_id, hub_id, metric)
);
create index program_hub_count_hub on program_hub_count (hub_id);
