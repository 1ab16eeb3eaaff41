-- Trade fair and orders: captured buyers (replicated like every doc_* table) and the platform's
-- dated exchange-rate tables that devices cache for a day offline.

SELECT create_doc_table('buyers');

-- Units of `currency` that one US dollar buys on `rate_date` (mid-market reference rates).
CREATE TABLE exchange_rates (
  rate_date date NOT NULL,
  currency text NOT NULL,
  per_usd numeric(18, 6) NOT NULL CHECK (per_usd > 0),
  source text NOT NULL,
  PRIMARY KEY (rate_date, currency)
);

INSERT INTO exchange_rates (rate_date, currency, per_usd, source) VALUES
  ('2026-11-20', 'USD', 1, 'park reference rates'),
  ('2026-11-20', 'CNY', 7.1180, 'park reference rates'),
  ('2026-11-20', 'EUR', 0.8630, 'park reference rates'),
  ('2026-11-20', 'GBP', 0.7615, 'park reference rates'),
  ('2026-11-20', 'RUB', 80.25, 'park reference rates'),
  ('2026-11-20', 'AED', 3.6725, 'park reference rates'),
  ('2026-11-20', 'SAR', 3.7500, 'park reference rates'),
  ('2026-11-20', 'BRL', 5.3420, 'park reference rates'),
  ('2026-11-20', 'MXN', 18.3150, 'park reference rates'),
  ('2026-11-20', 'JPY', 154.62, 'park reference rates');
