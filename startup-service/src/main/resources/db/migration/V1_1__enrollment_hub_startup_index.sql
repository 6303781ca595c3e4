-- The startup list's hubId filter is a semi-join on enrollment (hub_id, startup_id): without this index
-- PostgreSQL read every enrollment of the hub from the heap and sorted them (bench: 1,000,000 startups).
create index enrollment_hub_startup on enrollment (hub_id, startup_id);
