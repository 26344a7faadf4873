// Oxygen on the patient's page (BTS 2017): the order in use — its target saturation, device and flow — with the
// nurse's checks read against the target, the form a nurse records a check with (oxygen-check.js, the same form as the
// drug round's), and the one a prescriber orders (or stops) oxygen with. The reading's advice is the guideline's: below
// the target, increase the oxygen within the order and ask for a review; above it, step it down.
import { api } from './api.js';
import { byId, h, icon, put, showProblem } from './dom.js';
import {
  buildCheckForm, deviceOptions, recordCheck, showVenturi, venturiOptions,
} from './oxygen-check.js';
import {
  adviceMessage, checkDelivery, deviceWords, flowWords, readingMark, targetWords,
} from './oxygen-text.js';
import { chart, hasRole, isPrescriber } from './patient-chart.js';
import { markInvalid, onSubmit } from './patient-record-forms.js';

const OXYGEN = 'api/v1/oxygen';
let current = null;
let checkForm = null;

function done(key) {
  put(byId('oxygen-status'), h('p', { class: 'message' }, icon('tick'), h('span', { i18n: key })));
}

function when(value) {
  return h('time', { datetime: value, 'data-i18n-date': 'datetime', 'data-time-zone': chart.timeZone });
}

function stopButton(order) {
  const button = h('button', { type: 'button', class: 'button button-warning', i18n: 'oxygen.order.stop' });
  button.addEventListener('click', async () => {
    try {
      await api(`${OXYGEN}/orders/${encodeURIComponent(order.id)}/stop`, { method: 'POST' });
      done('oxygen.order.stopped');
      await loadOxygen();
    } catch (failure) {
      showProblem(failure, byId('oxygen-status'));
    }
  });
  return button;
}

function currentOrder(order) {
  if (!order) return h('p', {}, icon('info'), h('span', { i18n: 'oxygen.none' }));
  return h('div', { class: 'oxygen-order', 'data-order-id': order.id },
    h('dl', {},
      h('dt', { i18n: 'oxygen.order.target' }), h('dd', {}, targetWords(order)),
      h('dt', { i18n: 'oxygen.device' }), h('dd', {}, deviceWords(order.device, order.venturiPercent)),
      h('dt', { i18n: 'oxygen.order.flowShort' }), h('dd', {}, flowWords(order.flowLowest, order.flowHighest)),
      h('dt', { i18n: 'oxygen.order.prescribed' }), h('dd', {}, order.prescribedBy, ' ', when(order.prescribedAt))),
    isPrescriber() ? stopButton(order) : null);
}

function history(orders) {
  const checks = orders.flatMap((order) => order.checks.map((check) => ({ check, order })))
    .sort((a, b) => Date.parse(b.check.checkedAt) - Date.parse(a.check.checkedAt));
  if (checks.length === 0) return h('p', { i18n: 'oxygen.noChecks' });
  return h('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': 'oxygen-checks-caption', tabindex: 0 },
    h('table', { id: 'oxygen-checks' },
      h('caption', { id: 'oxygen-checks-caption', i18n: 'oxygen.checksCaption' }),
      h('thead', {}, h('tr', {}, ['oxygen.col.time', 'oxygen.col.saturation', 'oxygen.col.delivery', 'oxygen.col.reading',
        'oxygen.col.by'].map((key) => h('th', { scope: 'col', i18n: key })))),
      h('tbody', {}, checks.map(({ check }) => h('tr', { 'data-reading': check.reading },
        h('td', {}, when(check.checkedAt)), h('td', {}, `${check.saturation}%`),
        h('td', {}, checkDelivery(check)),
        h('td', {}, readingMark(check.reading)),
        h('td', {}, check.recordedBy))))));
}

export async function loadOxygen() {
  const orders = await api(`${OXYGEN}/patients/${encodeURIComponent(chart.patientId)}`);
  current = orders.find((order) => order.active) ?? null;
  put(byId('oxygen-current'), currentOrder(current));
  put(byId('oxygen-history'), history(orders));
  byId('oxygen-check-form').hidden = !(current && hasRole('NURSE'));
  checkForm?.setOrder(current);
}

const numberOrNull = (input) => (input.value.trim() === '' ? null : Number(input.value));

function wireCheckForm() {
  const form = byId('oxygen-check-form');
  const error = byId('oxygen-check-error');
  checkForm = buildCheckForm(form, 'oxygen');
  onSubmit(form, error, async () => {
    const body = checkForm.read(error, chart.timeZone);
    if (!body) return;
    const order = current;
    const check = await recordCheck(order, body);
    put(byId('oxygen-status'), adviceMessage(check, order));
    checkForm.clear();
    await loadOxygen();
  });
}

function wireOrderForm() {
  const form = byId('oxygen-order-form');
  const target = byId('oxygen-target');
  const device = byId('oxygen-order-device');
  const error = byId('oxygen-order-error');
  deviceOptions(device);
  venturiOptions(byId('oxygen-order-venturi'));
  form.hidden = false;
  target.addEventListener('change', () => {
    form.querySelector('[data-patient-specific]').hidden = target.value !== 'PATIENT_SPECIFIC';
  });
  device.addEventListener('change', () => showVenturi(form, device));
  onSubmit(form, error, async () => {
    const own = target.value === 'PATIENT_SPECIFIC';
    const body = { patientId: Number(chart.patientId), targetKind: target.value, device: device.value,
      venturiPercent: device.value === 'VENTURI_MASK' ? Number(byId('oxygen-order-venturi').value) : null,
      flowLowest: numberOrNull(byId('oxygen-flow-lowest')), flowHighest: numberOrNull(byId('oxygen-flow-highest')),
      targetLowest: own ? numberOrNull(byId('oxygen-target-lowest')) : null,
      targetHighest: own ? numberOrNull(byId('oxygen-target-highest')) : null,
      targetReason: own ? byId('oxygen-target-reason').value.trim() || null : null };
    markInvalid(form, [], null);
    await api(`${OXYGEN}/orders`, { method: 'POST', body });
    form.reset();
    form.querySelector('[data-patient-specific]').hidden = true;
    showVenturi(form, device);
    done('oxygen.order.done');
    await loadOxygen();
  });
}

export async function wireOxygen() {
  if (hasRole('NURSE')) wireCheckForm();
  if (isPrescriber()) wireOrderForm();
  await loadOxygen();
}
