// The message bundles as the browser gets them, and a translator over them like i18n.js t, for tests without a DOM.
import { readFileSync } from 'node:fs';
import { formatMessage } from '../../main/webapp/js/message-format.js';

const read = (language) => JSON.parse(readFileSync(new URL(`../../main/webapp/i18n/${language}.json`, import.meta.url), 'utf8'));

export const BUNDLES = { en: read('en'), cy: read('cy') };

export const translator = (language) => (key, args) => formatMessage(BUNDLES, language, key, args);
