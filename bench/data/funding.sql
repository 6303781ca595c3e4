-- funding-service (schema funding): two budgets per program (1,000; the CLOUD_CREDITS one in yearly
-- lines 2024-2026), 200,000 allocations to hubs, cohorts and startups that the service would accept,
-- disbursements, cancellations and releases, the journal of every movement, and the kept balances
-- (budget, line, recipient) summed from it. Needs startup.sql's pg_temp.enr and pg_temp.coh first.
set search_path = funding;

-- Budget b: 2p - 1 is program p's CASH budget (USD, EUR for every third program), 2p its cloud credits.
create temp table bud as
select b, (b + 1) / 2 as p, b % 2 = 0 as lined,
       case when b % 2 = 0 then 'CLOUD_CREDITS' else 'CASH' end as kind,
       case when b % 2 = 1 and ((b + 1) / 2) % 3 = 0 then 'EUR' else 'USD' end as currency,
       case when b % 2 = 0 then 15000000.00 else 50000000.00 end as total
from generate_series(1, 1000) b;

-- Startups that may receive money from program p: an ACCEPTED or ACTIVE enrollment in one of its cohorts.
create temp table fundable as
select p, row_number() over (partition by p order by n) as r, s, h from pg_temp.enr where status in ('ACCEPTED', 'ACTIVE');
create index on fundable (p, r);
create temp table fundable_count as select p, count(*) as n from fundable group by p;

create temp table alloc as
with a as (
    select a, (a - 1) % 1000 + 1 as b, pg_temp.mix(a, 13) % 10 as t, pg_temp.mix(a, 14) as pick,
           1000 + (pg_temp.mix(a, 15) % 90) * 100.00 as amount, pg_temp.mix(a, 16) % 100 as fate,
           pg_temp.mix(a, 17) % 100 as paid
    from generate_series(1, 200000) a
), typed as (
    select a.*, bud.p, bud.currency, case when bud.lined then 2024 + (pick % 3)::int end as year,
           case when t < 4 then 'HUB' when t < 7 then 'COHORT' else 'STARTUP' end as recipient_type
    from a join bud on bud.b = a.b
)
select typed.*,
       case recipient_type
           when 'HUB' then pg_temp.bid(x'101'::int, pg_temp.program_hub(typed.p, (pick % 20)::int))
           when 'COHORT' then pg_temp.bid(x'201'::int, (typed.p - 1) * 20 + (pick % 20)::int + 1)
           else pg_temp.bid(x'202'::int, f.s) end as recipient_id,
       case recipient_type when 'STARTUP' then f.h else pg_temp.program_hub(typed.p, (pick % 20)::int) end as h,
       case when fate < 90 then 'OPEN' when fate < 95 then 'CANCELLED' else 'RELEASED' end as status,
       case when fate >= 95 or (fate < 90 and paid < 40) then amount / 2 else 0 end as disbursed,
       timestamptz '2024-01-10' + typed.a * interval '2 minutes' as created_at
from typed
left join fundable_count fc on typed.recipient_type = 'STARTUP' and fc.p = typed.p
left join fundable f on typed.recipient_type = 'STARTUP' and f.p = typed.p and f.r = pick % fc.n + 1;
alter table alloc add column released numeric;
update alloc set released = case status when 'OPEN' then 0 else amount - disbursed end;

insert into budget (id, program_id, name, source, kind, currency, starts_on, ends_on, total, committed, disbursed,
                    has_lines, created_at, created_by)
select pg_temp.bid(x'301'::int, b), pg_temp.bid(x'102'::int, p), 'Bench budget ' || b || ' of program ' || p,
       case when lined then 'Bench cloud' else 'Bench foundation' end, kind, currency,
       date '2024-01-01', case when lined then date '2026-12-31' end, total, 0, 0, lined,
       timestamptz '2024-01-01' + b * interval '1 second', 'bench'
from bud;

insert into budget_line (budget_id, year, total)
select pg_temp.bid(x'301'::int, b), y, total / 3 from bud cross join generate_series(2024, 2026) y where lined;

select pg_temp.drop_indexes('funding', 'allocation');
insert into allocation (id, budget_id, year, recipient_type, recipient_id, hub_id, hub_code, currency, amount, released,
                        disbursed, status, note, close_reason, created_at, created_by, closed_at, version)
select pg_temp.bid(x'302'::int, a), pg_temp.bid(x'301'::int, b), year, recipient_type, recipient_id,
       pg_temp.bid(x'101'::int, h), 'BH' || lpad(h::text, 4, '0'), currency, amount, released, disbursed, status,
       'bench allocation ' || a,
       case status when 'CANCELLED' then 'bench: cancelled' when 'RELEASED' then 'bench: released the rest' end,
       created_at, 'bench', case when status <> 'OPEN' then created_at + interval '60 days' end,
       (disbursed > 0)::int + (status <> 'OPEN')::int
from alloc;

select pg_temp.drop_indexes('funding', 'disbursement');
insert into disbursement (id, allocation_id, budget_id, currency, amount, paid_on, external_reference, created_at,
                          created_by)
select pg_temp.bid(x'303'::int, a), pg_temp.bid(x'302'::int, a), pg_temp.bid(x'301'::int, b), currency, disbursed,
       (created_at + interval '30 days')::date, 'BENCH-PAY-' || a, created_at + interval '30 days', 'bench'
from alloc where disbursed > 0;

-- The journal: each budget (or yearly line) opened, then per allocation its commitment, payment and release.
select pg_temp.drop_indexes('funding', 'journal_entry');
insert into journal_entry (id, budget_id, year, allocation_id, disbursement_id, entry_type, amount, currency,
                           recipient_type, recipient_id, hub_id, hub_code, created_at, created_by)
select pg_temp.bid(x'304'::int, b * 4 + coalesce(y - 2023, 0)), pg_temp.bid(x'301'::int, b), y, null, null,
       'BUDGET_OPENED', case when lined then total / 3 else total end, currency, null, null, null, null,
       timestamptz '2024-01-01' + b * interval '1 second', 'bench'
from bud left join generate_series(2024, 2026) y on lined
union all
select pg_temp.bid(x'304'::int, 10000 + a * 4 + k.k), pg_temp.bid(x'301'::int, b), year, pg_temp.bid(x'302'::int, a),
       case when k.k = 1 then pg_temp.bid(x'303'::int, a) end, k.entry_type,
       case k.k when 0 then amount when 1 then disbursed else released end, currency, recipient_type, recipient_id,
       pg_temp.bid(x'101'::int, h), 'BH' || lpad(h::text, 4, '0'),
       created_at + k.k * interval '30 days', 'bench'
from alloc
join (values (0, 'COMMITTED'), (1, 'DISBURSED'), (2, 'RELEASED')) k(k, entry_type)
  on k.k = 0 or (k.k = 1 and disbursed > 0) or (k.k = 2 and released > 0);

-- Kept balances, summed from the allocations exactly as the service moves them.
insert into recipient_balance (budget_id, recipient_type, recipient_id, hub_id, hub_code, committed, disbursed)
select pg_temp.bid(x'301'::int, b), recipient_type, recipient_id, min(pg_temp.bid(x'101'::int, h)::text)::uuid,
       min('BH' || lpad(h::text, 4, '0')), sum(amount - released), sum(disbursed)
from alloc group by b, recipient_type, recipient_id;

update budget_line l set committed = x.committed, disbursed = x.disbursed
from (select b, year, sum(amount - released) committed, sum(disbursed) disbursed from alloc where year is not null
      group by b, year) x
where l.budget_id = pg_temp.bid(x'301'::int, x.b) and l.year = x.year;

update budget set committed = x.committed, disbursed = x.disbursed
from (select b, sum(amount - released) committed, sum(disbursed) disbursed from alloc group by b) x
where budget.id = pg_temp.bid(x'301'::int, x.b);

select pg_temp.rebuild_indexes('funding');
