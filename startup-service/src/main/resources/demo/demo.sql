-- startup-service demo dataset (loaded at start only when KINDLING_DEMO=true; re-runnable). Sources: docs/DEMO-DATA.md.
-- Published fact used: SPARK-APAC had 40 startups participating when it was announced. Everything
-- else here (cohort names and dates, startup names, sectors, KPI figures) is ILLUSTRATIVE and says so.
-- Ids: cohorts 04xx, startups 05xx, enrollments 06xx (shared demo id scheme); transitions 8001-…,
-- KPI snapshots 8002-… (startup-service internal).

-- Two SPARK-APAC cohorts at each ACTIVE hub that runs it: SG 0101, HK 0102, MY 0103, TH 0104.
insert into cohort (id, program_id, hub_id, hub_code, name, starts_on, ends_on, capacity, illustrative, created_by)
select ('00000000-0000-7000-8000-' || lpad((400 + 2 * h.n - 1 + c.k)::text, 12, '0'))::uuid,
       '00000000-0000-7000-8000-000000000201'::uuid,
       ('00000000-0000-7000-8000-' || lpad((100 + h.n)::text, 12, '0'))::uuid,
       h.code,
       'Spark ' || h.code || ' ' || c.label || ' intake (illustrative)',
       c.starts_on, c.ends_on, c.capacity, true, 'demo'
from (values (1, 'SG'), (2, 'HK'), (3, 'MY'), (4, 'TH')) as h(n, code)
cross join (values (0, '2021', date '2021-06-01', date '2022-05-31', 10),
                   (1, '2026', date '2026-09-01', date '2027-06-30', 12)) as c(k, label, starts_on, ends_on, capacity)
on conflict do nothing;

-- The 40 participating startups, ten per hub.
insert into startup (id, name, name_key, country, city, sector, founded_on, team_size, illustrative, created_by)
select ('00000000-0000-7000-8000-' || lpad((500 + i)::text, 12, '0'))::uuid,
       'Spark APAC demo startup ' || lpad(i::text, 2, '0') || ' (illustrative)',
       'spark apac demo startup ' || lpad(i::text, 2, '0') || ' illustrative',
       (array['SG', 'HK', 'MY', 'TH'])[(i - 1) / 10 + 1],
       (array['Singapore', 'Hong Kong', 'Kuala Lumpur', 'Bangkok'])[(i - 1) / 10 + 1],
       (array['FINTECH', 'HEALTHTECH', 'EDTECH', 'AGRITECH', 'LOGISTICS', 'AI'])[i % 6 + 1],
       date '2018-01-01' + (i * 37),
       5 + i % 20,
       true, 'demo'
from generate_series(1, 40) as i
on conflict do nothing;

-- Each takes part (ACTIVE) in its hub's 2021 cohort: enrollments 0601..0640.
insert into enrollment (id, startup_id, cohort_id, program_id, hub_id, hub_code, status, note, status_changed_at, created_by, created_at)
select ('00000000-0000-7000-8000-' || lpad((600 + i)::text, 12, '0'))::uuid,
       ('00000000-0000-7000-8000-' || lpad((500 + i)::text, 12, '0'))::uuid,
       ('00000000-0000-7000-8000-' || lpad((401 + 2 * ((i - 1) / 10))::text, 12, '0'))::uuid,
       '00000000-0000-7000-8000-000000000201'::uuid,
       ('00000000-0000-7000-8000-' || lpad((101 + (i - 1) / 10)::text, 12, '0'))::uuid,
       (array['SG', 'HK', 'MY', 'TH'])[(i - 1) / 10 + 1],
       'ACTIVE', 'illustrative demo enrollment', timestamptz '2021-06-01 09:00+00', 'demo', timestamptz '2021-04-01 09:00+00'
from generate_series(1, 40) as i
on conflict do nothing;

-- One fresh application per hub to the 2026 cohort, to walk from APPLIED to GRADUATED: 0641..0644
-- (startups 01, 11, 21, 31).
insert into enrollment (id, startup_id, cohort_id, program_id, hub_id, hub_code, status, note, status_changed_at, created_by, created_at)
select ('00000000-0000-7000-8000-' || lpad((640 + h)::text, 12, '0'))::uuid,
       ('00000000-0000-7000-8000-' || lpad((500 + 10 * (h - 1) + 1)::text, 12, '0'))::uuid,
       ('00000000-0000-7000-8000-' || lpad((400 + 2 * h)::text, 12, '0'))::uuid,
       '00000000-0000-7000-8000-000000000201'::uuid,
       ('00000000-0000-7000-8000-' || lpad((100 + h)::text, 12, '0'))::uuid,
       (array['SG', 'HK', 'MY', 'TH'])[h],
       'APPLIED', 'illustrative demo application', timestamptz '2026-08-01 09:00+00', 'demo', timestamptz '2026-08-01 09:00+00'
from generate_series(1, 4) as h
on conflict do nothing;

-- Their histories: APPLIED → SCREENING → ACCEPTED → ACTIVE for the 40, the application for the 4.
insert into enrollment_transition (id, enrollment_id, from_status, to_status, at, by_subject, reason)
select ('00000000-0000-7000-8001-' || lpad((i * 10 + s.k)::text, 12, '0'))::uuid,
       ('00000000-0000-7000-8000-' || lpad((600 + i)::text, 12, '0'))::uuid,
       s.from_status, s.to_status, timestamptz '2021-04-01 09:00+00' + s.k * interval '20 days', 'demo',
       'illustrative demo history'
from generate_series(1, 40) as i
cross join (values (0, null, 'APPLIED'), (1, 'APPLIED', 'SCREENING'), (2, 'SCREENING', 'ACCEPTED'),
                   (3, 'ACCEPTED', 'ACTIVE')) as s(k, from_status, to_status)
on conflict do nothing;
insert into enrollment_transition (id, enrollment_id, from_status, to_status, at, by_subject, reason)
select ('00000000-0000-7000-8001-' || lpad((1000 + h)::text, 12, '0'))::uuid,
       ('00000000-0000-7000-8000-' || lpad((640 + h)::text, 12, '0'))::uuid,
       null, 'APPLIED', timestamptz '2026-08-01 09:00+00', 'demo', 'illustrative demo application'
from generate_series(1, 4) as h
on conflict do nothing;

-- A few illustrative KPI snapshots: startup 01 grows 12 → 24 people in three years (an OECD
-- scale-up candidate), startup 11 grows too but started with fewer than 10 people (not one).
insert into kpi_snapshot (id, startup_id, as_of, headcount, revenue_amount, revenue_currency, funds_raised_amount,
                          funds_raised_currency, illustrative, recorded_by)
values
  ('00000000-0000-7000-8002-000000000001', '00000000-0000-7000-8000-000000000501', '2022-06-30', 12, 400000.00, 'SGD', 1000000.00, 'SGD', true, 'demo'),
  ('00000000-0000-7000-8002-000000000002', '00000000-0000-7000-8000-000000000501', '2023-06-30', 16, 650000.00, 'SGD', 1000000.00, 'SGD', true, 'demo'),
  ('00000000-0000-7000-8002-000000000003', '00000000-0000-7000-8000-000000000501', '2025-06-30', 24, 1300000.00, 'SGD', 4000000.00, 'SGD', true, 'demo'),
  ('00000000-0000-7000-8002-000000000004', '00000000-0000-7000-8000-000000000511', '2022-06-30', 8, 200000.00, 'HKD', null, null, true, 'demo'),
  ('00000000-0000-7000-8002-000000000005', '00000000-0000-7000-8000-000000000511', '2025-06-30', 30, 900000.00, 'HKD', null, null, true, 'demo')
on conflict do nothing;

-- An open call for the 2026 Singapore intake (cohort 0402), with a form and a rubric (illustrative), and four
-- applications: startups 02 and 03 submitted (their APPLIED enrollments 0651, 0652), 04 and 05 still drafts.
insert into call (id, cohort_id, program_id, hub_id, hub_code, title, description, opens_at, closes_at, status, form,
                  eligibility, rubric, reviewers_per_application, blind, created_at, created_by, updated_at)
values ('00000000-0000-7000-8000-00000000e001', '00000000-0000-7000-8000-000000000402',
        '00000000-0000-7000-8000-000000000201', '00000000-0000-7000-8000-000000000101', 'SG',
        'Spark SG 2026 intake: call for applications (illustrative)',
        'Early-stage startups in Southeast Asia building on cloud and AI (illustrative demo call).',
        now() - interval '30 days', now() + interval '120 days', 'OPEN',
        '[{"key": "pitch", "label": "What does the startup do, and for whom?", "type": "LONG_TEXT", "required": true, "maxLength": 1000},
          {"key": "stage", "label": "Stage", "type": "SINGLE_CHOICE", "required": true, "options": ["Idea", "MVP", "Revenue", "Scale"]},
          {"key": "markets", "label": "Markets served", "type": "MULTIPLE_CHOICE", "required": false, "options": ["SG", "MY", "TH", "HK", "ID", "VN"]},
          {"key": "teamSize", "label": "People on the team", "type": "NUMBER", "required": true, "min": 1, "max": 500},
          {"key": "demo", "label": "A link to a demo", "type": "URL", "required": false},
          {"key": "foundedOn", "label": "Founded on", "type": "DATE", "required": false}]'::jsonb,
        '{"countries": ["SG", "MY", "TH", "HK"]}'::jsonb,
        '[{"key": "team", "title": "Team", "guidance": "Founders who can build and sell it", "weight": 2, "scaleMin": 1, "scaleMax": 5},
          {"key": "market", "title": "Market", "guidance": "A market large enough and reachable", "weight": 1.5, "scaleMin": 1, "scaleMax": 5},
          {"key": "product", "title": "Product", "guidance": "Working product and its edge", "weight": 1.5, "scaleMin": 1, "scaleMax": 5},
          {"key": "fit", "title": "Fit with the program", "guidance": "Uses cloud and AI; wants the hub''s help", "weight": 1, "scaleMin": 1, "scaleMax": 5}]'::jsonb,
        2, true, now() - interval '35 days', 'demo', now() - interval '30 days')
on conflict do nothing;

insert into enrollment (id, startup_id, cohort_id, program_id, hub_id, hub_code, status, note, status_changed_at, created_by, created_at)
select ('00000000-0000-7000-8000-' || lpad((650 + i)::text, 12, '0'))::uuid,
       ('00000000-0000-7000-8000-' || lpad((501 + i)::text, 12, '0'))::uuid,
       '00000000-0000-7000-8000-000000000402'::uuid, '00000000-0000-7000-8000-000000000201'::uuid,
       '00000000-0000-7000-8000-000000000101'::uuid, 'SG', 'APPLIED', 'illustrative demo application to the call',
       now() - interval '10 days', 'demo', now() - interval '10 days'
from generate_series(1, 2) as i
on conflict do nothing;
insert into enrollment_transition (id, enrollment_id, from_status, to_status, at, by_subject, reason)
select ('00000000-0000-7000-8001-' || lpad((1100 + i)::text, 12, '0'))::uuid,
       ('00000000-0000-7000-8000-' || lpad((650 + i)::text, 12, '0'))::uuid,
       null, 'APPLIED', now() - interval '10 days', 'demo', 'illustrative demo application to the call'
from generate_series(1, 2) as i
on conflict do nothing;

insert into application (id, call_id, startup_id, hub_id, hub_code, status, answers, enrollment_id, submitted_at,
                         created_at, created_by, updated_at)
select ('00000000-0000-7000-8000-' || lpad(('e10' || i)::text, 12, '0'))::uuid,
       '00000000-0000-7000-8000-00000000e001'::uuid,
       ('00000000-0000-7000-8000-' || lpad((501 + i)::text, 12, '0'))::uuid,
       '00000000-0000-7000-8000-000000000101'::uuid, 'SG',
       case when i <= 2 then 'SUBMITTED' else 'DRAFT' end,
       jsonb_build_object('pitch', 'Illustrative demo startup ' || lpad((1 + i)::text, 2, '0') || ': software for SMEs',
                          'stage', (array['MVP', 'Revenue', 'Idea', 'MVP'])[i], 'teamSize', 3 + i),
       case when i <= 2 then ('00000000-0000-7000-8000-' || lpad((650 + i)::text, 12, '0'))::uuid end,
       case when i <= 2 then now() - interval '10 days' end,
       now() - interval '12 days', 'demo', now() - interval '10 days'
from generate_series(1, 4) as i
on conflict do nothing;

-- 26 more applicants to the same call (startups 0541..0566, applications e105..e130, APPLIED enrollments
-- 0655..0680): 30 applications in all, 28 submitted. Every submitted one has two of four reviewers
-- (token subjects reviewer-1..reviewer-4; reviewer-1 scores leniently, reviewer-4 harshly, so the ranking's
-- normalisation shows), and about two thirds of those reviews are in. All ILLUSTRATIVE.
insert into startup (id, name, name_key, country, city, sector, founded_on, team_size, illustrative, created_by)
select ('00000000-0000-7000-8000-' || lpad((536 + i)::text, 12, '0'))::uuid,
       'Spark SG applicant ' || lpad(i::text, 2, '0') || ' (illustrative)',
       'spark sg applicant ' || lpad(i::text, 2, '0') || ' illustrative',
       (array['SG', 'MY', 'TH', 'HK'])[i % 4 + 1],
       (array['Singapore', 'Kuala Lumpur', 'Bangkok', 'Hong Kong'])[i % 4 + 1],
       (array['FINTECH', 'HEALTHTECH', 'EDTECH', 'AGRITECH', 'LOGISTICS', 'AI'])[i % 6 + 1],
       date '2021-01-01' + (i * 29),
       2 + i % 12,
       true, 'demo'
from generate_series(5, 30) as i
on conflict do nothing;
insert into enrollment (id, startup_id, cohort_id, program_id, hub_id, hub_code, status, note, status_changed_at, created_by, created_at)
select ('00000000-0000-7000-8000-' || lpad((650 + i)::text, 12, '0'))::uuid,
       ('00000000-0000-7000-8000-' || lpad((536 + i)::text, 12, '0'))::uuid,
       '00000000-0000-7000-8000-000000000402'::uuid, '00000000-0000-7000-8000-000000000201'::uuid,
       '00000000-0000-7000-8000-000000000101'::uuid, 'SG', 'APPLIED', 'illustrative demo application to the call',
       now() - interval '9 days', 'demo', now() - interval '9 days'
from generate_series(5, 30) as i
on conflict do nothing;
insert into enrollment_transition (id, enrollment_id, from_status, to_status, at, by_subject, reason)
select ('00000000-0000-7000-8001-' || lpad((1100 + i)::text, 12, '0'))::uuid,
       ('00000000-0000-7000-8000-' || lpad((650 + i)::text, 12, '0'))::uuid,
       null, 'APPLIED', now() - interval '9 days', 'demo', 'illustrative demo application to the call'
from generate_series(5, 30) as i
on conflict do nothing;
insert into application (id, call_id, startup_id, hub_id, hub_code, status, answers, enrollment_id, submitted_at,
                         created_at, created_by, updated_at)
select ('00000000-0000-7000-8000-' || lpad(('e1' || lpad(i::text, 2, '0')), 12, '0'))::uuid,
       '00000000-0000-7000-8000-00000000e001'::uuid,
       ('00000000-0000-7000-8000-' || lpad((536 + i)::text, 12, '0'))::uuid,
       '00000000-0000-7000-8000-000000000101'::uuid, 'SG', 'SUBMITTED',
       jsonb_build_object('pitch', 'Illustrative applicant ' || lpad(i::text, 2, '0') || ': '
                              || (array['payments for hawker stalls', 'clinic scheduling', 'tutoring marketplace',
                                        'cold-chain sensors', 'last-mile routing', 'document AI'])[i % 6 + 1],
                          'stage', (array['Idea', 'MVP', 'Revenue', 'Scale'])[i % 4 + 1], 'teamSize', 2 + i % 12),
       ('00000000-0000-7000-8000-' || lpad((650 + i)::text, 12, '0'))::uuid,
       now() - interval '9 days', now() - interval '11 days', 'demo', now() - interval '9 days'
from generate_series(5, 30) as i
on conflict do nothing;

-- Two reviews per submitted application (i = 1, 2, 5..30): reviewers (i mod 4) + 1 and ((i + 1) mod 4) + 1.
-- Scores on the rubric's 1–5 scale from the application's illustrative quality and the reviewer's leaning;
-- a review's score is the weighted mean (team 2, market 1.5, product 1.5, fit 1).
with slots as (
    select i, slot, 'reviewer-' || ((i + slot) % 4 + 1) as reviewer,
           (array[1, 0, 0, -1])[(i + slot) % 4 + 1] as leaning, 1 + (i * 7) % 5 as quality,
           (i + slot) % 3 <> 0 as submitted
    from generate_series(1, 30) as i, generate_series(0, 1) as slot
    where i not in (3, 4)
), scored as (
    select *, jsonb_build_object(
               'team', least(5, greatest(1, quality + leaning)),
               'market', least(5, greatest(1, quality + leaning + (i % 3) - 1)),
               'product', least(5, greatest(1, quality + leaning + ((i + 1) % 3) - 1)),
               'fit', least(5, greatest(1, quality + leaning + (slot * 2) - 1))) as scores
    from slots
)
insert into review (id, application_id, call_id, hub_code, reviewer, status, scores, comment, score, assigned_at,
                    assigned_by, submitted_at, updated_at)
select ('00000000-0000-7000-8000-' || lpad('f' || lpad((i * 10 + slot)::text, 3, '0'), 12, '0'))::uuid,
       ('00000000-0000-7000-8000-' || lpad(('e1' || lpad(i::text, 2, '0')), 12, '0'))::uuid,
       '00000000-0000-7000-8000-00000000e001'::uuid, 'SG', reviewer,
       case when submitted then 'SUBMITTED' else 'ASSIGNED' end,
       case when submitted then scores else '{}'::jsonb end,
       case when submitted then 'Illustrative demo review.' end,
       case when submitted then round(((scores ->> 'team')::numeric * 2 + (scores ->> 'market')::numeric * 1.5
                                       + (scores ->> 'product')::numeric * 1.5 + (scores ->> 'fit')::numeric) / 6, 6) end,
       now() - interval '8 days', 'demo', case when submitted then now() - interval '2 days' end,
       case when submitted then now() - interval '2 days' else now() - interval '8 days' end
from scored
on conflict do nothing;
insert into review_event (id, review_id, action, at, by_subject, reason, scores, comment)
select ('00000000-0000-7000-8003-' || lpad(substr(r.id::text, 25), 12, '0'))::uuid, r.id, 'ASSIGNED', r.assigned_at,
       'demo', 'automatic assignment', null, null
from review r where r.assigned_by = 'demo'
on conflict do nothing;
insert into review_event (id, review_id, action, at, by_subject, reason, scores, comment)
select ('00000000-0000-7000-8004-' || lpad(substr(r.id::text, 25), 12, '0'))::uuid, r.id, 'SUBMITTED', r.submitted_at,
       r.reviewer, null, r.scores, r.comment
from review r where r.assigned_by = 'demo' and r.status = 'SUBMITTED'
on conflict do nothing;

-- reviewer-3 declared a conflict with demo startup 10 (which has not applied): assignments keep it off its applications.
insert into reviewer_conflict (id, reviewer, startup_id, partner_id, reason, declared_at, declared_by)
values ('00000000-0000-7000-8000-00000000f901', 'reviewer-3', '00000000-0000-7000-8000-000000000510', null,
        'Illustrative: advises the founders', now() - interval '20 days', 'reviewer-3')
on conflict do nothing;

-- Derived state recomputed from the rows (so it is right however often this runs): seats and counters.
update cohort c set seats_taken = (
    select count(*) from enrollment e
    where e.cohort_id = c.id and e.status in ('ACCEPTED', 'ACTIVE', 'GRADUATED'))
where c.created_by = 'demo';
update program_hub_count set n = 0;
insert into program_hub_count (program_id, hub_id, hub_code, metric, n)
select program_id, hub_id, hub_code, status, count(*) from enrollment group by program_id, hub_id, hub_code, status
on conflict (program_id, hub_id, metric) do update set n = excluded.n;
insert into program_hub_count (program_id, hub_id, hub_code, metric, n)
select program_id, hub_id, hub_code, 'SCALEUP', count(*) from scaleup group by program_id, hub_id, hub_code
on conflict (program_id, hub_id, metric) do update set n = excluded.n;
insert into program_hub_count (program_id, hub_id, hub_code, metric, n)
select e.program_id, e.hub_id, e.hub_code, 'REACHED_' || t.to_status, count(distinct e.id)
from enrollment_transition t join enrollment e on e.id = t.enrollment_id
where t.to_status in ('SCREENING', 'ACCEPTED', 'ACTIVE')
group by e.program_id, e.hub_id, e.hub_code, t.to_status
on conflict (program_id, hub_id, metric) do update set n = excluded.n;
