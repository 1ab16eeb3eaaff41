-- Element revisions for keyed arrays (docs/architecture.md, "Conflict handler"): besides each
-- changed field, `field_tx` records `<field>[<id>]` for each element of an array of objects with
-- ids (pictures, order lines, payments) that was added, removed or changed, so a merge can tell
-- the elements others wrote since a device's base from those the device wrote itself.
CREATE OR REPLACE FUNCTION changed_field_tx(before jsonb, before_deleted boolean, after jsonb, after_deleted boolean) RETURNS jsonb LANGUAGE sql AS $$
  WITH changed_fields AS (
    SELECT field FROM jsonb_object_keys(before) AS field WHERE before -> field IS DISTINCT FROM after -> field
    UNION
    SELECT field FROM jsonb_object_keys(after) AS field WHERE NOT before ? field
  ),
  elements AS (
    SELECT changed_fields.field, side.element
    FROM changed_fields,
         LATERAL (
           SELECT element FROM jsonb_array_elements(CASE WHEN jsonb_typeof(before -> changed_fields.field) = 'array' THEN before -> changed_fields.field ELSE '[]' END) AS b(element)
           UNION ALL
           SELECT element FROM jsonb_array_elements(CASE WHEN jsonb_typeof(after -> changed_fields.field) = 'array' THEN after -> changed_fields.field ELSE '[]' END) AS a(element)
         ) AS side
    WHERE jsonb_typeof(side.element -> 'id') = 'string'
  ),
  changed_elements AS (
    -- An element unchanged is in both states alike, so its id and content appear twice.
    SELECT field || '[' || (element ->> 'id') || ']' AS path FROM elements GROUP BY field, element HAVING count(*) = 1
  )
  SELECT coalesce(jsonb_object_agg(path, pg_current_xact_id()::text), '{}'::jsonb)
  FROM (
    SELECT field AS path FROM changed_fields
    UNION
    SELECT path FROM changed_elements
    UNION
    SELECT '_deleted' WHERE before_deleted IS DISTINCT FROM after_deleted
  ) AS changed
$$;

-- What `field_tx` holds of a document stored before now is incomplete: the changes of elements,
-- and those made before 030. `*` marks the transaction after which it is complete, and the
-- platform says nothing of what changed since a base older than that.
DO $$
DECLARE
  doc_table text;
BEGIN
  FOR doc_table IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE 'doc\_%' LOOP
    EXECUTE format('UPDATE %I SET field_tx = field_tx || jsonb_build_object(''*'', pg_current_xact_id()::text)', doc_table);
  END LOOP;
END
$$;
