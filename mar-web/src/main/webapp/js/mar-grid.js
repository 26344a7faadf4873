// The MAR chart as a nurse reads a paper one: regular orders down the side, each a block of rows (one per dose
// time), days across, and in each cell what happened in a few characters. Every cell's actions (record, mark in
// error, details) sit in its menu; the buttons only carry data-action and ids, and mar.js acts on them.
// The grid's shape comes from mar-days.js; as-needed orders are drawn by mar-prn.js.
import { enumText, h, icon } from './dom.js';
import {
  initials, isPrnOrder, orderBlock, recordable, recordsByOrder,
} from './mar-days.js';
import { carriedParts } from './infusion-text.js';
import { infusionDays } from './infusion-timeline.js';
import {
  clockTime, dispenseNote, infusionEventWords, missingDoseList, orderSummary, partNodes, placed,
} from './mar-text.js';
import { oxygenBody } from './mar-oxygen.js';
import { renderPrn } from './mar-prn.js';
import { menuButton } from './menu-button.js';
import { statusChange } from './order-status.js';
import { localDay, localTime, shiftDay } from './zoned-time.js';

export { isPrnOrder };

const STATUS_LOOK = {
  due: { icon: 'clock', key: 'doseState.DUE' },
  overdue: { icon: 'warning', key: 'doseState.OVERDUE' },
  missed: { icon: 'warning', key: 'mar.cell.missed' },
  'not-yet-due': { icon: null, key: 'doseState.NOT_YET_DUE' },
};

const person = (record) => record.recordedByName ?? record.recordedBy ?? '';

// "✓ 08:04 NE" or "✗ Refused": the words a screen reader hears are the full sentence, hidden from sight.
function compactRecord(record, timeZone, late) {
  const struck = Boolean(record.struckThroughBy);
  const time = record.administeredAt ? localTime(record.administeredAt, timeZone) : '';
  const given = record.outcome === 'GIVEN';
  const seen = h('span', { class: 'cell-record-text', 'aria-hidden': 'true' }, icon(given ? 'tick' : 'cross'),
    given ? [h('span', { class: 'cell-time' }, time), ' ', h('span', { class: 'cell-initials' }, initials(person(record)))]
      : h('span', { class: 'cell-reason', i18n: `notGivenCode.${record.notGivenReason}` }));
  const heard = h('span', {
    class: 'visually-hidden',
    i18n: given ? 'mar.cell.given' : 'mar.cell.notGiven',
    args: { time, name: person(record) },
  });
  const reason = given ? null : h('span', { class: 'visually-hidden' }, enumText('notGivenReason', record.notGivenReason));
  return h('li', {
    class: struck ? 'cell-record record-struck' : 'cell-record',
    'data-administration-id': record.id,
    'data-outcome': record.outcome,
    'data-struck': struck ? 'true' : undefined,
  },
  struck ? h('del', {}, seen, heard, reason) : [seen, heard, reason],
  struck ? h('span', { class: 'cell-note', i18n: 'mar.cell.inError' }) : null,
  !struck && late ? h('span', { class: 'cell-note', i18n: 'mar.cell.late' }) : null,
  !struck && record.late ? h('span', { class: 'cell-note', i18n: 'record.late' }) : null);
}

function statusWords(cell, critical) {
  const look = STATUS_LOOK[cell.status];
  if (!look) return null;
  return h('span', { class: `cell-state cell-state-${cell.status}` }, look.icon ? icon(look.icon) : null, h('span', { i18n: look.key }),
    critical ? h('span', { class: 'badge badge-critical-overdue' }, icon('alert'), h('span', { i18n: 'round.criticalOverdue' })) : null);
}

function action(name, key, data) {
  return h('button', { type: 'button', 'data-action': name, i18n: key, ...data });
}

function cellActions(entry, cell, options) {
  const { canRecord, mayStrikeThrough } = options;
  const standing = cell.records.filter((record) => !record.struckThroughBy);
  return [
    canRecord && standing.length === 0 && recordable(cell.status)
      ? action('record', 'mar.recordDose', { 'data-prescription-id': entry.order.id, 'data-scheduled-at': cell.dose.scheduledAt })
      : null,
    ...(canRecord ? standing.filter(mayStrikeThrough) : []).map((record) => action('in-error', 'record.markInError', {
      'data-administration-id': record.id,
    })),
    action('details', 'mar.details', { 'data-cell': options.cellKey(entry, cell) }),
  ].filter(Boolean);
}

function cellOf(entry, cell, rowIds, options) {
  const ids = { 'data-day': cell.day, 'data-status': cell.status };
  const today = cell.day === options.today ? ' today' : '';
  if (cell.status === 'none') return h('td', { class: `mar-cell cell-none${today}`, ...ids }, h('span', { class: 'visually-hidden', i18n: 'mar.noDose' }));
  const latest = cell.records.filter((record) => !record.struckThroughBy).at(-1);
  const critical = ['overdue', 'missed'].includes(cell.status) && entry.order.critical;
  return h('td', {
    class: `mar-cell cell-${cell.status}${critical ? ' cell-critical' : ''}${today}`,
    'data-state': latest?.outcome ?? cell.dose?.state,
    'data-scheduled-at': cell.dose?.scheduledAt,
    ...ids,
  },
  h('div', { class: 'cell' },
    h('div', { class: 'cell-body' },
      cell.records.length > 0
        ? h('ul', { class: 'cell-records' }, cell.records.map((record) => compactRecord(record, options.timeZone, cell.status === 'given-late')))
        : null,
      latest ? null : statusWords(cell, critical)),
    menuButton({ labelledBy: ['cell-menu-label', ...rowIds, `day-${cell.day}`], items: cellActions(entry, cell, options) })));
}

// One day of a continuous infusion or fluid: the bags drawn across the day (seen), and the same as text beneath —
// the bag already up when the day began, then each event at its time — which is what a screen reader reads.
function infusionCell(day, options) {
  const today = day.day === options.today ? ' today' : '';
  const track = h('div', { class: 'infusion-track', 'aria-hidden': 'true' },
    day.periods.map((period) => placed(h('div', {
      class: `infusion-bag infusion-bag-${period.state}${period.bagNumber % 2 === 0 ? ' infusion-bag-even' : ''}`, 'data-bag': period.bagNumber, 'data-state': period.state,
    }, h('span', { class: 'infusion-bag-label', i18n: 'infusion.run.eventBag', args: { number: String(period.bagNumber) } })),
    period.start, period.end - period.start)),
    day.events.map((event) => placed(h('span', {
      class: event.struckThroughBy ? 'infusion-mark infusion-mark-struck' : 'infusion-mark', 'data-event': event.event,
    }), event.at)));
  const carried = day.periods.find((period) => period.carried);
  const items = [
    carried ? h('li', { class: 'infusion-carried' }, partNodes(carriedParts(carried))) : null,
    ...day.events.map((event) => h('li', {
      class: event.struckThroughBy ? 'infusion-event record-struck' : 'infusion-event',
      'data-event': event.event,
      'data-event-id': event.id,
      'data-struck': event.struckThroughBy ? 'true' : undefined,
    },
      clockTime(event.occurredAt, options.timeZone), ' ', infusionEventWords(event))),
  ].filter(Boolean);
  return h('td', { class: `mar-cell infusion-cell${today}`, 'data-day': day.day },
    track, items.length > 0 ? h('ol', { class: 'infusion-day-events' }, items)
      : h('span', { class: 'visually-hidden', i18n: 'mar.infusion.nothing' }));
}

function infusionRows(entry, heading, data, options) {
  const days = infusionDays(entry.infusion, options.days, options.chart);
  return [h('tr', { ...data, class: 'block-start infusion-row' }, heading,
    h('th', { scope: 'row', class: 'dose-time', i18n: 'mar.infusion.bags' }),
    days.map((day) => infusionCell(day, options)))];
}

function orderBlockRows(entry, block, options) {
  const orderId = `order-${entry.order.id}`;
  const heading = h('th', {
    scope: 'rowgroup', rowspan: Math.max(block.length, 1), class: 'order-medicine',
  },
  orderSummary(entry.order, { headingId: orderId }), statusChange(entry.stopped, options.timeZone),
  dispenseNote(entry.dispenses, options.timeZone), missingDoseList(entry.missingDoseRequests, options.timeZone));
  const data = { 'data-prescription-id': entry.order.id, 'data-lineage-id': entry.order.lineageId };
  if (entry.infusion) return infusionRows(entry, heading, data, options);
  if (block.length === 0) {
    return [h('tr', data, heading, h('td', { colspan: options.days.length + 1, class: 'secondary', i18n: 'mar.noDoses' }))];
  }
  return block.map((row, index) => {
    const timeId = `time-${entry.order.id}-${row.time.replace(':', '')}`;
    return h('tr', { ...data, 'data-time': row.time, class: index === 0 ? 'block-start' : undefined },
      index === 0 ? heading : null,
      h('th', { scope: 'row', class: 'dose-time', id: timeId }, row.time),
      row.cells.map((cell) => cellOf(entry, cell, [orderId, timeId], options)));
  });
}

function dayHeading(day, today) {
  const word = { [shiftDay(today, -1)]: 'mar.yesterday', [today]: 'mar.today', [shiftDay(today, 1)]: 'mar.tomorrow' }[day];
  return h('th', {
    scope: 'col', id: `day-${day}`, 'data-day': day, class: day === today ? 'day today' : 'day',
  },
  word ? h('span', { class: 'value', i18n: word }) : null, ' ', h('time', { datetime: day, 'data-i18n-date': 'date' }));
}

/**
 * Draws both tables for the days given (YYYY-MM-DD in the ward's zone), and returns each cell that has a menu by the
 * key its details button carries, with its order and time: what the details dialog shows.
 */
export function renderChart(mar, {
  scheduledTable, prnTable, days, canRecord, mayStrikeThrough,
}) {
  const { timeZone } = mar;
  const today = localDay(mar.now, timeZone);
  const records = recordsByOrder(mar);
  const cells = new Map();
  const options = {
    timeZone,
    days,
    today,
    canRecord,
    mayStrikeThrough,
    chart: {
      from: mar.from, to: mar.to, now: mar.now, timeZone,
    },
    cellKey: (entry, cell) => {
      const key = `cell-${cells.size + 1}`;
      cells.set(key, { entry, cell });
      return key;
    },
  };
  const scheduled = mar.orders.filter((entry) => !isPrnOrder(entry));

  scheduledTable.tHead.replaceChildren(h('tr', {},
    h('th', { scope: 'col', i18n: 'mar.col.order' }),
    h('th', { scope: 'col', class: 'dose-time', i18n: 'mar.col.time' }),
    days.map((day) => dayHeading(day, today))));
  const blocks = scheduled.map((entry) => h('tbody', { 'data-prescription-id': entry.order.id },
    orderBlockRows(entry, orderBlock(entry, records.get(entry.order.id), days, today, timeZone), options)));
  if (blocks.length === 0) blocks.push(h('tbody', {}, h('tr', {}, h('td', { colspan: days.length + 2, i18n: 'mar.noScheduled' }))));
  // oxygen is prescribed too (BTS 2017): its row heads the chart, above the regular medicines
  const oxygen = oxygenBody(mar, options);
  if (oxygen) blocks.unshift(oxygen);
  for (const body of [...scheduledTable.tBodies]) body.remove();
  scheduledTable.append(...blocks);
  scheduledTable.setAttribute('aria-busy', 'false');

  renderPrn(prnTable, mar.orders.filter(isPrnOrder), records, { timeZone, canRecord, mayStrikeThrough });
  return cells;
}
