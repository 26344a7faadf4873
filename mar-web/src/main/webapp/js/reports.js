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

function day(date) {
  return date.toISOString().slice(0, 10);
}

// Fetched rather than linked, so that a refused period shows its reason here instead of in a new tab.
async function printRegister(code, from, to, errorTarget) {
  errorTarget.replaceChildren();
  const response = await fetch(`${reportsOf(code)}/controlled-drugs?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
    { credentials: 'same-origin' });
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    showProblem(problem ? { problem } : { messageKey: 'error.status', messageArgs: { status: response.status } }, errorTarget);
    return;
  }
  window.open(URL.createObjectURL(await response.blob()), '_blank', 'noopener');
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
  const from = document.getElementById('register-from');
  const to = document.getElementById('register-to');
  const today = new Date();
  to.value = day(today);
  from.value = day(new Date(today.getTime() - 6 * 24 * 3600 * 1000));
  document.getElementById('register-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const errorTarget = document.getElementById('register-error');
    printRegister(picker.value, from.value, to.value, errorTarget).catch((error) => showProblem(error, errorTarget));
  });
  if (wards.length > 0) await choose();
}

main().catch((error) => showProblem(error));
