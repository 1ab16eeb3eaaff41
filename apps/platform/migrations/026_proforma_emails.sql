-- Proformas e-mailed to buyers: the requests devices make (replicated; unquoted doc_proformaEmails folds
-- to lower case) and, per request, the platform's record of its one send (at most once, see
-- src/mail/proforma-email-job.ts): marked before the mail server is asked, the Message-ID after it took it.
SELECT create_doc_table('proformaemails');

CREATE TABLE proforma_email_sends (
  tenant_id text NOT NULL,
  request_id text NOT NULL,
  attempt_started_at timestamptz,
  message_id text,
  sent_at timestamptz,
  PRIMARY KEY (tenant_id, request_id)
);
