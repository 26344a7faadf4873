// Oxygen to a target saturation (BTS 2017; docs/bedside-observations.md) without the DOM: what a check's reading tells
// the nurse to do, how long ago it was taken, and where the orders and checks fall on the MAR's days. Pure, so the node
// tests run it.
import { duration, minutesBetween } from './round-rows.js';
import { fromInputValue, localDay, localTime, shiftDay } from './zoned-time.js';

/**
 * A reading is told by its shape as well as its colour and words: a triangle pointing down below the target, a circle
 * within it, a triangle pointing up above it.
 */
export const READING_SYMBOL = { BELOW: '▼', WITHIN: '●', ABOVE: '▲' };

/**
 * The message after a check, as the BTS guideline (2017, section 9) advises: within the range nothing; below it,
 * increase the oxygen within the prescription and ask for a review; above it, step it down — and for a patient at risk
 * of hypercapnic respiratory failure, ask for a review too.
 */
export function adviceKey(reading, targetKind) {
  if (reading === 'ABOVE' && targetKind === 'HYPERCAPNIC_RISK') return 'oxygen.reading.ABOVE_HYPERCAPNIC';
  return `oxygen.reading.${reading}`;
}

/** "12 min ago", "2 h ago", "3 h 5 min ago": the message key and its numbers; a check a moment in the future is "0 min". */
export function agoMessage(checkedAt, now) {
  const { form, args } = duration(minutesBetween(checkedAt, now));
  return { key: `oxygen.round.ago.${form}`, args };
}

const msOf = (instant) => new Date(instant).getTime();
// A new order stops the one before at the same moment: the stop is told first, then the new order, then its checks.
const SAME_MOMENT = { stopped: 0, prescribed: 1, check: 2 };

/**
 * oxygen: the chart's { orders, checks } (MarResource.OxygenOnChart); days: the chart's days (YYYY-MM-DD in the ward's
 * zone); from, to: the chart's instants; now: an order in force is drawn up to now, not into time to come. For each day,
 * { day, periods, events }: periods { order, start, end, carried } (start and end as percentages of the ward-local day,
 * so that a day of 23 or 25 hours still fits its column; carried: the order was in force when the day began), and events
 * in the order they happened, each { kind: 'prescribed' | 'stopped' | 'check', at (percentage), time (HH:MM), instant,
 * order, check } — a check with the order whose target it was read against.
 */
export function oxygenDays(oxygen, days, { from, to, now, timeZone }) {
  const orders = oxygen?.orders ?? [];
  const byId = new Map(orders.map((order) => [order.id, order]));
  const chartEnd = Math.min(msOf(to), msOf(now));
  const spans = orders.map((order) => ({
    order,
    since: msOf(order.prescribedAt),
    until: Math.min(order.stoppedAt ? msOf(order.stoppedAt) : Infinity, chartEnd),
  })).filter((span) => span.until > span.since);
  const events = [
    ...orders.map((order) => ({ kind: 'prescribed', instant: order.prescribedAt, order })),
    ...orders.filter((order) => order.stoppedAt).map((order) => ({ kind: 'stopped', instant: order.stoppedAt, order })),
    ...(oxygen?.checks ?? []).map((check) => ({ kind: 'check', instant: check.checkedAt, order: byId.get(check.orderId) ?? null, check })),
  ].sort((a, b) => msOf(a.instant) - msOf(b.instant) || SAME_MOMENT[a.kind] - SAME_MOMENT[b.kind]);

  return days.map((day) => {
    const dayStart = msOf(fromInputValue(`${day}T00:00`, timeZone));
    const dayEnd = msOf(fromInputValue(`${shiftDay(day, 1)}T00:00`, timeZone));
    const share = (ms) => Math.round(((ms - dayStart) / (dayEnd - dayStart)) * 10000) / 100;
    const periods = spans.filter((span) => span.since < dayEnd && span.until > dayStart).map((span) => ({
      order: span.order,
      start: share(Math.max(span.since, dayStart)),
      end: share(Math.min(span.until, dayEnd)),
      carried: span.since < dayStart,
    }));
    const onDay = events.filter((event) => localDay(event.instant, timeZone) === day).map((event) => ({
      ...event, time: localTime(event.instant, timeZone), at: share(msOf(event.instant)),
    }));
    return { day, periods, events: onDay };
  });
}
