// Recording weight, height, renal function, allergies and pregnancy; each answer re-checks the patient's active
// orders, and the alerts that come back are shown.
import { alertList } from './alerts.js';
import { api } from './api.js';
import { byId, h, icon, put, showMessage } from './dom.js';
import { medicineLine } from './medicine-text.js';
import { chart, patientPath } from './patient-chart.js';
import { displayUnit } from './patient-facts.js';
import { showPatient } from './patient-summary.js';
import { markInvalid, onSubmit, takenAtIn } from './record-form.js';

const MEASUREMENT_UNITS = { WEIGHT: 'kg', HEIGHT: 'cm', EGFR: 'mL/min/1.73m2', CREATININE_CLEARANCE: 'mL/min' };

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
  if (result?.patient) chart.patient = result.patient;
  else chart.patient = await api(patientPath());
  const focusLost = () => document.activeElement === document.body || document.activeElement?.closest('[hidden]');
  showPatient();
  showRecheck(result?.recheck, key, args);
  chart.orderForm.patientChanged();
  if (focusLost()) byId('record-heading').focus();
}

export { markInvalid, onSubmit };

/** When a reading was taken, in the ward's time zone (record-form.js takenAtIn). */
export function takenAt(form, errorArea, input) {
  return takenAtIn(form, errorArea, input, chart.timeZone);
}

export function wireRecordForms() {
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
    const measuredAt = takenAt(measurementForm, measurementError, time);
    if (measuredAt === false) return;
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

  const languageForm = byId('record-language-form');
  const languageError = byId('language-error');
  onSubmit(languageForm, languageError, async () => {
    const select = byId('patient-language');
    if (!select.value) {
      showMessage(languageError, 'languageForm.missing');
      markInvalid(languageForm, [select], languageError.id);
      return;
    }
    markInvalid(languageForm, [], null);
    const result = await api(patientPath('/language'), { method: 'PUT', body: { language: select.value } });
    await recorded(result, 'languageForm.done');
  });
}

