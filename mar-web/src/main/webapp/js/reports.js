import { api } from './api.js';
import { barChart } from './bar-chart.js';
import { h, showMessage, showProblem } from './dom.js';
import { startPage } from './header.js';
import { currentLanguage, localised, onLanguageChange, t } from './i18n.js';

const CLINICAL = ['NURSE', 'PRESCRIBER', 'PHARMACIST'];
// the administrator has no clinical access: of the reports, only verification turnaround, which names no patient
const MAY_PRINT = [...CLINICAL, 'ADMIN'];

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
async function printPdf(url, errorTarget) {
  errorTarget.replaceChildren();
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    showProblem(problem ? { problem } : { messageKey: 'error.status', messageArgs: { status: response.status } }, errorTarget);
    return;
  }
  window.open(URL.createObjectURL(await response.blob()), '_blank', 'noopener');
}

// "3 Rhag": the month from the bundles, as everywhere (browsers do not all carry Welsh month names)
function chartDay(isoDay) {
  const [, month, dayOfMonth] = isoDay.split('-').map(Number);
  return `${dayOfMonth} ${t(`month.short.${month}`)}`;
}

const hours = (value) => (Number.isInteger(value) ? String(value) : Number(value).toFixed(1));

function turnaroundChart(figures) {
  return barChart({
    captionKey: 'reports.turnaround.chart',
    series: ['reports.turnaround.median', 'reports.turnaround.p90'],
    groups: figures.days.map((d) => ({
      label: chartDay(d.day),
      values: [d.medianHours === null ? null : Number(d.medianHours), d.p90Hours === null ? null : Number(d.p90Hours)],
    })),
    format: hours,
    empty: figures.days.every((d) => d.verified === 0),
    emptyKey: 'reports.turnaround.nothingVerified',
  });
}

function byWardChart(wards) {
  return barChart({
    captionKey: 'reports.byWard.chart',
    series: ['reports.byWard.omitted', 'reports.byWard.notRecorded', 'reports.byWard.delayed'],
    groups: wards.map((w) => ({
      label: localised({ en: w.wardName, cy: w.wardNameCy }) ?? w.wardCode, values: [w.omitted, w.notRecorded, w.delayed],
    })),
    format: (value) => String(Math.round(value * 100) / 100),
    empty: wards.every((w) => w.omitted + w.notRecorded + w.delayed === 0),
    emptyKey: 'reports.byWard.none',
  });
}

/**
 * A chart of a period's figures on the page, redrawn when the period (or, through {@code redraw}, anything else it depends
 * on) changes and when the language does. {@code url} gives the figures' address; {@code draw} the chart from them.
 */
function periodChart(id, url, draw) {
  const target = document.getElementById(`${id}-chart`);
  const errorTarget = document.getElementById(`${id}-error`);
  let figures = null;
  const render = () => { if (figures) target.replaceChildren(draw(figures)); };
  const load = async () => {
    errorTarget.replaceChildren();
    target.setAttribute('aria-busy', 'true');
    try {
      figures = await api(url());
      render();
    } catch (error) {
      figures = null;
      target.replaceChildren();
      showProblem(error, errorTarget);
    } finally {
      target.setAttribute('aria-busy', 'false');
    }
  };
  for (const end of ['from', 'to']) document.getElementById(`${id}-${end}`).addEventListener('change', () => load());
  onLanguageChange(render);
  return load;
}

function period(id) {
  return `from=${encodeURIComponent(document.getElementById(`${id}-from`).value)}`
    + `&to=${encodeURIComponent(document.getElementById(`${id}-to`).value)}`;
}

// The last seven days to start with.
function periodDefaults(id) {
  const today = new Date();
  document.getElementById(`${id}-to`).value = day(today);
  document.getElementById(`${id}-from`).value = day(new Date(today.getTime() - 6 * 24 * 3600 * 1000));
}

/** A report over a period; {@code url} builds the request, or null when it cannot yet. */
function periodForm(id, url) {
  periodDefaults(id);
  document.getElementById(`${id}-form`).addEventListener('submit', (event) => {
    event.preventDefault();
    const errorTarget = document.getElementById(`${id}-error`);
    const target = url();
    if (!target) return;
    printPdf(target, errorTarget).catch((error) => showProblem(error, errorTarget));
  });
}

function show(selector, visible) {
  document.querySelectorAll(selector).forEach((element) => { element.hidden = !visible; });
}

async function showPatients(code) {
  const select = document.getElementById('mar-patient');
  // the ward's list has a row for each bed, empty ones too
  const patients = (await api(`api/v1/wards/${encodeURIComponent(code)}/patients`))
    .filter((patient) => patient.patientId !== null && patient.patientId !== undefined);
  select.replaceChildren(...patients.map((patient) => h('option', { value: patient.patientId },
    `${patient.bed ? `${patient.bed} · ` : ''}${patient.familyName.toUpperCase()}, ${patient.givenName} (${patient.hospitalNumber})`)));
  select.disabled = patients.length === 0;
}

async function main() {
  const session = await startPage({ requireRole: MAY_PRINT });
  if (!session) return;
  const roles = session.roles ?? [];
  const clinical = CLINICAL.some((role) => roles.includes(role));
  const pharmacist = roles.includes('PHARMACIST');
  show('.clinical-only', clinical);
  show('.pharmacist-only', pharmacist);
  show('.turnaround-only', pharmacist || roles.includes('ADMIN'));
  const picker = document.getElementById('report-ward');
  const turnaroundWard = () => (clinical && document.getElementById('turnaround-ward-only').checked && picker.value
    ? `&ward=${encodeURIComponent(picker.value)}` : '');
  periodForm('turnaround', () => `api/v1/reports/verification-turnaround?${period('turnaround')}${turnaroundWard()}`);
  if (pharmacist || roles.includes('ADMIN')) {
    const turnaround = periodChart('turnaround',
      () => `api/v1/reports/verification-turnaround/by-day?${period('turnaround')}${turnaroundWard()}`, turnaroundChart);
    document.getElementById('turnaround-ward-only').addEventListener('change', () => turnaround());
    picker.addEventListener('change', () => { if (document.getElementById('turnaround-ward-only').checked) turnaround(); });
    // each chart shows its own failure and holds up nothing else on the page
    turnaround();
  }
  if (pharmacist) {
    periodDefaults('by-ward');
    const byWard = periodChart('by-ward', () => `api/v1/reports/critical-omissions/by-ward?${period('by-ward')}`, byWardChart);
    document.getElementById('by-ward-form').addEventListener('submit', (event) => { event.preventDefault(); byWard(); });
    byWard();
  }
  if (!clinical) return;
  const wards = await api('api/v1/wards');
  const printNow = document.getElementById('print-now');
  const options = () => wards.map((ward) => h('option', { value: ward.code },
    `${(currentLanguage() === 'cy' ? ward.nameCy : ward.name) ?? ward.code} (${ward.code})`));
  const choose = async () => {
    printNow.href = `${reportsOf(picker.value)}/downtime-mar`;
    await Promise.all([showWritten(picker.value), showPatients(picker.value)]);
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
  periodForm('register', () => `${reportsOf(picker.value)}/controlled-drugs?${period('register')}`);
  periodForm('omissions', () => `${reportsOf(picker.value)}/critical-omissions?${period('omissions')}`);
  periodForm('review', () => `${reportsOf(picker.value)}/overrides-interventions?${period('review')}`);
  periodForm('mar', () => {
    const patient = document.getElementById('mar-patient').value;
    if (!patient) {
      showMessage(document.getElementById('mar-error'), 'reports.mar.choosePatient');
      return null;
    }
    return `api/v1/patients/${encodeURIComponent(patient)}/reports/mar?${period('mar')}`;
  });
  if (wards.length > 0) await choose();
}

main().catch((error) => showProblem(error));
