-- Scored review of applications. A review is one reviewer's work on one application: made when a manager
-- assigns the reviewer (ASSIGNED), scored per rubric criterion and SUBMITTED (final; a manager may reopen
-- it), or REMOVED (unassigned by a manager, or a conflict declared after the assignment). Reviewers are
-- token subjects. Every step is kept in review_event, which only grows.

-- The partner organisation (hub-service partner id) that put an application forward, e.g. the incubator
-- or VC firm that referred the startup; a reviewer's conflict with that partner keeps them off it.
alter table application add column partner_id uuid;
create index application_partner on application (partner_id) where partner_id is not null;

create table reviewer_conflict (
    id          uuid        primary key,
    reviewer    text        not null,
    startup_id  uuid        references startup (id),
    partner_id  uuid,
    reason      text        not null,
    declared_at timestamptz not null,
    declared_by text        not null,
    constraint reviewer_conflict_one_subject check ((startup_id is null) <> (partner_id is null))
);
create unique index reviewer_conflict_startup on reviewer_conflict (reviewer, startup_id) where startup_id is not null;
create unique index reviewer_conflict_partner on reviewer_conflict (reviewer, partner_id) where partner_id is not null;

create table review (
    id             uuid          primary key,
    application_id uuid          not null references application (id),
    call_id        uuid          not null references call (id),
    hub_code       text          not null,
    reviewer       text          not null,
    status         text          not null default 'ASSIGNED' check (status in ('ASSIGNED', 'SUBMITTED', 'REMOVED')),
    scores         jsonb         not null default '{}',
    comment        text,
    -- the review's weighted mean on the rubric's scale, fixed when it is submitted
    score          numeric(12, 6),
    assigned_at    timestamptz   not null,
    assigned_by    text          not null,
    submitted_at   timestamptz,
    removed_reason text,
    updated_at     timestamptz   not null,
    version        bigint        not null default 0,
    constraint review_one_per_reviewer unique (application_id, reviewer),
    constraint review_submitted_scored check ((status = 'SUBMITTED') = (score is not null and submitted_at is not null))
);
create index review_call_reviewer on review (call_id, reviewer) where status <> 'REMOVED';
create index review_reviewer on review (reviewer, id);
create index review_application on review (application_id);

create table review_event (
    id         uuid        primary key,
    review_id  uuid        not null references review (id),
    action     text        not null check (action in ('ASSIGNED', 'SUBMITTED', 'REOPENED', 'REMOVED')),
    at         timestamptz not null,
    by_subject text        not null,
    reason     text,
    scores     jsonb,
    comment    text
);
create index review_event_review on review_event (review_id, id);

create function review_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'review_event is append-only';
end $$;
create trigger review_event_append_only before update or delete on review_event
    for each row execute function review_event_append_only();

-- The funnel: how many enrollments ever reached SCREENING, ACCEPTED, ACTIVE (REACHED_<status>
-- counters, raised by each forward move), backfilled from the transitions already kept.
insert into program_hub_count (program_id, hub_id, hub_code, metric, n)
select e.program_id, e.hub_id, e.hub_code, 'REACHED_' || t.to_status, count(distinct e.id)
from enrollment_transition t
join enrollment e on e.id = t.enrollment_id
where t.to_status in ('SCREENING', 'ACCEPTED', 'ACTIVE')
group by e.program_id, e.hub_id, e.hub_code, t.to_status
on conflict (program_id, hub_id, metric) do update set n = excluded.n;
