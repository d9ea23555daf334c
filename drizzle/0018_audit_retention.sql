-- Hand-written (docs/decisions/0037-audit-retention.md): the audit trail stays append-only, with one
-- controlled exception, the retention purge (server/audit/retention.ts). A DELETE of a row passes
-- only inside a transaction that set `relais.audit_purge_before` (set_config(..., true): local to
-- the transaction) to a cutoff at least 180 days in the past, and only for a row older than that
-- cutoff. UPDATE and TRUNCATE stay refused, whoever runs them; a plain DELETE too.
CREATE OR REPLACE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  cutoff timestamptz;
BEGIN
  IF TG_OP = 'DELETE' THEN
    cutoff := nullif(current_setting('relais.audit_purge_before', true), '')::timestamptz;
    IF cutoff IS NOT NULL AND cutoff <= now() - interval '180 days' AND OLD."at" < cutoff THEN
      RETURN OLD;
    END IF;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = '42501';
END
$$;
