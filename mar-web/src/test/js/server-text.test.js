// Sentences the server sends as {code, args}: worded from the shipped bundles in either language, with the English
// names inside a Welsh sentence marked as English.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatMessage, messageParts } from '../../main/webapp/js/message-format.js';
import { BUNDLES } from './bundles.js';

const text = (parts) => parts.map((part) => part.text).join('');

describe('a server sentence from its code and args', () => {
  // as PrnAllowance sends it: the times are messages of their own, so "tomorrow" is worded too
  const prnInterval = {
    code: 'stopText.prnInterval',
    args: { last: { code: 'time.today', args: { time: '22:10' } }, next: { code: 'time.tomorrow', args: { time: '02:10' } } },
  };

  it('words an as-needed refusal with its nested times in Welsh and in English', () => {
    assert.equal(text(messageParts(BUNDLES, 'cy', prnInterval.code, prnInterval.args)),
      'Roedd y dos diwethaf am 22:10; gellir rhoi\'r nesaf o 02:10 yfory ymlaen.');
    assert.equal(formatMessage(BUNDLES, 'en', prnInterval.code, prnInterval.args),
      'The last dose was at 22:10; the next may be given from 02:10 tomorrow.');
  });

  it('words an amount\'s unit in the reader\'s language, plural in English and singular after a Welsh numeral', () => {
    // as Quantity.wording and Dose.wording send them: the number, and the unit's word with its count
    const grams = (amount, count) => ({ code: 'quantity', args: { amount, unit: { code: 'doseUnitCount.g', args: { count } } } });
    const tablets = { code: 'quantity', args: { amount: '3', unit: { code: 'doseUnitCount.tablet', args: { count: 2 } } } };
    const range = { code: 'dose.range', args: { from: '0.5', to: grams('1', 1) } };
    assert.equal(formatMessage(BUNDLES, 'en', 'stopText.doseOutsideRange', { given: tablets, range }),
      '3 tablets is outside the prescribed dose range, 0.5 to 1 g.');
    const welsh = messageParts(BUNDLES, 'cy', 'stopText.doseOutsideRange', { given: tablets, range });
    assert.ok(text(welsh).includes('3 tabled') && text(welsh).includes('0.5 i 1 g'), text(welsh));
    assert.ok(welsh.every((part) => part.lang === undefined), 'nothing left in English: ' + JSON.stringify(welsh));
  });

  it('words an order inside an alert in Welsh around the medicine\'s name, which alone stays English', () => {
    // as OrderWording.toWording sends it
    const order = {
      code: 'orderLine',
      args: {
        medicine: 'Methotrexate 2.5 mg tablets',
        dose: { code: 'quantity', args: { amount: '7.5', unit: { code: 'doseUnitCount.mg', args: { count: 2 } } } },
        route: { code: 'orderLine.route.PO', args: {} },
        frequency: { code: 'orderLine.frequency.WEEKLY', args: {} },
        day: { code: 'orderLine.weekday.MONDAY', args: {} },
        limits: '',
      },
    };
    assert.equal(formatMessage(BUNDLES, 'en', order.code, order.args), 'Methotrexate 2.5 mg tablets 7.5 mg oral once a week on Monday');
    const welsh = messageParts(BUNDLES, 'cy', order.code, order.args);
    assert.deepEqual(welsh[0], { text: 'Methotrexate 2.5 mg tablets', lang: 'en' });
    assert.equal(text(welsh.slice(1)), " 7.5 mg drwy'r geg unwaith yr wythnos ar ddydd Llun");
    assert.ok(welsh.slice(1).every((part) => part.lang === undefined), JSON.stringify(welsh));
  });

  it('marks the medicine names and the rule data\'s own words as English inside a Welsh alert, and nothing else', () => {
    const parts = messageParts(BUNDLES, 'cy', 'alertText.interaction',
      { medicine: 'warfarin', other: 'aspirin', advice: 'Increased risk of bleeding.' });
    assert.deepEqual(parts, [
      { text: 'warfarin', lang: 'en' },
      { text: ' gyda ' },
      { text: 'aspirin', lang: 'en' },
      { text: ': ' },
      { text: 'Increased risk of bleeding.', lang: 'en' },
    ]);
  });

  it('keeps numbers and times in the sentence\'s own language and uses English\'s singular for a count of one', () => {
    const args = { count: 1, maximum: 1, next: { code: 'time.onDate', args: { time: '08:00', date: '05/12/2026' } } };
    assert.deepEqual(messageParts(BUNDLES, 'cy', 'stopText.prnMaximum', args), [{
      text: 'Rhoddwyd 1 dos yn y 24 awr ddiwethaf, y mwyaf y mae\'r presgripsiwn hwn yn ei ganiatáu; gellir rhoi\'r nesaf o'
        + ' 08:00 ar 05/12/2026 ymlaen.',
    }]);
    assert.match(formatMessage(BUNDLES, 'en', 'stopText.prnMaximum', args), /^1 dose has been given/);
  });

  it('words a dose alert built from parts, leaving out a part the server sent empty, as one English run where English parts meet', () => {
    const args = {
      subject: { code: 'alertText.part.singleDose', args: { dose: '2 g', ingredient: 'paracetamol', order: 'Paracetamol 500 mg tablets, oral, QDS' } },
      limit: '1 g',
      per: '',
      basis: ' (oral)',
    };
    assert.equal(formatMessage(BUNDLES, 'en', 'alertText.aboveMaximum', args),
      'A single dose of 2 g paracetamol (Paracetamol 500 mg tablets, oral, QDS) is above the maximum of 1 g (oral).');
    const welsh = messageParts(BUNDLES, 'cy', 'alertText.aboveMaximum', args);
    assert.equal(text(welsh),
      'Mae dos sengl o 2 g paracetamol (Paracetamol 500 mg tablets, oral, QDS) yn uwch na\'r uchafswm o 1 g (oral).');
    assert.deepEqual(welsh.filter((part) => part.lang === 'en').map((part) => part.text),
      ['2 g', 'paracetamol', 'Paracetamol 500 mg tablets, oral, QDS', '1 g (oral)']);
  });

  it('words a route or a status inside a refusal with the label the screens show it by, in Welsh, not marked English', () => {
    const wrongRoute = { ordered: { code: 'route.PO', args: {} }, given: { code: 'route.IV', args: {} } };
    assert.deepEqual(messageParts(BUNDLES, 'cy', 'stopText.wrongRoute', wrongRoute),
      [{ text: 'Llwybr y presgripsiwn yw Drwy\'r geg (PO), nid Mewnwythiennol (IV).' }]);
    assert.equal(formatMessage(BUNDLES, 'en', 'refusal.order.cannotVerify', { status: { code: 'orderStatus.SUSPENDED', args: {} } }),
      'This order\'s status is Suspended, so it cannot be verified.');
  });

  it('marks a value the user sent as English inside a Welsh refusal, and words the stand-in for a long one', () => {
    assert.deepEqual(messageParts(BUNDLES, 'cy', 'refusal.order.notAUnit', { value: "'spoonful'" }),
      [{ text: "'spoonful'", lang: 'en' }, { text: ': nid yw hon yn uned.' }]);
    assert.equal(text(messageParts(BUNDLES, 'cy', 'refusal.order.notInFormulary', { value: { code: 'refusal.valueGiven', args: {} } })),
      'Y gwerth a roddwyd: nid yw hon yn feddyginiaeth yn y cyffurlyfr.');
  });

  it('shows a missing argument as its placeholder rather than nothing', () => {
    assert.equal(text(messageParts(BUNDLES, 'cy', 'stopText.expired', {})), 'Daeth y cynnyrch hwn i ben ar {expiry}: peidiwch â\'i roi.');
  });
});
