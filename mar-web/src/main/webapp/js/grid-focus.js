// One Tab stop into a grid of cells, and the arrow keys between them (the keyboard of the WAI-ARIA grid pattern, on
// a table that stays a table for screen readers): only one cell's button is in the Tab order, the one last used,
// so a keyboard user passes a chart of many doses with one Tab rather than one per cell. Not every cell has a
// button (no dose scheduled then), so a move goes to the nearest cell that has one.

/**
 * Where a key moves focus. cells: the position ({ row, col }) of each cell that can take focus, in document order;
 * from: the index of the focused one; ctrl: whether Ctrl was held (Ctrl+Home and Ctrl+End go to the first and last
 * cell of the grid). Returns the index to focus (from itself at an edge), or null when the key is not a grid move.
 */
export function moveInGrid(cells, from, key, { ctrl = false } = {}) {
  const here = cells[from];
  if (!here) return null;
  const indexes = cells.map((cell, index) => index);
  const inRow = indexes.filter((index) => cells[index].row === here.row);
  const byPlace = (a, b) => cells[a].row - cells[b].row || cells[a].col - cells[b].col;
  if (key === 'Home' || key === 'End') {
    const line = (ctrl ? indexes : inRow).sort(byPlace);
    return key === 'Home' ? line[0] : line.at(-1);
  }
  if (key === 'ArrowRight' || key === 'ArrowLeft') {
    const right = key === 'ArrowRight';
    const beyond = inRow.filter((index) => (right ? cells[index].col > here.col : cells[index].col < here.col))
      .sort((a, b) => Math.abs(cells[a].col - here.col) - Math.abs(cells[b].col - here.col));
    return beyond[0] ?? from;
  }
  if (key === 'ArrowDown' || key === 'ArrowUp') {
    const down = key === 'ArrowDown';
    const beyond = indexes.filter((index) => (down ? cells[index].row > here.row : cells[index].row < here.row));
    if (beyond.length === 0) return from;
    const rowDistance = (index) => Math.abs(cells[index].row - here.row);
    const nearestRow = Math.min(...beyond.map(rowDistance));
    // in the next row that has any, the cell nearest the same column (the earlier day on a tie)
    return beyond.filter((index) => rowDistance(index) === nearestRow)
      .sort((a, b) => Math.abs(cells[a].col - here.col) - Math.abs(cells[b].col - here.col) || cells[a].col - cells[b].col)[0];
  }
  return null;
}

/**
 * Makes the buttons matching `selector` inside `table` (each in a td) one Tab stop, moved between with the arrow keys,
 * Home and End. Returns settle(), to call after every redraw of the table: it keeps the Tab stop on the same cell when
 * the cell is still there (cellKey names a cell across redraws), else on the first.
 */
export function wireGridFocus(table, { selector, cellKey }) {
  let current = null;
  const buttons = () => [...table.querySelectorAll(selector)];
  const position = (button) => {
    const cell = button.closest('td');
    const row = cell.parentElement;
    return { row: row.rowIndex, col: [...row.cells].filter((c) => c.tagName === 'TD').indexOf(cell) };
  };

  function makeTabStop(target, all = buttons()) {
    for (const button of all) button.tabIndex = button === target ? 0 : -1;
    current = target ? cellKey(target) : null;
    // the scrolling region around the table needs its own Tab stop only when nothing inside it can take focus
    const region = table.closest('[role="region"]');
    if (region) region.tabIndex = target ? -1 : 0;
  }

  table.addEventListener('keydown', (event) => {
    const button = event.target;
    if (!button.matches?.(selector) || event.altKey || event.metaKey || event.shiftKey) return;
    const all = buttons();
    const next = moveInGrid(all.map(position), all.indexOf(button), event.key, { ctrl: event.ctrlKey });
    if (next === null) return;
    // handled here: the menu button's own arrow keys (open the menu) give way to moving in the grid
    event.preventDefault();
    makeTabStop(all[next], all);
    all[next].focus();
  });
  table.addEventListener('focusin', (event) => {
    if (event.target.matches?.(selector)) makeTabStop(event.target);
  });

  return function settle() {
    const all = buttons();
    makeTabStop(all.find((button) => cellKey(button) === current) ?? all[0] ?? null, all);
  };
}
