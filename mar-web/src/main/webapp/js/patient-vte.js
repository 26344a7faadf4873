// The VTE risk assessment on the patient's page (NICE NG89): due from admission until a prescriber records it with
// the Department of Health tool; its outcome afterwards. Where thromboprophylaxis is indicated the prescriber chooses
// the drug and dose on the usual order form, with the usual checks: nothing is ordered for them.
import { api } from './api.js';
import { byId, h, icon, put, showMessage } from './dom.js';
import { chart, isPrescriber } from './patient-chart.js';
import { markInvalid, onSubmit } from './patient-record-forms.js';

const vtePath = () => `api/v1/vte/patients/${encodeURIComponent(chart.patientId)}`;
const QUESTIONS = [['thrombosisRisk', 'vte-thrombosis'], ['bleedingRisk', 'vte-bleeding'], ['prophylaxisIndicated', 'vte-prophylaxis']];

function answer(field, value) {
  return [h('dt', { i18n: `vte.question.${field}` }), h('dd', { i18n: value ? 'common.yes' : 'common.no' })];
}

function prescribeButton() {
  const button = h('button', { type: 'button', class: 'button', i18n: 'vte.prescribe' });
  button.addEventListener('click', () => chart.orderForm.openNew(button));
  return button;
}

function outcome(status) {
  const assessment = status.assessment;
  if (assessment) {
    return [
      h('p', {}, icon('tick'), h('span', { i18n: 'vte.done', args: { name: assessment.assessedBy } }), ' ',
        h('time', { datetime: assessment.assessedAt, 'data-i18n-date': 'datetime', 'data-time-zone': chart.timeZone })),
      h('dl', { class: 'vte-outcome' }, QUESTIONS.map(([field]) => answer(field, assessment[field]))),
      assessment.prophylaxisIndicated && isPrescriber() ? prescribeButton() : null,
    ];
  }
  if (status.due) return h('div', { class: 'alert', id: 'vte-due' }, h('p', { class: 'message' }, icon('alert'), h('span', { i18n: 'vte.due' })));
  return h('p', {}, icon('info'), h('span', { i18n: status.admitted ? 'vte.notDue' : 'vte.notAdmitted' }));
}

export async function loadVte() {
  const status = await api(vtePath());
  put(byId('vte-current'), outcome(status));
  byId('vte-form').hidden = !(isPrescriber() && status.admitted && !status.assessment);
}

function chosen(name) {
  const radio = document.querySelector(`input[name="${name}"]:checked`);
  return radio ? radio.value === 'true' : null;
}

export async function wireVte() {
  const form = byId('vte-form');
  const error = byId('vte-error');
  if (isPrescriber()) {
    onSubmit(form, error, async () => {
      const body = Object.fromEntries(QUESTIONS.map(([field, name]) => [field, chosen(name)]));
      const unanswered = QUESTIONS.filter(([field]) => body[field] === null)
        .map(([field]) => form.querySelector(`[data-field="${field}"] input`));
      if (unanswered.length > 0) {
        showMessage(error, 'vte.form.missing');
        markInvalid(form, unanswered, error.id);
        return;
      }
      markInvalid(form, [], null);
      await api(vtePath(), { method: 'POST', body });
      put(byId('vte-status'), h('p', { class: 'message' }, icon('tick'), h('span', { i18n: 'vte.form.recorded' })));
      await loadVte();
    });
  }
  await loadVte();
}
