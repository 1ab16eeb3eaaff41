-- One audit trail (issue 14): the park console's calls, kept in park_console_audit since 014, join
-- every other action in audit_log, under the park's own audit tenant ('park'). A call's query and
-- options go to the new `detail`; its `statistics.view` becomes collection `console.statistics`,
-- action `view`, as the console's other actions (registrations, announcements) were already written.
ALTER TABLE audit_log ADD COLUMN detail jsonb NOT NULL DEFAULT '{}';

INSERT INTO audit_log (tenant_id, at, user_id, device_id, collection, document_id, action, fields, detail)
SELECT 'park', a.at, a.user_id, '', 'console.' || split_part(a.action, '.', 1), coalesce(a.target, ''), substr(a.action, strpos(a.action, '.') + 1), '[]', a.detail
FROM park_console_audit a
ORDER BY a.id;

DROP TABLE park_console_audit;
