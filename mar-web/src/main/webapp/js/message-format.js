// Choosing and filling a message from the bundles: pure, so node's test runner checks it without a browser.
//
//   {name} in a message is replaced by args.name; a value {en, cy} is bilingual and shows in the language asked for;
//   a value {code, args} is a message of its own (the server's "08:00 tomorrow"), worded in the same language.
//   key.one is English's singular, used when args.count is 1. Welsh messages are worded so that one form fits every
//   number (a noun after a numeral stays singular in Welsh), so the Welsh bundle has no .one keys.

function pick(bundle, key, args) {
  if (!bundle) return undefined;
  if (args.count === 1 && bundle[`${key}.one`] !== undefined) return bundle[`${key}.one`];
  return bundle[key];
}

/** A bilingual {en, cy} value in the language, falling back to English; anything else as text. */
export function localisedValue(value, language) {
  if (value !== null && typeof value === 'object') return value[language] || value.en || '';
  return String(value ?? '');
}

function isMessage(value) {
  return value !== null && typeof value === 'object' && typeof value.code === 'string';
}

// Text from the server that no bundle words: names of medicines and people, free text, the rule data's sentences.
// Numbers, times and dates hold no letters and read the same in either language.
const ENGLISH_TEXT = /\p{L}/u;

/**
 * The message as parts, for a sentence from the server: [{text}] and, for each argument that is English text, {text,
 * lang: 'en'}, so a Welsh sentence can mark the English names in it. Nested messages are worded in the language too.
 */
export function messageParts(bundles, language, key, args = {}) {
  const template = pick(bundles[language], key, args) ?? pick(bundles.en, key, args) ?? key;
  const parts = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    parts.push({ text: template.slice(last, match.index) });
    last = match.index + match[0].length;
    const value = args[match[1]];
    if (value === undefined) parts.push({ text: match[0] });
    else if (isMessage(value)) parts.push(...messageParts(bundles, language, value.code, value.args ?? {}));
    else {
      const text = localisedValue(value, language);
      parts.push(typeof value === 'string' && ENGLISH_TEXT.test(text) ? { text, lang: 'en' } : { text });
    }
  }
  parts.push({ text: template.slice(last) });
  // neighbouring parts in the same language are one run of text
  return parts.filter((part) => part.text !== '').reduce((runs, part) => {
    const previous = runs[runs.length - 1];
    if (previous && previous.lang === part.lang) previous.text += part.text;
    else runs.push({ ...part });
    return runs;
  }, []);
}

/**
 * The message for key in language, from bundles ({en: {...}, cy: {...}}), with its placeholders filled; the English
 * message when the language's bundle lacks it, and the key itself when neither has it (so a gap shows, not nothing).
 */
export function formatMessage(bundles, language, key, args = {}) {
  const template = pick(bundles[language], key, args) ?? pick(bundles.en, key, args) ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name) => {
    if (!(name in args)) return match;
    const value = args[name];
    return isMessage(value) ? formatMessage(bundles, language, value.code, value.args ?? {}) : localisedValue(value, language);
  });
}
