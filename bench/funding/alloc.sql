-- One allocation as funding-service writes it (see AllocationWriter, Ledger, Journal, Idempotency):
-- the same statements, in the same order, as separate round trips (prepared, as JDBC does). Variables: budget, hub.
SELECT gen_random_uuid() AS aid, gen_random_uuid() AS jid, gen_random_uuid() AS oid, gen_random_uuid()::text AS ikey \gset
BEGIN;
INSERT INTO funding.idempotency_record (scope, idem_key, request_hash)
  VALUES ('bench POST /api/v1/allocations', :ikey, 'fingerprint') ON CONFLICT DO NOTHING;
INSERT INTO funding.allocation (id, budget_id, year, recipient_type, recipient_id, hub_id, hub_code, currency, amount,
  released, disbursed, status, note, created_at, created_by, version)
  VALUES (:aid, :budget, NULL, 'HUB', :hub, :hub, 'SG', 'USD', 1.00, 0, 0, 'OPEN', NULL, now(), 'bench', 0);
INSERT INTO funding.journal_entry (id, budget_id, year, allocation_id, disbursement_id, entry_type, amount, currency,
  recipient_type, recipient_id, hub_id, hub_code, created_at, created_by)
  VALUES (:jid, :budget, NULL, :aid, NULL, 'COMMITTED', 1.00, 'USD', 'HUB', :hub, :hub, 'SG', now(), 'bench');
INSERT INTO funding.outbox (id, aggregate_type, aggregate_id, event_type, payload, occurred_at)
  VALUES (:oid, 'Allocation', :aid, 'AllocationCreated', '{"amount":{"amount":"1.00","currency":"USD"}}', now());
INSERT INTO funding.recipient_balance (budget_id, recipient_type, recipient_id, hub_id, hub_code, committed)
  VALUES (:budget, 'HUB', :hub, :hub, 'SG', 1.00)
  ON CONFLICT (budget_id, recipient_type, recipient_id) DO UPDATE SET committed = recipient_balance.committed + excluded.committed;
UPDATE funding.budget SET committed = committed + 1.00 WHERE id = :budget AND committed + 1.00 <= total;
UPDATE funding.idempotency_record SET status = 201, location = '/api/v1/allocations/x', etag = '"0"', body = '{}'
  WHERE scope = 'bench POST /api/v1/allocations' AND idem_key = :ikey;
COMMIT;
