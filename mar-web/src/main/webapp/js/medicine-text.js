// Codes the formulary and orders use, shown in words from the bundles, and the badges that mark a medicine.
import { h, icon } from './dom.js';
import { has } from './i18n.js';
import { tallMan } from './tall-man.js';

export const FREQUENCIES = ['OD', 'BD', 'TDS', 'QDS', 'FIVE', 'ON', 'MANE', 'Q4H', 'Q6H', 'Q8H', 'Q12H', 'Q48H', 'Q72H', 'WEEKLY',
  'STAT', 'PRN'];

/** An option whose words come from the bundles; a code they do not know yet is shown as sent. */
export function enumOption(prefix, value) {
  const key = `${prefix}.${value}`;
  return has(key) ? h('option', { value, i18n: key }) : h('option', { value }, value);
}

export function choosePrompt() {
  return h('option', { value: '', i18n: 'common.choose' });
}

function badge(kind, key, args, iconName) {
  return h('span', { class: `badge badge-${kind}` }, iconName ? icon(iconName) : null, h('span', { i18n: key, args }));
}

/** Works for a formulary product and for a prescription, which carry the same flags. */
export function medicineBadges(medicine, { reviewDue = false } = {}) {
  return [
    medicine.controlledDrugSchedule ? badge('cd', 'badge.cd', { schedule: medicine.controlledDrugSchedule }, 'lock') : null,
    medicine.highAlert ? badge('high-alert', 'badge.highAlert', undefined, 'warning') : null,
    medicine.critical ? badge('critical', 'badge.critical', undefined, 'clock') : null,
    medicine.antimicrobial ? badge('antimicrobial', 'badge.antimicrobial') : null,
    reviewDue ? badge('review', 'badge.reviewDue', undefined, 'alert') : null,
  ].filter(Boolean);
}

/**
 * An order's description as a medication line (NHS CUI "Medication Line"): the medicine's name first and in bold, then
 * dose, route and frequency as the server wrote them (in English, so marked lang="en"), with look-alike names in
 * tall-man letters. order is anything with description and productName (an order, a request, a queue item).
 */
export function medicineLine(order, { tag = 'span', id, className = 'order-description' } = {}) {
  const description = order?.description ?? order?.productName ?? '';
  const name = order?.productName ?? '';
  const starts = name && description.toLowerCase().startsWith(name.toLowerCase());
  return h(tag, { class: className, lang: 'en', id },
    starts ? [h('strong', { class: 'medicine-name' }, tallMan(description.slice(0, name.length))), tallMan(description.slice(name.length))]
      : tallMan(description));
}
