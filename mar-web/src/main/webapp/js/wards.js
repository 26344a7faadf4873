import { api } from './api.js';
import { h, enumText, showProblem } from './dom.js';
import { startPage } from './header.js';

function wardLink(ward) {
  return h('li', {},
    h('a', { class: 'ward-card', 'data-ward': ward.code, href: `ward.html?code=${encodeURIComponent(ward.code)}` },
      h('span', { class: 'ward-name', text: { en: ward.name ?? ward.code, cy: ward.nameCy } }),
      h('span', { class: 'ward-facts' },
        h('span', { i18n: 'ward.code', args: { code: ward.code } }),
        ward.specialty ? enumText('specialty', ward.specialty) : null,
        h('span', { i18n: 'ward.patientCount', args: { count: ward.patientCount ?? 0 } }),
        h('span', { i18n: 'ward.bedCount', args: { count: ward.bedCount ?? 0 } }))));
}

async function main() {
  const session = await startPage();
  if (!session) return;
  const wards = await api('api/v1/wards');
  const list = document.getElementById('wards');
  list.setAttribute('aria-busy', 'false');
  if (wards.length === 0) {
    list.replaceChildren(h('li', { class: 'empty', i18n: 'wards.none' }));
  } else {
    list.replaceChildren(...wards.map(wardLink));
  }
}

main().catch((error) => showProblem(error));
