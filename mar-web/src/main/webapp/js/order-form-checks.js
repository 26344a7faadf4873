// Reading the order form into a request, checking what a person can see is missing, and running the server's order checks as the prescriber types.
// Part of the order form (order-form.js): ctx is the form, with its elements, its state and the other parts.
import { api } from './api.js';
import { h, showMessage, showProblem } from './dom.js';
import { fromInputValue } from './zoned-time.js';

const CHECK_DELAY_MS = 300;

export function checksPart(ctx) {
  const { errorArea, alertsList, checksStatus, field, patientId, getTimeZone } = ctx;

  const text = (input) => input.value.trim() || null;
  const numberText = (input) => (input.value.trim() === '' ? null : input.value.trim());

  function readRequest() {
    const timeZone = getTimeZone();
    const prn = field.frequency.value === 'PRN';
    const antimicrobial = Boolean(ctx.state.product?.antimicrobial);
    const number = (input) => (numberText(input) === null ? null : Number(input.value));
    return {
      productCode: ctx.state.product?.code ?? null,
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
      correctionScale: ctx.readCorrectionScale(),
    };
  }

  function badNumbers() {
    return Object.entries(field).filter(([, input]) => input.type === 'number' && input.validity.badInput).map(([name]) => name);
  }

  function completeEnough(request) {
    // a correction order's dose is its scale's, which the server works out
    return Boolean(request.productCode && (request.dose || request.correctionScale) && request.doseUnit && request.route && request.frequency)
      && badNumbers().length === 0;
  }

  /** Marks what is missing or wrong before anything is sent; true when the order can go to the server. */
  function validate(request) {
    ctx.clearFieldErrors();
    const problems = [];
    const add = (name, key) => {
      if (!problems.some(([existing]) => existing === name)) problems.push([name, key]);
    };
    for (const name of badNumbers()) add(name, 'fieldError.number');
    if (!request.productCode) add('productCode', 'fieldError.productCode');
    if (!request.dose && !request.correctionScale) add('dose', 'fieldError.dose');
    else if (request.dose && !(Number(request.dose) > 0)) add('dose', 'fieldError.number');
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
    if (ctx.state.product?.antimicrobial) {
      if (!request.indication) add('indication', 'fieldError.indication');
      if (field.reviewAt.value && !request.reviewAt) add('reviewAt', 'fieldError.dateTime');
      if (request.reviewAt && Date.parse(request.reviewAt) < start) add('reviewAt', 'fieldError.reviewBeforeStart');
    }
    if (problems.length === 0) return true;
    const inputs = problems.map(([name, key]) => ctx.fieldError(name, { key })).filter(Boolean);
    showMessage(errorArea, 'orderForm.missing');
    inputs[0]?.focus();
    return false;
  }

  function say(key, args) {
    checksStatus.replaceChildren(key ? h('span', { i18n: key, args }) : '');
  }

  function scheduleCheck() {
    clearTimeout(ctx.state.checkTimer);
    // the alerts shown are for the order as it was until the check now waiting has answered
    alertsList.setAttribute('aria-busy', 'true');
    ctx.state.checkTimer = setTimeout(runCheck, CHECK_DELAY_MS);
  }

  async function runCheck() {
    clearTimeout(ctx.state.checkTimer);
    const request = readRequest();
    const mine = ++ctx.state.checkSequence;
    ctx.state.checkedKey = null;
    if (!completeEnough(request)) {
      ctx.renderAlerts([]);
      say('orderForm.checksIncomplete');
      alertsList.setAttribute('aria-busy', 'false');
      return;
    }
    alertsList.setAttribute('aria-busy', 'true');
    try {
      // A change is checked without the order it replaces (no duplicate of itself, no double daily total).
      const replaces = ctx.state.draft?.id ?? (ctx.state.mode === 'change' ? ctx.state.source?.id : null);
      const path = `api/v1/patients/${encodeURIComponent(patientId)}/order-checks`
        + (replaces ? `?replaces=${encodeURIComponent(replaces)}` : '');
      const result = await api(path, { method: 'POST', body: request });
      // Only the answer for the order as it stands now is shown.
      if (mine !== ctx.state.checkSequence || !ctx.isOpen()) return;
      ctx.clearFieldErrors();
      const alerts = result?.alerts ?? [];
      ctx.state.checkedKey = JSON.stringify(request);
      ctx.renderAlerts(alerts);
      say(alerts.length > 0 ? 'orderForm.checksFound' : 'orderForm.checksNone', { count: alerts.length });
    } catch (error) {
      if (mine !== ctx.state.checkSequence || !ctx.isOpen()) return;
      ctx.renderAlerts([]);
      if (ctx.showFieldProblem(error)) {
        say('orderForm.checksFailed');
      } else {
        say('orderForm.checksError');
        showProblem(error, errorArea);
      }
    } finally {
      if (mine === ctx.state.checkSequence) alertsList.setAttribute('aria-busy', 'false');
    }
  }

  return {
    readRequest,
    badNumbers,
    completeEnough,
    validate,
    say,
    scheduleCheck,
    runCheck,
  };
}
