// How an infusion's event is written (docs/infusions.md, "At the bedside"), the same on the patient page's history and
// the MAR's timeline: what happened, to which bag, the rate after it both ways, the volume, who, and why. Pure: the
// words come as pieces — plain text, a message ({ key, args }), or the server's English ({ en }) — which the pages
// turn into elements (mar-text.js) and tests into sentences (partsText).

const rateParts = (rateMlPerHour, doseRateWords) => [{ key: 'infusion.run.mlPerHour', args: { rate: String(rateMlPerHour) } },
  doseRateWords ? [' (', { en: doseRateWords }, ')'] : []].flat();

/** The words of one event after its time: "Rate changed (bag 1) — 3 mL/hour (1500 units/hour) by Nia Evans". */
export function eventParts(event) {
  return [
    { key: `infusion.run.event.${event.event}`, strong: true },
    ' (', { key: 'infusion.run.eventBag', args: { number: String(event.bagNumber) } }, ')',
    ...(event.rateMlPerHour != null && event.event !== 'VOLUME_RECORDED' ? [' — ', ...rateParts(event.rateMlPerHour, event.doseRateWords)] : []),
    ...(event.volumeInfusedMl != null ? [' — ', { key: 'infusion.run.eventVolume', args: { volume: String(event.volumeInfusedMl) } }] : []),
    ' ', { key: 'infusion.run.eventBy', args: { name: event.recordedByName ?? event.recordedBy ?? '' } },
    ...(event.witnessedBy ? [', ', { key: 'record.witness', args: { name: event.witnessedByName ?? event.witnessedBy } }] : []),
  ];
}

/** Why the event was recorded, when the nurse said: "Reason: APTT ratio 1.2". */
export function reasonParts(event) {
  return event.reason ? [{ key: 'infusion.run.eventReason' }, ' ', { en: event.reason }] : [];
}

/** Why and by whom an event was struck through as made in error: "Recorded in error: wrong pump by Nia Evans". */
export function struckParts(event) {
  if (!event.struckThroughBy) return [];
  return [{ key: 'record.inError' }, ' ', { en: event.struckThroughReason ?? '' }, ' ',
    { key: 'infusion.run.eventBy', args: { name: event.struckThroughByName ?? event.struckThroughBy } }];
}

/**
 * The bag a chart's day opens with, when one was already up: "Bag 1 up: 125 mL/hour" or "Bag 1 up: paused".
 * {@code period} is a bag's stretch of time as infusion-timeline.js gives it.
 */
export function carriedParts(period) {
  return [{ key: 'mar.infusion.carried', args: { number: String(period.bagNumber) } }, ' ',
    ...(period.state === 'paused' ? [{ key: 'infusion.run.state.PAUSED' }] : rateParts(period.rateMlPerHour, period.doseRateWords))];
}

/** The pieces as one sentence, through a translator t(key, args). */
export function partsText(parts, t) {
  return parts.map((part) => {
    if (typeof part === 'string') return part;
    if (part.en !== undefined) return part.en;
    return t(part.key, part.args);
  }).join('');
}
