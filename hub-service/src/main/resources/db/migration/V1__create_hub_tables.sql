-- hub-service schema: hubs, partners (organisations) and their links, programs, the hubs that run
-- them and their targets. Ids are UUIDv7 (creation-ordered), so every list pages by (filter, id).

create table hub (
    id            uuid         primary key,
    code          varchar(32)  not null,
    name          varchar(200) not null,
    kind          varchar(32)  not null,
    country       char(2)      not null,
    city          varchar(100),
    region        varchar(32)  not null,
    status        varchar(16)  not null,
    opened_on     date,
    closed_on     date,
    supersedes_id uuid         references hub (id),
    archived      boolean      not null default false,
    version       bigint       not null default 0,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    constraint hub_code_unique unique (code),
    constraint hub_supersedes_once unique (supersedes_id),
    constraint hub_not_self_superseding check (supersedes_id is null or supersedes_id <> id),
    constraint hub_closed_after_opened check (closed_on is null or opened_on is null or closed_on >= opened_on)
);
create index hub_region_id on hub (region, id);
create index hub_country_id on hub (country, id);
create index hub_kind_id on hub (kind, id);
create index hub_status_id on hub (status, id);

create table program (
    id         uuid         primary key,
    code       varchar(32)  not null,
    name       varchar(200) not null,
    kind       varchar(32)  not null,
    region     varchar(32)  not null,
    starts_on  date,
    ends_on    date,
    archived   boolean      not null default false,
    version    bigint       not null default 0,
    created_at timestamptz  not null default now(),
    updated_at timestamptz  not null default now(),
    constraint program_code_unique unique (code),
    constraint program_ends_after_start check (ends_on is null or starts_on is null or ends_on >= starts_on)
);
create index program_region_id on program (region, id);
create index program_kind_id on program (kind, id);

-- The hubs that run a program.
create table program_hub (
    program_id uuid        not null references program (id),
    hub_id     uuid        not null references hub (id),
    added_at   timestamptz not null default now(),
    primary key (program_id, hub_id)
);
create index program_hub_hub_program on program_hub (hub_id, program_id);

create table program_target (
    id         uuid        primary key,
    program_id uuid        not null references program (id),
    metric     varchar(40) not null,
    value      bigint      not null check (value > 0),
    due_on     date,
    version    bigint      not null default 0,
    created_at timestamptz not null default now(),
    constraint program_target_unique unique nulls not distinct (program_id, metric, due_on)
);
create index program_target_program_id on program_target (program_id, id);

create table partner (
    id         uuid         primary key,
    name       varchar(200) not null,
    kind       varchar(32)  not null,
    country    char(2),
    website    varchar(500),
    archived   boolean      not null default false,
    version    bigint       not null default 0,
    created_at timestamptz  not null default now(),
    updated_at timestamptz  not null default now()
);
create index partner_kind_id on partner (kind, id);
create index partner_country_id on partner (country, id);

-- A partner's link to exactly one hub or one program, with its role and period.
create table partner_link (
    id         uuid        primary key,
    partner_id uuid        not null references partner (id),
    hub_id     uuid        references hub (id),
    program_id uuid        references program (id),
    role       varchar(32) not null,
    since_on   date,
    until_on   date,
    version    bigint      not null default 0,
    created_at timestamptz not null default now(),
    constraint partner_link_one_target check ((hub_id is null) <> (program_id is null)),
    constraint partner_link_until_after_since check (until_on is null or since_on is null or until_on >= since_on),
    constraint partner_link_hub_role unique (partner_id, hub_id, role),
    constraint partner_link_program_role unique (partner_id, program_id, role)
);
create index partner_link_partner_id on partner_link (partner_id, id);
create index partner_link_hub_id on partner_link (hub_id, id);
create index partner_link_program_id on partner_link (program_id, id);
