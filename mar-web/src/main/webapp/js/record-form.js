// What every bedside recording form does, on any page (the patient's page, the drug round): mark the fields a problem
// is about, read an optional "taken at" time in the ward's zone, and submit once however often it is pressed.
import { clear, showMessage, showProblem } from './dom.js';
import { fromInputValue } from './zoned-time.js';

export function markInvalid(form, fields, errorId) {
  for (const input of form.querySelectorAll('[aria-invalid]')) {
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
    if (input.dataset.describedby) input.setAttribute('aria-describedby', input.dataset.describedby);
  }
  for (const input of fields) {
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', [input.dataset.describedby, errorId].filter(Boolean).join(' '));
  }
  fields[0]?.focus();
}

/** Keeps each field's own description, so that marking it invalid adds the error to it and clearing gives it back. */
export function keepDescriptions(form) {
  for (const input of form.querySelectorAll('[aria-describedby]')) {
    if (!input.dataset.describedby) input.dataset.describedby = input.getAttribute('aria-describedby');
  }
}

/**
 * When a reading was taken, from an optional date-and-time field read in the ward's time zone: null when left blank
 * (just now), false — with the field marked and the reason shown — when it is incomplete or in the future.
 */
export function takenAtIn(form, errorArea, input, timeZone) {
  const instant = fromInputValue(input.value, timeZone);
  if ((input.value && !instant) || (instant && Date.parse(instant) > Date.now() + 60000)) {
    showMessage(errorArea, 'measurement.future');
    markInvalid(form, [input], errorArea.id);
    return false;
  }
  return instant || null;
}

// A second press while the first is on its way records nothing twice.
export function onSubmit(form, errorArea, handler) {
  keepDescriptions(form);
  let busy = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy) return;
    busy = true;
    form.setAttribute('aria-busy', 'true');
    clear(errorArea);
    try {
      await handler();
    } catch (error) {
      showProblem(error, errorArea);
      const name = error?.problem?.field;
      const input = name ? form.querySelector(`[data-field="${CSS.escape(name)}"]`) : null;
      markInvalid(form, input ? [input] : [], errorArea.id);
    } finally {
      busy = false;
      form.setAttribute('aria-busy', 'false');
    }
  });
}
