-- Per-field revisions (docs/architecture.md, "Conflict handler"): a merge must know that a field
-- was written since a device's base even when it was written back to the base's value.
-- `field_tx`: field → the transaction that last changed it, for fields changed after the document
-- was made (a field not named has not changed since). `device_tx`: device → the transaction of
-- that device's last accepted push of the document, the base of its next push when that base is
-- the state it pushed itself.
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
       field_tx jsonb NOT NULL DEFAULT ''{}'',
       device_tx jsonb NOT NULL DEFAULT ''{}'',
       PRIMARY KEY (tenant_id, id)
     )',
    'doc_' || collection);
  EXECUTE format('CREATE INDEX %I ON %I (tenant_id, tx, id)', 'doc_' || collection || '_changes', 'doc_' || collection);
END
$$;

DO $$
DECLARE
  doc_table text;
BEGIN
  FOR doc_table IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE 'doc\_%' LOOP
    EXECUTE format('ALTER TABLE %I ADD COLUMN field_tx jsonb NOT NULL DEFAULT ''{}'', ADD COLUMN device_tx jsonb NOT NULL DEFAULT ''{}''', doc_table);
  END LOOP;
END
$$;

-- The fields (and `_deleted`) whose values differ between two states of a document, each with
-- the current transaction: merged into `field_tx` by every update.
CREATE OR REPLACE FUNCTION changed_field_tx(before jsonb, before_deleted boolean, after jsonb, after_deleted boolean) RETURNS jsonb LANGUAGE sql AS $$
  SELECT coalesce(jsonb_object_agg(field, pg_current_xact_id()::text), '{}'::jsonb)
  FROM (
    SELECT field FROM jsonb_object_keys(before) AS field WHERE before -> field IS DISTINCT FROM after -> field
    UNION
    SELECT field FROM jsonb_object_keys(after) AS field WHERE NOT before ? field
    UNION
    SELECT '_deleted' WHERE before_deleted IS DISTINCT FROM after_deleted
  ) AS changed
$$;
