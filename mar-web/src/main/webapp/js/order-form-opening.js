// Opening the order form for a new order, a change or a draft, filling it from the order, and closing it.
// Part of the order form (order-form.js): ctx is the form, with its elements, its state and the other parts.
import { api } from './api.js';
import { byId, clear, h, showProblem } from './dom.js';
import { translateElement } from './i18n.js';
import { enumOption } from './medicine-text.js';
import { allergySummary } from './patient-facts.js';
import { nowInputValue, toInputValue } from './zoned-time.js';

const HEADINGS = {
  new: 'orderForm.heading.new', prefilled: 'orderForm.heading.new', change: 'orderForm.heading.change', draft: 'orderForm.heading.draft',
};

export function openingPart(ctx) {
  const {
    section, form, heading, context, errorArea, signError, search, alertsList, checksStatus, field, getPatient, getTimeZone,
    cancelConfirm,
  } = ctx;

  function resetFields() {
    form.reset();
    ctx.clearFieldErrors();
    clear(errorArea);
    clear(signError);
    clear(checksStatus);
    cancelConfirm.hidden = true;
    alertsList.replaceChildren();
    ctx.alertIds = new Map();
    ctx.combobox.reset();
    ctx.clearProduct();
    ctx.showPrnFields();
    ctx.showWeekday();
    ctx.fillCorrectionScale(null);
  }

  function showContext(key, description) {
    context.hidden = !key;
    context.replaceChildren(...(key ? [h('span', { i18n: key }), ' ', h('strong', { lang: 'en' }, description ?? '')] : []));
  }

  function showPatient() {
    byId('order-allergies').replaceChildren(allergySummary(getPatient()));
    ctx.updateSignState();
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
    ctx.showPrnFields();
    field.prnReason.value = prescription.prnReason ?? '';
    field.prnMinIntervalHours.value = prescription.prnMinIntervalHours ?? '';
    field.prnMaxPer24h.value = prescription.prnMaxPer24h ?? '';
    ctx.fillCorrectionScale(prescription.correctionScale);
    // A change takes effect from now; a draft keeps the start it was written with.
    const now = new Date().toISOString();
    const start = mode === 'change' && !isFuture(prescription.start) ? now : (prescription.start ?? now);
    field.start.value = toInputValue(start, timeZone);
    const keepEnd = prescription.end && Date.parse(prescription.end) > Date.parse(start);
    field.end.value = keepEnd ? toInputValue(prescription.end, timeZone) : '';
    field.durationDays.value = '';
    field.indication.value = prescription.indication ?? '';
    field.instructions.value = prescription.instructions ?? '';
    ctx.showWeekday();
    field.reviewAt.value = '';
    if (ctx.state.product?.antimicrobial) {
      if (prescription.reviewAt && Date.parse(prescription.reviewAt) >= Date.parse(start)) {
        field.reviewAt.value = toInputValue(prescription.reviewAt, timeZone);
      } else {
        ctx.defaultReview();
      }
    }
  }

  function lockProduct(locked) {
    search.readOnly = locked;
    byId('product-search-hint').hidden = locked;
    byId('product-readonly-hint').hidden = !locked;
    search.dataset.describedby = locked ? 'product-readonly-hint' : 'product-search-hint product-search-status';
    ctx.setDescribedBy(search, []);
  }

  // A prefilled order is a new order that starts from a template (a medicine taken before admission that is continued
  // or changed); its purpose goes back to the page with the signed order, so the decision can point at it.
  async function open(mode, { prescription = null, opener = null, purpose = null } = {}) {
    if (ctx.isOpen()) close({ restoreFocus: false });
    ctx.state = ctx.freshState();
    ctx.state.mode = mode;
    ctx.state.source = mode === 'prefilled' ? null : prescription;
    ctx.state.opener = opener;
    ctx.state.purpose = purpose;
    resetFields();
    heading.dataset.i18n = HEADINGS[mode];
    translateElement(heading);
    const contextKey = { change: 'orderForm.changing', draft: 'orderForm.draftOf' }[mode] ?? purpose?.contextKey ?? null;
    showContext(contextKey, prescription?.description);
    showPatient();
    lockProduct(mode === 'change' || mode === 'draft');
    section.hidden = false;
    if (mode === 'prefilled' && prescription?.productCode) {
      heading.focus();
      const product = await productFor(prescription);
      if (!ctx.isOpen() || ctx.state.purpose !== purpose) return;
      search.value = product.name ?? prescription.productName ?? '';
      ctx.setProduct(product);
      fillFrom(prescription, 'new');
      ctx.state.openedKey = JSON.stringify(ctx.readRequest());
      await ctx.runCheck();
      return;
    }
    if (mode === 'new' || mode === 'prefilled') {
      field.start.value = nowInputValue(getTimeZone());
      ctx.state.openedKey = JSON.stringify(ctx.readRequest());
      ctx.say('orderForm.checksIncomplete');
      search.focus();
      return;
    }
    heading.focus();
    const product = await productFor(prescription);
    if (!ctx.isOpen() || ctx.state.source !== prescription) return;
    search.value = product.name ?? prescription.productName ?? '';
    ctx.setProduct(product);
    fillFrom(prescription, mode);
    ctx.state.openedKey = JSON.stringify(ctx.readRequest());
    if (mode === 'draft') ctx.state.draft = { id: prescription.id, key: ctx.state.openedKey, prescription };
    await ctx.runCheck();
  }

  // ---- Cancel: no draft is left behind that the prescriber did not mean to keep ----

  /** A draft this opening of the form saved (a refused signature saves one first); an opened draft is the prescriber's own. */
  const draftMadeHere = () => (ctx.state.mode !== 'draft' && ctx.state.draft ? ctx.state.draft : null);

  function entered() {
    const typed = ctx.state.mode === 'new' && search.value.trim() !== '';
    return typed || JSON.stringify(ctx.readRequest()) !== ctx.state.openedKey;
  }

  /** Cancel closes at once when nothing would be lost; otherwise it asks first, next to the button. */
  function askCancel() {
    if (!draftMadeHere() && !entered()) {
      close();
      return;
    }
    const key = draftMadeHere() ? 'orderForm.cancelDraft' : (ctx.state.mode === 'draft' ? 'orderForm.cancelChanges' : 'orderForm.cancelEntered');
    byId('cancel-confirm-text').replaceChildren(h('span', { i18n: key }));
    cancelConfirm.hidden = false;
    byId('keep-editing-button').focus();
  }

  function discard() {
    return ctx.whileBusy(async () => {
      const draft = draftMadeHere();
      if (draft) {
        try {
          await api(`api/v1/prescriptions/${encodeURIComponent(draft.id)}/discard`, { method: 'POST' });
        } catch (error) {
          cancelConfirm.hidden = true;
          showProblem(error, signError);
          return;
        }
      }
      close();
      if (draft) await ctx.onSaved('discarded', draft.prescription);
    });
  }

  function close({ restoreFocus = true } = {}) {
    clearTimeout(ctx.state.checkTimer);
    ctx.state.checkSequence += 1;
    ctx.alertsList.setAttribute('aria-busy', 'false');
    ctx.combobox.reset();
    cancelConfirm.hidden = true;
    section.hidden = true;
    if (restoreFocus) {
      const target = ctx.state.opener?.isConnected ? ctx.state.opener : byId('orders-heading');
      target.focus();
    }
  }

  return {
    resetFields,
    showContext,
    showPatient,
    productFor,
    isFuture,
    fillFrom,
    lockProduct,
    open,
    close,
    askCancel,
    discard,
  };
}
