// The recording panel: scan the wristband, scan the medicine, then check and record the dose as given or
// not given. The server makes every safety decision (right patient, product, strength, timing, limits,
// witness); this panel collects what it needs and shows its answer. Markup lives in mar.html.
import { api } from './api.js';
import { byId, clear, enumText, h, icon, put } from './dom.js';
import { t } from './i18n.js';
import { idempotentWriter } from './idempotent.js';
import { isPrnOrder } from './mar-grid.js';
import { clockTime, orderSummary, prescribedDose, showStop, stopCode } from './mar-text.js';
import { formatNhsNumber, patientName } from './patient-facts.js';
import { captureScans } from './scanner.js';
import { fromInputValue, localTime, nowInputValue } from './zoned-time.js';
import { medicineLine } from './medicine-text.js';
import { tallMan } from './tall-man.js';
import { doseText, recordedDoseParts } from './dose-text.js';

const LATE_AFTER_MS = 15 * 60 * 1000;
const INJECTION_ROUTES = ['IM', 'SC'];
const WITNESSED_SCHEDULES = [2, 3];
const NOTE_REQUIRED = ['CLINICAL_HOLD', 'VOMITING', 'SELF_ADMINISTERED', 'OTHER'];
const TIMING_STOPS = ['not-due', 'overdue-needs-reason', 'late-entry-needs-reason'];
const UNRECORDED = ['DUE', 'OVERDUE'];
const msOf = (instant) => new Date(instant).getTime();

function sameOrder(a, b) {
  return String(a.id) === String(b.id) || (a.lineageId && a.lineageId === b.lineageId);
}

function setKey(element, key, args) {
  element.dataset.i18n = key;
  if (args) element.dataset.i18nArgs = JSON.stringify(args);
  else delete element.dataset.i18nArgs;
  element.textContent = t(key, args ?? {});
}

// mayGive: false for a pharmacist who is not also a nurse or prescriber, whom the server lets record NOT_GIVEN only.
export function createRecordPanel({
  patientId, getMar, onRecorded, mayGive = true,
}) {
  byId('record-given').hidden = !mayGive;
  byId('given-by-giver-note').hidden = mayGive;
  const panel = byId('record-panel');
  const alertBox = byId('record-alert');
  const statusBox = byId('record-status');
  const scanInput = byId('scan-input');
  const confirmForm = byId('confirm-form');
  const givenWriter = idempotentWriter();
  const notGivenWriter = idempotentWriter();
  const pharmacyWriter = idempotentWriter();

  // What the nurse chose on the chart (or the page was opened for), and what has been collected since.
  let target = null;
  let step = 'wristband';
  let wristband = null;
  let product = null;
  let scanned = null;
  let identifiedBy = null;
  let manualReason = null;
  let entry = null;
  let scheduledAt = null;
  let busy = false;

  const timeZone = () => getMar()?.timeZone;
  const entryFor = (order) => getMar()?.orders.find((candidate) => sameOrder(candidate.order, order)) ?? null;

  function showStep(next) {
    step = next;
    panel.dataset.step = next;
    for (const item of byId('record-steps').children) {
      if (item.dataset.step === (next === 'choose' || next === 'manual' ? 'product' : next)) item.setAttribute('aria-current', 'step');
      else item.removeAttribute('aria-current');
    }
    byId('scan-form').hidden = !(next === 'wristband' || next === 'product');
    byId('order-choice').hidden = next !== 'choose';
    byId('manual-form').hidden = next !== 'manual';
    confirmForm.hidden = next !== 'confirm';
    byId('cannot-scan').hidden = next === 'manual' || next === 'confirm';
    setKey(byId('scan-label'), next === 'product' ? 'recordPanel.scanProduct' : 'recordPanel.scanWristband');
  }

  function showTarget() {
    const line = byId('record-target');
    const chosen = target && entryFor({ id: target.prescriptionId });
    line.hidden = !chosen;
    if (!chosen) return;
    put(line, h('span', { i18n: 'recordPanel.for' }), ' ', medicineLine(chosen.order),
      target.scheduledAt ? [' · ', h('span', { i18n: 'recordPanel.dueAt' }), ' ', clockTime(target.scheduledAt, timeZone())] : null);
  }

  function markInvalid(fields) {
    for (const input of panel.querySelectorAll('[aria-invalid]')) {
      input.removeAttribute('aria-invalid');
      input.setAttribute('aria-describedby', input.dataset.describedby ?? '');
      if (!input.dataset.describedby) input.removeAttribute('aria-describedby');
    }
    for (const input of fields) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', [input.dataset.describedby, alertBox.id].filter(Boolean).join(' '));
    }
    fields[0]?.focus();
  }

  function showMissing(problems) {
    alertBox.replaceChildren(h('p', { class: 'message' }, icon('alert'), h('span', { i18n: 'recordPanel.correct' })),
      h('ul', { class: 'missing-list' }, problems.map(([, key]) => h('li', { i18n: key }))));
    markInvalid(problems.map(([input]) => input));
  }

  function reset({ keepMessages = false } = {}) {
    wristband = null;
    product = null;
    scanned = null;
    identifiedBy = null;
    manualReason = null;
    entry = null;
    scheduledAt = null;
    if (!keepMessages) clear(alertBox);
    markInvalid([]);
    scanInput.value = '';
    byId('wristband-status').hidden = true;
    byId('manual-form').reset();
    confirmForm.reset();
    showStep('wristband');
    showTarget();
  }

  function focusScan() {
    scanInput.focus();
  }

  // ---- Scanning ----

  async function handleScan(code) {
    if (busy) return;
    if (!code || !code.trim()) {
      showMissing([[scanInput, 'recordPanel.scanEmpty']]);
      return;
    }
    if (step !== 'wristband' && step !== 'product') {
      alertBox.replaceChildren(h('p', { class: 'message' }, icon('alert'), h('span', { i18n: 'recordPanel.finishFirst' })));
      return;
    }
    clear(statusBox);
    clear(alertBox);
    markInvalid([]);
    scanInput.value = '';
    if (step === 'wristband') {
      wristband = code;
      const line = byId('wristband-status');
      line.replaceChildren(icon('tick'), h('span', { i18n: 'recordPanel.wristbandScanned' }), ' ', h('strong', { class: 'scanned-code' }, code));
      line.hidden = false;
      showStep('product');
      focusScan();
      return;
    }
    product = code;
    busy = true;
    panel.setAttribute('aria-busy', 'true');
    try {
      scanned = await api(`api/v1/patients/${encodeURIComponent(patientId)}/administrations/scan`, {
        method: 'POST', body: { wristband, product },
      });
    } catch (error) {
      showStop(error, alertBox);
      // A different patient's wristband means starting again; any other stop keeps the wristband for the next product.
      if (stopCode(error.problem) === 'wrong-patient') reset({ keepMessages: true });
      focusScan();
      return;
    } finally {
      busy = false;
      panel.setAttribute('aria-busy', 'false');
    }
    identifiedBy = 'SCAN';
    chooseOrder(scanned.orders ?? []);
  }

  function chooseOrder(orders) {
    if (orders.length === 0) {
      alertBox.replaceChildren(h('p', { class: 'message' }, icon('alert'), h('span', { i18n: 'recordPanel.noOrders' })));
      focusScan();
      return;
    }
    if (target) {
      const wanted = orders.find((order) => sameOrder(order, { id: target.prescriptionId, lineageId: entryFor({ id: target.prescriptionId })?.order.lineageId }));
      if (wanted) {
        prepareConfirm(wanted, target.scheduledAt);
        return;
      }
      // The product fits other orders but not the dose the nurse set out to give: they must choose on purpose.
      alertBox.replaceChildren(h('p', { class: 'message' }, icon('alert'), h('span', { i18n: 'recordPanel.notChosenOrder' })));
    } else if (orders.length === 1) {
      prepareConfirm(orders[0], null);
      return;
    }
    const list = byId('order-choice-list');
    list.replaceChildren(...orders.map((order) => h('div', { class: 'choice' },
      h('p', { class: 'choice-order' }, orderSummary(order)),
      h('button', {
        type: 'button', class: 'button', 'data-action': 'choose-order', 'data-prescription-id': order.id, i18n: 'recordPanel.chooseOrder',
        'data-i18n-attr': 'aria-label:recordPanel.chooseOrderFor', args: { order: order.description ?? '' },
      }))));
    showStep('choose');
    list.querySelector('button')?.focus();
    list.onclick = (event) => {
      const button = event.target.closest('button[data-action="choose-order"]');
      const order = button && orders.find((candidate) => String(candidate.id) === button.dataset.prescriptionId);
      if (order) prepareConfirm(order, null);
    };
  }

  // The dose the record is for: the one chosen on the chart, else the earliest still owed, else the next to come.
  function pickDose(chartEntry, chosen) {
    if (!chartEntry || isPrnOrder(chartEntry)) return null;
    if (chosen) return chosen;
    const open = chartEntry.doses.filter((dose) => !dose.administrationId).sort((a, b) => msOf(a.scheduledAt) - msOf(b.scheduledAt));
    return (open.find((dose) => UNRECORDED.includes(dose.state)) ?? open.find((dose) => dose.state === 'NOT_YET_DUE'))?.scheduledAt ?? null;
  }

  // ---- Identifying without a scan ----

  function openManual() {
    clear(alertBox);
    clear(statusBox);
    markInvalid([]);
    const mar = getMar();
    const patient = mar.patient;
    byId('manual-patient-text').replaceChildren(h('span', {
      i18n: 'manual.confirmPatient',
      args: { name: patientName(patient), number: patient.hospitalNumber ?? '', nhs: formatNhsNumber(patient.nhsNumber) || '—' },
    }));
    const select = byId('manual-order');
    const active = mar.orders.filter((candidate) => ['VERIFIED', 'PENDING_VERIFICATION'].includes(candidate.order.status));
    select.replaceChildren(h('option', { value: '', i18n: 'common.choose' }),
      ...active.map((candidate) => h('option', { value: candidate.order.id, lang: 'en' }, tallMan(candidate.order.description ?? ''))));
    if (target) select.value = String(target.prescriptionId);
    showStep('manual');
    byId('manual-patient-confirmed').focus();
  }

  function continueManual(event) {
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
      showMissing(problems);
      return;
    }
    clear(alertBox);
    markInvalid([]);
    identifiedBy = 'MANUAL';
    manualReason = reason.value.trim();
    wristband = null;
    product = null;
    scanned = null;
    const chosen = getMar().orders.find((candidate) => String(candidate.order.id) === select.value);
    prepareConfirm(chosen.order, target && String(target.prescriptionId) === select.value ? target.scheduledAt : null);
  }

  // ---- The confirm form ----

  function showWitness(visible) {
    byId('witness-fields').hidden = !visible;
    if (!visible) {
      byId('witness-username').value = '';
      byId('witness-password').value = '';
    }
  }

  function showTimingReason(visible, key = 'recordPanel.timingHintLate') {
    byId('timing-reason-field').hidden = !visible;
    setKey(byId('timing-reason-hint'), key);
  }

  function checkLate() {
    const at = fromInputValue(byId('given-at').value, timeZone());
    const late = Boolean(at) && Date.now() - msOf(at) > LATE_AFTER_MS;
    if (late) showTimingReason(true, 'recordPanel.timingHintLate');
    else if (byId('timing-reason-hint').dataset.i18n === 'recordPanel.timingHintLate') showTimingReason(false);
  }

  function showNotGiven(visible) {
    byId('given-fields').hidden = visible;
    byId('given-actions').hidden = visible;
    byId('not-given-fields').hidden = !visible;
    byId('not-given-actions').hidden = !visible;
    clear(alertBox);
    markInvalid([]);
    (visible ? byId('not-given-reason') : byId('dose-amount')).focus();
  }

  function prepareConfirm(order, chosenDose) {
    const chartEntry = entryFor(order);
    entry = chartEntry ?? { order, doses: [], prn: null };
    const fullOrder = chartEntry?.order ?? order;
    scheduledAt = pickDose(chartEntry, chosenDose);
    givenWriter.renew();
    notGivenWriter.renew();
    pharmacyWriter.renew();
    confirmForm.reset();
    markInvalid([]);
    const prn = isPrnOrder(entry);
    const schedule = Number(fullOrder.controlledDrugSchedule);
    const patient = getMar().patient;
    const due = scheduledAt && entry.doses.find((dose) => msOf(dose.scheduledAt) === msOf(scheduledAt));

    put(byId('confirm-order'),
      h('p', { class: 'confirm-patient' }, h('span', { i18n: 'recordPanel.patient' }), ' ',
        h('strong', {}, patientName(patient)), ' · ', patient.hospitalNumber ?? ''),
      h('p', { class: 'confirm-summary' }, orderSummary(fullOrder)),
      h('p', {}, h('span', { i18n: 'recordPanel.prescribedDose' }), ' ', h('strong', { id: 'confirm-dose' }, prescribedDose(fullOrder))),
      prn
        ? h('p', {}, h('span', { i18n: 'recordPanel.whenRequired' }),
          fullOrder.prnReason ? [' — ', h('span', { i18n: 'prn.for' }), ' ', h('span', { lang: 'en' }, fullOrder.prnReason)] : null)
        : h('p', { id: 'confirm-due' }, scheduledAt
          ? [h('span', { i18n: 'recordPanel.dueAt' }), ' ', clockTime(scheduledAt, timeZone()), due ? [' · ', enumText('doseState', due.state)] : null]
          : h('span', { i18n: 'recordPanel.noDoseDue' })),
      identifiedBy === 'MANUAL'
        ? h('p', { class: 'secondary' }, h('span', { i18n: 'record.manual' }), ' ', h('span', { lang: 'en' }, manualReason))
        : null);

    byId('dose-amount').value = fullOrder.dose ?? '';
    const units = [...new Set([...(fullOrder.doseUnits ?? []), fullOrder.doseUnit].filter(Boolean))];
    const unitSelect = byId('dose-unit');
    unitSelect.replaceChildren(...units.map((unit) => h('option', { value: unit }, enumText('doseUnit', unit))));
    unitSelect.value = fullOrder.doseUnit ?? units[0] ?? '';
    byId('dose-route').replaceChildren(enumText('route', fullOrder.route));
    const injection = INJECTION_ROUTES.includes(fullOrder.route);
    setKey(byId('dose-site-label'), injection ? 'recordPanel.siteRequired' : 'recordPanel.siteOptional');
    byId('dose-site').toggleAttribute('required', injection);
    byId('dose-batch').value = scanned?.batch ?? '';
    byId('dose-expiry').value = /^\d{4}-\d{2}-\d{2}$/.test(scanned?.expiry ?? '') ? scanned.expiry : '';
    byId('prn-reason-field').hidden = !prn;
    byId('given-at').value = nowInputValue(timeZone());
    showTimingReason(false);
    showWitness(WITNESSED_SCHEDULES.includes(schedule));
    byId('given-fields').hidden = false;
    byId('given-actions').hidden = false;
    byId('not-given-fields').hidden = true;
    byId('not-given-actions').hidden = true;
    byId('ask-pharmacy').hidden = true;
    setKey(byId('not-given-note-label'), 'recordPanel.noteOptional');
    showStep('confirm');
    byId('confirm-heading').focus();
  }

  function validateGiven() {
    const problems = [];
    const amount = byId('dose-amount');
    if (!(Number(amount.value) > 0) || amount.validity.badInput) problems.push([amount, 'recordPanel.missingDose']);
    const site = byId('dose-site');
    if (site.required && !site.value.trim()) problems.push([site, 'recordPanel.missingSite']);
    const prnReason = byId('prn-reason');
    if (!byId('prn-reason-field').hidden && !prnReason.value.trim()) problems.push([prnReason, 'recordPanel.missingPrnReason']);
    const givenAt = byId('given-at');
    const at = fromInputValue(givenAt.value, timeZone());
    if (givenAt.value && (!at || msOf(at) > Date.now() + 60000)) problems.push([givenAt, 'recordPanel.badTime']);
    const timing = byId('timing-reason');
    if (!byId('timing-reason-field').hidden && !timing.value.trim()) problems.push([timing, 'recordPanel.missingTimingReason']);
    if (!byId('witness-fields').hidden) {
      if (!byId('witness-username').value.trim()) problems.push([byId('witness-username'), 'recordPanel.missingWitness']);
      if (!byId('witness-password').value) problems.push([byId('witness-password'), 'recordPanel.missingWitnessPassword']);
    }
    return problems;
  }

  function validateNotGiven() {
    const reason = byId('not-given-reason');
    const note = byId('not-given-note');
    return [
      reason.value ? null : [reason, 'recordPanel.missingReason'],
      NOTE_REQUIRED.includes(reason.value) && !note.value.trim() ? [note, 'recordPanel.missingNote'] : null,
    ].filter(Boolean);
  }

  function body(outcome) {
    const text = (id) => byId(id).value.trim() || null;
    const given = outcome === 'GIVEN';
    const givenAtValue = byId('given-at').value;
    const at = given ? fromInputValue(givenAtValue, timeZone()) : null;
    // Left at the prefilled minute, the time means "now": the server's clock decides it, not this screen's.
    const changed = at && Math.abs(msOf(at) - Date.now()) > 60000;
    return {
      // The server's own id, not the text from the address bar, so its type is the one the API gave out.
      patientId: getMar().patient.id ?? patientId,
      prescriptionId: entry.order.id,
      scheduledAt: scheduledAt ?? null,
      outcome,
      identifiedBy,
      wristband,
      product,
      manualReason,
      dose: given ? Number(byId('dose-amount').value) : null,
      doseUnit: given ? byId('dose-unit').value : null,
      route: entry.order.route,
      site: given ? text('dose-site') : null,
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

  function successMessage(record, order) {
    const medicine = tallMan(order.medicine ?? order.productName ?? order.description ?? '');
    const time = localTime(record.administeredAt ?? record.recordedAt ?? new Date().toISOString(), timeZone());
    if (record.outcome === 'NOT_GIVEN') {
      return h('p', { class: 'message' }, icon('tick'),
        h('span', {}, h('span', { i18n: 'recordPanel.doneNotGiven', args: { medicine, time } }), ' ', enumText('notGivenReason', record.notGivenReason)));
    }
    const dose = doseText(recordedDoseParts(record), t);
    return h('p', { class: 'message' }, icon('tick'), h('span', { i18n: 'recordPanel.doneGiven', args: { medicine, dose, time } }));
  }

  function fieldFor(name) {
    return name ? panel.querySelector(`#confirm-form [data-field="${CSS.escape(name)}"]`) : null;
  }

  async function submit(outcome) {
    if (busy || !entry) return;
    clear(statusBox);
    const problems = outcome === 'GIVEN' ? validateGiven() : validateNotGiven();
    if (problems.length > 0) {
      showMissing(problems);
      return;
    }
    clear(alertBox);
    markInvalid([]);
    busy = true;
    confirmForm.setAttribute('aria-busy', 'true');
    const order = entry.order;
    let record;
    try {
      record = await (outcome === 'GIVEN' ? givenWriter : notGivenWriter).post('api/v1/administrations', body(outcome));
    } catch (error) {
      failed(error);
      return;
    } finally {
      busy = false;
      confirmForm.setAttribute('aria-busy', 'false');
      byId('witness-password').value = '';
    }
    target = null;
    reset();
    statusBox.replaceChildren(successMessage(record, order));
    focusScan();
    await onRecorded();
  }

  function failed(error) {
    showStop(error, alertBox);
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
      target = null;
      reset({ keepMessages: true });
      focusScan();
      onRecorded();
      return;
    }
    const input = fieldFor(error.problem?.field);
    if (input) markInvalid([input]);
    else alertBox.focus();
  }

  async function askPharmacy() {
    if (busy || !entry) return;
    busy = true;
    const order = entry.order;
    try {
      await pharmacyWriter.post(`api/v1/patients/${encodeURIComponent(patientId)}/missing-dose-requests`,
        { prescriptionId: order.id, note: byId('not-given-note').value.trim() || null });
    } catch (error) {
      showStop(error, alertBox);
      return;
    } finally {
      busy = false;
    }
    statusBox.replaceChildren(h('p', { class: 'message' }, icon('tick'),
      h('span', { i18n: 'recordPanel.pharmacyAsked', args: { medicine: order.medicine ?? order.productName ?? order.description ?? '' } })));
    byId('ask-pharmacy').hidden = true;
    await onRecorded();
  }

  // ---- Wiring ----

  for (const input of panel.querySelectorAll('[aria-describedby]')) input.dataset.describedby = input.getAttribute('aria-describedby');
  byId('scan-form').addEventListener('submit', (event) => {
    event.preventDefault();
    handleScan(scanInput.value);
  });
  captureScans(document, (code) => {
    panel.scrollIntoView({ block: 'start' });
    handleScan(code);
  }, { isActive: () => !document.querySelector('dialog[open]') });
  byId('cannot-scan').addEventListener('click', openManual);
  byId('manual-form').addEventListener('submit', continueManual);
  byId('record-reset').addEventListener('click', () => {
    target = null;
    clear(statusBox);
    reset();
    focusScan();
  });
  // Enter in a field must never record a dose by itself: only the two buttons do.
  confirmForm.addEventListener('submit', (event) => event.preventDefault());
  byId('record-given').addEventListener('click', () => submit('GIVEN'));
  byId('record-not-given').addEventListener('click', () => submit('NOT_GIVEN'));
  byId('not-given-button').addEventListener('click', () => showNotGiven(true));
  byId('back-to-given').addEventListener('click', () => showNotGiven(false));
  byId('given-at').addEventListener('change', checkLate);
  byId('given-at').addEventListener('input', checkLate);
  byId('not-given-reason').addEventListener('change', () => {
    byId('ask-pharmacy').hidden = byId('not-given-reason').value !== 'DRUG_UNAVAILABLE';
    setKey(byId('not-given-note-label'), NOTE_REQUIRED.includes(byId('not-given-reason').value)
      ? 'recordPanel.noteRequired' : 'recordPanel.noteOptional');
  });
  byId('ask-pharmacy').addEventListener('click', askPharmacy);

  reset();
  return {
    /** Sets the panel up for one dose (scheduledAt null for a when-required order) and puts focus on the scan box. */
    openFor(prescriptionId, doseAt = null) {
      target = { prescriptionId, scheduledAt: doseAt };
      clear(statusBox);
      reset();
      panel.scrollIntoView({ block: 'start' });
      focusScan();
    },
  };
}
