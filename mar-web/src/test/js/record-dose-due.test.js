import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { notDueWords } from '../../main/webapp/js/record-dose-due.js';
import { translator } from './bundles.js';

const english = translator('en');
const welsh = translator('cy');
// The args of a not-due stop as the server sends them (prescribing-core DoseNotYetDue.args).
const tomorrow = {
  dueAt: '2026-12-04T08:00:00Z', windowOpens: '2026-12-04T07:00:00Z', timeZone: 'Europe/London', day: 'tomorrow',
  dueDate: '2026-12-04', dueTime: '08:00', opensDate: '2026-12-04', opensTime: '07:00',
};
const said = (part, t) => t(part.key, { time: part.time });

describe('a dose not due yet is worded from the stop\'s args, in the reader\'s language', () => {
  it('says tomorrow, and from when it may be given', () => {
    const words = notDueWords(tomorrow);
    assert.equal(said(words.due, english), 'Due at 08:00 tomorrow.');
    assert.equal(said(words.due, welsh), 'Yn ddyledus am 08:00 yfory.');
    assert.equal(said(words.from, english), 'It may be given from 07:00.');
  });

  it('says today for a dose later today', () => {
    assert.equal(said(notDueWords({ ...tomorrow, day: 'today' }).due, english), 'Due at 08:00 today.');
  });

  it('names the date of a dose beyond tomorrow, and of a window that opens the day before', () => {
    const words = notDueWords({ ...tomorrow, day: 'later', dueDate: '2026-12-06', dueTime: '00:30', opensDate: '2026-12-05', opensTime: '23:30' });
    assert.deepEqual(words.due, { key: 'notDue.on', time: '00:30', date: '2026-12-06' });
    assert.deepEqual(words.from, { key: 'notDue.fromOn', time: '23:30', date: '2026-12-05' });
    assert.equal(said(words.due, english), 'Due at 00:30 on');
  });

  it('gives nothing to word when the args are missing or malformed, so the server\'s sentence is shown instead', () => {
    assert.equal(notDueWords(undefined), null);
    assert.equal(notDueWords({ ...tomorrow, day: 'soon' }), null);
    assert.equal(notDueWords({ ...tomorrow, dueTime: '8am' }), null);
  });
});
