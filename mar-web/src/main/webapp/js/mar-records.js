// An administration record written out in full: outcome, time, dose, who gave and witnessed it, and what
// corrected it. The chart's details dialog, the in-error dialog and the as-needed history all show records this way.
import { enumText, h, icon } from './dom.js';
import { clockTime, dateTime, recordedDose } from './mar-text.js';

function person(name, id) {
  return name ?? id ?? '';
}

function recordBody(record, timeZone) {
  if (record.outcome === 'NOT_GIVEN') {
    return h('span', { class: 'record-line' }, icon('cross'),
      h('span', { class: 'record-outcome', i18n: 'record.notGiven' }), ' ',
      enumText('notGivenReason', record.notGivenReason),
      record.note ? [' — ', h('span', { lang: 'en' }, record.note)] : null,
      ' · ', h('span', { i18n: 'record.by', args: { name: person(record.recordedByName, record.recordedBy) } }));
  }
  return h('span', { class: 'record-line' }, icon('tick'),
    h('span', { class: 'record-outcome', i18n: 'record.given' }), ' ',
    record.administeredAt ? clockTime(record.administeredAt, timeZone) : null,
    record.doseText || record.dose != null ? [' · ', recordedDose(record)] : null,
    record.site ? [' · ', h('span', { i18n: 'record.site', args: { site: record.site } })] : null,
    ' · ', h('span', { i18n: 'record.by', args: { name: person(record.recordedByName, record.recordedBy) } }),
    record.witnessedBy ? [' · ', h('span', { i18n: 'record.witness', args: { name: person(record.witnessedByName, record.witnessedBy) } })] : null);
}

function effectPart(record, timeZone, canRecord) {
  if (record.outcome !== 'GIVEN' || record.struckThroughBy) return null;
  const effects = record.effects ?? [];
  if (effects.length > 0) {
    return h('ul', { class: 'effects' }, effects.map((effect) => h('li', {},
      h('span', { i18n: 'record.effect' }), ' ', h('span', { lang: 'en' }, effect.effect), ' · ', dateTime(effect.recordedAt, timeZone))));
  }
  return h('p', { class: 'effect-missing' }, icon('info'), h('span', { i18n: 'record.effectMissing' }),
    canRecord ? h('button', {
      type: 'button', class: 'button button-secondary button-small', 'data-action': 'effect', 'data-administration-id': record.id, i18n: 'record.effectButton',
    }) : null);
}

// mayStrikeThrough(record): the server lets the person who made a record, or the nurse in charge, strike it through.
export function recordItem(record, timeZone, { canRecord, prn = false, mayStrikeThrough = () => true } = {}) {
  const struck = Boolean(record.struckThroughBy);
  const body = recordBody(record, timeZone);
  return h('li', {
    class: struck ? 'record record-struck' : 'record', 'data-administration-id': record.id, 'data-outcome': record.outcome, 'data-struck': struck ? 'true' : undefined,
  },
  struck ? h('del', {}, body) : body,
  prn && record.prnReason ? h('span', { class: 'secondary' }, h('span', { i18n: 'record.prnReason' }), ' ', h('span', { lang: 'en' }, record.prnReason)) : null,
  record.late ? h('span', { class: 'badge badge-late' }, icon('clock'), h('span', { i18n: 'record.late' })) : null,
  record.timingReason ? h('span', { class: 'secondary' }, h('span', { i18n: 'record.timingReason' }), ' ', h('span', { lang: 'en' }, record.timingReason)) : null,
  record.identifiedBy === 'MANUAL'
    ? h('span', { class: 'secondary' }, h('span', { i18n: 'record.manual' }), ' ', h('span', { lang: 'en' }, record.manualReason ?? ''))
    : null,
  struck
    ? h('span', { class: 'record-error-note' }, icon('cross'), h('span', { i18n: 'record.inError' }), ' ', h('span', { lang: 'en' }, record.struckThroughReason ?? ''))
    : null,
  prn ? effectPart(record, timeZone, canRecord) : null,
  !struck && canRecord && mayStrikeThrough(record) ? h('button', {
    type: 'button', class: 'button button-secondary button-small', 'data-action': 'in-error', 'data-administration-id': record.id, i18n: 'record.markInError',
  }) : null);
}

