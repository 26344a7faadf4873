// Interface messages: what the outbox sent to the dispensing systems, what is waiting, and what was parked
// and why, with a way to send a parked message again. The list refreshes itself every 30 seconds, keeping
// focus, open rows and any text being selected (people copy HL7 into support calls).
import { api } from './api.js';
import { dialogForm } from './dialog-form.js';
import { byId, enumText, h, icon, put, showProblem } from './dom.js';
import { startPage } from './header.js';
import { translateElement } from './i18n.js';
import { segmentLines } from './hl7-text.js';
import { dateTime } from './mar-text.js';
import { patientName } from './patient-facts.js';
import { WARD_TIME_ZONE } from './pharmacy-text.js';
import { tallMan } from './tall-man.js';
import { localTime } from './zoned-time.js';

const REFRESH_MS = 30 * 1000;
const COLUMNS = 8;
const STATUS_ICON = { PENDING: 'clock', DELIVERED: 'tick', PARKED: 'alert' };
const STATUS_TIME = { PENDING: ['nextAttemptAt', 'interface.nextAttempt'], DELIVERED: ['deliveredAt', 'interface.deliveredAt'], PARKED: ['parkedAt', 'interface.parkedAt'] };

const expanded = new Set();
let messages = [];
let loading = false;
// Outbox times are shown in the hospital's zone; messages are not tied to one ward.
const tz = WARD_TIME_ZONE;

function statusCell(message) {
  const [field, labelKey] = STATUS_TIME[message.status] ?? [];
  return h('td', {},
    h('span', { class: `order-status message-status message-status-${String(message.status).toLowerCase()}` },
      icon(STATUS_ICON[message.status] ?? 'info'), enumText('interface.status', message.status)),
    field && message[field] ? h('span', { class: 'secondary' }, h('span', { i18n: labelKey }), ' ', dateTime(message[field], tz)) : null);
}

// Who and what a message is about come from the records (the API's read model), not from the HL7 text.
function patientCell(message) {
  return h('td', {},
    h('a', {
      class: 'patient-link', href: `patient.html?id=${encodeURIComponent(message.patientId)}`, 'data-patient-id': message.patientId,
      'data-focus-key': `patient-${message.id}`,
    }, message.familyName ? patientName(message) : h('span', { i18n: 'interface.patientId', args: { id: message.patientId } })),
    message.hospitalNumber ? h('span', { class: 'secondary' }, h('span', { i18n: 'patients.hospitalNumber' }), ': ', message.hospitalNumber) : null,
    message.medicine
      ? h('span', { class: 'value interface-medicine', lang: 'en' }, h('strong', {}, tallMan(message.medicine)))
      : h('span', { class: 'secondary', i18n: 'interface.orderId', args: { id: message.prescriptionId } }),
    message.dischargeItemId ? h('span', { class: 'secondary', i18n: 'interface.dischargeSupply' }) : null);
}

function actionsCell(message) {
  const detailId = `message-${message.id}-detail`;
  return h('td', {}, h('div', { class: 'row-actions' },
    h('button', {
      type: 'button', class: 'button button-secondary button-small', 'data-action': 'toggle', 'data-message-id': message.id,
      'data-focus-key': `toggle-${message.id}`, 'aria-expanded': expanded.has(message.id) ? 'true' : 'false', 'aria-controls': detailId,
      i18n: 'interface.show', 'data-i18n-attr': 'aria-label:interface.showFor', args: { controlId: message.controlId ?? '' },
    }),
    message.status === 'PARKED'
      ? h('button', {
        type: 'button', class: 'button button-small', 'data-action': 'resend', 'data-message-id': message.id, 'data-focus-key': `resend-${message.id}`,
        i18n: 'interface.resend.button', 'data-i18n-attr': 'aria-label:interface.resend.buttonFor', args: { controlId: message.controlId ?? '' },
      })
      : null));
}

function messageRow(message) {
  return h('tr', {
    'data-message-id': message.id, 'data-status': message.status, 'data-control': message.control, 'data-type': message.type,
    'data-control-id': message.controlId, class: message.status === 'PARKED' ? 'message-parked' : undefined,
  },
  h('td', {}, dateTime(message.createdAt, tz)),
  h('td', {}, message.destination ?? ''),
  h('th', { scope: 'row' },
    h('span', { class: 'value' }, enumText('interface.type', message.type)),
    h('span', { class: 'value' }, enumText('interface.control', message.control)),
    h('span', { class: 'secondary' }, h('span', { i18n: 'interface.controlId' }), ' ', h('code', {}, message.controlId ?? ''))),
  patientCell(message),
  statusCell(message),
  h('td', { class: 'attempts' }, String(message.attempts ?? 0)),
  h('td', {}, message.lastError ? h('span', { class: 'last-error', lang: 'en' }, message.lastError) : h('span', { class: 'secondary', i18n: 'interface.noError' })),
  actionsCell(message));
}

// HL7 stays exactly as sent; it wraps rather than scrolls so that it is readable without a sideways scroll.
function detailRow(message) {
  return h('tr', { id: `message-${message.id}-detail`, class: 'message-detail', 'data-message-id': message.id, hidden: !expanded.has(message.id) },
    h('td', { colspan: COLUMNS },
      h('p', { class: 'label-text', id: `message-${message.id}-payload-label`, i18n: 'interface.payload' }),
      h('pre', { class: 'hl7', lang: 'en', 'aria-labelledby': `message-${message.id}-payload-label` }, segmentLines(message.payload)),
      h('p', { class: 'label-text', id: `message-${message.id}-ack-label`, i18n: 'interface.ack' }),
      message.ack
        ? h('pre', { class: 'hl7', lang: 'en', 'aria-labelledby': `message-${message.id}-ack-label` }, segmentLines(message.ack))
        : h('p', { class: 'secondary', i18n: 'interface.noAck' })));
}

function showParked(parked) {
  const summary = byId('parked-summary');
  summary.dataset.count = parked.length;
  summary.className = parked.length > 0 ? 'parked-summary parked-summary-alert' : 'parked-summary';
  put(summary, parked.length > 0
    ? [icon('alert'), h('span', { i18n: 'interface.parkedCount', args: { count: parked.length } })]
    : [icon('tick'), h('span', { i18n: 'interface.noneParked' })]);
}

function showMessages() {
  const table = byId('interface-messages');
  const focusKey = table.contains(document.activeElement) ? document.activeElement.closest('[data-focus-key]')?.dataset.focusKey : null;
  const filtered = byId('status-filter').value;
  table.tBodies[0].replaceChildren(...(messages.length > 0
    ? messages.flatMap((message) => [messageRow(message), detailRow(message)])
    : [h('tr', {}, h('td', { colspan: COLUMNS, i18n: filtered ? `interface.none.${filtered}` : 'interface.none' }))]));
  table.setAttribute('aria-busy', 'false');
  if (focusKey) {
    const again = table.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`);
    (again ?? byId('interface-heading')).focus();
  }
}

// background: an automatic refresh, which the server does not count as the user being at the screen.
async function load({ background = false } = {}) {
  if (loading) return;
  loading = true;
  try {
    const status = byId('status-filter').value;
    const query = (value, limit) => `api/v1/interface-messages?status=${encodeURIComponent(value)}&limit=${limit}`;
    // The parked count is asked for on its own, so it stays right whichever status the table shows.
    const [list, parked] = await Promise.all([api(query(status, 100), { background }), api(query('PARKED', 500), { background })]);
    messages = list ?? [];
    showParked(parked ?? []);
    showMessages();
    byId('page-error').replaceChildren();
    byId('interface-updated').replaceChildren(h('span', { i18n: 'pharmacy.updated', args: { time: localTime(new Date(), tz) } }));
  } finally {
    loading = false;
  }
}

// A refresh now would close what the user is reading or choosing, so it waits for the next turn.
function busyReading() {
  const selection = document.getSelection();
  const selecting = selection && !selection.isCollapsed && byId('interface-messages').contains(selection.anchorNode);
  return selecting || Boolean(document.querySelector('dialog[open]'));
}

function wireResend() {
  let current = null;
  const resend = dialogForm(byId('resend-dialog'), {
    async submit() {
      const message = current;
      await api(`api/v1/interface-messages/${encodeURIComponent(message.id)}/resend`, { method: 'POST' });
      byId('interface-status').replaceChildren(h('p', { class: 'message' }, icon('tick'),
        h('span', { i18n: 'interface.resend.done', args: { controlId: message.controlId ?? '' } })));
      try {
        await load();
      } catch (error) {
        showProblem(error);
      }
      return () => byId(`message-${message.id}-detail`)?.previousElementSibling?.querySelector('[data-action="toggle"]')?.focus();
    },
  });
  return (message, opener) => {
    current = message;
    const hint = byId('resend-hint');
    hint.dataset.i18nArgs = JSON.stringify({ controlId: message.controlId ?? '' });
    byId('resend-message').replaceChildren(enumText('interface.type', message.type), ' · ', enumText('interface.control', message.control),
      ' · ', h('code', {}, message.controlId ?? ''), ' → ', message.destination ?? '');
    translateElement(hint);
    resend.open(opener);
  };
}

async function main() {
  const session = await startPage({ requireRole: 'PHARMACIST' });
  if (!session) {
    byId('interface-messages').tBodies[0].replaceChildren();
    return;
  }
  const openResend = wireResend();
  byId('interface-messages').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-action]');
    const message = button && messages.find((item) => String(item.id) === button.dataset.messageId);
    if (!message) return;
    if (button.dataset.action === 'toggle') {
      const open = !expanded.has(message.id);
      if (open) expanded.add(message.id);
      else expanded.delete(message.id);
      button.setAttribute('aria-expanded', String(open));
      byId(`message-${message.id}-detail`).hidden = !open;
    }
    if (button.dataset.action === 'resend') openResend(message, button);
  });
  byId('status-filter').addEventListener('change', () => load().catch((error) => showProblem(error)));
  await load();
  setInterval(() => {
    if (busyReading()) return;
    // A failed refresh leaves the last good list on screen, with the reason above it.
    load({ background: true }).catch((error) => showProblem(error));
  }, REFRESH_MS);
}

main().catch((error) => showProblem(error));
