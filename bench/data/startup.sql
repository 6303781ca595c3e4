-- startup-service (schema startup): 10,000 cohorts (one per program and hub that runs it), 1,000,000
-- startups, 1,500,000 enrollments with their full history, 500,000 KPI snapshots, scale-ups, and the
-- seat and program/hub counters as the service keeps them. Needs hub.sql's pg_temp.country first.
set search_path = startup;

-- Status paths: each enrollment walked its path up to its current status (step 0 is the application).
create temp table path (status text, step int, from_status text, to_status text, reason text);
insert into path values
    ('APPLIED', 0, null, 'APPLIED', null),
    ('SCREENING', 0, null, 'APPLIED', null), ('SCREENING', 1, 'APPLIED', 'SCREENING', null),
    ('ACCEPTED', 0, null, 'APPLIED', null), ('ACCEPTED', 1, 'APPLIED', 'SCREENING', null),
    ('ACCEPTED', 2, 'SCREENING', 'ACCEPTED', null),
    ('ACTIVE', 0, null, 'APPLIED', null), ('ACTIVE', 1, 'APPLIED', 'SCREENING', null),
    ('ACTIVE', 2, 'SCREENING', 'ACCEPTED', null), ('ACTIVE', 3, 'ACCEPTED', 'ACTIVE', null),
    ('GRADUATED', 0, null, 'APPLIED', null), ('GRADUATED', 1, 'APPLIED', 'SCREENING', null),
    ('GRADUATED', 2, 'SCREENING', 'ACCEPTED', null), ('GRADUATED', 3, 'ACCEPTED', 'ACTIVE', null),
    ('GRADUATED', 4, 'ACTIVE', 'GRADUATED', null),
    ('REJECTED', 0, null, 'APPLIED', null), ('REJECTED', 1, 'APPLIED', 'SCREENING', null),
    ('REJECTED', 2, 'SCREENING', 'REJECTED', 'bench: not a fit for this intake'),
    ('WITHDRAWN', 0, null, 'APPLIED', null), ('WITHDRAWN', 1, 'APPLIED', 'WITHDRAWN', 'bench: withdrew the application');

-- Cohort c (1..10,000) is slot (c - 1) % 20 of program (c - 1) / 20 + 1.
create temp table coh as
select c, (c - 1) / 20 + 1 as p, pg_temp.program_hub((c - 1) / 20 + 1, (c - 1) % 20) as h,
       date '2023-01-01' + (c % 36) * 30 as starts_on
from generate_series(1, 10000) c;

insert into cohort (id, program_id, hub_id, hub_code, name, starts_on, ends_on, capacity, seats_taken, illustrative,
                    created_by, created_at)
select pg_temp.bid(x'201'::int, c), pg_temp.bid(x'102'::int, p), pg_temp.bid(x'101'::int, h),
       'BH' || lpad(h::text, 4, '0'), 'Bench cohort ' || c, starts_on, starts_on + 180, 1000000, 0, true, 'bench',
       timestamptz '2024-04-01' + c * interval '1 second'
from coh;

select pg_temp.drop_indexes('startup', 'startup');
insert into startup (id, name, name_key, country, city, sector, founded_on, website, website_key, team_size,
                     illustrative, created_by, created_at, updated_at)
-- names are numbered in a shuffled order (999983 is prime to 10^6), so that a name prefix is spread over ids as real names are
select pg_temp.bid(x'202'::int, s), 'Bench startup ' || lpad(((s::bigint * 999983) % 1000000)::text, 6, '0'),
       'bench startup ' || lpad(((s::bigint * 999983) % 1000000)::text, 6, '0'),
       c.code, 'City ' || (pg_temp.mix(s, 1) % 1000 + 1),
       (array['FINTECH','HEALTHTECH','EDTECH','AGRITECH','LOGISTICS','AI','CLIMATE','MOBILITY','RETAIL','SECURITY',
              'GAMING','BIOTECH'])[pg_temp.mix(s, 2) % 12 + 1],
       date '2010-01-01' + (pg_temp.mix(s, 3) % 5000)::int,
       case when s % 2 = 0 then 'https://s' || s || '.bench.example' end,
       case when s % 2 = 0 then 's' || s || '.bench.example' end,
       (pg_temp.mix(s, 4) % 200)::int, true,
       -- one startup in a hundred was registered by the partner of one hub (subject partner-BHnnnn)
       case when s % 100 = 0 then 'partner-BH' || lpad(((s / 100) % 1000 + 1)::text, 4, '0') else 'bench' end,
       timestamptz '2024-05-01' + s * interval '100 ms', timestamptz '2024-05-01' + s * interval '100 ms'
from generate_series(1, 1000000) s
join country c on c.ci = pg_temp.mix(s, 0) % 40 + 1;

-- Enrollment n: every startup s applied once (n = s) and every odd one a second time (n > 1,000,000),
-- to the cohort 5,000 further on, which belongs to another program.
create temp table enr as
with e as (
    select s as n, s, (pg_temp.mix(s, 5) % 10000 + 1)::int as c from generate_series(1, 1000000) s
    union all
    select 1000000 + (s + 1) / 2, s, ((pg_temp.mix(s, 5) + 5000) % 10000 + 1)::int
    from generate_series(1, 1000000, 2) s
)
select e.n, e.s, e.c, coh.p, coh.h,
       case when r < 15 then 'APPLIED' when r < 25 then 'SCREENING' when r < 35 then 'ACCEPTED'
            when r < 60 then 'ACTIVE' when r < 80 then 'GRADUATED' when r < 92 then 'REJECTED'
            else 'WITHDRAWN' end as status,
       coh.starts_on - 60 + (pg_temp.mix(e.n, 7) % 30)::int + time '09:00' as created_at
from e join coh on coh.c = e.c, lateral (select pg_temp.mix(e.n, 6) % 100 as r) x;
create index on enr (n);
analyze enr;

select pg_temp.drop_indexes('startup', 'enrollment');
insert into enrollment (id, startup_id, cohort_id, program_id, hub_id, hub_code, status, note, status_changed_at,
                        created_by, created_at, version)
select pg_temp.bid(x'203'::int, n), pg_temp.bid(x'202'::int, s), pg_temp.bid(x'201'::int, c),
       pg_temp.bid(x'102'::int, p), pg_temp.bid(x'101'::int, h), 'BH' || lpad(h::text, 4, '0'), e.status, null,
       e.created_at + (select max(step) from path where path.status = e.status) * interval '14 days',
       'bench', e.created_at, (select max(step) from path where path.status = e.status)
from enr e;

select pg_temp.drop_indexes('startup', 'enrollment_transition');
insert into enrollment_transition (id, enrollment_id, from_status, to_status, at, by_subject, reason)
select pg_temp.bid(x'204'::int, e.n * 8 + path.step), pg_temp.bid(x'203'::int, e.n), path.from_status,
       path.to_status, e.created_at + path.step * interval '14 days', 'bench', path.reason
from enr e join path on path.status = e.status;

-- Seats: held by ACCEPTED, ACTIVE and GRADUATED enrollments; capacity leaves a few free.
update cohort set seats_taken = x.seated, capacity = x.seated + 5 + (pg_temp.mix(x.c, 8) % 20)::int
from (select coh.c, count(e.n) filter (where e.status in ('ACCEPTED', 'ACTIVE', 'GRADUATED')) as seated
      from coh left join enr e on e.c = coh.c group by coh.c) x
where cohort.id = pg_temp.bid(x'201'::int, x.c);

-- KPI snapshots: every eighth startup reported its year-end figures for four years.
select pg_temp.drop_indexes('startup', 'kpi_snapshot');
insert into kpi_snapshot (id, startup_id, as_of, headcount, revenue_amount, revenue_currency, funds_raised_amount,
                          funds_raised_currency, illustrative, recorded_by, created_at)
select pg_temp.bid(x'205'::int, i * 4 + y), pg_temp.bid(x'202'::int, i * 8), make_date(2022 + y, 12, 31),
       round((3 + pg_temp.mix(i, 9) % 30) * power(1 + (pg_temp.mix(i, 10) % 50) / 100.0, y))::int,
       round((50000 + pg_temp.mix(i, 11) % 500000) * power(1.3, y), 2), 'USD',
       case when y > 0 and i % 3 = 0 then 250000 * y end, case when y > 0 and i % 3 = 0 then 'EUR' end,
       true, 'bench', make_date(2023 + y, 1, 15)
from generate_series(1, 125000) i cross join generate_series(0, 3) y;

-- Scale-ups: one graduate in twenty is marked in its program, at its enrollment's hub.
insert into scaleup (id, startup_id, program_id, hub_id, hub_code, marked_on, evidence, marked_by, created_at)
select pg_temp.bid(x'206'::int, n), pg_temp.bid(x'202'::int, s), pg_temp.bid(x'102'::int, p),
       pg_temp.bid(x'101'::int, h), 'BH' || lpad(h::text, 4, '0'), (created_at + interval '70 days')::date,
       'bench: 10+ employees and 20%+ annualised growth over three years', 'bench', created_at + interval '70 days'
from enr where status = 'GRADUATED' and pg_temp.mix(n, 12) % 20 = 0;

-- The read-model counters: enrollments per (program, hub, status), scale-ups per (program, hub), and the
-- funnel's REACHED_ counters (enrollments that ever moved into SCREENING, ACCEPTED, ACTIVE).
insert into program_hub_count (program_id, hub_id, hub_code, metric, n)
select program_id, hub_id, hub_code, status, count(*) from enrollment group by 1, 2, 3, 4
union all
select program_id, hub_id, hub_code, 'SCALEUP', count(*) from scaleup group by 1, 2, 3
union all
select e.program_id, e.hub_id, e.hub_code, 'REACHED_' || t.to_status, count(distinct e.id)
from enrollment_transition t join enrollment e on e.id = t.enrollment_id
where t.to_status in ('SCREENING', 'ACCEPTED', 'ACTIVE') group by 1, 2, 3, 4;

select pg_temp.rebuild_indexes('startup');
