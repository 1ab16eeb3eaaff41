-- orders documents v0 → v1: an optional named place for the Incoterm (FOB Yangjiang, CIF Hamburg)
-- and an optional buyer signature. No table changes; the stored rows are rewritten by the domain's
-- step (DOCUMENT_UPGRADES in src/db/document-upgrades.ts) so every device pulls the new version.
SELECT 1;
