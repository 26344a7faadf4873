// The ward's doses given without a prescription (under patient group directions or as homely remedies, each saying
// which) that still wait for a prescriber's review, shown to prescribers on the ward's page until they review them on
// each patient's page; an overdue review says so in words and an icon.
import { api } from './api.js';
import { byId, enumText, h, icon, put } from './dom.js';
import { patientName } from './patient-facts.js';

/** Who gave the dose and under what, in words that say whether it was a direction or a homely remedy. */
export function startedText(order) {
  return order.kind === 'HOMELY_REMEDY'
    ? { i18n: 'remedy.item.started', args: { title: order.directionTitle, name: order.startedByName } }
    : { i18n: 'pgd.item.started', args: { title: order.directionTitle, name: order.startedByName } };
}

export async function showDirectionReviews(session, ward) {
  if (!session?.roles?.includes('PRESCRIBER')) return;
  const awaiting = await api(`api/v1/patient-group-directions/orders?awaitingReview=true&ward=${encodeURIComponent(ward.code)}`);
  byId('direction-reviews').hidden = false;
  const when = (value) => h('time', { datetime: value, 'data-i18n-date': 'datetime', 'data-time-zone': ward.timeZone });
  put(byId('direction-review-list'), awaiting.length === 0 ? h('p', { i18n: 'pgd.ward.none' }) : h('ul', { class: 'direction-orders' },
    awaiting.map((order) => h('li', { class: 'direction-order', 'data-prescription-id': order.prescriptionId },
      h('p', {}, h('a', { href: `patient.html?id=${encodeURIComponent(order.patientId)}` },
        patientName(order)),
      order.bed ? h('span', {}, ' · ', h('span', { i18n: 'pgd.ward.bed', args: { bed: order.bed } })) : null),
      h('p', {}, h('strong', {}, enumText('remedy.kind', order.kind)), ' · ', h('span', { lang: 'en' }, order.description), ' · ',
        h('span', startedText(order))),
      h('p', { class: order.reviewOverdue ? 'review-overdue' : null }, icon(order.reviewOverdue ? 'alert' : 'clock'),
        h('span', { i18n: order.reviewOverdue ? 'pgd.item.overdue' : 'pgd.item.reviewDue' }), ' ', when(order.reviewDueAt))))));
}
