-- A rejected summary request resent without some of its inventories (src/customs/summary-job.ts):
-- the revision that dropped each one. A dropped inventory stays claimed, so no later run gathers it
-- again, and a summary's outcome no longer reaches its filing.
ALTER TABLE customs_summary_items ADD COLUMN dropped_revision integer;
