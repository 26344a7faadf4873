import { has, translateElement } from './i18n.js';

/** The page's element of that id; every page module finds its parts this way. */
export const byId = (id) => document.getElementById(id);

// Builds an element. Props become attributes, except: i18n (message key), args (its placeholder values,
// stored as JSON), parts (a server sentence whose English arguments are marked lang="en") and text ({en, cy} for a
// bilingual server value). Text always goes in as text nodes,
// never as HTML, because much of it comes from the server.
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'i18n') element.dataset.i18n = value;
    else if (name === 'args') element.dataset.i18nArgs = JSON.stringify(value);
    else if (name === 'parts') element.dataset.i18nParts = '';
    else if (name === 'text') {
      element.dataset.textEn = value.en ?? '';
      if (value.cy) element.dataset.textCy = value.cy;
    } else element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false)
    .map((child) => (child instanceof Node ? child : String(child))));
  translateElement(element);
  return element;
}

// Icons sit beside words that say the same thing, so they are hidden from assistive technology.
export function icon(name) {
  return h('img', { src: `img/${name}.svg`, alt: '', class: 'icon', width: 20, height: 20 });
}

export function enumText(prefix, value) {
  const key = `${prefix}.${value}`;
  // A value the bundles do not know yet is shown as the server sent it rather than hidden.
  return has(key) ? h('span', { i18n: key }) : h('span', {}, value ?? '');
}

export function roleList(roles = []) {
  return roles.flatMap((role, index) => (index === 0 ? [enumText('role', role)] : [', ', enumText('role', role)]));
}

export function showMessage(target, key, args) {
  target.replaceChildren(h('p', { class: 'message' }, icon('alert'), h('span', { i18n: key, args })));
}

/**
 * A sentence the server wrote, as {code, args} beside its English: worded from the bundles in the user's language
 * when they know the code, otherwise the English, marked so (a screen reader then reads it as English).
 */
export function serverText({ code, args } = {}, english = '') {
  return code && has(code) ? h('span', { i18n: code, args: args ?? {}, parts: true }) : h('span', { lang: 'en' }, english);
}

/** A problem's detail in the user's language (its code and args), or its English detail or title. */
export function problemText(problem) {
  return serverText(problem ?? {}, problem?.detail || problem?.title || '');
}

// Shows a failed call in an alert area: the server's own sentence when it gave one, otherwise a message
// from the bundles.
export function showProblem(error, target = document.getElementById('page-error')) {
  const problem = error?.problem;
  if (problem?.code || problem?.detail || problem?.title) {
    target.replaceChildren(h('p', { class: 'message' }, icon('alert'), problemText(problem)));
  } else if (error?.messageKey) {
    showMessage(target, error.messageKey, error.messageArgs);
  } else {
    console.error(error);
    showMessage(target, 'error.unexpected');
  }
}

// replaceChildren would write null as the text "null" and does not take arrays.
export function put(target, ...children) {
  target.replaceChildren(...children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false));
}

export function clear(target) {
  target.replaceChildren();
}
