-- A rejected registration (tenants.status 'rejected') keeps the park's reason until the applicant reapplies.
ALTER TABLE tenants ADD COLUMN rejection_reason text;

ALTER TABLE tenants ADD COLUMN rejected_at timestamptz;
