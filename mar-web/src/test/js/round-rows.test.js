import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  byBed, byUrgency, compareBeds, duration, matchesFilter, minutesBetween, patientsWithNothing, roundRows,
} from '../../main/webapp/js/round-rows.js';

// as the server sends them: each order once per patient, each dose naming its order by prescriptionId
const paracetamol = { id: 1, critical: false, description: 'Paracetamol' };
const levodopa = { id: 2, critical: true, description: 'Co-careldopa' };
const dose = (state, scheduledAt, critical = false) => ({ state, scheduledAt, prescriptionId: critical ? 2 : 1 });

const round = {
  patients: [
    { patientId: 1, bed: '10', orders: [paracetamol],
      doses: [dose('NOT_YET_DUE', '2026-12-03T12:00:00Z'), dose('DUE', '2026-12-03T10:00:00Z')] },
    { patientId: 2, bed: '2', orders: [paracetamol, levodopa],
      doses: [dose('OVERDUE', '2026-12-03T07:00:00Z'), dose('OVERDUE', '2026-12-03T08:00:00Z', true)],
      prn: [{ order: { id: 9 }, availableNow: true }, { order: { id: 8 }, availableNow: false, nextFrom: '2026-12-03T11:00:00Z' }] },
    { patientId: 3, bed: '3', effectsDue: [{ administrationId: 5, givenAt: '2026-12-03T09:00:00Z', promptFrom: '2026-12-03T09:30:00Z' }] },
    { patientId: 4, bed: '4' },
    { patientId: 5, bed: '5', missingDoseRequests: [{ id: 1 }] },
  ],
};

test('a critical medicine overdue comes before every other row, then the longest overdue', () => {
  const order = roundRows(round).sort(byUrgency).map((row) => row.urgency);
  assert.deepEqual(order, ['criticalOverdue', 'overdue', 'due', 'effect', 'prnAvailable', 'notYetDue', 'prnLater']);
});

test('overdue rows are ordered longest overdue first', () => {
  const rows = roundRows({ patients: [{ patientId: 1, orders: [paracetamol], doses: [dose('OVERDUE', '2026-12-03T08:00:00Z'), dose('OVERDUE', '2026-12-03T06:00:00Z')] }] });
  assert.deepEqual(rows.sort(byUrgency).map((row) => row.at), ['2026-12-03T06:00:00Z', '2026-12-03T08:00:00Z']);
});

test('by bed walks the beds in number order and keeps each bed most urgent first', () => {
  const rows = roundRows(round).sort(byBed);
  assert.deepEqual(rows.map((row) => row.patient.bed), ['2', '2', '2', '2', '3', '10', '10']);
  assert.equal(rows[0].urgency, 'criticalOverdue');
});

test('a dose row carries the order its dose names, from its own patient', () => {
  const rows = roundRows(round).filter((row) => row.kind === 'dose' && row.patient.patientId === 2);
  assert.deepEqual(rows.map((row) => row.order.description).sort(), ['Co-careldopa', 'Paracetamol']);
  assert.ok(rows.every((row) => row.order.id === row.dose.prescriptionId));
});

test('beds sort as numbers, and a patient without a bed comes last', () => {
  assert.deepEqual(['10', 'SR1', '2', null, '1'].sort(compareBeds), ['1', '2', '10', 'SR1', null]);
});

test('each tile shows its own rows and the overdue tile includes critical ones', () => {
  const rows = roundRows(round);
  const count = (filter) => rows.filter((row) => matchesFilter(row, filter)).length;
  assert.equal(count('overdue'), 2);
  assert.equal(count('criticalOverdue'), 1);
  assert.equal(count('due'), 1);
  assert.equal(count('notYetDue'), 1);
  assert.equal(count('prnAvailable'), 1);
  assert.equal(count('effectsDue'), 1);
  assert.equal(count(null), rows.length);
  assert.equal(count('no-such-tile'), 0);
});

test('durations are said in minutes, hours, or both', () => {
  assert.deepEqual(duration(45), { form: 'minutes', args: { count: 45 } });
  assert.deepEqual(duration(120), { form: 'hours', args: { count: 2 } });
  assert.deepEqual(duration(125), { form: 'hoursMinutes', args: { hours: 2, minutes: 5 } });
  assert.deepEqual(duration(-3), { form: 'minutes', args: { count: 0 } });
});

test('minutes between two instants are whole minutes', () => {
  assert.equal(minutesBetween('2026-12-03T07:00:00Z', '2026-12-03T07:45:59Z'), 45);
});

test('patients with nothing on the round are those without rows or missing-dose requests', () => {
  assert.deepEqual(patientsWithNothing(round, roundRows(round)).map((p) => p.patientId), [4]);
});
