// The pharmacy's list of patients whose medicines reconciliation is to complete, or who have medicines before admission
// without a prescriber's decision, the earliest due first; overdue ones say so in words and an icon.
import { api } from './api.js';
import { byId, enumText, h, icon, put } from './dom.js';
import { patientName } from './patient-facts.js';
import { WARD_TIME_ZONE } from './pharmacy-text.js';

function row(standing, wardName) {
  const late = standing.overdue;
  return h('tr', { 'data-patient-id': standing.patientId },
    h('th', { scope: 'row' }, h('a', { href: `patient.html?id=${encodeURIComponent(standing.patientId)}#reconciliation-heading` }, patientName(standing)),
      ' ', h('span', {}, standing.hospitalNumber)),
    h('td', {}, h('span', { text: wardName(standing.wardCode) }), standing.bed ? h('span', {}, ' · ', h('span', { i18n: 'reconciliation.queue.bed', args: { bed: standing.bed } })) : null),
    h('td', {}, enumText('reconciliation.status', standing.status),
      standing.undecided > 0 ? h('span', {}, ' · ', h('span', { i18n: 'reconciliation.state.undecided', args: { count: standing.undecided } })) : null),
    h('td', { class: late ? 'review-overdue' : null }, icon(late ? 'alert' : 'clock'),
      h('span', { i18n: late ? 'reconciliation.state.overdue' : 'reconciliation.state.due' }), ' ',
      h('time', { datetime: standing.dueAt, 'data-i18n-date': 'datetime', 'data-time-zone': WARD_TIME_ZONE })));
}

export function createReconciliationQueue({ wardName }) {
  return {
    async load(ward) {
      const table = byId('reconciliation-queue');
      try {
        const all = await api(ward ? `api/v1/medicines-reconciliation?ward=${encodeURIComponent(ward)}` : 'api/v1/medicines-reconciliation');
        const waiting = all.filter((s) => s.needsAttention).sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
        byId('reconciliation-count-link').textContent = String(waiting.length);
        put(table.querySelector('tbody'), waiting.length === 0
          ? h('tr', {}, h('td', { colspan: 4, i18n: 'reconciliation.queue.none' }))
          : waiting.map((standing) => row(standing, wardName)));
      } finally {
        // a failed load is reported by the page (pharmacy.js); the list is no longer loading either way
        table.setAttribute('aria-busy', 'false');
      }
    },
  };
}
