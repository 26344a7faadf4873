// Patient group directions on the patient's page: the doses given under one (the site's signed directions, which let a
// nurse authorised by name give a medicine without a prescription) with where each prescriber's review stands, the
// review itself for a prescriber who did not give the dose, and, for a nurse authorised for a direction in force, the
// form that starts its dose: the direction's own criteria as written, the order checks, and her confirmation.
import { api } from './api.js';
import { alertList, sortAlerts } from './alerts.js';
import { byId, enumText, h, icon, put, showProblem } from './dom.js';
import { doseText } from './dose-text.js';
import { t } from './i18n.js';
import { idempotentWriter } from './idempotent.js';
import { chart, hasRole, isPrescriber, patientPath } from './patient-chart.js';

const DIRECTIONS = 'api/v1/patient-group-directions';
const BLOCKING = ['HARD_STOP', 'SEVERE'];
const writer = idempotentWriter();
let directions = [];

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
    h('p', {}, h('span', { i18n: 'pgd.item.started', args: { title: order.directionTitle, name: order.startedByName } }), ' ',
      when(order.startedAt)),
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
    ? h('p', { i18n: 'pgd.none' })
    : h('ul', { class: 'direction-orders' }, orders.map(orderItem)));
}

function details(direction) {
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
  const result = await api(`${DIRECTIONS}/${encodeURIComponent(direction.id)}/check`, { method: 'POST', body: { patientId: Number(chart.patientId) } });
  const alerts = sortAlerts(result.alerts ?? []);
  const blocked = alerts.some((alert) => BLOCKING.includes(alert.severity));
  const warnings = alerts.filter((alert) => alert.severity === 'WARNING');
  put(target, alerts.length === 0 ? h('p', { i18n: 'pgd.form.noAlerts' }) : alertList(alerts, 'direction-alert'),
    blocked ? h('p', { class: 'sign-blocked' }, icon('stop'), h('span', { i18n: 'pgd.form.refer' })) : warnings.map(acknowledgement));
  submit.disabled = blocked;
}

async function choose() {
  const direction = directions.find((d) => d.id === byId('direction-choice').value);
  byId('direction-error').replaceChildren();
  writer.renew();
  put(byId('direction-details'), direction ? details(direction) : null);
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
  const direction = directions.find((d) => d.id === byId('direction-choice').value);
  const error = byId('direction-error');
  if (!direction) return;
  if (!byId('direction-confirm').checked || [...byId('direction-checks').querySelectorAll('input[type=checkbox]')].some((box) => !box.checked)) {
    put(error, h('p', { class: 'message' }, icon('alert'), h('span', { i18n: 'pgd.form.confirmFirst' })));
    return;
  }
  const acknowledgements = [...byId('direction-checks').querySelectorAll('input[data-alert-key]')].map((box) => box.dataset.alertKey);
  try {
    await writer.post(`${DIRECTIONS}/${encodeURIComponent(direction.id)}/doses`,
      { patientId: Number(chart.patientId), criteriaConfirmed: true, acknowledgements });
  } catch (failure) {
    showProblem(failure, error);
    return;
  }
  byId('direction-form').reset();
  await choose();
  byId('direction-status').replaceChildren(h('p', { class: 'message' }, icon('tick'),
    h('span', { i18n: 'pgd.form.started', args: { title: direction.title } }), ' ',
    h('a', { href: byId('mar-link').href, i18n: 'pgd.form.chartLink' })));
  await loadDirectionOrders();
}

async function wireForm() {
  const usable = (await api(DIRECTIONS)).filter((d) => d.authorisedForYou && d.inForce);
  directions = usable;
  const form = byId('direction-form');
  form.hidden = false;
  byId('direction-unavailable').hidden = usable.length > 0;
  byId('direction-choose-field').hidden = usable.length === 0;
  byId('direction-choice').append(...usable.map((d) => h('option', { value: d.id, lang: 'en' }, d.title)));
  byId('direction-choice').addEventListener('change', () => choose().catch(showProblem));
  form.addEventListener('submit', start);
}

export async function wireDirections() {
  if (!['NURSE', 'PRESCRIBER', 'PHARMACIST'].some(hasRole)) return;
  byId('direction-section').hidden = false;
  if (hasRole('NURSE')) await wireForm();
  await loadDirectionOrders();
}
