import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { orderProducts, startOnWeekday, strengthOf, weekdayOf } from '../../main/webapp/js/order-choices.js';

const product = (code, medicine, form, ...ingredients) => ({ code, medicine, form, ingredients });

describe('the order of a medicine\'s products', () => {
  it('reads strengths as numbers in one unit', () => {
    assert.equal(strengthOf('bisoprolol fumarate 2.5 mg per 1 tablet'), 2.5);
    assert.equal(strengthOf('paracetamol 1 g per 100 mL'), 1000);
    assert.equal(strengthOf('fentanyl 12 micrograms per 1 hour'), 0.012);
    assert.equal(strengthOf('no strength here'), null);
  });

  it('sorts strengths as numbers, not as text: 2.5 mg before 10 mg before 500 mg', () => {
    const sorted = orderProducts([
      product('B-10', 'b', 'TABLET', 'b 10 mg per 1 tablet'),
      product('B-500', 'b', 'TABLET', 'b 500 mg per 1 tablet'),
      product('B-2P5', 'b', 'TABLET', 'b 2.5 mg per 1 tablet'),
      product('B-1G', 'b', 'TABLET', 'b 1 g per 1 tablet'),
    ]);
    assert.deepEqual(sorted.map((p) => p.code), ['B-2P5', 'B-10', 'B-500', 'B-1G']);
  });

  it('puts the oral forms first, then the others', () => {
    // the search's own order: by name, so the infusion and the suppository come before the tablets
    const sorted = orderProducts([
      product('PARA-INF-1G', 'paracetamol', 'INFUSION', 'paracetamol 1 g per 100 mL'),
      product('PARA-SUSP-250', 'paracetamol', 'ORAL_LIQUID', 'paracetamol 250 mg per 5 mL'),
      product('PARA-SUSP-120', 'paracetamol', 'ORAL_LIQUID', 'paracetamol 120 mg per 5 mL'),
      product('PARA-SUPP-500', 'paracetamol', 'SUPPOSITORY', 'paracetamol 500 mg per 1 suppository'),
      product('PARA-TAB-500', 'paracetamol', 'TABLET', 'paracetamol 500 mg per 1 tablet'),
    ]);
    assert.deepEqual(sorted.map((p) => p.code),
      ['PARA-TAB-500', 'PARA-SUSP-120', 'PARA-SUSP-250', 'PARA-INF-1G', 'PARA-SUPP-500']);
  });

  it('keeps each medicine where the search found it first and its products together', () => {
    const sorted = orderProducts([
      product('M-INJ', 'morphine', 'INJECTION', 'morphine 10 mg per 1 mL'),
      product('C-TAB', 'codeine', 'TABLET', 'codeine 30 mg per 1 tablet'),
      product('M-TAB', 'morphine', 'TABLET', 'morphine 10 mg per 1 tablet'),
    ]);
    assert.deepEqual(sorted.map((p) => p.code), ['M-TAB', 'M-INJ', 'C-TAB']);
  });

  it('compares a combination product ingredient by ingredient', () => {
    const sorted = orderProducts([
      product('CC-30', 'co-codamol', 'TABLET', 'codeine 30 mg per 1 tablet', 'paracetamol 500 mg per 1 tablet'),
      product('CC-8', 'co-codamol', 'TABLET', 'codeine 8 mg per 1 tablet', 'paracetamol 500 mg per 1 tablet'),
    ]);
    assert.deepEqual(sorted.map((p) => p.code), ['CC-8', 'CC-30']);
  });
});

describe('the start of a weekly order on a chosen weekday', () => {
  // Wednesday 8 April 2026, 10:00 on the ward
  const now = '2026-04-08T10:00';

  it('reads the weekday of a wall-clock value, Monday 1 to Sunday 7', () => {
    assert.equal(weekdayOf('2026-04-06T08:00'), 1);
    assert.equal(weekdayOf('2026-04-12T08:00'), 7);
    assert.equal(weekdayOf(''), null);
  });

  it('moves the start to the next such day, keeping its time of day', () => {
    assert.equal(startOnWeekday('2026-04-08T09:00', now, 1), '2026-04-13T09:00');
    assert.equal(startOnWeekday('2026-04-08T09:00', now, 5), '2026-04-10T09:00');
  });

  it('keeps today when today is the day and its time is still to come', () => {
    assert.equal(startOnWeekday('2026-04-08T18:00', now, 3), '2026-04-08T18:00');
    assert.equal(startOnWeekday('2026-04-08T08:00', now, 3), '2026-04-15T08:00');
  });

  it('keeps a start set ahead in its own week, and never goes back before today', () => {
    assert.equal(startOnWeekday('2026-05-20T08:00', now, 1), '2026-05-25T08:00');
    assert.equal(startOnWeekday('2026-05-20T08:00', now, 3), '2026-05-20T08:00');
    assert.equal(startOnWeekday('2026-03-01T08:00', now, 1), '2026-04-13T08:00');
  });

  it('crosses a month and a year', () => {
    assert.equal(startOnWeekday('2026-12-30T08:00', '2026-12-30T09:00', 1), '2027-01-04T08:00');
  });

  it('refuses what it cannot read', () => {
    assert.equal(startOnWeekday('', now, 1), null);
    assert.equal(startOnWeekday('2026-04-08T09:00', now, 8), null);
  });
});
