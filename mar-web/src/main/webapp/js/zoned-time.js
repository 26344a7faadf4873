// datetime-local inputs hold a wall-clock time with no zone. Dose times belong to the ward's time zone
// (DESIGN.md), which need not be the zone the browser runs in, so the conversion is done here with Intl.

const INPUT_VALUE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function wallClock(instantMs, timeZone) {
  const options = {
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  };
  let format;
  try {
    format = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: timeZone || undefined });
  } catch {
    format = new Intl.DateTimeFormat('en-GB', options);
  }
  return Object.fromEntries(format.formatToParts(new Date(instantMs)).map((part) => [part.type, part.value]));
}

// How far the zone's clock is ahead of UTC at that instant, in milliseconds.
function offsetAt(instantMs, timeZone) {
  const p = wallClock(instantMs, timeZone);
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

/** An instant (ISO string, Date or ms) as the value of a datetime-local input in the ward's zone. */
export function toInputValue(instant, timeZone) {
  if (instant === null || instant === undefined || instant === '') return '';
  const ms = new Date(instant).getTime();
  if (Number.isNaN(ms)) return '';
  const p = wallClock(ms, timeZone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** A datetime-local value read in the ward's zone, as an ISO instant for the API; null when blank or invalid. */
export function fromInputValue(value, timeZone) {
  const match = INPUT_VALUE.exec(String(value ?? '').slice(0, 16));
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes settle on the right offset either side of a clock change.
  let instant = wall - offsetAt(wall, timeZone);
  instant = wall - offsetAt(instant, timeZone);
  return new Date(instant).toISOString().replace('.000Z', 'Z');
}

export function nowInputValue(timeZone) {
  return toInputValue(Date.now(), timeZone);
}

export function addHours(instant, hours) {
  return new Date(new Date(instant).getTime() + hours * 3600 * 1000).toISOString().replace('.000Z', 'Z');
}

/** The ward-local calendar day of an instant, as YYYY-MM-DD. */
export function localDay(instant, timeZone) {
  return toInputValue(instant, timeZone).slice(0, 10);
}

/** The ward-local clock time of an instant, as HH:MM: how dose times are written on the chart. */
export function localTime(instant, timeZone) {
  return toInputValue(instant, timeZone).slice(11, 16);
}

/** A YYYY-MM-DD day moved by whole days; calendar arithmetic, so clock changes do not matter. */
export function shiftDay(day, days) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
