// Every word on screen comes from i18n/<language>.json. Elements carry their message key in data
// attributes, so a change of language re-translates the page in place: nothing is rebuilt, which keeps
// keyboard focus where it was and anything already typed into a form.
//
//   data-i18n="key"                       text content
//   data-i18n-attr="aria-label:key;title:key2"   attributes
//   data-i18n-args='{"count":3}'          values for {placeholders}; a value {"en":…,"cy":…} is bilingual
//   data-i18n-parts                       with data-i18n: a sentence from the server, whose English arguments
//                                         (names, free text) are marked lang="en" inside it
//   <time datetime="…" data-i18n-date="date|datetime" data-time-zone="Europe/London">
//   data-text-en="…" data-text-cy="…"     a server value that exists in both languages (ward names)

import { formatMessage, localisedValue, messageParts } from './message-format.js';

const STORAGE_KEY = 'epma.language';
export const LANGUAGES = ['en', 'cy'];
const SELECTOR = '[data-i18n], [data-i18n-attr], [data-i18n-date], [data-text-en]';

const bundles = new Map();
const listeners = new Set();
let language = 'en';

export function isLanguage(value) {
  return LANGUAGES.includes(value);
}

export function currentLanguage() {
  return language;
}

export function otherLanguage(lang = language) {
  return lang === 'cy' ? 'en' : 'cy';
}

export function storedLanguage() {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'en';
  } catch {
    // Storage can be switched off by browser policy on shared ward machines; English is the default.
    return 'en';
  }
}

export function rememberLanguage(lang) {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // See storedLanguage: without storage the choice simply lasts for this page.
  }
}

async function loadBundle(lang) {
  if (!bundles.has(lang)) {
    const response = await fetch(`i18n/${lang}.json`, { credentials: 'same-origin' });
    if (!response.ok) {
      throw new Error(`Message bundle "${lang}" could not be loaded (HTTP ${response.status})`);
    }
    bundles.set(lang, await response.json());
  }
  return bundles.get(lang);
}

export async function setLanguage(lang) {
  const next = isLanguage(lang) ? lang : 'en';
  await loadBundle(next);
  language = next;
  document.documentElement.lang = next;
  translate(document);
  listeners.forEach((listener) => listener(next));
}

export function onLanguageChange(listener) {
  listeners.add(listener);
}

export function has(key) {
  return Object.hasOwn(bundles.get(language) ?? {}, key);
}

export function t(key, args = {}) {
  return formatMessage({ en: bundles.get('en'), [language]: bundles.get(language) }, language, key, args);
}

function partsOf(key, args) {
  return messageParts({ en: bundles.get('en'), [language]: bundles.get(language) }, language, key, args)
    .map((part) => {
      if (!part.lang || part.lang === language) return document.createTextNode(part.text);
      const span = document.createElement('span');
      span.lang = part.lang;
      span.textContent = part.text;
      return span;
    });
}

export function localised(value) {
  return localisedValue(value, language);
}

// Intl is used only to move an instant into the ward's time zone. Month names come from the bundles
// because browsers do not all carry Welsh month names.
function dateParts(instant, timeZone) {
  const options = { year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  let format;
  try {
    format = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: timeZone || undefined });
  } catch {
    format = new Intl.DateTimeFormat('en-GB', options);
  }
  return Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
}

export function formatDate(value, { time = false, timeZone } = {}) {
  if (!value) return '';
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  let parts;
  if (dateOnly) {
    parts = { year: dateOnly[1], month: dateOnly[2], day: dateOnly[3] };
  } else {
    const instant = new Date(value);
    if (Number.isNaN(instant.getTime())) return String(value);
    parts = dateParts(instant, timeZone);
  }
  const date = `${Number(parts.day)} ${t(`month.short.${Number(parts.month)}`)} ${parts.year}`;
  return time && parts.hour !== undefined ? `${date} ${parts.hour}:${parts.minute}` : date;
}

export function translateElement(element) {
  // Before any bundle has loaded, the English written in the HTML is the best there is.
  if (bundles.size === 0) return;
  const data = element.dataset;
  const args = data.i18nArgs ? JSON.parse(data.i18nArgs) : {};
  if (data.i18n && data.i18nParts !== undefined) element.replaceChildren(...partsOf(data.i18n, args));
  else if (data.i18n) element.textContent = t(data.i18n, args);
  if (data.i18nAttr) {
    for (const pair of data.i18nAttr.split(';')) {
      const [attribute, key] = pair.split(':').map((part) => part.trim());
      if (attribute && key) element.setAttribute(attribute, t(key, args));
    }
  }
  if (data.i18nDate !== undefined) {
    element.textContent = formatDate(element.getAttribute('datetime'),
      { time: data.i18nDate === 'datetime', timeZone: data.timeZone });
  }
  if (data.textEn !== undefined) {
    const own = language === 'cy' ? data.textCy : data.textEn;
    element.textContent = own || data.textEn;
    // A ward with no Welsh name shows its English one, marked so screen readers pronounce it as English.
    if (own) element.removeAttribute('lang');
    else element.lang = 'en';
  }
}

export function translate(root = document) {
  if (root instanceof Element && root.matches(SELECTOR)) translateElement(root);
  root.querySelectorAll(SELECTOR).forEach(translateElement);
}
