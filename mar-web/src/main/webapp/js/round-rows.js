// The drug round as one list of things to do, most urgent first: a critical medicine overdue before any other
// overdue dose, overdue before due, due before effects to record and as-needed medicines, and doses still to
// come last. Pure functions of the server's round, so they can be tested without a browser.

/** The summary tiles, in the order they are shown; each is also a filter on the list. */
export const FILTERS = ['due', 'overdue', 'criticalOverdue', 'notYetDue', 'prnAvailable', 'effectsDue'];

const RANK = {
  criticalOverdue: 0, overdue: 1, due: 2, effect: 3, prnAvailable: 4, notYetDue: 5, prnLater: 6,
};

const ms = (instant) => new Date(instant).getTime();

function doseRow(patient, dose, orders) {
  const order = orders.get(dose.prescriptionId);
  const critical = dose.state === 'OVERDUE' && Boolean(order?.critical);
  const urgency = critical ? 'criticalOverdue' : { OVERDUE: 'overdue', DUE: 'due', NOT_YET_DUE: 'notYetDue' }[dose.state];
  return urgency ? {
    kind: 'dose', urgency, patient, order, at: dose.scheduledAt, dose,
  } : null;
}

function prnRow(patient, prn) {
  return {
    kind: 'prn', urgency: prn.availableNow ? 'prnAvailable' : 'prnLater', patient, order: prn.order, at: prn.nextFrom ?? null, prn,
  };
}

function effectRow(patient, effect) {
  return {
    kind: 'effect', urgency: 'effect', patient, order: null, at: effect.promptFrom ?? effect.givenAt, effect,
  };
}

/**
 * Every dose, as-needed medicine and effect on the round as rows, in no particular order. The server sends each
 * order once per patient ({@code patient.orders}) and each dose names its order by {@code prescriptionId}; a dose row
 * carries its order again, as the table shows it.
 */
export function roundRows(round) {
  return (round?.patients ?? []).flatMap((patient) => {
    const orders = new Map((patient.orders ?? []).map((order) => [order.id, order]));
    return [
      ...(patient.doses ?? []).map((dose) => doseRow(patient, dose, orders)).filter(Boolean),
      ...(patient.prn ?? []).map((prn) => prnRow(patient, prn)),
      ...(patient.effectsDue ?? []).map((effect) => effectRow(patient, effect)),
    ];
  });
}

/** Whether a row belongs under a summary tile; no filter shows every row. */
export function matchesFilter(row, filter) {
  switch (filter) {
    case null:
    case undefined:
      return true;
    case 'due': return row.urgency === 'due';
    case 'overdue': return row.urgency === 'overdue' || row.urgency === 'criticalOverdue';
    case 'criticalOverdue': return row.urgency === 'criticalOverdue';
    case 'notYetDue': return row.urgency === 'notYetDue';
    case 'prnAvailable': return row.urgency === 'prnAvailable';
    case 'effectsDue': return row.kind === 'effect';
    default: return false;
  }
}

/** Bed labels as a nurse walks them: "2" before "10", side rooms ("SR1") after numbered beds. */
export function compareBeds(a, b) {
  if (!a && !b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return String(a).localeCompare(String(b), 'en', { numeric: true, sensitivity: 'base' });
}

function compareTimes(a, b) {
  if (a.at && b.at) return ms(a.at) - ms(b.at);
  if (a.at) return -1;
  return b.at ? 1 : 0;
}

/** Most urgent first; within the same urgency the longest overdue (earliest) first, then by bed. */
export function byUrgency(a, b) {
  return RANK[a.urgency] - RANK[b.urgency] || compareTimes(a, b) || compareBeds(a.patient.bed, b.patient.bed);
}

/** Bed by bed for a nurse who walks the ward in order; each bed's rows most urgent first. */
export function byBed(a, b) {
  return compareBeds(a.patient.bed, b.patient.bed)
    || String(a.patient.patientId).localeCompare(String(b.patient.patientId), 'en', { numeric: true })
    || byUrgency(a, b);
}

/** Whole minutes from one instant to another (negative when {@code to} is earlier). */
export function minutesBetween(from, to) {
  return Math.floor((ms(to) - ms(from)) / 60000);
}

/**
 * A duration as the form of words that says it and its numbers: "45 min", "2 h", "2 h 5 min". The caller
 * picks the sentence ("round.overdueBy.<form>"), so each language orders the words its own way.
 */
export function duration(minutes) {
  const total = Math.max(0, Math.round(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return { form: 'minutes', args: { count: rest } };
  if (rest === 0) return { form: 'hours', args: { count: hours } };
  return { form: 'hoursMinutes', args: { hours, minutes: rest } };
}

/** Patients with nothing on the round, so the nurse can see they were not forgotten. */
export function patientsWithNothing(round, rows) {
  const busy = new Set(rows.map((row) => row.patient.patientId));
  return (round?.patients ?? []).filter((patient) => !busy.has(patient.patientId)
    && (patient.missingDoseRequests ?? []).length === 0);
}
