// The order form's fields: error messages beside them, and what choosing a medicine (or one of its usual orders) fills in.
// Part of the order form (order-form.js): ctx is the form, with its elements, its state and the other parts.
import { byId, clear, h, icon, problemText } from './dom.js';
import { dateTime } from './mar-text.js';
import { choosePrompt, enumOption, medicineBadges } from './medicine-text.js';
import { startOnWeekday, weekdayOf } from './order-choices.js';
import { addHours, fromInputValue, nowInputValue, toInputValue } from './zoned-time.js';

const REVIEW_AFTER_HOURS = 72;
// Schedule 1 to 3 controlled drugs are signed with the prescriber's password again (the server asks for it too).
const SIGNED_WITH_PASSWORD = [1, 2, 3];

export function fieldsPart(ctx) {
  const {
    form, badges, sentencesField, sentences, sentenceStatus, signPasswordField, signPassword, field, getTimeZone, weekday,
  } = ctx;

  weekday.replaceChildren(choosePrompt(), ...[1, 2, 3, 4, 5, 6, 7].map((day) => h('option', { value: day, i18n: `weekday.${day}` })));

  function setDescribedBy(input, extraIds) {
    const ids = [input.dataset.describedby, ...extraIds].filter(Boolean).join(' ');
    if (ids) input.setAttribute('aria-describedby', ids);
    else input.removeAttribute('aria-describedby');
  }

  function fieldError(name, { key, text, problem }) {
    const input = form.querySelector(`[data-field="${CSS.escape(name)}"]`);
    const message = byId(`${name}-error`);
    if (!input || !message) return null;
    message.replaceChildren(icon('alert'), key ? h('span', { i18n: key }) : problem ? problemText(problem) : h('span', { lang: 'en' }, text));
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
    return name && text ? fieldError(name, { problem: error.problem }) : null;
  }

  // ---- The medicine ----

  function fillSelect(select, prefix, values, chosen) {
    const list = [...new Set(values.filter(Boolean))];
    select.replaceChildren(...(list.length === 1 ? [] : [choosePrompt()]), ...list.map((value) => enumOption(prefix, value)));
    select.value = list.includes(chosen) ? chosen : (list.length === 1 ? list[0] : '');
  }

  function setProduct(product) {
    ctx.state.product = product;
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
    ctx.showCorrectionFields();
  }

  function clearProduct() {
    ctx.state.product = null;
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

  const needsSignPassword = () => SIGNED_WITH_PASSWORD.includes(ctx.state.product?.controlledDrugSchedule);

  function showSignPassword() {
    signPasswordField.hidden = !needsSignPassword();
    signPassword.value = '';
  }

  function showAntimicrobialFields() {
    const antimicrobial = Boolean(ctx.state.product?.antimicrobial);
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

  // ---- A weekly order: its doses fall on the start's weekday (DoseSchedule), so choosing the day moves the start ----

  function showWeekday() {
    const weekly = field.frequency.value === 'WEEKLY';
    const day = weekly ? weekdayOf(field.start.value) : null;
    byId('weekday-field').hidden = !weekly;
    weekday.value = day ? String(day) : '';
    const start = day ? fromInputValue(field.start.value, getTimeZone()) : null;
    byId('weekday-summary').replaceChildren(...(start ? [
      h('span', { i18n: 'orderForm.weeklyDay' }), ' ', h('strong', { i18n: `weekday.${day}` }), '. ',
      h('span', { i18n: 'orderForm.firstDose' }), ' ', dateTime(start, getTimeZone()),
    ] : []));
  }

  function moveStartToWeekday() {
    const timeZone = getTimeZone();
    const now = nowInputValue(timeZone);
    const moved = startOnWeekday(field.start.value || now, now, Number(weekday.value));
    if (moved) field.start.value = moved;
    if (ctx.state.product?.antimicrobial && !ctx.state.reviewTouched) defaultReview();
    showWeekday();
  }

  function applySentence(sentence) {
    field.dose.value = sentence.dose ?? '';
    field.doseUpTo.value = sentence.doseUpTo ?? '';
    if (sentence.doseUnit) field.doseUnit.value = sentence.doseUnit;
    if (sentence.route) field.route.value = sentence.route;
    if (sentence.frequency) field.frequency.value = sentence.frequency;
    showPrnFields();
    showWeekday();
    ctx.showCorrectionFields();
    field.prnReason.value = sentence.prnReason ?? '';
    field.prnMinIntervalHours.value = sentence.prnMinIntervalHours ?? '';
    field.prnMaxPer24h.value = sentence.prnMaxPer24h ?? '';
    sentenceStatus.replaceChildren(h('span', { i18n: 'orderForm.sentenceApplied' }), ' ',
      h('span', { lang: 'en' }, sentence.text ?? ''));
    clearFieldErrors();
    ctx.scheduleCheck();
  }

  return {
    setDescribedBy,
    fieldError,
    clearFieldErrors,
    showFieldProblem,
    fillSelect,
    setProduct,
    clearProduct,
    showSignPassword,
    showAntimicrobialFields,
    defaultReview,
    showPrnFields,
    showWeekday,
    moveStartToWeekday,
    applySentence,
    needsSignPassword,
  };
}
