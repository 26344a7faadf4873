// The discharge prescription of one patient (docs/discharge.md): what goes home and what stops, each change with its
// reason (worked out by the server from the pre-admission list), the supply of each medicine going home; signed by a
// prescriber, screened or returned by a pharmacist. The changes are words and icons, never colour alone.
import { api } from './api.js';
import { byId, enumText, h, icon, put, showProblem } from './dom.js';
import { startPage } from './header.js';
import { dispenseNote } from './mar-text.js';
import { patientName } from './patient-facts.js';

const KIND_ICON = { NEW: 'info', CHANGED: 'warning', STOPPED: 'stop', UNCHANGED: 'tick' };
let session;
let patientId;
let discharge;

const hasRole = (role) => Boolean(session?.roles?.includes(role));
const editable = () => discharge?.status === 'DRAFT' && hasRole('PRESCRIBER');
const itemById = (id) => discharge.items.find((item) => item.id === id);

async function act(path, method = 'POST', body = undefined) {
  try {
    discharge = await api(path, { method, body });
    show();
  } catch (error) {
    showProblem(error);
  }
}

function changeWords(change) {
  return h('span', { class: 'discharge-change' }, icon(KIND_ICON[change.kind] ?? 'info'),
    h('strong', {}, enumText('discharge.kind', change.kind)),
    change.parts.length > 0 ? h('span', {}, ' (', change.parts.flatMap((part, i) => [i > 0 ? ', ' : null, enumText('discharge.part', part)]), ')') : null);
}

function medicineCell(change) {
  const before = change.beforeItemId ? itemById(change.beforeItemId) : null;
  const after = change.afterItemId ? itemById(change.afterItemId) : null;
  return h('td', {},
    after ? h('p', { lang: 'en' }, after.description) : null,
    before && (!after || change.kind === 'CHANGED')
      ? h('p', { class: 'secondary' }, h('span', { i18n: 'discharge.before' }), ' ', h('span', { lang: 'en' }, before.description)) : null);
}

function reasonCell(change) {
  const item = itemById(change.kind === 'STOPPED' ? change.beforeItemId : change.afterItemId);
  if (change.kind === 'UNCHANGED') return h('td', {});
  const missing = discharge.reasonsMissing.includes(item.id);
  if (!editable()) return h('td', {}, item.reason ? h('span', { lang: 'en' }, item.reason) : h('span', { i18n: 'discharge.noReason' }));
  const id = `reason-${item.id}`;
  return h('td', {}, h('label', { for: id, class: 'visually-hidden', i18n: 'discharge.reasonFor', args: { medicine: item.medicine } }),
    h('input', { id, type: 'text', value: item.reason ?? '', maxlength: 500, 'data-item-id': item.id, 'data-field': 'reason',
      'aria-invalid': missing ? 'true' : null }),
    missing ? h('p', { class: 'field-error' }, icon('alert'), h('span', { i18n: 'discharge.reasonMissing' })) : null);
}

function supplyCell(change) {
  const item = change.afterItemId ? itemById(change.afterItemId) : null;
  if (!item) return h('td', {});
  const missing = discharge.suppliesMissing.includes(item.id);
  if (!editable()) {
    return h('td', {}, item.ownSupply ? h('span', { i18n: 'discharge.ownSupply' })
      : item.supplyQuantity ? h('span', { i18n: 'discharge.supplyText', args: { quantity: item.supplyQuantity, unit: item.supplyUnit ?? '', days: item.supplyDays } })
        : h('span', { i18n: 'discharge.noSupply' }),
      dispenseNote(item.dispensed));
  }
  const q = `quantity-${item.id}`;
  const d = `days-${item.id}`;
  const own = `own-${item.id}`;
  return h('td', { class: 'discharge-supply' },
    h('label', { for: q, i18n: 'discharge.quantity', args: { unit: item.supplyUnit ?? '' } }),
    h('input', { id: q, type: 'number', min: 0, step: 'any', class: 'input-short', value: item.supplyQuantity ?? '', 'data-field': 'supplyQuantity' }),
    h('label', { for: d, i18n: 'discharge.days' }),
    h('input', { id: d, type: 'number', min: 1, max: 366, step: 1, class: 'input-short', value: item.supplyDays ?? '', 'data-field': 'supplyDays' }),
    h('label', { class: 'checkbox', for: own }, h('input', { id: own, type: 'checkbox', checked: item.ownSupply || null, 'data-field': 'ownSupply' }),
      ' ', h('span', { i18n: 'discharge.ownSupply' })),
    missing ? h('p', { class: 'field-error' }, icon('alert'), h('span', { i18n: 'discharge.supplyMissing' })) : null);
}

function saveItem(item, row, goingHome) {
  const value = (field) => row.querySelector(`[data-field="${field}"]`);
  const number = (field) => (value(field)?.value ? Number(value(field).value) : null);
  return act(`api/v1/discharges/${discharge.id}/items/${item.id}`, 'PUT', {
    goingHome,
    reason: value('reason')?.value ?? item.reason,
    supplyQuantity: number('supplyQuantity'),
    supplyDays: number('supplyDays'),
    ownSupply: Boolean(value('ownSupply')?.checked),
  });
}

function actionsCell(change, row) {
  if (!editable()) return h('td', {});
  const item = itemById(change.kind === 'STOPPED' ? change.beforeItemId : change.afterItemId);
  const save = h('button', { type: 'button', class: 'button button-secondary', i18n: 'discharge.save' });
  save.addEventListener('click', () => saveItem(item, row(), item.source === 'ORDER'));
  if (item.source !== 'ORDER') return h('td', {}, save);
  const stop = h('button', { type: 'button', class: 'button button-secondary', i18n: 'discharge.stopsHere' });
  stop.addEventListener('click', () => saveItem(item, row(), false));
  return h('td', {}, save, ' ', stop);
}

function changesTable() {
  const rows = discharge.changes.map((change) => {
    let tr;
    tr = h('tr', { 'data-kind': change.kind }, h('td', {}, changeWords(change)), medicineCell(change), reasonCell(change),
      supplyCell(change), actionsCell(change, () => tr));
    return tr;
  });
  return h('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': 'changes-caption', tabindex: 0 },
    h('table', { id: 'discharge-changes' },
      h('caption', { id: 'changes-caption', i18n: 'discharge.changesCaption' }),
      h('thead', {}, h('tr', {}, ['discharge.col.change', 'discharge.col.medicine', 'discharge.col.reason', 'discharge.col.supply',
        'discharge.col.actions'].map((key) => h('th', { scope: 'col', i18n: key })))),
      h('tbody', {}, rows.length > 0 ? rows : h('tr', {}, h('td', { colspan: 5, i18n: 'discharge.nothingGoesHome' })))));
}

function stoppingHere() {
  const inHospital = discharge.items.filter((item) => item.source === 'ORDER' && !item.goingHome);
  if (inHospital.length === 0) return null;
  return h('section', { 'aria-labelledby': 'in-hospital-heading' },
    h('h2', { id: 'in-hospital-heading', i18n: 'discharge.inHospitalHeading' }),
    h('ul', {}, inHospital.map((item) => {
      const li = h('li', { 'data-item-id': item.id }, h('span', { lang: 'en' }, item.description));
      if (editable()) {
        const back = h('button', { type: 'button', class: 'button button-secondary', i18n: 'discharge.goesHome' });
        back.addEventListener('click', () => saveItem(item, li, true));
        li.append(' ', back);
      }
      return li;
    })));
}

function actions() {
  const buttons = [];
  if (editable()) {
    const sign = h('button', { type: 'button', id: 'sign-discharge', class: 'button', i18n: 'discharge.sign' });
    sign.addEventListener('click', () => act(`api/v1/discharges/${discharge.id}/sign`));
    buttons.push(sign);
  }
  if (discharge.status === 'AWAITING_SCREENING' && hasRole('PHARMACIST')) {
    const screen = h('button', { type: 'button', id: 'screen-discharge', class: 'button', i18n: 'discharge.screen' });
    screen.addEventListener('click', () => act(`api/v1/discharges/${discharge.id}/screen`));
    const reason = h('input', { id: 'return-reason', type: 'text', maxlength: 500 });
    const back = h('button', { type: 'button', id: 'return-discharge', class: 'button button-secondary', i18n: 'discharge.return' });
    back.addEventListener('click', () => act(`api/v1/discharges/${discharge.id}/return`, 'POST', { reason: reason.value }));
    buttons.push(screen, h('label', { for: 'return-reason', i18n: 'discharge.returnReason' }), reason, back);
  }
  put(byId('discharge-actions'), buttons);
}

// Fetched rather than linked, so that a refusal (not yet screened, the patient's language not asked) shows its reason
// here instead of in a new tab.
async function printPdf(path) {
  const target = byId('discharge-print-error');
  target.replaceChildren();
  const response = await fetch(path, { credentials: 'same-origin' });
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    showProblem(problem ? { problem } : { messageKey: 'error.status', messageArgs: { status: response.status } }, target);
    return;
  }
  window.open(URL.createObjectURL(await response.blob()), '_blank', 'noopener');
}

// The GP's summary and the patient's list print once pharmacy has screened the prescription (docs/discharge.md).
function papers() {
  if (discharge.status !== 'SCREENED') return null;
  const gp = h('button', { type: 'button', id: 'print-gp-summary', class: 'button button-secondary', i18n: 'discharge.printGpSummary' });
  gp.addEventListener('click', () => printPdf(`api/v1/discharges/${discharge.id}/gp-summary.pdf`));
  const list = h('button', { type: 'button', id: 'print-medicines-list', class: 'button button-secondary', i18n: 'discharge.printMedicinesList' });
  list.addEventListener('click', () => printPdf(`api/v1/discharges/${discharge.id}/medicines-list.pdf`));
  return h('section', { 'aria-labelledby': 'discharge-papers-heading' },
    h('h2', { id: 'discharge-papers-heading', i18n: 'discharge.papersHeading' }),
    h('p', { i18n: 'discharge.papersHint' }),
    h('div', { class: 'button-row' }, gp, list),
    h('div', { id: 'discharge-print-error', class: 'alert', role: 'alert' }));
}

function show() {
  byId('page-error').replaceChildren();
  put(byId('discharge-status'),
    h('p', {}, h('span', { i18n: 'discharge.status' }), ' ', h('strong', {}, enumText('dischargeStatus', discharge.status))),
    discharge.returnedReason ? h('p', { class: 'message' }, icon('alert'), h('span', { i18n: 'discharge.returned' }), ' ',
      h('span', { lang: 'en' }, discharge.returnedReason)) : null,
    discharge.beforeListRecorded ? null
      : h('p', { class: 'message' }, icon('warning'), h('span', { i18n: 'discharge.noBeforeList' })));
  put(byId('discharge-content'), changesTable(), stoppingHere(), papers());
  actions();
}

function showNone() {
  const content = [h('p', { i18n: 'discharge.none' })];
  if (hasRole('PRESCRIBER')) {
    const start = h('button', { type: 'button', id: 'start-discharge', class: 'button', i18n: 'discharge.start' });
    start.addEventListener('click', () => act(`api/v1/patients/${encodeURIComponent(patientId)}/discharge`));
    content.push(start);
  }
  put(byId('discharge-content'), content);
}

async function main() {
  session = await startPage();
  if (!session) return;
  patientId = new URLSearchParams(location.search).get('patient');
  const patient = await api(`api/v1/patients/${encodeURIComponent(patientId)}`);
  byId('discharge-patient').textContent = `${patientName(patient)} · ${patient.hospitalNumber}`;
  byId('patient-link').href = `patient.html?id=${encodeURIComponent(patientId)}`;
  try {
    discharge = await api(`api/v1/patients/${encodeURIComponent(patientId)}/discharge`);
    show();
  } catch (error) {
    if (error.status === 404) showNone();
    else throw error;
  }
}

main().catch((error) => showProblem(error));
