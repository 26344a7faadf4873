// The "Verify audit trail" button of the administration and audit screens: the chain intact or not, and keyed
// with the site's key or not (an unkeyed trail could have been rewritten by anyone with the database).
import { api } from './api.js';
import { clear, h, icon, showProblem } from './dom.js';

function intactResult(check) {
  if (!check.keyed) {
    return h('div', { class: 'result result-bad' },
      h('p', { class: 'result-title' }, icon('alert'), h('span', { i18n: 'audit.notKeyed' })),
      h('p', { i18n: 'audit.checkedCount', args: { count: check.entriesChecked } }));
  }
  return h('div', { class: 'result result-ok' },
    h('p', { class: 'result-title' }, icon('tick'), h('span', { i18n: 'audit.intact', args: { count: check.entriesChecked } })),
    h('p', { i18n: 'audit.keyed', args: { key: check.keyId, seq: check.keyedFromSeq } }),
    check.unkeyedEntries > 0 ? h('p', { i18n: 'audit.unkeyedBefore', args: { count: check.unkeyedEntries } }) : null);
}

function brokenResult(check) {
  return h('div', { class: 'result result-bad' },
    h('p', { class: 'result-title' }, icon('alert'), h('span', { i18n: 'audit.broken' })),
    check.problem ? h('p', {}, check.problem) : null,
    check.firstBadSeq !== null && check.firstBadSeq !== undefined
      ? h('p', { i18n: 'audit.firstBad', args: { seq: check.firstBadSeq } }) : null,
    h('p', { i18n: 'audit.checkedCount', args: { count: check.entriesChecked } }));
}

export function wireAuditCheck() {
  const button = document.getElementById('verify-audit');
  const result = document.getElementById('audit-result');
  let busy = false;
  button.addEventListener('click', async () => {
    if (busy) return;
    busy = true;
    result.replaceChildren(h('p', { i18n: 'audit.checking' }));
    try {
      const check = await api('api/v1/audit/verification');
      result.replaceChildren(check.intact ? intactResult(check) : brokenResult(check));
    } catch (error) {
      clear(result);
      showProblem(error);
    } finally {
      busy = false;
    }
  });
}
