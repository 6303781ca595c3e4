-- hub-service demo dataset (sources: docs/DEMO-DATA.md): published facts about Huawei startup and SME
-- programs in Asia Pacific and Europe, 2021-2023. Fixed ids (shared by the three scripts) so that the other
-- services demo data can refer to them; re-runnable (on conflict do nothing). Loaded only by the run
-- command (KINDLING_DEMO=true), never in tests.
--
-- Where the facts give only a year, dates are the first/last day of it ("3 years from 2021" →
-- 2021-01-01..2023-12-31); where they give nothing (opening days, cities outside SG/HK/Paris,
-- websites), the column stays empty. Rows marked "(illustrative)" are not facts.

insert into hub (id, code, name, kind, country, city, region, status, supersedes_id) values
    ('00000000-0000-7000-8000-000000000101', 'SG', 'Singapore startup hub', 'STARTUP_HUB', 'SG', 'Singapore', 'ASIA_PACIFIC', 'ACTIVE', null),
    ('00000000-0000-7000-8000-000000000102', 'HK', 'Hong Kong startup hub', 'STARTUP_HUB', 'HK', 'Hong Kong', 'ASIA_PACIFIC', 'ACTIVE', null),
    ('00000000-0000-7000-8000-000000000103', 'MY', 'Malaysia startup hub', 'STARTUP_HUB', 'MY', null, 'ASIA_PACIFIC', 'ACTIVE', null),
    ('00000000-0000-7000-8000-000000000104', 'TH', 'Thailand startup hub', 'STARTUP_HUB', 'TH', null, 'ASIA_PACIFIC', 'ACTIVE', null),
    ('00000000-0000-7000-8000-000000000105', 'ID', 'Indonesia startup hub', 'STARTUP_HUB', 'ID', null, 'ASIA_PACIFIC', 'PLANNED', null),
    ('00000000-0000-7000-8000-000000000106', 'PH', 'Philippines startup hub', 'STARTUP_HUB', 'PH', null, 'ASIA_PACIFIC', 'PLANNED', null),
    ('00000000-0000-7000-8000-000000000107', 'LK', 'Sri Lanka startup hub', 'STARTUP_HUB', 'LK', null, 'ASIA_PACIFIC', 'PLANNED', null),
    ('00000000-0000-7000-8000-000000000108', 'VN', 'Vietnam startup hub', 'STARTUP_HUB', 'VN', null, 'ASIA_PACIFIC', 'PLANNED', null),
    -- Paris OpenLab served 200+ partners since 2018; closed, superseded by the Paris Innovation Center.
    ('00000000-0000-7000-8000-000000000109', 'PAR-OPENLAB', 'Paris OpenLab', 'OPEN_LAB', 'FR', 'Paris', 'EUROPE', 'CLOSED', null)
on conflict do nothing;

-- Opened 2023 (Innovation Day, Paris) as the upgrade of Paris OpenLab; platform of 80+ industrial scenarios.
insert into hub (id, code, name, kind, country, city, region, status, supersedes_id) values
    ('00000000-0000-7000-8000-000000000110', 'PAR-IC', 'Paris Innovation Center', 'INNOVATION_CENTER', 'FR', 'Paris', 'EUROPE', 'ACTIVE',
     '00000000-0000-7000-8000-000000000109')
on conflict do nothing;

insert into program (id, code, name, kind, region, starts_on, ends_on) values
    ('00000000-0000-7000-8000-000000000201', 'SPARK-APAC', 'Spark Program (Asia Pacific)', 'ACCELERATOR', 'ASIA_PACIFIC', '2021-01-01', '2023-12-31'),
    ('00000000-0000-7000-8000-000000000202', 'SPARK-DEV', 'Spark Developer Program', 'DEVELOPER', 'ASIA_PACIFIC', '2021-01-01', '2023-12-31'),
    ('00000000-0000-7000-8000-000000000203', 'SPARK-PITSTOP', 'Spark Pitstop Program', 'PITSTOP', 'ASIA_PACIFIC', '2021-01-01', '2023-12-31'),
    ('00000000-0000-7000-8000-000000000204', 'SIP', 'Spark Innovation Program', 'INNOVATION', 'ASIA_PACIFIC', '2021-01-01', '2023-12-31'),
    ('00000000-0000-7000-8000-000000000205', 'C2C-JIP', 'Cloud-plus-Cloud Collaboration and Joint Innovation Program', 'ACCELERATOR', 'GLOBAL', '2021-01-01', null),
    ('00000000-0000-7000-8000-000000000206', 'DIGITAL-INPULSE', 'Digital InPulse', 'ACCELERATOR', 'EUROPE', null, null),
    ('00000000-0000-7000-8000-000000000207', 'GO-HK-GLOBAL', 'Go Hong Kong, Go Global', 'GO_GLOBAL', 'ASIA_PACIFIC', '2023-12-06', null)
on conflict do nothing;

-- The four Spark programs run at all eight Asia Pacific hubs; C2C-JIP at SG and HK; GO-HK-GLOBAL at
-- HK; DIGITAL-INPULSE at PAR-IC.
insert into program_hub (program_id, hub_id)
select p.id, h.id
from (values
        ('SPARK-APAC'), ('SPARK-DEV'), ('SPARK-PITSTOP'), ('SIP')) as spark (code)
    join program p on p.code = spark.code
    cross join hub h
where h.code in ('SG', 'HK', 'MY', 'TH', 'ID', 'PH', 'LK', 'VN')
on conflict do nothing;
insert into program_hub (program_id, hub_id) values
    ('00000000-0000-7000-8000-000000000205', '00000000-0000-7000-8000-000000000101'),
    ('00000000-0000-7000-8000-000000000205', '00000000-0000-7000-8000-000000000102'),
    ('00000000-0000-7000-8000-000000000207', '00000000-0000-7000-8000-000000000102'),
    ('00000000-0000-7000-8000-000000000206', '00000000-0000-7000-8000-000000000110')
on conflict do nothing;

-- Targets as announced: Spark recruits 1,000 startups and shapes 100 scale-ups over its three years;
-- C2C-JIP supports 200 startups in the HMS ecosystem in 2021, and its HMS Developer Innovation Center
-- 100,000 cloud-native developers (no date given).
insert into program_target (id, program_id, metric, value, due_on) values
    ('00000000-0000-7000-8000-000000001201', '00000000-0000-7000-8000-000000000201', 'STARTUPS_RECRUITED', 1000, '2023-12-31'),
    ('00000000-0000-7000-8000-000000001202', '00000000-0000-7000-8000-000000000201', 'SCALEUPS', 100, '2023-12-31'),
    ('00000000-0000-7000-8000-000000001203', '00000000-0000-7000-8000-000000000205', 'STARTUPS_RECRUITED', 200, '2021-12-31'),
    ('00000000-0000-7000-8000-000000001204', '00000000-0000-7000-8000-000000000205', 'DEVELOPERS_SUPPORTED', 100000, null)
on conflict do nothing;

-- Partner organisations. SME Connect is a European association: country EU (ISO 3166-1 exceptionally
-- reserved code, accepted for partners only).
insert into partner (id, name, kind, country, website) values
    ('00000000-0000-7000-8000-000000000301', 'Cyberport', 'GOVERNMENT', 'HK', null),
    ('00000000-0000-7000-8000-000000000302', 'Office for Attracting Strategic Enterprises (OASES)', 'GOVERNMENT', 'HK', null),
    ('00000000-0000-7000-8000-000000000303', 'HD Rain', 'SME', 'FR', null),
    ('00000000-0000-7000-8000-000000000304', 'Ubudu', 'SME', 'FR', null),
    ('00000000-0000-7000-8000-000000000305', 'SME Connect', 'OTHER', 'EU', null),
    ('00000000-0000-7000-8000-000000000306', 'World Economic Forum (New Champions)', 'OTHER', 'CH', null),
    ('00000000-0000-7000-8000-000000000311', 'Singapore university partner (illustrative)', 'UNIVERSITY', 'SG', null),
    ('00000000-0000-7000-8000-000000000312', 'Asia Pacific VC firm (illustrative)', 'VC', 'SG', null)
on conflict do nothing;

-- Links as reported; the role is PARTNER where the sources name no more precise one.
insert into partner_link (id, partner_id, hub_id, program_id, role) values
    ('00000000-0000-7000-8000-000000001301', '00000000-0000-7000-8000-000000000301', '00000000-0000-7000-8000-000000000102', null, 'PARTNER'),
    ('00000000-0000-7000-8000-000000001302', '00000000-0000-7000-8000-000000000301', null, '00000000-0000-7000-8000-000000000207', 'PARTNER'),
    ('00000000-0000-7000-8000-000000001303', '00000000-0000-7000-8000-000000000302', null, '00000000-0000-7000-8000-000000000207', 'PARTNER'),
    ('00000000-0000-7000-8000-000000001304', '00000000-0000-7000-8000-000000000303', '00000000-0000-7000-8000-000000000110', null, 'PARTNER'),
    ('00000000-0000-7000-8000-000000001305', '00000000-0000-7000-8000-000000000304', '00000000-0000-7000-8000-000000000110', null, 'PARTNER'),
    ('00000000-0000-7000-8000-000000001306', '00000000-0000-7000-8000-000000000305', '00000000-0000-7000-8000-000000000110', null, 'PARTNER'),
    ('00000000-0000-7000-8000-000000001307', '00000000-0000-7000-8000-000000000306', '00000000-0000-7000-8000-000000000110', null, 'PARTNER'),
    -- illustrative links of the illustrative partners
    ('00000000-0000-7000-8000-000000001311', '00000000-0000-7000-8000-000000000311', '00000000-0000-7000-8000-000000000101', null, 'MENTOR'),
    ('00000000-0000-7000-8000-000000001312', '00000000-0000-7000-8000-000000000312', null, '00000000-0000-7000-8000-000000000201', 'INVESTOR')
on conflict do nothing;

-- A webhook endpoint of the illustrative VC firm for Singapore's events, disabled until someone points it
-- at a receiver of theirs (PUT its url, then enable it), and one delivery that failed, for the log.
insert into webhook (id, partner_id, url, description, event_types, hub_codes, status, disabled_reason,
        disabled_at, secret, created_by, created_at, updated_at) values
    ('00000000-0000-7000-8000-00000000a901', '00000000-0000-7000-8000-000000000312',
     'http://127.0.0.1:9/kindling-demo-receiver', 'Demo: enrollments and allocations in Singapore',
     '{enrollment.accepted,enrollment.active,allocation.created}', '{SG}', 'DISABLED',
     'Demo endpoint: point it at a receiver of yours, then enable it', now(),
     'whsec_demo-secret-not-for-production-use-000000000', 'demo-data', now(), now())
on conflict do nothing;
insert into webhook_delivery (id, webhook_id, event_id, event_type, aggregate_id, body, status, attempts,
        next_attempt_at, give_up_at, created_at, last_error) values
    ('00000000-0000-7000-8000-00000000a951', '00000000-0000-7000-8000-00000000a901',
     '00000000-0000-7000-8000-00000000a961', 'enrollment.accepted', '00000000-0000-7000-8000-000000000601',
     '{"id":"00000000-0000-7000-8000-00000000a961","type":"enrollment.accepted","aggregateId":"00000000-0000-7000-8000-000000000601","hubCodes":["SG"],"data":{"id":"00000000-0000-7000-8000-000000000601"}}',
     'FAILED', 1, now(), now(), now(), 'Connection refused')
on conflict do nothing;
insert into webhook_attempt (delivery_id, attempt, started_at, latency_ms, status_code, error) values
    ('00000000-0000-7000-8000-00000000a951', 1, now(), 1, null, 'Connection refused')
on conflict do nothing;
