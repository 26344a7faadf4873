import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  carriedParts, eventParts, partsText, reasonParts, struckParts,
} from '../../main/webapp/js/infusion-text.js';
import { infusionDays } from '../../main/webapp/js/infusion-timeline.js';
import { translator } from './bundles.js';

const LONDON = 'Europe/London';
const DAYS = ['2026-12-03', '2026-12-04'];
const CHART = {
  from: '2026-12-03T00:00:00Z', to: '2026-12-05T00:00:00Z', now: '2026-12-04T18:00:00Z', timeZone: LONDON,
};
const event = (id, kind, occurredAt, extra = {}) => ({
  id, event: kind, occurredAt, bagNumber: 1, recordedByName: 'Nia Evans', ...extra,
});
const heparin = (extra) => ({ rateMlPerHour: 2, doseRateWords: '1000 units/hour', ...extra });

describe('an infusion on the MAR: where its bags and events fall on the days', () => {
  it('places each event at its share of the ward-local day, and a bag from when it went up to when it came down', () => {
    const [first, second] = infusionDays({
      before: null,
      events: [
        event(1, 'STARTED', '2026-12-03T06:00:00Z', heparin()),
        event(2, 'RATE_CHANGED', '2026-12-03T12:00:00Z', heparin({ rateMlPerHour: 3, doseRateWords: '1500 units/hour' })),
        event(3, 'STOPPED', '2026-12-04T06:00:00Z'),
      ],
    }, DAYS, CHART);
    assert.deepEqual(first.events.map((e) => [e.event, e.time, e.at]), [['STARTED', '06:00', 25], ['RATE_CHANGED', '12:00', 50]]);
    assert.deepEqual(first.periods.map((p) => [p.bagNumber, p.state, p.rateMlPerHour, p.start, p.end, p.carried]),
      [[1, 'running', 2, 25, 50, false], [1, 'running', 3, 50, 100, false]]);
    // the bag runs on into the next day, which opens with it up, until the stop
    assert.deepEqual(second.periods.map((p) => [p.rateMlPerHour, p.start, p.end, p.carried]), [[3, 0, 25, true]]);
    assert.deepEqual(second.events.map((e) => e.event), ['STOPPED']);
  });

  it('starts with the bag already up before the chart, paused stretches apart, and stops drawing at now', () => {
    const [first, second] = infusionDays({
      before: event(1, 'STARTED', '2026-12-02T20:00:00Z', heparin()),
      events: [
        event(2, 'PAUSED', '2026-12-03T18:00:00Z', { reason: 'cannula tissued' }),
        event(3, 'RESTARTED', '2026-12-03T19:12:00Z', heparin()),
        event(4, 'BAG_CHANGED', '2026-12-04T12:00:00Z', heparin({ bagNumber: 2 })),
      ],
    }, DAYS, CHART);
    assert.deepEqual(first.periods.map((p) => [p.state, p.start, p.end, p.carried]),
      [['running', 0, 75, true], ['paused', 75, 80, false], ['running', 80, 100, false]]);
    // bag 2 goes up at noon and is drawn up to now (18:00), not into time to come
    assert.deepEqual(second.periods.map((p) => [p.bagNumber, p.start, p.end]), [[1, 0, 50], [2, 50, 75]]);
  });

  it('lists an event struck through as made in error, but draws the bag as though it had not happened', () => {
    const [day] = infusionDays({
      before: null,
      events: [
        event(1, 'STARTED', '2026-12-03T06:00:00Z', heparin()),
        event(2, 'STOPPED', '2026-12-03T12:00:00Z', { struckThroughBy: 'nurse.evans', struckThroughReason: 'wrong pump' }),
      ],
    }, ['2026-12-03'], CHART);
    assert.deepEqual(day.events.map((e) => [e.event, Boolean(e.struckThroughBy)]), [['STARTED', false], ['STOPPED', true]]);
    assert.deepEqual(day.periods.map((p) => [p.state, p.rateMlPerHour, p.start, p.end]), [['running', 2, 25, 100]]);
  });

  it('draws nothing for an infusion whose first bag is still to be started', () => {
    const days = infusionDays({ before: null, events: [] }, DAYS, CHART);
    assert.deepEqual(days.map((d) => [d.day, d.periods.length, d.events.length]), [['2026-12-03', 0, 0], ['2026-12-04', 0, 0]]);
  });

  it('fits a 25-hour day, the one the clocks go back, into its column', () => {
    const [day] = infusionDays({ before: null, events: [event(1, 'STARTED', '2026-10-25T12:30:00Z', heparin())] },
      ['2026-10-25'], { from: '2026-10-24T23:00:00Z', to: '2026-10-26T00:00:00Z', now: '2026-10-27T00:00:00Z', timeZone: LONDON });
    // 12:30 UTC is 13.5 hours into a day of 25 (it began at 23:00 UTC, British Summer Time)
    assert.equal(day.events[0].at, 54);
    assert.equal(day.events[0].time, '12:30');
    assert.deepEqual([day.periods[0].start, day.periods[0].end], [54, 100]);
  });
});

describe('an infusion event in words, the same on the patient page and the MAR', () => {
  const rateChange = event(2, 'RATE_CHANGED', '2026-12-03T12:00:00Z', heparin({ rateMlPerHour: 3, doseRateWords: '1500 units/hour', reason: 'APTT ratio 1.2' }));
  it('says what happened, to which bag, the rate both ways, who, and why, in English', () => {
    const t = translator('en');
    assert.equal(partsText(eventParts(rateChange), t), 'Rate changed (bag 1) — 3 mL/hour (1500 units/hour) by Nia Evans');
    assert.equal(partsText(reasonParts(rateChange), t), 'Reason: APTT ratio 1.2');
    assert.equal(partsText(eventParts(event(5, 'VOLUME_RECORDED', '2026-12-03T13:00:00Z', heparin({ volumeInfusedMl: 24 }))), t),
      'Volume infused (bag 1) — 24 mL infused by Nia Evans');
    assert.ok(partsText(eventParts(event(6, 'BAG_CHANGED', '2026-12-03T14:00:00Z', heparin({ rateMlPerHour: 3,
      witnessedBy: 'nurse.okafor', witnessedByName: 'Chidi Okafor' }))), t).endsWith('by Nia Evans, witness Chidi Okafor'),
    'a bag checked by a second person names them');
    assert.equal(partsText(carriedParts({ bagNumber: 2, state: 'running', rateMlPerHour: 125 }), t), 'Bag 2 up: 125 mL/hour');
    assert.equal(partsText(carriedParts({ bagNumber: 2, state: 'paused' }), t), 'Bag 2 up: Paused');
  });

  it('says the same in Welsh, the nurse\'s reason and the dose rate left in English as recorded', () => {
    const t = translator('cy');
    const words = partsText(eventParts(rateChange), t);
    assert.ok(words.startsWith('Cyfradd wedi newid (bag 1)'), words);
    assert.ok(words.includes('(1500 units/hour)') && words.includes('Nia Evans'), words);
    assert.equal(partsText(reasonParts(rateChange), t), 'Rheswm: APTT ratio 1.2');
    assert.ok(partsText(carriedParts({ bagNumber: 2, state: 'running', rateMlPerHour: 125 }), t).startsWith('Bag 2 i fyny:'));
  });

  it('says who struck an event through and why, in both languages', () => {
    const struck = { ...rateChange, struckThroughBy: 'nurse.evans', struckThroughByName: 'Nia Evans', struckThroughReason: 'wrong pump' };
    assert.equal(partsText(struckParts(struck), translator('en')), 'Recorded in error: wrong pump by Nia Evans');
    assert.equal(partsText(struckParts(struck), translator('cy')), 'Cofnodwyd mewn camgymeriad: wrong pump gan Nia Evans');
    assert.deepEqual(struckParts(rateChange), []);
  });

  it('says nothing of a reason when the nurse gave none', () => {
    assert.deepEqual(reasonParts(event(3, 'RESTARTED', '2026-12-03T19:00:00Z')), []);
  });
});
