import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  cellStatus, dayCount, daysBetween, daysForChart, daysForWidth, firstDay, initials, orderBlock, recordable, recordsByOrder,
} from '../../main/webapp/js/mar-days.js';

const LONDON = 'Europe/London';
const DAYS = ['2026-12-02', '2026-12-03', '2026-12-04'];
const TODAY = '2026-12-03';

const dose = (scheduledAt, state, windowCloses = null) => ({ scheduledAt, state, windowCloses });
const given = (id, scheduledAt, administeredAt, extra = {}) => ({
  id, prescriptionId: 1, lineageId: 1, scheduledAt, administeredAt, outcome: 'GIVEN', recordedByName: 'Nia Evans', ...extra,
});

test('the days shown run from the first day to the day before the end, in the ward zone', () => {
  assert.deepEqual(daysBetween('2026-12-02T00:00:00Z', '2026-12-05T00:00:00Z', LONDON), DAYS);
  // in summer a London day starts at 23:00 UTC the day before
  assert.deepEqual(daysBetween('2026-06-30T23:00:00Z', '2026-07-02T23:00:00Z', LONDON), ['2026-07-01', '2026-07-02']);
});

test('the days across the grid follow the screen: four on a ward workstation, three on a tablet, one on a phone', () => {
  assert.equal(daysForWidth(1366), 4);
  assert.equal(daysForWidth(1024), 3);
  assert.equal(daysForWidth(768), 2);
  assert.equal(daysForWidth(400), 1);
});

test('beside the recording panel the grid shows a day fewer: three on a ward workstation, two on a tablet', () => {
  assert.equal(daysForChart(1366, true), 3);
  assert.equal(daysForChart(1024, true), 2);
  assert.equal(daysForChart(1366, false), 4);
  assert.equal(daysForChart(1024, false), 3);
  // below a tablet's width the panel sits above the grid and takes none of its width
  assert.equal(daysForChart(768, true), daysForWidth(768));
});

test('a range from the address is used only when the server would take it', () => {
  assert.equal(dayCount('7'), 7);
  assert.equal(dayCount('0'), null);
  assert.equal(dayCount('32'), null);
  assert.equal(dayCount('2x'), null);
  assert.equal(dayCount(null), null);
  assert.equal(firstDay('2026-11-30'), '2026-11-30');
  assert.equal(firstDay('2026-11-31'), null);
  assert.equal(firstDay('yesterday'), null);
});

test('an order gives one row per ward-local dose time, sorted, with a cell for every day shown', () => {
  const entry = {
    order: { id: 1, lineageId: 1 },
    doses: [
      dose('2026-12-03T20:00:00Z', 'NOT_YET_DUE'), dose('2026-12-02T08:00:00Z', 'GIVEN'), dose('2026-12-03T08:00:00Z', 'DUE'),
      dose('2026-12-02T20:00:00Z', 'OVERDUE'), dose('2026-12-04T08:00:00Z', 'NOT_YET_DUE'),
      // outside the days shown: left out
      dose('2026-12-05T08:00:00Z', 'NOT_YET_DUE'),
    ],
  };
  const block = orderBlock(entry, [given(7, '2026-12-02T08:00:00Z', '2026-12-02T08:04:00Z')], DAYS, TODAY, LONDON);
  assert.deepEqual(block.map((row) => row.time), ['08:00', '20:00']);
  assert.deepEqual(block[0].cells.map((cell) => [cell.day, cell.status]),
    [['2026-12-02', 'given'], ['2026-12-03', 'due'], ['2026-12-04', 'not-yet-due']]);
  assert.deepEqual(block[1].cells.map((cell) => cell.status), ['missed', 'not-yet-due', 'none']);
  assert.equal(block[0].cells[0].records[0].id, 7);
});

test('dose times are read in the ward zone, so an 08:00 dose stays in the 08:00 row in summer', () => {
  const entry = { order: { id: 1 }, doses: [dose('2026-07-01T07:00:00Z', 'DUE')] };
  const block = orderBlock(entry, [], ['2026-07-01'], '2026-07-01', LONDON);
  assert.equal(block[0].time, '08:00');
});

test('a record whose time matches no dose of the order still gets a row of its own', () => {
  const entry = { order: { id: 1 }, doses: [dose('2026-12-03T08:00:00Z', 'GIVEN')] };
  const once = given(8, '2026-12-03T13:30:00Z', '2026-12-03T13:35:00Z');
  const block = orderBlock(entry, [once], DAYS, TODAY, LONDON);
  assert.deepEqual(block.map((row) => row.time), ['08:00', '13:30']);
  assert.equal(block[1].cells[1].status, 'given');
});

test('a cell says what the standing record says; one struck through leaves the dose open again', () => {
  const due = dose('2026-12-03T08:00:00Z', 'DUE', '2026-12-03T09:00:00Z');
  const struck = given(1, due.scheduledAt, '2026-12-03T08:05:00Z', { struckThroughBy: 2 });
  assert.equal(cellStatus(due, [struck], TODAY, LONDON), 'due');
  assert.equal(cellStatus(due, [struck, given(3, due.scheduledAt, '2026-12-03T08:10:00Z')], TODAY, LONDON), 'given');
  assert.equal(cellStatus(due, [given(4, due.scheduledAt, '2026-12-03T09:30:00Z')], TODAY, LONDON), 'given-late');
  assert.equal(cellStatus(due, [{ outcome: 'NOT_GIVEN', notGivenReason: 'REFUSED' }], TODAY, LONDON), 'not-given');
});

test('an unrecorded dose whose window has closed is overdue today and missed on an earlier day', () => {
  assert.equal(cellStatus(dose('2026-12-03T08:00:00Z', 'OVERDUE'), [], TODAY, LONDON), 'overdue');
  assert.equal(cellStatus(dose('2026-12-02T08:00:00Z', 'OVERDUE'), [], TODAY, LONDON), 'missed');
  assert.ok(recordable('missed') && recordable('due') && !recordable('not-yet-due') && !recordable('given'));
});

test('records of a replaced version are shown on the order that replaced it, and corrections are not shown as doses', () => {
  const mar = {
    orders: [{ order: { id: 20, lineageId: 5 } }],
    administrations: [
      { id: 1, prescriptionId: 19, lineageId: 5, outcome: 'GIVEN' },
      { id: 2, prescriptionId: 20, lineageId: 5, outcome: 'IN_ERROR' },
    ],
  };
  assert.deepEqual(recordsByOrder(mar).get(20).map((record) => record.id), [1]);
});

test('initials are what a paper chart carries; a bare user name stays whole', () => {
  assert.equal(initials('Nia Evans'), 'NE');
  assert.equal(initials('  Chidi  Okafor '), 'CO');
  assert.equal(initials('nurse.evans'), 'nurse.evans');
  assert.equal(initials(null), '');
});
