// Doses without a prescription on the patient's page: those given under a patient group direction (the site's signed
// directions, which let a nurse authorised by name give a medicine) or as a homely remedy (the site's protocol, which
// names the nurses trained to give each remedy, how often and for how long), with where each prescriber's review
// stands, the review itself for a prescriber who did not give the dose, and, for a nurse authorised for a direction in
// force or named for a remedy, the form that starts its dose: the criteria as written, the remedy's limits, the order
// checks (which for a remedy also refuse a dose the protocol's limits do not allow), and her confirmation.
import { api } from './api.js';
import { alertList, sortAlerts } from './alerts.js';
import { byId, enumText, h, icon, put, showProblem } from './dom.js';
import { startedText } from './direction-reviews.js';
import { doseText } from './dose-text.js';
import { t, translateElement } from './i18n.js';
import { idempotentWriter } from './idempotent.js';
import { chart, hasRole, isPrescriber, patientPath } from './patient-chart.js';

const DIRECTIONS = 'api/v1/patient-group-directions';
const REMEDIES = 'api/v1/homely-remedies';
const HOMELY_REMEDY = 'HOMELY_REMEDY';
const BLOCKING = ['HARD_STOP', 'SEVERE'];
const writer = idempotentWriter();
// each usable direction and remedy, with its kind, as offered in the form's choice
let directions = [];

const base = (direction) => (direction.kind === HOMELY_REMEDY ? REMEDIES : DIRECTIONS);

function chosen() {
  const option = byId('direction-choice').selectedOptions[0];
  return directions.find((d) => d.id === option?.value && d.kind === option?.dataset.kind);
}

function when(value) {
  return h('time', { datetime: value, 'data-i18n-date': 'datetime', 'data-time-zone': chart.timeZone });
}

function reviewForm(order) {
  const noteId = `direction-note-${order.prescriptionId}`;
  const error = h('div', { class: 'alert', role: 'alert' });
  const note = h('input', { id: noteId, type: 'text', maxlength: 500, autocomplete: 'off' });
  const form = h('form', { class: 'direction-review', novalidate: true, 'data-prescription-id': order.prescriptionId },
    error, h('label', { for: noteId, i18n: 'pgd.review.note' }), note,
    h('button', { type: 'submit', class: 'button', i18n: 'pgd.review.submit' }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api(`${DIRECTIONS}/orders/${encodeURIComponent(order.prescriptionId)}/review`, { method: 'POST', body: { note: note.value } });
      await loadDirectionOrders();
      byId('direction-status').replaceChildren(h('p', { class: 'message' }, icon('tick'), h('span', { i18n: 'pgd.review.done' })));
    } catch (failure) {
      showProblem(failure, error);
    }
  });
  return form;
}

function orderItem(order) {
  const reviewed = Boolean(order.reviewedAt);
  return h('li', { class: 'direction-order', 'data-prescription-id': order.prescriptionId },
    h('p', {}, h('strong', { lang: 'en' }, order.description)),
    h('p', {}, h('span', startedText(order)), ' ', when(order.startedAt)),
    reviewed
      ? h('p', {}, icon('tick'), h('span', { i18n: 'pgd.item.reviewed', args: { name: order.reviewedByName } }), ' ',
        when(order.reviewedAt), order.reviewNote ? h('span', {}, ': ', h('span', { lang: 'en' }, order.reviewNote)) : null)
      : h('p', { class: order.reviewOverdue ? 'review-overdue' : null },
        icon(order.reviewOverdue ? 'alert' : 'clock'),
        h('span', { i18n: order.reviewOverdue ? 'pgd.item.overdue' : 'pgd.item.reviewDue' }), ' ', when(order.reviewDueAt)),
    !reviewed && isPrescriber() && order.startedBy !== chart.session.username ? reviewForm(order) : null);
}

export async function loadDirectionOrders() {
  const orders = await api(`${DIRECTIONS}/orders?patient=${encodeURIComponent(chart.patientId)}`);
  put(byId('direction-orders'), orders.length === 0
    ? h('p', { i18n: 'remedy.none' })
    : h('ul', { class: 'direction-orders' }, orders.map(orderItem)));
}

function remedyDetails(remedy) {
  return [
    h('dl', { class: 'direction-details' },
      h('dt', { i18n: 'pgd.form.dose' }), h('dd', {}, doseText(remedy, t), ' · ', enumText('route', remedy.route),
        ' · ', h('span', { lang: 'en' }, remedy.productName)),
      h('dt', { i18n: 'pgd.form.indication' }), h('dd', { lang: 'en' }, remedy.indication),
      h('dt', { i18n: 'remedy.form.exclusionsCautions' }), h('dd', { lang: 'en' }, remedy.exclusionsCautions),
      h('dt', { i18n: 'pgd.form.source' }), h('dd', { lang: 'en' }, remedy.source)),
    remedy.minimumAgeYears ? h('p', { i18n: 'pgd.form.minimumAge', args: { years: remedy.minimumAgeYears } }) : null,
    h('p', { i18n: 'remedy.form.limits', args: { interval: remedy.minimumIntervalHours, doses: remedy.maximumDosesIn24Hours } }),
    h('p', { i18n: 'remedy.form.duration', args: { hours: remedy.maximumDurationHours } }),
    h('p', { i18n: 'pgd.form.review', args: { hours: remedy.reviewWithinHours } }),
  ];
}

function details(direction) {
  if (direction.kind === HOMELY_REMEDY) return remedyDetails(direction);
  const dose = doseText(direction, t);
  return [
    h('dl', { class: 'direction-details' },
      h('dt', { i18n: 'pgd.form.dose' }), h('dd', {}, dose, ' · ', enumText('route', direction.route),
        ' · ', h('span', { lang: 'en' }, direction.productName)),
      h('dt', { i18n: 'pgd.form.indication' }), h('dd', { lang: 'en' }, direction.indication),
      h('dt', { i18n: 'pgd.form.inclusion' }), h('dd', { lang: 'en' }, direction.inclusion),
      h('dt', { i18n: 'pgd.form.exclusion' }), h('dd', { lang: 'en' }, direction.exclusion),
      h('dt', { i18n: 'pgd.form.source' }), h('dd', { lang: 'en' }, direction.source)),
    direction.minimumAgeYears ? h('p', { i18n: 'pgd.form.minimumAge', args: { years: direction.minimumAgeYears } }) : null,
    h('p', { i18n: 'pgd.form.review', args: { hours: direction.reviewWithinHours } }),
  ];
}

function acknowledgement(alert, index) {
  const id = `direction-ack-${index}`;
  return h('label', { class: 'checkbox', for: id }, h('input', { type: 'checkbox', id, 'data-alert-key': alert.key }), ' ',
    h('span', { i18n: 'pgd.form.acknowledge' }));
}

async function showChecks(direction) {
  const target = byId('direction-checks');
  const submit = byId('direction-submit');
  submit.disabled = true;
  put(target, h('p', { i18n: 'status.loading' }));
  const result = await api(`${base(direction)}/${encodeURIComponent(direction.id)}/check`, { method: 'POST', body: { patientId: Number(chart.patientId) } });
  const alerts = sortAlerts(result.alerts ?? []);
  const blocked = alerts.some((alert) => BLOCKING.includes(alert.severity));
  const warnings = alerts.filter((alert) => alert.severity === 'WARNING');
  put(target, alerts.length === 0 ? h('p', { i18n: 'pgd.form.noAlerts' }) : alertList(alerts, 'direction-alert'),
    blocked ? h('p', { class: 'sign-blocked' }, icon('stop'),
      h('span', { i18n: direction.kind === HOMELY_REMEDY ? 'remedy.form.refer' : 'pgd.form.refer' })) : warnings.map(acknowledgement));
  submit.disabled = blocked;
}

async function choose() {
  const direction = chosen();
  byId('direction-error').replaceChildren();
  writer.renew();
  put(byId('direction-details'), direction ? details(direction) : null);
  const confirmText = byId('direction-confirm-text');
  confirmText.dataset.i18n = direction?.kind === HOMELY_REMEDY ? 'remedy.form.confirm' : 'pgd.form.confirm';
  translateElement(confirmText);
  byId('direction-confirm-field').hidden = !direction;
  byId('direction-submit').hidden = !direction;
  if (!direction) {
    put(byId('direction-checks'));
    return;
  }
  try {
    await showChecks(direction);
  } catch (failure) {
    showProblem(failure, byId('direction-error'));
  }
}

async function start(event) {
  event.preventDefault();
  const direction = chosen();
  const error = byId('direction-error');
  if (!direction) return;
  if (!byId('direction-confirm').checked || [...byId('direction-checks').querySelectorAll('input[type=checkbox]')].some((box) => !box.checked)) {
    put(error, h('p', { class: 'message' }, icon('alert'), h('span', { i18n: 'pgd.form.confirmFirst' })));
    return;
  }
  const acknowledgements = [...byId('direction-checks').querySelectorAll('input[data-alert-key]')].map((box) => box.dataset.alertKey);
  try {
    await writer.post(`${base(direction)}/${encodeURIComponent(direction.id)}/doses`,
      { patientId: Number(chart.patientId), criteriaConfirmed: true, acknowledgements });
  } catch (failure) {
    showProblem(failure, error);
    return;
  }
  byId('direction-form').reset();
  await choose();
  byId('direction-status').replaceChildren(h('p', { class: 'message' }, icon('tick'),
    h('span', { i18n: direction.kind === HOMELY_REMEDY ? 'remedy.form.started' : 'pgd.form.started', args: { title: direction.title } }), ' ',
    h('a', { href: byId('mar-link').href, i18n: 'pgd.form.chartLink' })));
  await loadDirectionOrders();
}

function optionGroup(labelKey, entries) {
  return entries.length === 0 ? null : h('optgroup', { 'data-i18n-attr': `label:${labelKey}` },
    entries.map((d) => h('option', { value: d.id, 'data-kind': d.kind, lang: 'en' }, d.title)));
}

async function wireForm() {
  const [pgds, remedies] = await Promise.all([api(DIRECTIONS), api(REMEDIES)]);
  const usablePgds = pgds.filter((d) => d.authorisedForYou && d.inForce).map((d) => ({ ...d, kind: 'PATIENT_GROUP_DIRECTION' }));
  const usableRemedies = remedies.filter((r) => r.authorisedForYou).map((r) => ({ ...r, kind: HOMELY_REMEDY }));
  const usable = [...usablePgds, ...usableRemedies];
  directions = usable;
  const form = byId('direction-form');
  form.hidden = false;
  byId('direction-unavailable').hidden = usable.length > 0;
  byId('direction-choose-field').hidden = usable.length === 0;
  byId('direction-choice').append(...[optionGroup('remedy.form.groupDirections', usablePgds),
    optionGroup('remedy.form.groupRemedies', usableRemedies)].filter(Boolean));
  byId('direction-choice').addEventListener('change', () => choose().catch(showProblem));
  form.addEventListener('submit', start);
}

export async function wireDirections() {
  if (!['NURSE', 'PRESCRIBER', 'PHARMACIST'].some(hasRole)) return;
  byId('direction-section').hidden = false;
  if (hasRole('NURSE')) await wireForm();
  await loadDirectionOrders();
}
