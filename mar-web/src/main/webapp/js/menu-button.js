// A small button that opens a menu of actions (the WAI-ARIA menu button pattern): Enter, Space or the arrow keys
// open it, the arrows move through it, Escape closes it and puts focus back on the button, Tab or a click
// elsewhere closes it. In a grid (grid-focus.js) the arrow keys on the button move between cells instead, and
// Enter or Space opens it. The items are ordinary buttons carrying data-action, so whoever handles clicks on
// buttons with data-action handles them whether they sit in a menu or not.
import { h, icon } from './dom.js';

let count = 0;

/**
 * A menu button and its menu. labelledBy: the ids whose text names the button (the words "Actions for", then what the
 * actions are for). items: buttons, each becoming a menu item.
 */
export function menuButton({ labelledBy, items }) {
  count += 1;
  const menuId = `menu-${count}`;
  const buttonId = `${menuId}-button`;
  for (const item of items) {
    item.setAttribute('role', 'menuitem');
    item.tabIndex = -1;
  }
  return h('div', { class: 'menu' },
    h('button', {
      type: 'button', id: buttonId, class: 'menu-button', 'aria-haspopup': 'menu', 'aria-expanded': 'false',
      'aria-controls': menuId, 'aria-labelledby': [...labelledBy].join(' '),
    }, icon('more')),
    h('ul', {
      id: menuId, class: 'menu-list', role: 'menu', 'aria-labelledby': buttonId, hidden: true,
    }, items.map((item) => h('li', { role: 'none' }, item))));
}

const itemsOf = (menu) => [...menu.querySelectorAll('[role="menuitem"]')];

function close(menu, { returnFocus = false } = {}) {
  const button = menu.querySelector('.menu-button');
  menu.querySelector('.menu-list').hidden = true;
  button.setAttribute('aria-expanded', 'false');
  if (returnFocus) button.focus();
}

// Below the button, right-aligned with it, or above it where the window ends.
function place(menu) {
  const list = menu.querySelector('.menu-list');
  const at = menu.querySelector('.menu-button').getBoundingClientRect();
  const { width, height } = list.getBoundingClientRect();
  list.style.left = `${Math.max(0, Math.min(at.right, window.innerWidth) - width)}px`;
  list.style.top = `${at.bottom + height > window.innerHeight ? Math.max(0, at.top - height) : at.bottom}px`;
}

function open(menu, which = 'first') {
  for (const other of document.querySelectorAll('.menu-button[aria-expanded="true"]')) close(other.closest('.menu'));
  menu.querySelector('.menu-list').hidden = false;
  menu.querySelector('.menu-button').setAttribute('aria-expanded', 'true');
  place(menu);
  const items = itemsOf(menu);
  items[which === 'last' ? items.length - 1 : 0]?.focus({ preventScroll: true });
}

function moveFocus(menu, step) {
  const items = itemsOf(menu);
  const at = items.indexOf(document.activeElement);
  items[(at + step + items.length) % items.length]?.focus();
}

/** The menu that holds an element (a menu item that was chosen), and its button, which keeps focus after. */
export const menuButtonOf = (element) => element.closest('.menu')?.querySelector('.menu-button') ?? null;

/** Makes every menu button under root work; call once for a part of the page whose menus are redrawn. */
export function wireMenuButtons(root) {
  root.addEventListener('click', (event) => {
    const button = event.target.closest('.menu-button');
    if (button && root.contains(button)) {
      const menu = button.closest('.menu');
      if (button.getAttribute('aria-expanded') === 'true') close(menu);
      else open(menu);
      return;
    }
    const item = event.target.closest('[role="menuitem"]');
    // closed before the item's action runs, so that the action (a dialog, say) can take focus
    if (item) close(item.closest('.menu'));
  });
  root.addEventListener('keydown', (event) => {
    const menu = event.target.closest?.('.menu');
    // a grid the button sits in (grid-focus.js) may have taken the key to move to another cell
    if (!menu || event.defaultPrevented) return;
    const onButton = event.target.classList.contains('menu-button');
    if (onButton && ['ArrowDown', 'ArrowUp'].includes(event.key)) {
      event.preventDefault();
      open(menu, event.key === 'ArrowUp' ? 'last' : 'first');
    } else if (event.key === 'Escape' && menu.querySelector('.menu-button').getAttribute('aria-expanded') === 'true') {
      event.preventDefault();
      close(menu, { returnFocus: true });
    } else if (!onButton && ['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) {
      event.preventDefault();
      if (event.key === 'Home') itemsOf(menu)[0]?.focus();
      else if (event.key === 'End') itemsOf(menu).at(-1)?.focus();
      else moveFocus(menu, event.key === 'ArrowDown' ? 1 : -1);
    } else if (!onButton && event.key === 'Tab') {
      close(menu);
    }
  });
  // a fixed menu would be left behind by scrolling (the page's, or the table's), so it follows its button
  document.addEventListener('scroll', () => {
    for (const button of root.querySelectorAll('.menu-button[aria-expanded="true"]')) place(button.closest('.menu'));
  }, { capture: true, passive: true });
  document.addEventListener('click', (event) => {
    for (const button of root.querySelectorAll('.menu-button[aria-expanded="true"]')) {
      if (!button.closest('.menu').contains(event.target)) close(button.closest('.menu'));
    }
  });
}
