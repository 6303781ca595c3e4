-- Segregation of duties: a budget's approval policy, and requests that wait for approvals before the
-- money moves. A pending request reserves nothing: the money moves, under the same conditional updates
-- as a direct allocation or disbursement, in the transaction of the approval that completes it.

create table approval_policy (
    budget_id      uuid primary key references budget (id),
    approver_roles text[]      not null check (cardinality(approver_roles) > 0
                                               and approver_roles <@ array['admin', 'manager']::text[]),
    version        bigint      not null default 0,
    updated_at     timestamptz not null,
    updated_by     text        not null
);

-- "kind over amount needs approvals": the highest threshold strictly below an amount applies.
create table approval_threshold (
    budget_id uuid           not null references approval_policy (budget_id) on delete cascade,
    kind      text           not null check (kind in ('ALLOCATION', 'DISBURSEMENT')),
    over      numeric not null check (over >= 0),
    approvals integer        not null check (approvals between 1 and 5),
    primary key (budget_id, kind, over)
);

create table approval_request (
    id                 uuid primary key,
    budget_id          uuid           not null references budget (id),
    kind               text           not null check (kind in ('ALLOCATION', 'DISBURSEMENT')),
    status             text           not null check (status in ('PENDING_APPROVAL', 'EXECUTED', 'REJECTED', 'CANCELLED')),
    currency           char(3)        not null,
    amount             numeric not null check (amount > 0),
    approvals_required integer        not null check (approvals_required between 1 and 5),
    approvals          integer        not null default 0 check (approvals >= 0 and approvals <= approvals_required),
    -- what to execute: an allocation (year, recipient, note) or a disbursement (allocation, paid on, reference)
    year               integer,
    recipient_type     text,
    recipient_id       uuid,
    hub_id             uuid,
    hub_code           text,
    note               text,
    allocation_id      uuid references allocation (id),
    paid_on            date,
    external_reference text,
    requested_at       timestamptz    not null,
    requested_by       text           not null,
    decided_at         timestamptz,
    decided_by         text,
    decision_reason    text,
    result_id          uuid,
    version            bigint         not null default 0,
    check ((status = 'EXECUTED') = (result_id is not null)),
    check (kind <> 'ALLOCATION' or recipient_type is not null),
    check (kind <> 'DISBURSEMENT' or (allocation_id is not null and paid_on is not null))
);
create index approval_request_queue on approval_request (status, id);
create index approval_request_budget on approval_request (budget_id, id);

-- One row per person: a second approval by the same token subject is the same approval.
create table approval (
    request_id  uuid        not null references approval_request (id),
    approver    text        not null,
    role        text        not null,
    reason      text,
    approved_at timestamptz not null,
    primary key (request_id, approver)
);
