import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { adviceKey, agoMessage, oxygenDays } from '../../main/webapp/js/oxygen-reading.js';
import { translator } from './bundles.js';

const LONDON = 'Europe/London';
const en = translator('en');
const cy = translator('cy');

const venturi = {
  id: 1, targetKind: 'HYPERCAPNIC_RISK', target: '88–92%', device: 'VENTURI_MASK', venturiPercent: 28,
  prescribedAt: '2026-12-03T06:00:00Z', stoppedAt: '2026-12-04T12:00:00Z',
};
const nasal = {
  id: 2, targetKind: 'STANDARD', target: '94–98%', device: 'NASAL_CANNULAE', prescribedAt: '2026-12-04T12:00:00Z', stoppedAt: null,
};
const check = (id, orderId, checkedAt, reading) => ({ id, orderId, checkedAt, reading, saturation: 95 });

describe('an oxygen check: what BTS 2017 says to do', () => {
  it('above the target of a patient at risk of hypercapnia: step down and ask for a review, in English and Welsh', () => {
    const key = adviceKey('ABOVE', 'HYPERCAPNIC_RISK');
    assert.match(en(key, { target: '88–92%' }), /above the target range \(88–92%\).*step the oxygen down and ask for a medical review/);
    assert.match(cy(key, { target: '88–92%' }), /uwchlaw'r ystod darged \(88–92%\).*gostyngwch yr ocsigen a gofynnwch am adolygiad meddygol/);
  });

  it('above the standard target: step down; below any: increase within the prescription and ask for a review', () => {
    assert.match(en(adviceKey('ABOVE', 'STANDARD'), { target: '94–98%' }), /Step the oxygen down\.$/);
    assert.match(en(adviceKey('BELOW', 'HYPERCAPNIC_RISK'), { target: '88–92%' }), /Increase the oxygen within the prescribed flow/);
    assert.equal(en(adviceKey('WITHIN', 'STANDARD'), { target: '94–98%' }), 'Recorded: within the target range (94–98%).');
  });
});

describe('how long ago the latest check was taken', () => {
  const said = (from, now, t) => {
    const { key, args } = agoMessage(from, now);
    return t(key, args);
  };

  it('in minutes, hours, or both, in either language', () => {
    assert.equal(said('2026-12-04T10:00:00Z', '2026-12-04T10:45:30Z', en), '45 min ago');
    assert.equal(said('2026-12-04T10:00:00Z', '2026-12-04T12:00:00Z', en), '2 h ago');
    assert.equal(said('2026-12-04T10:00:00Z', '2026-12-04T12:05:00Z', cy), '2 awr 5 munud yn ôl');
  });

  it('a check timed a moment ahead of the server clock is "0 min ago", not a negative time', () => {
    assert.equal(said('2026-12-04T10:00:30Z', '2026-12-04T10:00:00Z', en), '0 min ago');
  });
});

describe('oxygen on the MAR: where the orders and checks fall on the days', () => {
  const CHART = {
    from: '2026-12-03T00:00:00Z', to: '2026-12-06T00:00:00Z', now: '2026-12-04T18:00:00Z', timeZone: LONDON,
  };
  const oxygen = {
    orders: [venturi, nasal],
    checks: [check(10, 1, '2026-12-03T09:00:00Z', 'ABOVE'), check(11, 2, '2026-12-04T15:00:00Z', 'WITHIN')],
  };

  it('draws an order from when it was prescribed to when it stopped, and one in force up to now, not into tomorrow', () => {
    const [third, fourth, fifth] = oxygenDays(oxygen, ['2026-12-03', '2026-12-04', '2026-12-05'], CHART);
    assert.deepEqual(third.periods.map((p) => [p.order.id, p.start, p.end, p.carried]), [[1, 25, 100, false]]);
    assert.deepEqual(fourth.periods.map((p) => [p.order.id, p.start, p.end, p.carried]), [[1, 0, 50, true], [2, 50, 75, false]]);
    assert.deepEqual(fifth.periods, []);
    assert.deepEqual(fifth.events, []);
  });

  it('lists each day\'s events in time, a replaced order\'s stop before the new one, each check with the order it was read against', () => {
    const [third, fourth] = oxygenDays(oxygen, ['2026-12-03', '2026-12-04'], CHART);
    assert.deepEqual(third.events.map((e) => [e.kind, e.time, e.at, e.order.id]), [['prescribed', '06:00', 25, 1], ['check', '09:00', 37.5, 1]]);
    assert.deepEqual(fourth.events.map((e) => [e.kind, e.time, e.order.id]), [['stopped', '12:00', 1], ['prescribed', '12:00', 2], ['check', '15:00', 2]]);
    assert.equal(third.events[1].check.reading, 'ABOVE');
    assert.equal(fourth.events[2].order.target, '94–98%');
  });

  it('places a check on the 25-hour day the clocks go back by its share of that day', () => {
    const order = { ...nasal, prescribedAt: '2026-10-24T06:00:00Z' };
    const [day] = oxygenDays({ orders: [order], checks: [check(12, 2, '2026-10-25T12:00:00Z', 'BELOW')] }, ['2026-10-25'], {
      from: '2026-10-24T23:00:00Z', to: '2026-10-26T00:00:00Z', now: '2026-10-26T00:00:00Z', timeZone: LONDON,
    });
    assert.deepEqual(day.events.map((e) => [e.time, e.at]), [['12:00', 52]]);
    assert.deepEqual(day.periods.map((p) => [p.start, p.end, p.carried]), [[0, 100, true]]);
  });

  it('has nothing to draw without oxygen', () => {
    assert.deepEqual(oxygenDays(null, ['2026-12-03'], CHART), [{ day: '2026-12-03', periods: [], events: [] }]);
  });
});
