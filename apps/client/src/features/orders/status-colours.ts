import type { OrderStatus } from '@tradewind/domain';

export const STATUS_COLOURS: Record<OrderStatus, string> = {
  quote: 'default',
  confirmed: 'blue',
  deposit_received: 'cyan',
  in_production: 'purple',
  shipped: 'geekblue',
  completed: 'green',
  cancelled: 'red',
};
