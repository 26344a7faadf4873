import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doseText, isDoseRange, outsideRange, plainNumber, recordedDoseParts } from '../../main/webapp/js/dose-text.js';
import { BUNDLES, translator } from './bundles.js';

const english = translator('en');
const welsh = translator('cy');
// Every unit the formulary's Unit enum knows (prescribing-core formulary/Unit.java), less HOUR, which is no dose unit.
const UNITS = ['microgram', 'mg', 'g', 'mL', 'litre', 'unit', 'mmol', 'tablet', 'capsule', 'dose', 'patch', 'suppository',
  'vial', 'ampoule', 'sachet'];

describe('a dose amount is written without trailing zeros and with a leading zero (NHS CUI MEDi-015, MEDi-016)', () => {
  it('drops trailing zeros', () => {
    assert.equal(plainNumber('1.00'), '1');
    assert.equal(plainNumber('12.50'), '12.5');
    assert.equal(plainNumber('0.50'), '0.5');
    assert.equal(plainNumber(2.5), '2.5');
  });

  it('puts a zero before a decimal point', () => {
    assert.equal(plainNumber('.5'), '0.5');
    assert.equal(plainNumber('000.25'), '0.25');
  });

  it('groups thousands with a comma (MEDi-017)', () => {
    assert.equal(plainNumber('5000'), '5,000');
    assert.equal(plainNumber('1000000.000'), '1,000,000');
    assert.equal(plainNumber('999'), '999');
  });

  it('leaves text that is not a number as it came', () => {
    assert.equal(plainNumber('two'), 'two');
    assert.equal(plainNumber(null), '');
    assert.equal(plainNumber(''), '');
  });
});

describe('English makes the unit plural after any amount but exactly one', () => {
  it('writes "2 tablets" and "1 tablet"', () => {
    assert.equal(doseText({ dose: '2', doseUnit: 'tablet' }, english), '2 tablets');
    assert.equal(doseText({ dose: '1.0', doseUnit: 'tablet' }, english), '1 tablet');
  });

  it('spells out micrograms and units in full', () => {
    assert.equal(doseText({ dose: '50', doseUnit: 'microgram' }, english), '50 micrograms');
    assert.equal(doseText({ dose: '1', doseUnit: 'microgram' }, english), '1 microgram');
    assert.equal(doseText({ dose: '5000', doseUnit: 'unit' }, english), '5,000 units');
  });

  it('keeps symbols as symbols', () => {
    assert.equal(doseText({ dose: '1.00', doseUnit: 'g' }, english), '1 g');
    assert.equal(doseText({ dose: '.5', doseUnit: 'mg' }, english), '0.5 mg');
    assert.equal(doseText({ dose: '10', doseUnit: 'mL' }, english), '10 mL');
  });

  it('makes a fraction of a form plural, as the CLDR English plural rule does', () => {
    assert.equal(doseText({ dose: '0.5', doseUnit: 'tablet' }, english), '0.5 tablets');
    assert.equal(doseText({ dose: '2', doseUnit: 'suppository' }, english), '2 suppositories');
    assert.equal(doseText({ dose: '2', doseUnit: 'patch' }, english), '2 patches');
  });

  it('reads the unit of a range from its upper end', () => {
    assert.equal(doseText({ dose: '1', doseUpTo: '2.00', doseUnit: 'tablet' }, english), '1 to 2 tablets');
  });
});

describe('Welsh keeps the noun singular after a numeral', () => {
  it('writes "2 tabled" and "50 microgram"', () => {
    assert.equal(doseText({ dose: '2', doseUnit: 'tablet' }, welsh), '2 tabled');
    assert.equal(doseText({ dose: '50', doseUnit: 'microgram' }, welsh), '50 microgram');
    assert.equal(doseText({ dose: '1', doseUpTo: '2', doseUnit: 'capsule' }, welsh), '1 i 2 capsiwl');
  });

  it('has a word for every dose unit, in both languages, and no singular form in Welsh', () => {
    for (const unit of UNITS) {
      assert.ok(BUNDLES.en[`doseUnitCount.${unit}`], `en doseUnitCount.${unit}`);
      assert.ok(BUNDLES.cy[`doseUnitCount.${unit}`], `cy doseUnitCount.${unit}`);
      assert.equal(BUNDLES.cy[`doseUnitCount.${unit}.one`], undefined, unit);
      assert.equal(BUNDLES.cy[`doseUnitCount.${unit}`], BUNDLES.cy[`doseUnit.${unit}`], unit);
    }
  });
});

describe('a recorded dose', () => {
  it('takes the server\'s normalised amount and unit when it has one', () => {
    assert.deepEqual(recordedDoseParts({ dose: 1000, doseUnit: 'mg', doseText: '1 g' }), { dose: '1', doseUnit: 'g' });
    assert.equal(doseText(recordedDoseParts({ dose: 2, doseUnit: 'tablet', doseText: '2 tablet' }), english), '2 tablets');
    // the server writes unit words plural and thousands with a comma, as NHS CUI does
    assert.deepEqual(recordedDoseParts({ dose: 2, doseUnit: 'tablet', doseText: '2 tablets' }), { dose: '2', doseUnit: 'tablet' });
    assert.deepEqual(recordedDoseParts({ dose: 5000, doseUnit: 'unit', doseText: '5,000 units' }), { dose: '5000', doseUnit: 'unit' });
    assert.equal(doseText(recordedDoseParts({ dose: 50, doseUnit: 'microgram', doseText: '50 micrograms' }), welsh), '50 microgram');
  });

  it('falls back to its own dose and unit', () => {
    assert.deepEqual(recordedDoseParts({ dose: 0.5, doseUnit: 'mg' }), { dose: 0.5, doseUnit: 'mg' });
    assert.equal(doseText(recordedDoseParts({}), english), '');
  });
});

describe('a range order is given as an amount within it, its ends included', () => {
  const morphine = { dose: '2.5', doseUpTo: '5', doseUnit: 'mg' };

  it('knows a range from a single dose', () => {
    assert.equal(isDoseRange(morphine), true);
    assert.equal(isDoseRange({ dose: '5', doseUpTo: null, doseUnit: 'mg' }), false);
    assert.equal(isDoseRange({ dose: '5', doseUnit: 'mg' }), false);
  });

  it('finds an amount below the bottom or above the top outside, and the ends inside', () => {
    assert.equal(outsideRange(morphine, '2.5', 'mg'), false);
    assert.equal(outsideRange(morphine, '3.75', 'mg'), false);
    assert.equal(outsideRange(morphine, '5', 'mg'), false);
    assert.equal(outsideRange(morphine, '2', 'mg'), true);
    assert.equal(outsideRange(morphine, '5.5', 'mg'), true);
  });

  it('leaves an amount in another unit, and a single dose, to the server', () => {
    assert.equal(outsideRange(morphine, '5000', 'microgram'), false);
    assert.equal(outsideRange({ dose: '5', doseUnit: 'mg' }, '10', 'mg'), false);
  });
});
