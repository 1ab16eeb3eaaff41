-- The table of one replicated collection: keyed by tenant first (docs/architecture.md, Replication; ready for sharding by tenant, docs/scaling.md).
-- `tx` is the writing transaction's id, the change cursor: pulls hand out rows ordered by (tx, id)
-- and only below the oldest running transaction, so a late commit is never skipped (docs/architecture.md, Replication).
-- Numbered 000 so it exists before the first table is made, and (CREATE OR REPLACE) so databases
-- made before it existed get it too.
CREATE OR REPLACE FUNCTION create_doc_table(collection text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format(
    'CREATE TABLE %I (
       tenant_id text NOT NULL,
       id text NOT NULL,
       doc jsonb NOT NULL,
       deleted boolean NOT NULL DEFAULT false,
       tx xid8 NOT NULL DEFAULT pg_current_xact_id(),
       written_at timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY (tenant_id, id)
     )',
    'doc_' || collection);
  EXECUTE format('CREATE INDEX %I ON %I (tenant_id, tx, id)', 'doc_' || collection || '_changes', 'doc_' || collection);
END
$$;
