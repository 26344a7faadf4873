// What a nurse may record of a running infusion, as the server's rule (InfusionRun) allows it: the events that fit the
// infusion's state, and the fields each event takes. The server checks again; this only keeps the form to what can pass.

const EVENTS_BY_STATE = {
  NOT_STARTED: ['STARTED'],
  RUNNING: ['RATE_CHANGED', 'VOLUME_RECORDED', 'BAG_CHANGED', 'PAUSED', 'STOPPED'],
  PAUSED: ['RESTARTED', 'BAG_CHANGED', 'VOLUME_RECORDED', 'STOPPED'],
  STOPPED: [],
};

/** The events a nurse may record next, in the order the form offers them. */
export function eventsFor(state) {
  return EVENTS_BY_STATE[state] ?? [];
}

/**
 * The fields an event takes; the dose rate only for an infusion that has one (a fluid is in mL/hour only), and a second
 * person's name and password for a bag put up where the infusion's bags are witnessed (insulin here, a controlled drug).
 */
export function fieldsFor(event, hasDoseRate, bagWitnessed = false) {
  const witness = bagWitnessed ? ['witnessUsername', 'witnessPassword'] : [];
  switch (event) {
    case 'STARTED': return ['wristband', 'product', ...witness];
    case 'BAG_CHANGED': return ['wristband', 'product', 'volumeInfusedMl', ...witness];
    case 'RATE_CHANGED': return hasDoseRate ? ['rateMlPerHour', 'doseRate', 'reason'] : ['rateMlPerHour', 'reason'];
    case 'PAUSED': return ['reason'];
    case 'VOLUME_RECORDED': return ['volumeInfusedMl'];
    case 'STOPPED': return ['volumeInfusedMl', 'reason'];
    default: return [];
  }
}

export const NUMBER_FIELDS = ['rateMlPerHour', 'doseRate', 'volumeInfusedMl'];
