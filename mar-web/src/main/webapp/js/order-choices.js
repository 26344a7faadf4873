// Choices on the order form that follow rules rather than the server's order: which products of a medicine come
// first (what is swallowed, then other forms; weaker strengths first, read as numbers, so 2.5 mg comes before 10 mg),
// and the start of a weekly order moved to the weekday the prescriber picks. Pure functions, tested with node.

// prescribing-core Form: the forms made to be swallowed (Form.isOral), in the order the formulary lists them
const ORAL_FORMS = ['TABLET', 'DISPERSIBLE_TABLET', 'MR_TABLET', 'CAPSULE', 'MR_CAPSULE', 'ORAL_LIQUID', 'ORAL_POWDER',
  'SUBLINGUAL_TABLET'];

// Amounts of one kind compared in one unit (prescribing-core Unit): mass in mg, volume in mL.
const UNIT_FACTOR = { microgram: 0.001, micrograms: 0.001, mg: 1, g: 1000, ml: 1, l: 1000 };

export const isOralForm = (form) => ORAL_FORMS.includes(form);

/** "paracetamol 500 mg per 1 tablet" (the formulary's ingredient line) → 500; 120 mg per 5 mL → 120; unreadable → null. */
export function strengthOf(ingredientLine) {
  const match = /(\d+(?:\.\d+)?)\s+(\S+)\s+per\s+\S+\s+\S+\s*$/.exec(String(ingredientLine ?? ''));
  if (!match) return null;
  const factor = UNIT_FACTOR[match[2].toLowerCase()] ?? 1;
  return Number(match[1]) * factor;
}

function compareStrengths(a, b) {
  const left = (a.ingredients ?? []).map(strengthOf);
  const right = (b.ingredients ?? []).map(strengthOf);
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const x = left[i] ?? Infinity;
    const y = right[i] ?? Infinity;
    if (x !== y) return x - y;
  }
  return 0;
}

const formRank = (product) => {
  const oral = ORAL_FORMS.indexOf(product.form);
  return oral === -1 ? ORAL_FORMS.length : oral;
};

/**
 * The products as the prescriber should meet them: each medicine where the search first found it (the search puts
 * the best match first), and within a medicine the oral forms first, form by form, then the others; within a form
 * the strengths as numbers. Products of other medicines are not mixed in between.
 */
export function orderProducts(products) {
  const firstSeen = new Map();
  products.forEach((product, index) => {
    const medicine = product.medicine ?? product.code;
    if (!firstSeen.has(medicine)) firstSeen.set(medicine, index);
  });
  return products.map((product, index) => ({ product, index })).sort((a, b) => {
    const byMedicine = firstSeen.get(a.product.medicine ?? a.product.code) - firstSeen.get(b.product.medicine ?? b.product.code);
    const byForm = formRank(a.product) - formRank(b.product);
    const otherForm = String(a.product.form ?? '').localeCompare(String(b.product.form ?? ''));
    return byMedicine || byForm || otherForm || compareStrengths(a.product, b.product) || a.index - b.index;
  }).map(({ product }) => product);
}

// ---- Weekly orders: the doses fall on the start's weekday (prescribing-core DoseSchedule) ----

const civil = (value) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})$/.exec(String(value ?? ''));
  return match ? { date: Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])), time: match[4] } : null;
};
const DAY_MS = 24 * 60 * 60 * 1000;
const isoWeekday = (utcDate) => ((new Date(utcDate).getUTCDay() + 6) % 7) + 1;
const inputValue = (utcDate, time) => `${new Date(utcDate).toISOString().slice(0, 10)}T${time}`;

/** The ISO weekday (1 Monday … 7 Sunday) of a wall-clock value "2026-04-06T08:00", or null when it is not one. */
export function weekdayOf(value) {
  const parsed = civil(value);
  return parsed ? isoWeekday(parsed.date) : null;
}

/**
 * The start of a weekly order moved to the chosen weekday, at the start's own time of day: the first such day on or
 * after the start's date, and never in the past (today only when its time has still to come). Both values are the
 * ward's wall clock ("2026-04-06T08:00"); null when either cannot be read.
 */
export function startOnWeekday(start, now, weekday) {
  const from = civil(start);
  const today = civil(now);
  if (!from || !today || !(weekday >= 1 && weekday <= 7)) return null;
  const base = Math.max(from.date, today.date);
  let date = base + ((weekday - isoWeekday(base) + 7) % 7) * DAY_MS;
  if (date === today.date && from.time < today.time) date += 7 * DAY_MS;
  return inputValue(date, from.time);
}
