// One order in the pharmacist's verification queue. What the prescriber overrode comes first and loudest,
// because an override is a decision the pharmacist is there to check; then the patient facts the order
// checks used, the order itself, the other alerts, and the actions.
import { alertBody, sortAlerts } from './alerts.js';
import { h, icon } from './dom.js';
import { dateTime, orderSummary } from './mar-text.js';
import { orderStatus } from './order-status.js';
import { allergyFact, measurementFact, waitingTime } from './pharmacy-text.js';
import { patientName } from './patient-facts.js';
import { medicineLine } from './medicine-text.js';

function fact(labelKey, ...value) {
  return h('div', { class: 'fact' }, h('dt', { i18n: labelKey }), h('dd', {}, ...value));
}

function wardAndBed(patient, wardName) {
  if (!patient.wardCode) return h('span', { i18n: 'patient.noWard' });
  return [
    h('span', { class: 'value', text: wardName(patient.wardCode) }),
    patient.bed ? h('span', { class: 'value', i18n: 'patient.bedValue', args: { bed: patient.bed } }) : null,
  ];
}

function patientFacts(patient, timeZone, wardName) {
  const age = patient.ageYears;
  return h('dl', { class: 'facts queue-patient' },
    fact('pharmacy.queue.patient', h('a', {
      class: 'value patient-link', href: `patient.html?id=${encodeURIComponent(patient.id)}`, 'data-patient-id': patient.id,
    }, patientName(patient))),
    fact('patients.hospitalNumber', h('span', { class: 'value' }, patient.hospitalNumber ?? '')),
    fact('patient.age', age === null || age === undefined
      ? h('span', { class: 'value', i18n: 'common.notRecorded' })
      : h('span', { class: 'value', i18n: 'patients.ageYears', args: { count: age } })),
    fact('patient.wardBed', wardAndBed(patient, wardName)),
    fact('patients.weight', measurementFact(patient.weight, timeZone)),
    fact('patients.renal', measurementFact(patient.renalFunction, timeZone, { kind: true })),
    h('div', { class: 'fact fact-wide' }, h('dt', { i18n: 'patients.allergies' }), h('dd', {}, allergyFact(patient))));
}

function acknowledgement(alert) {
  return alert.acknowledgedBy
    ? h('p', { class: 'alert-acknowledged' }, icon('tick'), h('span', { i18n: 'pharmacy.queue.acknowledgedBy', args: { name: alert.acknowledgedBy } }))
    : null;
}

function overrideList(alerts, idPrefix) {
  if (alerts.length === 0) return null;
  return h('div', { class: 'queue-overrides' },
    h('h4', { class: 'with-icon' }, icon('alert'), h('span', { i18n: 'pharmacy.queue.overridesHeading', args: { count: alerts.length } })),
    h('ul', { class: 'order-alerts' }, alerts.map((alert, index) => h('li', {
      class: `order-alert order-alert-${String(alert.severity).toLowerCase()} order-alert-overridden`,
      'data-alert-key': alert.key, 'data-severity': alert.severity, 'data-category': alert.category, 'data-overridden': 'true',
    },
    h('p', { class: 'override-reason' },
      h('span', { class: 'override-reason-label', i18n: 'pharmacy.queue.overrideReason' }), ' ',
      // The prescriber typed this; its language is not known, so none is claimed.
      h('strong', { class: 'override-reason-text' }, alert.overrideReason)),
    alertBody(alert, `${idPrefix}-override-${index}`),
    acknowledgement(alert)))));
}

function otherAlerts(alerts, idPrefix) {
  if (alerts.length === 0) return h('p', { class: 'queue-no-alerts' }, icon('info'), h('span', { i18n: 'pharmacy.queue.noAlerts' }));
  return [
    h('h4', { i18n: 'pharmacy.queue.alertsHeading', args: { count: alerts.length } }),
    h('ul', { class: 'order-alerts' }, alerts.map((alert, index) => h('li', {
      class: `order-alert order-alert-${String(alert.severity).toLowerCase()}`,
      'data-alert-key': alert.key, 'data-severity': alert.severity, 'data-category': alert.category,
    }, alertBody(alert, `${idPrefix}-alert-${index}`), acknowledgement(alert)))),
  ];
}

function orderFacts(order, timeZone) {
  return h('p', { class: 'queue-order-facts' },
    h('span', {}, h('span', { i18n: 'pharmacy.queue.prescriber' }), ' ', h('strong', {}, order.prescribedByName ?? order.prescribedBy ?? '')),
    order.signedAt ? h('span', {}, h('span', { i18n: 'orders.signed' }), ' ', dateTime(order.signedAt, timeZone)) : null,
    order.start ? h('span', {}, h('span', { i18n: 'orders.start' }), ' ', dateTime(order.start, timeZone)) : null,
    order.end ? h('span', {}, h('span', { i18n: 'orders.end' }), ' ', dateTime(order.end, timeZone)) : null,
    h('span', {}, h('span', { i18n: 'pharmacy.queue.indication' }), ' ', order.indication
      ? h('span', { lang: 'en' }, order.indication)
      : h('span', { i18n: 'orders.noIndication' })),
    order.version > 1 ? h('span', { i18n: 'pharmacy.queue.changedOrder', args: { version: order.version } }) : null);
}

function actionButton(action, look, labelKey, forKey, args, orderId, extra = {}) {
  return h('button', {
    type: 'button', class: look, 'data-action': action, 'data-prescription-id': orderId,
    i18n: labelKey, 'data-i18n-attr': `aria-label:${forKey}`, args, ...extra,
  });
}

/** The expanding part: filled in by the page when first opened, since most items are verified without it. */
function more(order, timeZone) {
  return h('details', {
    class: 'queue-more', 'data-prescription-id': order.id, 'data-patient-id': order.patientId, 'data-time-zone': timeZone,
  },
    h('summary', {}, h('span', { i18n: 'pharmacy.queue.more' })),
    h('div', { class: 'queue-more-body' }));
}

export function queueItem(item, { timeZone, wardName }) {
  const { order, patient } = item;
  const alerts = sortAlerts(order.alerts ?? []);
  const overridden = alerts.filter((alert) => alert.overrideReason);
  const rest = alerts.filter((alert) => !alert.overrideReason);
  const idPrefix = `queue-${order.id}`;
  const ownOrder = item.verifiableByYou === false;
  const args = { order: order.description ?? order.productName ?? '', patient: patientName(patient) };
  return h('li', {
    class: `queue-item${overridden.length > 0 ? ' queue-item-override' : ''}`,
    'data-prescription-id': order.id,
    'data-patient-id': patient.id,
    'data-hospital-number': patient.hospitalNumber,
    'data-ward': patient.wardCode,
    'data-has-overrides': item.hasOverrides ? 'true' : 'false',
    'data-serious-alerts': item.seriousAlerts ?? 0,
    'data-waiting-minutes': item.waitingMinutes ?? 0,
  },
  h('div', { class: 'queue-item-head' },
    h('h3', { id: `${idPrefix}-heading`, tabindex: '-1' },
      h('span', { class: 'queue-item-patient' }, patientName(patient)), ' — ',
      medicineLine(order, { className: null })),
    h('p', { class: 'queue-waiting' }, icon('clock'), h('span', { i18n: 'pharmacy.queue.waiting' }), ' ',
      h('strong', { class: 'queue-waiting-time' }, waitingTime(item.waitingMinutes)))),
  overrideList(overridden, idPrefix),
  patientFacts(patient, timeZone, wardName),
  h('div', { class: 'queue-order' }, orderSummary(order), orderStatus(order.status), orderFacts(order, timeZone)),
  otherAlerts(rest, idPrefix),
  more(order, timeZone),
  h('div', { id: `${idPrefix}-error`, class: 'alert', role: 'alert' }),
  // An order this pharmacist drafted or signed is verified by another: the server refuses it too.
  ownOrder ? h('p', { id: `${idPrefix}-own`, class: 'queue-own-order' }, icon('info'), h('span', { i18n: 'pharmacy.queue.ownOrder' })) : null,
  h('div', { class: 'button-row queue-actions' },
    actionButton('verify', 'button', 'pharmacy.action.verify', 'pharmacy.action.verifyFor', args, order.id,
      ownOrder ? { disabled: true, 'aria-describedby': `${idPrefix}-own` } : {}),
    actionButton('reject', 'button button-warning', 'pharmacy.action.reject', 'pharmacy.action.rejectFor', args, order.id),
    actionButton('intervene', 'button button-secondary', 'pharmacy.action.intervene', 'pharmacy.action.interveneFor', args, order.id)));
}
