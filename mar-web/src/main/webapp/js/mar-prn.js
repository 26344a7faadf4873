// The as-needed (PRN) medicines: whether a dose may be given now, and every dose given, newest first. They have no
// dose times, so they keep a history list rather than a place in the grid.
import { h, icon } from './dom.js';
import { isDoseRange } from './dose-text.js';
import { dateTime, dispenseNote, doseAmount, missingDoseList, orderSummary } from './mar-text.js';
import { recordItem } from './mar-records.js';
import { statusChange } from './order-status.js';

const msOf = (instant) => (instant ? new Date(instant).getTime() : null);

function availability(entry, timeZone, canRecord) {
  const prn = entry.prn ?? {};
  const active = ['VERIFIED', 'PENDING_VERIFICATION'].includes(entry.order.status);
  return [
    prn.availableNow
      ? h('p', { class: 'prn-available' }, icon('tick'), h('span', { i18n: 'prn.availableNow' }))
      : h('p', { class: 'prn-unavailable' }, icon('pause'), h('span', { i18n: 'prn.notAvailable' })),
    !prn.availableNow && prn.limitMessage ? h('p', { class: 'secondary', lang: 'en' }, prn.limitMessage) : null,
    !prn.availableNow && prn.nextFrom ? h('p', { class: 'secondary' }, h('span', { i18n: 'prn.nextFrom' }), ' ', dateTime(prn.nextFrom, timeZone)) : null,
    h('p', { class: 'secondary', i18n: 'prn.givenIn24h', args: { count: prn.givenInLast24Hours ?? 0 } }),
    // a range order's doses differ, so the count alone does not say how much the patient has had
    isDoseRange(entry.order) && Number(prn.amountGivenInLast24Hours) > 0
      ? h('p', { class: 'secondary prn-amount' }, h('span', { i18n: 'prn.amountIn24h' }), ' ',
        doseAmount({ dose: prn.amountGivenInLast24Hours, doseUnit: prn.amountGivenUnit }))
      : null,
    canRecord && active
      ? h('button', {
        type: 'button',
        class: 'button button-small',
        'data-action': 'record',
        'data-prescription-id': entry.order.id,
        i18n: 'mar.recordDose',
        'data-i18n-attr': 'aria-label:mar.recordPrnFor',
        args: { order: entry.order.description ?? '' },
      })
      : null,
  ];
}

function prnRow(entry, records, timeZone, canRecord, mayStrikeThrough) {
  const history = [...records].sort((a, b) => msOf(b.administeredAt ?? b.recordedAt) - msOf(a.administeredAt ?? a.recordedAt));
  return h('tr', { 'data-prescription-id': entry.order.id, 'data-lineage-id': entry.order.lineageId },
    h('th', { scope: 'row', class: 'order-medicine' }, orderSummary(entry.order),
      entry.order.prnReason ? h('span', { class: 'secondary' }, h('span', { i18n: 'prn.for' }), ' ', h('span', { lang: 'en' }, entry.order.prnReason)) : null,
      statusChange(entry.stopped, timeZone), dispenseNote(entry.dispenses, timeZone), missingDoseList(entry.missingDoseRequests, timeZone)),
    h('td', {}, availability(entry, timeZone, canRecord)),
    h('td', {}, history.length > 0
      ? h('ul', { class: 'records prn-history' }, history.map((record) => h('li', { class: 'prn-dose' },
        record.administeredAt ? dateTime(record.administeredAt, timeZone) : null,
        h('ul', { class: 'records' }, recordItem(record, timeZone, { canRecord, prn: true, mayStrikeThrough })))))
      : h('span', { class: 'secondary', i18n: 'prn.noneGiven' })));
}

export function renderPrn(table, entries, records, {
  timeZone, canRecord, mayStrikeThrough,
}) {
  table.tHead.replaceChildren(h('tr', {},
    h('th', { scope: 'col', i18n: 'mar.col.order' }),
    h('th', { scope: 'col', i18n: 'prn.col.availability' }),
    h('th', { scope: 'col', i18n: 'prn.col.history' })));
  table.tBodies[0].replaceChildren(...(entries.length > 0
    ? entries.map((entry) => prnRow(entry, records.get(entry.order.id), timeZone, canRecord, mayStrikeThrough))
    : [h('tr', {}, h('td', { colspan: 3, i18n: 'prn.none' }))]));
  table.setAttribute('aria-busy', 'false');
}
