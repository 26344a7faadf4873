// Where a continuous infusion or fluid's bags and events fall on the MAR's days (docs/infusions.md, "On the MAR"), without
// the DOM: each day's stretches of a bag being up (running or paused, which bag, at what rate) and each event, placed as
// a share of the ward-local day (0 at midnight, 100 at the next), so a day that is 23 or 25 hours long still fits its column.
import { fromInputValue, localDay, localTime, shiftDay } from './zoned-time.js';

const msOf = (instant) => new Date(instant).getTime();

/** The stretch an event leaves behind it: none after a stop, otherwise its bag, running at its rate or paused. */
function after(event, since) {
  if (!event || event.event === 'STOPPED') return null;
  return {
    bagNumber: event.bagNumber,
    state: event.event === 'PAUSED' ? 'paused' : 'running',
    rateMlPerHour: event.event === 'PAUSED' ? null : event.rateMlPerHour,
    doseRateWords: event.event === 'PAUSED' ? null : event.doseRateWords,
    since,
  };
}

/**
 * infusion: the chart's { before, events } of one order (MarResource.InfusionOnChart); from, to: the chart's instants;
 * now: the stretches end there rather than run into time to come. Returns, for each day, { day, periods, events }:
 * periods { bagNumber, state, rateMlPerHour, doseRateWords, start, end, carried } (start and end as percentages of the
 * day; carried: the bag was up when the day began), and events { event, time (HH:MM), at (percentage) }, those struck
 * through among them.
 */
export function infusionDays(infusion, days, { from, to, now, timeZone }) {
  const stretches = [];
  let open = after(infusion?.before, msOf(from));
  const events = infusion?.events ?? [];
  // an event struck through as made in error is shown, struck through, but the bag's stretches are drawn without it
  for (const event of events.filter((e) => !e.struckThroughBy)) {
    const at = msOf(event.occurredAt);
    if (open && at > open.since) stretches.push({ ...open, until: at });
    open = after(event, at);
  }
  const end = Math.min(msOf(to), msOf(now));
  if (open && end > open.since) stretches.push({ ...open, until: end });

  return days.map((day) => {
    const dayStart = msOf(fromInputValue(`${day}T00:00`, timeZone));
    const dayEnd = msOf(fromInputValue(`${shiftDay(day, 1)}T00:00`, timeZone));
    const share = (ms) => Math.round(((ms - dayStart) / (dayEnd - dayStart)) * 10000) / 100;
    const periods = stretches.filter((s) => s.since < dayEnd && s.until > dayStart).map((s) => ({
      bagNumber: s.bagNumber,
      state: s.state,
      rateMlPerHour: s.rateMlPerHour,
      doseRateWords: s.doseRateWords,
      start: share(Math.max(s.since, dayStart)),
      end: share(Math.min(s.until, dayEnd)),
      carried: s.since < dayStart || (s.since === msOf(from) && s.since === dayStart && Boolean(infusion?.before)),
    }));
    const onDay = events.filter((event) => localDay(event.occurredAt, timeZone) === day).map((event) => ({
      ...event, time: localTime(event.occurredAt, timeZone), at: share(msOf(event.occurredAt)),
    }));
    return { day, periods, events: onDay };
  });
}
