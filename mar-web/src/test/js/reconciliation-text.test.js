import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BUNDLES, translator } from './bundles.js';
import {
  DECISIONS, SOURCES, decisionLine, decisionsOpen, medicineRequest, orderTemplate, standingLine, wardFlags,
} from '../../main/webapp/js/reconciliation-text.js';

const offered = [{ code: 'RAMIPRIL-CAP-5', name: 'Ramipril 5 mg capsules' }, { code: 'RAMIPRIL-CAP-10', name: 'Ramipril 10 mg capsules' }];

describe('medicines reconciliation in words', () => {
  it('says due, overdue or completed, with the moment', () => {
    assert.deepEqual(standingLine({ status: 'AWAITING_DECISIONS', dueAt: '2026-03-03T10:00:00Z', overdue: false }),
      { key: 'reconciliation.state.due', args: {}, at: '2026-03-03T10:00:00Z', late: false });
    assert.equal(standingLine({ status: 'NOT_STARTED', dueAt: 'x', overdue: true }).key, 'reconciliation.state.overdue');
    const done = standingLine({ status: 'COMPLETED', completedByName: 'Siân Hughes', completedAt: '2026-03-02T12:00:00Z', overdue: false });
    assert.equal(done.key, 'reconciliation.state.completed');
    assert.equal(done.args.name, 'Siân Hughes');
    assert.equal(standingLine({}), null);
  });

  it('shows an undecided medicine as undecided, and who decided the others', () => {
    assert.equal(decisionLine({ decision: null }).key, 'reconciliation.item.undecided');
    const withheld = decisionLine({ decision: 'WITHHOLD', decidedByName: 'Dr Jones', reviewDate: '2026-03-05' });
    assert.equal(withheld.key, 'reconciliation.item.WITHHOLD');
    assert.deepEqual(withheld.args, { name: 'Dr Jones', date: '2026-03-05' });
  });

  it('lets a withheld medicine be decided again, but not one continued, changed or stopped', () => {
    assert.deepEqual(decisionsOpen({ decision: null }), DECISIONS);
    assert.deepEqual(decisionsOpen({ decision: 'WITHHOLD' }), DECISIONS);
    for (const final of ['CONTINUE', 'CHANGE', 'STOP']) assert.deepEqual(decisionsOpen({ decision: final }), []);
  });

  it('codes a typed medicine only when it is exactly a product offered, otherwise keeps the name as written', () => {
    const coded = medicineRequest({ medicine: '  ramipril 5 MG  capsules ', dose: '5', doseUnit: 'mg', route: 'PO', frequency: 'OD',
      source: 'GP_RECORD', note: ' ' }, offered);
    assert.deepEqual(coded, { productCode: 'RAMIPRIL-CAP-5', medicineName: null, dose: 5, doseUnit: 'mg', route: 'PO', frequency: 'OD',
      source: 'GP_RECORD', note: null });
    const free = medicineRequest({ medicine: 'Cod liver oil capsules', dose: '1', doseUnit: 'capsule', route: 'PO', frequency: 'OD',
      source: 'PATIENT' }, offered);
    assert.equal(free.productCode, null);
    assert.equal(free.medicineName, 'Cod liver oil capsules');
  });

  it('sends no dose rather than a wrong one when the dose is not a number', () => {
    assert.equal(medicineRequest({ medicine: 'x', dose: 'two' }).dose, null);
    assert.equal(medicineRequest({ medicine: 'x', dose: '' }).dose, null);
    assert.equal(medicineRequest({ medicine: 'x', dose: '0.5' }).dose, 0.5);
  });

  it('starts the order for a continue from the medicine as taken at home', () => {
    const template = orderTemplate({ productCode: 'RAMIPRIL-CAP-5', medicineName: 'Ramipril 5 mg capsules', dose: 5, doseUnit: 'mg',
      route: 'PO', frequency: 'OD' });
    assert.deepEqual(template, { productCode: 'RAMIPRIL-CAP-5', productName: 'Ramipril 5 mg capsules', description: 'Ramipril 5 mg capsules',
      dose: 5, doseUnit: 'mg', route: 'PO', frequency: 'OD' });
  });

  it('flags on the ward list a reconciliation not complete, overdue, or with medicines undecided', () => {
    assert.deepEqual(wardFlags({ needsAttention: false, status: 'COMPLETED' }), []);
    assert.deepEqual(wardFlags({ needsAttention: true, status: 'NOT_STARTED', overdue: true, undecided: 0 }).map((f) => f.key),
      ['reconciliation.ward.overdue']);
    assert.deepEqual(wardFlags({ needsAttention: true, status: 'AWAITING_DECISIONS', overdue: false, undecided: 2 }).map((f) => f.key),
      ['reconciliation.ward.incomplete', 'reconciliation.ward.undecided']);
  });

  it('has every word it uses in English and Welsh', () => {
    const keys = [...SOURCES.map((s) => `reconciliation.source.${s}`), ...DECISIONS.map((d) => `reconciliation.decision.${d}`),
      ...DECISIONS.map((d) => `reconciliation.item.${d}`), 'reconciliation.item.undecided', 'reconciliation.state.due',
      'reconciliation.state.overdue', 'reconciliation.state.completed', 'reconciliation.ward.overdue', 'reconciliation.ward.incomplete',
      'reconciliation.ward.undecided'];
    for (const key of keys) {
      assert.ok(BUNDLES.en[key], `${key} in en.json`);
      assert.ok(BUNDLES.cy[key], `${key} in cy.json`);
    }
    assert.equal(translator('cy')('reconciliation.item.WITHHOLD', { name: 'Dr Jones', date: '2026-03-05' }),
      'Ataliwyd dros dro gan Dr Jones, adolygu ar 2026-03-05');
  });
});
