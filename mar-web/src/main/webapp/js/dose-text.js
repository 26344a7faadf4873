// How a dose is written, after the NHS Common User Interface (CUI) guidance: "Design Guide Entry – Medication Line"
// v2.0.0.0 (NHS Connecting for Health / NHS Digital; quick guide at mscui.org/DesignGuide/QuickGuides/MedicationLine)
// — generic drug name first and in bold, then dose, route, frequency; no trailing zero ("0.5", not "0.50": MEDi-015);
// a leading zero before a decimal point ("0.5 mg", never ".5 mg": MEDi-016); a comma in values of a thousand and
// more ("5,000 units": MEDi-017) — read with "Design Guide Entry – Medications Management – Drug Administration"
// v5.0.0.0. "micrograms" and "units" are written in full, never abbreviated. Unit words come from the bundles
// (doseUnitCount.*), so English makes them plural ("2 tablets") and Welsh keeps the singular noun after a numeral,
// as Welsh grammar does. Pure functions: t is the translator (i18n.js t, or a bundle-backed one in the tests).

const NUMBER = /^([+-]?)(\d*)(?:\.(\d*))?$/;

/**
 * A dose amount as people write it: "1" for 1.00, "0.5" for .5 or 0.50, "12.5" for 12.50, "5,000" for 5000; text
 * that is not a plain decimal number is returned unchanged.
 */
export function plainNumber(value) {
  if (value === null || value === undefined || value === '') return '';
  const text = typeof value === 'number' ? String(value) : String(value).trim();
  const match = NUMBER.exec(text);
  if (!match || (match[2] === '' && !match[3])) return text;
  const whole = (match[2].replace(/^0+(?=\d)/, '') || '0').replace(/\B(?=(\d{3})+$)/g, ',');
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  const sign = match[1] === '-' && (whole !== '0' || fraction) ? '-' : '';
  return fraction ? `${sign}${whole}.${fraction}` : `${sign}${whole}`;
}

/** The bundle key of a unit's word after an amount. */
export function unitCountKey(unit) {
  return `doseUnitCount.${unit}`;
}

/**
 * The arguments for that key: count is 1 only for an amount of exactly one, the one case English writes in the
 * singular ("1 tablet", but "0.5 tablets" and "2 tablets", as the CLDR English plural rule has it).
 */
export function unitCountArgs(amount) {
  return { count: plainNumber(amount) === '1' ? 1 : 2 };
}

/** "1 g", "2 tablets", "50 micrograms", "1 to 2 tablets": an order's dose, or a recorded one. */
export function doseText({ dose, doseUpTo, doseUnit }, t) {
  if (dose === null || dose === undefined || dose === '') return '';
  const last = doseUpTo === null || doseUpTo === undefined || doseUpTo === '' ? null : plainNumber(doseUpTo);
  const amount = last === null ? plainNumber(dose) : t('dose.range', { from: plainNumber(dose), to: last });
  if (!doseUnit) return amount;
  return `${amount} ${t(unitCountKey(doseUnit), unitCountArgs(last ?? dose))}`;
}

/** Whether an order's dose is a range ("2.5 to 5 mg"), whose amount the nurse chooses and records. */
export function isDoseRange(order) {
  return order?.doseUpTo !== null && order?.doseUpTo !== undefined && order?.doseUpTo !== '';
}

/**
 * Whether an amount entered for a range order lies outside it, both ends included. Only an amount in the order's own
 * unit is judged here; the server converts other units and has the last word either way.
 */
export function outsideRange(order, amount, unit) {
  if (!isDoseRange(order) || unit !== order.doseUnit) return false;
  const value = Number(amount);
  return value < Number(order.dose) || value > Number(order.doseUpTo);
}

const SERVER_DOSE = /^(\d[\d,]*(?:\.\d+)?) ([A-Za-z]+)$/;
// The server writes unit words in English and plural ("2 tablets"); the bundles are keyed by the unit's own name.
const SINGULAR = {
  micrograms: 'microgram', litres: 'litre', units: 'unit', tablets: 'tablet', capsules: 'capsule', doses: 'dose',
  patches: 'patch', suppositories: 'suppository', vials: 'vial', ampoules: 'ampoule', sachets: 'sachet',
};

/**
 * The amount and unit of a recorded dose. The server's doseText has already moved a mass into the unit people read
 * (1000 mg as "1 g"), so it wins when it is a plain "amount unit"; otherwise the record's own dose and unit.
 */
export function recordedDoseParts(record) {
  const match = SERVER_DOSE.exec(record?.doseText ?? '');
  if (match) return { dose: match[1].replace(/,/g, ''), doseUnit: SINGULAR[match[2]] ?? match[2] };
  return { dose: record?.dose ?? null, doseUnit: record?.doseUnit ?? null };
}
