// An order's status in words with an icon, written the same way on every screen that lists orders.
import { enumText, h, icon } from './dom.js';

const STATUS_ICON = {
  DRAFT: 'info', PENDING_VERIFICATION: 'warning', VERIFIED: 'tick', SUSPENDED: 'pause', DISCONTINUED: 'cross',
  COMPLETED: 'tick', REJECTED: 'cross', SUPERSEDED: 'info', DISCARDED: 'cross',
};

export function orderStatus(status) {
  return h('span', { class: `order-status order-status-${String(status).toLowerCase()}` },
    icon(STATUS_ICON[status] ?? 'info'), enumText('orderStatus', status));
}
