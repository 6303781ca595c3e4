-- Consistency of a loaded database: every line is "name|count of violations" and every count must be 0.
-- The figures the services keep (counters, seats, balances, denormalised columns) are recomputed here
-- from the rows they summarise, the way the services change them.
select 'cohort at a hub that does not run its program', count(*) from startup.cohort c
 where not exists (select 1 from hub.program_hub ph where ph.program_id = c.program_id and ph.hub_id = c.hub_id)
union all
select 'cohort hub_code not its hub''s code', count(*) from startup.cohort c join hub.hub h on h.id = c.hub_id
 where h.code <> c.hub_code
union all
select 'cohort seats_taken not its seated enrollments', count(*) from startup.cohort c
 left join (select cohort_id, count(*) n from startup.enrollment where status in ('ACCEPTED', 'ACTIVE', 'GRADUATED')
            group by cohort_id) e on e.cohort_id = c.id
 where c.seats_taken <> coalesce(e.n, 0) or c.seats_taken > c.capacity
union all
select 'enrollment program/hub not its cohort''s', count(*) from startup.enrollment e
 join startup.cohort c on c.id = e.cohort_id
 where (e.program_id, e.hub_id, e.hub_code) <> (c.program_id, c.hub_id, c.hub_code)
union all
select 'enrollment whose history does not end in its status at its status_changed_at', count(*)
  from startup.enrollment e
  left join lateral (select t.to_status, t.at from startup.enrollment_transition t where t.enrollment_id = e.id
                     order by t.at desc, t.id desc limit 1) last on true
 where last.to_status is distinct from e.status or last.at is distinct from e.status_changed_at
union all
select 'transition that does not follow the previous one or the status machine', count(*) from (
    select t.from_status, t.to_status,
           lag(t.to_status) over (partition by t.enrollment_id order by t.at, t.id) prev,
           row_number() over (partition by t.enrollment_id order by t.at, t.id) k
      from startup.enrollment_transition t) x
 where (k = 1 and (from_status is not null or to_status <> 'APPLIED'))
    or (k > 1 and (from_status is distinct from prev or (from_status, to_status) not in (
        ('APPLIED','SCREENING'), ('APPLIED','REJECTED'), ('APPLIED','WITHDRAWN'), ('SCREENING','ACCEPTED'),
        ('SCREENING','REJECTED'), ('SCREENING','WITHDRAWN'), ('ACCEPTED','ACTIVE'), ('ACCEPTED','WITHDRAWN'),
        ('ACTIVE','GRADUATED'), ('ACTIVE','WITHDRAWN'))))
union all
select 'program_hub_count differing from enrollments, scale-ups and transitions', count(*) from (
    select program_id, hub_id, metric, n from startup.program_hub_count where n > 0
    except
    (select program_id, hub_id, status, count(*) from startup.enrollment group by 1, 2, 3
     union all
     select program_id, hub_id, 'SCALEUP', count(*) from startup.scaleup group by 1, 2
     union all
     select e.program_id, e.hub_id, 'REACHED_' || t.to_status, count(distinct e.id)
     from startup.enrollment_transition t join startup.enrollment e on e.id = t.enrollment_id
     where t.to_status in ('SCREENING', 'ACCEPTED', 'ACTIVE') group by 1, 2, 3)) x
union all
select 'enrollment, scale-up or funnel group missing from program_hub_count', count(*) from (
    (select program_id, hub_id, status, count(*) from startup.enrollment group by 1, 2, 3
     union all
     select program_id, hub_id, 'SCALEUP', count(*) from startup.scaleup group by 1, 2
     union all
     select e.program_id, e.hub_id, 'REACHED_' || t.to_status, count(distinct e.id)
     from startup.enrollment_transition t join startup.enrollment e on e.id = t.enrollment_id
     where t.to_status in ('SCREENING', 'ACCEPTED', 'ACTIVE') group by 1, 2, 3)
    except
    select program_id, hub_id, metric, n from startup.program_hub_count) x
union all
select 'scale-up without a seated enrollment in its program at its hub', count(*) from startup.scaleup s
 where not exists (select 1 from startup.enrollment e where e.startup_id = s.startup_id and e.program_id = s.program_id
                   and e.hub_id = s.hub_id and e.status in ('ACCEPTED', 'ACTIVE', 'GRADUATED'))
union all
select 'budget of an unknown program', count(*) from funding.budget b
 where not exists (select 1 from hub.program p where p.id = b.program_id)
union all
select 'HUB allocation to a hub that does not run the program', count(*) from funding.allocation a
 join funding.budget b on b.id = a.budget_id
 where a.recipient_type = 'HUB' and not exists (
     select 1 from hub.program_hub ph where ph.program_id = b.program_id and ph.hub_id = a.recipient_id)
union all
select 'COHORT allocation to a cohort of another program or hub', count(*) from funding.allocation a
 join funding.budget b on b.id = a.budget_id
 where a.recipient_type = 'COHORT' and not exists (
     select 1 from startup.cohort c where c.id = a.recipient_id and c.program_id = b.program_id and c.hub_id = a.hub_id)
union all
select 'STARTUP allocation without an ACCEPTED/ACTIVE enrollment in the program', count(*) from funding.allocation a
 join funding.budget b on b.id = a.budget_id
 where a.recipient_type = 'STARTUP' and not exists (
     select 1 from startup.enrollment e where e.startup_id = a.recipient_id and e.program_id = b.program_id
     and e.hub_id = a.hub_id and e.status in ('ACCEPTED', 'ACTIVE'))
union all
select 'allocation whose kept amounts differ from its journal', count(*) from funding.allocation a
 left join (select allocation_id,
                   sum(case entry_type when 'COMMITTED' then amount when 'RELEASED' then -amount else 0 end) c,
                   sum(case entry_type when 'DISBURSED' then amount when 'DISBURSEMENT_REVERSED' then -amount
                       else 0 end) d
              from funding.journal_entry where allocation_id is not null group by 1) j on j.allocation_id = a.id
 where a.amount - a.released <> coalesce(j.c, 0) or a.disbursed <> coalesce(j.d, 0)
    or (a.status = 'OPEN') <> (a.released = 0)
union all
select 'allocation disbursed differing from its payments', count(*) from funding.allocation a
 left join (select allocation_id, sum(amount) s from funding.disbursement d
            where not exists (select 1 from funding.disbursement_reversal r where r.disbursement_id = d.id)
            group by 1) d on d.allocation_id = a.id
 where a.disbursed <> coalesce(d.s, 0)
union all
select 'budget or line balance differing from its journal', count(*) from (
    select b.id, null::int y, b.total, b.committed, b.disbursed from funding.budget b
    union all
    select l.budget_id, l.year, l.total, l.committed, l.disbursed from funding.budget_line l) k
 left join (select budget_id, year,
                   sum(case when entry_type in ('BUDGET_OPENED', 'TOTAL_INCREASED') then amount
                            when entry_type = 'TOTAL_DECREASED' then -amount else 0 end) t,
                   sum(case entry_type when 'COMMITTED' then amount when 'RELEASED' then -amount else 0 end) c,
                   sum(case entry_type when 'DISBURSED' then amount when 'DISBURSEMENT_REVERSED' then -amount
                       else 0 end) d
              from funding.journal_entry group by grouping sets ((budget_id), (budget_id, year))) j
   on j.budget_id = k.id and j.year is not distinct from k.y
 where (k.y is null and j.year is not null) or j.t is distinct from k.total or j.c is distinct from k.committed
    or j.d is distinct from k.disbursed
union all
select 'lined budget whose total is not the sum of its lines', count(*) from funding.budget b
 where b.has_lines and b.total <> (select sum(total) from funding.budget_line l where l.budget_id = b.id)
union all
select 'recipient balance differing from its allocations', count(*) from funding.recipient_balance r
 full join (select budget_id, recipient_type, recipient_id, sum(amount - released) c, sum(disbursed) d
              from funding.allocation group by 1, 2, 3) a using (budget_id, recipient_type, recipient_id)
 where r.committed is distinct from a.c or r.disbursed is distinct from a.d;
