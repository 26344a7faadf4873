// Continuous infusions and fluids at the bedside, on the patient's page (docs/infusions.md, "At the bedside"): each one's
// state, the rate in force both ways, the bag up and when it runs out, its history as a timeline (bags started and
// changed, rate changes with their reasons, pauses, volumes, the stop) and, for a nurse, the form that records the next
// event. Prescribers and pharmacists see the same panels without the form.
import { api } from './api.js';
import {
  byId, enumText, h, put, showMessage, showProblem,
} from './dom.js';
import { translate } from './i18n.js';
import { idempotentWriter } from './idempotent.js';
import { dateTime, infusionEventWords } from './mar-text.js';
import { chart, hasRole, patientPath } from './patient-chart.js';
import { eventsFor, fieldsFor, NUMBER_FIELDS } from './infusion-events.js';

const CURRENT = ['PENDING_VERIFICATION', 'VERIFIED', 'SUSPENDED'];
const isNurse = () => hasRole('NURSE');

// the server lets the nurse who recorded an event, or the nurse in charge, strike it through (with a reason, always)
const mayStrikeThrough = (event) => !event.struckThroughBy && isNurse()
  && (event.recordedBy === chart.session?.username || hasRole('NURSE_IN_CHARGE'));

// "Mark in error" under an event opens a reason and a button; the event stays, struck through, and the state is worked
// out again without it.
function strikeForm(run, event, reload) {
  const prefix = `running-${run.prescriptionId}-event-${event.id}`;
  const writer = idempotentWriter();
  const reason = h('input', { id: `${prefix}-reason`, name: 'reason', type: 'text', maxlength: '500', autocomplete: 'off' });
  const error = h('div', { id: `${prefix}-error`, class: 'alert', role: 'alert' });
  const form = h('form', { id: `${prefix}-form`, class: 'infusion-strike-form', novalidate: true, hidden: true },
    error, h('div', { class: 'field' }, h('label', { for: reason.id, i18n: 'inError.reason' }), reason),
    h('button', { type: 'submit', class: 'button button-secondary button-small', id: `${prefix}-submit`, i18n: 'inError.submit' }));
  const open = h('button', {
    type: 'button', class: 'button button-secondary button-small', id: `${prefix}-strike`, i18n: 'record.markInError',
    'aria-describedby': `${prefix}-words`, 'aria-expanded': 'false', 'aria-controls': form.id,
  });
  open.addEventListener('click', () => {
    form.hidden = false;
    open.setAttribute('aria-expanded', 'true');
    reason.focus();
  });
  form.addEventListener('submit', async (submitted) => {
    submitted.preventDefault();
    put(error);
    const why = reason.value.trim();
    if (!why) {
      showMessage(error, 'inError.missing');
      reason.focus();
      return;
    }
    try {
      await writer.post(patientPath(`/infusions/${encodeURIComponent(run.prescriptionId)}/events/${encodeURIComponent(event.id)}/in-error`),
        { reason: why });
      put(byId('running-infusions-status'), h('p', { class: 'message', i18n: 'infusion.run.struck', args: { order: run.description } }));
      await reload();
      byId(`running-${run.prescriptionId}-title`)?.focus();
    } catch (failure) {
      showProblem(failure, error);
    }
  });
  return [open, form];
}

function eventItem(run, event, reload) {
  const struck = Boolean(event.struckThroughBy);
  return h('li', {
    class: struck ? 'infusion-event record-struck' : 'infusion-event', 'data-event': event.event, 'data-event-id': event.id,
    'data-struck': struck ? 'true' : undefined,
  },
  h('span', { id: `running-${run.prescriptionId}-event-${event.id}-words` },
    dateTime(event.occurredAt, chart.timeZone), ' ', infusionEventWords(event)),
  event.lateReason ? h('div', {}, h('span', { i18n: 'infusion.run.eventLate' }), ' ',
    dateTime(event.recordedAt, chart.timeZone), ': ', h('span', { lang: 'en' }, event.lateReason)) : null,
  mayStrikeThrough(event) ? strikeForm(run, event, reload) : null);
}

function facts(run) {
  return h('dl', { class: 'infusion-rates' },
    h('dt', { i18n: 'infusion.run.status' }),
    h('dd', { class: 'running-state' }, enumText('infusion.run.state', run.state),
      run.bagDue ? [' — ', h('strong', { class: 'bag-due', i18n: 'infusion.run.bagDue' })] : null),
    run.rateMlPerHour != null ? [h('dt', { i18n: 'infusion.run.rate' }), h('dd', { class: 'running-rate' },
      h('span', { i18n: 'infusion.run.mlPerHour', args: { rate: String(run.rateMlPerHour) } }),
      run.doseRateWords ? [' (', h('span', { lang: 'en' }, run.doseRateWords), ')'] : null)] : null,
    h('dt', { i18n: 'infusion.run.prescribed' }), h('dd', {},
      h('span', { i18n: 'infusion.run.mlPerHour', args: { rate: String(run.prescribedRateMlPerHour) } }),
      run.prescribedDoseRateWords ? [' (', h('span', { lang: 'en' }, run.prescribedDoseRateWords), ')'] : null),
    run.titrationLowest != null ? [h('dt', { i18n: 'infusion.run.range' }), h('dd', {},
      h('span', { i18n: 'infusion.run.rangeValue', args: { lowest: String(run.titrationLowest), highest: String(run.titrationHighest),
        unit: run.doseRateUnit } }), ': ', h('span', { lang: 'en' }, run.titrationTarget))] : null,
    run.bagNumber > 0 && run.state !== 'STOPPED' ? [h('dt', { i18n: 'infusion.run.bag' }),
      h('dd', { i18n: 'infusion.run.bagValue', args: { number: String(run.bagNumber), volume: String(run.bagVolumeMl) } })] : null,
    run.bagRunsOutAt ? [h('dt', { i18n: 'infusion.run.runsOut' }), h('dd', {}, dateTime(run.bagRunsOutAt, chart.timeZone))] : null);
}

// A VRIII's prescribed scale as a chart's table: each band from its lower bound up to the next (readings are to one
// decimal place, so "4 to 7.9"), the last open above. The rates are the prescriber's: none is built in.
function scaleTable(run) {
  const bands = run.vriiiScale;
  const tenthBelow = (value) => String(Math.round(value * 10 - 1) / 10);
  return h('div', { class: 'vriii-scale' },
    h('p', { i18n: 'infusion.vriii.noRatesBuiltIn' }),
    h('table', { id: `running-${run.prescriptionId}-scale` },
      h('caption', { i18n: 'infusion.vriii.scaleHeading' }),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', i18n: 'infusion.vriii.col.glucose' }),
        h('th', { scope: 'col', i18n: 'infusion.vriii.col.rate' }))),
      h('tbody', {}, bands.map((band, i) => h('tr', {},
        h('td', i + 1 < bands.length
          ? { i18n: 'infusion.vriii.bandRange', args: { from: String(band.from), to: tenthBelow(bands[i + 1].from) } }
          : { i18n: 'infusion.vriii.bandAbove', args: { from: String(band.from) } }),
        h('td', band.stop ? { i18n: 'infusion.vriii.stop' }
          : { i18n: 'infusion.vriii.unitsPerHour', args: { units: String(band.unitsPerHour) } }))))));
}

// What the scale gives at the latest glucose, and for a nurse the one-press record of it: the rate as a rate change, or,
// where the band gives no insulin, a pause (the scale restarts it at a later reading; a stop would end the order).
function scaleNow(run, reload) {
  const prefix = `running-${run.prescriptionId}`;
  const scale = run.scale;
  if (!scale) return h('p', { id: `${prefix}-scale-now`, i18n: 'infusion.vriii.noReading' });
  const noInsulin = scale.stop || Number(scale.unitsPerHour) === 0;
  const atRate = !noInsulin && run.doseRate != null && Number(run.doseRate) === Number(scale.unitsPerHour);
  const error = h('div', { id: `${prefix}-scale-error`, class: 'alert', role: 'alert' });
  const writer = idempotentWriter();
  const record = async (body) => {
    put(error);
    try {
      await writer.post(patientPath(`/infusions/${encodeURIComponent(run.prescriptionId)}/events`), body);
      put(byId('running-infusions-status'), h('p', { class: 'message', i18n: 'infusion.run.recorded', args: { order: run.description } }));
      await reload();
      byId(`${prefix}-title`)?.focus();
    } catch (failure) {
      showProblem(failure, error);
    }
  };
  const reason = `VRIII scale at glucose ${scale.glucose} mmol/L`;
  let action = null;
  if (isNurse() && run.state === 'RUNNING' && noInsulin) {
    action = h('button', { type: 'button', class: 'button', id: `${prefix}-scale-pause`, i18n: 'infusion.vriii.pause' });
    action.addEventListener('click', () => record({ event: 'PAUSED', reason: `${reason}: stop` }));
  } else if (isNurse() && run.state === 'RUNNING' && !atRate) {
    action = h('button', { type: 'button', class: 'button', id: `${prefix}-scale-apply`, i18n: 'infusion.vriii.apply',
      args: { units: String(scale.unitsPerHour) } });
    action.addEventListener('click', () => record({ event: 'RATE_CHANGED', doseRate: Number(scale.unitsPerHour), reason }));
  }
  return h('div', { id: `${prefix}-scale-now`, class: noInsulin ? 'alert' : 'message', 'data-scale-stop': noInsulin ? 'true' : 'false' },
    h('p', {}, noInsulin ? h('strong', { i18n: 'infusion.vriii.stops', args: { glucose: String(scale.glucose) } })
      : h('strong', { i18n: 'infusion.vriii.gives', args: { glucose: String(scale.glucose), units: String(scale.unitsPerHour),
        ml: String(scale.mlPerHour) } }), atRate ? [' ', h('span', { i18n: 'infusion.vriii.atThatRate' })] : null),
    error, action ? h('div', { class: 'button-row' }, action) : null);
}

function input(prefix, name, props) {
  return h('input', { id: `${prefix}-${name}`, name, autocomplete: 'off', ...props });
}

function eventForm(run, reload) {
  const prefix = `running-${run.prescriptionId}`;
  const writer = idempotentWriter();
  const select = h('select', { id: `${prefix}-event`, name: 'event' },
    eventsFor(run.state).map((event) => h('option', { value: event, i18n: `infusion.run.event.${event}` })));
  const inputs = {
    wristband: input(prefix, 'wristband', { type: 'text' }),
    product: input(prefix, 'product', { type: 'text' }),
    rateMlPerHour: input(prefix, 'rateMlPerHour', { type: 'number', inputmode: 'decimal', min: '0', step: 'any', class: 'input-short' }),
    doseRate: input(prefix, 'doseRate', { type: 'number', inputmode: 'decimal', min: '0', step: 'any', class: 'input-short' }),
    reason: input(prefix, 'reason', { type: 'text', maxlength: '500' }),
    volumeInfusedMl: input(prefix, 'volumeInfusedMl', { type: 'number', inputmode: 'decimal', min: '0', step: 'any', class: 'input-short' }),
    witnessUsername: input(prefix, 'witnessUsername', { type: 'text', autocapitalize: 'none', spellcheck: 'false' }),
    witnessPassword: input(prefix, 'witnessPassword', { type: 'password', autocomplete: 'new-password' }),
  };
  const labels = {
    wristband: { i18n: 'infusion.run.form.wristband' },
    product: { i18n: 'infusion.run.form.product' },
    rateMlPerHour: { i18n: 'infusion.run.form.rateMl' },
    doseRate: { i18n: 'infusion.run.form.doseRate', args: { unit: run.doseRateUnit ?? '' } },
    reason: { i18n: 'infusion.run.form.reason' },
    volumeInfusedMl: { i18n: 'infusion.run.form.volume' },
    witnessUsername: { i18n: 'recordPanel.witnessUsername' },
    witnessPassword: { i18n: 'recordPanel.witnessPassword' },
  };
  const witnessHint = run.bagWitnessed ? h('p', { class: 'hint', id: `${prefix}-witness-hint` },
    h('span', { i18n: run.secondCheck ? 'recordPanel.secondCheck' : 'recordPanel.witness' }), ': ',
    run.secondCheck ? [h('span', { lang: 'en' }, run.secondCheck), ' '] : null, h('span', { i18n: 'recordPanel.witnessHint' })) : null;
  if (witnessHint) inputs.witnessUsername.setAttribute('aria-describedby', witnessHint.id);
  const fields = Object.entries(inputs).map(([name, control]) => h('div', { class: 'field', 'data-running-field': name },
    h('label', { for: control.id, ...labels[name] }), control));
  const error = h('div', { id: `${prefix}-error`, class: 'alert', role: 'alert' });
  const form = h('form', { id: `${prefix}-form`, class: 'running-infusion-form', novalidate: true, 'aria-labelledby': `${prefix}-form-heading` },
    h('h4', { id: `${prefix}-form-heading`, i18n: 'infusion.run.form.heading' }), error,
    h('div', { class: 'field' }, h('label', { for: select.id, i18n: 'infusion.run.form.event' }), select),
    fields, witnessHint, h('div', { class: 'button-row' }, h('button', { type: 'submit', class: 'button', id: `${prefix}-submit`, i18n: 'infusion.run.form.submit' })));
  const wanted = () => fieldsFor(select.value, Boolean(run.doseRateUnit), Boolean(run.bagWitnessed));
  const show = () => {
    for (const field of fields) field.hidden = !wanted().includes(field.dataset.runningField);
    if (witnessHint) witnessHint.hidden = !wanted().includes('witnessUsername');
  };
  select.addEventListener('change', () => {
    writer.renew();
    put(error);
    show();
  });
  // a scanner types the wristband and ends with Enter: go on to the product's scan rather than sending half a record
  inputs.wristband.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    inputs.product.focus();
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    put(error);
    const body = { event: select.value };
    for (const name of wanted().filter((field) => !field.startsWith('witness'))) {
      const value = inputs[name].value.trim();
      if (value !== '') body[name] = NUMBER_FIELDS.includes(name) ? Number(value) : value;
    }
    // a witness left blank is not sent, so the server's answer says that one is needed, not that one is half filled in
    if (wanted().includes('witnessUsername') && (inputs.witnessUsername.value.trim() || inputs.witnessPassword.value)) {
      body.witness = { username: inputs.witnessUsername.value.trim(), password: inputs.witnessPassword.value };
    }
    try {
      await writer.post(patientPath(`/infusions/${encodeURIComponent(run.prescriptionId)}/events`), body);
      put(byId('running-infusions-status'), h('p', { class: 'message', i18n: 'infusion.run.recorded', args: { order: run.description } }));
      await reload();
      byId(`running-${run.prescriptionId}-title`)?.focus();
    } catch (failure) {
      // a refused witness password is not kept in the page
      inputs.witnessPassword.value = '';
      showProblem(failure, error);
    }
  });
  show();
  return form;
}

function panel(run, reload) {
  const prefix = `running-${run.prescriptionId}`;
  return h('article', { class: 'panel running-infusion', id: prefix, 'data-prescription': run.prescriptionId,
    'data-state': run.state, 'aria-labelledby': `${prefix}-title` },
  h('h3', { id: `${prefix}-title`, lang: 'en', tabindex: '-1' }, run.description),
  facts(run),
  run.vriiiScale ? [scaleNow(run, reload), scaleTable(run)] : null,
  h('h4', { i18n: 'infusion.run.history' }),
  run.events.length ? h('ol', { class: 'infusion-timeline', id: `${prefix}-timeline` }, run.events.map((event) => eventItem(run, event, reload)))
    : h('p', { id: `${prefix}-timeline`, i18n: 'infusion.run.noEvents' }),
  isNurse() && eventsFor(run.state).length ? eventForm(run, reload) : null);
}

/**
 * Shows the patient's continuous infusions and fluids: the current orders, and an ended one whose infusion has not been
 * stopped at the bedside yet (the nurse still has to stop it).
 */
export async function loadRunningInfusions() {
  const infusions = await api(patientPath('/infusions'));
  const candidates = infusions.filter((i) => i.kind !== 'INTERMITTENT'
    && !['DRAFT', 'DISCARDED', 'REJECTED', 'SUPERSEDED'].includes(i.order.status));
  const runs = await Promise.all(candidates.map((i) => api(patientPath(`/infusions/${encodeURIComponent(i.order.id)}/events`))));
  const shown = runs.filter((run) => CURRENT.includes(run.status) || (run.state !== 'STOPPED' && run.state !== 'NOT_STARTED'));
  const section = byId('running-infusions-section');
  section.hidden = shown.length === 0;
  put(byId('running-infusions'), shown.map((run) => panel(run, loadRunningInfusions)));
  translate(section);
}

export async function wireRunningInfusions() {
  try {
    await loadRunningInfusions();
  } catch (failure) {
    showProblem(failure);
  }
}
