import { api } from './api.js';
import { showDirectionReviews } from './direction-reviews.js';
import { showReconciliationFlags } from './reconciliation-flags.js';
import { showVteFlags } from './vte-flags.js';
import { enumText, h, icon, showMessage, showProblem } from './dom.js';
import { showCurrentWard, startPage } from './header.js';
import { translateElement } from './i18n.js';
import { dateLine, displayUnit, formatNhsNumber, notRecorded, patientName } from './patient-facts.js';

const COLUMNS = 9;

// Anything but the two recorded states is shown as unrecorded: the screen must never suggest a patient
// has no allergies when nobody has said so.
function allergyCell(patient) {
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

function weightCell(weight, timeZone) {
  if (!weight) return notRecorded();
  return [
    h('span', { class: 'value' }, `${weight.value} ${displayUnit(weight.unit)}`),
    dateLine('patients.measured', weight.measuredAt, timeZone),
  ];
}

function renalCell(renal, timeZone) {
  if (!renal) return notRecorded();
  return [
    h('span', { class: 'value' }, enumText('renal', renal.kind), ` ${renal.value} ${displayUnit(renal.unit)}`),
    dateLine('patients.measured', renal.measuredAt, timeZone),
  ];
}

function ageSexCell(patient) {
  const pregnancy = patient.pregnancyStatus;
  const pregnancyFlag = pregnancy === 'PREGNANT' || pregnancy === 'BREASTFEEDING';
  return [
    patient.ageYears === null || patient.ageYears === undefined
      ? notRecorded()
      : h('span', { class: 'value', i18n: 'patients.ageYears', args: { count: patient.ageYears } }),
    h('span', { class: 'value' }, patient.sex ? enumText('sex', patient.sex) : notRecorded()),
    pregnancy && pregnancy !== 'NOT_APPLICABLE'
      ? h('span', { class: pregnancyFlag ? 'pregnancy pregnancy-flag' : 'pregnancy' },
        pregnancyFlag ? icon('alert') : null,
        h('span', { i18n: 'patients.pregnancy' }), ' ', enumText('pregnancy', pregnancy))
      : null,
    patient.dateOfBirth ? dateLine('patients.born', patient.dateOfBirth) : null,
  ];
}

function marCell(patient, wardCode) {
  if (patient.patientId === null || patient.patientId === undefined) return h('td', {});
  const query = new URLSearchParams({ patient: patient.patientId, ward: wardCode });
  return h('td', {}, h('a', {
    class: 'mar-link', href: `mar.html?${query}`, 'data-action': 'mar', 'data-patient-id': patient.patientId,
    i18n: 'patients.marLink', 'data-i18n-attr': 'aria-label:patients.marLinkFor', args: { patient: patientName(patient) },
  }));
}

function patientRow(patient, timeZone, wardCode) {
  return h('tr', { 'data-hospital-number': patient.hospitalNumber },
    h('td', { class: 'bed' }, patient.bed ?? ''),
    h('th', { scope: 'row', class: 'patient-name' }, patient.patientId === null || patient.patientId === undefined
      ? patientName(patient)
      : h('a', { href: `patient.html?id=${encodeURIComponent(patient.patientId)}`, 'data-patient-id': patient.patientId }, patientName(patient))),
    h('td', {}, patient.hospitalNumber ?? ''),
    h('td', { class: 'nowrap' }, patient.nhsNumber ? formatNhsNumber(patient.nhsNumber) : notRecorded()),
    h('td', {}, ageSexCell(patient)),
    h('td', { class: 'allergy-cell' }, allergyCell(patient)),
    h('td', {}, weightCell(patient.weight, timeZone)),
    h('td', {}, renalCell(patient.renalFunction, timeZone)),
    marCell(patient, wardCode));
}

function showWard(ward) {
  const names = { en: ward.name ?? ward.code, cy: ward.nameCy };
  const title = document.querySelector('title');
  title.dataset.i18n = 'ward.title';
  title.dataset.i18nArgs = JSON.stringify({ ward: names });
  translateElement(title);
  const heading = document.getElementById('ward-name');
  delete heading.dataset.i18n;
  heading.dataset.textEn = names.en;
  if (names.cy) heading.dataset.textCy = names.cy;
  translateElement(heading);
  document.getElementById('ward-facts').replaceChildren(
    h('span', { i18n: 'ward.code', args: { code: ward.code } }),
    ward.specialty ? enumText('specialty', ward.specialty) : null,
    h('span', { i18n: 'ward.patientCount', args: { count: ward.patientCount ?? 0 } }),
    h('span', { i18n: 'ward.bedCount', args: { count: ward.bedCount ?? 0 } }));
  showCurrentWard(ward);
  document.getElementById('drug-round-link').href = `drug-round.html?ward=${encodeURIComponent(ward.code)}`;
  document.getElementById('ward-links').hidden = false;
}

async function main() {
  const session = await startPage();
  if (!session) return;
  const tbody = document.querySelector('#patients tbody');
  const code = new URLSearchParams(location.search).get('code');
  if (!code) {
    tbody.replaceChildren();
    showMessage(document.getElementById('page-error'), 'ward.noCode');
    return;
  }
  const path = `api/v1/wards/${encodeURIComponent(code)}`;
  let ward;
  let patients;
  try {
    [ward, patients] = await Promise.all([api(path), api(`${path}/patients`)]);
  } catch (error) {
    tbody.replaceChildren();
    throw error;
  }
  showWard(ward);
  document.getElementById('patients').setAttribute('aria-busy', 'false');
  tbody.replaceChildren(...(patients.length > 0
    ? patients.map((patient) => patientRow(patient, ward.timeZone, ward.code))
    : [h('tr', {}, h('td', { colspan: COLUMNS, i18n: 'patients.none' }))]));
  await Promise.all([showDirectionReviews(session, ward), showReconciliationFlags(session, ward), showVteFlags(session, ward)]);
}

main().catch((error) => showProblem(error));
