// The ward drug round: every patient by bed with what is due, overdue and coming up, PRN medicines, effects
// to record and missing doses, each with a way into the patient's recording panel. It refreshes itself, but
// only the list, and never under a nurse who is typing or has focus on something that would move.
import { api } from './api.js';
import { byId, h, icon, showMessage, showProblem } from './dom.js';
import { showCurrentWard, startPage } from './header.js';
import { translateElement } from './i18n.js';
import {
  clockTime, dateTime, doseState, missingDoseItem, orderSummary,
} from './mar-text.js';
import { formatNhsNumber, patientName } from './patient-facts.js';
import { localDay, localTime } from './zoned-time.js';
import { medicineLine } from './medicine-text.js';

const REFRESH_MS = 60 * 1000;
const HOURS = ['2', '4', '8', '12'];
const SUMMARY = [
  ['due', 'round.summary.due', 'clock'],
  ['overdue', 'round.summary.overdue', 'warning'],
  ['criticalOverdue', 'round.summary.criticalOverdue', 'alert'],
  ['notYetDue', 'round.summary.notYetDue', 'clock'],
  ['prnAvailable', 'round.summary.prnAvailable', 'tick'],
  ['effectsDue', 'round.summary.effectsDue', 'info'],
];

const params = new URLSearchParams(location.search);
const wardCode = params.get('ward');
let timeZone;
let today;
let loading = false;

function marLink(patientId, extra = {}) {
  const query = new URLSearchParams({ patient: patientId, ward: wardCode, ...extra });
  return `mar.html?${query}`;
}

function allergies(patient) {
  if (patient.allergyStatus === 'KNOWN_ALLERGIES') {
    return h('div', { class: 'allergy allergy-known' },
      h('p', { class: 'allergy-label' }, icon('alert'), h('span', { i18n: 'allergyStatus.KNOWN_ALLERGIES' })),
      (patient.allergies ?? []).length > 0 ? h('ul', { class: 'allergy-list' }, patient.allergies.map((allergy) => h('li', { lang: 'en' }, allergy))) : null);
  }
  if (patient.allergyStatus === 'NO_KNOWN_ALLERGIES') {
    return h('p', { class: 'allergy allergy-none' }, icon('tick'), h('span', { i18n: 'allergyStatus.NO_KNOWN_ALLERGIES' }));
  }
  return h('p', { class: 'allergy allergy-unrecorded' }, icon('warning'), h('span', { i18n: 'allergyStatus.NOT_RECORDED' }));
}

function recordLink(patient, order, scheduledAt) {
  const extra = { prescription: order.id };
  if (scheduledAt) extra.scheduledAt = scheduledAt;
  const key = `record-${patient.patientId}-${order.id}-${scheduledAt ?? 'prn'}`;
  return h('a', {
    class: 'button button-small',
    href: marLink(patient.patientId, extra),
    'data-action': 'record',
    'data-focus-key': key,
    'data-prescription-id': order.id,
    'data-scheduled-at': scheduledAt ?? undefined,
    i18n: 'round.record',
    'data-i18n-attr': 'aria-label:round.recordFor',
    args: { order: order.description ?? '', patient: patientName(patient) },
  });
}

function doseItem(patient, dose) {
  const criticalOverdue = dose.state === 'OVERDUE' && dose.order.critical;
  return h('li', {
    class: `round-item round-dose round-dose-${dose.state.toLowerCase().replace(/_/g, '-')}${criticalOverdue ? ' round-critical' : ''}`,
    'data-prescription-id': dose.prescriptionId ?? dose.order.id,
    'data-scheduled-at': dose.scheduledAt,
    'data-state': dose.state,
    'data-critical-overdue': criticalOverdue ? 'true' : undefined,
  },
  h('div', { class: 'round-when' },
    // Past midnight the clock time alone would be read as today's.
    localDay(dose.scheduledAt, timeZone) === today ? clockTime(dose.scheduledAt, timeZone) : dateTime(dose.scheduledAt, timeZone),
    doseState(dose.state),
    criticalOverdue ? h('span', { class: 'critical-flag' }, icon('alert'), h('span', { i18n: 'round.criticalOverdue' })) : null),
  h('div', { class: 'round-what' }, orderSummary(dose.order)),
  h('div', { class: 'round-action' }, recordLink(patient, dose.order, dose.scheduledAt)));
}

function prnItem(patient, prn) {
  return h('li', {
    class: `round-item round-prn${prn.availableNow ? '' : ' round-prn-unavailable'}`,
    'data-prescription-id': prn.order.id,
    'data-available': prn.availableNow ? 'true' : 'false',
  },
  h('div', { class: 'round-when' }, prn.availableNow
    ? h('span', { class: 'prn-available' }, icon('tick'), h('span', { i18n: 'prn.availableNow' }))
    : [
      h('span', { class: 'prn-unavailable' }, icon('pause'), h('span', { i18n: 'prn.notAvailable' })),
      prn.limitMessage ? h('span', { class: 'secondary', lang: 'en' }, prn.limitMessage) : null,
      prn.nextFrom ? h('span', { class: 'secondary' }, h('span', { i18n: 'prn.nextFrom' }), ' ', dateTime(prn.nextFrom, timeZone)) : null,
    ]),
  h('div', { class: 'round-what' }, orderSummary(prn.order),
    prn.order.prnReason ? h('span', { class: 'secondary' }, h('span', { i18n: 'prn.for' }), ' ', h('span', { lang: 'en' }, prn.order.prnReason)) : null,
    h('span', { class: 'secondary', i18n: 'prn.givenIn24h', args: { count: prn.givenInLast24Hours ?? 0 } }),
    prn.lastGivenAt ? h('span', { class: 'secondary' }, h('span', { i18n: 'prn.lastGiven' }), ' ', dateTime(prn.lastGivenAt, timeZone)) : null),
  h('div', { class: 'round-action' }, recordLink(patient, prn.order, null)));
}

function effectItem(patient, effect) {
  return h('li', { class: 'round-item round-effect', 'data-administration-id': effect.administrationId },
    h('div', { class: 'round-when' }, h('span', { class: 'with-icon' }, icon('info'), h('span', { i18n: 'round.effectDue' })),
      h('span', { class: 'secondary' }, h('span', { i18n: 'round.givenAt' }), ' ', clockTime(effect.givenAt, timeZone))),
    h('div', { class: 'round-what' }, medicineLine(effect)),
    h('div', { class: 'round-action' }, h('a', {
      class: 'button button-secondary button-small',
      href: marLink(patient.patientId, { effect: effect.administrationId }),
      'data-action': 'effect',
      'data-focus-key': `effect-${effect.administrationId}`,
      i18n: 'record.effectButton',
      'data-i18n-attr': 'aria-label:round.effectFor',
      args: { order: effect.description ?? '', patient: patientName(patient) },
    })));
}

function group(headingKey, className, items) {
  if (items.length === 0) return null;
  return [h('h3', { i18n: headingKey }), h('ul', { class: `round-items ${className}` }, items)];
}

function patientSection(patient, hours) {
  const headingId = `round-patient-${patient.patientId}`;
  const doses = patient.doses ?? [];
  const prn = patient.prn ?? [];
  const effects = patient.effectsDue ?? [];
  const requests = patient.missingDoseRequests ?? [];
  const nothing = doses.length + prn.length + effects.length + requests.length === 0;
  return h('section', {
    class: 'round-patient', 'aria-labelledby': headingId, 'data-patient-id': patient.patientId, 'data-hospital-number': patient.hospitalNumber,
  },
  h('h2', { id: headingId },
    patient.bed ? [h('span', { class: 'bed', i18n: 'patient.bedValue', args: { bed: patient.bed } }), ' — '] : null,
    patientName(patient)),
  h('div', { class: 'round-patient-facts' },
    h('p', { class: 'ward-facts' },
      h('span', {}, h('span', { i18n: 'patients.hospitalNumber' }), ': ', h('strong', {}, patient.hospitalNumber ?? '')),
      patient.nhsNumber ? h('span', {}, h('span', { i18n: 'patients.nhsNumber' }), ': ', h('strong', { class: 'nowrap' }, formatNhsNumber(patient.nhsNumber))) : null,
      patient.ageYears === null || patient.ageYears === undefined ? null : h('span', { i18n: 'patients.ageYears', args: { count: patient.ageYears } })),
    allergies(patient),
    h('p', {}, h('a', {
      class: 'button button-secondary button-small', href: marLink(patient.patientId), 'data-action': 'chart', 'data-focus-key': `chart-${patient.patientId}`, i18n: 'round.openChart',
    }))),
  nothing ? h('p', { class: 'round-nothing', i18n: 'round.nothing', args: { count: hours } }) : null,
  group('round.doses', 'round-doses', doses.map((dose) => doseItem(patient, dose))),
  group('round.prn', 'round-prns', prn.map((item) => prnItem(patient, item))),
  group('round.effects', 'round-effects', effects.map((effect) => effectItem(patient, effect))),
  group('round.missingDoses', 'missing-doses', requests.map((request) => missingDoseItem(request, timeZone))));
}

function showSummary(summary) {
  const list = byId('round-summary');
  list.replaceChildren(...SUMMARY.map(([name, key, iconName]) => h('div', {
    class: `summary-item summary-${name}${name === 'criticalOverdue' && summary[name] > 0 ? ' summary-alert' : ''}`,
  },
  h('dt', {}, icon(iconName), h('span', { i18n: key })),
  h('dd', { id: `summary-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, 'data-count': summary[name] ?? 0 }, String(summary[name] ?? 0)))));
  list.setAttribute('aria-busy', 'false');
}

function showWard(ward) {
  const names = { en: ward.name ?? ward.code, cy: ward.nameCy || ward.name || ward.code };
  const title = document.querySelector('title');
  title.dataset.i18n = 'round.title';
  title.dataset.i18nArgs = JSON.stringify({ ward: names });
  translateElement(title);
  const heading = byId('round-heading');
  heading.dataset.i18n = 'round.heading';
  heading.dataset.i18nArgs = JSON.stringify({ ward: names });
  translateElement(heading);
  showCurrentWard(ward);
}

// Only the list is rebuilt. Focus on a link inside it is put back on the same link in the new list.
function showRound(round, hours) {
  timeZone = round.ward?.timeZone;
  today = localDay(round.now ?? new Date().toISOString(), timeZone);
  const list = byId('round-list');
  const focusKey = list.contains(document.activeElement) ? document.activeElement.closest('[data-focus-key]')?.dataset.focusKey : null;
  showSummary(round.summary ?? {});
  const patients = round.patients ?? [];
  list.replaceChildren(...(patients.length > 0
    ? patients.map((patient) => patientSection(patient, hours))
    : [h('p', { i18n: 'patients.none' })]));
  list.setAttribute('aria-busy', 'false');
  if (focusKey) {
    const again = list.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`);
    (again ?? byId('round-heading')).focus();
  }
  const updated = byId('round-updated');
  updated.replaceChildren(h('span', { i18n: 'round.updated', args: { time: localTime(round.now ?? new Date().toISOString(), timeZone) } }));
}

function typingInList() {
  const active = document.activeElement;
  return Boolean(active && byId('round-list').contains(active) && active.matches('input, select, textarea, [contenteditable="true"]'));
}

// background: an automatic refresh, which the server does not count as the nurse being at the screen.
async function load({ first = false, background = false } = {}) {
  if (loading) return;
  const hours = byId('round-hours').value;
  loading = true;
  try {
    const round = await api(`api/v1/wards/${encodeURIComponent(wardCode)}/drug-round?hours=${encodeURIComponent(hours)}`,
      { background });
    if (first) showWard(round.ward);
    byId('page-error').replaceChildren();
    showRound(round, Number(hours));
  } finally {
    loading = false;
  }
}

async function main() {
  const session = await startPage();
  if (!session) return;
  if (!wardCode) {
    byId('round-list').replaceChildren();
    showMessage(byId('page-error'), 'ward.noCode');
    return;
  }
  const select = byId('round-hours');
  if (HOURS.includes(params.get('hours'))) select.value = params.get('hours');
  try {
    await load({ first: true });
  } catch (error) {
    byId('round-list').replaceChildren();
    throw error;
  }
  select.addEventListener('change', () => load().catch((error) => showProblem(error)));
  setInterval(() => {
    if (typingInList()) return;
    // A failed refresh leaves the last good list on screen, with the reason above it.
    load({ background: true }).catch((error) => showProblem(error));
  }, REFRESH_MS);
}

main().catch((error) => showProblem(error));
