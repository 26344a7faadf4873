// Bedside blood glucose and ketones on the patient's page: the readings, latest first, a low one (below 4.0 mmol/L,
// JBDS) marked, and the hospital's hypoglycaemia treatment shown the moment a low reading is recorded — the site's own
// steps (config/hypoglycaemia-treatment.csv) in the reader's language, with their source. For a patient on a VRIII the
// answer says what the prescriber's scale gives at the reading; the rate is recorded at the infusion, which is redrawn.
import { api } from './api.js';
import { byId, h, icon, put, showMessage } from './dom.js';
import { chart, hasRole } from './patient-chart.js';
import { markInvalid, onSubmit, takenAt } from './patient-record-forms.js';
import { loadRunningInfusions } from './patient-running-infusions.js';

const glucosePath = () => `api/v1/glucose/patients/${encodeURIComponent(chart.patientId)}`;

function treatment(steps) {
  const numbers = [...new Set(steps.map((step) => step.step))].sort((a, b) => a - b);
  const inLanguage = (number, language) => steps.find((step) => step.step === number && step.language === language);
  const sources = [...new Set(steps.filter((step) => step.language === 'en').map((step) => step.source))];
  return h('div', { class: 'alert', id: 'hypo-treatment', role: 'alert' },
    h('p', { class: 'message' }, icon('alert'), h('strong', { i18n: 'glucose.hypo.heading' })),
    h('ol', {}, numbers.map((number) => {
      const en = inLanguage(number, 'en');
      const cy = inLanguage(number, 'cy');
      return h('li', { text: { en: en?.text ?? cy?.text, cy: cy?.text } });
    })),
    h('p', { class: 'hint' }, h('span', { i18n: 'glucose.hypo.source' }), ' ', h('span', { lang: 'en' }, sources.join('; '))));
}

function vriiiAnswers(vriii) {
  return vriii.filter((run) => run.scale).map((run) => {
    const scale = run.scale;
    const stops = scale.stop || Number(scale.unitsPerHour) === 0;
    return h('p', { class: stops ? 'alert' : 'message', 'data-vriii': run.prescriptionId },
      h('span', stops ? { i18n: 'glucose.vriii.stops', args: { glucose: String(scale.glucose) } }
        : { i18n: 'glucose.vriii.gives', args: { glucose: String(scale.glucose), units: String(scale.unitsPerHour), ml: String(scale.mlPerHour) } }));
  });
}

function readings(list) {
  if (list.length === 0) return h('p', { i18n: 'glucose.none' });
  return h('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': 'glucose-caption', tabindex: 0 },
    h('table', { id: 'glucose-readings' },
      h('caption', { id: 'glucose-caption', i18n: 'glucose.caption' }),
      h('thead', {}, h('tr', {}, ['glucose.col.time', 'glucose.col.glucose', 'glucose.col.ketones', 'glucose.col.by']
        .map((key) => h('th', { scope: 'col', i18n: key })))),
      h('tbody', {}, list.map((reading) => h('tr', { 'data-hypo': reading.hypoglycaemic ? 'true' : null },
        h('td', {}, h('time', { datetime: reading.measuredAt, 'data-i18n-date': 'datetime', 'data-time-zone': chart.timeZone })),
        h('td', {}, `${reading.glucose} mmol/L`, reading.hypoglycaemic
          ? [' ', icon('alert'), h('strong', { i18n: 'glucose.low' })] : null),
        h('td', {}, reading.ketones === null || reading.ketones === undefined ? '—' : `${reading.ketones} mmol/L`),
        h('td', {}, reading.recordedBy))))));
}

export async function loadGlucose() {
  const result = await api(glucosePath());
  put(byId('glucose-history'), readings(result.readings));
}

function wireForm() {
  const form = byId('glucose-form');
  const error = byId('glucose-error');
  form.hidden = false;
  onSubmit(form, error, async () => {
    const glucose = byId('glucose-value');
    const ketones = byId('glucose-ketones');
    const time = byId('glucose-time');
    if (!glucose.value.trim() || glucose.validity.badInput) {
      showMessage(error, 'glucose.form.missing');
      markInvalid(form, [glucose], error.id);
      return;
    }
    const measuredAt = takenAt(form, error, time);
    if (measuredAt === false) return;
    markInvalid(form, [], null);
    const body = { glucose: Number(glucose.value), ketones: ketones.value.trim() ? Number(ketones.value) : null };
    if (measuredAt) body.measuredAt = measuredAt;
    const recorded = await api(glucosePath(), { method: 'POST', body });
    put(byId('glucose-status'), h('p', { class: 'message' }, icon('tick'),
      h('span', { i18n: 'glucose.form.recorded', args: { glucose: recorded.reading.glucose } })),
    vriiiAnswers(recorded.vriii ?? []));
    put(byId('glucose-treatment'), recorded.treatment.length > 0 ? treatment(recorded.treatment) : null);
    form.reset();
    await loadGlucose();
    if ((recorded.vriii ?? []).length > 0) await loadRunningInfusions();
  });
}

export async function wireGlucose() {
  if (['NURSE', 'PRESCRIBER'].some(hasRole)) wireForm();
  await loadGlucose();
}
