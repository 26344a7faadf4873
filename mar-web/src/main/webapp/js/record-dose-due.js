// A dose not due yet, said in the reader's language: the server sends the stop's facts (the due time and the time it
// may first be given, read on the ward's clock, and whether that is today, tomorrow or a later day there) and this
// words them ("Due at 08:00 tomorrow."). Any other stop is shown as mar-text.js shows stops.
import { h, icon } from './dom.js';
import { showStop, stopCode } from './mar-text.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;

/** The sentence parts for a not-due stop's args; null when they are not all there. */
export function notDueWords(args) {
  const { day, dueDate, dueTime, opensDate, opensTime } = args ?? {};
  if (!['today', 'tomorrow', 'later'].includes(day) || !DATE.test(dueDate ?? '') || !TIME.test(dueTime ?? '')
    || !DATE.test(opensDate ?? '') || !TIME.test(opensTime ?? '')) return null;
  return {
    due: day === 'later' ? { key: 'notDue.on', time: dueTime, date: dueDate } : { key: `notDue.${day}`, time: dueTime },
    from: opensDate === dueDate ? { key: 'notDue.from', time: opensTime } : { key: 'notDue.fromOn', time: opensTime, date: opensDate },
  };
}

function sentence({ key, time, date }) {
  return [h('span', { i18n: key, args: { time } }), date ? [' ', h('time', { datetime: date, 'data-i18n-date': 'date' }), '.'] : null];
}

/**
 * Shows a stop in target. A dose not due yet says when it is due and, when onEarly is given, offers to give it early
 * with a reason (the server still asks for one); returns that button, or null.
 */
export function showDoseStop(error, target, onEarly = null) {
  const words = stopCode(error?.problem) === 'not-due' ? notDueWords(error.problem.args) : null;
  if (!words) {
    showStop(error, target);
    return null;
  }
  const early = onEarly && h('button', { type: 'button', id: 'give-early', class: 'button button-secondary', i18n: 'recordPanel.giveEarly' });
  early?.addEventListener('click', onEarly);
  target.replaceChildren(h('div', { class: 'stop', 'data-stop': 'not-due' },
    h('p', { class: 'stop-heading' }, icon('stop'), h('span', { i18n: 'stop.not-due' })),
    h('p', { class: 'message due-when' }, h('strong', {}, sentence(words.due)), ' ', sentence(words.from)),
    early ? h('p', {}, h('span', { i18n: 'notDue.early' })) : null,
    early ? h('p', {}, early) : null));
  return early;
}
