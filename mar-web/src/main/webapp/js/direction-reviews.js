// The ward's doses given under patient group directions that still wait for a prescriber's review, shown to prescribers
// on the ward's page until they review them on each patient's page; an overdue review says so in words and an icon.
import { api } from './api.js';
import { byId, h, icon, put } from './dom.js';
import { patientName } from './patient-facts.js';

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
      h('p', {}, h('strong', { lang: 'en' }, order.description), ' · ',
        h('span', { i18n: 'pgd.item.started', args: { title: order.directionTitle, name: order.startedByName } })),
      h('p', { class: order.reviewOverdue ? 'review-overdue' : null }, icon(order.reviewOverdue ? 'alert' : 'clock'),
        h('span', { i18n: order.reviewOverdue ? 'pgd.item.overdue' : 'pgd.item.reviewDue' }), ' ', when(order.reviewDueAt))))));
}
