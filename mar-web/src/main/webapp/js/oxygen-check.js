// The oxygen check form (BTS 2017; docs/bedside-observations.md): SpO2, the device (and Venturi valve) and the flow the
// patient is on, and optionally when it was taken. One form, built here, on the patient's page and in the drug round's
// dialog; each page names its fields with its own prefix and says where the answer goes.
import { api } from './api.js';
import { h, showMessage } from './dom.js';
import { keepDescriptions, markInvalid, takenAtIn } from './record-form.js';

const DEVICES = ['NASAL_CANNULAE', 'SIMPLE_FACE_MASK', 'VENTURI_MASK', 'RESERVOIR_MASK'];
const VENTURI_PERCENTS = [24, 28, 31, 35, 40, 60];

/** The devices BTS 2017 (section 10) names, as options of a select. */
export function deviceOptions(select) {
  select.append(...DEVICES.map((device) => h('option', { value: device, i18n: `oxygen.deviceName.${device}` })));
}

/** The Venturi valves BTS 2017 (10.5) lists. */
export function venturiOptions(select) {
  select.append(...VENTURI_PERCENTS.map((percent) => h('option', { value: percent }, `${percent}%`)));
}

/** Shows the Venturi valve only for a Venturi mask. */
export function showVenturi(form, deviceSelect) {
  form.querySelector('[data-venturi]').hidden = deviceSelect.value !== 'VENTURI_MASK';
}

const ids = (prefix) => ({
  saturation: `${prefix}-saturation`,
  device: `${prefix}-check-device`,
  venturi: `${prefix}-check-venturi`,
  flow: `${prefix}-check-flow`,
  time: `${prefix}-check-time`,
});

// unit: its props and text, as h() takes them (a message key for L/min, which Welsh writes L/munud; % as it is)
const withUnit = (input, unitId, { props = {}, text = null }) => h('span', { class: 'input-with-unit' }, input,
  h('span', { id: unitId, class: 'unit', ...props }, text));

/** The form's fields, their ids beginning with {@code prefix} (the patient's page: "oxygen"). */
export function checkFields(prefix) {
  const id = ids(prefix);
  const device = h('select', { id: id.device, 'data-field': 'device' });
  const venturi = h('select', { id: id.venturi, 'data-field': 'venturiPercent' });
  deviceOptions(device);
  venturiOptions(venturi);
  return [
    h('div', { class: 'field' }, h('label', { for: id.saturation, i18n: 'oxygen.check.saturation' }),
      withUnit(h('input', {
        id: id.saturation, type: 'number', inputmode: 'numeric', min: 0, max: 100, step: 1, 'data-field': 'saturation',
        class: 'input-short', 'aria-describedby': `${id.saturation}-unit`, required: true,
      }), `${id.saturation}-unit`, { text: '%' })),
    h('div', { class: 'field' }, h('label', { for: id.device, i18n: 'oxygen.device' }), device),
    h('div', { class: 'field', 'data-venturi': true, hidden: true }, h('label', { for: id.venturi, i18n: 'oxygen.venturi' }), venturi),
    h('div', { class: 'field' }, h('label', { for: id.flow, i18n: 'oxygen.check.flow' }),
      withUnit(h('input', {
        id: id.flow, type: 'number', inputmode: 'decimal', min: 0, max: 15, step: 0.1, 'data-field': 'flow',
        class: 'input-short', 'aria-describedby': `${id.flow}-unit`, required: true,
      }), `${id.flow}-unit`, { props: { i18n: 'oxygen.check.flowUnit' } })),
    h('div', { class: 'field' }, h('label', { for: id.time, i18n: 'oxygen.check.checkedAt' }),
      h('p', { id: `${id.time}-hint`, class: 'hint', i18n: 'measurement.measuredAtHint' }),
      h('input', { id: id.time, type: 'datetime-local', 'data-field': 'checkedAt', 'aria-describedby': `${id.time}-hint` })),
  ];
}

/**
 * Puts the fields into {@code form} in place of its {@code [data-check-fields]} and wires the Venturi valve to the device.
 * Returns the form's controls: {@code setOrder(order)} starts the device at the order's unless the nurse changed it,
 * {@code read(errorArea, timeZone)} gives the request's body or null (the reason shown, the fields marked), and
 * {@code clear()} empties what is taken anew each check.
 */
export function buildCheckForm(form, prefix) {
  form.querySelector('[data-check-fields]').replaceWith(...checkFields(prefix));
  keepDescriptions(form);
  const id = ids(prefix);
  const field = (name) => form.querySelector(`#${CSS.escape(id[name])}`);
  field('device').addEventListener('change', () => {
    form.dataset.touched = 'true';
    showVenturi(form, field('device'));
  });
  return {
    setOrder(order) {
      if (!order || form.dataset.touched) return;
      field('device').value = order.device;
      showVenturi(form, field('device'));
      if (order.venturiPercent) field('venturi').value = String(order.venturiPercent);
    },
    read(errorArea, timeZone) {
      const saturation = field('saturation');
      const flow = field('flow');
      const missing = [saturation.value.trim() ? null : saturation, flow.value.trim() ? null : flow].filter(Boolean);
      if (missing.length > 0) {
        showMessage(errorArea, 'oxygen.check.missing');
        markInvalid(form, missing, errorArea.id);
        return null;
      }
      const checkedAt = takenAtIn(form, errorArea, field('time'), timeZone);
      if (checkedAt === false) return null;
      markInvalid(form, [], null);
      const device = field('device').value;
      const body = { saturation: Number(saturation.value), device, flow: Number(flow.value),
        venturiPercent: device === 'VENTURI_MASK' ? Number(field('venturi').value) : null };
      if (checkedAt) body.checkedAt = checkedAt;
      return body;
    },
    clear() {
      field('saturation').value = '';
      field('time').value = '';
    },
    reset() {
      form.reset();
      delete form.dataset.touched;
      showVenturi(form, field('device'));
      markInvalid(form, [], null);
    },
  };
}

/** Records the check on the order; the answer carries the reading against the order's target. */
export function recordCheck(order, body) {
  return api(`api/v1/oxygen/orders/${encodeURIComponent(order.id)}/checks`, { method: 'POST', body });
}
