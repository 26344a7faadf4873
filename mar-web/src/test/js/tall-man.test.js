import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { hasTallManName, tallMan } from '../../main/webapp/js/tall-man.js';
import { TALL_MAN_NAMES } from '../../main/webapp/js/tall-man-list.js';

// The shipped formulary: medicine names (column "medicine") and ingredient names (column "ingredients").
function formularyWords() {
  const csv = readFileSync(new URL('../../../../config/formulary/medicines.csv', import.meta.url), 'utf8');
  return new Set(csv.toLowerCase().match(/[a-z]+/g));
}

describe('tall-man lettering', () => {
  it('writes a look-alike name the way the FDA and ISMP list does, whatever case it came in', () => {
    assert.equal(tallMan('Metformin 500 mg tablets 500 mg Oral Twice a day'), 'metFORMIN 500 mg tablets 500 mg Oral Twice a day');
    assert.equal(tallMan('LORAZEPAM 1 mg tablets'), 'LORazepam 1 mg tablets');
    assert.equal(tallMan('Olanzapine 5 mg tablets'), 'OLANZapine 5 mg tablets');
    assert.equal(tallMan('Oxycodone hydrochloride 5 mg capsules'), 'oxyCODONE hydrochloride 5 mg capsules');
  });

  it('changes whole words only and leaves other medicines alone', () => {
    assert.equal(tallMan('Paracetamol 500 mg tablets'), 'Paracetamol 500 mg tablets');
    assert.equal(tallMan('Morphine sulfate 10 mg/5 mL oral solution'), 'Morphine sulfate 10 mg/5 mL oral solution');
    assert.equal(tallMan('xmetformin'), 'xmetformin');
    assert.equal(tallMan(null), '');
  });

  it('tells whether a text holds a look-alike name', () => {
    assert.equal(hasTallManName('Quetiapine 25 mg tablets'), true);
    assert.equal(hasTallManName('Paracetamol 500 mg tablets'), false);
  });

  it('lists only names that are in the shipped formulary, each with capitals that set it apart', () => {
    const words = formularyWords();
    for (const { name, set } of TALL_MAN_NAMES) {
      assert.ok(words.has(name.toLowerCase()), `${name} is not in config/formulary/medicines.csv`);
      assert.notEqual(name, name.toLowerCase(), name);
      assert.ok(set.includes(name), `${name} is not in its set "${set}"`);
    }
  });
});
