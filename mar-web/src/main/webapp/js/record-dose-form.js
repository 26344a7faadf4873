// The recording panel's confirm form: what it shows for the order and dose being recorded, what it checks before
// sending, and the request it sends. ctx is the panel (record-dose.js): its elements, its state and its steps.
import { byId, clear, enumText, h, put } from './dom.js';
import { t } from './i18n.js';
import { isPrnOrder } from './mar-grid.js';
import { isDoseRange, outsideRange, plainNumber } from './dose-text.js';
import { clockTime, orderSummary, prescribedDose } from './mar-text.js';
import { patientName } from './patient-facts.js';
import { fromInputValue, nowInputValue } from './zoned-time.js';

const LATE_AFTER_MS = 15 * 60 * 1000;
const INJECTION_ROUTES = ['IM', 'SC'];
// By mouth or through a tube there is no site to record, so the field is not shown.
const NO_SITE_ROUTES = ['PO', 'NG', 'PEG', 'SL', 'BUCCAL'];
const WITNESSED_SCHEDULES = [2, 3];
export const NOTE_REQUIRED = ['CLINICAL_HOLD', 'VOMITING', 'SELF_ADMINISTERED', 'OTHER'];
const UNRECORDED = ['DUE', 'OVERDUE'];
const msOf = (instant) => new Date(instant).getTime();

export function setKey(element, key, args) {
  element.dataset.i18n = key;
  if (args) element.dataset.i18nArgs = JSON.stringify(args);
  else delete element.dataset.i18nArgs;
  element.textContent = t(key, args ?? {});
}

// The dose the record is for: the one chosen on the chart, else the earliest still owed, else the next to come.
export function pickDose(chartEntry, chosen) {
  if (!chartEntry || isPrnOrder(chartEntry)) return null;
  if (chosen) return chosen;
  const open = chartEntry.doses.filter((dose) => !dose.administrationId).sort((a, b) => msOf(a.scheduledAt) - msOf(b.scheduledAt));
  return (open.find((dose) => UNRECORDED.includes(dose.state)) ?? open.find((dose) => dose.state === 'NOT_YET_DUE'))?.scheduledAt ?? null;
}

/**
 * The second person's fields: a controlled drug's witness, or the second check the site asks for a medicine
 * ({@code secondCheck}, the site's reason, shown as written).
 */
export function showWitness(visible, secondCheck = null) {
  byId('witness-fields').hidden = !visible;
  setKey(byId('witness-legend'), secondCheck ? 'recordPanel.secondCheck' : 'recordPanel.witness');
  byId('witness-reason').textContent = secondCheck ?? '';
  byId('witness-reason').hidden = !secondCheck;
  if (!visible) {
    byId('witness-username').value = '';
    byId('witness-password').value = '';
  }
}

export function showTimingReason(visible, key = 'recordPanel.timingHintLate') {
  byId('timing-reason-field').hidden = !visible;
  setKey(byId('timing-reason-hint'), key);
}

export function checkLate(ctx) {
  const at = fromInputValue(byId('given-at').value, ctx.timeZone());
  const late = Boolean(at) && Date.now() - msOf(at) > LATE_AFTER_MS;
  if (late) showTimingReason(true, 'recordPanel.timingHintLate');
  else if (byId('timing-reason-hint').dataset.i18n === 'recordPanel.timingHintLate') showTimingReason(false);
}

// The time given is folded behind "Change time": left alone it means now, and the decision stays in view.
export function showTime(ctx, visible) {
  byId('given-at-field').hidden = !visible;
  byId('change-time').setAttribute('aria-expanded', String(visible));
  if (visible) {
    byId('given-at').focus();
    return;
  }
  byId('given-at').value = nowInputValue(ctx.timeZone());
  checkLate(ctx);
}

export function showNotGiven(ctx, visible) {
  byId('given-fields').hidden = visible;
  byId('given-actions').hidden = visible;
  byId('not-given-fields').hidden = !visible;
  byId('not-given-actions').hidden = !visible;
  clear(ctx.alertBox);
  ctx.markInvalid([]);
  (visible ? byId('not-given-reason') : byId('dose-amount')).focus();
}

export function prepareConfirm(ctx, order, chosenDose) {
  const { state } = ctx;
  const chartEntry = ctx.entryFor(order);
  state.entry = chartEntry ?? { order, doses: [], prn: null };
  const fullOrder = chartEntry?.order ?? order;
  state.scheduledAt = pickDose(chartEntry, chosenDose);
  ctx.givenWriter.renew();
  ctx.notGivenWriter.renew();
  ctx.pharmacyWriter.renew();
  ctx.confirmForm.reset();
  ctx.markInvalid([]);
  const prn = isPrnOrder(state.entry);
  const schedule = Number(fullOrder.controlledDrugSchedule);
  const patient = ctx.getMar().patient;
  const due = state.scheduledAt && state.entry.doses.find((dose) => msOf(dose.scheduledAt) === msOf(state.scheduledAt));
  // A GS1 barcode that carried both is shown as read, not as two more fields to pass on the way to Given.
  const scannedBatch = state.scanned?.batch && /^\d{4}-\d{2}-\d{2}$/.test(state.scanned.expiry ?? '') ? state.scanned : null;

  put(byId('confirm-order'),
    h('p', { class: 'confirm-patient' }, h('span', { i18n: 'recordPanel.patient' }), ' ',
      h('strong', {}, patientName(patient)), ' · ', patient.hospitalNumber ?? ''),
    h('p', { class: 'confirm-summary' }, orderSummary(fullOrder)),
    h('p', {}, h('span', { i18n: 'recordPanel.prescribedDose' }), ' ', h('strong', { id: 'confirm-dose' }, prescribedDose(fullOrder))),
    prn
      ? h('p', {}, h('span', { i18n: 'recordPanel.whenRequired' }),
        fullOrder.prnReason ? [' — ', h('span', { i18n: 'prn.for' }), ' ', h('span', { lang: 'en' }, fullOrder.prnReason)] : null)
      : h('p', { id: 'confirm-due' }, state.scheduledAt
        ? [h('span', { i18n: 'recordPanel.dueAt' }), ' ', clockTime(state.scheduledAt, ctx.timeZone()), due ? [' · ', enumText('doseState', due.state)] : null]
        : h('span', { i18n: 'recordPanel.noDoseDue' })),
    state.identifiedBy === 'MANUAL'
      ? h('p', { class: 'secondary' }, h('span', { i18n: 'record.manual' }), ' ', h('span', { lang: 'en' }, state.manualReason))
      : null,
    scannedBatch ? h('p', { id: 'confirm-batch' }, h('span', { i18n: 'recordPanel.scannedBatch', args: { batch: scannedBatch.batch } }), ' ',
      h('time', { datetime: scannedBatch.expiry, 'data-i18n-date': 'date' })) : null);

  const correction = fullOrder.correctionScaleText ? correctionDose(fullOrder.correctionNow, ctx.timeZone()) : null;
  const range = isDoseRange(fullOrder);
  // a range order's amount is the nurse's choice within it: nothing is filled in, so the record says what they gave
  const amount = byId('dose-amount');
  amount.value = correction ? correction.units : range ? '' : fullOrder.dose ?? '';
  const rangeHint = byId('dose-range-hint');
  rangeHint.hidden = !range && !correction;
  // the panel's markInvalid puts dataset.describedby back when the field's error clears
  if (range || correction) {
    if (correction) put(rangeHint, ...correction.words);
    else put(rangeHint, h('span', { i18n: 'recordPanel.rangeHint' }), ' ', prescribedDose(fullOrder));
    amount.dataset.describedby = 'dose-range-hint';
    amount.setAttribute('aria-describedby', 'dose-range-hint');
  } else {
    clear(rangeHint);
    delete amount.dataset.describedby;
    amount.removeAttribute('aria-describedby');
  }
  const units = [...new Set([...(fullOrder.doseUnits ?? []), fullOrder.doseUnit].filter(Boolean))];
  const unitSelect = byId('dose-unit');
  unitSelect.replaceChildren(...units.map((unit) => h('option', { value: unit }, enumText('doseUnit', unit))));
  unitSelect.value = fullOrder.doseUnit ?? units[0] ?? '';
  byId('dose-route').replaceChildren(enumText('route', fullOrder.route));
  const injection = INJECTION_ROUTES.includes(fullOrder.route);
  setKey(byId('dose-site-label'), injection ? 'recordPanel.siteRequired' : 'recordPanel.siteOptional');
  byId('dose-site').toggleAttribute('required', injection);
  byId('dose-site-field').hidden = NO_SITE_ROUTES.includes(fullOrder.route);
  for (const field of ctx.panel.querySelectorAll('.batch-field')) field.hidden = Boolean(scannedBatch);
  byId('dose-batch').value = state.scanned?.batch ?? '';
  byId('dose-expiry').value = /^\d{4}-\d{2}-\d{2}$/.test(state.scanned?.expiry ?? '') ? state.scanned.expiry : '';
  byId('prn-reason-field').hidden = !prn;
  showTime(ctx, false);
  showTimingReason(false);
  const secondCheck = WITNESSED_SCHEDULES.includes(schedule) ? null : fullOrder.secondCheck;
  showWitness(WITNESSED_SCHEDULES.includes(schedule) || Boolean(secondCheck), secondCheck);
  byId('given-fields').hidden = false;
  byId('given-actions').hidden = false;
  byId('not-given-fields').hidden = true;
  byId('not-given-actions').hidden = true;
  byId('ask-pharmacy').hidden = true;
  setKey(byId('not-given-note-label'), 'recordPanel.noteOptional');
  ctx.showStep('confirm');
  ctx.panel.scrollIntoView({ block: 'start' });
  byId('confirm-heading').focus({ preventScroll: true });
}

/**
 * An insulin correction order's dose is what its scale gives at the latest blood glucose: filled in, with the reading it
 * follows. The server decides it again when the dose is recorded, and refuses a reading already acted on.
 */
function correctionDose(now, timeZone) {
  if (!now) return { units: '', words: [h('span', { i18n: 'recordPanel.correction.noReading' })] };
  const latest = [h('span', { i18n: 'recordPanel.correction.latest', args: { glucose: plainNumber(now.glucose) } }), ' ',
    clockTime(now.measuredAt, timeZone), '. '];
  return Number(now.units) > 0
    ? { units: plainNumber(now.units), words: [...latest, h('span', { i18n: 'recordPanel.correction.gives', args: { units: plainNumber(now.units) } })] }
    : { units: '', words: [...latest, h('span', { i18n: 'recordPanel.correction.none' })] };
}

export function validateGiven(ctx) {
  const problems = [];
  const amount = byId('dose-amount');
  if (!(Number(amount.value) > 0) || amount.validity.badInput) problems.push([amount, 'recordPanel.missingDose']);
  else if (outsideRange(ctx.state.entry?.order, amount.value, byId('dose-unit').value)) {
    problems.push([amount, 'recordPanel.outsideRange']);
  }
  const site = byId('dose-site');
  if (site.required && !site.value.trim()) problems.push([site, 'recordPanel.missingSite']);
  const prnReason = byId('prn-reason');
  // a correction dose's record already says the reading it follows: the nurse's reason is optional
  const reasonNeeded = !byId('prn-reason-field').hidden && !ctx.state.entry?.order?.correctionScaleText;
  if (reasonNeeded && !prnReason.value.trim()) problems.push([prnReason, 'recordPanel.missingPrnReason']);
  const givenAt = byId('given-at');
  const at = fromInputValue(givenAt.value, ctx.timeZone());
  if (givenAt.value && (!at || msOf(at) > Date.now() + 60000)) problems.push([givenAt, 'recordPanel.badTime']);
  const timing = byId('timing-reason');
  if (!byId('timing-reason-field').hidden && !timing.value.trim()) problems.push([timing, 'recordPanel.missingTimingReason']);
  if (!byId('witness-fields').hidden) {
    if (!byId('witness-username').value.trim()) problems.push([byId('witness-username'), 'recordPanel.missingWitness']);
    if (!byId('witness-password').value) problems.push([byId('witness-password'), 'recordPanel.missingWitnessPassword']);
  }
  return problems;
}

export function validateNotGiven() {
  const reason = byId('not-given-reason');
  const note = byId('not-given-note');
  return [
    reason.value ? null : [reason, 'recordPanel.missingReason'],
    NOTE_REQUIRED.includes(reason.value) && !note.value.trim() ? [note, 'recordPanel.missingNote'] : null,
  ].filter(Boolean);
}

export function requestBody(ctx, outcome) {
  const { state } = ctx;
  const text = (id) => byId(id).value.trim() || null;
  const given = outcome === 'GIVEN';
  const givenAtValue = byId('given-at').value;
  const at = given ? fromInputValue(givenAtValue, ctx.timeZone()) : null;
  // Left at the prefilled minute, the time means "now": the server's clock decides it, not this screen's.
  const changed = at && Math.abs(msOf(at) - Date.now()) > 60000;
  return {
    // The server's own id, not the text from the address bar, so its type is the one the API gave out.
    patientId: ctx.getMar().patient.id ?? ctx.patientId,
    prescriptionId: state.entry.order.id,
    scheduledAt: state.scheduledAt ?? null,
    outcome,
    identifiedBy: state.identifiedBy,
    wristband: state.wristband,
    product: state.product,
    manualReason: state.manualReason,
    dose: given ? Number(byId('dose-amount').value) : null,
    doseUnit: given ? byId('dose-unit').value : null,
    route: state.entry.order.route,
    site: given && !byId('dose-site-field').hidden ? text('dose-site') : null,
    batch: given ? text('dose-batch') : null,
    expiry: given ? text('dose-expiry') : null,
    reason: given ? null : byId('not-given-reason').value,
    note: given ? null : text('not-given-note'),
    prnReason: given && !byId('prn-reason-field').hidden ? text('prn-reason') : null,
    timingReason: byId('timing-reason-field').hidden ? null : text('timing-reason'),
    administeredAt: changed ? at : null,
    witness: given && !byId('witness-fields').hidden
      ? { username: byId('witness-username').value.trim(), password: byId('witness-password').value }
      : null,
  };
}
