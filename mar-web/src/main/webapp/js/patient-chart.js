// The patient chart page's state, shared by its parts (patient-summary.js, patient-orders.js,
// patient-order-actions.js, patient-record-forms.js): who is looking, at which patient, and what the page has loaded.
import { byId, h, icon } from './dom.js';

const RECORDING_ROLES = ['NURSE', 'PRESCRIBER', 'PHARMACIST'];

export const chart = {
  session: null,
  patientId: null,
  patient: null,
  prescriptions: [],
  timeZone: 'Europe/London',
  orderForm: null,
};

export const hasRole = (role) => Boolean(chart.session?.roles?.includes(role));
export const isPrescriber = () => hasRole('PRESCRIBER');
export const canRecord = () => RECORDING_ROLES.some(hasRole);
export const patientPath = (suffix = '') => `api/v1/patients/${encodeURIComponent(chart.patientId)}${suffix}`;
export const prescriptionPath = (id, suffix = '') => `api/v1/prescriptions/${encodeURIComponent(id)}${suffix}`;

export function announce(key, args) {
  byId('order-status').replaceChildren(h('p', { class: 'message' }, icon('tick'), h('span', { i18n: key, args })));
}
