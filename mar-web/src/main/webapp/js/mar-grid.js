// The MAR chart: scheduled orders as a grid of days (yesterday, today, tomorrow in the ward's zone), and
// when-required orders with their history. Buttons only carry data-action and ids; mar.js acts on them.
import { enumText, h, icon } from './dom.js';
import {
  clockTime, dateTime, dispenseNote, doseState, missingDoseList, orderSummary, recordedDose,
} from './mar-text.js';
import { localDay, shiftDay } from './zoned-time.js';

const RECORDABLE = ['DUE', 'OVERDUE'];
const msOf = (instant) => (instant ? new Date(instant).getTime() : null);

export const isPrnOrder = (entry) => entry.order.frequency === 'PRN' || Boolean(entry.prn);

// Records belong to the order version they were given against; one given against a version the chart no
// longer lists (it was replaced) is shown on the order that replaced it, so nothing recorded drops out of sight.
function recordsByOrder(mar) {
  const shown = new Set(mar.orders.map((entry) => String(entry.order.id)));
  const byOrder = new Map(mar.orders.map((entry) => [entry.order.id, []]));
  for (const record of mar.administrations ?? []) {
    if (record.outcome === 'IN_ERROR') continue;
    const owner = shown.has(String(record.prescriptionId))
      ? mar.orders.find((entry) => String(entry.order.id) === String(record.prescriptionId))
      : mar.orders.find((entry) => entry.order.lineageId === record.lineageId);
    if (owner) byOrder.get(owner.order.id).push(record);
  }
  return byOrder;
}

function person(name, id) {
  return name ?? id ?? '';
}

function recordBody(record, timeZone) {
  if (record.outcome === 'NOT_GIVEN') {
    return h('span', { class: 'record-line' }, icon('cross'),
      h('span', { class: 'record-outcome', i18n: 'record.notGiven' }), ' ',
      enumText('notGivenReason', record.notGivenReason),
      record.note ? [' — ', h('span', { lang: 'en' }, record.note)] : null,
      ' · ', h('span', { i18n: 'record.by', args: { name: person(record.recordedByName, record.recordedBy) } }));
  }
  return h('span', { class: 'record-line' }, icon('tick'),
    h('span', { class: 'record-outcome', i18n: 'record.given' }), ' ',
    record.administeredAt ? clockTime(record.administeredAt, timeZone) : null,
    record.doseText || record.dose != null ? [' · ', recordedDose(record)] : null,
    record.site ? [' · ', h('span', { i18n: 'record.site', args: { site: record.site } })] : null,
    ' · ', h('span', { i18n: 'record.by', args: { name: person(record.recordedByName, record.recordedBy) } }),
    record.witnessedBy ? [' · ', h('span', { i18n: 'record.witness', args: { name: person(record.witnessedByName, record.witnessedBy) } })] : null);
}

function effectPart(record, timeZone, canRecord) {
  if (record.outcome !== 'GIVEN' || record.struckThroughBy) return null;
  const effects = record.effects ?? [];
  if (effects.length > 0) {
    return h('ul', { class: 'effects' }, effects.map((effect) => h('li', {},
      h('span', { i18n: 'record.effect' }), ' ', h('span', { lang: 'en' }, effect.effect), ' · ', dateTime(effect.recordedAt, timeZone))));
  }
  return h('p', { class: 'effect-missing' }, icon('info'), h('span', { i18n: 'record.effectMissing' }),
    canRecord ? h('button', {
      type: 'button', class: 'button button-secondary button-small', 'data-action': 'effect', 'data-administration-id': record.id, i18n: 'record.effectButton',
    }) : null);
}

// mayStrikeThrough(record): the server lets the person who made a record, or the nurse in charge, strike it through.
export function recordItem(record, timeZone, { canRecord, prn = false, mayStrikeThrough = () => true } = {}) {
  const struck = Boolean(record.struckThroughBy);
  const body = recordBody(record, timeZone);
  return h('li', {
    class: struck ? 'record record-struck' : 'record', 'data-administration-id': record.id, 'data-outcome': record.outcome, 'data-struck': struck ? 'true' : undefined,
  },
  struck ? h('del', {}, body) : body,
  prn && record.prnReason ? h('span', { class: 'secondary' }, h('span', { i18n: 'record.prnReason' }), ' ', h('span', { lang: 'en' }, record.prnReason)) : null,
  record.late ? h('span', { class: 'badge badge-late' }, icon('clock'), h('span', { i18n: 'record.late' })) : null,
  record.timingReason ? h('span', { class: 'secondary' }, h('span', { i18n: 'record.timingReason' }), ' ', h('span', { lang: 'en' }, record.timingReason)) : null,
  record.identifiedBy === 'MANUAL'
    ? h('span', { class: 'secondary' }, h('span', { i18n: 'record.manual' }), ' ', h('span', { lang: 'en' }, record.manualReason ?? ''))
    : null,
  struck
    ? h('span', { class: 'record-error-note' }, icon('cross'), h('span', { i18n: 'record.inError' }), ' ', h('span', { lang: 'en' }, record.struckThroughReason ?? ''))
    : null,
  prn ? effectPart(record, timeZone, canRecord) : null,
  !struck && canRecord && mayStrikeThrough(record) ? h('button', {
    type: 'button', class: 'button button-secondary button-small', 'data-action': 'in-error', 'data-administration-id': record.id, i18n: 'record.markInError',
  }) : null);
}

function doseItem(entry, dose, records, timeZone, canRecord, mayStrikeThrough) {
  const current = records.filter((record) => !record.struckThroughBy);
  const critical = dose.state === 'OVERDUE' && entry.order.critical;
  return h('li', {
    class: `dose dose-${dose.state.toLowerCase().replace(/_/g, '-')}${critical ? ' dose-critical' : ''}`,
    'data-prescription-id': entry.order.id,
    'data-scheduled-at': dose.scheduledAt,
    'data-state': dose.state,
  },
  h('span', { class: 'dose-head' }, clockTime(dose.scheduledAt, timeZone), current.length === 0 ? doseState(dose.state) : null,
    critical ? h('span', { class: 'badge badge-critical-overdue' }, icon('alert'), h('span', { i18n: 'round.criticalOverdue' })) : null),
  records.length > 0 ? h('ul', { class: 'records' }, records.map((record) => recordItem(record, timeZone, { canRecord, mayStrikeThrough }))) : null,
  canRecord && current.length === 0 && RECORDABLE.includes(dose.state)
    ? h('button', {
      type: 'button',
      class: 'button button-small',
      'data-action': 'record',
      'data-prescription-id': entry.order.id,
      'data-scheduled-at': dose.scheduledAt,
      i18n: 'mar.recordDose',
      'data-i18n-attr': 'aria-label:mar.recordDoseFor',
      args: { order: entry.order.description ?? '', time: clockTime(dose.scheduledAt, timeZone).textContent },
    })
    : null);
}

// A record whose scheduled time matches no dose on the chart (for example a STAT dose given against an
// earlier version) still appears, under the day it was for.
function looseItem(record, timeZone, canRecord, mayStrikeThrough) {
  return h('li', { class: 'dose', 'data-scheduled-at': record.scheduledAt ?? undefined },
    h('span', { class: 'dose-head' }, record.scheduledAt ? clockTime(record.scheduledAt, timeZone) : null),
    h('ul', { class: 'records' }, recordItem(record, timeZone, { canRecord, mayStrikeThrough })));
}

function scheduledRow(entry, records, days, timeZone, canRecord, mayStrikeThrough) {
  const doseTimes = new Set(entry.doses.map((dose) => msOf(dose.scheduledAt)));
  const cells = days.map((day) => {
    const items = [];
    for (const dose of entry.doses) {
      if (localDay(dose.scheduledAt, timeZone) !== day) continue;
      const own = records.filter((record) => msOf(record.scheduledAt) === msOf(dose.scheduledAt));
      items.push([msOf(dose.scheduledAt), doseItem(entry, dose, own, timeZone, canRecord, mayStrikeThrough)]);
    }
    for (const record of records) {
      const at = record.scheduledAt ?? record.administeredAt;
      if (doseTimes.has(msOf(record.scheduledAt)) || !at || localDay(at, timeZone) !== day) continue;
      items.push([msOf(at), looseItem(record, timeZone, canRecord, mayStrikeThrough)]);
    }
    items.sort((a, b) => a[0] - b[0]);
    return h('td', { 'data-day': day },
      items.length > 0 ? h('ul', { class: 'doses' }, items.map(([, item]) => item)) : h('span', { class: 'secondary', i18n: 'mar.noDoses' }));
  });
  return h('tr', { 'data-prescription-id': entry.order.id, 'data-lineage-id': entry.order.lineageId },
    h('th', { scope: 'row', class: 'order-medicine' }, orderSummary(entry.order), dispenseNote(entry.dispenses, timeZone),
      missingDoseList(entry.missingDoseRequests, timeZone)),
    cells);
}

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
      dispenseNote(entry.dispenses, timeZone), missingDoseList(entry.missingDoseRequests, timeZone)),
    h('td', {}, availability(entry, timeZone, canRecord)),
    h('td', {}, history.length > 0
      ? h('ul', { class: 'records prn-history' }, history.map((record) => h('li', { class: 'prn-dose' },
        record.administeredAt ? dateTime(record.administeredAt, timeZone) : null,
        h('ul', { class: 'records' }, recordItem(record, timeZone, { canRecord, prn: true, mayStrikeThrough })))))
      : h('span', { class: 'secondary', i18n: 'prn.noneGiven' })));
}

/** The three days shown, as YYYY-MM-DD in the ward's zone, and the words for each column. */
export function chartDays(now, timeZone) {
  const today = localDay(now, timeZone);
  return [
    { day: shiftDay(today, -1), key: 'mar.yesterday' },
    { day: today, key: 'mar.today' },
    { day: shiftDay(today, 1), key: 'mar.tomorrow' },
  ];
}

export function renderChart(mar, {
  scheduledTable, prnTable, canRecord, mayStrikeThrough,
}) {
  const timeZone = mar.timeZone;
  const records = recordsByOrder(mar);
  const days = chartDays(mar.now, timeZone);
  const scheduled = mar.orders.filter((entry) => !isPrnOrder(entry));
  const prn = mar.orders.filter(isPrnOrder);

  scheduledTable.tHead.replaceChildren(h('tr', {},
    h('th', { scope: 'col', i18n: 'mar.col.order' }),
    days.map(({ day, key }) => h('th', { scope: 'col', 'data-day': day, class: key === 'mar.today' ? 'today' : undefined },
      h('span', { class: 'value', i18n: key }), h('time', { datetime: day, 'data-i18n-date': 'date' })))));
  scheduledTable.tBodies[0].replaceChildren(...(scheduled.length > 0
    ? scheduled.map((entry) => scheduledRow(entry, records.get(entry.order.id), days.map((d) => d.day), timeZone, canRecord, mayStrikeThrough))
    : [h('tr', {}, h('td', { colspan: 4, i18n: 'mar.noScheduled' }))]));
  scheduledTable.setAttribute('aria-busy', 'false');

  prnTable.tHead.replaceChildren(h('tr', {},
    h('th', { scope: 'col', i18n: 'mar.col.order' }),
    h('th', { scope: 'col', i18n: 'prn.col.availability' }),
    h('th', { scope: 'col', i18n: 'prn.col.history' })));
  prnTable.tBodies[0].replaceChildren(...(prn.length > 0
    ? prn.map((entry) => prnRow(entry, records.get(entry.order.id), timeZone, canRecord, mayStrikeThrough))
    : [h('tr', {}, h('td', { colspan: 3, i18n: 'prn.none' }))]));
  prnTable.setAttribute('aria-busy', 'false');
}
