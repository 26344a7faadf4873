// Writes that must record once. Each form holds one key from the moment it is prepared; pressing the
// button again after a network failure or a server error resends the same key, so the server can tell a
// retry from a second dose. Only an answer that settles the request (success, or a 4xx refusal whose
// cause the nurse now corrects) starts a new key.
import { api } from './api.js';

// crypto.randomUUID exists only in secure contexts; a ward PC reaching the server by plain http on the
// hospital network still needs keys, and getRandomValues is available everywhere.
function newKey() {
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function idempotentWriter() {
  let key = newKey();
  return {
    /** Forget the key: call when the form is opened for a different dose or record. */
    renew() {
      key = newKey();
    },
    async post(path, body) {
      try {
        const result = await api(path, { method: 'POST', body, headers: { 'Idempotency-Key': key } });
        key = newKey();
        return result;
      } catch (error) {
        if (error.status >= 400 && error.status < 500) key = newKey();
        throw error;
      }
    },
  };
}
