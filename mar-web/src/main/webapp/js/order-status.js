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

/**
 * Who stopped, suspended or completed an order, when and why ({status, byName, at, reason}), where an order that is no
 * longer current would otherwise say nothing of its end. Null for a current order.
 */
export function statusChange(change, timeZone) {
  if (!change?.at || !['DISCONTINUED', 'SUSPENDED', 'COMPLETED'].includes(change.status)) return null;
  return h('span', { class: 'status-change', 'data-status': change.status },
    icon(STATUS_ICON[change.status]),
    h('span', {}, h('span', { i18n: `statusChange.${change.status}`, args: { name: change.byName ?? change.by ?? '' } }), ' ',
      h('time', { datetime: change.at, 'data-i18n-date': 'datetime', 'data-time-zone': timeZone })),
    change.reason ? h('span', { class: 'status-change-reason' }, h('span', { i18n: 'orders.reason' }), ' ', h('span', { lang: 'en' }, change.reason)) : null);
}
