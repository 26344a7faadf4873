// A keyboard-wedge scanner "types" its code much faster than a person and finishes with Enter. When focus
// is on a button, link or the page itself, those keystrokes would otherwise be lost (or the Enter would
// press the focused button), so bursts are collected here and handed to the scan handler instead.
// Text fields are left alone: the scan box handles its own Enter, and a nurse typing a note must never
// have their words taken as a scan.

const MAX_GAP_MS = 50;
// Shorter bursts are more likely a quick double key press than a barcode; no wristband or GTIN is this short.
const MIN_LENGTH = 4;
const GROUP_SEPARATOR = '\u001d';

function isTextEntry(element) {
  if (!element) return false;
  if (element.isContentEditable) return true;
  if (element.tagName === 'TEXTAREA' || element.tagName === 'SELECT') return true;
  if (element.tagName !== 'INPUT') return false;
  return !['button', 'submit', 'reset', 'checkbox', 'radio', 'image', 'file', 'range', 'color'].includes(element.type);
}

/**
 * Listens on root for scan bursts. onScan receives the code exactly as typed: a GS1 group separator,
 * whether it arrives as the control character or as the text "<GS>", is passed through for the server
 * to parse. isActive (optional) can switch capturing off, e.g. while a modal dialog is open; now (optional) is the
 * clock in milliseconds, there for the tests.
 */
export function captureScans(root, onScan, { isActive = () => true, now: clock = () => performance.now() } = {}) {
  let buffer = '';
  let lastKeyAt = 0;

  root.addEventListener('keydown', (event) => {
    if (!isActive() || isTextEntry(event.target)) {
      buffer = '';
      return;
    }
    const now = clock();
    const quick = now - lastKeyAt < MAX_GAP_MS;
    if (event.key === 'Enter') {
      if (quick && buffer.length >= MIN_LENGTH) {
        // The Enter belongs to the scanner, not to whatever button has focus.
        event.preventDefault();
        event.stopPropagation();
        const code = buffer;
        buffer = '';
        onScan(code);
      }
      buffer = '';
      return;
    }
    const printable = event.key.length === 1 && (!event.ctrlKey || event.key === GROUP_SEPARATOR) && !event.altKey && !event.metaKey;
    if (!printable) {
      if (!['Shift', 'CapsLock'].includes(event.key)) buffer = '';
      return;
    }
    buffer = quick ? buffer + event.key : event.key;
    lastKeyAt = now;
  }, true);
}
