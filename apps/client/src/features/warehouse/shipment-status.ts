import type { ShipmentStatus } from '@tradewind/domain';

export const STATUS_COLOURS: Record<ShipmentStatus, string> = {
  draft: 'default',
  submitted: 'gold',
  in_transit: 'blue',
  arrived: 'cyan',
  receiving: 'geekblue',
  put_away: 'green',
  cancelled: 'default',
  exception: 'red',
};
