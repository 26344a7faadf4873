// An editable combobox with a list popup (WAI-ARIA 1.2 combobox pattern, list autocomplete with manual
// selection): typing searches, Down/Up move through the options, Enter chooses, Escape closes the list.
// Focus stays in the text box throughout; the highlighted option is named by aria-activedescendant.
import { h } from './dom.js';

/**
 * search(query) resolves to the items (each with a code); renderOption(item) gives an option's contents;
 * onChoose(item) is told of the choice; onEdit() of any typing, which unsets an earlier choice.
 */
export function wireCombobox({
  input, listbox, status, search, renderOption, onChoose, onEdit, onError, minChars = 2, delay = 150,
}) {
  let items = [];
  let active = -1;
  let sequence = 0;
  let timer = null;

  const options = () => [...listbox.querySelectorAll('[role="option"]')];
  const isOpen = () => !listbox.hidden;

  function say(key, args) {
    status.replaceChildren(key ? h('span', { i18n: key, args }) : '');
  }

  function setActive(index) {
    active = index;
    options().forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const option = options()[index];
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function open() {
    if (items.length === 0) return;
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function close() {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  }

  function show(found) {
    items = found;
    listbox.replaceChildren(...items.map((item, index) => h('li', {
      role: 'option', id: `${listbox.id}-${index}`, class: 'combobox-option', 'data-code': item.code, 'aria-selected': 'false',
    }, renderOption(item))));
    active = -1;
    if (items.length > 0) {
      open();
      say('combobox.results', { count: items.length });
    } else {
      close();
      say('combobox.none');
    }
  }

  function choose(index) {
    const item = items[index];
    if (!item) return;
    input.value = item.name;
    close();
    say(null);
    onChoose(item);
  }

  async function run(query) {
    const mine = ++sequence;
    try {
      const found = await search(query);
      // An answer to an earlier, slower search must not replace the list for what is typed now.
      if (mine === sequence && document.activeElement === input) show(Array.isArray(found) ? found : []);
    } catch (error) {
      if (mine === sequence) {
        close();
        onError?.(error);
      }
    }
  }

  input.addEventListener('input', () => {
    if (input.readOnly) return;
    onEdit?.();
    clearTimeout(timer);
    const query = input.value.trim();
    if (query.length < minChars) {
      sequence += 1;
      items = [];
      listbox.replaceChildren();
      close();
      say(query.length > 0 ? 'combobox.tooShort' : null, { count: minChars });
      return;
    }
    timer = setTimeout(() => run(query), delay);
  });

  input.addEventListener('keydown', (event) => {
    if (input.readOnly) return;
    const count = items.length;
    switch (event.key) {
      case 'ArrowDown':
        if (count === 0) return;
        event.preventDefault();
        if (!isOpen()) {
          open();
          if (event.altKey) return;
        }
        setActive(active + 1 >= count ? 0 : active + 1);
        break;
      case 'ArrowUp':
        if (count === 0) return;
        event.preventDefault();
        if (!isOpen()) open();
        setActive(active <= 0 ? count - 1 : active - 1);
        break;
      case 'Enter':
        if (isOpen() && active >= 0) {
          event.preventDefault();
          choose(active);
        }
        break;
      case 'Escape':
        if (isOpen()) {
          event.preventDefault();
          event.stopPropagation();
          close();
        }
        break;
      default:
        break;
    }
  });

  // Leaving the box closes the list, late enough for a click on an option to land first.
  input.addEventListener('blur', () => setTimeout(() => {
    if (document.activeElement !== input) close();
  }, 200));

  // Pressing on an option must not take focus from the text box.
  listbox.addEventListener('mousedown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) => {
    const option = event.target.closest('[role="option"]');
    if (option) choose(options().indexOf(option));
  });

  return {
    close,
    reset() {
      clearTimeout(timer);
      sequence += 1;
      items = [];
      listbox.replaceChildren();
      close();
      say(null);
    },
  };
}
