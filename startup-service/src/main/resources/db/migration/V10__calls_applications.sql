-- Calls for applications: how startups get into a cohort. A call belongs to one cohort; its form,
-- eligibility rules and scoring rubric are JSON documents checked by the service and frozen once the
-- call opens. An application is a startup's answers to one call (one per startup and call); submitting
-- it creates the APPLIED enrollment in the same transaction.

create table call (
    id                        uuid        primary key,
    cohort_id                 uuid        not null references cohort (id),
    program_id                uuid        not null,
    hub_id                    uuid        not null,
    hub_code                  text        not null,
    title                     text        not null,
    description               text,
    opens_at                  timestamptz not null,
    closes_at                 timestamptz not null,
    status                    text        not null default 'DRAFT' check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    form                      jsonb       not null,
    eligibility               jsonb       not null,
    rubric                    jsonb       not null,
    reviewers_per_application integer     not null check (reviewers_per_application between 1 and 10),
    blind                     boolean     not null default false,
    created_at                timestamptz not null,
    created_by                text        not null,
    updated_at                timestamptz not null,
    version                   bigint      not null default 0,
    constraint call_period check (closes_at > opens_at)
);
create index call_cohort on call (cohort_id, id);
create index call_hub_code on call (hub_code, id);
create index call_status on call (status, id);

create table application (
    id             uuid        primary key,
    call_id        uuid        not null references call (id),
    startup_id     uuid        not null references startup (id),
    hub_id         uuid        not null,
    hub_code       text        not null,
    status         text        not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED', 'WITHDRAWN')),
    answers        jsonb       not null,
    enrollment_id  uuid        references enrollment (id),
    submitted_at   timestamptz,
    withdrawn_at   timestamptz,
    withdraw_reason text,
    created_at     timestamptz not null,
    created_by     text        not null,
    updated_at     timestamptz not null,
    version        bigint      not null default 0,
    constraint application_one_per_startup unique (call_id, startup_id),
    constraint application_submitted_has_enrollment check (status <> 'SUBMITTED' or enrollment_id is not null)
);
create index application_call on application (call_id, id);
create index application_startup on application (startup_id, id);
create index application_hub_code on application (hub_code, id);
