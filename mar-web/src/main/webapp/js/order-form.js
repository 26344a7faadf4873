// The order form on the patient's chart: a new order, a change to an active order (saved as a new
// version), or a draft to check and sign. Every change to the order re-runs the server's order checks, and
// each alert asks for what its severity needs before the order can be signed.
import { api } from './api.js';
import { alertBody, sortAlerts } from './alerts.js';
import { wireCombobox } from './combobox.js';
import { byId, clear, h, icon, showMessage, showProblem } from './dom.js';
import { translateElement } from './i18n.js';
import { choosePrompt, enumOption, FREQUENCIES, medicineBadges } from './medicine-text.js';
import { allergySummary, hasAllergyStatus } from './patient-facts.js';
import { addHours, fromInputValue, nowInputValue, toInputValue } from './zoned-time.js';
import { tallMan } from './tall-man.js';

const CHECK_DELAY_MS = 300;
const REVIEW_AFTER_HOURS = 72;
// Schedule 1 to 3 controlled drugs are signed with the prescriber's password again (the server asks for it too).
const SIGNED_WITH_PASSWORD = [1, 2, 3];

const HEADINGS = { new: 'orderForm.heading.new', change: 'orderForm.heading.change', draft: 'orderForm.heading.draft' };

/**
 * patientId: whose chart this is. getPatient() and getTimeZone() give the patient as last loaded and the
 * ward's time zone. onSaved(kind, prescription) is told when a draft was saved ('saved'), kept after a
 * refused signature ('kept') or signed ('signed'), so the chart can refresh.
 */
export function createOrderForm({ patientId, getPatient, getTimeZone, onSaved }) {
  const section = byId('order-section');
  const form = byId('order-form');
  const heading = byId('order-heading');
  const context = byId('order-context');
  const errorArea = byId('order-error');
  const search = byId('product-search');
  const badges = byId('product-badges');
  const sentencesField = byId('order-sentences-field');
  const sentences = byId('order-sentences');
  const sentenceStatus = byId('sentence-status');
  const alertsList = byId('order-alerts');
  const checksStatus = byId('order-checks-status');
  const signBlocked = byId('sign-blocked');
  const signButton = byId('sign-button');
  const saveButton = byId('save-draft-button');
  const signPasswordField = byId('sign-password-field');
  const signPassword = byId('sign-password');
  const field = {
    dose: byId('dose'),
    doseUpTo: byId('dose-up-to'),
    doseUnit: byId('dose-unit'),
    route: byId('route'),
    frequency: byId('frequency'),
    prnReason: byId('prn-reason'),
    prnMinIntervalHours: byId('prn-interval'),
    prnMaxPer24h: byId('prn-max'),
    start: byId('start'),
    end: byId('end'),
    durationDays: byId('duration-days'),
    indication: byId('indication'),
    reviewAt: byId('review-at'),
    instructions: byId('instructions'),
  };

  // Each input keeps the descriptions it was written with; error messages are added to them and taken away.
  for (const input of form.querySelectorAll('[data-field]')) {
    input.dataset.describedby = input.getAttribute('aria-describedby') ?? '';
  }

  let state = freshState();
  let busy = false;
  let alertIds = new Map();

  function freshState() {
    return {
      mode: 'new',
      source: null,
      draft: null,
      product: null,
      alerts: [],
      alertSignature: '',
      acknowledged: new Set(),
      reasons: new Map(),
      needsAction: new Set(),
      opener: null,
      checkSequence: 0,
      checkTimer: null,
      reviewTouched: false,
    };
  }

  const isOpen = () => !section.hidden;

  // ---- Field messages ----

  function setDescribedBy(input, extraIds) {
    const ids = [input.dataset.describedby, ...extraIds].filter(Boolean).join(' ');
    if (ids) input.setAttribute('aria-describedby', ids);
    else input.removeAttribute('aria-describedby');
  }

  function fieldError(name, { key, text }) {
    const input = form.querySelector(`[data-field="${CSS.escape(name)}"]`);
    const message = byId(`${name}-error`);
    if (!input || !message) return null;
    message.replaceChildren(icon('alert'), key ? h('span', { i18n: key }) : h('span', { lang: 'en' }, text));
    message.hidden = false;
    input.setAttribute('aria-invalid', 'true');
    setDescribedBy(input, [message.id]);
    return input;
  }

  function clearFieldErrors() {
    for (const message of form.querySelectorAll('.field-error')) {
      message.hidden = true;
      clear(message);
    }
    for (const input of form.querySelectorAll('[data-field][aria-invalid]')) {
      input.removeAttribute('aria-invalid');
      setDescribedBy(input, []);
    }
  }

  function showFieldProblem(error) {
    const name = error?.problem?.field;
    const text = error?.problem?.detail || error?.problem?.title;
    return name && text ? fieldError(name, { text }) : null;
  }

  // ---- The medicine ----

  function fillSelect(select, prefix, values, chosen) {
    const list = [...new Set(values.filter(Boolean))];
    select.replaceChildren(...(list.length === 1 ? [] : [choosePrompt()]), ...list.map((value) => enumOption(prefix, value)));
    select.value = list.includes(chosen) ? chosen : (list.length === 1 ? list[0] : '');
  }

  function setProduct(product) {
    state.product = product;
    const units = product.doseUnits?.length ? product.doseUnits : [product.defaultDoseUnit];
    fillSelect(field.doseUnit, 'doseUnit', units, product.defaultDoseUnit ?? units[0]);
    fillSelect(field.route, 'route', product.routes ?? [], null);
    // routes the product is not licensed for but that are accepted practice (an oral liquid by feeding tube): the
    // checks answer them with a warning, so they are offered, marked as unlicensed
    for (const code of product.unlicensedRoutes ?? []) {
      field.route.append(h('option', { value: code, i18n: 'route.unlicensedOption', args: { code } }));
    }
    badges.replaceChildren(...medicineBadges(product));
    badges.hidden = badges.childElementCount === 0;
    const list = product.sentences ?? [];
    sentences.replaceChildren(...list.map((sentence, index) => h('button', {
      type: 'button', class: 'button button-secondary sentence', lang: 'en', 'data-sentence': index,
    }, sentence.text ?? '')));
    sentencesField.hidden = list.length === 0;
    clear(sentenceStatus);
    showAntimicrobialFields();
    showSignPassword();
  }

  function clearProduct() {
    state.product = null;
    fillSelect(field.doseUnit, 'doseUnit', [], null);
    fillSelect(field.route, 'route', [], null);
    badges.hidden = true;
    clear(badges);
    sentencesField.hidden = true;
    clear(sentences);
    clear(sentenceStatus);
    showAntimicrobialFields();
    showSignPassword();
  }

  const needsSignPassword = () => SIGNED_WITH_PASSWORD.includes(state.product?.controlledDrugSchedule);

  function showSignPassword() {
    signPasswordField.hidden = !needsSignPassword();
    signPassword.value = '';
  }

  function showAntimicrobialFields() {
    const antimicrobial = Boolean(state.product?.antimicrobial);
    byId('indication-required').hidden = !antimicrobial;
    if (antimicrobial) field.indication.setAttribute('aria-required', 'true');
    else field.indication.removeAttribute('aria-required');
    byId('review-field').hidden = !antimicrobial;
    if (antimicrobial && !field.reviewAt.value) defaultReview();
  }

  function defaultReview() {
    const timeZone = getTimeZone();
    const start = fromInputValue(field.start.value, timeZone) ?? new Date().toISOString();
    field.reviewAt.value = toInputValue(addHours(start, REVIEW_AFTER_HOURS), timeZone);
  }

  function showPrnFields() {
    byId('prn-fields').hidden = field.frequency.value !== 'PRN';
  }

  function applySentence(sentence) {
    field.dose.value = sentence.dose ?? '';
    field.doseUpTo.value = sentence.doseUpTo ?? '';
    if (sentence.doseUnit) field.doseUnit.value = sentence.doseUnit;
    if (sentence.route) field.route.value = sentence.route;
    if (sentence.frequency) field.frequency.value = sentence.frequency;
    showPrnFields();
    field.prnReason.value = sentence.prnReason ?? '';
    field.prnMinIntervalHours.value = sentence.prnMinIntervalHours ?? '';
    field.prnMaxPer24h.value = sentence.prnMaxPer24h ?? '';
    sentenceStatus.replaceChildren(h('span', { i18n: 'orderForm.sentenceApplied' }), ' ',
      h('span', { lang: 'en' }, sentence.text ?? ''));
    clearFieldErrors();
    scheduleCheck();
  }

  // ---- Reading and checking the order ----

  const text = (input) => input.value.trim() || null;
  const numberText = (input) => (input.value.trim() === '' ? null : input.value.trim());

  function readRequest() {
    const timeZone = getTimeZone();
    const prn = field.frequency.value === 'PRN';
    const antimicrobial = Boolean(state.product?.antimicrobial);
    const number = (input) => (numberText(input) === null ? null : Number(input.value));
    return {
      productCode: state.product?.code ?? null,
      dose: numberText(field.dose),
      doseUpTo: numberText(field.doseUpTo),
      doseUnit: field.doseUnit.value || null,
      route: field.route.value || null,
      frequency: field.frequency.value || null,
      prnReason: prn ? text(field.prnReason) : null,
      prnMinIntervalHours: prn ? number(field.prnMinIntervalHours) : null,
      prnMaxPer24h: prn ? number(field.prnMaxPer24h) : null,
      start: fromInputValue(field.start.value, timeZone),
      end: fromInputValue(field.end.value, timeZone),
      durationDays: number(field.durationDays),
      indication: text(field.indication),
      reviewAt: antimicrobial ? fromInputValue(field.reviewAt.value, timeZone) : null,
      instructions: text(field.instructions),
    };
  }

  function badNumbers() {
    return Object.entries(field).filter(([, input]) => input.type === 'number' && input.validity.badInput).map(([name]) => name);
  }

  function completeEnough(request) {
    return Boolean(request.productCode && request.dose && request.doseUnit && request.route && request.frequency)
      && badNumbers().length === 0;
  }

  /** Marks what is missing or wrong before anything is sent; true when the order can go to the server. */
  function validate(request) {
    clearFieldErrors();
    const problems = [];
    const add = (name, key) => {
      if (!problems.some(([existing]) => existing === name)) problems.push([name, key]);
    };
    for (const name of badNumbers()) add(name, 'fieldError.number');
    if (!request.productCode) add('productCode', 'fieldError.productCode');
    if (!request.dose) add('dose', 'fieldError.dose');
    else if (!(Number(request.dose) > 0)) add('dose', 'fieldError.number');
    if (request.doseUpTo && !(Number(request.doseUpTo) > Number(request.dose))) add('doseUpTo', 'fieldError.doseUpTo');
    if (!request.doseUnit) add('doseUnit', 'fieldError.doseUnit');
    if (!request.route) add('route', 'fieldError.route');
    if (!request.frequency) add('frequency', 'fieldError.frequency');
    if (request.frequency === 'PRN') {
      if (!request.prnReason) add('prnReason', 'fieldError.prnReason');
      if (!(request.prnMinIntervalHours > 0)) add('prnMinIntervalHours', 'fieldError.prnMinIntervalHours');
      if (!(Number.isInteger(request.prnMaxPer24h) && request.prnMaxPer24h > 0)) add('prnMaxPer24h', 'fieldError.prnMaxPer24h');
    }
    if (field.start.value && !request.start) add('start', 'fieldError.dateTime');
    if (field.end.value && !request.end) add('end', 'fieldError.dateTime');
    if (request.durationDays !== null && !(Number.isInteger(request.durationDays) && request.durationDays > 0)) {
      add('durationDays', 'fieldError.durationDays');
    }
    if (request.end && request.durationDays !== null) add('durationDays', 'fieldError.endOrDuration');
    const start = request.start ? Date.parse(request.start) : Date.now();
    if (request.end && Date.parse(request.end) <= start) add('end', 'fieldError.endBeforeStart');
    if (state.product?.antimicrobial) {
      if (!request.indication) add('indication', 'fieldError.indication');
      if (field.reviewAt.value && !request.reviewAt) add('reviewAt', 'fieldError.dateTime');
      if (request.reviewAt && Date.parse(request.reviewAt) < start) add('reviewAt', 'fieldError.reviewBeforeStart');
    }
    if (problems.length === 0) return true;
    const inputs = problems.map(([name, key]) => fieldError(name, { key })).filter(Boolean);
    showMessage(errorArea, 'orderForm.missing');
    inputs[0]?.focus();
    return false;
  }

  function say(key, args) {
    checksStatus.replaceChildren(key ? h('span', { i18n: key, args }) : '');
  }

  function scheduleCheck() {
    clearTimeout(state.checkTimer);
    state.checkTimer = setTimeout(runCheck, CHECK_DELAY_MS);
  }

  async function runCheck() {
    clearTimeout(state.checkTimer);
    const request = readRequest();
    const mine = ++state.checkSequence;
    if (!completeEnough(request)) {
      renderAlerts([]);
      say('orderForm.checksIncomplete');
      return;
    }
    alertsList.setAttribute('aria-busy', 'true');
    try {
      // A change is checked without the order it replaces (no duplicate of itself, no double daily total).
      const replaces = state.draft?.id ?? (state.mode === 'change' ? state.source?.id : null);
      const path = `api/v1/patients/${encodeURIComponent(patientId)}/order-checks`
        + (replaces ? `?replaces=${encodeURIComponent(replaces)}` : '');
      const result = await api(path, { method: 'POST', body: request });
      // Only the answer for the order as it stands now is shown.
      if (mine !== state.checkSequence || !isOpen()) return;
      clearFieldErrors();
      const alerts = result?.alerts ?? [];
      renderAlerts(alerts);
      say(alerts.length > 0 ? 'orderForm.checksFound' : 'orderForm.checksNone', { count: alerts.length });
    } catch (error) {
      if (mine !== state.checkSequence || !isOpen()) return;
      renderAlerts([]);
      if (showFieldProblem(error)) {
        say('orderForm.checksFailed');
      } else {
        say('orderForm.checksError');
        showProblem(error, errorArea);
      }
    } finally {
      if (mine === state.checkSequence) alertsList.setAttribute('aria-busy', 'false');
    }
  }

  // ---- Alerts ----

  function alertNumber(key) {
    if (!alertIds.has(key)) alertIds.set(key, alertIds.size + 1);
    return alertIds.get(key);
  }

  function alertItem(alert) {
    const n = alertNumber(alert.key);
    const messageId = `alert-message-${n}`;
    const needsId = `alert-needs-${n}`;
    const needs = state.needsAction.has(alert.key);
    const describedBy = needs ? `${messageId} ${needsId}` : messageId;
    const severity = alert.severity ?? 'INFO';
    const item = h('li', {
      class: `order-alert order-alert-${severity.toLowerCase()}${needs ? ' needs-action' : ''}`,
      'data-alert-key': alert.key,
      'data-severity': severity,
      'data-category': alert.category,
      'data-needs-action': needs ? 'true' : null,
    }, alertBody(alert, messageId));
    if (needs) {
      item.append(h('p', { class: 'order-alert-needs', id: needsId }, icon('alert'), h('span', { i18n: 'alert.needsAction' })));
    }
    if (severity === 'WARNING') {
      const box = h('input', {
        type: 'checkbox', id: `alert-ack-${n}`, 'data-acknowledge': alert.key, 'aria-describedby': describedBy,
        'aria-invalid': needs ? 'true' : null,
      });
      box.checked = state.acknowledged.has(alert.key);
      item.append(h('label', { class: 'checkbox', for: box.id }, box, h('span', { i18n: 'alert.acknowledge' })));
    } else if (severity === 'SEVERE') {
      const reason = h('textarea', {
        id: `alert-override-${n}`, rows: 2, 'data-override': alert.key, required: true, 'aria-required': 'true',
        'aria-describedby': describedBy, 'aria-invalid': needs ? 'true' : null,
      });
      reason.value = state.reasons.get(alert.key) ?? '';
      const overrideField = h('div', { class: 'field override-field' },
        h('label', { for: reason.id, i18n: 'alert.overrideReason' }), reason);
      if (alert.overrideReason) {
        // a structured reason the rule itself names (opioid-tolerant): one press instead of typing it
        const use = h('button', { type: 'button', class: 'button button-secondary', 'data-use-reason': alert.key },
          h('span', { i18n: 'alert.useReason' }), ' ', h('span', { lang: 'en' }, alert.overrideReason));
        use.addEventListener('click', () => {
          reason.value = alert.overrideReason;
          reason.dispatchEvent(new Event('input', { bubbles: true }));
        });
        overrideField.append(use);
      }
      item.append(overrideField);
    } else if (severity === 'HARD_STOP') {
      item.append(h('p', { class: 'order-alert-stop' }, icon('stop'), h('span', { i18n: 'alert.hardStop' })));
    }
    return item;
  }

  function renderAlerts(alerts, { force = false } = {}) {
    const sorted = sortAlerts(alerts);
    const signature = JSON.stringify(sorted.map((a) => [a.key, a.severity, a.category, a.message, a.rule, a.source]));
    state.alerts = sorted;
    if (force || signature !== state.alertSignature) {
      state.alertSignature = signature;
      // Rebuilding must not throw away what the prescriber was typing or ticking.
      const focused = document.activeElement;
      const focusKey = alertsList.contains(focused) ? focused.closest('[data-alert-key]')?.dataset.alertKey : null;
      const focusKind = focused?.dataset?.acknowledge !== undefined ? 'acknowledge' : 'override';
      alertsList.replaceChildren(...sorted.map(alertItem));
      if (focusKey) {
        const item = [...alertsList.children].find((li) => li.dataset.alertKey === focusKey);
        item?.querySelector(`[data-${focusKind}]`)?.focus();
      }
    }
    updateSignState();
  }

  function settle(key) {
    if (!state.needsAction.delete(key)) return;
    const item = [...alertsList.children].find((li) => li.dataset.alertKey === key);
    if (!item) return;
    item.classList.remove('needs-action');
    item.removeAttribute('data-needs-action');
    item.querySelector('.order-alert-needs')?.remove();
    for (const control of item.querySelectorAll('[data-acknowledge], [data-override]')) {
      control.removeAttribute('aria-invalid');
      control.setAttribute('aria-describedby', control.getAttribute('aria-describedby').split(' ')[0]);
    }
  }

  alertsList.addEventListener('change', (event) => {
    const key = event.target.dataset.acknowledge;
    if (key === undefined) return;
    if (event.target.checked) {
      state.acknowledged.add(key);
      settle(key);
    } else {
      state.acknowledged.delete(key);
    }
  });

  alertsList.addEventListener('input', (event) => {
    const key = event.target.dataset.override;
    if (key === undefined) return;
    const reason = event.target.value.trim();
    if (reason) {
      state.reasons.set(key, event.target.value);
      settle(key);
    } else {
      state.reasons.delete(key);
    }
  });

  function signBody() {
    const keys = new Set(state.alerts.map((alert) => alert.key));
    return {
      acknowledgements: state.alerts.filter((a) => a.severity === 'WARNING' && state.acknowledged.has(a.key)).map((a) => a.key),
      overrides: state.alerts
        .filter((a) => a.severity === 'SEVERE' && keys.has(a.key) && (state.reasons.get(a.key) ?? '').trim())
        .map((a) => ({ key: a.key, reason: state.reasons.get(a.key).trim() })),
      ...(needsSignPassword() ? { password: signPassword.value } : {}),
    };
  }

  function blockReason() {
    if (!hasAllergyStatus(getPatient())) return 'orderForm.signBlockedAllergy';
    if (state.alerts.some((alert) => alert.severity === 'HARD_STOP')) return 'orderForm.signBlockedHardStop';
    return null;
  }

  function updateSignState() {
    const reason = blockReason();
    signButton.disabled = Boolean(reason);
    signBlocked.hidden = !reason;
    signBlocked.replaceChildren(...(reason ? [icon('stop'), h('span', { i18n: reason })] : []));
  }

  // ---- Saving and signing ----

  async function ensureSaved(request) {
    const key = JSON.stringify(request);
    if (state.draft && state.draft.key === key) return state.draft;
    const body = { method: 'POST', body: request };
    let saved;
    if (state.draft) {
      // A draft that has changed since it was saved becomes a new draft version of itself.
      saved = await api(`api/v1/prescriptions/${encodeURIComponent(state.draft.id)}/amend`, body);
    } else if (state.mode === 'change') {
      saved = await api(`api/v1/prescriptions/${encodeURIComponent(state.source.id)}/amend`, body);
    } else {
      saved = await api(`api/v1/patients/${encodeURIComponent(patientId)}/prescriptions`, body);
    }
    state.draft = { id: saved.id, key, prescription: saved };
    state.checkSequence += 1;
    renderAlerts(saved.alerts ?? []);
    say(state.alerts.length > 0 ? 'orderForm.checksFound' : 'orderForm.checksNone', { count: state.alerts.length });
    return state.draft;
  }

  function showSaveProblem(error) {
    showProblem(error, errorArea);
    showFieldProblem(error);
  }

  async function whileBusy(work) {
    if (busy) return;
    busy = true;
    form.setAttribute('aria-busy', 'true');
    try {
      await work();
    } finally {
      busy = false;
      form.setAttribute('aria-busy', 'false');
    }
  }

  function saveDraft() {
    return whileBusy(async () => {
      clear(errorArea);
      const request = readRequest();
      if (!validate(request)) return;
      let draft;
      try {
        draft = await ensureSaved(request);
      } catch (error) {
        showSaveProblem(error);
        return;
      }
      const kind = state.mode === 'change' ? 'changeSaved' : 'saved';
      close({ restoreFocus: false });
      await onSaved(kind, draft.prescription);
    });
  }

  function markNeedsAction(keys) {
    state.needsAction = new Set(keys);
    renderAlerts(state.alerts, { force: true });
    const first = [...alertsList.children].find((li) => state.needsAction.has(li.dataset.alertKey));
    const control = first?.querySelector('[data-acknowledge], [data-override]');
    if (first && !control) first.setAttribute('tabindex', '-1');
    (control ?? first)?.focus();
    // Keys the form has not shown (the order changed on the server) come in with a fresh check.
    if (keys.some((key) => !state.alerts.some((alert) => alert.key === key))) runCheck();
  }

  function sign() {
    return whileBusy(async () => {
      clear(errorArea);
      const request = readRequest();
      if (!validate(request)) return;
      if (blockReason()) {
        updateSignState();
        return;
      }
      if (needsSignPassword() && !signPassword.value) {
        fieldError('password', { key: 'orderForm.signPasswordMissing' })?.focus();
        return;
      }
      let draft;
      try {
        draft = await ensureSaved(request);
      } catch (error) {
        showSaveProblem(error);
        return;
      }
      if (blockReason()) {
        // Saving brought back an alert that forbids the order.
        updateSignState();
        showMessage(errorArea, blockReason());
        await onSaved('kept', draft.prescription);
        return;
      }
      let signed;
      const body = signBody();
      // the password goes with this one request and is not kept on the page
      signPassword.value = '';
      try {
        signed = await api(`api/v1/prescriptions/${encodeURIComponent(draft.id)}/sign`, { method: 'POST', body });
      } catch (error) {
        showProblem(error, errorArea);
        if (error.problem?.field === 'password') {
          showFieldProblem(error)?.focus();
        } else if (error.status === 422 && /unacknowledged-alerts$/.test(error.problem?.type ?? '')) {
          markNeedsAction(error.problem.alerts ?? []);
        } else if (error.status === 409) {
          runCheck();
        }
        await onSaved('kept', draft.prescription);
        return;
      }
      close({ restoreFocus: false });
      await onSaved('signed', signed ?? draft.prescription);
    });
  }

  // ---- Opening and closing ----

  function resetFields() {
    form.reset();
    clearFieldErrors();
    clear(errorArea);
    clear(checksStatus);
    alertsList.replaceChildren();
    alertIds = new Map();
    combobox.reset();
    clearProduct();
    showPrnFields();
  }

  function showContext(key, description) {
    context.hidden = !key;
    context.replaceChildren(...(key ? [h('span', { i18n: key }), ' ', h('strong', { lang: 'en' }, description ?? '')] : []));
  }

  function showPatient() {
    byId('order-allergies').replaceChildren(allergySummary(getPatient()));
    updateSignState();
  }

  async function productFor(prescription) {
    try {
      return await api(`api/v1/formulary/${encodeURIComponent(prescription.productCode)}`);
    } catch (error) {
      if (error.status === 401) throw error;
      // A product since taken out of the formulary still shows what the order said.
      return {
        code: prescription.productCode,
        name: prescription.productName ?? prescription.medicine ?? prescription.productCode,
        doseUnits: [prescription.doseUnit],
        routes: [prescription.route],
        defaultDoseUnit: prescription.doseUnit,
        controlledDrugSchedule: prescription.controlledDrugSchedule,
        highAlert: prescription.highAlert,
        critical: prescription.critical,
        antimicrobial: prescription.antimicrobial,
        sentences: [],
      };
    }
  }

  function isFuture(instant) {
    return instant && Date.parse(instant) > Date.now();
  }

  function fillFrom(prescription, mode) {
    const timeZone = getTimeZone();
    const ensureOption = (select, prefix, value) => {
      if (value && ![...select.options].some((option) => option.value === value)) select.append(enumOption(prefix, value));
      select.value = value ?? '';
    };
    field.dose.value = prescription.dose ?? '';
    field.doseUpTo.value = prescription.doseUpTo ?? '';
    ensureOption(field.doseUnit, 'doseUnit', prescription.doseUnit);
    ensureOption(field.route, 'route', prescription.route);
    field.frequency.value = prescription.frequency ?? '';
    showPrnFields();
    field.prnReason.value = prescription.prnReason ?? '';
    field.prnMinIntervalHours.value = prescription.prnMinIntervalHours ?? '';
    field.prnMaxPer24h.value = prescription.prnMaxPer24h ?? '';
    // A change takes effect from now; a draft keeps the start it was written with.
    const now = new Date().toISOString();
    const start = mode === 'change' && !isFuture(prescription.start) ? now : (prescription.start ?? now);
    field.start.value = toInputValue(start, timeZone);
    const keepEnd = prescription.end && Date.parse(prescription.end) > Date.parse(start);
    field.end.value = keepEnd ? toInputValue(prescription.end, timeZone) : '';
    field.durationDays.value = '';
    field.indication.value = prescription.indication ?? '';
    field.instructions.value = prescription.instructions ?? '';
    field.reviewAt.value = '';
    if (state.product?.antimicrobial) {
      if (prescription.reviewAt && Date.parse(prescription.reviewAt) >= Date.parse(start)) {
        field.reviewAt.value = toInputValue(prescription.reviewAt, timeZone);
      } else {
        defaultReview();
      }
    }
  }

  function lockProduct(locked) {
    search.readOnly = locked;
    byId('product-search-hint').hidden = locked;
    byId('product-readonly-hint').hidden = !locked;
    search.dataset.describedby = locked ? 'product-readonly-hint' : 'product-search-hint product-search-status';
    setDescribedBy(search, []);
  }

  async function open(mode, { prescription = null, opener = null } = {}) {
    if (isOpen()) close({ restoreFocus: false });
    state = freshState();
    state.mode = mode;
    state.source = prescription;
    state.opener = opener;
    resetFields();
    heading.dataset.i18n = HEADINGS[mode];
    translateElement(heading);
    const contextKey = { change: 'orderForm.changing', draft: 'orderForm.draftOf' }[mode] ?? null;
    showContext(contextKey, prescription?.description);
    showPatient();
    lockProduct(mode !== 'new');
    section.hidden = false;
    if (mode === 'new') {
      field.start.value = nowInputValue(getTimeZone());
      say('orderForm.checksIncomplete');
      search.focus();
      return;
    }
    heading.focus();
    const product = await productFor(prescription);
    if (!isOpen() || state.source !== prescription) return;
    search.value = product.name ?? prescription.productName ?? '';
    setProduct(product);
    fillFrom(prescription, mode);
    if (mode === 'draft') state.draft = { id: prescription.id, key: JSON.stringify(readRequest()), prescription };
    await runCheck();
  }

  function close({ restoreFocus = true } = {}) {
    clearTimeout(state.checkTimer);
    state.checkSequence += 1;
    combobox.reset();
    section.hidden = true;
    if (restoreFocus) {
      const target = state.opener?.isConnected ? state.opener : byId('orders-heading');
      target.focus();
    }
  }

  // ---- Wiring ----

  const combobox = wireCombobox({
    input: search,
    listbox: byId('product-options'),
    status: byId('product-search-status'),
    search: (query) => api(`api/v1/formulary?q=${encodeURIComponent(query)}&limit=20`),
    renderOption: (product) => [
      h('span', { class: 'option-name' }, tallMan(product.name ?? product.code)),
      h('span', { class: 'badges' }, medicineBadges(product)),
    ],
    onChoose: (product) => {
      clearFieldErrors();
      setProduct(product);
      scheduleCheck();
    },
    onEdit: () => {
      if (state.product) {
        clearProduct();
        scheduleCheck();
      }
    },
    onError: (error) => showProblem(error, errorArea),
  });

  field.frequency.replaceChildren(choosePrompt(), ...FREQUENCIES.map((code) => enumOption('frequency', code)));

  form.addEventListener('submit', (event) => event.preventDefault());
  for (const type of ['input', 'change']) {
    form.addEventListener(type, (event) => {
      const input = event.target;
      if (!input.dataset?.field || input === search || input === signPassword || alertsList.contains(input)) return;
      if (input === field.frequency) showPrnFields();
      if (input === field.reviewAt) state.reviewTouched = true;
      // The review date follows the start until the prescriber sets it.
      if (input === field.start && state.product?.antimicrobial && !state.reviewTouched) defaultReview();
      scheduleCheck();
    });
  }
  sentences.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-sentence]');
    const sentence = state.product?.sentences?.[Number(button?.dataset.sentence)];
    if (sentence) applySentence(sentence);
  });
  saveButton.addEventListener('click', () => saveDraft());
  signButton.addEventListener('click', () => sign());
  byId('cancel-order-button').addEventListener('click', () => close());

  return {
    openNew: (opener) => open('new', { opener }),
    openChange: (prescription, opener) => open('change', { prescription, opener }),
    openDraft: (prescription, opener) => open('draft', { prescription, opener }),
    patientChanged() {
      if (!isOpen()) return;
      showPatient();
      scheduleCheck();
    },
    isOpen,
  };
}
