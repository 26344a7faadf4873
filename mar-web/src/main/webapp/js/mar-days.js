// The MAR grid's shape, without the DOM: which ward-local days the chart shows, and for each regular order a block of
// rows (one per dose time) holding, day by day, the dose scheduled then and what was recorded for it.
import { localDay, localTime, shiftDay } from './zoned-time.js';

/** The most days the server gives in one chart (MarResource). */
export const MOST_DAYS = 31;

const msOf = (instant) => (instant ? new Date(instant).getTime() : null);

export const isPrnOrder = (entry) => entry.order.frequency === 'PRN' || Boolean(entry.prn);

/**
 * How many days fit side by side: each day column needs about 190 px for a compact record ("✓ 08:04 NE" and its
 * menu button, or a Welsh reason) after the order and time columns, which take about 350 px.
 */
export function daysForWidth(width) {
  if (width >= 1280) return 4;
  if (width >= 900) return 3;
  if (width >= 600) return 2;
  return 1;
}

/**
 * The width the recording panel's column takes from the grid, with the gap between them (mar.css: 24rem from 75rem
 * wide, 22rem from 62.5rem; below that the panel sits above the grid and takes no width from it).
 */
export function panelColumn(width) {
  if (width >= 1200) return 400;
  if (width >= 1000) return 368;
  return 0;
}

/** How many days fit beside the recording panel (for those who record), or across the whole width (for others). */
export const daysForChart = (width, withPanel) => daysForWidth(width - (withPanel ? panelColumn(width) : 0));

/** A count of days from the address bar, or null when it is missing or not one the server would take. */
export function dayCount(text) {
  if (!/^\d{1,2}$/.test(text ?? '')) return null;
  const days = Number(text);
  return days >= 1 && days <= MOST_DAYS ? days : null;
}

/** A first day (YYYY-MM-DD) from the address bar, or null when it is not a real calendar day. */
export function firstDay(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text ?? '')) return null;
  return shiftDay(text, 0) === text ? text : null;
}

/** The days from the instant `from` up to (not including) `to`, as YYYY-MM-DD in the ward's zone. */
export function daysBetween(from, to, timeZone) {
  const last = localDay(new Date(msOf(to) - 1), timeZone);
  const days = [];
  for (let day = localDay(from, timeZone); day <= last && days.length < MOST_DAYS + 1; day = shiftDay(day, 1)) days.push(day);
  return days;
}

// Records belong to the order version they were given against; one given against a version the chart no
// longer lists (it was replaced) is shown on the order that replaced it, so nothing recorded drops out of sight.
export function recordsByOrder(mar) {
  const shown = new Set(mar.orders.map((entry) => String(entry.order.id)));
  const byOrder = new Map(mar.orders.map((entry) => [entry.order.id, []]));
  for (const record of mar.administrations ?? []) {
    if (record.outcome === 'IN_ERROR') continue;
    const owner = shown.has(String(record.prescriptionId))
      ? mar.orders.find((entry) => String(entry.order.id) === String(record.prescriptionId))
      : mar.orders.find((entry) => entry.order.lineageId === record.lineageId);
    if (owner) byOrder.get(owner.order.id).push(record);
  }
  return byOrder;
}

/**
 * What one cell says. A record that stands (not struck through) decides it: given (late when given after the dose's
 * window closed) or not given. Without one, the dose's own state; an overdue dose of an earlier day than today is
 * missed. A cell with no dose scheduled is 'none'.
 */
export function cellStatus(dose, records, today, timeZone) {
  const standing = records.filter((record) => !record.struckThroughBy);
  const last = standing[standing.length - 1];
  if (last) {
    if (last.outcome === 'NOT_GIVEN') return 'not-given';
    const closes = msOf(dose?.windowCloses);
    return closes !== null && msOf(last.administeredAt) > closes ? 'given-late' : 'given';
  }
  if (!dose) return 'none';
  if (dose.state === 'OVERDUE') return localDay(dose.scheduledAt, timeZone) < today ? 'missed' : 'overdue';
  return { DUE: 'due', NOT_YET_DUE: 'not-yet-due' }[dose.state] ?? 'none';
}

/** Whether a dose in this state may be recorded from the chart now. */
export const recordable = (status) => ['due', 'overdue', 'missed'].includes(status);

/**
 * The block of rows of one regular order: one row per ward-local dose time, each with a cell per day. A record whose
 * scheduled time matches no dose (a version since replaced, a once-only dose) gets a row at its own time, so nothing
 * recorded is out of sight.
 */
export function orderBlock(entry, records, days, today, timeZone) {
  const doses = entry.doses ?? [];
  const doseAt = new Map(doses.map((dose) => [msOf(dose.scheduledAt), dose]));
  const slots = new Map();
  const slot = (instant) => {
    const day = localDay(instant, timeZone);
    if (!days.includes(day)) return null;
    const time = localTime(instant, timeZone);
    if (!slots.has(time)) slots.set(time, new Map());
    const byDay = slots.get(time);
    if (!byDay.has(day)) byDay.set(day, { dose: null, records: [] });
    return byDay.get(day);
  };
  for (const dose of doses) {
    const cell = slot(dose.scheduledAt);
    if (cell) cell.dose = dose;
  }
  for (const record of records) {
    const own = doseAt.get(msOf(record.scheduledAt));
    const cell = slot(own ? own.scheduledAt : (record.scheduledAt ?? record.administeredAt));
    if (cell) cell.records.push(record);
  }
  const byTime = (a, b) => msOf(a.administeredAt ?? a.recordedAt) - msOf(b.administeredAt ?? b.recordedAt);
  return [...slots.keys()].sort().map((time) => ({
    time,
    cells: days.map((day) => {
      const cell = slots.get(time).get(day) ?? { dose: null, records: [] };
      const sorted = [...cell.records].sort(byTime);
      return {
        day, dose: cell.dose, records: sorted, status: cellStatus(cell.dose, sorted, today, timeZone),
      };
    }),
  }));
}

/** A person's initials as a chart writes them: "Nia Evans" → "NE"; a user name with no spaces stays whole. */
export function initials(name) {
  const words = String(name ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return words[0] ?? '';
  return words.map((word) => word[0].toUpperCase()).join('');
}
