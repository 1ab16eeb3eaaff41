-- Order numbers are unique per tenant (checked in the push transaction); the look-up needs an index.
CREATE INDEX doc_orders_number ON doc_orders (tenant_id, (doc->>'number'));
