// Suspend, resume, discontinue and discard: the dialog that asks for a reason, and the buttons in the order tables.
import { api } from './api.js';
import { byId, clear, showMessage, showProblem } from './dom.js';
import { translateElement } from './i18n.js';
import { announce, chart, prescriptionPath } from './patient-chart.js';
import { focusAfterRebuild, loadOrders, showVersions } from './patient-orders.js';

// What each state change asks for: whether a reason is needed, and which button to focus afterwards.
const STATE_CHANGES = {
  suspend: { reason: 'required', then: 'resume' },
  resume: { reason: 'optional', then: 'suspend' },
  discontinue: { reason: 'required', then: null },
  discard: { reason: 'none', then: null },
};

export function wireStateChanges() {
  const dialog = byId('action-dialog');
  const form = byId('action-form');
  const reason = byId('action-reason');
  const errorArea = byId('action-error');
  let current = null;
  let busy = false;

  const setKey = (element, key) => {
    element.dataset.i18n = key;
    translateElement(element);
  };

  function openDialog(action, prescription, opener) {
    current = { action, prescription };
    const rule = STATE_CHANGES[action];
    form.reset();
    clear(errorArea);
    reason.removeAttribute('aria-invalid');
    reason.removeAttribute('aria-describedby');
    setKey(byId('action-heading'), `actionDialog.${action}.heading`);
    setKey(byId('action-hint'), `actionDialog.${action}.hint`);
    setKey(byId('action-submit'), `actionDialog.${action}.submit`);
    byId('action-submit').className = action === 'resume' ? 'button' : 'button button-warning';
    byId('action-order').textContent = prescription.description ?? prescription.productName ?? '';
    byId('action-reason-field').hidden = rule.reason === 'none';
    setKey(byId('action-reason-label'), rule.reason === 'optional' ? 'actionDialog.reasonOptional' : 'actionDialog.reason');
    if (rule.reason === 'required') reason.setAttribute('aria-required', 'true');
    else reason.removeAttribute('aria-required');
    dialog.addEventListener('close', () => {
      if (opener.isConnected) opener.focus();
    }, { once: true });
    dialog.showModal();
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy || !current) return;
    const { action, prescription } = current;
    const rule = STATE_CHANGES[action];
    clear(errorArea);
    const text = reason.value.trim();
    if (rule.reason === 'required' && !text) {
      showMessage(errorArea, 'actionDialog.missing');
      reason.setAttribute('aria-invalid', 'true');
      reason.setAttribute('aria-describedby', errorArea.id);
      reason.focus();
      return;
    }
    busy = true;
    form.setAttribute('aria-busy', 'true');
    try {
      const body = rule.reason === 'none' ? undefined : { reason: text || null };
      await api(prescriptionPath(prescription.id, `/${action}`), { method: 'POST', body });
    } catch (error) {
      showProblem(error, errorArea);
      return;
    } finally {
      busy = false;
      form.setAttribute('aria-busy', 'false');
    }
    dialog.close();
    announce(`actionDone.${action}`, { order: prescription.description ?? prescription.productName ?? '' });
    try {
      await loadOrders();
    } catch (error) {
      showProblem(error);
    }
    focusAfterRebuild(prescription.id, rule.then);
  });

  for (const cancel of dialog.querySelectorAll('[data-close]')) cancel.addEventListener('click', () => dialog.close());
  return openDialog;
}

export function wireOrderActions(openDialog) {
  const section = byId('orders-heading').closest('section');
  section.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-action]');
    if (!button || !section.contains(button)) return;
    const prescription = chart.prescriptions.find((p) => String(p.id) === button.dataset.prescriptionId);
    if (!prescription) return;
    clear(byId('page-error'));
    clear(byId('order-status'));
    const action = button.dataset.action;
    const failed = (error) => showProblem(error);
    if (action === 'change') chart.orderForm.openChange(prescription, button).catch(failed);
    else if (action === 'sign') chart.orderForm.openDraft(prescription, button).catch(failed);
    else if (STATE_CHANGES[action]) openDialog(action, prescription, button);
  });
  section.addEventListener('toggle', (event) => {
    if (event.target.matches?.('details.versions') && event.target.open) showVersions(event.target);
  }, true);
}
