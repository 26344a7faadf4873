// Reading an outbound HL7 v2 message for people: one segment a line.

/** Segments end with a carriage return on the wire; on screen each is a line of its own. */
export function segmentLines(payload) {
  return String(payload ?? '').split(/\r\n|\r|\n/).filter((line) => line.length > 0).join('\n');
}
