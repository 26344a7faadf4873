// One patient's medicines administration record: the chart of doses for yesterday, today and tomorrow,
// the recording panel, and the two corrections a nurse makes to a record (in error, and a PRN dose's effect).
import { api } from './api.js';
import { byId, clear, h, icon, put, showMessage, showProblem } from './dom.js';
import { showCurrentWard, startPage } from './header.js';
import { translateElement } from './i18n.js';
import { idempotentWriter } from './idempotent.js';
import { recordItem, renderChart } from './mar-grid.js';
import { showStop } from './mar-text.js';
import { formatNhsNumber, patientName } from './patient-facts.js';
import { createRecordPanel } from './record-dose.js';
import { medicineLine } from './medicine-text.js';

const RECORDING_ROLES = ['NURSE', 'PRESCRIBER', 'PHARMACIST'];
const GIVING_ROLES = ['NURSE', 'PRESCRIBER'];
const params = new URLSearchParams(location.search);
const patientId = params.get('patient');

let session;
let mar;
let wardCode = params.get('ward');
let canRecord = false;
// a record is struck through by whoever made it, or by the nurse in charge (with a reason, as always)
const mayStrikeThrough = (record) => record.recordedBy === session?.username || Boolean(session?.roles?.includes('NURSE_IN_CHARGE'));

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

function render() {
  renderChart(mar, {
    scheduledTable: byId('mar-grid'), prnTable: byId('prn-grid'), canRecord, mayStrikeThrough,
  });
  const range = byId('chart-range');
  range.dataset.i18n = 'mar.timeZone';
  range.dataset.i18nArgs = JSON.stringify({ zone: mar.timeZone ?? '' });
  translateElement(range);
}

async function load() {
  mar = await api(patientPath('/mar'));
  render();
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

const findRecord = (id) => mar.administrations.find((record) => String(record.id) === String(id));

// One dialog shape serves both corrections: a required text, a write with its own idempotency key.
function wireDialog({ dialogId, formId, textId, alertId, recordId, missingKey, path, bodyOf, doneKey }) {
  const dialog = byId(dialogId);
  const form = byId(formId);
  const text = byId(textId);
  const alertBox = byId(alertId);
  const writer = idempotentWriter();
  let record = null;
  let opener = null;
  let busy = false;

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy || !record) return;
    clear(alertBox);
    if (!text.value.trim()) {
      showMessage(alertBox, missingKey);
      text.setAttribute('aria-invalid', 'true');
      text.setAttribute('aria-describedby', alertId);
      text.focus();
      return;
    }
    text.removeAttribute('aria-invalid');
    text.removeAttribute('aria-describedby');
    busy = true;
    form.setAttribute('aria-busy', 'true');
    try {
      await writer.post(path(record), bodyOf(text.value.trim()));
    } catch (error) {
      showStop(error, alertBox);
      return;
    } finally {
      busy = false;
      form.setAttribute('aria-busy', 'false');
    }
    dialog.close();
    byId('record-status').replaceChildren(h('p', { class: 'message' }, icon('tick'), h('span', { i18n: doneKey })));
    await reload();
    byId('chart-heading').focus();
  });
  dialog.addEventListener('close', () => {
    if (opener?.isConnected) opener.focus();
  });
  for (const cancel of dialog.querySelectorAll('[data-close]')) cancel.addEventListener('click', () => dialog.close());

  return (id, button) => {
    record = findRecord(id);
    if (!record) return;
    opener = button;
    writer.renew();
    form.reset();
    clear(alertBox);
    text.removeAttribute('aria-invalid');
    const order = mar.orders.find((entry) => String(entry.order.id) === String(record.prescriptionId)
      || entry.order.lineageId === record.lineageId)?.order;
    byId(recordId).replaceChildren(
      medicineLine(order ?? { productName: record.productName }, { tag: 'p' }),
      h('ul', { class: 'records' }, recordItem(record, mar.timeZone, { canRecord: false })));
    dialog.showModal();
  };
}

function wireChart(panel) {
  const openInError = wireDialog({
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
  const openEffect = wireDialog({
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
  byId('chart-heading').closest('section').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-action]');
    if (!button) return;
    const { action } = button.dataset;
    if (action === 'record') panel.openFor(button.dataset.prescriptionId, button.dataset.scheduledAt ?? null);
    else if (action === 'in-error') openInError(button.dataset.administrationId, button);
    else if (action === 'effect') openEffect(button.dataset.administrationId, button);
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
  if (!canRecord) return;

  const mayGive = GIVING_ROLES.some((role) => session.roles?.includes(role));
  const panel = createRecordPanel({
    patientId, getMar: () => mar, onRecorded: reload, mayGive,
  });
  const openEffect = wireChart(panel);
  if (params.get('prescription')) panel.openFor(params.get('prescription'), params.get('scheduledAt'));
  else if (params.get('effect')) openEffect(params.get('effect'), null);
  else byId('scan-input').focus();
}

main().catch((error) => showProblem(error));
