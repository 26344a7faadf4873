// Oxygen on the drug round (docs/bedside-observations.md, "On the drug round"): each patient on oxygen with the order in
// use — target, device and flow — and its latest SpO2 check against the target (in words, shape and icon) and how long
// ago; a nurse records a check in a dialog holding the patient page's form (oxygen-check.js), and is told what BTS 2017
// advises.
import { byId, h, put } from './dom.js';
import { dialogForm } from './dialog-form.js';
import { buildCheckForm, recordCheck } from './oxygen-check.js';
import { agoMessage } from './oxygen-reading.js';
import { adviceMessage, checkDelivery, orderTerms, readingMark } from './oxygen-text.js';
import { patientName } from './patient-facts.js';
import { compareBeds } from './round-rows.js';
import { localTime } from './zoned-time.js';

function bedAndName(patient) {
  return [patient.bed ? [h('span', { class: 'bed', i18n: 'patient.bedValue', args: { bed: patient.bed } }), ' '] : null,
    h('strong', {}, patientName(patient))];
}

function latestCheck(oxygen, now) {
  const check = oxygen.latestCheck;
  if (!check) return h('span', { class: 'round-oxygen-latest', i18n: 'oxygen.round.noCheck' });
  const ago = agoMessage(check.checkedAt, now);
  return h('span', { class: 'round-oxygen-latest', 'data-reading': check.reading },
    h('span', { i18n: 'oxygen.round.saturation', args: { saturation: check.saturation } }), ' ',
    readingMark(check.reading, oxygen.target), ' · ',
    h('time', { datetime: check.checkedAt, i18n: ago.key, args: ago.args }), ' · ', checkDelivery(check));
}

function recordButton(patient) {
  return h('button', {
    type: 'button',
    class: 'button button-secondary button-small',
    'data-action': 'oxygen-check',
    'data-patient-id': patient.patientId,
    'data-focus-key': `oxygen-${patient.patientId}`,
    i18n: 'oxygen.round.record',
    'data-i18n-attr': 'aria-label:oxygen.round.recordFor',
    args: { patient: patientName(patient) },
  });
}

/**
 * The round's oxygen section: each patient on oxygen, bed by bed; null when nobody is. {@code canCheck}: the nurse's
 * button to record a check (the API takes checks from nurses).
 */
export function oxygenSection(patients, { now, canCheck }) {
  const onOxygen = patients.filter((patient) => patient.oxygen)
    .sort((a, b) => compareBeds(a.bed, b.bed) || String(a.patientId).localeCompare(String(b.patientId), 'en', { numeric: true }));
  if (onOxygen.length === 0) return null;
  return h('section', { class: 'round-section', 'aria-labelledby': 'round-oxygen-heading' },
    h('h2', { id: 'round-oxygen-heading', i18n: 'oxygen.round.heading' }),
    h('ul', { class: 'round-oxygen' }, onOxygen.map((patient) => h('li', {
      'data-patient-id': patient.patientId, 'data-oxygen-order': patient.oxygen.orderId,
    },
    h('p', { class: 'round-oxygen-order' }, bedAndName(patient), ' · ', orderTerms(patient.oxygen)),
    h('p', { class: 'round-oxygen-check' }, latestCheck(patient.oxygen, now)),
    canCheck ? recordButton(patient) : null))));
}

/**
 * The dialog a check is recorded in. {@code patientOf(id)}: the patient as the round last showed them;
 * {@code timeZone()}: the ward's; {@code recorded()}: reloads the round. The advice goes to the round's status area.
 */
export function wireOxygenDialog({ patientOf, timeZone, recorded }) {
  const dialog = byId('oxygen-dialog');
  let patient = null;
  const form = dialog.querySelector('form');
  const controls = buildCheckForm(form, 'round-oxygen');
  const dialogControls = dialogForm(dialog, {
    submit: async ({ errorArea }) => {
      const body = controls.read(errorArea, timeZone());
      if (!body) return false;
      const order = { id: patient.oxygen.orderId, targetKind: patient.oxygen.targetKind, target: patient.oxygen.target };
      const check = await recordCheck(order, body);
      const shown = patient;
      return async () => {
        // the advice stays above the list until the next check: it says whose check, which and when
        put(byId('round-status'), h('div', { class: 'round-oxygen-advice', 'data-patient-id': shown.patientId },
          h('p', {}, bedAndName(shown), ' · ', h('span', { i18n: 'oxygen.round.saturation', args: { saturation: check.saturation } }),
            ' ', h('time', { datetime: check.checkedAt }, localTime(check.checkedAt, timeZone()))),
          adviceMessage(check, order)));
        await recorded();
      };
    },
  });
  byId('round-list').addEventListener('click', (event) => {
    const button = event.target.closest('[data-action="oxygen-check"]');
    if (!button) return;
    patient = patientOf(button.dataset.patientId);
    if (!patient?.oxygen) return;
    put(byId('round-oxygen-patient'), h('p', {}, bedAndName(patient)), h('p', {}, orderTerms(patient.oxygen)));
    dialogControls.open(button);
    controls.reset();
    controls.setOrder(patient.oxygen);
    form.querySelector('[data-field="saturation"]').focus();
  });
}
