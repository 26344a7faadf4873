// The recording panel's first steps: the wristband and medicine scans (or identifying without a scan), and choosing
// the order when a product fits more than one. ctx is the panel (record-dose.js).
import { api } from './api.js';
import { byId, clear, h, icon } from './dom.js';
import { orderSummary, showStop, stopCode } from './mar-text.js';
import { formatNhsNumber, patientName } from './patient-facts.js';
import { showDoseStop } from './record-dose-due.js';
import { pickDose, prepareConfirm, showTimingReason } from './record-dose-form.js';
import { tallMan } from './tall-man.js';

export function sameOrder(a, b) {
  return String(a.id) === String(b.id) || (a.lineageId && a.lineageId === b.lineageId);
}

export async function handleScan(ctx, code) {
  const { state } = ctx;
  if (state.busy) return;
  if (!code || !code.trim()) {
    ctx.showMissing([[ctx.scanInput, 'recordPanel.scanEmpty']]);
    return;
  }
  if (state.step !== 'wristband' && state.step !== 'product') {
    ctx.alertBox.replaceChildren(h('p', { class: 'message' }, icon('alert'), h('span', { i18n: 'recordPanel.finishFirst' })));
    return;
  }
  clear(ctx.statusBox);
  clear(ctx.alertBox);
  ctx.markInvalid([]);
  ctx.scanInput.value = '';
  if (state.step === 'wristband') {
    await checkWristband(ctx, code);
    return;
  }
  state.product = code;
  try {
    state.scanned = await scanCheck(ctx, { wristband: state.wristband, product: state.product });
  } catch (error) {
    showStop(error, ctx.alertBox);
    // A different patient's wristband means starting again; any other stop keeps the wristband for the next product.
    if (stopCode(error.problem) === 'wrong-patient') ctx.reset({ keepMessages: true });
    ctx.focusScan();
    return;
  }
  state.identifiedBy = 'SCAN';
  chooseOrder(ctx, state.scanned.orders ?? []);
}

async function scanCheck(ctx, body) {
  ctx.state.busy = true;
  ctx.panel.setAttribute('aria-busy', 'true');
  try {
    return await api(`api/v1/patients/${encodeURIComponent(ctx.patientId)}/administrations/scan`, { method: 'POST', body });
  } finally {
    ctx.state.busy = false;
    ctx.panel.setAttribute('aria-busy', 'false');
  }
}

// The dose is checked against its window as soon as the order is known, before anything else is asked: one not due
// yet stops here, saying when it is due, and the wristband is kept for the next product. Giving it early stays
// possible, with the reason the server asks for.
async function confirmScanned(ctx, order, chosenDose) {
  const { state } = ctx;
  const dose = pickDose(ctx.entryFor(order), chosenDose);
  if (dose) {
    try {
      await scanCheck(ctx, {
        wristband: state.wristband, product: state.product, prescriptionId: order.id, scheduledAt: dose,
      });
    } catch (error) {
      ctx.showStep('product');
      const early = showDoseStop(error, ctx.alertBox, () => {
        clear(ctx.alertBox);
        prepareConfirm(ctx, order, dose);
        showTimingReason(true, 'recordPanel.timingHintStop');
        byId('timing-reason').focus();
      });
      if (early) ctx.alertBox.focus();
      else ctx.focusScan();
      return;
    }
  }
  prepareConfirm(ctx, order, dose);
}

// The wristband is checked against the chart the moment it is scanned: the tick only ever shows for this patient.
async function checkWristband(ctx, code) {
  const { state } = ctx;
  state.busy = true;
  ctx.panel.setAttribute('aria-busy', 'true');
  try {
    await api(`api/v1/patients/${encodeURIComponent(ctx.patientId)}/administrations/scan`, {
      method: 'POST', body: { wristband: code },
    });
  } catch (error) {
    showStop(error, ctx.alertBox);
    ctx.focusScan();
    return;
  } finally {
    state.busy = false;
    ctx.panel.setAttribute('aria-busy', 'false');
  }
  state.wristband = code;
  const line = byId('wristband-status');
  line.replaceChildren(icon('tick'), h('span', { i18n: 'recordPanel.wristbandScanned' }), ' ', h('strong', { class: 'scanned-code' }, code));
  line.hidden = false;
  ctx.showStep('product');
  ctx.focusScan();
}

function chooseOrder(ctx, orders) {
  const { state } = ctx;
  if (orders.length === 0) {
    ctx.alertBox.replaceChildren(h('p', { class: 'message' }, icon('alert'), h('span', { i18n: 'recordPanel.noOrders' })));
    ctx.focusScan();
    return;
  }
  if (state.target) {
    const wanted = orders.find((order) => sameOrder(order, { id: state.target.prescriptionId, lineageId: ctx.entryFor({ id: state.target.prescriptionId })?.order.lineageId }));
    if (wanted) {
      confirmScanned(ctx, wanted, state.target.scheduledAt);
      return;
    }
    // The product fits other orders but not the dose the nurse set out to give: they must choose on purpose.
    ctx.alertBox.replaceChildren(h('p', { class: 'message' }, icon('alert'), h('span', { i18n: 'recordPanel.notChosenOrder' })));
  } else if (orders.length === 1) {
    confirmScanned(ctx, orders[0], null);
    return;
  }
  const list = byId('order-choice-list');
  list.replaceChildren(...orders.map((order) => h('div', { class: 'choice' },
    h('p', { class: 'choice-order' }, orderSummary(order)),
    h('button', {
      type: 'button', class: 'button', 'data-action': 'choose-order', 'data-prescription-id': order.id, i18n: 'recordPanel.chooseOrder',
      'data-i18n-attr': 'aria-label:recordPanel.chooseOrderFor', args: { order: order.description ?? '' },
    }))));
  ctx.showStep('choose');
  list.querySelector('button')?.focus();
  list.onclick = (event) => {
    const button = event.target.closest('button[data-action="choose-order"]');
    const order = button && orders.find((candidate) => String(candidate.id) === button.dataset.prescriptionId);
    if (order) confirmScanned(ctx, order, null);
  };
}

export function openManual(ctx) {
  const { state } = ctx;
  clear(ctx.alertBox);
  clear(ctx.statusBox);
  ctx.markInvalid([]);
  const mar = ctx.getMar();
  const patient = mar.patient;
  byId('manual-patient-text').replaceChildren(h('span', {
    i18n: 'manual.confirmPatient',
    args: { name: patientName(patient), number: patient.hospitalNumber ?? '', nhs: formatNhsNumber(patient.nhsNumber) || '—' },
  }));
  const select = byId('manual-order');
  const active = mar.orders.filter((candidate) => ['VERIFIED', 'PENDING_VERIFICATION'].includes(candidate.order.status));
  select.replaceChildren(h('option', { value: '', i18n: 'common.choose' }),
    ...active.map((candidate) => h('option', { value: candidate.order.id, lang: 'en' }, tallMan(candidate.order.description ?? ''))));
  if (state.target) select.value = String(state.target.prescriptionId);
  ctx.showStep('manual');
  byId('manual-patient-confirmed').focus();
}

export function continueManual(ctx, event) {
  const { state } = ctx;
  event.preventDefault();
  const confirmed = byId('manual-patient-confirmed');
  const select = byId('manual-order');
  const reason = byId('manual-reason');
  const problems = [
    confirmed.checked ? null : [confirmed, 'manual.missingPatient'],
    select.value ? null : [select, 'manual.missingOrder'],
    reason.value.trim() ? null : [reason, 'manual.missingReason'],
  ].filter(Boolean);
  if (problems.length > 0) {
    ctx.showMissing(problems);
    return;
  }
  clear(ctx.alertBox);
  ctx.markInvalid([]);
  state.identifiedBy = 'MANUAL';
  state.manualReason = reason.value.trim();
  state.wristband = null;
  state.product = null;
  state.scanned = null;
  const chosen = ctx.getMar().orders.find((candidate) => String(candidate.order.id) === select.value);
  prepareConfirm(ctx, chosen.order, state.target && String(state.target.prescriptionId) === select.value ? state.target.scheduledAt : null);
}
