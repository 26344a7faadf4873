import { api } from './api.js';
import { h, showProblem } from './dom.js';
import { startPage } from './header.js';
import { currentLanguage, onLanguageChange } from './i18n.js';

const CLINICAL = ['NURSE', 'PRESCRIBER', 'PHARMACIST'];

function reportsOf(code) {
  return `api/v1/wards/${encodeURIComponent(code)}/reports`;
}

function writtenAt(instant) {
  return new Intl.DateTimeFormat(currentLanguage() === 'cy' ? 'cy-GB' : 'en-GB',
    { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));
}

async function showWritten(code) {
  const list = document.getElementById('written');
  list.setAttribute('aria-busy', 'true');
  const charts = await api(`${reportsOf(code)}/downtime-mar/written`);
  list.setAttribute('aria-busy', 'false');
  if (charts.length === 0) {
    list.replaceChildren(h('li', { class: 'empty', i18n: 'reports.downtime.noneWritten' }));
    return;
  }
  list.replaceChildren(...charts.map((chart) => h('li', {},
    h('a', { href: `${reportsOf(code)}/downtime-mar/written/${encodeURIComponent(chart.fileName)}`, target: '_blank', rel: 'noopener' },
      h('span', { i18n: 'reports.downtime.writtenAt', args: { time: writtenAt(chart.writtenAt) } }),
      ` (${Math.max(1, Math.round(chart.bytes / 1024))} KB)`))));
}

async function main() {
  const session = await startPage({ requireRole: CLINICAL });
  if (!session) return;
  const wards = await api('api/v1/wards');
  const picker = document.getElementById('report-ward');
  const printNow = document.getElementById('print-now');
  const options = () => wards.map((ward) => h('option', { value: ward.code },
    `${(currentLanguage() === 'cy' ? ward.nameCy : ward.name) ?? ward.code} (${ward.code})`));
  const choose = async () => {
    printNow.href = `${reportsOf(picker.value)}/downtime-mar`;
    await showWritten(picker.value);
  };
  picker.replaceChildren(...options());
  picker.disabled = wards.length === 0;
  const remembered = new URLSearchParams(location.search).get('ward');
  if (remembered && wards.some((ward) => ward.code === remembered)) picker.value = remembered;
  picker.addEventListener('change', () => choose().catch((error) => showProblem(error)));
  onLanguageChange(() => {
    const chosen = picker.value;
    picker.replaceChildren(...options());
    picker.value = chosen;
    if (chosen) choose().catch((error) => showProblem(error));
  });
  if (wards.length > 0) await choose();
}

main().catch((error) => showProblem(error));
