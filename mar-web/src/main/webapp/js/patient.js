// One patient's medicines chart: allergies first, the facts the order checks use, the orders by status,
// and the forms that record new facts (each of which re-checks the patient's active orders).
import { alertList } from './alerts.js';
import { api } from './api.js';
import { byId, clear, enumText, h, icon, showMessage, showProblem } from './dom.js';
import { showCurrentWard, startPage } from './header.js';
import { translateElement } from './i18n.js';
import { medicineBadges, medicineLine } from './medicine-text.js';
import { createOrderForm } from './order-form.js';
import { orderStatus } from './order-status.js';
import {
  allergyItem, dateLine, displayUnit, formatNhsNumber, notRecorded, patientName,
} from './patient-facts.js';
import { fromInputValue } from './zoned-time.js';

const RECORDING_ROLES = ['NURSE', 'PRESCRIBER', 'PHARMACIST'];
const TABLES = [
  { id: 'active-orders', statuses: ['VERIFIED', 'PENDING_VERIFICATION'], empty: 'orders.none.active' },
  { id: 'draft-orders', statuses: ['DRAFT'], empty: 'orders.none.draft', ownOnly: true },
  { id: 'suspended-orders', statuses: ['SUSPENDED'], empty: 'orders.none.suspended' },
  {
    id: 'stopped-orders', statuses: ['DISCONTINUED', 'COMPLETED', 'REJECTED', 'SUPERSEDED'], empty: 'orders.none.stopped', noActions: true,
  },
];
const MEASUREMENT_UNITS = { WEIGHT: 'kg', HEIGHT: 'cm', EGFR: 'mL/min/1.73m2', CREATININE_CLEARANCE: 'mL/min' };
const ROW_ACTIONS = {
  VERIFIED: ['change', 'suspend', 'discontinue'],
  PENDING_VERIFICATION: ['change', 'suspend', 'discontinue'],
  SUSPENDED: ['resume', 'discontinue'],
  DRAFT: ['sign', 'discard'],
};
const ACTION_LOOK = {
  change: 'button button-secondary',
  suspend: 'button button-secondary',
  resume: 'button button-secondary',
  discontinue: 'button button-warning',
  sign: 'button',
  discard: 'button button-warning',
};
// What each state change asks for: whether a reason is needed, and which button to focus afterwards.
const STATE_CHANGES = {
  suspend: { reason: 'required', then: 'resume' },
  resume: { reason: 'optional', then: 'suspend' },
  discontinue: { reason: 'required', then: null },
  discard: { reason: 'none', then: null },
};

let session;
let patientId;
let patient;
let prescriptions = [];
let timeZone = 'Europe/London';
let orderForm;

const hasRole = (role) => Boolean(session?.roles?.includes(role));
const isPrescriber = () => hasRole('PRESCRIBER');
const canRecord = () => RECORDING_ROLES.some(hasRole);
const patientPath = (suffix = '') => `api/v1/patients/${encodeURIComponent(patientId)}${suffix}`;
const prescriptionPath = (id, suffix = '') => `api/v1/prescriptions/${encodeURIComponent(id)}${suffix}`;

// replaceChildren would write null as the text "null" and does not take arrays.
function put(target, ...children) {
  target.replaceChildren(...children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false));
}

function announce(key, args) {
  byId('order-status').replaceChildren(h('p', { class: 'message' }, icon('tick'), h('span', { i18n: key, args })));
}

// ---- The allergy banner and the patient's facts ----

function showAllergyBanner() {
  const banner = byId('allergy-banner');
  banner.setAttribute('aria-busy', 'false');
  banner.className = 'allergy-banner';
  banner.removeAttribute('role');
  banner.removeAttribute('aria-label');
  delete banner.dataset.i18nAttr;
  const status = patient.allergyStatus;
  if (status === 'KNOWN_ALLERGIES' || status === 'NO_KNOWN_ALLERGIES') {
    banner.setAttribute('role', 'region');
    banner.dataset.i18nAttr = 'aria-label:allergyBanner.label';
    translateElement(banner);
  }
  if (status === 'KNOWN_ALLERGIES') {
    banner.classList.add('allergy-banner-known');
    const allergies = patient.allergies ?? [];
    put(banner,
      h('p', { class: 'allergy-banner-title' }, icon('alert'), h('span', { i18n: 'allergyStatus.KNOWN_ALLERGIES' })),
      allergies.length > 0 ? h('ul', { class: 'allergy-banner-list' }, allergies.map(allergyItem)) : null);
  } else if (status === 'NO_KNOWN_ALLERGIES') {
    banner.classList.add('allergy-banner-none');
    banner.replaceChildren(h('p', { class: 'allergy-banner-title' }, icon('tick'),
      h('span', { i18n: 'allergyStatus.NO_KNOWN_ALLERGIES' })));
  } else {
    // Anything but the two recorded states counts as unrecorded: never suggest "no allergies" by default.
    banner.classList.add('allergy-banner-unrecorded');
    banner.setAttribute('role', 'alert');
    put(banner,
      h('p', { class: 'allergy-banner-title' }, icon('warning'), h('span', { i18n: 'allergyBanner.notRecorded' })),
      canRecord() ? h('p', {}, h('a', { href: '#allergy-heading', class: 'banner-link', i18n: 'allergyBanner.recordLink' })) : null);
  }
}

function fact(labelKey, ...value) {
  return h('div', { class: 'fact' }, h('dt', { i18n: labelKey }), h('dd', {}, ...value));
}

function measurement(value, labelPrefix) {
  if (!value) return notRecorded();
  return [
    h('span', { class: 'value' }, labelPrefix ? [enumText('renal', value.kind), ' '] : null, `${value.value} ${displayUnit(value.unit)}`),
    dateLine('patients.measured', value.measuredAt, timeZone),
  ];
}

function wardAndBed() {
  if (!patient.ward) return h('span', { i18n: 'patient.noWard' });
  return [
    h('span', { class: 'value', text: { en: patient.ward.name ?? patient.ward.code, cy: patient.ward.nameCy } }),
    patient.bed ? h('span', { class: 'value', i18n: 'patient.bedValue', args: { bed: patient.bed } }) : null,
  ];
}

function pregnancyValue() {
  const status = patient.pregnancyStatus;
  const flagged = status === 'PREGNANT' || status === 'BREASTFEEDING';
  return h('span', { class: flagged ? 'with-icon pregnancy-flag' : 'with-icon' }, flagged ? icon('alert') : null, enumText('pregnancy', status));
}

function showFacts() {
  const age = patient.ageYears;
  put(byId('patient-facts'),
    fact('patients.hospitalNumber', h('span', { class: 'value' }, patient.hospitalNumber ?? '')),
    fact('patients.nhsNumber', patient.nhsNumber ? h('span', { class: 'value nowrap' }, formatNhsNumber(patient.nhsNumber)) : notRecorded()),
    fact('patient.age', age === null || age === undefined
      ? notRecorded()
      : h('span', { class: 'value', i18n: 'patients.ageYears', args: { count: age } }),
    patient.dateOfBirth ? dateLine('patients.born', patient.dateOfBirth) : null),
    fact('patient.sex', patient.sex ? h('span', { class: 'value' }, enumText('sex', patient.sex)) : notRecorded()),
    fact('patient.wardBed', wardAndBed()),
    fact('patients.weight', measurement(patient.weight)),
    fact('patient.height', measurement(patient.height)),
    fact('patients.renal', measurement(patient.renalFunction, true)),
    patient.pregnancyStatus && patient.pregnancyStatus !== 'NOT_APPLICABLE' ? fact('patient.pregnancy', pregnancyValue()) : null);
}

function showHeading() {
  const name = patientName(patient);
  const heading = byId('patient-name');
  delete heading.dataset.i18n;
  heading.textContent = name;
  const title = document.querySelector('title');
  title.dataset.i18n = 'patient.title';
  title.dataset.i18nArgs = JSON.stringify({ patient: name });
  translateElement(title);
}

function showRecordForms() {
  byId('record-section').hidden = !canRecord();
  byId('record-nkda-form').hidden = patient.allergyStatus === 'KNOWN_ALLERGIES' || patient.allergyStatus === 'NO_KNOWN_ALLERGIES';
  byId('record-pregnancy-form').hidden = patient.sex !== 'FEMALE';
  const pregnancy = byId('pregnancy-status');
  pregnancy.value = [...pregnancy.options].some((option) => option.value === patient.pregnancyStatus) ? patient.pregnancyStatus : '';
}

function showPatient() {
  showAllergyBanner();
  showHeading();
  showFacts();
  showRecordForms();
}

// ---- Orders ----

// Only prescribers act on orders, and nothing can be done to a stopped one.
const hasActions = (table) => isPrescriber() && !table.noActions;

function headRow(table) {
  const columns = ['orders.col.medicine', 'orders.col.status', 'orders.col.dates', 'orders.col.indication',
    'orders.col.prescriber', 'orders.col.version'];
  if (hasActions(table)) columns.push('orders.col.actions');
  return h('tr', {}, columns.map((key) => h('th', { scope: 'col', i18n: key })));
}

function timeLine(labelKey, instant) {
  return h('span', { class: 'secondary' }, h('span', { i18n: labelKey }), ' ',
    h('time', { datetime: instant, 'data-i18n-date': 'datetime', 'data-time-zone': timeZone }));
}

function medicineCell(p) {
  const active = p.status === 'VERIFIED' || p.status === 'PENDING_VERIFICATION';
  const badges = medicineBadges(p, { reviewDue: Boolean(p.reviewDue) });
  return h('th', { scope: 'row', class: 'order-medicine' },
    medicineLine(p),
    badges.length > 0 ? h('span', { class: 'badges' }, badges) : null,
    active && p.nextDoses?.length ? timeLine('orders.nextDose', p.nextDoses[0]) : null);
}

// A pharmacist's reason for rejecting is what the prescriber must act on, so it is not set in small print.
function statusReason(p) {
  if (!p.statusReason) return null;
  if (p.status === 'REJECTED') {
    return h('span', { class: 'reject-reason' }, h('span', { i18n: 'pharmacy.chart.reason' }), ' ', h('strong', {}, p.statusReason));
  }
  return h('span', { class: 'secondary' }, h('span', { i18n: 'orders.reason' }), ' ', p.statusReason);
}

function statusCell(p) {
  return h('td', {}, orderStatus(p.status), statusReason(p));
}

function datesCell(p) {
  return h('td', {},
    p.start ? timeLine('orders.start', p.start) : null,
    p.end ? timeLine('orders.end', p.end) : h('span', { class: 'secondary', i18n: 'orders.noEnd' }),
    p.reviewAt ? timeLine('orders.review', p.reviewAt) : null);
}

// The prescriber of record is whoever signed; a draft signed by someone else still says who drafted it.
function draftedByLine(p) {
  if (!p.draftedBy || p.draftedBy === p.prescribedBy) return null;
  return h('span', { class: 'secondary drafted-by', i18n: 'orders.draftedBy', args: { name: p.draftedByName ?? p.draftedBy } });
}

function prescriberCell(p) {
  return h('td', {},
    h('span', { class: 'value' }, p.prescribedByName ?? p.prescribedBy ?? ''),
    p.signedAt ? timeLine('orders.signed', p.signedAt) : h('span', { class: 'secondary', i18n: 'orders.notSigned' }),
    draftedByLine(p));
}

function versionCell(p) {
  const label = h('span', { class: 'version', i18n: 'orders.version', args: { version: p.version ?? 1 } });
  if (!(p.version > 1)) return h('td', {}, label);
  return h('td', {}, h('details', { class: 'versions', 'data-prescription-id': p.id },
    h('summary', {}, label, h('span', { class: 'versions-label', i18n: 'orders.earlierVersions' })),
    h('div', { class: 'versions-body' })));
}

function versionItem(version) {
  return h('li', { 'data-prescription-id': version.id, 'data-status': version.status },
    h('span', { class: 'version', i18n: 'orders.version', args: { version: version.version } }), ' ',
    orderStatus(version.status),
    medicineLine(version, { className: 'value' }),
    version.signedAt ? timeLine('orders.signed', version.signedAt) : null,
    version.prescribedByName ? h('span', { class: 'secondary' }, version.prescribedByName) : null,
    draftedByLine(version),
    statusReason(version));
}

async function showVersions(details) {
  const body = details.querySelector('.versions-body');
  if (details.dataset.loaded) return;
  details.dataset.loaded = 'true';
  body.replaceChildren(h('p', { i18n: 'status.loading' }));
  try {
    const versions = await api(prescriptionPath(details.dataset.prescriptionId, '/versions'));
    body.replaceChildren(h('ol', { class: 'version-list' }, versions.map(versionItem)));
  } catch (error) {
    delete details.dataset.loaded;
    body.replaceChildren(h('div', { class: 'alert', role: 'alert' }));
    showProblem(error, body.firstChild);
  }
}

function actionsCell(p) {
  return h('td', {}, h('div', { class: 'row-actions' }, (ROW_ACTIONS[p.status] ?? []).map((action) => h('button', {
    type: 'button',
    class: ACTION_LOOK[action],
    'data-action': action,
    'data-prescription-id': p.id,
    i18n: `action.${action}`,
    'data-i18n-attr': `aria-label:action.${action}For`,
    args: { order: p.description ?? p.productName ?? '' },
  }))));
}

function orderRow(p, table) {
  return h('tr', { 'data-prescription-id': p.id, 'data-status': p.status, 'data-lineage-id': p.lineageId },
    medicineCell(p),
    statusCell(p),
    datesCell(p),
    h('td', {}, p.indication ? h('span', {}, p.indication) : h('span', { class: 'secondary', i18n: 'orders.noIndication' })),
    prescriberCell(p),
    versionCell(p),
    hasActions(table) ? actionsCell(p) : null);
}

function showOrders() {
  for (const table of TABLES) {
    const columns = hasActions(table) ? 7 : 6;
    const rows = prescriptions.filter((p) => table.statuses.includes(p.status)
      && (!table.ownOnly || (p.draftedBy ?? p.prescribedBy) === session.username));
    const element = byId(table.id);
    element.tHead.replaceChildren(headRow(table));
    element.tBodies[0].replaceChildren(...(rows.length > 0
      ? rows.map((p) => orderRow(p, table))
      : [h('tr', {}, h('td', { colspan: columns, i18n: table.empty }))]));
    element.setAttribute('aria-busy', 'false');
    if (table.id === 'stopped-orders') {
      const summary = byId('stopped-summary');
      summary.dataset.i18nArgs = JSON.stringify({ count: rows.length });
      translateElement(summary);
    }
  }
  byId('draft-orders-block').hidden = !isPrescriber();
}

// An order the pharmacist rejected ends there: the prescriber sees it above the tables, with the reason,
// until a later version of the same order replaces it. Rejected orders also stay in the stopped table.
function rejectedItem(p) {
  return h('li', { class: 'rejected-order', 'data-prescription-id': p.id, 'data-lineage-id': p.lineageId },
    medicineLine(p),
    orderStatus(p.status),
    p.statusReason ? statusReason(p) : h('span', { class: 'secondary', i18n: 'pharmacy.chart.noReason' }),
    p.signedAt ? timeLine('orders.signed', p.signedAt) : null);
}

function showRejected() {
  const latest = new Map();
  for (const p of prescriptions) {
    const current = latest.get(p.lineageId);
    if (!current || (p.version ?? 1) > (current.version ?? 1)) latest.set(p.lineageId, p);
  }
  const rejected = [...latest.values()].filter((p) => p.status === 'REJECTED');
  byId('rejected-orders').hidden = rejected.length === 0;
  byId('rejected-list').replaceChildren(...rejected.map(rejectedItem));
}

async function loadOrders() {
  prescriptions = await api(patientPath('/prescriptions')) ?? [];
  showRejected();
  showOrders();
}

function focusAfterRebuild(id, action) {
  const row = document.querySelector(`tr[data-prescription-id="${CSS.escape(String(id))}"]`);
  const button = (action && row?.querySelector(`[data-action="${action}"]`)) || row?.querySelector('button[data-action]');
  if (button && button.offsetParent !== null) button.focus();
  else (isPrescriber() ? byId('new-order-button') : byId('orders-heading')).focus();
}

// ---- Suspend, resume, discontinue, discard ----

function wireStateChanges() {
  const dialog = byId('action-dialog');
  const form = byId('action-form');
  const reason = byId('action-reason');
  const errorArea = byId('action-error');
  let current = null;
  let busy = false;

  const setKey = (element, key) => {
    element.dataset.i18n = key;
    translateElement(element);
  };

  function openDialog(action, prescription, opener) {
    current = { action, prescription };
    const rule = STATE_CHANGES[action];
    form.reset();
    clear(errorArea);
    reason.removeAttribute('aria-invalid');
    reason.removeAttribute('aria-describedby');
    setKey(byId('action-heading'), `actionDialog.${action}.heading`);
    setKey(byId('action-hint'), `actionDialog.${action}.hint`);
    setKey(byId('action-submit'), `actionDialog.${action}.submit`);
    byId('action-submit').className = action === 'resume' ? 'button' : 'button button-warning';
    byId('action-order').textContent = prescription.description ?? prescription.productName ?? '';
    byId('action-reason-field').hidden = rule.reason === 'none';
    setKey(byId('action-reason-label'), rule.reason === 'optional' ? 'actionDialog.reasonOptional' : 'actionDialog.reason');
    if (rule.reason === 'required') reason.setAttribute('aria-required', 'true');
    else reason.removeAttribute('aria-required');
    dialog.addEventListener('close', () => {
      if (opener.isConnected) opener.focus();
    }, { once: true });
    dialog.showModal();
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy || !current) return;
    const { action, prescription } = current;
    const rule = STATE_CHANGES[action];
    clear(errorArea);
    const text = reason.value.trim();
    if (rule.reason === 'required' && !text) {
      showMessage(errorArea, 'actionDialog.missing');
      reason.setAttribute('aria-invalid', 'true');
      reason.setAttribute('aria-describedby', errorArea.id);
      reason.focus();
      return;
    }
    busy = true;
    form.setAttribute('aria-busy', 'true');
    try {
      const body = rule.reason === 'none' ? undefined : { reason: text || null };
      await api(prescriptionPath(prescription.id, `/${action}`), { method: 'POST', body });
    } catch (error) {
      showProblem(error, errorArea);
      return;
    } finally {
      busy = false;
      form.setAttribute('aria-busy', 'false');
    }
    dialog.close();
    announce(`actionDone.${action}`, { order: prescription.description ?? prescription.productName ?? '' });
    try {
      await loadOrders();
    } catch (error) {
      showProblem(error);
    }
    focusAfterRebuild(prescription.id, rule.then);
  });

  for (const cancel of dialog.querySelectorAll('[data-close]')) cancel.addEventListener('click', () => dialog.close());
  return openDialog;
}

function wireOrderActions(openDialog) {
  const section = byId('orders-heading').closest('section');
  section.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-action]');
    if (!button || !section.contains(button)) return;
    const prescription = prescriptions.find((p) => String(p.id) === button.dataset.prescriptionId);
    if (!prescription) return;
    clear(byId('page-error'));
    clear(byId('order-status'));
    const action = button.dataset.action;
    const failed = (error) => showProblem(error);
    if (action === 'change') orderForm.openChange(prescription, button).catch(failed);
    else if (action === 'sign') orderForm.openDraft(prescription, button).catch(failed);
    else if (STATE_CHANGES[action]) openDialog(action, prescription, button);
  });
  section.addEventListener('toggle', (event) => {
    if (event.target.matches?.('details.versions') && event.target.open) showVersions(event.target);
  }, true);
}

// ---- Recording weight, height, renal function, allergies and pregnancy ----

function showRecheck(recheck, key, args) {
  const alerting = (recheck ?? []).filter((order) => order.alerts?.length > 0);
  put(byId('recheck-results'),
    h('p', { class: 'message' }, icon('tick'), h('span', { i18n: key, args })),
    alerting.length > 0
      ? [
        h('h3', { i18n: 'recheck.heading' }),
        h('ul', { class: 'recheck-list' }, alerting.map((order, index) => h('li', { 'data-prescription-id': order.prescriptionId },
          medicineLine(order, { tag: 'p', className: 'recheck-order' }),
          alertList(order.alerts, `recheck-${index}`)))),
      ]
      : h('p', { class: 'message' }, icon('info'), h('span', { i18n: 'recheck.none' })));
}

async function recorded(result, key, args) {
  if (result?.patient) patient = result.patient;
  else patient = await api(patientPath());
  const focusLost = () => document.activeElement === document.body || document.activeElement?.closest('[hidden]');
  showPatient();
  showRecheck(result?.recheck, key, args);
  orderForm.patientChanged();
  if (focusLost()) byId('record-heading').focus();
}

function markInvalid(form, fields, errorId) {
  for (const input of form.querySelectorAll('[aria-invalid]')) {
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
    if (input.dataset.describedby) input.setAttribute('aria-describedby', input.dataset.describedby);
  }
  for (const input of fields) {
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', [input.dataset.describedby, errorId].filter(Boolean).join(' '));
  }
  fields[0]?.focus();
}

// A second press while the first is on its way records nothing twice.
function onSubmit(form, errorArea, handler) {
  for (const input of form.querySelectorAll('[aria-describedby]')) input.dataset.describedby = input.getAttribute('aria-describedby');
  let busy = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy) return;
    busy = true;
    form.setAttribute('aria-busy', 'true');
    clear(errorArea);
    try {
      await handler();
    } catch (error) {
      showProblem(error, errorArea);
      const name = error?.problem?.field;
      const input = name ? form.querySelector(`[data-field="${CSS.escape(name)}"]`) : null;
      markInvalid(form, input ? [input] : [], errorArea.id);
    } finally {
      busy = false;
      form.setAttribute('aria-busy', 'false');
    }
  });
}

function wireRecordForms() {
  const kind = byId('measurement-kind');
  const unit = byId('measurement-unit');
  const showUnit = () => {
    unit.textContent = displayUnit(MEASUREMENT_UNITS[kind.value]);
  };
  kind.addEventListener('change', showUnit);
  showUnit();

  const measurementForm = byId('record-measurement-form');
  const measurementError = byId('measurement-error');
  onSubmit(measurementForm, measurementError, async () => {
    const value = byId('measurement-value');
    const time = byId('measurement-time');
    if (!(Number(value.value) > 0) || value.validity.badInput) {
      showMessage(measurementError, 'measurement.missing');
      markInvalid(measurementForm, [value], measurementError.id);
      return;
    }
    const measuredAt = fromInputValue(time.value, timeZone);
    if ((time.value && !measuredAt) || (measuredAt && Date.parse(measuredAt) > Date.now() + 60000)) {
      showMessage(measurementError, 'measurement.future');
      markInvalid(measurementForm, [time], measurementError.id);
      return;
    }
    markInvalid(measurementForm, [], null);
    const body = { kind: kind.value, value: Number(value.value) };
    if (measuredAt) body.measuredAt = measuredAt;
    const result = await api(patientPath('/measurements'), { method: 'POST', body });
    await recorded(result, `measurement.done.${body.kind}`, { value: value.value, unit: displayUnit(MEASUREMENT_UNITS[body.kind]) });
    value.value = '';
    time.value = '';
  });

  const allergyForm = byId('record-allergy-form');
  const allergyError = byId('allergy-error');
  onSubmit(allergyForm, allergyError, async () => {
    const substance = byId('allergy-substance');
    const reaction = byId('allergy-reaction');
    const severity = byId('allergy-severity');
    const missing = [substance.value.trim() ? null : substance, severity.value ? null : severity].filter(Boolean);
    if (missing.length > 0) {
      showMessage(allergyError, 'allergyForm.missing');
      markInvalid(allergyForm, missing, allergyError.id);
      return;
    }
    markInvalid(allergyForm, [], null);
    const body = { substance: substance.value.trim(), reaction: reaction.value.trim() || null, severity: severity.value };
    const result = await api(patientPath('/allergies'), { method: 'POST', body });
    await recorded(result, 'allergyForm.done', { substance: body.substance });
    allergyForm.reset();
  });

  const nkdaForm = byId('record-nkda-form');
  onSubmit(nkdaForm, byId('nkda-error'), async () => {
    const result = await api(patientPath('/allergy-status'), { method: 'PUT', body: { status: 'NO_KNOWN_ALLERGIES' } });
    await recorded(result, 'nkda.done');
  });

  const pregnancyForm = byId('record-pregnancy-form');
  const pregnancyError = byId('pregnancy-error');
  onSubmit(pregnancyForm, pregnancyError, async () => {
    const select = byId('pregnancy-status');
    const status = select.value;
    if (!status) {
      showMessage(pregnancyError, 'pregnancyForm.missing');
      markInvalid(pregnancyForm, [select], pregnancyError.id);
      return;
    }
    markInvalid(pregnancyForm, [], null);
    const result = await api(patientPath('/pregnancy-status'), { method: 'PUT', body: { status } });
    await recorded(result, 'pregnancyForm.done');
  });
}

// ---- Start ----

async function showWard() {
  if (!patient.ward?.code) return;
  try {
    const ward = await api(`api/v1/wards/${encodeURIComponent(patient.ward.code)}`);
    if (ward?.timeZone) timeZone = ward.timeZone;
    showCurrentWard(ward);
  } catch (error) {
    if (error.status === 401) throw error;
    showCurrentWard(patient.ward);
  }
}

function showMarLink() {
  const query = new URLSearchParams({ patient: patientId });
  if (patient.ward?.code) query.set('ward', patient.ward.code);
  byId('mar-link').href = `mar.html?${query}`;
  byId('patient-links').hidden = false;
}

async function afterSave(kind, prescription) {
  const order = prescription?.description ?? prescription?.productName ?? '';
  if (kind === 'signed') announce('orderForm.signed', { order });
  if (kind === 'saved') announce('orderForm.saved', { order });
  if (kind === 'changeSaved') announce('orderForm.changeSaved', { order });
  try {
    await loadOrders();
  } catch (error) {
    showProblem(error);
  }
  if (kind !== 'kept') focusAfterRebuild(prescription?.id, null);
}

async function main() {
  session = await startPage();
  if (!session) return;
  patientId = new URLSearchParams(location.search).get('id');
  const banner = byId('allergy-banner');
  if (!patientId) {
    banner.setAttribute('aria-busy', 'false');
    showMessage(byId('page-error'), 'patient.noId');
    return;
  }
  try {
    patient = await api(patientPath());
    await showWard();
  } catch (error) {
    banner.setAttribute('aria-busy', 'false');
    throw error;
  }
  showPatient();
  showMarLink();
  byId('patient-content').hidden = false;

  orderForm = createOrderForm({ patientId, getPatient: () => patient, getTimeZone: () => timeZone, onSaved: afterSave });
  const newOrder = byId('new-order-button');
  newOrder.hidden = !isPrescriber();
  newOrder.addEventListener('click', () => {
    clear(byId('order-status'));
    orderForm.openNew(newOrder);
  });
  wireOrderActions(wireStateChanges());
  wireRecordForms();
  await loadOrders();
}

main().catch((error) => showProblem(error));
