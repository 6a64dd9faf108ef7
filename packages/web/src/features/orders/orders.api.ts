import type { Channel, Order } from '@regulars/contracts';
import { api } from '../../app/api-client';
import type { Page } from '../../shared/use-paged-list';

/** Filters of the orders list; `from`/`to` are ISO datetimes with offset, `storeId` comes from the header. */
export type OrderFilters = {
  storeId?: string;
  guestId?: string;
  channel?: Channel;
  status?: Order['status'];
  from?: string;
  to?: string;
};

/** One page of orders, newest first. */
export function listOrders(
  filters: OrderFilters,
  cursor: string | undefined,
  limit = 50,
): Promise<Page<Order>> {
  return api.get('/api/orders', { ...filters, limit, cursor });
}

/** One order with its lines and its refund / cancellation events. */
export function getOrder(id: string): Promise<Order> {
  return api.get(`/api/orders/${encodeURIComponent(id)}`);
}
