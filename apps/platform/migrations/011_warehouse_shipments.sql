-- Overseas warehouses: first-leg shipments made on devices, and the stock events devices record
-- (reservations, adjustment requests, shipments created) for the platform to fold into stock.
-- The platform names tables unquoted (doc_stockEvents), which PostgreSQL folds to lower case.

SELECT create_doc_table('shipments');
SELECT create_doc_table('stockevents');
