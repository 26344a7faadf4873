// The pharmacy page: the verification queue and the wards' missing-dose requests, both narrowed by one ward
// filter that is kept in the address so a reload or a bookmark shows the same ward.
import { api } from './api.js';
import { byId, h, icon, showProblem } from './dom.js';
import { startPage } from './header.js';
import { createMissingDoseQueue } from './missing-dose-queue.js';
import { WARD_TIME_ZONE } from './pharmacy-text.js';
import { createReconciliationQueue } from './reconciliation-queue.js';
import { createVerificationQueue } from './verification-queue.js';
import { localTime } from './zoned-time.js';

const wards = new Map();

const wardName = (code) => ({ en: wards.get(code)?.name ?? code ?? '', cy: wards.get(code)?.nameCy });
const wardZone = (code) => wards.get(code)?.timeZone || WARD_TIME_ZONE;

function announce(key, args) {
  byId('pharmacy-status').replaceChildren(h('p', { class: 'message' }, icon('tick'), h('span', { i18n: key, args })));
}

function showWardOptions(list, chosen) {
  const select = byId('ward-filter');
  for (const ward of list) {
    wards.set(ward.code, ward);
    select.append(h('option', { value: ward.code, text: { en: ward.name ?? ward.code, cy: ward.nameCy } }));
  }
  select.value = wards.has(chosen) ? chosen : '';
}

function rememberWard(code) {
  const url = new URL(location.href);
  if (code) url.searchParams.set('ward', code);
  else url.searchParams.delete('ward');
  history.replaceState(null, '', url);
}

async function main() {
  const session = await startPage({ requireRole: 'PHARMACIST' });
  if (!session) {
    for (const id of ['verification-queue', 'missing-dose-requests']) byId(id).replaceChildren();
    byId('reconciliation-queue').querySelector('tbody').replaceChildren();
    return;
  }
  showWardOptions(await api('api/v1/wards') ?? [], new URLSearchParams(location.search).get('ward'));
  const queue = createVerificationQueue({ announce, wardName, wardZone });
  const missing = createMissingDoseQueue({ announce, wardName, wardZone });
  const reconciliations = createReconciliationQueue({ wardName });
  const select = byId('ward-filter');

  // Each list fails on its own, so a fault in one leaves the other usable.
  const loadAll = async () => {
    const ward = select.value;
    const results = await Promise.allSettled([queue.load(ward), missing.load(ward), reconciliations.load(ward)]);
    const failed = results.find((result) => result.status === 'rejected');
    if (failed) showProblem(failed.reason);
    else byId('page-error').replaceChildren();
    byId('pharmacy-updated').replaceChildren(h('span', { i18n: 'pharmacy.updated', args: { time: localTime(new Date(), WARD_TIME_ZONE) } }));
  };
  select.addEventListener('change', () => {
    rememberWard(select.value);
    loadAll();
  });
  byId('pharmacy-refresh').addEventListener('click', () => {
    byId('pharmacy-status').replaceChildren();
    loadAll();
  });
  await loadAll();
}

main().catch((error) => showProblem(error));
