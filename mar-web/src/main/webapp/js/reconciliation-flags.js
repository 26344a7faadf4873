// The ward's patient list marks each patient whose medicines reconciliation is not complete (overdue, past the 24 hours
// after admission that NICE NG5 expects, said as such) or who has medicines before admission without a decision.
import { api } from './api.js';
import { h, icon } from './dom.js';
import { wardFlags } from './reconciliation-text.js';

export async function showReconciliationFlags(session, ward) {
  if (!['NURSE', 'PRESCRIBER', 'PHARMACIST'].some((role) => session?.roles?.includes(role))) return;
  const standings = await api(`api/v1/medicines-reconciliation?ward=${encodeURIComponent(ward.code)}`);
  for (const standing of standings) {
    const link = document.querySelector(`#patients th.patient-name a[data-patient-id="${CSS.escape(String(standing.patientId))}"]`);
    if (!link) continue;
    const cell = link.closest('th');
    cell.querySelectorAll('.reconciliation-flag').forEach((old) => old.remove());
    for (const flag of wardFlags(standing)) {
      cell.append(h('span', { class: `reconciliation-flag${flag.urgent ? ' review-overdue' : ''}` },
        icon(flag.urgent ? 'alert' : 'clock'), h('span', { i18n: flag.key, args: flag.args })));
    }
  }
}
