import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chartLayout, niceMax } from '../../main/webapp/js/chart-layout.js';

test('the axis tops out at a round number at or above the largest value', () => {
  assert.equal(niceMax(0), 1);
  assert.equal(niceMax(0.7), 1);
  assert.equal(niceMax(3), 5);
  assert.equal(niceMax(5), 5);
  assert.equal(niceMax(17.2), 20);
  assert.equal(niceMax(61), 100);
});

test('bars stand on the baseline, as tall as their share of the axis, side by side within their group', () => {
  const layout = chartLayout([{ label: 'Mon', values: [2, 4] }, { label: 'Tue', values: [5, null] }],
    { width: 240, height: 140, left: 40, right: 0, top: 0, bottom: 40 });
  assert.equal(layout.max, 5);
  assert.equal(layout.baseline, 100);
  assert.equal(layout.bars.length, 3, 'a day with nothing to plot has no bar');
  const [monFirst, monSecond, tue] = layout.bars;
  assert.equal(monFirst.height, 40);
  assert.equal(monSecond.height, 80);
  assert.equal(tue.height, 100);
  assert.equal(monFirst.y + monFirst.height, 100);
  assert.ok(monSecond.x > monFirst.x && monSecond.x + monSecond.width <= 140, 'second series beside the first, within Monday');
  assert.ok(tue.x >= 140, 'Tuesday after Monday');
  assert.deepEqual(layout.ticks.map((tick) => tick.value), [0, 1.25, 2.5, 3.75, 5]);
  assert.deepEqual(layout.labels.map((label) => label.x), [90, 190]);
});

test('an empty period still has an axis to draw', () => {
  const layout = chartLayout([], { width: 200, height: 100 });
  assert.equal(layout.max, 1);
  assert.equal(layout.bars.length, 0);
  assert.equal(layout.ticks.length, 5);
});
