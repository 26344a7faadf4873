// <epma-header>: the site header every page shares, written once. A light-DOM custom element (no shadow root),
// so the page's stylesheet, the ids header.js looks for (training-banner, current-user, language-toggle, logout,
// nav-*) and the data-i18n keys work exactly as they did when each page carried its own copy.
//
//   <epma-header current="wards"></epma-header>   the page's own menu item(s), space-separated, get aria-current
//   <epma-header variant="public"></epma-header>  before login: the name and the language toggle only
//   <epma-header variant="bare"></epma-header>    the name alone (the page that only sends a user on)
//
// Each page loads this module first in <head>; module scripts run in order once the document is parsed, so the
// header is in place before any page module looks for its parts, and css reserves its height until then.
import { h } from './dom.js';

// [item, page, message key, English written before the bundles load]. Every item but Wards starts hidden:
// header.js shows the ones the user's roles may use.
const MENU = [
  ['wards', 'wards.html', 'nav.wards', 'Wards'],
  ['ward', null, null, null],
  ['reports', 'reports.html', 'nav.reports', 'Reports'],
  ['pharmacy', 'pharmacy.html', 'pharmacy.nav', 'Pharmacy'],
  ['interface', 'interface.html', 'interface.nav', 'Interface messages'],
  ['admin', 'admin.html', 'nav.admin', 'Administration'],
  ['audit', 'audit.html', 'nav.audit', 'Audit trail'],
];

function trainingBanner() {
  return h('div', { id: 'training-banner', class: 'training-banner', role: 'note', hidden: true },
    h('img', { src: 'img/warning.svg', alt: '', class: 'icon', width: 24, height: 24 }),
    h('span', { i18n: 'training.banner' }, 'TRAINING — not for clinical use'));
}

function menu(current) {
  const item = ([name, page, key, english]) => {
    const ariaCurrent = current.includes(name) ? 'page' : undefined;
    // The ward item names the ward the page is about; header.js fills it in (showCurrentWard).
    const link = name === 'ward'
      ? h('a', { id: 'nav-ward-link', href: 'wards.html', 'aria-current': ariaCurrent })
      : h('a', { href: page, i18n: key, 'aria-current': ariaCurrent }, english);
    return h('li', { id: `nav-${name}`, hidden: name !== 'wards' }, link);
  };
  return h('nav', { class: 'main-nav', 'aria-label': 'Main menu', 'data-i18n-attr': 'aria-label:nav.label' },
    h('ul', {}, MENU.map(item)));
}

function languageToggle() {
  return h('button', {
    type: 'button', id: 'language-toggle', class: 'button button-header', lang: 'cy', i18n: 'language.other',
  }, 'Cymraeg');
}

function userBar() {
  return h('div', { class: 'user-bar' },
    h('p', { class: 'user' },
      h('span', { class: 'visually-hidden', i18n: 'header.loggedInAs' }, 'Logged in as'),
      h('span', { id: 'current-user', class: 'user-name' }),
      h('span', { id: 'current-roles', class: 'user-roles' })),
    languageToggle(),
    h('button', { type: 'button', id: 'logout', class: 'button button-header', i18n: 'header.logout' }, 'Log out'));
}

/** The header's markup for a variant: full (the default), public or bare. */
export function headerMarkup({ variant = 'full', current = [] } = {}) {
  const name = variant === 'full'
    ? h('a', { class: 'app-name', href: 'wards.html', i18n: 'app.name' }, 'ePMA')
    : h('span', { class: 'app-name', i18n: 'app.name' }, 'ePMA');
  let bar;
  if (variant === 'full') bar = [name, menu(current), userBar()];
  else if (variant === 'public') bar = [name, h('div', { class: 'user-bar' }, languageToggle())];
  else bar = [name];
  return h('header', { class: 'site-header' }, trainingBanner(), h('div', { class: 'header-bar' }, bar));
}

export class EpmaHeader extends HTMLElement {
  connectedCallback() {
    // Moving the element in the document must not build a second header.
    if (this.firstElementChild) return;
    const current = (this.getAttribute('current') ?? '').split(/\s+/).filter(Boolean);
    this.append(headerMarkup({ variant: this.getAttribute('variant') ?? 'full', current }));
  }
}

if (!customElements.get('epma-header')) customElements.define('epma-header', EpmaHeader);
