// How oxygen is written wherever it shows (the patient's page, the drug round, the MAR; docs/bedside-observations.md):
// the target, the device and flow, and a check's reading against the target in words, shape and icon — never by
// colour alone — with the BTS 2017 advice after a check.
import { enumText, h, icon } from './dom.js';
import { adviceKey, READING_SYMBOL } from './oxygen-reading.js';

export function deviceWords(device, venturiPercent) {
  return device === 'VENTURI_MASK' && venturiPercent
    ? h('span', { i18n: 'oxygen.venturiAt', args: { percent: venturiPercent } })
    : enumText('oxygen.deviceName', device);
}

/** The named BTS range in words, or the patient's own range with the prescriber's reason (in English, as written). */
export function targetWords(order) {
  return order.targetKind === 'PATIENT_SPECIFIC'
    ? h('span', { i18n: 'oxygen.ownTarget', args: { target: order.target } }, ' ', h('span', { lang: 'en' }, `(${order.targetReason})`))
    : enumText('oxygen.target', order.targetKind);
}

export function flowWords(lowest, highest) {
  return Number(lowest) === Number(highest)
    ? h('span', { i18n: 'oxygen.flowAt', args: { flow: lowest } })
    : h('span', { i18n: 'oxygen.flowRange', args: { lowest, highest } });
}

/** An order's terms on one line: "88–92% (risk of …) · Venturi mask 28% · 4 L/min". */
export function orderTerms(order) {
  return [targetWords(order), ' · ', deviceWords(order.device, order.venturiPercent), ' · ',
    flowWords(order.flowLowest, order.flowHighest)];
}

/** What the patient was on at a check: "Venturi mask 28%, 4 L/min". */
export function checkDelivery(check) {
  return [deviceWords(check.device, check.venturiPercent), ', ', h('span', { i18n: 'oxygen.flowAt', args: { flow: check.flow } })];
}

/**
 * A reading against the target: its shape (▼ ● ▲, hidden from screen readers, which hear the words), the icon (left out
 * where a key explains the shapes), and the words; the target in brackets when given.
 */
export function readingMark(reading, target, { withIcon = true } = {}) {
  return h('span', { class: `oxygen-reading oxygen-reading-${reading}`, 'data-reading': reading },
    h('span', { class: 'oxygen-symbol', 'aria-hidden': 'true' }, READING_SYMBOL[reading] ?? ''), ' ',
    reading === 'WITHIN' || !withIcon ? null : icon('alert'),
    enumText('oxygen.readingShort', reading), target ? ` (${target})` : null);
}

/** The answer to a check, in the words BTS 2017 gives; outside the target it is an alert. */
export function adviceMessage(check, order) {
  const words = h('p', { class: 'message' }, icon(check.reading === 'WITHIN' ? 'tick' : 'alert'),
    h('span', { i18n: adviceKey(check.reading, order?.targetKind), args: { target: order?.target ?? '' } }));
  return check.reading === 'WITHIN' ? words : h('div', { class: 'alert' }, words);
}
