// How a patient's identity and measurements are written on every screen that shows them.
import { h, icon } from './dom.js';

// 10 digits are shown 3-3-4, the way the number is printed on NHS documents and read aloud.
export function formatNhsNumber(value) {
  const digits = String(value ?? '').replace(/\s/g, '');
  return /^\d{10}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : digits;
}

export function patientName(patient) {
  const family = (patient.familyName ?? '').toLocaleUpperCase('en-GB');
  return patient.givenName ? `${family}, ${patient.givenName}` : family;
}

// The API carries units in ASCII; people read the superscript.
export function displayUnit(unit) {
  return String(unit ?? '').replace(/(\d)m2$/, '$1 m²');
}

export function notRecorded() {
  return h('span', { class: 'not-recorded' }, icon('info'), h('span', { i18n: 'common.notRecorded' }));
}

export function dateLine(labelKey, value, timeZone, { time = false } = {}) {
  return h('span', { class: 'secondary' },
    h('span', { i18n: labelKey }), ' ',
    h('time', { datetime: value, 'data-i18n-date': time ? 'datetime' : 'date', 'data-time-zone': timeZone }));
}

// "Penicillin: rash (severe)". Substance and reaction are as staff typed them.
export function allergyItem(allergy) {
  return h('li', {},
    h('strong', { class: 'allergy-substance' }, allergy.substance ?? ''),
    allergy.reaction ? [' — ', h('span', {}, allergy.reaction)] : [' — ', h('span', { i18n: 'allergy.noReaction' })],
    allergy.severity ? [' — ', h('span', { class: 'allergy-severity', i18n: `severity.${allergy.severity}` })] : null);
}

export function hasAllergyStatus(patient) {
  return patient?.allergyStatus === 'KNOWN_ALLERGIES' || patient?.allergyStatus === 'NO_KNOWN_ALLERGIES';
}

/** One line for places that repeat the banner, such as the order form. */
export function allergySummary(patient) {
  if (patient?.allergyStatus === 'KNOWN_ALLERGIES') {
    return h('div', { class: 'allergy-summary allergy-summary-known' },
      h('p', { class: 'allergy-label' }, icon('alert'), h('span', { i18n: 'allergyStatus.KNOWN_ALLERGIES' })),
      h('ul', { class: 'allergy-list' }, (patient.allergies ?? []).map(allergyItem)));
  }
  if (patient?.allergyStatus === 'NO_KNOWN_ALLERGIES') {
    return h('p', { class: 'allergy-summary' }, icon('tick'), h('span', { i18n: 'allergyStatus.NO_KNOWN_ALLERGIES' }));
  }
  return h('p', { class: 'allergy-summary allergy-summary-unrecorded' }, icon('warning'),
    h('span', { i18n: 'allergyBanner.notRecorded' }));
}
