-- hub-service (schema hub): 1,000 hubs, 500 programs each run at 20 ACTIVE hubs, their targets,
-- 2,000 partners with 2,500 links. Hub h is BH0001..BH1000 (1..900 ACTIVE, 901..960 PLANNED,
-- 961..1000 CLOSED); program p is BP001..BP500.
set search_path = hub;

create temp table country (ci int primary key, code char(2), region text);
insert into country
select i, c, case when i <= 14 then 'ASIA_PACIFIC' when i <= 24 then 'EUROPE'
                  when i <= 32 then 'MIDDLE_EAST_AFRICA' else 'AMERICAS' end
from unnest(array['SG','HK','MY','TH','ID','PH','VN','LK','IN','JP','KR','CN','AU','NZ',
                  'FR','DE','GB','ES','IT','NL','SE','PL','TR','PT',
                  'AE','SA','EG','KE','NG','ZA','MA','IL',
                  'US','CA','MX','BR','AR','CL','CO','PE']) with ordinality as t(c, i);

insert into hub (id, code, name, kind, country, city, region, status, opened_on, closed_on, created_at, updated_at)
select pg_temp.bid(x'101'::int, h), 'BH' || lpad(h::text, 4, '0'), 'Bench hub ' || h,
       (array['STARTUP_HUB', 'INNOVATION_CENTER', 'OPEN_LAB'])[h % 3 + 1],
       c.code, 'City ' || h, c.region,
       case when h <= 900 then 'ACTIVE' when h <= 960 then 'PLANNED' else 'CLOSED' end,
       case when h <= 900 or h > 960 then date '2018-01-01' + h end,
       case when h > 960 then date '2024-06-30' end,
       timestamptz '2024-01-01' + h * interval '1 minute', timestamptz '2024-01-01' + h * interval '1 minute'
from generate_series(1, 1000) h
join country c on c.ci = (h - 1) % 40 + 1;

insert into program (id, code, name, kind, region, starts_on, ends_on, created_at, updated_at)
select pg_temp.bid(x'102'::int, p), 'BP' || lpad(p::text, 3, '0'), 'Bench program ' || p,
       (array['ACCELERATOR','INCUBATOR','DEVELOPER','PITSTOP','INNOVATION','GO_GLOBAL','OTHER'])[p % 7 + 1],
       (array['ASIA_PACIFIC','EUROPE','MIDDLE_EAST_AFRICA','AMERICAS','GLOBAL'])[p % 5 + 1],
       date '2022-01-01' + (p % 24) * interval '1 month',
       date '2024-12-31' + (p % 24) * interval '1 month',
       timestamptz '2024-02-01' + p * interval '1 minute', timestamptz '2024-02-01' + p * interval '1 minute'
from generate_series(1, 500) p;

insert into program_hub (program_id, hub_id, added_at)
select pg_temp.bid(x'102'::int, p), pg_temp.bid(x'101'::int, pg_temp.program_hub(p, k)),
       timestamptz '2024-02-01' + p * interval '1 minute'
from generate_series(1, 500) p cross join generate_series(0, 19) k;

insert into program_target (id, program_id, metric, value, due_on, created_at)
select pg_temp.bid(x'103'::int, p * 2 + t.k), pg_temp.bid(x'102'::int, p), t.metric, t.value,
       date '2024-12-31' + (p % 24) * interval '1 month', timestamptz '2024-02-01' + p * interval '1 minute'
from generate_series(1, 500) p
cross join (values (0, 'STARTUPS_RECRUITED', 3000), (1, 'SCALEUPS', 30)) t(k, metric, value);

insert into partner (id, name, kind, country, website, created_at, updated_at)
select pg_temp.bid(x'104'::int, i), 'Bench partner ' || i,
       (array['GOVERNMENT','INCUBATOR','VC','UNIVERSITY','CORPORATE','SME','OTHER'])[i % 7 + 1],
       c.code, 'https://partner' || i || '.bench.example',
       timestamptz '2024-01-15' + i * interval '1 minute', timestamptz '2024-01-15' + i * interval '1 minute'
from generate_series(1, 2000) i
join country c on c.ci = (i - 1) % 40 + 1;

-- Every partner at one hub; the first 500 also sponsor one program.
insert into partner_link (id, partner_id, hub_id, program_id, role, since_on, created_at)
select pg_temp.bid(x'105'::int, i), pg_temp.bid(x'104'::int, i), pg_temp.bid(x'101'::int, (i - 1) % 1000 + 1), null,
       'PARTNER', date '2024-01-01', timestamptz '2024-03-01' + i * interval '1 minute'
from generate_series(1, 2000) i
union all
select pg_temp.bid(x'105'::int, 2000 + i), pg_temp.bid(x'104'::int, i), null, pg_temp.bid(x'102'::int, i),
       'SPONSOR', date '2024-01-01', timestamptz '2024-03-02' + i * interval '1 minute'
from generate_series(1, 500) i;
