-- funding-service demo dataset (sources: docs/DEMO-DATA.md). Fixed ids, re-runnable.
-- Budgets are the published figures; allocations and the disbursement are illustrative and say so.
-- Balances are written consistent with the journal, so GET /api/v1/budgets/{id}/reconciliation agrees.

insert into budget (id, program_id, name, source, kind, currency, starts_on, ends_on, total, committed, disbursed,
                    has_lines, created_at, created_by) values
 ('00000000-0000-7000-8000-000000000701', '00000000-0000-7000-8000-000000000201',
  'Spark Program (Asia Pacific): more than USD 100 million over three years', 'Huawei', 'CASH', 'USD',
  '2021-01-01', '2023-12-31', 100000000.00, 8300000.00, 1250000.00, false, '2021-01-01T00:00:00Z', 'demo'),
 ('00000000-0000-7000-8000-000000000702', '00000000-0000-7000-8000-000000000205',
  'C2C-JIP: HUAWEI CLOUD resources (half of USD 40 million)', 'HUAWEI CLOUD', 'CLOUD_CREDITS', 'USD',
  '2021-01-01', null, 20000000.00, 1000000.00, 0, false, '2021-01-01T00:00:00Z', 'demo'),
 ('00000000-0000-7000-8000-000000000703', '00000000-0000-7000-8000-000000000205',
  'C2C-JIP: Huawei Mobile Services resources (the other half of USD 40 million)', 'Huawei Mobile Services (HMS)',
  'IN_KIND', 'USD', '2021-01-01', null, 20000000.00, 0, 0, false, '2021-01-01T00:00:00Z', 'demo'),
 ('00000000-0000-7000-8000-000000000704', '00000000-0000-7000-8000-000000000206',
  'Paris Innovation Center: over EUR 2 million a year (link to DIGITAL-INPULSE illustrative)', 'Huawei', 'CASH',
  'EUR', '2023-01-01', null, 6000000.00, 4000000.00, 0, true, '2023-01-01T00:00:00Z', 'demo')
on conflict do nothing;

insert into budget_line (budget_id, year, total, committed, disbursed) values
 ('00000000-0000-7000-8000-000000000704', 2023, 2000000.00, 2000000.00, 0),
 ('00000000-0000-7000-8000-000000000704', 2024, 2000000.00, 2000000.00, 0),
 ('00000000-0000-7000-8000-000000000704', 2025, 2000000.00, 0, 0)
on conflict do nothing;

insert into allocation (id, budget_id, year, recipient_type, recipient_id, hub_id, hub_code, currency, amount,
                        disbursed, note, created_at, created_by, scheduled) values
 ('00000000-0000-7000-8000-000000000801', '00000000-0000-7000-8000-000000000701', null, 'HUB',
  '00000000-0000-7000-8000-000000000101', '00000000-0000-7000-8000-000000000101', 'SG', 'USD', 5000000.00,
  1250000.00, 'Singapore hub operations (illustrative)', '2021-03-01T00:00:00Z', 'demo', 0),
 ('00000000-0000-7000-8000-000000000802', '00000000-0000-7000-8000-000000000701', null, 'HUB',
  '00000000-0000-7000-8000-000000000102', '00000000-0000-7000-8000-000000000102', 'HK', 'USD', 3000000.00,
  0, 'Hong Kong hub operations (illustrative)', '2021-03-01T00:00:00Z', 'demo', 0),
 ('00000000-0000-7000-8000-000000000803', '00000000-0000-7000-8000-000000000704', 2023, 'HUB',
  '00000000-0000-7000-8000-000000000110', '00000000-0000-7000-8000-000000000110', 'PAR-IC', 'EUR', 2000000.00,
  0, 'Paris Innovation Center, 2023', '2023-06-01T00:00:00Z', 'demo', 0),
 ('00000000-0000-7000-8000-000000000804', '00000000-0000-7000-8000-000000000704', 2024, 'HUB',
  '00000000-0000-7000-8000-000000000110', '00000000-0000-7000-8000-000000000110', 'PAR-IC', 'EUR', 2000000.00,
  0, 'Paris Innovation Center, 2024, paid in three tranches (illustrative schedule)', '2024-01-15T00:00:00Z', 'demo',
  2000000.00),
 ('00000000-0000-7000-8000-000000000805', '00000000-0000-7000-8000-000000000702', null, 'HUB',
  '00000000-0000-7000-8000-000000000101', '00000000-0000-7000-8000-000000000101', 'SG', 'USD', 1000000.00,
  0, 'Cloud credits for Singapore startups (illustrative)', '2021-06-01T00:00:00Z', 'demo', 0),
 ('00000000-0000-7000-8000-000000000806', '00000000-0000-7000-8000-000000000701', null, 'COHORT',
  '00000000-0000-7000-8000-000000000401', '00000000-0000-7000-8000-000000000101', 'SG', 'USD', 250000.00,
  0, 'Cohort programme grant, Singapore (illustrative)', '2021-07-01T00:00:00Z', 'demo', 0),
 ('00000000-0000-7000-8000-000000000807', '00000000-0000-7000-8000-000000000701', null, 'STARTUP',
  '00000000-0000-7000-8000-000000000501', '00000000-0000-7000-8000-000000000101', 'SG', 'USD', 50000.00,
  0, 'Seed support grant (illustrative)', '2021-08-01T00:00:00Z', 'demo', 0)
on conflict do nothing;

insert into recipient_balance (budget_id, recipient_type, recipient_id, hub_id, hub_code, committed, disbursed) values
 ('00000000-0000-7000-8000-000000000701', 'HUB', '00000000-0000-7000-8000-000000000101',
  '00000000-0000-7000-8000-000000000101', 'SG', 5000000.00, 1250000.00),
 ('00000000-0000-7000-8000-000000000701', 'HUB', '00000000-0000-7000-8000-000000000102',
  '00000000-0000-7000-8000-000000000102', 'HK', 3000000.00, 0),
 ('00000000-0000-7000-8000-000000000704', 'HUB', '00000000-0000-7000-8000-000000000110',
  '00000000-0000-7000-8000-000000000110', 'PAR-IC', 4000000.00, 0),
 ('00000000-0000-7000-8000-000000000702', 'HUB', '00000000-0000-7000-8000-000000000101',
  '00000000-0000-7000-8000-000000000101', 'SG', 1000000.00, 0),
 ('00000000-0000-7000-8000-000000000701', 'COHORT', '00000000-0000-7000-8000-000000000401',
  '00000000-0000-7000-8000-000000000101', 'SG', 250000.00, 0),
 ('00000000-0000-7000-8000-000000000701', 'STARTUP', '00000000-0000-7000-8000-000000000501',
  '00000000-0000-7000-8000-000000000101', 'SG', 50000.00, 0)
on conflict do nothing;

insert into disbursement (id, allocation_id, budget_id, currency, amount, paid_on, external_reference, created_at,
                          created_by) values
 ('00000000-0000-7000-8000-000000000901', '00000000-0000-7000-8000-000000000801',
  '00000000-0000-7000-8000-000000000701', 'USD', 1250000.00, '2021-09-30', 'DEMO-PAY-0001 (illustrative)',
  '2021-09-30T00:00:00Z', 'demo')
on conflict do nothing;

insert into journal_entry (id, budget_id, year, allocation_id, disbursement_id, entry_type, amount, currency,
                           recipient_type, recipient_id, hub_id, hub_code, created_at, created_by) values
 ('00000000-0000-7000-8000-00000000a001', '00000000-0000-7000-8000-000000000701', null, null, null,
  'BUDGET_OPENED', 100000000.00, 'USD', null, null, null, null, '2021-01-01T00:00:00Z', 'demo'),
 ('00000000-0000-7000-8000-00000000a002', '00000000-0000-7000-8000-000000000702', null, null, null,
  'BUDGET_OPENED', 20000000.00, 'USD', null, null, null, null, '2021-01-01T00:00:00Z', 'demo'),
 ('00000000-0000-7000-8000-00000000a003', '00000000-0000-7000-8000-000000000703', null, null, null,
  'BUDGET_OPENED', 20000000.00, 'USD', null, null, null, null, '2021-01-01T00:00:00Z', 'demo'),
 ('00000000-0000-7000-8000-00000000a004', '00000000-0000-7000-8000-000000000704', 2023, null, null,
  'BUDGET_OPENED', 2000000.00, 'EUR', null, null, null, null, '2023-01-01T00:00:00Z', 'demo'),
 ('00000000-0000-7000-8000-00000000a005', '00000000-0000-7000-8000-000000000704', 2024, null, null,
  'BUDGET_OPENED', 2000000.00, 'EUR', null, null, null, null, '2023-01-01T00:00:00Z', 'demo'),
 ('00000000-0000-7000-8000-00000000a006', '00000000-0000-7000-8000-000000000704', 2025, null, null,
  'BUDGET_OPENED', 2000000.00, 'EUR', null, null, null, null, '2023-01-01T00:00:00Z', 'demo'),
 ('00000000-0000-7000-8000-00000000a007', '00000000-0000-7000-8000-000000000701', null,
  '00000000-0000-7000-8000-000000000801', null, 'COMMITTED', 5000000.00, 'USD', 'HUB',
  '00000000-0000-7000-8000-000000000101', '00000000-0000-7000-8000-000000000101', 'SG', '2021-03-01T00:00:00Z', 'demo'),
 ('00000000-0000-7000-8000-00000000a008', '00000000-0000-7000-8000-000000000701', null,
  '00000000-0000-7000-8000-000000000802', null, 'COMMITTED', 3000000.00, 'USD', 'HUB',
  '00000000-0000-7000-8000-000000000102', '00000000-0000-7000-8000-000000000102', 'HK', '2021-03-01T00:00:00Z', 'demo'),
 ('00000000-0000-7000-8000-00000000a009', '00000000-0000-7000-8000-000000000704', 2023,
  '00000000-0000-7000-8000-000000000803', null, 'COMMITTED', 2000000.00, 'EUR', 'HUB',
  '00000000-0000-7000-8000-000000000110', '00000000-0000-7000-8000-000000000110', 'PAR-IC', '2023-06-01T00:00:00Z',
  'demo'),
 ('00000000-0000-7000-8000-00000000a00a', '00000000-0000-7000-8000-000000000704', 2024,
  '00000000-0000-7000-8000-000000000804', null, 'COMMITTED', 2000000.00, 'EUR', 'HUB',
  '00000000-0000-7000-8000-000000000110', '00000000-0000-7000-8000-000000000110', 'PAR-IC', '2024-01-15T00:00:00Z',
  'demo'),
 ('00000000-0000-7000-8000-00000000a00b', '00000000-0000-7000-8000-000000000702', null,
  '00000000-0000-7000-8000-000000000805', null, 'COMMITTED', 1000000.00, 'USD', 'HUB',
  '00000000-0000-7000-8000-000000000101', '00000000-0000-7000-8000-000000000101', 'SG', '2021-06-01T00:00:00Z', 'demo'),
 ('00000000-0000-7000-8000-00000000a00c', '00000000-0000-7000-8000-000000000701', null,
  '00000000-0000-7000-8000-000000000801', '00000000-0000-7000-8000-000000000901', 'DISBURSED', 1250000.00, 'USD',
  'HUB', '00000000-0000-7000-8000-000000000101', '00000000-0000-7000-8000-000000000101', 'SG',
  '2021-09-30T00:00:00Z', 'demo'),
 ('00000000-0000-7000-8000-00000000a00d', '00000000-0000-7000-8000-000000000701', null,
  '00000000-0000-7000-8000-000000000806', null, 'COMMITTED', 250000.00, 'USD', 'COHORT',
  '00000000-0000-7000-8000-000000000401', '00000000-0000-7000-8000-000000000101', 'SG', '2021-07-01T00:00:00Z', 'demo'),
 ('00000000-0000-7000-8000-00000000a00e', '00000000-0000-7000-8000-000000000701', null,
  '00000000-0000-7000-8000-000000000807', null, 'COMMITTED', 50000.00, 'USD', 'STARTUP',
  '00000000-0000-7000-8000-000000000501', '00000000-0000-7000-8000-000000000101', 'SG', '2021-08-01T00:00:00Z', 'demo')
on conflict do nothing;

-- The 2024 Paris allocation paid in three tranches against milestones (illustrative schedule): the first
-- milestone approved, the second awaiting its review, the third due and still pending (so overdue).
insert into tranche (id, allocation_id, budget_id, hub_id, hub_code, currency, amount, disbursed, due_on,
                     milestone_title, evidence_required, milestone_status, evidence_text, evidence_links,
                     submitted_at, submitted_by, decided_at, decided_by, decision_reason, created_at, created_by,
                     version) values
 ('00000000-0000-7000-8000-00000000c001', '00000000-0000-7000-8000-000000000804',
  '00000000-0000-7000-8000-000000000704', '00000000-0000-7000-8000-000000000110', 'PAR-IC', 'EUR', 800000.00, 0,
  '2024-03-31', 'Open the 2024 call and select the cohort', 'The call, the jury''s minutes and the cohort list',
  'APPROVED', 'Call closed with 240 applications; 20 startups selected (illustrative)',
  array['https://example.org/paris-2024-cohort.pdf'], '2024-03-20T10:00:00Z', 'demo',
  '2024-03-25T10:00:00Z', 'demo', 'Minutes and list checked', '2024-01-15T00:00:00Z', 'demo', 2),
 ('00000000-0000-7000-8000-00000000c002', '00000000-0000-7000-8000-000000000804',
  '00000000-0000-7000-8000-000000000704', '00000000-0000-7000-8000-000000000110', 'PAR-IC', 'EUR', 700000.00, 0,
  '2024-09-30', 'Mid-year review of the cohort', 'Each startup''s KPI snapshot and a review note',
  'SUBMITTED', 'KPI snapshots of the 20 startups and the review note (illustrative)',
  array['https://example.org/paris-2024-review.pdf'], '2024-09-25T10:00:00Z', 'demo',
  null, null, null, '2024-01-15T00:00:00Z', 'demo', 1),
 ('00000000-0000-7000-8000-00000000c003', '00000000-0000-7000-8000-000000000804',
  '00000000-0000-7000-8000-000000000704', '00000000-0000-7000-8000-000000000110', 'PAR-IC', 'EUR', 500000.00, 0,
  '2025-01-31', 'Demo day and annual report', 'The annual report and the demo day programme',
  'PENDING', null, '{}', null, null, null, null, null, '2024-01-15T00:00:00Z', 'demo', 0)
on conflict do nothing;

insert into milestone_event (id, tranche_id, status, evidence_text, evidence_links, reason, at, by) values
 ('00000000-0000-7000-8000-00000000c101', '00000000-0000-7000-8000-00000000c001', 'SUBMITTED',
  'Call closed with 240 applications; 20 startups selected (illustrative)',
  array['https://example.org/paris-2024-cohort.pdf'], null, '2024-03-20T10:00:00Z', 'demo'),
 ('00000000-0000-7000-8000-00000000c102', '00000000-0000-7000-8000-00000000c001', 'APPROVED', null, '{}',
  'Minutes and list checked', '2024-03-25T10:00:00Z', 'demo'),
 ('00000000-0000-7000-8000-00000000c103', '00000000-0000-7000-8000-00000000c002', 'SUBMITTED',
  'KPI snapshots of the 20 startups and the review note (illustrative)',
  array['https://example.org/paris-2024-review.pdf'], null, '2024-09-25T10:00:00Z', 'demo')
on conflict do nothing;

-- Reference rates for the reporting-currency examples (base EUR, illustrative figures in the ECB's layout).
insert into exchange_rate (id, base, quote, rate_date, rate, source, created_at, created_by) values
 ('00000000-0000-7000-8000-00000000d001', 'EUR', 'USD', '2025-06-30', 1.1720, 'Demo (illustrative)', '2025-07-01T00:00:00Z', 'demo'),
 ('00000000-0000-7000-8000-00000000d002', 'EUR', 'SGD', '2025-06-30', 1.4941, 'Demo (illustrative)', '2025-07-01T00:00:00Z', 'demo'),
 ('00000000-0000-7000-8000-00000000d003', 'EUR', 'HKD', '2025-06-30', 9.1997, 'Demo (illustrative)', '2025-07-01T00:00:00Z', 'demo')
on conflict do nothing;

-- Segregation of duties on the Spark budget (illustrative policy, the issue's example figures): allocations
-- over USD 50,000 need 2 approvals; disbursements over USD 10,000 need 2, over USD 250,000 need 3. One
-- payment waits for its approvals; it reserves nothing until the last approval pays it (docs: README, Approvals).
insert into approval_policy (budget_id, approver_roles, version, updated_at, updated_by) values
 ('00000000-0000-7000-8000-000000000701', array['admin', 'manager'], 0, '2021-10-01T00:00:00Z', 'demo')
on conflict do nothing;

insert into approval_threshold (budget_id, kind, over, approvals) values
 ('00000000-0000-7000-8000-000000000701', 'ALLOCATION', 50000.00, 2),
 ('00000000-0000-7000-8000-000000000701', 'DISBURSEMENT', 10000.00, 2),
 ('00000000-0000-7000-8000-000000000701', 'DISBURSEMENT', 250000.00, 3)
on conflict do nothing;

insert into approval_request (id, budget_id, kind, status, currency, amount, approvals_required, approvals,
                              allocation_id, hub_id, hub_code, paid_on, external_reference, requested_at,
                              requested_by) values
 ('00000000-0000-7000-8000-00000000b001', '00000000-0000-7000-8000-000000000701', 'DISBURSEMENT',
  'PENDING_APPROVAL', 'USD', 120000.00, 2, 0, '00000000-0000-7000-8000-000000000801',
  '00000000-0000-7000-8000-000000000101', 'SG', '2021-11-30',
  'DEMO-PAY-0002 (illustrative, awaiting approval)', '2021-11-15T09:00:00Z', 'demo')
on conflict do nothing;
