// The audit trail for administrators and auditors: search by user, patient, what happened and dates, a page at a
// time, newest first; and the check of the chain. Every search is itself recorded by the server.
import { api } from './api.js';
import { wireAuditCheck } from './audit-check.js';
import { byId, clear, enumText, h, put, showProblem } from './dom.js';
import { startPage } from './header.js';

const PAGE_SIZE = 50;
const ACTIONS = ['READ', 'ACCESS_REFUSED', 'CREATED', 'CHANGED', 'DISCHARGED', 'LOGGED_IN', 'LOGIN_FAILED', 'LOGGED_OUT',
  'ACCOUNT_LOCKED', 'PASSWORD_RESET', 'ACCOUNT_DISABLED', 'ACCOUNT_ENABLED', 'CHAIN_KEYED'];
const COLUMNS = 6;

let filters = new URLSearchParams();
let page = 0;
let busy = false;

// A date field means that whole day where the reader is; the server wants instants.
function startOfDay(date, plusDays = 0) {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year, month - 1, day + plusDays).toISOString();
}

function readFilters() {
  const params = new URLSearchParams();
  const user = byId('audit-user').value.trim();
  const hospitalNumber = byId('audit-hospital-number').value.trim();
  const action = byId('audit-action').value;
  const from = byId('audit-from').value;
  const to = byId('audit-to').value;
  if (user) params.set('user', user);
  if (hospitalNumber) params.set('hospitalNumber', hospitalNumber);
  if (action) params.set('action', action);
  if (from) params.set('from', startOfDay(from));
  if (to) params.set('to', startOfDay(to, 1));
  return params;
}

// The field a refusal is about: the one the server names, or the hospital number that matched no patient.
function fieldFor(error) {
  const name = error?.problem?.field ?? (error?.status === 404 ? 'hospitalNumber' : null);
  return name ? document.querySelector(`#audit-search-form [data-field="${CSS.escape(name)}"]`) : null;
}

function markInvalid(field) {
  for (const marked of document.querySelectorAll('#audit-search-form [aria-invalid]')) {
    marked.removeAttribute('aria-invalid');
    marked.removeAttribute('aria-describedby');
  }
  if (field) {
    field.setAttribute('aria-invalid', 'true');
    field.setAttribute('aria-describedby', 'audit-search-error');
    field.focus();
  }
}

function details(entry) {
  return [entry.reason, entry.after].filter(Boolean).join(' — ');
}

function entryRow(entry) {
  return h('tr', { 'data-seq': entry.seq },
    h('td', {}, h('time', { datetime: entry.occurredAt, 'data-i18n-date': 'datetime' })),
    h('th', { scope: 'row' }, entry.actor, h('span', { class: 'secondary' }, enumText('role', entry.actorRole))),
    h('td', {}, enumText('auditAction', entry.action)),
    h('td', {}, enumText('auditRecord', entry.entityType), ' ', h('span', { class: 'secondary' }, entry.entityId)),
    h('td', {}, (entry.patients ?? []).join(', ')),
    h('td', { class: 'audit-details' }, details(entry)));
}

async function load() {
  if (busy) return;
  busy = true;
  const table = byId('audit-entries');
  table.setAttribute('aria-busy', 'true');
  clear(byId('audit-search-error'));
  const params = new URLSearchParams(filters);
  params.set('page', page);
  params.set('size', PAGE_SIZE);
  try {
    const found = await api(`api/v1/audit/entries?${params}`);
    const rows = found.entries.map(entryRow);
    put(table.querySelector('tbody'), rows.length > 0 ? rows : h('tr', {}, h('td', { colspan: COLUMNS, i18n: 'auditTrail.none' })));
    byId('audit-previous').disabled = page === 0;
    byId('audit-next').disabled = !found.more;
    put(byId('audit-status'), found.entries.length > 0
      ? h('p', { i18n: 'auditTrail.shown', args: { first: page * PAGE_SIZE + 1, last: page * PAGE_SIZE + found.entries.length } })
      : null);
    markInvalid(null);
  } catch (error) {
    showProblem(error, byId('audit-search-error'));
    markInvalid(fieldFor(error));
  } finally {
    table.setAttribute('aria-busy', 'false');
    busy = false;
  }
}

function wireSearch() {
  const select = byId('audit-action');
  select.append(...ACTIONS.map((action) => h('option', { value: action, i18n: `auditAction.${action}` })));
  byId('audit-search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    filters = readFilters();
    page = 0;
    load();
  });
  // Paging to the first or last page disables the button that was pressed: the keyboard user stays in the results.
  const turn = (button, step) => button.addEventListener('click', async () => {
    page = Math.max(0, page + step);
    await load();
    if (button.disabled) byId('audit-entries').closest('.table-scroll').focus();
  });
  turn(byId('audit-previous'), -1);
  turn(byId('audit-next'), 1);
}

async function main() {
  const session = await startPage({ requireRole: ['ADMIN', 'AUDITOR'] });
  if (!session) return;
  byId('audit-content').hidden = false;
  wireSearch();
  wireAuditCheck();
  // A hospital number in the address (audit.html?hospitalNumber=…) opens that patient's access log.
  const hospitalNumber = new URLSearchParams(location.search).get('hospitalNumber');
  if (hospitalNumber) byId('audit-hospital-number').value = hospitalNumber;
  filters = readFilters();
  await load();
}

main().catch((error) => showProblem(error));
