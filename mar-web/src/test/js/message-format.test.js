import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatMessage, localisedValue } from '../../main/webapp/js/message-format.js';
import { BUNDLES, translator } from './bundles.js';

const bundles = {
  en: { greeting: 'Hello {name}', doses: '{count} doses', 'doses.one': '{count} dose', onlyEnglish: 'Only in English' },
  cy: { greeting: 'Helo {name}', doses: '{count} dos' },
};

describe('messages with parameters', () => {
  it('fills placeholders from the arguments', () => {
    assert.equal(formatMessage(bundles, 'en', 'greeting', { name: 'Siân' }), 'Hello Siân');
    assert.equal(formatMessage(bundles, 'cy', 'greeting', { name: 'Siân' }), 'Helo Siân');
  });

  it('leaves a placeholder with no argument visible rather than blank', () => {
    assert.equal(formatMessage(bundles, 'en', 'greeting'), 'Hello {name}');
  });

  it('uses English\'s singular for a count of one and Welsh\'s one form for every count', () => {
    assert.equal(formatMessage(bundles, 'en', 'doses', { count: 1 }), '1 dose');
    assert.equal(formatMessage(bundles, 'en', 'doses', { count: 3 }), '3 doses');
    assert.equal(formatMessage(bundles, 'cy', 'doses', { count: 1 }), '1 dos');
    assert.equal(formatMessage(bundles, 'cy', 'doses', { count: 3 }), '3 dos');
  });

  it('falls back to English, then to the key itself', () => {
    assert.equal(formatMessage(bundles, 'cy', 'onlyEnglish'), 'Only in English');
    assert.equal(formatMessage(bundles, 'cy', 'no.such.key'), 'no.such.key');
  });

  it('shows a bilingual argument in the language asked for', () => {
    const ward = { en: 'Dewi Ward', cy: 'Ward Dewi' };
    assert.equal(formatMessage(bundles, 'cy', 'greeting', { name: ward }), 'Helo Ward Dewi');
    assert.equal(localisedValue({ en: 'Dewi Ward' }, 'cy'), 'Dewi Ward');
    assert.equal(localisedValue(7, 'en'), '7');
  });
});

describe('the shipped bundles', () => {
  it('have a Welsh message for every English one', () => {
    const missing = Object.keys(BUNDLES.en).filter((key) => !key.endsWith('.one') && !(key in BUNDLES.cy));
    assert.deepEqual(missing, []);
  });

  it('keep every placeholder of a message in its Welsh version', () => {
    const names = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    const differing = Object.keys(BUNDLES.cy).filter((key) => key in BUNDLES.en
      && names(BUNDLES.en[key]).join() !== names(BUNDLES.cy[key]).join());
    assert.deepEqual(differing, []);
  });

  it('translate a real message with its parameters in both languages', () => {
    assert.equal(translator('en')('dose.range', { from: '1', to: '2' }), '1 to 2');
    assert.equal(translator('cy')('dose.range', { from: '1', to: '2' }), '1 i 2');
  });
});
