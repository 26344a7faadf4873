// Oxygen on the patient's page (BTS 2017): the order in use — its target saturation, device and flow — with the
// nurse's checks read against the target, the form a nurse records a check with, and the one a prescriber orders (or
// stops) oxygen with. The reading's advice is the guideline's: below the target, increase the oxygen within the
// order and ask for a review; above it, step it down.
import { api } from './api.js';
import { byId, enumText, h, icon, put, showMessage, showProblem } from './dom.js';
import { chart, hasRole, isPrescriber } from './patient-chart.js';
import { markInvalid, onSubmit, takenAt } from './patient-record-forms.js';

const OXYGEN = 'api/v1/oxygen';
const DEVICES = ['NASAL_CANNULAE', 'SIMPLE_FACE_MASK', 'VENTURI_MASK', 'RESERVOIR_MASK'];
const VENTURI_PERCENTS = [24, 28, 31, 35, 40, 60];
let current = null;

function done(key) {
  put(byId('oxygen-status'), h('p', { class: 'message' }, icon('tick'), h('span', { i18n: key })));
}

function when(value) {
  return h('time', { datetime: value, 'data-i18n-date': 'datetime', 'data-time-zone': chart.timeZone });
}

function deviceWords(device, venturiPercent) {
  return device === 'VENTURI_MASK' && venturiPercent
    ? h('span', { i18n: 'oxygen.venturiAt', args: { percent: venturiPercent } })
    : enumText('oxygen.deviceName', device);
}

function targetWords(order) {
  return order.targetKind === 'PATIENT_SPECIFIC'
    ? h('span', { i18n: 'oxygen.ownTarget', args: { target: order.target } }, ' ', h('span', { lang: 'en' }, `(${order.targetReason})`))
    : enumText('oxygen.target', order.targetKind);
}

function flowWords(lowest, highest) {
  return Number(lowest) === Number(highest)
    ? h('span', { i18n: 'oxygen.flowAt', args: { flow: lowest } })
    : h('span', { i18n: 'oxygen.flowRange', args: { lowest, highest } });
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

/** What the reading means for the nurse, after BTS 2017 (section 9): the words the check's answer is shown with. */
function readingWords(check, order) {
  const hypercapnic = order?.targetKind === 'HYPERCAPNIC_RISK';
  if (check.reading === 'WITHIN') return h('span', { i18n: 'oxygen.reading.WITHIN', args: { target: order?.target ?? '' } });
  if (check.reading === 'BELOW') return h('span', { i18n: 'oxygen.reading.BELOW', args: { target: order?.target ?? '' } });
  return h('span', { i18n: hypercapnic ? 'oxygen.reading.ABOVE_HYPERCAPNIC' : 'oxygen.reading.ABOVE', args: { target: order?.target ?? '' } });
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
      h('tbody', {}, checks.map(({ check, order }) => h('tr', { 'data-reading': check.reading },
        h('td', {}, when(check.checkedAt)), h('td', {}, `${check.saturation}%`),
        h('td', {}, deviceWords(check.device, check.venturiPercent), ', ', h('span', { i18n: 'oxygen.flowAt', args: { flow: check.flow } })),
        h('td', {}, check.reading === 'WITHIN' ? null : icon('alert'), enumText('oxygen.readingShort', check.reading)),
        h('td', {}, check.recordedBy))))));
}

export async function loadOxygen() {
  const orders = await api(`${OXYGEN}/patients/${encodeURIComponent(chart.patientId)}`);
  current = orders.find((order) => order.active) ?? null;
  put(byId('oxygen-current'), currentOrder(current));
  put(byId('oxygen-history'), history(orders));
  const checkForm = byId('oxygen-check-form');
  checkForm.hidden = !(current && hasRole('NURSE'));
  if (current && !checkForm.dataset.touched) {
    byId('oxygen-check-device').value = current.device;
    showVenturi(checkForm, byId('oxygen-check-device'));
    if (current.venturiPercent) byId('oxygen-check-venturi').value = String(current.venturiPercent);
  }
}

function fillChoices() {
  for (const id of ['oxygen-check-device', 'oxygen-order-device']) {
    byId(id).append(...DEVICES.map((device) => h('option', { value: device, i18n: `oxygen.deviceName.${device}` })));
  }
  for (const id of ['oxygen-check-venturi', 'oxygen-order-venturi']) {
    byId(id).append(...VENTURI_PERCENTS.map((percent) => h('option', { value: percent }, `${percent}%`)));
  }
}

function showVenturi(form, deviceSelect) {
  form.querySelector('[data-venturi]').hidden = deviceSelect.value !== 'VENTURI_MASK';
}

const numberOrNull = (input) => (input.value.trim() === '' ? null : Number(input.value));

function wireCheckForm() {
  const form = byId('oxygen-check-form');
  const device = byId('oxygen-check-device');
  const error = byId('oxygen-check-error');
  device.addEventListener('change', () => {
    form.dataset.touched = 'true';
    showVenturi(form, device);
  });
  onSubmit(form, error, async () => {
    const saturation = byId('oxygen-saturation');
    const flow = byId('oxygen-check-flow');
    const time = byId('oxygen-check-time');
    const missing = [saturation.value.trim() ? null : saturation, flow.value.trim() ? null : flow].filter(Boolean);
    if (missing.length > 0) {
      showMessage(error, 'oxygen.check.missing');
      markInvalid(form, missing, error.id);
      return;
    }
    const checkedAt = takenAt(form, error, time);
    if (checkedAt === false) return;
    markInvalid(form, [], null);
    const body = { saturation: Number(saturation.value), device: device.value, flow: Number(flow.value),
      venturiPercent: device.value === 'VENTURI_MASK' ? Number(byId('oxygen-check-venturi').value) : null };
    if (checkedAt) body.checkedAt = checkedAt;
    const order = current;
    const check = await api(`${OXYGEN}/orders/${encodeURIComponent(order.id)}/checks`, { method: 'POST', body });
    const words = h('p', { class: 'message' }, icon(check.reading === 'WITHIN' ? 'tick' : 'alert'), readingWords(check, order));
    put(byId('oxygen-status'), check.reading === 'WITHIN' ? words : h('div', { class: 'alert' }, words));
    saturation.value = '';
    time.value = '';
    await loadOxygen();
  });
}

function wireOrderForm() {
  const form = byId('oxygen-order-form');
  const target = byId('oxygen-target');
  const device = byId('oxygen-order-device');
  const error = byId('oxygen-order-error');
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
  fillChoices();
  if (hasRole('NURSE')) wireCheckForm();
  if (isPrescriber()) wireOrderForm();
  await loadOxygen();
}
