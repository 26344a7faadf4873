// The running-infusion form offers only what the server's rule accepts, and every event it offers has words in both
// languages.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventsFor, fieldsFor } from '../../main/webapp/js/infusion-events.js';
import { BUNDLES } from './bundles.js';

describe('running infusion events', () => {
  it('start a bag only before any, and nothing after the stop', () => {
    assert.deepEqual(eventsFor('NOT_STARTED'), ['STARTED']);
    assert.deepEqual(eventsFor('STOPPED'), []);
    assert.ok(!eventsFor('RUNNING').includes('STARTED') && !eventsFor('RUNNING').includes('RESTARTED'));
    assert.ok(eventsFor('PAUSED').includes('RESTARTED') && !eventsFor('PAUSED').includes('RATE_CHANGED'));
  });

  it('scan a bag put up, and give a rate change its reason', () => {
    assert.deepEqual(fieldsFor('STARTED', true), ['wristband', 'product']);
    assert.deepEqual(fieldsFor('STARTED', true, true), ['wristband', 'product', 'witnessUsername', 'witnessPassword'],
      'a bag of a witnessed medicine asks for the second person');
    assert.deepEqual(fieldsFor('BAG_CHANGED', true, true).slice(-2), ['witnessUsername', 'witnessPassword']);
    assert.deepEqual(fieldsFor('RATE_CHANGED', true, true), ['rateMlPerHour', 'doseRate', 'reason'], 'only a bag put up is witnessed');
    assert.ok(fieldsFor('BAG_CHANGED', true).includes('product'));
    assert.deepEqual(fieldsFor('RATE_CHANGED', true), ['rateMlPerHour', 'doseRate', 'reason']);
    assert.deepEqual(fieldsFor('RATE_CHANGED', false), ['rateMlPerHour', 'reason'], 'a fluid has no dose rate');
    assert.deepEqual(fieldsFor('VOLUME_RECORDED', true), ['volumeInfusedMl']);
  });

  for (const language of ['en', 'cy']) {
    it(`word every event and state in ${language}`, () => {
      const offered = new Set(['NOT_STARTED', 'RUNNING', 'PAUSED', 'STOPPED'].flatMap(eventsFor));
      for (const event of offered) assert.ok(BUNDLES[language][`infusion.run.event.${event}`], event);
      for (const state of ['NOT_STARTED', 'RUNNING', 'PAUSED', 'STOPPED']) {
        assert.ok(BUNDLES[language][`infusion.run.state.${state}`], state);
      }
    });
  }
});
