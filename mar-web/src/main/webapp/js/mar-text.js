// How doses, their states and administration records are written on the drug round and the MAR chart,
// so both screens say the same thing in the same words.
import { enumText, h, icon, problemText } from './dom.js';
import { has } from './i18n.js';
import { eventParts, reasonParts, struckParts } from './infusion-text.js';
import { plainNumber, recordedDoseParts, unitCountArgs, unitCountKey } from './dose-text.js';
import { medicineBadges, medicineLine } from './medicine-text.js';
import { localTime } from './zoned-time.js';

const STATE_ICON = {
  NOT_YET_DUE: 'clock', DUE: 'clock', OVERDUE: 'warning', GIVEN: 'tick', NOT_GIVEN: 'cross',
};
const STOP_TYPE = /\/problems\/stop\/([a-z-]+)$/;

/** A ward-local clock time, with the instant in the markup for anyone (or any test) that needs it. */
export function clockTime(instant, timeZone) {
  return h('time', { datetime: instant }, localTime(instant, timeZone));
}

/** Pieces of infusion-text.js as elements: a message translated in place, the server's English marked as English. */
export function partNodes(parts) {
  return parts.map((part) => {
    if (typeof part === 'string') return part;
    if (part.en !== undefined) return h('span', { lang: 'en' }, part.en);
    return h(part.strong ? 'strong' : 'span', { i18n: part.key, args: part.args });
  });
}

/**
 * An infusion's event after its time, with the nurse's reason below, and struck through, saying who struck it and why,
 * when it was made in error: the patient page's history and the MAR's timeline.
 */
export function infusionEventWords(event) {
  const reason = reasonParts(event);
  const words = [partNodes(eventParts(event)), reason.length ? h('div', { class: 'infusion-event-reason' }, partNodes(reason)) : null];
  if (!event.struckThroughBy) return words;
  return [h('del', {}, words), h('div', { class: 'record-error-note' }, icon('cross'), partNodes(struckParts(event)))];
}

// A share of the day as a position on a day's track (infusions, oxygen): set through the CSSOM, which the style-src
// 'self' policy allows.
export function placed(element, left, width) {
  element.style.left = `${left}%`;
  if (width !== undefined) element.style.width = `${width}%`;
  return element;
}

export function dateTime(instant, timeZone) {
  return h('time', { datetime: instant, 'data-i18n-date': 'datetime', 'data-time-zone': timeZone });
}

export function doseState(state) {
  return h('span', { class: `dose-state dose-state-${String(state).toLowerCase().replace(/_/g, '-')}` },
    icon(STATE_ICON[state] ?? 'info'), enumText('doseState', state));
}

/**
 * A dose as the NHS CUI medication line writes it (dose-text.js): "1 g", "2 tablets", "1 to 2 tablets". The unit word
 * is a message, so it follows the language and the amount ("2 tablets", Welsh "2 dabled" stays "2 tabled").
 */
export function doseAmount({ dose, doseUpTo, doseUnit }) {
  if (dose === null || dose === undefined || dose === '') return '';
  const last = doseUpTo === null || doseUpTo === undefined ? null : plainNumber(doseUpTo);
  const amount = last === null
    ? plainNumber(dose)
    : h('span', { i18n: 'dose.range', args: { from: plainNumber(dose), to: last } });
  const key = unitCountKey(doseUnit);
  const unit = has(key) ? h('span', { i18n: key, args: unitCountArgs(last ?? dose) }) : h('span', {}, doseUnit ?? '');
  return h('span', { class: 'nowrap dose-amount' }, amount, ' ', unit);
}

/** The dose the order asks for. */
export function prescribedDose(order) {
  return doseAmount(order);
}

/** The dose a record says was given. */
export function recordedDose(record) {
  return doseAmount(recordedDoseParts(record));
}

/** The order as the nurse must read it: its full text in English, with every flag that changes what they do. */
export function orderSummary(order, { headingTag = null, headingId } = {}) {
  const badges = [
    order.verified === false
      ? h('span', { class: 'badge badge-unverified' }, icon('warning'), h('span', { i18n: 'badge.notVerified' }))
      : null,
    ...medicineBadges(order),
    order.status && !['VERIFIED', 'PENDING_VERIFICATION'].includes(order.status)
      ? h('span', { class: 'badge badge-inactive' }, icon('pause'), enumText('orderStatus', order.status))
      : null,
  ].filter(Boolean);
  const description = medicineLine(order, { tag: headingTag ?? 'span', id: headingId });
  return [
    description,
    h('span', { class: 'order-facts' }, enumText('route', order.route), ' · ', enumText('frequency', order.frequency)),
    badges.length > 0 ? h('span', { class: 'badges' }, badges) : null,
    order.instructions ? h('span', { class: 'secondary', lang: 'en' }, order.instructions) : null,
    order.correctionScaleText ? h('span', { class: 'secondary correction-scale', lang: 'en' }, order.correctionScaleText) : null,
  ];
}

// medicine: name the order too, where the line stands away from its order (the drug round's list).
export function missingDoseItem(request, timeZone, { medicine = false } = {}) {
  return h('li', { class: 'missing-dose', 'data-request-id': request.id, 'data-status': request.status },
    icon(request.status === 'SUPPLIED' ? 'tick' : 'info'),
    h('span', {}, h('span', { i18n: 'missingDose.label' }), ' ', enumText('missingDoseStatus', request.status)),
    medicine && request.description ? [' · ', medicineLine(request)] : null,
    request.updatedAt || request.requestedAt ? [' · ', dateTime(request.updatedAt ?? request.requestedAt, timeZone)] : null,
    request.updateNote ? h('span', { class: 'secondary', lang: 'en' }, request.updateNote) : null);
}

// What pharmacy's dispensing system reported it dispensed for the order (RDS^O13): the latest, and how many.
export function dispenseNote(dispenses, timeZone) {
  if (!dispenses?.length) return null;
  const last = dispenses[dispenses.length - 1];
  return h('p', { class: 'dispensed', 'data-dispenses': dispenses.length },
    icon('tick'), h('span', { i18n: 'dispense.label' }), ' ',
    last.amount != null ? h('span', { lang: 'en' }, `${Number(last.amount)} ${last.units ?? ''}`.trim()) : null,
    last.dispensedAt ? [' · ', dateTime(last.dispensedAt, timeZone)] : null,
    last.prescriptionNumber ? [' · ', h('span', { lang: 'en' }, last.prescriptionNumber)] : null);
}

export function missingDoseList(requests, timeZone) {
  if (!requests?.length) return null;
  return h('ul', { class: 'missing-doses' }, requests.map((request) => missingDoseItem(request, timeZone)));
}

export function stopCode(problem) {
  return STOP_TYPE.exec(problem?.type ?? '')?.[1] ?? null;
}

// A heading from the bundles names the stop; the server's sentence below says exactly what is wrong, in the
// user's language from its code and args (in English only when the bundles do not know the code).
export function showStop(error, target) {
  const problem = error?.problem;
  const code = stopCode(problem);
  const detail = problem?.detail || problem?.title;
  const heading = code && has(`stop.${code}`) ? h('p', { class: 'stop-heading' }, icon('stop'), h('span', { i18n: `stop.${code}` })) : null;
  if (detail) {
    target.replaceChildren(h('div', { class: 'stop', 'data-stop': code ?? undefined },
      heading,
      h('p', { class: 'message' }, heading ? null : icon('alert'), problemText(problem))));
  } else if (error?.messageKey) {
    target.replaceChildren(h('p', { class: 'message' }, icon('alert'), h('span', { i18n: error.messageKey, args: error.messageArgs })));
  } else {
    console.error(error);
    target.replaceChildren(h('p', { class: 'message' }, icon('alert'), h('span', { i18n: 'error.unexpected' })));
  }
}
