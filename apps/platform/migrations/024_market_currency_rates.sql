-- Listings are priced in their market's currency (CAD, AUD, PLN and SGD markets too), so the
-- park's reference table carries those rates beside the ones orders already used.
INSERT INTO exchange_rates (rate_date, currency, per_usd, source) VALUES
  ('2026-11-20', 'CAD', 1.3790, 'park reference rates'),
  ('2026-11-20', 'AUD', 1.5380, 'park reference rates'),
  ('2026-11-20', 'PLN', 3.6550, 'park reference rates'),
  ('2026-11-20', 'SGD', 1.2980, 'park reference rates')
ON CONFLICT (rate_date, currency) DO NOTHING;
