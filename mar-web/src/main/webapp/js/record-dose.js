// The recording panel: scan the wristband, scan the medicine, then check and record the dose as given or
// not given. The server makes every safety decision (right patient, product, strength, timing, limits,
// witness); this panel collects what it needs and shows its answer. Markup lives in mar.html. This module holds the
// panel's state and steps; record-dose-scan.js, record-dose-form.js and record-dose-submit.js do the work of each step.
import { byId, clear, h, icon, put } from './dom.js';
import { idempotentWriter } from './idempotent.js';
import { clockTime } from './mar-text.js';
import { medicineLine } from './medicine-text.js';
import {
  checkLate, NOTE_REQUIRED, setKey, showNotGiven, showTime,
} from './record-dose-form.js';
import {
  continueManual, handleScan, openManual, sameOrder,
} from './record-dose-scan.js';
import { askPharmacy, submit } from './record-dose-submit.js';
import { captureScans } from './scanner.js';

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
  const state = {
    target: null,
    step: 'wristband',
    wristband: null,
    product: null,
    scanned: null,
    identifiedBy: null,
    manualReason: null,
    entry: null,
    scheduledAt: null,
    busy: false,
  };

  const timeZone = () => getMar()?.timeZone;
  const entryFor = (order) => getMar()?.orders.find((candidate) => sameOrder(candidate.order, order)) ?? null;

  function showStep(next) {
    state.step = next;
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
    const { target } = state;
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
    Object.assign(state, {
      wristband: null, product: null, scanned: null, identifiedBy: null, manualReason: null, entry: null, scheduledAt: null,
    });
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

  // What the step modules (record-dose-scan.js, -form.js, -submit.js) work with.
  const ctx = {
    patientId, getMar, onRecorded, panel, alertBox, statusBox, scanInput, confirmForm, givenWriter, notGivenWriter, pharmacyWriter,
    state, timeZone, entryFor, showStep, showTarget, markInvalid, showMissing, reset, focusScan,
  };

  // ---- Wiring ----

  for (const input of panel.querySelectorAll('[aria-describedby]')) input.dataset.describedby = input.getAttribute('aria-describedby');
  byId('scan-form').addEventListener('submit', (event) => {
    event.preventDefault();
    handleScan(ctx, scanInput.value);
  });
  captureScans(document, (code) => {
    panel.scrollIntoView({ block: 'start' });
    handleScan(ctx, code);
  }, { isActive: () => !document.querySelector('dialog[open]') });
  byId('cannot-scan').addEventListener('click', () => openManual(ctx));
  byId('manual-form').addEventListener('submit', (event) => continueManual(ctx, event));
  byId('record-reset').addEventListener('click', () => {
    state.target = null;
    clear(statusBox);
    reset();
    focusScan();
  });
  // Enter in a field must never record a dose by itself: only the two buttons do.
  confirmForm.addEventListener('submit', (event) => event.preventDefault());
  byId('record-given').addEventListener('click', () => submit(ctx, 'GIVEN'));
  byId('record-not-given').addEventListener('click', () => submit(ctx, 'NOT_GIVEN'));
  byId('not-given-button').addEventListener('click', () => showNotGiven(ctx, true));
  byId('back-to-given').addEventListener('click', () => showNotGiven(ctx, false));
  byId('change-time').addEventListener('click', () => showTime(ctx, byId('given-at-field').hidden));
  byId('given-at').addEventListener('change', () => checkLate(ctx));
  byId('given-at').addEventListener('input', () => checkLate(ctx));
  byId('not-given-reason').addEventListener('change', () => {
    byId('ask-pharmacy').hidden = byId('not-given-reason').value !== 'DRUG_UNAVAILABLE';
    setKey(byId('not-given-note-label'), NOTE_REQUIRED.includes(byId('not-given-reason').value)
      ? 'recordPanel.noteRequired' : 'recordPanel.noteOptional');
  });
  byId('ask-pharmacy').addEventListener('click', () => askPharmacy(ctx));

  reset();
  return {
    /** Sets the panel up for one dose (scheduledAt null for a when-required order) and puts focus on the scan box. */
    openFor(prescriptionId, doseAt = null) {
      state.target = { prescriptionId, scheduledAt: doseAt };
      clear(statusBox);
      reset();
      panel.scrollIntoView({ block: 'start' });
      focusScan();
    },
  };
}
