import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { captureScans } from '../../main/webapp/js/scanner.js';

// The least of a page that captureScans needs: somewhere to listen, and a clock the test moves.
class FakePage {
  constructor() {
    this.time = 1000;
    this.listeners = [];
  }

  addEventListener(type, listener) {
    if (type === 'keydown') this.listeners.push(listener);
  }

  key(key, { target = { tagName: 'BUTTON' }, after = 5, ctrlKey = false } = {}) {
    this.time += after;
    const event = {
      key, target, ctrlKey, altKey: false, metaKey: false, prevented: false,
      preventDefault() { this.prevented = true; },
      stopPropagation() {},
    };
    this.listeners.forEach((listener) => listener(event));
    return event;
  }

  type(text, options) {
    for (const character of text) this.key(character, options);
  }
}

describe('scanner capture', () => {
  let page;
  let scans;

  beforeEach(() => {
    page = new FakePage();
    scans = [];
    captureScans(page, (code) => scans.push(code), { now: () => page.time });
  });

  it('takes a fast burst ending in Enter as a scan and keeps the Enter from the focused button', () => {
    page.type('05012345678900');
    const enter = page.key('Enter');
    assert.deepEqual(scans, ['05012345678900']);
    assert.equal(enter.prevented, true);
  });

  it('ignores keys typed at a person\'s speed', () => {
    for (const character of 'TRN01001') page.key(character, { after: 200 });
    const enter = page.key('Enter', { after: 200 });
    assert.deepEqual(scans, []);
    assert.equal(enter.prevented, false);
  });

  it('ignores bursts too short to be a barcode', () => {
    page.type('ab');
    page.key('Enter');
    assert.deepEqual(scans, []);
  });

  it('leaves text fields to themselves', () => {
    const field = { tagName: 'INPUT', type: 'text' };
    page.type('05012345678900', { target: field });
    page.key('Enter', { target: field });
    assert.deepEqual(scans, []);
  });

  it('passes a GS1 group separator through for the server to parse', () => {
    page.type('0105012345678900');
    page.key('\u001d', { ctrlKey: true });
    page.type('10ABC');
    page.key('Enter');
    assert.deepEqual(scans, ['0105012345678900\u001d10ABC']);
  });

  it('starts again after a pause, so an old keystroke does not join the next scan', () => {
    page.key('x');
    page.key('y', { after: 500 });
    page.type('TRN01001');
    page.key('Enter');
    assert.deepEqual(scans, ['yTRN01001']);
  });
});
