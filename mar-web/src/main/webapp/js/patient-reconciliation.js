// Medicines reconciliation on the patient's page: the medicines the patient took before this stay (anyone caring for
// them adds one, from the formulary or written as it is when it is not in it), the prescriber's decision on each (a
// continue or change opens the order form from the medicine, and the signed order is what the decision points at;
// withhold asks for a reason and a review date; stop for a reason), and the pharmacist's completion, due 24 hours
// after the stay began. An undecided medicine always says so.
import { api } from './api.js';
import { byId, enumText, h, icon, put, showProblem } from './dom.js';
import { doseText } from './dose-text.js';
import { t } from './i18n.js';
import { idempotentWriter } from './idempotent.js';
import { FREQUENCIES, choosePrompt, enumOption } from './medicine-text.js';
import { chart, hasRole, isPrescriber, patientPath } from './patient-chart.js';
import {
  ROUTES, SOURCES, UNITS, decisionLine, decisionsOpen, medicineRequest, orderTemplate, standingLine,
} from './reconciliation-text.js';

const writer = idempotentWriter();
let offered = [];
let reconciliation = null;
const path = (suffix = '') => patientPath(`/medicines-reconciliation${suffix}`);

function when(value) {
  return h('time', { datetime: value, 'data-i18n-date': 'datetime', 'data-time-zone': chart.timeZone });
}

function say(key, args) {
  byId('reconciliation-status').replaceChildren(h('p', { class: 'message' }, icon('tick'), h('span', { i18n: key, args })));
}

function standing(state) {
  const line = standingLine(state);
  if (!line) return h('p', { i18n: 'reconciliation.notOnWard' });
  const late = state.overdue && state.status !== 'COMPLETED';
  return h('p', { class: late ? 'review-overdue' : null, 'data-status': state.status },
    icon(state.status === 'COMPLETED' ? 'tick' : (late ? 'alert' : 'clock')),
    h('strong', { i18n: 'reconciliation.label' }), ' ', enumText('reconciliation.status', state.status), ' · ',
    h('span', { i18n: line.key, args: line.args }), ' ', when(line.at),
    line.late ? h('span', {}, ' ', h('span', { i18n: 'reconciliation.state.late' })) : null,
    state.undecided > 0 ? h('span', {}, ' · ', h('span', { i18n: 'reconciliation.state.undecided', args: { count: state.undecided } })) : null);
}

function decisionForm(medicine, decision, container) {
  const id = `home-${medicine.id}-${decision}`;
  const error = h('div', { class: 'alert', role: 'alert' });
  const reason = h('input', { id: `${id}-reason`, type: 'text', maxlength: 500, autocomplete: 'off' });
  const review = decision === 'WITHHOLD' ? h('input', { id: `${id}-review`, type: 'date' }) : null;
  const submitKey = decision === 'CHANGE' ? 'reconciliation.decide.writeOrder' : 'reconciliation.decide.submit';
  const form = h('form', { class: 'home-decision', novalidate: true, 'data-decision': decision },
    h('h4', { i18n: 'reconciliation.decide.heading', args: { decision: t(`reconciliation.decision.${decision}`), medicine: medicine.medicineName } }),
    error,
    h('div', { class: 'field' }, h('label', { for: reason.id, i18n: 'reconciliation.decide.reason' }), reason),
    review ? h('div', { class: 'field' }, h('label', { for: review.id, i18n: 'reconciliation.decide.reviewDate' }), review) : null,
    h('button', { type: 'submit', class: 'button', i18n: submitKey }), ' ',
    h('button', { type: 'button', class: 'button button-secondary', i18n: 'common.cancel', 'data-action': 'cancel' }));
  form.querySelector('[data-action=cancel]').addEventListener('click', () => container.replaceChildren());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (decision === 'CHANGE') {
      openOrder(medicine, 'CHANGE', reason.value, form.querySelector('button[type=submit]'));
      return;
    }
    try {
      await api(path(`/medicines/${encodeURIComponent(medicine.id)}/decision`), { method: 'POST',
        body: { decision, reason: reason.value, reviewDate: review?.value || null } });
    } catch (failure) {
      showProblem(failure, error);
      return;
    }
    await loadReconciliation();
    say('reconciliation.decide.done', { medicine: medicine.medicineName });
  });
  container.replaceChildren(form);
  reason.focus();
}

function openOrder(medicine, decision, reason, opener) {
  say('reconciliation.decide.orderFirst');
  chart.orderForm.openPrefilled(orderTemplate(medicine), opener, {
    homeMedicineId: medicine.id, decision, reason, medicineName: medicine.medicineName,
    contextKey: `reconciliation.orderForm.${decision}`,
  });
}

/** Called with every order the order form signs: one signed for a medicine taken before admission records its decision. */
export async function orderSigned(prescription, purpose) {
  if (!purpose?.homeMedicineId || !prescription?.id) return;
  try {
    await api(path(`/medicines/${encodeURIComponent(purpose.homeMedicineId)}/decision`), { method: 'POST',
      body: { decision: purpose.decision, reason: purpose.reason || null, orderId: prescription.id } });
    say('reconciliation.decide.done', { medicine: purpose.medicineName });
  } catch (failure) {
    showProblem(failure, byId('reconciliation-error'));
  }
  await loadReconciliation();
}

function decisionButtons(medicine) {
  const open = decisionsOpen(medicine);
  if (!isPrescriber() || open.length === 0) return null;
  const container = h('div', { class: 'home-decision-form' });
  const group = h('div', { role: 'group', class: 'button-row', 'aria-label': t('reconciliation.item.decide', { medicine: medicine.medicineName }),
    'data-i18n-attr': 'aria-label:reconciliation.item.decide', args: { medicine: medicine.medicineName } },
  open.map((decision) => {
    const button = h('button', { type: 'button', class: 'button button-secondary', 'data-decision': decision,
      i18n: `reconciliation.decision.${decision}` });
    button.addEventListener('click', () => (decision === 'CONTINUE'
      ? openOrder(medicine, 'CONTINUE', null, button)
      : decisionForm(medicine, decision, container)));
    return button;
  }));
  return [group, container];
}

function medicineItem(medicine) {
  const decided = decisionLine(medicine);
  return h('li', { class: 'home-medicine', 'data-home-medicine-id': medicine.id, 'data-decision': medicine.decision ?? 'UNDECIDED' },
    h('p', {}, h('strong', { lang: 'en' }, medicine.medicineName),
      medicine.coded ? null : h('span', {}, ' ', h('span', { class: 'badge badge-review', i18n: 'reconciliation.item.notCoded' }))),
    h('p', {}, doseText(medicine, t), ' · ', enumText('route', medicine.route), ' · ', enumText('frequency', medicine.frequency)),
    h('p', {}, h('span', { i18n: 'reconciliation.item.source' }), ': ', enumText('reconciliation.source', medicine.source), ' · ',
      h('span', { i18n: 'reconciliation.item.recorded', args: { name: medicine.recordedByName } }), ' ', when(medicine.recordedAt)),
    medicine.note ? h('p', {}, h('span', { i18n: 'reconciliation.item.note' }), ': ', h('span', { lang: 'en' }, medicine.note)) : null,
    h('p', { class: medicine.decision ? 'home-decided' : 'home-undecided' }, icon(medicine.decision ? 'tick' : 'alert'),
      h('strong', { i18n: decided.key, args: decided.args }),
      medicine.decidedAt ? h('span', {}, ' ', when(medicine.decidedAt)) : null,
      medicine.decisionReason ? h('span', {}, ' · ', h('span', { i18n: 'reconciliation.item.reason' }), ': ',
        h('span', { lang: 'en' }, medicine.decisionReason)) : null,
      medicine.orderId ? h('span', {}, ' · ', h('span', { i18n: 'reconciliation.item.order', args: { order: medicine.orderId } })) : null),
    decisionButtons(medicine));
}

export async function loadReconciliation() {
  reconciliation = await api(path());
  put(byId('reconciliation-standing'), standing(reconciliation));
  put(byId('reconciliation-list'), !reconciliation.onWard ? null : (reconciliation.medicines.length === 0
    ? h('p', { i18n: 'reconciliation.none' })
    : h('ul', { class: 'home-medicines' }, reconciliation.medicines.map(medicineItem))));
  byId('reconciliation-form').hidden = !reconciliation.onWard;
  byId('reconciliation-complete').hidden = !(hasRole('PHARMACIST') && reconciliation.onWard && reconciliation.status !== 'COMPLETED');
}

async function offer(text) {
  if (text.trim().length < 2) return;
  try {
    offered = await api(`api/v1/formulary?q=${encodeURIComponent(text.trim())}&limit=20`);
  } catch (failure) {
    if (failure.status === 401) throw failure;
    offered = [];
  }
  byId('home-medicine-options').replaceChildren(...offered.map((p) => h('option', { value: p.name })));
  showCoded();
}

function showCoded() {
  const typed = byId('home-medicine').value.trim();
  const request = medicineRequest({ medicine: typed }, offered);
  put(byId('home-medicine-coded'), typed.length < 2 ? null
    : h('span', { i18n: request.productCode ? 'reconciliation.add.coded' : 'reconciliation.add.notCoded' }));
}

async function add(event) {
  event.preventDefault();
  const values = Object.fromEntries(['medicine', 'dose', 'doseUnit', 'route', 'frequency', 'source', 'note']
    .map((name) => [name, byId(`home-${name}`).value]));
  const request = medicineRequest(values, offered);
  let recorded;
  try {
    recorded = await writer.post(path('/medicines'), request);
  } catch (failure) {
    showProblem(failure, byId('reconciliation-form-error'));
    return;
  }
  byId('reconciliation-form').reset();
  byId('reconciliation-form-error').replaceChildren();
  put(byId('home-medicine-coded'));
  await loadReconciliation();
  say('reconciliation.add.done', { medicine: recorded.medicineName });
}

async function complete() {
  try {
    await api(path('/complete'), { method: 'POST' });
  } catch (failure) {
    showProblem(failure, byId('reconciliation-error'));
    return;
  }
  byId('reconciliation-error').replaceChildren();
  await loadReconciliation();
  say('reconciliation.complete.done');
}

function fillChoices() {
  const options = (id, prefix, values) => byId(id).replaceChildren(choosePrompt(), ...values.map((v) => enumOption(prefix, v)));
  options('home-doseUnit', 'doseUnit', UNITS);
  options('home-route', 'route', ROUTES);
  options('home-frequency', 'frequency', FREQUENCIES.filter((f) => f !== 'STAT'));
  options('home-source', 'reconciliation.source', SOURCES);
}

export async function wireReconciliation() {
  if (!['NURSE', 'PRESCRIBER', 'PHARMACIST'].some(hasRole)) return;
  byId('reconciliation-section').hidden = false;
  fillChoices();
  let timer;
  byId('home-medicine').addEventListener('input', (event) => {
    clearTimeout(timer);
    showCoded();
    timer = setTimeout(() => offer(event.target.value).catch(showProblem), 250);
  });
  byId('reconciliation-form').addEventListener('submit', add);
  byId('reconciliation-complete').addEventListener('click', complete);
  await loadReconciliation();
}
