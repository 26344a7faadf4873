// The drug round's rows as a table: when, who (bed, name, allergies), what, and the way in to record it.
// context: { wardCode, timeZone, today (the ward's local date), now (the server's instant) }.
import { h, icon } from './dom.js';
import { isDoseRange } from './dose-text.js';
import { clockTime, dateTime, doseAmount, orderSummary } from './mar-text.js';
import { medicineLine } from './medicine-text.js';
import { patientName } from './patient-facts.js';
import { duration, minutesBetween } from './round-rows.js';
import { localDay } from './zoned-time.js';

export function marLink({ wardCode }, patientId, extra = {}) {
  const query = new URLSearchParams({ patient: patientId, ward: wardCode, ...extra });
  return `mar.html?${query}`;
}

function when(instant, { timeZone, today }) {
  // Past midnight the clock time alone would be read as today's.
  return localDay(instant, timeZone) === today ? clockTime(instant, timeZone) : dateTime(instant, timeZone);
}

function allergyNote(patient) {
  if (patient.allergyStatus === 'KNOWN_ALLERGIES') {
    const named = patient.allergies ?? [];
    return h('span', { class: 'round-allergy allergy-known' }, icon('alert'), h('span', { i18n: 'round.allergies' }),
      named.length > 0 ? [' ', h('span', { lang: 'en' }, named.join(', '))] : null);
  }
  if (patient.allergyStatus === 'NO_KNOWN_ALLERGIES') {
    return h('span', { class: 'round-allergy allergy-none' }, h('span', { i18n: 'allergyStatus.NO_KNOWN_ALLERGIES' }));
  }
  return h('span', { class: 'round-allergy allergy-unrecorded' }, icon('warning'), h('span', { i18n: 'allergyStatus.NOT_RECORDED' }));
}

function patientCell(patient, context) {
  return h('td', { class: 'round-who' },
    h('a', {
      class: 'round-patient-link', href: marLink(context, patient.patientId), 'data-action': 'chart', 'data-focus-key': `chart-${patient.patientId}`,
    },
    patient.bed ? [h('span', { class: 'bed', i18n: 'patient.bedValue', args: { bed: patient.bed } }), ' '] : null,
    h('strong', {}, patientName(patient))),
    h('span', { class: 'secondary nowrap' }, patient.hospitalNumber ?? ''),
    allergyNote(patient));
}

function recordLink(patient, order, scheduledAt, context) {
  const extra = { prescription: order.id };
  if (scheduledAt) extra.scheduledAt = scheduledAt;
  return h('a', {
    class: 'button button-small',
    href: marLink(context, patient.patientId, extra),
    'data-action': 'record',
    'data-focus-key': `record-${patient.patientId}-${order.id}-${scheduledAt ?? 'prn'}`,
    'data-prescription-id': order.id,
    'data-scheduled-at': scheduledAt ?? undefined,
    i18n: 'round.record',
    'data-i18n-attr': 'aria-label:round.recordFor',
    args: { order: order.description ?? '', patient: patientName(patient) },
  });
}

function timing(key, minutes) {
  const { form, args } = duration(minutes);
  return h('strong', { class: 'round-timing', i18n: `${key}.${form}`, args });
}

function doseWhen(row, context) {
  const { now } = context;
  const { dose } = row;
  if (dose.state === 'OVERDUE') return [timing('round.overdueBy', minutesBetween(dose.scheduledAt, now)), when(dose.scheduledAt, context)];
  if (dose.state === 'DUE') return [h('strong', { class: 'round-timing', i18n: 'round.dueNow' }), when(dose.scheduledAt, context)];
  return [timing('round.dueIn', minutesBetween(now, dose.scheduledAt)), when(dose.scheduledAt, context)];
}

function prnWhen(prn, { timeZone }) {
  if (prn.availableNow) return h('strong', { class: 'prn-available' }, icon('tick'), h('span', { i18n: 'prn.availableNow' }));
  return [
    h('strong', { class: 'prn-unavailable' }, icon('pause'), h('span', { i18n: 'prn.notAvailable' })),
    prn.nextFrom ? h('span', {}, h('span', { i18n: 'prn.nextFrom' }), ' ', dateTime(prn.nextFrom, timeZone)) : null,
  ];
}

function prnDetails(prn, { timeZone }) {
  return [
    prn.order.prnReason ? h('span', { class: 'secondary' }, h('span', { i18n: 'prn.for' }), ' ', h('span', { lang: 'en' }, prn.order.prnReason)) : null,
    prn.limitMessage && !prn.availableNow ? h('span', { class: 'secondary', lang: 'en' }, prn.limitMessage) : null,
    h('span', { class: 'secondary', i18n: 'prn.givenIn24h', args: { count: prn.givenInLast24Hours ?? 0 } }),
    isDoseRange(prn.order) && Number(prn.amountGivenInLast24Hours) > 0
      ? h('span', { class: 'secondary prn-amount' }, h('span', { i18n: 'prn.amountIn24h' }), ' ',
        doseAmount({ dose: prn.amountGivenInLast24Hours, doseUnit: prn.amountGivenUnit }))
      : null,
    prn.lastGivenAt ? h('span', { class: 'secondary' }, h('span', { i18n: 'prn.lastGiven' }), ' ', dateTime(prn.lastGivenAt, timeZone)) : null,
  ];
}

function effectLink(patient, effect, context) {
  return h('a', {
    class: 'button button-secondary button-small',
    href: marLink(context, patient.patientId, { effect: effect.administrationId }),
    'data-action': 'effect',
    'data-focus-key': `effect-${effect.administrationId}`,
    i18n: 'record.effectButton',
    'data-i18n-attr': 'aria-label:round.effectFor',
    args: { order: effect.description ?? '', patient: patientName(patient) },
  });
}

function rowView(row, context) {
  const { patient } = row;
  const common = {
    'data-kind': row.kind, 'data-urgency': row.urgency, 'data-patient-id': patient.patientId, 'data-hospital-number': patient.hospitalNumber,
  };
  if (row.kind === 'dose') {
    const critical = row.urgency === 'criticalOverdue';
    return h('tr', {
      ...common,
      class: `round-row round-dose round-dose-${row.dose.state.toLowerCase().replace(/_/g, '-')}${critical ? ' round-critical' : ''}`,
      'data-prescription-id': row.dose.prescriptionId ?? row.order.id,
      'data-scheduled-at': row.dose.scheduledAt,
      'data-state': row.dose.state,
      'data-critical-overdue': critical ? 'true' : undefined,
    },
    h('td', { class: 'round-when' },
      critical ? h('span', { class: 'critical-flag' }, icon('alert'), h('span', { i18n: 'round.criticalOverdue' })) : null,
      doseWhen(row, context)),
    patientCell(patient, context),
    h('td', { class: 'round-what' }, orderSummary(row.order)),
    h('td', { class: 'round-action' }, recordLink(patient, row.order, row.dose.scheduledAt, context)));
  }
  if (row.kind === 'prn') {
    return h('tr', {
      ...common,
      class: `round-row round-prn${row.prn.availableNow ? '' : ' round-prn-unavailable'}`,
      'data-prescription-id': row.order.id,
      'data-available': row.prn.availableNow ? 'true' : 'false',
    },
    h('td', { class: 'round-when' }, prnWhen(row.prn, context)),
    patientCell(patient, context),
    h('td', { class: 'round-what' }, orderSummary(row.order), prnDetails(row.prn, context)),
    h('td', { class: 'round-action' }, recordLink(patient, row.order, null, context)));
  }
  return h('tr', { ...common, class: 'round-row round-effect', 'data-administration-id': row.effect.administrationId },
    h('td', { class: 'round-when' }, h('strong', { class: 'with-icon' }, icon('info'), h('span', { i18n: 'round.effectDue' })),
      h('span', {}, h('span', { i18n: 'round.givenAt' }), ' ', clockTime(row.effect.givenAt, context.timeZone))),
    patientCell(patient, context),
    h('td', { class: 'round-what' }, medicineLine(row.effect)),
    h('td', { class: 'round-action' }, effectLink(patient, row.effect, context)));
}

export function roundTable(rows, context) {
  return h('table', { class: 'round-table', id: 'round-table' },
    h('caption', { class: 'visually-hidden', i18n: 'round.tableCaption' }),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col', i18n: 'round.col.when' }),
      h('th', { scope: 'col', i18n: 'round.col.patient' }),
      h('th', { scope: 'col', i18n: 'round.col.medicine' }),
      h('th', { scope: 'col' }, h('span', { class: 'visually-hidden', i18n: 'round.col.action' })))),
    h('tbody', {}, rows.map((row) => rowView(row, context))));
}
