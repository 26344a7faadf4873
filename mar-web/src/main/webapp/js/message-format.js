// Choosing and filling a message from the bundles: pure, so node's test runner checks it without a browser.
//
//   {name} in a message is replaced by args.name; a value {en, cy} is bilingual and shows in the language asked for.
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

/**
 * The message for key in language, from bundles ({en: {...}, cy: {...}}), with its placeholders filled; the English
 * message when the language's bundle lacks it, and the key itself when neither has it (so a gap shows, not nothing).
 */
export function formatMessage(bundles, language, key, args = {}) {
  const template = pick(bundles[language], key, args) ?? pick(bundles.en, key, args) ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name) => (name in args ? localisedValue(args[name], language) : match));
}
