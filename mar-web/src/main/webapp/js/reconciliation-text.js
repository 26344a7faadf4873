// Medicines reconciliation in words, without the page: where a stay's reconciliation stands (due, overdue,
// completed), what was decided for one medicine taken before admission, the request a typed medicine becomes (a
// formulary product when the name is one of the products offered, otherwise the name as written, not coded), and the
// inpatient order a "continue" or "change" starts from.

export const SOURCES = ['PATIENT', 'CARER', 'GP_RECORD', 'OWN_SUPPLY', 'PREVIOUS_DISCHARGE_LETTER'];
export const DECISIONS = ['CONTINUE', 'CHANGE', 'WITHHOLD', 'STOP'];
export const ROUTES = ['PO', 'SL', 'BUCCAL', 'INH', 'NEB', 'TOP', 'TD', 'PR', 'NASAL', 'EYE', 'SC', 'IM', 'IV', 'NG', 'PEG'];
export const UNITS = ['mg', 'microgram', 'g', 'mL', 'unit', 'mmol', 'tablet', 'capsule', 'dose', 'patch', 'sachet', 'suppository'];

/** The line that says when the reconciliation is due or was done: a message key, its arguments and the moment. */
export function standingLine(state) {
  if (!state?.status) return null;
  if (state.status === 'COMPLETED') {
    return { key: 'reconciliation.state.completed', args: { name: state.completedByName ?? state.completedBy ?? '' },
      at: state.completedAt, late: Boolean(state.overdue) };
  }
  return { key: state.overdue ? 'reconciliation.state.overdue' : 'reconciliation.state.due', args: {}, at: state.dueAt, late: false };
}

/** What the prescriber decided for one medicine, or that nothing is decided yet: a key and its arguments. */
export function decisionLine(medicine) {
  if (!medicine?.decision) return { key: 'reconciliation.item.undecided', args: {} };
  return { key: `reconciliation.item.${medicine.decision}`,
    args: { name: medicine.decidedByName ?? medicine.decidedBy ?? '', date: medicine.reviewDate ?? '' } };
}

/** Decisions a prescriber may still make: any for an undecided medicine, a new one for a withheld medicine at review. */
export function decisionsOpen(medicine) {
  return !medicine?.decision || medicine.decision === 'WITHHOLD' ? DECISIONS : [];
}

/**
 * The body that records a typed medicine: the product's code when the text is exactly one offered product's name
 * (letter case and spaces aside), otherwise the name as written, which the server keeps as not coded.
 */
export function medicineRequest(values, offered = []) {
  const typed = (values.medicine ?? '').trim().replace(/\s+/g, ' ');
  const product = offered.find((p) => (p.name ?? '').trim().toLowerCase() === typed.toLowerCase());
  const number = String(values.dose ?? '').trim();
  return {
    productCode: product ? product.code : null,
    medicineName: product ? null : (typed || null),
    dose: number === '' || Number.isNaN(Number(number)) ? null : Number(number),
    doseUnit: values.doseUnit || null,
    route: values.route || null,
    frequency: values.frequency || null,
    source: values.source || null,
    note: (values.note ?? '').trim() || null,
  };
}

/** The order the form opens with for a continue or change: the medicine as taken at home, starting now. */
export function orderTemplate(medicine) {
  return {
    productCode: medicine.productCode,
    productName: medicine.medicineName,
    description: medicine.medicineName,
    dose: medicine.dose,
    doseUnit: medicine.doseUnit,
    route: medicine.route,
    frequency: medicine.frequency,
  };
}

/** The ward list's flag for a patient: null when nothing is wanted, otherwise the keys to show (overdue first). */
export function wardFlags(standing) {
  if (!standing?.needsAttention) return [];
  const flags = [];
  if (standing.status !== 'COMPLETED') {
    flags.push({ key: standing.overdue ? 'reconciliation.ward.overdue' : 'reconciliation.ward.incomplete', args: {}, urgent: standing.overdue });
  }
  if (standing.undecided > 0) flags.push({ key: 'reconciliation.ward.undecided', args: { count: standing.undecided }, urgent: false });
  return flags;
}
