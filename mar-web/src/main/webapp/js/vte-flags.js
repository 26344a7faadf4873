// The ward's patient list marks each adult whose VTE risk assessment is due (NICE NG89: from admission until a
// prescriber records it), so it is seen by whoever looks at the ward, not only on the patient's own page.
import { api } from './api.js';
import { h, icon } from './dom.js';

export async function showVteFlags(session, ward) {
  if (!['NURSE', 'PRESCRIBER', 'PHARMACIST'].some((role) => session?.roles?.includes(role))) return;
  const due = await api(`api/v1/vte?ward=${encodeURIComponent(ward.code)}`);
  document.querySelectorAll('#patients .vte-flag').forEach((old) => old.remove());
  for (const patient of due) {
    const link = document.querySelector(`#patients th.patient-name a[data-patient-id="${CSS.escape(String(patient.patientId))}"]`);
    link?.closest('th').append(h('span', { class: 'vte-flag' }, icon('alert'), h('span', { i18n: 'vte.wardFlag' })));
  }
}
