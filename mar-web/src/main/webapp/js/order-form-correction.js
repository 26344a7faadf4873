// An insulin correction scale on the order form (docs/insulin.md): for an insulin under the skin in units, as needed,
// the prescriber writes glucose bands and the dose each gives; the order's dose is then the scale's.
// Part of the order form (order-form.js): ctx is the form, with its elements, its state and the other parts.
import { byId, h } from './dom.js';

const EMPTY_ROWS = 4;

export function correctionPart(ctx) {
  const { field } = ctx;
  const fieldset = byId('correction-fields');
  const rows = byId('correction-bands');

  function addBand() {
    const n = rows.children.length;
    const id = (part) => `correction-${n}-${part}`;
    rows.append(h('div', { class: 'correction-band input-with-unit', role: 'group', 'aria-labelledby': id('label') },
      h('span', { id: id('label'), class: 'visually-hidden', i18n: 'orderForm.correction.band', args: { number: String(n + 1) } }),
      h('label', { for: id('from'), i18n: 'orderForm.correction.from' }),
      h('input', {
        id: id('from'), type: 'number', inputmode: 'decimal', min: '0', max: '100', step: '0.1', class: 'input-short',
        'data-band': 'from', 'data-field': 'correctionScale',
      }),
      h('label', { for: id('units'), i18n: 'orderForm.correction.units' }),
      h('input', {
        id: id('units'), type: 'number', inputmode: 'decimal', min: '0', step: '0.5', class: 'input-short',
        'data-band': 'units', 'data-field': 'correctionScale',
      })));
  }

  function resetBands(count = EMPTY_ROWS) {
    rows.replaceChildren();
    for (let i = 0; i < count; i++) addBand();
  }

  /** Offered only where a scale can be written: an insulin is in units, under the skin, as needed. */
  function showCorrectionFields() {
    fieldset.hidden = !(field.frequency.value === 'PRN' && field.route.value === 'SC' && field.doseUnit.value === 'unit');
  }

  /** The bands as written, empty rows left out; null when there is no scale. The server checks the rest, naming the band. */
  function readCorrectionScale() {
    if (fieldset.hidden) return null;
    const bands = [...rows.querySelectorAll('.correction-band')].map((row) => {
      const from = row.querySelector('[data-band=from]').value.trim();
      const units = row.querySelector('[data-band=units]').value.trim();
      if (from === '' && units === '') return null;
      return { from: from === '' ? null : Number(from), units: units === '' ? null : Number(units) };
    }).filter((band) => band !== null);
    return bands.length > 0 ? bands : null;
  }

  function fillCorrectionScale(bands) {
    resetBands(Math.max(EMPTY_ROWS, bands?.length ?? 0));
    (bands ?? []).forEach((band, i) => {
      rows.children[i].querySelector('[data-band=from]').value = String(band.from);
      rows.children[i].querySelector('[data-band=units]').value = String(band.units);
    });
    showCorrectionFields();
  }

  byId('correction-add').addEventListener('click', () => {
    addBand();
    rows.lastElementChild.querySelector('input').focus();
  });
  resetBands();

  return { showCorrectionFields, readCorrectionScale, fillCorrectionScale };
}
