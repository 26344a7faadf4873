// The ward drug round: one dense list of what is due, overdue, available as needed and effects to record (then the
// infusions, the patients on oxygen, and requests to pharmacy), most urgent first ("overdue by 45 min") or bed by bed, each row with a way into the patient's recording
// panel. The summary tiles filter the list. It refreshes itself, but only the list, and never under a nurse
// who is typing or has focus on something that would move.
import { api } from './api.js';
import { byId, enumText, h, icon, showMessage, showProblem } from './dom.js';
import { showCurrentWard, startPage } from './header.js';
import { translateElement } from './i18n.js';
import { missingDoseItem } from './mar-text.js';
import { patientName } from './patient-facts.js';
import { oxygenSection, wireOxygenDialog } from './round-oxygen.js';
import {
  FILTERS, byBed, byUrgency, matchesFilter, patientsWithNothing, roundRows,
} from './round-rows.js';
import { marLink, roundTable } from './round-table.js';
import { localDay, localTime } from './zoned-time.js';

const REFRESH_MS = 60 * 1000;
const HOURS = ['2', '4', '8', '12'];
const SORTS = ['urgency', 'bed'];
const TILE_ICON = {
  due: 'clock', overdue: 'warning', criticalOverdue: 'alert', notYetDue: 'clock', prnAvailable: 'tick', effectsDue: 'info',
};

const params = new URLSearchParams(location.search);
const wardCode = params.get('ward');
let timeZone;
let today;
let loading = false;
let lastRound = null;
let filter = FILTERS.includes(params.get('show')) ? params.get('show') : null;
// a nurse records oxygen checks (the API takes them from nurses only)
let canCheckOxygen = false;

function context() {
  return { wardCode, timeZone, today };
}

const kebab = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function missingDoses(patients) {
  const items = patients.flatMap((patient) => (patient.missingDoseRequests ?? []).map((request) => {
    const item = missingDoseItem(request, timeZone, { medicine: true });
    item.prepend(h('span', { class: 'round-missing-patient' },
      patient.bed ? [h('span', { class: 'bed', i18n: 'patient.bedValue', args: { bed: patient.bed } }), ' '] : null,
      h('strong', {}, patientName(patient)), ' · '));
    return item;
  }));
  if (items.length === 0) return null;
  return h('section', { class: 'round-section', 'aria-labelledby': 'round-missing-heading' },
    h('h2', { id: 'round-missing-heading', i18n: 'round.missingDoses' }),
    h('ul', { class: 'missing-doses' }, items));
}

// A VRIII on the round: the latest glucose and the rate the prescriber's scale gives at it (or that it stops the insulin).
function vriiiOnRound(scale) {
  if (!scale) return h('span', { class: 'round-vriii', i18n: 'round.vriii.noReading' });
  const stops = scale.stop || Number(scale.unitsPerHour) === 0;
  return h(stops ? 'strong' : 'span', { class: 'round-vriii', ...(stops
    ? { i18n: 'round.vriii.stops', args: { glucose: String(scale.glucose) } }
    : { i18n: 'round.vriii.gives', args: { glucose: String(scale.glucose), units: String(scale.unitsPerHour), ml: String(scale.mlPerHour) } }) });
}

// Continuous infusions and fluids running, paused or waiting for their first bag (docs/infusions.md): the bag due first.
function infusions(patients) {
  const items = patients.flatMap((patient) => (patient.infusions ?? []).map((infusion) => h('li', {
    'data-prescription': infusion.prescriptionId, 'data-bag-due': infusion.bagDue ? 'true' : 'false',
  },
  h('span', { class: 'round-missing-patient' },
    patient.bed ? [h('span', { class: 'bed', i18n: 'patient.bedValue', args: { bed: patient.bed } }), ' '] : null,
    h('strong', {}, patientName(patient)), ' · '),
  h('a', { href: `patient.html?id=${encodeURIComponent(patient.patientId)}`, lang: 'en' }, infusion.description), ' · ',
  enumText('infusion.run.state', infusion.state),
  infusion.rateMlPerHour != null ? [' · ', h('span', { i18n: 'infusion.run.mlPerHour', args: { rate: String(infusion.rateMlPerHour) } })] : null,
  infusion.bagRunsOutAt ? [' · ', h('span', { i18n: 'infusion.run.runsOut' }), ' ',
    h('time', { datetime: infusion.bagRunsOutAt }, localTime(infusion.bagRunsOutAt, timeZone))] : null,
  infusion.bagDue ? [' · ', h('strong', { i18n: 'infusion.run.bagDue' })] : null,
  infusion.vriii ? [' · ', vriiiOnRound(infusion.scale)] : null)))
    .sort((a, b) => Number(b.dataset.bagDue === 'true') - Number(a.dataset.bagDue === 'true'));
  if (items.length === 0) return null;
  return h('section', { class: 'round-section', 'aria-labelledby': 'round-infusions-heading' },
    h('h2', { id: 'round-infusions-heading', i18n: 'infusion.run.roundHeading' }),
    h('ul', { class: 'round-infusions' }, items));
}

function quietPatients(patients, hours) {
  if (patients.length === 0) return null;
  return h('section', { class: 'round-section', 'aria-labelledby': 'round-quiet-heading' },
    h('h2', { id: 'round-quiet-heading', i18n: 'round.nothingFor', args: { count: hours } }),
    h('ul', { class: 'round-quiet' }, patients.map((patient) => h('li', { 'data-patient-id': patient.patientId, 'data-hospital-number': patient.hospitalNumber },
      h('a', { href: marLink(context(), patient.patientId), 'data-action': 'chart', 'data-focus-key': `chart-${patient.patientId}` },
        patient.bed ? [h('span', { class: 'bed', i18n: 'patient.bedValue', args: { bed: patient.bed } }), ' '] : null,
        patientName(patient))))));
}

function showSummary(summary) {
  const tiles = byId('round-summary');
  tiles.replaceChildren(...FILTERS.map((name) => h('button', {
    type: 'button',
    class: `summary-item summary-${kebab(name)}${name === 'criticalOverdue' && summary[name] > 0 ? ' summary-alert' : ''}`,
    'aria-pressed': filter === name ? 'true' : 'false',
    'data-filter': name,
  },
  h('span', { class: 'summary-label' }, icon(TILE_ICON[name]), h('span', { i18n: `round.summary.${name}` })),
  h('span', { class: 'summary-count', id: `summary-${kebab(name)}`, 'data-count': summary[name] ?? 0 }, String(summary[name] ?? 0)))));
  tiles.setAttribute('aria-busy', 'false');
}

function showList(round, hours) {
  const list = byId('round-list');
  const focusKey = list.contains(document.activeElement) ? document.activeElement.closest('[data-focus-key]')?.dataset.focusKey : null;
  const now = round.now ?? new Date().toISOString();
  const all = roundRows(round);
  const rows = all.filter((row) => matchesFilter(row, filter))
    .sort(byId('round-sort').value === 'bed' ? byBed : byUrgency);
  const patients = round.patients ?? [];
  list.replaceChildren(...[
    patients.length === 0 ? h('p', { i18n: 'patients.none' }) : null,
    rows.length > 0 ? roundTable(rows, { ...context(), now }) : null,
    patients.length > 0 && rows.length === 0
      ? h('p', { class: 'round-nothing', i18n: filter ? 'round.nothingShown' : 'round.nothing', args: { count: hours } }) : null,
    filter ? null : infusions(patients),
    filter ? null : oxygenSection(patients, { now, canCheck: canCheckOxygen }),
    filter ? null : missingDoses(patients),
    filter ? null : quietPatients(patientsWithNothing(round, all), hours),
  ].filter(Boolean));
  list.setAttribute('aria-busy', 'false');
  byId('round-shown').replaceChildren(filter
    ? h('span', {}, h('span', { i18n: 'round.shownFiltered', args: { count: rows.length } }), ' ',
      h('button', { type: 'button', class: 'button-link', 'data-action': 'show-all', i18n: 'round.showAll' }))
    : h('span', { i18n: 'round.shownAll', args: { count: rows.length } }));
  if (focusKey) {
    const again = list.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`);
    (again ?? byId('round-heading')).focus();
  }
}

function showWard(ward) {
  const names = { en: ward.name ?? ward.code, cy: ward.nameCy || ward.name || ward.code };
  for (const [element, key] of [[document.querySelector('title'), 'round.title'], [byId('round-heading'), 'round.heading']]) {
    element.dataset.i18n = key;
    element.dataset.i18nArgs = JSON.stringify({ ward: names });
    translateElement(element);
  }
  showCurrentWard(ward);
}

// Only the tiles and the list are rebuilt. Focus on a link inside the list is put back on the same link.
function showRound(round, hours) {
  lastRound = round;
  timeZone = round.ward?.timeZone;
  today = localDay(round.now ?? new Date().toISOString(), timeZone);
  showSummary(round.summary ?? {});
  showList(round, hours);
  byId('round-updated').replaceChildren(h('span', {
    i18n: 'round.updated', args: { time: localTime(round.now ?? new Date().toISOString(), timeZone) },
  }));
}

// The page's address keeps the nurse's choices, so a reload or a link back from the chart shows the same list.
function rememberChoices() {
  const query = new URLSearchParams(location.search);
  query.set('hours', byId('round-hours').value);
  query.set('sort', byId('round-sort').value);
  if (filter) query.set('show', filter);
  else query.delete('show');
  history.replaceState(null, '', `${location.pathname}?${query}`);
}

function setFilter(next) {
  filter = next === filter ? null : next;
  rememberChoices();
  if (!lastRound) return;
  for (const tile of byId('round-summary').querySelectorAll('[data-filter]')) {
    tile.setAttribute('aria-pressed', tile.dataset.filter === filter ? 'true' : 'false');
  }
  showList(lastRound, Number(byId('round-hours').value));
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
  canCheckOxygen = Boolean(session.roles?.includes('NURSE'));
  wireOxygenDialog({
    patientOf: (id) => (lastRound?.patients ?? []).find((patient) => String(patient.patientId) === String(id)),
    timeZone: () => timeZone,
    recorded: () => load(),
  });
  const hoursSelect = byId('round-hours');
  if (HOURS.includes(params.get('hours'))) hoursSelect.value = params.get('hours');
  const sortSelect = byId('round-sort');
  if (SORTS.includes(params.get('sort'))) sortSelect.value = params.get('sort');
  try {
    await load({ first: true });
  } catch (error) {
    byId('round-list').replaceChildren();
    throw error;
  }
  hoursSelect.addEventListener('change', () => {
    rememberChoices();
    load().catch((error) => showProblem(error));
  });
  sortSelect.addEventListener('change', () => {
    rememberChoices();
    if (lastRound) showList(lastRound, Number(hoursSelect.value));
  });
  byId('round-summary').addEventListener('click', (event) => {
    const tile = event.target.closest('[data-filter]');
    if (tile) setFilter(tile.dataset.filter);
  });
  byId('round-shown').addEventListener('click', (event) => {
    if (event.target.closest('[data-action="show-all"]')) {
      setFilter(null);
      byId('round-summary').querySelector('[data-filter]')?.focus();
    }
  });
  setInterval(() => {
    // nor under a nurse recording an oxygen check: the button that opened the dialog would be rebuilt
    if (typingInList() || byId('oxygen-dialog').open) return;
    // A failed refresh leaves the last good list on screen, with the reason above it.
    load({ background: true }).catch((error) => showProblem(error));
  }, REFRESH_MS);
}

main().catch((error) => showProblem(error));
