// The patient's orders, one table for each group of statuses, with each order's versions and the orders pharmacy
// rejected.
import { api } from './api.js';
import { byId, h, showProblem } from './dom.js';
import { translateElement } from './i18n.js';
import { medicineBadges, medicineLine } from './medicine-text.js';
import { orderStatus, statusChange } from './order-status.js';
import { chart, isPrescriber, patientPath, prescriptionPath } from './patient-chart.js';

const TABLES = [
  { id: 'active-orders', statuses: ['VERIFIED', 'PENDING_VERIFICATION'], empty: 'orders.none.active' },
  { id: 'draft-orders', statuses: ['DRAFT'], empty: 'orders.none.draft', ownOnly: true },
  { id: 'suspended-orders', statuses: ['SUSPENDED'], empty: 'orders.none.suspended' },
  {
    id: 'stopped-orders', statuses: ['DISCONTINUED', 'COMPLETED', 'REJECTED', 'SUPERSEDED'], empty: 'orders.none.stopped', noActions: true,
  },
];
const ROW_ACTIONS = {
  VERIFIED: ['change', 'suspend', 'discontinue'],
  PENDING_VERIFICATION: ['change', 'suspend', 'discontinue'],
  SUSPENDED: ['resume', 'discontinue'],
  DRAFT: ['sign', 'discard'],
};
const ACTION_LOOK = {
  change: 'button button-secondary',
  suspend: 'button button-secondary',
  resume: 'button button-secondary',
  discontinue: 'button button-warning',
  sign: 'button',
  discard: 'button button-warning',
};

const hasActions = (table) => isPrescriber() && !table.noActions;

function headRow(table) {
  const columns = ['orders.col.medicine', 'orders.col.status', 'orders.col.dates', 'orders.col.indication',
    'orders.col.prescriber', 'orders.col.version'];
  if (hasActions(table)) columns.push('orders.col.actions');
  return h('tr', {}, columns.map((key) => h('th', { scope: 'col', i18n: key })));
}

export function timeLine(labelKey, instant) {
  return h('span', { class: 'secondary' }, h('span', { i18n: labelKey }), ' ',
    h('time', { datetime: instant, 'data-i18n-date': 'datetime', 'data-time-zone': chart.timeZone }));
}

function medicineCell(p) {
  const active = p.status === 'VERIFIED' || p.status === 'PENDING_VERIFICATION';
  const badges = medicineBadges(p, { reviewDue: Boolean(p.reviewDue) });
  return h('th', { scope: 'row', class: 'order-medicine' },
    medicineLine(p),
    badges.length > 0 ? h('span', { class: 'badges' }, badges) : null,
    p.correctionScaleText ? h('span', { class: 'secondary correction-scale', lang: 'en' }, p.correctionScaleText) : null,
    active && p.nextDoses?.length ? timeLine('orders.nextDose', p.nextDoses[0]) : null);
}

// A pharmacist's reason for rejecting is what the prescriber must act on, so it is not set in small print.
function statusReason(p) {
  if (!p.statusReason) return null;
  if (p.status === 'REJECTED') {
    return h('span', { class: 'reject-reason' }, h('span', { i18n: 'pharmacy.chart.reason' }), ' ', h('strong', {}, p.statusReason));
  }
  return h('span', { class: 'secondary' }, h('span', { i18n: 'orders.reason' }), ' ', p.statusReason);
}

function statusCell(p) {
  return h('td', {}, orderStatus(p.status), statusReason(p));
}

// An order stopped, suspended or completed says who did it and when (its reason is in the status column).
function datesCell(p) {
  const stopped = statusChange({
    status: p.status, by: p.statusChangedBy, byName: p.statusChangedByName, at: p.statusChangedAt,
  }, chart.timeZone);
  return h('td', {},
    p.start ? timeLine('orders.start', p.start) : null,
    p.end ? timeLine('orders.end', p.end) : null,
    stopped,
    !p.end && !stopped ? h('span', { class: 'secondary', i18n: 'orders.noEnd' }) : null,
    p.reviewAt ? timeLine('orders.review', p.reviewAt) : null);
}

// The prescriber of record is whoever signed; a draft signed by someone else still says who drafted it.
function draftedByLine(p) {
  if (!p.draftedBy || p.draftedBy === p.prescribedBy) return null;
  return h('span', { class: 'secondary drafted-by', i18n: 'orders.draftedBy', args: { name: p.draftedByName ?? p.draftedBy } });
}

function prescriberCell(p) {
  return h('td', {},
    h('span', { class: 'value' }, p.prescribedByName ?? p.prescribedBy ?? ''),
    p.signedAt ? timeLine('orders.signed', p.signedAt) : h('span', { class: 'secondary', i18n: 'orders.notSigned' }),
    draftedByLine(p));
}

function versionCell(p) {
  const label = h('span', { class: 'version', i18n: 'orders.version', args: { version: p.version ?? 1 } });
  if (!(p.version > 1)) return h('td', {}, label);
  return h('td', {}, h('details', { class: 'versions', 'data-prescription-id': p.id },
    h('summary', {}, label, h('span', { class: 'versions-label', i18n: 'orders.earlierVersions' })),
    h('div', { class: 'versions-body' })));
}

function versionItem(version) {
  return h('li', { 'data-prescription-id': version.id, 'data-status': version.status },
    h('span', { class: 'version', i18n: 'orders.version', args: { version: version.version } }), ' ',
    orderStatus(version.status),
    medicineLine(version, { className: 'value' }),
    version.signedAt ? timeLine('orders.signed', version.signedAt) : null,
    version.prescribedByName ? h('span', { class: 'secondary' }, version.prescribedByName) : null,
    draftedByLine(version),
    statusReason(version));
}

export async function showVersions(details) {
  const body = details.querySelector('.versions-body');
  if (details.dataset.loaded) return;
  details.dataset.loaded = 'true';
  body.replaceChildren(h('p', { i18n: 'status.loading' }));
  try {
    const versions = await api(prescriptionPath(details.dataset.prescriptionId, '/versions'));
    body.replaceChildren(h('ol', { class: 'version-list' }, versions.map(versionItem)));
  } catch (error) {
    delete details.dataset.loaded;
    body.replaceChildren(h('div', { class: 'alert', role: 'alert' }));
    showProblem(error, body.firstChild);
  }
}

function actionsCell(p) {
  return h('td', {}, h('div', { class: 'row-actions' }, (ROW_ACTIONS[p.status] ?? []).map((action) => h('button', {
    type: 'button',
    class: ACTION_LOOK[action],
    'data-action': action,
    'data-prescription-id': p.id,
    i18n: `action.${action}`,
    'data-i18n-attr': `aria-label:action.${action}For`,
    args: { order: p.description ?? p.productName ?? '' },
  }))));
}

function orderRow(p, table) {
  return h('tr', { 'data-prescription-id': p.id, 'data-status': p.status, 'data-lineage-id': p.lineageId },
    medicineCell(p),
    statusCell(p),
    datesCell(p),
    h('td', {}, p.indication ? h('span', {}, p.indication) : h('span', { class: 'secondary', i18n: 'orders.noIndication' })),
    prescriberCell(p),
    versionCell(p),
    hasActions(table) ? actionsCell(p) : null);
}

function showOrders() {
  for (const table of TABLES) {
    const columns = hasActions(table) ? 7 : 6;
    const rows = chart.prescriptions.filter((p) => table.statuses.includes(p.status)
      && (!table.ownOnly || (p.draftedBy ?? p.prescribedBy) === chart.session.username));
    const element = byId(table.id);
    element.tHead.replaceChildren(headRow(table));
    element.tBodies[0].replaceChildren(...(rows.length > 0
      ? rows.map((p) => orderRow(p, table))
      : [h('tr', {}, h('td', { colspan: columns, i18n: table.empty }))]));
    element.setAttribute('aria-busy', 'false');
    if (table.id === 'stopped-orders') {
      const summary = byId('stopped-summary');
      summary.dataset.i18nArgs = JSON.stringify({ count: rows.length });
      translateElement(summary);
    }
  }
  byId('draft-orders-block').hidden = !isPrescriber();
}

// An order the pharmacist rejected ends there: the prescriber sees it above the tables, with the reason,
// until a later version of the same order replaces it. Rejected orders also stay in the stopped table.
function rejectedItem(p) {
  return h('li', { class: 'rejected-order', 'data-prescription-id': p.id, 'data-lineage-id': p.lineageId },
    medicineLine(p),
    orderStatus(p.status),
    p.statusReason ? statusReason(p) : h('span', { class: 'secondary', i18n: 'pharmacy.chart.noReason' }),
    p.signedAt ? timeLine('orders.signed', p.signedAt) : null);
}

function showRejected() {
  const latest = new Map();
  for (const p of chart.prescriptions) {
    const current = latest.get(p.lineageId);
    if (!current || (p.version ?? 1) > (current.version ?? 1)) latest.set(p.lineageId, p);
  }
  const rejected = [...latest.values()].filter((p) => p.status === 'REJECTED');
  byId('rejected-orders').hidden = rejected.length === 0;
  byId('rejected-list').replaceChildren(...rejected.map(rejectedItem));
}

export async function loadOrders() {
  chart.prescriptions = await api(patientPath('/prescriptions')) ?? [];
  showRejected();
  showOrders();
}

export function focusAfterRebuild(id, action) {
  const row = document.querySelector(`tr[data-prescription-id="${CSS.escape(String(id))}"]`);
  const button = (action && row?.querySelector(`[data-action="${action}"]`)) || row?.querySelector('button[data-action]');
  if (button && button.offsetParent !== null) button.focus();
  else (isPrescriber() ? byId('new-order-button') : byId('orders-heading')).focus();
}
