import assert from 'node:assert/strict';
import { test } from 'node:test';
import { moveInGrid } from '../../main/webapp/js/grid-focus.js';

// Three dose times down, three days across; the 14:00 dose has no cell on the first day (the order started later),
// and the 22:00 row only has the last day.
//        col 0   col 1   col 2
// row 1  [0]     [1]     [2]
// row 2          [3]     [4]
// row 3                  [5]
const CELLS = [
  { row: 1, col: 0 }, { row: 1, col: 1 }, { row: 1, col: 2 },
  { row: 2, col: 1 }, { row: 2, col: 2 },
  { row: 3, col: 2 },
];

test('the left and right arrows move along a row and stop at its ends', () => {
  assert.equal(moveInGrid(CELLS, 0, 'ArrowRight'), 1);
  assert.equal(moveInGrid(CELLS, 1, 'ArrowLeft'), 0);
  assert.equal(moveInGrid(CELLS, 2, 'ArrowRight'), 2);
  assert.equal(moveInGrid(CELLS, 3, 'ArrowLeft'), 3, 'no cell before it in its row: focus stays');
});

test('the up and down arrows keep the day where the next row has it and stop at the top and bottom', () => {
  assert.equal(moveInGrid(CELLS, 1, 'ArrowDown'), 3);
  assert.equal(moveInGrid(CELLS, 4, 'ArrowUp'), 2);
  assert.equal(moveInGrid(CELLS, 5, 'ArrowDown'), 5);
  assert.equal(moveInGrid(CELLS, 0, 'ArrowUp'), 0);
});

test('down from a day the next row lacks goes to the nearest day of that row', () => {
  assert.equal(moveInGrid(CELLS, 0, 'ArrowDown'), 3);
  assert.equal(moveInGrid(CELLS, 3, 'ArrowDown'), 5);
});

test('rows with no cell at all are passed over', () => {
  const gap = [{ row: 1, col: 0 }, { row: 4, col: 0 }];
  assert.equal(moveInGrid(gap, 0, 'ArrowDown'), 1);
  assert.equal(moveInGrid(gap, 1, 'ArrowUp'), 0);
});

test('Home and End go to the ends of the row, and with Ctrl to the first and last cell of the grid', () => {
  assert.equal(moveInGrid(CELLS, 4, 'Home'), 3);
  assert.equal(moveInGrid(CELLS, 0, 'End'), 2);
  assert.equal(moveInGrid(CELLS, 4, 'Home', { ctrl: true }), 0);
  assert.equal(moveInGrid(CELLS, 0, 'End', { ctrl: true }), 5);
});

test('other keys are left to the browser and the menu button', () => {
  for (const key of ['Enter', ' ', 'Tab', 'Escape', 'a']) assert.equal(moveInGrid(CELLS, 0, key), null, key);
  assert.equal(moveInGrid(CELLS, 9, 'ArrowDown'), null, 'nothing focused in the grid');
});
