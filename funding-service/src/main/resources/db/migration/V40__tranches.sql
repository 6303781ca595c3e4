-- Tranches: an allocation's payment schedule. Each tranche has an amount, a due date and a milestone;
-- it is paid only once its milestone is APPROVED and never beyond its amount. As with the other money
-- rules, the service changes the figures by conditional UPDATEs and these constraints are the second wall.

-- The sum of the allocation's tranches; a schedule never exceeds the allocation.
alter table allocation
    add column scheduled numeric not null default 0 check (scheduled >= 0),
    add constraint allocation_schedule_within_amount check (scheduled <= amount);

create table tranche (
    id                  uuid        primary key,
    allocation_id       uuid        not null references allocation (id),
    budget_id           uuid        not null references budget (id),
    hub_id              uuid,
    hub_code            text,
    currency            char(3)     not null,
    amount              numeric     not null check (amount > 0),
    disbursed           numeric     not null default 0 check (disbursed >= 0),
    due_on              date        not null,
    milestone_title     text        not null,
    evidence_required   text,
    milestone_status    text        not null default 'PENDING'
                        check (milestone_status in ('PENDING', 'SUBMITTED', 'APPROVED', 'REJECTED')),
    evidence_text       text,
    evidence_links      text[]      not null default '{}',
    submitted_at        timestamptz,
    submitted_by        text,
    decided_at          timestamptz,
    decided_by          text,
    decision_reason     text,
    created_at          timestamptz not null default now(),
    created_by          text        not null,
    version             bigint      not null default 0,
    constraint tranche_disbursed_within_amount check (disbursed <= amount),
    constraint tranche_paid_only_when_approved check (disbursed = 0 or milestone_status = 'APPROVED')
);
create index tranche_allocation on tranche (allocation_id, id);
create index tranche_hub_code on tranche (hub_code, id);
-- Overdue: due date passed and milestone not yet approved.
create index tranche_open_milestones on tranche (due_on, id) where milestone_status <> 'APPROVED';

-- Every step of a milestone (submitted with its evidence, approved, rejected with a reason); append-only.
create table milestone_event (
    id              uuid        primary key,
    tranche_id      uuid        not null references tranche (id),
    status          text        not null check (status in ('SUBMITTED', 'APPROVED', 'REJECTED')),
    evidence_text   text,
    evidence_links  text[]      not null default '{}',
    reason          text,
    at              timestamptz not null,
    by              text        not null
);
create index milestone_event_tranche on milestone_event (tranche_id, id);
create trigger milestone_event_append_only before update or delete on milestone_event
    for each row execute function refuse_change();

alter table disbursement add column tranche_id uuid references tranche (id);
create index disbursement_tranche on disbursement (tranche_id, id) where tranche_id is not null;
alter table approval_request add column tranche_id uuid references tranche (id);
