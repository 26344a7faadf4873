// One patient's medicines administration record: the chart of doses over as many days as the screen holds (up to
// tomorrow unless the address says otherwise; earlier days a button press away), the recording panel, and the
// dialogs of mar-dialogs.js.
import { api } from './api.js';
import { byId, h, icon, put, showMessage, showProblem } from './dom.js';
import { wireGridFocus } from './grid-focus.js';
import { showCurrentWard, startPage } from './header.js';
import { translateElement } from './i18n.js';
import {
  dayCount, daysBetween, daysForChart, firstDay,
} from './mar-days.js';
import { wireCorrection, wireDetails } from './mar-dialogs.js';
import { renderChart } from './mar-grid.js';
import { menuButtonOf, wireMenuButtons } from './menu-button.js';
import { localDay, shiftDay } from './zoned-time.js';
import { formatNhsNumber, patientName } from './patient-facts.js';
import { createRecordPanel } from './record-dose.js';

const RECORDING_ROLES = ['NURSE', 'PRESCRIBER', 'PHARMACIST'];
const GIVING_ROLES = ['NURSE', 'PRESCRIBER'];
const params = new URLSearchParams(location.search);
const patientId = params.get('patient');

let session;
let mar;
let cells = new Map();
// The days asked for: the first (null: the server's default, up to tomorrow) and how many (as many as fit, once it
// is known whether the recording panel takes a column); kept in the address.
const range = {
  first: firstDay(params.get('from')),
  days: dayCount(params.get('days')),
};
let wardCode = params.get('ward');
let canRecord = false;
// a record is struck through by whoever made it, or by the nurse in charge (with a reason, as always)
const mayStrikeThrough = (record) => record.recordedBy === session?.username || Boolean(session?.roles?.includes('NURSE_IN_CHARGE'));

// The grid's cell menus are one Tab stop, arrow keys between them; a cell is known across redraws by order, time, day.
const settleGridFocus = wireGridFocus(byId('mar-grid'), {
  selector: 'td.mar-cell .menu-button',
  cellKey: (button) => {
    const cell = button.closest('td');
    return [cell.parentElement.dataset.prescriptionId, cell.parentElement.dataset.time, cell.dataset.day].join(' ');
  },
});

const patientPath = (suffix = '') => `api/v1/patients/${encodeURIComponent(patientId)}${suffix}`;

// Anything but the two recorded states counts as unrecorded: never suggest "no allergies" by default.
function showAllergies(patient) {
  const banner = byId('allergy-banner');
  banner.setAttribute('aria-busy', 'false');
  banner.className = 'allergy-banner';
  banner.removeAttribute('role');
  if (patient.allergyStatus === 'KNOWN_ALLERGIES') {
    banner.classList.add('allergy-banner-known');
    put(banner, h('p', { class: 'allergy-banner-title' }, icon('alert'), h('span', { i18n: 'allergyStatus.KNOWN_ALLERGIES' })),
      (patient.allergies ?? []).length > 0 ? h('ul', { class: 'allergy-banner-list' }, patient.allergies.map((allergy) => h('li', { lang: 'en' }, allergy))) : null);
  } else if (patient.allergyStatus === 'NO_KNOWN_ALLERGIES') {
    banner.classList.add('allergy-banner-none');
    banner.replaceChildren(h('p', { class: 'allergy-banner-title' }, icon('tick'), h('span', { i18n: 'allergyStatus.NO_KNOWN_ALLERGIES' })));
  } else {
    banner.classList.add('allergy-banner-unrecorded');
    banner.setAttribute('role', 'alert');
    banner.replaceChildren(h('p', { class: 'allergy-banner-title' }, icon('warning'), h('span', { i18n: 'allergyStatus.NOT_RECORDED' })));
  }
}

function showPatient(patient) {
  const name = patientName(patient);
  const heading = byId('patient-name');
  delete heading.dataset.i18n;
  heading.textContent = name;
  const title = document.querySelector('title');
  title.dataset.i18n = 'mar.title';
  title.dataset.i18nArgs = JSON.stringify({ patient: name });
  translateElement(title);
  put(byId('patient-line'),
    h('span', {}, h('span', { i18n: 'patients.hospitalNumber' }), ': ', h('strong', { id: 'patient-hospital-number' }, patient.hospitalNumber ?? '')),
    patient.nhsNumber ? h('span', {}, h('span', { i18n: 'patients.nhsNumber' }), ': ', h('strong', { class: 'nowrap' }, formatNhsNumber(patient.nhsNumber))) : null,
    patient.dateOfBirth ? h('span', {}, h('span', { i18n: 'patients.born' }), ' ', h('time', { datetime: patient.dateOfBirth, 'data-i18n-date': 'date' })) : null,
    patient.bed ? h('span', { i18n: 'patient.bedValue', args: { bed: patient.bed } }) : null);
  showAllergies(patient);
  byId('patient-chart-link').href = `patient.html?id=${encodeURIComponent(patient.id ?? patientId)}`;
  byId('page-links').hidden = false;
}

async function showWard() {
  if (!wardCode) return;
  const link = byId('drug-round-link');
  link.href = `drug-round.html?ward=${encodeURIComponent(wardCode)}`;
  link.hidden = false;
  try {
    showCurrentWard(await api(`api/v1/wards/${encodeURIComponent(wardCode)}`));
  } catch (error) {
    if (error.status === 401) throw error;
    showCurrentWard({ code: wardCode });
  }
}

function rangeQuery() {
  const query = new URLSearchParams({ days: String(range.days) });
  if (range.first) query.set('from', range.first);
  return `?${query}`;
}

function render() {
  const days = daysBetween(mar.from, mar.to, mar.timeZone);
  cells = renderChart(mar, {
    scheduledTable: byId('mar-grid'), prnTable: byId('prn-grid'), days, canRecord, mayStrikeThrough,
  });
  settleGridFocus();
  const dayText = (day) => h('time', { datetime: day, 'data-i18n-date': 'date' });
  put(byId('days-shown'), dayText(days[0]), days.length > 1 ? [' – ', dayText(days.at(-1))] : null);
  byId('days-today').hidden = days.includes(localDay(mar.now, mar.timeZone));
  const zone = byId('chart-range');
  zone.dataset.i18n = 'mar.timeZone';
  zone.dataset.i18nArgs = JSON.stringify({ zone: mar.timeZone ?? '' });
  translateElement(zone);
}

async function load() {
  mar = await api(patientPath(`/mar${rangeQuery()}`));
  render();
}

// Earlier or later by as many days as are shown; the address keeps the range so that a reload shows the same days.
async function showDays(first) {
  range.first = first;
  const address = new URL(location.href);
  if (first) address.searchParams.set('from', first);
  else address.searchParams.delete('from');
  address.searchParams.set('days', String(range.days));
  history.replaceState(null, '', address);
  byId('mar-grid').setAttribute('aria-busy', 'true');
  await reload();
}

function wireDays() {
  const firstShown = () => localDay(mar.from, mar.timeZone);
  byId('days-earlier').addEventListener('click', () => showDays(shiftDay(firstShown(), -range.days)));
  byId('days-later').addEventListener('click', () => showDays(shiftDay(firstShown(), range.days)));
  byId('days-today').addEventListener('click', async () => {
    await showDays(null);
    byId('chart-heading').focus();
  });
}

async function reload() {
  const focusWasInChart = byId('chart-heading').closest('section').contains(document.activeElement);
  try {
    await load();
  } catch (error) {
    showProblem(error);
    return;
  }
  // The button that was pressed has been rebuilt; the heading is the nearest stable place to land.
  if (focusWasInChart && !document.activeElement?.isConnected) byId('chart-heading').focus();
}

function wireChart(panel) {
  const shared = { getMar: () => mar, reload };
  const openDetails = wireDetails({ getCell: (key) => cells.get(key), getMar: () => mar });
  const openInError = wireCorrection({
    ...shared,
    dialogId: 'in-error-dialog',
    formId: 'in-error-form',
    textId: 'in-error-reason',
    alertId: 'in-error-alert',
    recordId: 'in-error-record',
    missingKey: 'inError.missing',
    path: (record) => `api/v1/administrations/${encodeURIComponent(record.id)}/in-error`,
    bodyOf: (reason) => ({ reason }),
    doneKey: 'inError.done',
  });
  const openEffect = wireCorrection({
    ...shared,
    dialogId: 'effect-dialog',
    formId: 'effect-form',
    textId: 'effect-text',
    alertId: 'effect-alert',
    recordId: 'effect-record',
    missingKey: 'effect.missing',
    path: (record) => `api/v1/administrations/${encodeURIComponent(record.id)}/effect`,
    bodyOf: (effect) => ({ effect }),
    doneKey: 'effect.done',
  });
  const chartSection = byId('chart-heading').closest('section');
  wireMenuButtons(chartSection);
  chartSection.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-action]');
    if (!button) return;
    const { action } = button.dataset;
    // an item of a cell's menu is hidden once chosen: focus comes back to the menu's button
    const opener = menuButtonOf(button) ?? button;
    if (action === 'record') panel?.openFor(button.dataset.prescriptionId, button.dataset.scheduledAt ?? null);
    else if (action === 'in-error') openInError(button.dataset.administrationId, opener);
    else if (action === 'effect') openEffect(button.dataset.administrationId, opener);
    else if (action === 'details') openDetails(button.dataset.cell, opener);
  });
  return openEffect;
}

async function main() {
  session = await startPage();
  if (!session) return;
  const banner = byId('allergy-banner');
  if (!patientId) {
    banner.setAttribute('aria-busy', 'false');
    showMessage(byId('page-error'), 'patient.noId');
    return;
  }
  canRecord = RECORDING_ROLES.some((role) => session.roles?.includes(role));
  range.days ??= daysForChart(window.innerWidth, canRecord);
  byId('mar-content').classList.toggle('with-panel', canRecord);
  try {
    await load();
  } catch (error) {
    banner.setAttribute('aria-busy', 'false');
    throw error;
  }
  wardCode = wardCode ?? mar.patient.wardCode ?? null;
  showPatient(mar.patient);
  await showWard();
  byId('mar-content').hidden = false;
  byId('record-panel').hidden = !canRecord;
  wireDays();
  const mayGive = GIVING_ROLES.some((role) => session.roles?.includes(role));
  const panel = canRecord ? createRecordPanel({
    patientId, getMar: () => mar, onRecorded: reload, mayGive,
  }) : null;
  const openEffect = wireChart(panel);
  if (!panel) return;
  if (params.get('prescription')) panel.openFor(params.get('prescription'), params.get('scheduledAt'));
  else if (params.get('effect')) openEffect(params.get('effect'), null);
  else byId('scan-input').focus();
}

main().catch((error) => showProblem(error));
