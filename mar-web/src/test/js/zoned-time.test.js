import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addHours, fromInputValue, localDay, localTime, shiftDay, toInputValue,
} from '../../main/webapp/js/zoned-time.js';

const LONDON = 'Europe/London';

describe('ward-local time', () => {
  it('writes an instant as the ward\'s wall clock, winter and summer', () => {
    assert.equal(toInputValue('2026-01-15T08:00:00Z', LONDON), '2026-01-15T08:00');
    assert.equal(toInputValue('2026-07-15T07:00:00Z', LONDON), '2026-07-15T08:00');
    assert.equal(localTime('2026-07-15T07:00:00Z', LONDON), '08:00');
  });

  it('reads a wall-clock time back as the instant it means in the ward\'s zone', () => {
    assert.equal(fromInputValue('2026-07-15T08:00', LONDON), '2026-07-15T07:00:00Z');
    assert.equal(fromInputValue('2026-01-15T08:00', LONDON), '2026-01-15T08:00:00Z');
  });

  it('gets the offset right either side of the clocks going forward', () => {
    // 29 March 2026: 01:00 GMT becomes 02:00 BST.
    assert.equal(fromInputValue('2026-03-29T00:30', LONDON), '2026-03-29T00:30:00Z');
    assert.equal(fromInputValue('2026-03-29T03:00', LONDON), '2026-03-29T02:00:00Z');
  });

  it('uses the ward\'s zone, not the one the browser runs in', () => {
    assert.equal(localDay('2026-07-15T23:30:00Z', LONDON), '2026-07-16');
    assert.equal(localDay('2026-07-15T23:30:00Z', 'UTC'), '2026-07-15');
  });

  it('gives nothing for a blank or unreadable value', () => {
    assert.equal(fromInputValue('', LONDON), null);
    assert.equal(fromInputValue('15/07/2026 08:00', LONDON), null);
    assert.equal(toInputValue(null, LONDON), '');
    assert.equal(toInputValue('not a date', LONDON), '');
  });

  it('moves days by the calendar and instants by the hour', () => {
    assert.equal(shiftDay('2026-03-28', 1), '2026-03-29');
    assert.equal(shiftDay('2026-03-01', -1), '2026-02-28');
    assert.equal(addHours('2026-03-29T00:30:00Z', 2), '2026-03-29T02:30:00Z');
  });
});
