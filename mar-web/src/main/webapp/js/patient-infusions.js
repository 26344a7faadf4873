// Infusions on the patient's page (docs/infusions.md): a prescriber writes a continuous or intermittent infusion or a
// fluid, sees both rates worked out (mL/hour and the dose rate, with the weight where per kg), the concentration, the
// daily fluid and the order checks, and saves it as a draft order, signed like any other from the orders list.
import { api } from './api.js';
import { alertList } from './alerts.js';
import { byId, h, put, showProblem } from './dom.js';
import { chart, isPrescriber } from './patient-chart.js';
import { translate } from './i18n.js';

const NUMBERS = ['drugAmount', 'finalVolumeMl', 'rateMlPerHour', 'doseRate', 'durationHours', 'titrationLowest', 'titrationHighest'];

function infusionsPath() {
  return `api/v1/patients/${encodeURIComponent(chart.patientId)}/infusions`;
}

/** The form as the API reads it: empty fields left out, numbers as numbers. */
function request() {
  const body = {};
  for (const input of byId('infusion-form').querySelectorAll('[data-field]')) {
    const field = input.dataset.field;
    if (input.closest('[hidden]') || input.value.trim() === '') continue;
    if (NUMBERS.includes(field)) body[field] = Number(input.value);
    else if (field === 'overMinutes') body[field] = Number.parseInt(input.value, 10);
    else body[field] = input.value.trim();
  }
  body.peripheral = byId('infusion-peripheral').checked;
  const scale = vriiiScale();
  if (scale.length > 0 && byId('infusion-kind').value === 'CONTINUOUS') body.vriiiScale = scale;
  return body;
}

/** The VRIII scale as written: bands with nothing in them are left out; the server checks the rest, naming the band. */
function vriiiScale() {
  return [...byId('infusion-vriii-bands').querySelectorAll('.vriii-band')].map((row) => {
    const from = row.querySelector('[data-band=from]').value.trim();
    const rate = row.querySelector('[data-band=rate]').value.trim();
    const stop = row.querySelector('[data-band=stop]').checked;
    if (from === '' && rate === '' && !stop) return null;
    const band = { from: from === '' ? null : Number(from) };
    if (stop) band.stop = true;
    if (rate !== '') band.unitsPerHour = Number(rate);
    return band;
  }).filter((band) => band !== null);
}

/** Fills the band rows from a scale the site names (config/vriii-scales.csv); the prescriber can still change each. */
function fillScale(scale) {
  const rows = byId('infusion-vriii-bands');
  rows.replaceChildren();
  for (let i = 0; i < Math.max(4, scale.bands.length); i++) addBand();
  scale.bands.forEach((band, i) => {
    const row = rows.children[i];
    row.querySelector('[data-band=from]').value = String(band.from);
    row.querySelector('[data-band=rate]').value = band.unitsPerHour == null ? '' : String(band.unitsPerHour);
    row.querySelector('[data-band=stop]').checked = Boolean(band.stop);
  });
}

async function offerSiteScales() {
  const scales = await api('api/v1/vriii-scales');
  if (scales.length === 0) return;
  const select = byId('infusion-vriii-named');
  select.append(...scales.map((scale, i) => h('option', { value: String(i), lang: 'en' }, `${scale.name} (${scale.source})`)));
  select.addEventListener('change', () => {
    if (select.value !== '') fillScale(scales[Number(select.value)]);
  });
  byId('infusion-vriii-site').hidden = false;
}

function addBand() {
  const bands = byId('infusion-vriii-bands');
  const n = bands.children.length;
  const id = (part) => `infusion-vriii-${n}-${part}`;
  bands.append(h('div', { class: 'vriii-band input-with-unit', role: 'group', 'aria-labelledby': id('label') },
    h('span', { id: id('label'), class: 'visually-hidden', i18n: 'infusion.vriii.form.band', args: { number: String(n + 1) } }),
    h('label', { for: id('from'), i18n: 'infusion.vriii.form.from' }),
    h('input', { id: id('from'), type: 'number', inputmode: 'decimal', min: '0', max: '100', step: '0.1', class: 'input-short', 'data-band': 'from' }),
    h('label', { for: id('rate'), i18n: 'infusion.vriii.form.rate' }),
    h('input', { id: id('rate'), type: 'number', inputmode: 'decimal', min: '0', step: '0.1', class: 'input-short', 'data-band': 'rate' }),
    h('label', { class: 'checkbox', for: id('stop') }, h('input', { type: 'checkbox', id: id('stop'), 'data-band': 'stop' }), ' ',
      h('span', { i18n: 'infusion.vriii.form.stop' }))));
}

function showKind() {
  const kind = byId('infusion-kind').value;
  for (const part of byId('infusion-form').querySelectorAll('[data-for]')) {
    const wanted = part.dataset.for;
    part.hidden = (wanted === 'drug' && kind === 'FLUID') || (wanted === 'intermittent' && kind !== 'INTERMITTENT')
      || (wanted === 'continuous' && kind !== 'CONTINUOUS');
  }
}

function rates(r) {
  return h('dl', { class: 'infusion-rates' },
    h('dt', { i18n: 'infusion.result.description' }), h('dd', { lang: 'en' }, r.description),
    h('dt', { i18n: 'infusion.result.pump' }), h('dd', { i18n: 'infusion.result.mlPerHour', args: { rate: String(r.rateMlPerHour) } }),
    r.doseRateWords ? [h('dt', { i18n: 'infusion.result.doseRate' }), h('dd', { lang: 'en' }, r.doseRateWords)] : null,
    r.concentration ? [h('dt', { i18n: 'infusion.result.concentration' }),
      h('dd', { lang: 'en' }, `${r.concentration} ${r.concentrationUnit}`)] : null,
    h('dt', { i18n: 'infusion.result.daily' }), h('dd', { i18n: 'infusion.result.ml', args: { volume: String(r.mlIn24Hours) } }));
}

async function check() {
  const error = byId('infusion-error');
  put(error);
  try {
    const checked = await api(`${infusionsPath()}/checks`, { method: 'POST', body: request() });
    put(byId('infusion-result'), rates(checked.rates), alertList(checked.alerts, 'infusion-alert'));
    translate(byId('infusion-result'));
  } catch (failure) {
    put(byId('infusion-result'));
    showProblem(failure, error);
  }
}

async function save(event, onSaved) {
  event.preventDefault();
  const error = byId('infusion-error');
  put(error);
  try {
    const saved = await api(infusionsPath(), { method: 'POST', body: request() });
    put(byId('infusion-result'), rates(saved.rates), alertList(saved.order.alerts, 'infusion-alert'));
    put(byId('infusion-status'), h('p', { class: 'message', i18n: 'infusion.saved', args: { order: saved.rates.description } }));
    translate(byId('infusion-section'));
    await onSaved(saved.order);
  } catch (failure) {
    showProblem(failure, error);
  }
}

async function offerProducts(text) {
  if (text.trim().length < 2) return;
  const found = await api(`api/v1/formulary?q=${encodeURIComponent(text.trim())}`);
  put(byId('infusion-products'), found.filter((p) => p.routes.includes('IV'))
    .map((p) => h('option', { value: p.code, label: p.name }, p.name)));
}

async function offerDiluents() {
  const fluids = (await Promise.all(['sodium', 'glucose'].map((q) => api(`api/v1/formulary?q=${q}`)))).flat()
    .filter((p) => p.form === 'INFUSION' && p.ingredients.length === 1);
  byId('infusion-diluent').append(...fluids.map((p) => h('option', { value: p.code, lang: 'en' }, p.name)));
}

/** Shows the form to prescribers; {@code onSaved} reloads the orders so the new draft can be signed. */
export async function wireInfusions(onSaved) {
  if (!isPrescriber()) return;
  byId('infusion-section').hidden = false;
  byId('infusion-kind').addEventListener('change', showKind);
  byId('infusion-product').addEventListener('input', (event) => offerProducts(event.target.value)
    .catch((failure) => showProblem(failure, byId('infusion-error'))));
  byId('infusion-check-button').addEventListener('click', check);
  byId('infusion-vriii-add').addEventListener('click', addBand);
  for (let i = 0; i < 4; i++) addBand();
  byId('infusion-form').addEventListener('submit', (event) => save(event, onSaved));
  showKind();
  await Promise.all([offerDiluents(), offerSiteScales().catch((failure) => showProblem(failure, byId('infusion-error')))]);
}
