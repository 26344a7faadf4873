// <epma-period prefix="register">: a report's period, the From and To dates every report form asks for, written once.
// A light-DOM custom element like <epma-header>: the inputs belong to the form around it and keep the ids
// reports.js reads ({prefix}-from, {prefix}-to) and the names the request takes (from, to).
import { h } from './dom.js';

/** The two labelled date fields of a period whose inputs' ids start with prefix. */
export function periodMarkup(prefix) {
  const end = (name, key, english) => [
    h('label', { for: `${prefix}-${name}`, i18n: key }, english), ' ',
    h('input', {
      type: 'date', id: `${prefix}-${name}`, name, required: true,
    }),
  ];
  return h('p', { class: 'period' }, end('from', 'reports.from', 'From'), ' ', end('to', 'reports.to', 'To'));
}

export class EpmaPeriod extends HTMLElement {
  connectedCallback() {
    // Moving the element in the document must not write the fields twice.
    if (this.firstElementChild) return;
    this.append(periodMarkup(this.getAttribute('prefix')));
  }
}

if (!customElements.get('epma-period')) customElements.define('epma-period', EpmaPeriod);
