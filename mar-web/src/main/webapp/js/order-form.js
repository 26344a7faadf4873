// The order form on the patient's chart: a new order, a change to an active order (saved as a new
// version), or a draft to check and sign. Every change to the order re-runs the server's order checks, and
// each alert asks for what its severity needs before the order can be signed.
// This module builds the form and wires its events; order-form-fields.js, -checks.js, -alerts.js, -signing.js and
// -opening.js hold its parts.
import { api } from './api.js';
import { wireCombobox } from './combobox.js';
import { byId, h, showProblem } from './dom.js';
import { choosePrompt, enumOption, FREQUENCIES, medicineBadges } from './medicine-text.js';
import { orderProducts } from './order-choices.js';
import { alertsPart } from './order-form-alerts.js';
import { checksPart } from './order-form-checks.js';
import { correctionPart } from './order-form-correction.js';
import { fieldsPart } from './order-form-fields.js';
import { openingPart } from './order-form-opening.js';
import { signingPart } from './order-form-signing.js';
import { tallMan } from './tall-man.js';

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
  const signError = byId('sign-error');
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
      // the request as the form was opened, to tell whether Cancel would lose anything
      openedKey: null,
      // the request whose alerts are on screen, so Sign answers the alerts of the order as it stands
      checkedKey: null,
      checkSequence: 0,
      checkTimer: null,
      reviewTouched: false,
    };
  }

  const isOpen = () => !section.hidden;

  // The form as its parts (order-form-*.js) see it: elements, state, and each part's functions, added below.
  const ctx = {
    patientId, getPatient, getTimeZone, onSaved, section, form, heading, context, errorArea, search, badges, sentencesField,
    sentences, sentenceStatus, alertsList, checksStatus, signBlocked, signButton, saveButton, signPasswordField, signPassword,
    signError, weekday: byId('weekday'), cancelConfirm: byId('cancel-confirm'),
    field, state: freshState(), busy: false, alertIds: new Map(), freshState, isOpen, combobox: null,
  };
  Object.assign(ctx, fieldsPart(ctx), correctionPart(ctx), checksPart(ctx), alertsPart(ctx), signingPart(ctx), openingPart(ctx));
  const {
    applySentence, askCancel, clearFieldErrors, clearProduct, defaultReview, discard, moveStartToWeekday, open, saveDraft,
    scheduleCheck, setProduct, showCorrectionFields, showPatient, showPrnFields, showWeekday, sign,
  } = ctx;


  // ---- Wiring ----

  ctx.combobox = wireCombobox({
    input: search,
    listbox: byId('product-options'),
    status: byId('product-search-status'),
    search: async (query) => orderProducts(await api(`api/v1/formulary?q=${encodeURIComponent(query)}&limit=20`) ?? []),
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
      if (ctx.state.product) {
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
      if ([field.frequency, field.route, field.doseUnit].includes(input)) showCorrectionFields();
      if (input === field.frequency || input === field.start) showWeekday();
      if (input === field.reviewAt) ctx.state.reviewTouched = true;
      // The review date follows the start until the prescriber sets it.
      if (input === field.start && ctx.state.product?.antimicrobial && !ctx.state.reviewTouched) defaultReview();
      scheduleCheck();
    });
  }
  sentences.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-sentence]');
    const sentence = ctx.state.product?.sentences?.[Number(button?.dataset.sentence)];
    if (sentence) applySentence(sentence);
  });
  ctx.weekday.addEventListener('change', () => {
    moveStartToWeekday();
    scheduleCheck();
  });
  saveButton.addEventListener('click', () => saveDraft());
  signButton.addEventListener('click', () => sign());
  byId('cancel-order-button').addEventListener('click', () => askCancel());
  byId('discard-order-button').addEventListener('click', () => discard());
  byId('keep-editing-button').addEventListener('click', () => {
    ctx.cancelConfirm.hidden = true;
    byId('cancel-order-button').focus();
  });

  return {
    openNew: (opener) => open('new', { opener }),
    /** A new order starting from {@code template}; {@code purpose} comes back with the signed order to onSaved. */
    openPrefilled: (template, opener, purpose) => open('prefilled', { prescription: template, opener, purpose }),
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
