// Oxygen on the MAR (docs/bedside-observations.md, "On the MAR"): one row at the head of the regular medicines, a cell a
// day. Drawn: the order in force as a bar across the hours it was, and each check as a mark at its time shaped by its
// reading (▼ below, ● within, ▲ above the target). Written beneath, which is what a screen reader reads: the order in
// force when the day began, then each prescription, stop and check at its time with its reading against the target.
import { h } from './dom.js';
import { clockTime, placed } from './mar-text.js';
import { oxygenDays, READING_SYMBOL } from './oxygen-reading.js';
import { checkDelivery, orderTerms, readingMark } from './oxygen-text.js';

const person = (name, username) => name ?? username ?? '';
const by = (name, username) => h('span', { i18n: 'oxygen.by', args: { name: person(name, username) } });

function eventItem(event, timeZone) {
  const time = clockTime(event.instant, timeZone);
  if (event.kind === 'check') {
    const { check, order } = event;
    return h('li', { class: 'oxygen-check', 'data-reading': check.reading, 'data-check-id': check.id },
      time, ' ', h('strong', { i18n: 'oxygen.round.saturation', args: { saturation: check.saturation } }), ' — ',
      readingMark(check.reading, order?.target), ' · ', checkDelivery(check), ' ', by(check.recordedByName, check.recordedBy));
  }
  const { order } = event;
  if (event.kind === 'prescribed') {
    return h('li', { class: 'oxygen-prescribed', 'data-order-id': order.id }, time, ' ',
      h('strong', { i18n: 'mar.oxygen.prescribed' }), ' ', orderTerms(order), ' ', by(order.prescribedByName, order.prescribedBy));
  }
  return h('li', { class: 'oxygen-stopped', 'data-order-id': order.id }, time, ' ',
    h('strong', { i18n: 'mar.oxygen.stopped' }), ' ', by(order.stoppedByName, order.stoppedBy));
}

function dayCell(day, options) {
  const today = day.day === options.today ? ' today' : '';
  const checks = day.events.filter((event) => event.kind === 'check');
  const track = h('div', { class: 'oxygen-track', 'aria-hidden': 'true' },
    day.periods.map((period) => placed(h('div', { class: 'oxygen-order-bar', 'data-order-id': period.order.id }),
      period.start, period.end - period.start)),
    checks.map((event) => placed(h('span', {
      class: `oxygen-mark oxygen-mark-${event.check.reading}`, 'data-reading': event.check.reading,
    }, READING_SYMBOL[event.check.reading] ?? ''), event.at)));
  const carried = day.periods.find((period) => period.carried);
  const items = [
    carried ? h('li', { class: 'oxygen-carried' }, h('span', { i18n: 'mar.oxygen.inForce' }), ' ', orderTerms(carried.order)) : null,
    ...day.events.map((event) => eventItem(event, options.timeZone)),
    day.periods.length > 0 && checks.length === 0 ? h('li', { class: 'secondary', i18n: 'mar.oxygen.noCheck' }) : null,
  ].filter(Boolean);
  return h('td', { class: `mar-cell oxygen-cell${today}`, 'data-day': day.day },
    track, items.length > 0 ? h('ol', { class: 'oxygen-day-events' }, items)
      : h('span', { class: 'visually-hidden', i18n: 'mar.oxygen.nothing' }));
}

/** The oxygen row's body for the scheduled table, or null when the chart's time holds no oxygen order and no check. */
export function oxygenBody(mar, options) {
  if (!mar.oxygen || (mar.oxygen.orders ?? []).length === 0) return null;
  const days = oxygenDays(mar.oxygen, options.days, options.chart);
  const latest = mar.oxygen.orders.at(-1);
  const heading = h('th', { scope: 'rowgroup', class: 'order-medicine oxygen-heading', id: 'oxygen-row-heading' },
    h('strong', { i18n: 'oxygen.heading' }),
    h('p', { class: 'oxygen-terms' }, orderTerms(latest), latest.stoppedAt ? [' · ', h('span', { i18n: 'mar.oxygen.stopped' })] : null),
    h('ul', { class: 'oxygen-legend hint', 'aria-hidden': 'true' }, ['BELOW', 'WITHIN', 'ABOVE'].map((reading) => h('li', {},
      readingMark(reading, null, { withIcon: false })))));
  return h('tbody', { 'data-oxygen': 'true' }, h('tr', { class: 'block-start oxygen-row' }, heading,
    h('th', { scope: 'row', class: 'dose-time', i18n: 'mar.oxygen.row' }), days.map((day) => dayCell(day, options))));
}
