// The top of the patient chart: the allergy banner, the facts the order checks use, and the heading.
import { byId, enumText, h, icon, put } from './dom.js';
import { translateElement } from './i18n.js';
import { canRecord, chart } from './patient-chart.js';
import { allergyItem, dateLine, displayUnit, formatNhsNumber, notRecorded, patientName } from './patient-facts.js';

function showAllergyBanner() {
  const banner = byId('allergy-banner');
  banner.setAttribute('aria-busy', 'false');
  banner.className = 'allergy-banner';
  banner.removeAttribute('role');
  banner.removeAttribute('aria-label');
  delete banner.dataset.i18nAttr;
  const status = chart.patient.allergyStatus;
  if (status === 'KNOWN_ALLERGIES' || status === 'NO_KNOWN_ALLERGIES') {
    banner.setAttribute('role', 'region');
    banner.dataset.i18nAttr = 'aria-label:allergyBanner.label';
    translateElement(banner);
  }
  if (status === 'KNOWN_ALLERGIES') {
    banner.classList.add('allergy-banner-known');
    const allergies = chart.patient.allergies ?? [];
    put(banner,
      h('p', { class: 'allergy-banner-title' }, icon('alert'), h('span', { i18n: 'allergyStatus.KNOWN_ALLERGIES' })),
      allergies.length > 0 ? h('ul', { class: 'allergy-banner-list' }, allergies.map(allergyItem)) : null);
  } else if (status === 'NO_KNOWN_ALLERGIES') {
    banner.classList.add('allergy-banner-none');
    banner.replaceChildren(h('p', { class: 'allergy-banner-title' }, icon('tick'),
      h('span', { i18n: 'allergyStatus.NO_KNOWN_ALLERGIES' })));
  } else {
    // Anything but the two recorded states counts as unrecorded: never suggest "no allergies" by default.
    banner.classList.add('allergy-banner-unrecorded');
    banner.setAttribute('role', 'alert');
    put(banner,
      h('p', { class: 'allergy-banner-title' }, icon('warning'), h('span', { i18n: 'allergyBanner.notRecorded' })),
      canRecord() ? h('p', {}, h('a', { href: '#allergy-heading', class: 'banner-link', i18n: 'allergyBanner.recordLink' })) : null);
  }
}

function fact(labelKey, ...value) {
  return h('div', { class: 'fact' }, h('dt', { i18n: labelKey }), h('dd', {}, ...value));
}

function measurement(value, labelPrefix) {
  if (!value) return notRecorded();
  return [
    h('span', { class: 'value' }, labelPrefix ? [enumText('renal', value.kind), ' '] : null, `${value.value} ${displayUnit(value.unit)}`),
    dateLine('patients.measured', value.measuredAt, chart.timeZone),
  ];
}

function wardAndBed() {
  if (!chart.patient.ward) return h('span', { i18n: 'patient.noWard' });
  return [
    h('span', { class: 'value', text: { en: chart.patient.ward.name ?? chart.patient.ward.code, cy: chart.patient.ward.nameCy } }),
    chart.patient.bed ? h('span', { class: 'value', i18n: 'patient.bedValue', args: { bed: chart.patient.bed } }) : null,
  ];
}

function pregnancyValue() {
  const status = chart.patient.pregnancyStatus;
  const flagged = status === 'PREGNANT' || status === 'BREASTFEEDING';
  return h('span', { class: flagged ? 'with-icon pregnancy-flag' : 'with-icon' }, flagged ? icon('alert') : null, enumText('pregnancy', status));
}

function showFacts() {
  const age = chart.patient.ageYears;
  put(byId('patient-facts'),
    fact('patients.hospitalNumber', h('span', { class: 'value' }, chart.patient.hospitalNumber ?? '')),
    fact('patients.nhsNumber', chart.patient.nhsNumber ? h('span', { class: 'value nowrap' }, formatNhsNumber(chart.patient.nhsNumber)) : notRecorded()),
    fact('patient.age', age === null || age === undefined
      ? notRecorded()
      : h('span', { class: 'value', i18n: 'patients.ageYears', args: { count: age } }),
    chart.patient.dateOfBirth ? dateLine('patients.born', chart.patient.dateOfBirth) : null),
    fact('patient.sex', chart.patient.sex ? h('span', { class: 'value' }, enumText('sex', chart.patient.sex)) : notRecorded()),
    fact('patient.wardBed', wardAndBed()),
    fact('patients.weight', measurement(chart.patient.weight)),
    fact('patient.height', measurement(chart.patient.height)),
    fact('patients.renal', measurement(chart.patient.renalFunction, true)),
    chart.patient.pregnancyStatus && chart.patient.pregnancyStatus !== 'NOT_APPLICABLE' ? fact('patient.pregnancy', pregnancyValue()) : null,
    fact('patient.language', chart.patient.language
      ? h('span', { class: 'value' }, enumText('patientLanguage', chart.patient.language)) : notRecorded()));
}

function showHeading() {
  const name = patientName(chart.patient);
  const heading = byId('patient-name');
  delete heading.dataset.i18n;
  heading.textContent = name;
  const title = document.querySelector('title');
  title.dataset.i18n = 'patient.title';
  title.dataset.i18nArgs = JSON.stringify({ patient: name });
  translateElement(title);
}

function showRecordForms() {
  byId('record-section').hidden = !canRecord();
  byId('record-nkda-form').hidden = chart.patient.allergyStatus === 'KNOWN_ALLERGIES' || chart.patient.allergyStatus === 'NO_KNOWN_ALLERGIES';
  byId('record-pregnancy-form').hidden = chart.patient.sex !== 'FEMALE';
  const pregnancy = byId('pregnancy-status');
  pregnancy.value = [...pregnancy.options].some((option) => option.value === chart.patient.pregnancyStatus) ? chart.patient.pregnancyStatus : '';
  byId('patient-language').value = chart.patient.language ?? '';
}

export function showPatient() {
  showAllergyBanner();
  showHeading();
  showFacts();
  showRecordForms();
}

