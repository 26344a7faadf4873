// Reading an outbound HL7 v2 message for people: one segment a line, and who it is about (from PID), since the
// outbox row itself carries only the patient's id.

/** Segments end with a carriage return on the wire; on screen each is a line of its own. */
export function segmentLines(payload) {
  return String(payload ?? '').split(/\r\n|\r|\n/).filter((line) => line.length > 0).join('\n');
}

// The separators are declared in MSH itself (MSH-1 field, first character of MSH-2 component), so they are
// read from there rather than assumed.
export function patientFromPayload(payload) {
  const lines = segmentLines(payload).split('\n');
  const msh = lines.find((line) => line.startsWith('MSH'));
  const pid = lines.find((line) => line.startsWith('PID'));
  if (!msh || !pid || msh.length < 5) return null;
  const field = msh[3];
  const component = msh[4];
  const fields = pid.split(field);
  const identifier = (fields[3] ?? '').split('~')[0].split(component)[0];
  const [family = '', given = ''] = (fields[5] ?? '').split('~')[0].split(component);
  if (!identifier && !family) return null;
  return { hospitalNumber: identifier, familyName: family, givenName: given };
}
