// The MAR chart's dialogs: a dose's details, and the two corrections a nurse makes to a record (in error, and an
// as-needed dose's effect).
import { byId, clear, h, icon, put, showMessage } from './dom.js';
import { idempotentWriter } from './idempotent.js';
import { recordItem } from './mar-records.js';
import { clockTime, doseState, showStop } from './mar-text.js';
import { medicineLine } from './medicine-text.js';

// One dialog shape serves both corrections: a required text, a write with its own idempotency key. getMar: the chart
// as last loaded; reload: loads and draws it again.
export function wireCorrection({
  dialogId, formId, textId, alertId, recordId, missingKey, path, bodyOf, doneKey, getMar, reload,
}) {
  const dialog = byId(dialogId);
  const form = byId(formId);
  const text = byId(textId);
  const alertBox = byId(alertId);
  const writer = idempotentWriter();
  let record = null;
  let opener = null;
  let busy = false;

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy || !record) return;
    clear(alertBox);
    if (!text.value.trim()) {
      showMessage(alertBox, missingKey);
      text.setAttribute('aria-invalid', 'true');
      text.setAttribute('aria-describedby', alertId);
      text.focus();
      return;
    }
    text.removeAttribute('aria-invalid');
    text.removeAttribute('aria-describedby');
    busy = true;
    form.setAttribute('aria-busy', 'true');
    try {
      await writer.post(path(record), bodyOf(text.value.trim()));
    } catch (error) {
      showStop(error, alertBox);
      return;
    } finally {
      busy = false;
      form.setAttribute('aria-busy', 'false');
    }
    dialog.close();
    byId('record-status').replaceChildren(h('p', { class: 'message' }, icon('tick'), h('span', { i18n: doneKey })));
    await reload();
    byId('chart-heading').focus();
  });
  dialog.addEventListener('close', () => {
    if (opener?.isConnected) opener.focus();
  });
  for (const cancel of dialog.querySelectorAll('[data-close]')) cancel.addEventListener('click', () => dialog.close());

  return (id, button) => {
    const mar = getMar();
    record = mar.administrations.find((entry) => String(entry.id) === String(id));
    if (!record) return;
    opener = button;
    writer.renew();
    form.reset();
    clear(alertBox);
    text.removeAttribute('aria-invalid');
    const order = mar.orders.find((entry) => String(entry.order.id) === String(record.prescriptionId)
      || entry.order.lineageId === record.lineageId)?.order;
    byId(recordId).replaceChildren(
      medicineLine(order ?? { productName: record.productName }, { tag: 'p' }),
      h('ul', { class: 'records' }, recordItem(record, mar.timeZone, { canRecord: false })));
    dialog.showModal();
  };
}

// Everything about one cell of the grid: the order, the dose's time and window, and every record in full.
// getCell(key): the order and cell a details button names (renderChart's answer); getMar: the chart as last loaded.
export function wireDetails({ getCell, getMar }) {
  const dialog = byId('details-dialog');
  let opener = null;
  dialog.querySelector('[data-close]').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    if (opener?.isConnected) opener.focus();
  });
  return (key, button) => {
    const found = getCell(key);
    const mar = getMar();
    if (!found) return;
    const { entry, cell } = found;
    const { dose } = cell;
    opener = button;
    put(byId('details-body'),
      medicineLine(entry.order, { tag: 'p' }),
      dose ? h('p', {},
        h('span', { i18n: 'mar.details.scheduled' }), ' ', h('time', { datetime: dose.scheduledAt, 'data-i18n-date': 'datetime', 'data-time-zone': mar.timeZone }),
        ' · ', doseState(dose.state)) : null,
      dose?.windowOpens ? h('p', { class: 'secondary' },
        h('span', { i18n: 'mar.details.window' }), ' ', clockTime(dose.windowOpens, mar.timeZone), ' – ', clockTime(dose.windowCloses, mar.timeZone)) : null,
      cell.records.length > 0
        ? h('ul', { class: 'records' }, cell.records.map((record) => recordItem(record, mar.timeZone, { canRecord: false })))
        : h('p', { i18n: 'mar.details.noRecord' }));
    dialog.showModal();
  };
}
