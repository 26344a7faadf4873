// Order-check alerts as a prescriber reads them: severity in words and an icon, the category in words,
// the server's sentence in the user's language (drug names and the rule data's own words stay English, marked so)
// and the rule that fired, in small print.
import { enumText, h, icon, serverText } from './dom.js';

export const SEVERITIES = ['HARD_STOP', 'SEVERE', 'WARNING', 'INFO'];

const SEVERITY_ICON = { HARD_STOP: 'stop', SEVERE: 'alert', WARNING: 'warning', INFO: 'info' };

function rank(severity) {
  const index = SEVERITIES.indexOf(severity);
  return index < 0 ? SEVERITIES.length : index;
}

/** Most severe first; the server's order is kept within a severity. */
export function sortAlerts(alerts = []) {
  return alerts.map((alert, index) => ({ alert, index }))
    .sort((a, b) => rank(a.alert.severity) - rank(b.alert.severity) || a.index - b.index)
    .map(({ alert }) => alert);
}

export function severityIcon(severity) {
  return icon(SEVERITY_ICON[severity] ?? 'info');
}

/**
 * The parts of one alert every list shows. messageId lets a control inside the item point at the message.
 */
export function alertBody(alert, messageId) {
  const severity = alert.severity ?? 'INFO';
  return [
    h('p', { class: 'order-alert-head' },
      severityIcon(severity),
      h('strong', { class: 'order-alert-severity' }, enumText('alertSeverity', severity)),
      h('span', { class: 'order-alert-category' }, enumText('alertCategory', alert.category))),
    h('p', { class: 'order-alert-message', id: messageId }, serverText(alert.wording ?? {}, alert.message ?? '')),
    alert.rule || alert.source
      ? h('p', { class: 'order-alert-rule' },
        alert.rule ? h('span', {}, h('span', { i18n: 'alert.rule' }), ' ', h('span', { lang: 'en' }, alert.rule)) : null,
        alert.source ? h('span', {}, h('span', { i18n: 'alert.source' }), ' ', h('span', { lang: 'en' }, alert.source)) : null)
      : null,
  ];
}

/** A read-only list, for alerts that need no answer here (an order whose alerts changed after a new result). */
export function alertList(alerts, idPrefix) {
  return h('ul', { class: 'order-alerts' }, sortAlerts(alerts).map((alert, index) => h('li', {
    class: `order-alert order-alert-${String(alert.severity).toLowerCase()}`,
    'data-alert-key': alert.key,
    'data-severity': alert.severity,
    'data-category': alert.category,
  }, alertBody(alert, `${idPrefix}-${index}`))));
}
