// Recording the dose: sending it, the server's answer (saved, or a stop that says what to put right), and asking
// pharmacy for a dose that is not on the ward. ctx is the panel (record-dose.js).
import { byId, clear, enumText, h, icon } from './dom.js';
import { t } from './i18n.js';
import { doseText, recordedDoseParts } from './dose-text.js';
import { showStop, stopCode } from './mar-text.js';
import { showDoseStop } from './record-dose-due.js';
import {
  requestBody, showTime, showTimingReason, showWitness, validateGiven, validateNotGiven,
} from './record-dose-form.js';
import { tallMan } from './tall-man.js';
import { localTime } from './zoned-time.js';

const TIMING_STOPS = ['not-due', 'overdue-needs-reason', 'late-entry-needs-reason'];

function successMessage(record, order, timeZone) {
  const medicine = tallMan(order.medicine ?? order.productName ?? order.description ?? '');
  const time = localTime(record.administeredAt ?? record.recordedAt ?? new Date().toISOString(), timeZone);
  if (record.outcome === 'NOT_GIVEN') {
    return h('p', { class: 'message' }, icon('tick'),
      h('span', {}, h('span', { i18n: 'recordPanel.doneNotGiven', args: { medicine, time } }), ' ', enumText('notGivenReason', record.notGivenReason)));
  }
  const dose = doseText(recordedDoseParts(record), t);
  return h('p', { class: 'message' }, icon('tick'), h('span', { i18n: 'recordPanel.doneGiven', args: { medicine, dose, time } }));
}

function fieldFor(panel, name) {
  return name ? panel.querySelector(`#confirm-form [data-field="${CSS.escape(name)}"]`) : null;
}

export async function submit(ctx, outcome) {
  const { state } = ctx;
  if (state.busy || !state.entry) return;
  clear(ctx.statusBox);
  const problems = outcome === 'GIVEN' ? validateGiven(ctx) : validateNotGiven();
  if (problems.length > 0) {
    ctx.showMissing(problems);
    return;
  }
  clear(ctx.alertBox);
  ctx.markInvalid([]);
  state.busy = true;
  ctx.confirmForm.setAttribute('aria-busy', 'true');
  const order = state.entry.order;
  let record;
  try {
    record = await (outcome === 'GIVEN' ? ctx.givenWriter : ctx.notGivenWriter).post('api/v1/administrations', requestBody(ctx, outcome));
  } catch (error) {
    failed(ctx, error);
    return;
  } finally {
    state.busy = false;
    ctx.confirmForm.setAttribute('aria-busy', 'false');
    byId('witness-password').value = '';
  }
  state.target = null;
  ctx.reset();
  ctx.statusBox.replaceChildren(successMessage(record, order, ctx.timeZone()));
  ctx.focusScan();
  await ctx.onRecorded();
}

function failed(ctx, error) {
  const { state } = ctx;
  showDoseStop(error, ctx.alertBox);
  const code = stopCode(error.problem);
  if (TIMING_STOPS.includes(code)) {
    showTimingReason(true, code === 'late-entry-needs-reason' ? 'recordPanel.timingHintLate' : 'recordPanel.timingHintStop');
    byId('timing-reason').focus();
    return;
  }
  if (code === 'witness-required' || code === 'witness-not-authenticated') {
    showWitness(true);
    byId('witness-username').focus();
    return;
  }
  if (error.status === 409) {
    // Someone else recorded this dose: the chart must show their record before anyone tries again.
    state.target = null;
    ctx.reset({ keepMessages: true });
    ctx.focusScan();
    ctx.onRecorded();
    return;
  }
  if (error.problem?.field === 'administeredAt') showTime(ctx, true);
  const input = fieldFor(ctx.panel, error.problem?.field);
  if (input) ctx.markInvalid([input]);
  else ctx.alertBox.focus();
}

export async function askPharmacy(ctx) {
  const { state } = ctx;
  if (state.busy || !state.entry) return;
  state.busy = true;
  const order = state.entry.order;
  try {
    await ctx.pharmacyWriter.post(`api/v1/patients/${encodeURIComponent(ctx.patientId)}/missing-dose-requests`,
      { prescriptionId: order.id, note: byId('not-given-note').value.trim() || null });
  } catch (error) {
    showStop(error, ctx.alertBox);
    return;
  } finally {
    state.busy = false;
  }
  ctx.statusBox.replaceChildren(h('p', { class: 'message' }, icon('tick'),
    h('span', { i18n: 'recordPanel.pharmacyAsked', args: { medicine: order.medicine ?? order.productName ?? order.description ?? '' } })));
  byId('ask-pharmacy').hidden = true;
  await ctx.onRecorded();
}
