// WCAG 2.5.3 label in name: a control whose visible text is message "x" and whose accessible name is message "xFor"
// (the same action, naming what it acts on) must have a name that begins with the visible text, in both languages,
// so that a voice-control user can say what they see.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BUNDLES } from './bundles.js';

describe('accessible names', () => {
  for (const language of ['en', 'cy']) {
    it(`begin with the visible text of their control in ${language}`, () => {
      const bundle = BUNDLES[language];
      const pairs = Object.keys(bundle).filter((key) => key.endsWith('For') && key.slice(0, -3) in bundle);
      assert.ok(pairs.length > 10, `only ${pairs.length} pairs found`);
      const mismatched = pairs.filter((key) => {
        const visible = bundle[key.slice(0, -3)].replace(/\.$/, '').toLocaleLowerCase(language);
        return !bundle[key].toLocaleLowerCase(language).startsWith(visible);
      }).map((key) => `${key}: "${bundle[key]}" does not begin with "${bundle[key.slice(0, -3)]}"`);
      assert.deepEqual(mismatched, []);
    });
  }
});
