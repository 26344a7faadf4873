// How the pharmacy screens write waiting times, patients and the pharmacist's own records.
import { enumText, h, icon } from './dom.js';
import { dateTime } from './mar-text.js';
import { displayUnit, notRecorded } from './patient-facts.js';

export const WARD_TIME_ZONE = 'Europe/London';

export const INTERVENTION_CATEGORIES = ['DOSE', 'INTERACTION', 'ALLERGY', 'ROUTE', 'DUPLICATE', 'FORMULATION', 'OTHER'];

/** "45 min" or "2 h 10 min": hours and minutes read faster than a clock time at a glance down a queue. */
export function waitingTime(minutes) {
  const total = Math.max(0, Math.floor(Number(minutes) || 0));
  if (total < 60) return h('span', { i18n: 'pharmacy.duration.minutes', args: { minutes: total } });
  return h('span', { i18n: 'pharmacy.duration.hours', args: { hours: Math.floor(total / 60), minutes: total % 60 } });
}

// The queue carries allergies as the server's "substance (reaction)" strings. Anything but the two recorded
// states is shown as unrecorded, never as "no allergies".
export function allergyFact(patient) {
  if (patient.allergyStatus === 'KNOWN_ALLERGIES') {
    const allergies = patient.allergies ?? [];
    return h('div', { class: 'allergy allergy-known' },
      h('p', { class: 'allergy-label' }, icon('alert'), h('span', { i18n: 'allergyStatus.KNOWN_ALLERGIES' })),
      allergies.length > 0 ? h('ul', { class: 'allergy-list' }, allergies.map((allergy) => h('li', {}, allergy))) : null);
  }
  if (patient.allergyStatus === 'NO_KNOWN_ALLERGIES') {
    return h('p', { class: 'allergy allergy-none' }, icon('tick'), h('span', { i18n: 'allergyStatus.NO_KNOWN_ALLERGIES' }));
  }
  return h('p', { class: 'allergy allergy-unrecorded' }, icon('warning'), h('span', { i18n: 'allergyStatus.NOT_RECORDED' }));
}

/** A weight or renal result with when it was measured: an old result is a reason to ask for a new one. */
export function measurementFact(measurement, timeZone, { kind = false } = {}) {
  if (!measurement) return notRecorded();
  return [
    h('span', { class: 'value' }, kind ? [enumText('renal', measurement.kind), ' '] : null,
      `${measurement.value} ${displayUnit(measurement.unit)}`),
    measurement.measuredAt
      ? h('span', { class: 'secondary' }, h('span', { i18n: 'patients.measured' }), ' ', dateTime(measurement.measuredAt, timeZone))
      : null,
  ];
}

export function interventionItem(intervention, timeZone) {
  return h('li', { class: 'intervention', 'data-intervention-id': intervention.id, 'data-category': intervention.category },
    h('p', { class: 'intervention-head' },
      h('strong', {}, enumText('pharmacy.interventionCategory', intervention.category)),
      intervention.recordedAt ? [' · ', dateTime(intervention.recordedAt, timeZone)] : null,
      intervention.recordedBy ? [' · ', h('span', { i18n: 'pharmacy.recordedBy', args: { name: intervention.recordedBy } })] : null),
    // Typed by a pharmacist in whichever language they work in, so no language is claimed for it.
    h('p', { class: 'intervention-note' }, intervention.note ?? ''));
}
