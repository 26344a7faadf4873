// A form in a modal dialog: it opens clean, gives focus back to whatever opened it, marks the field a problem
// is about, and ignores a second submit while the first is on its way (so a double press acts once).
import { clear, showProblem } from './dom.js';

export function markInvalid(form, fields, errorId) {
  for (const field of form.querySelectorAll('[aria-invalid]')) {
    field.removeAttribute('aria-invalid');
    field.removeAttribute('aria-describedby');
  }
  for (const field of fields) {
    field.setAttribute('aria-invalid', 'true');
    field.setAttribute('aria-describedby', errorId);
  }
  fields[0]?.focus();
}

/**
 * submit({ form, errorArea }) does the work and resolves to false to keep the dialog open, or to true or a
 * function to close it; the function runs once the dialog has closed, since nothing behind a modal dialog can
 * take focus while it is open. A thrown error is shown in the dialog, with the field the server named marked,
 * unless onError(error) says it dealt with it.
 */
export function dialogForm(dialog, { submit, onError = () => false }) {
  const form = dialog.querySelector('form');
  const errorArea = form.querySelector('.alert[role="alert"]');
  let opener = null;
  let busy = false;

  for (const button of dialog.querySelectorAll('[data-close]')) button.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    // When the opener has gone (its order left the queue), the page has already put focus somewhere useful.
    if (opener?.isConnected) opener.focus();
    opener = null;
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy) return;
    busy = true;
    form.setAttribute('aria-busy', 'true');
    clear(errorArea);
    try {
      const done = await submit({ form, errorArea });
      if (done) dialog.close();
      if (typeof done === 'function') done();
    } catch (error) {
      if (onError(error)) {
        dialog.close();
      } else {
        showProblem(error, errorArea);
        const name = error?.problem?.field;
        const field = name ? form.querySelector(`[data-field="${CSS.escape(name)}"]`) : null;
        markInvalid(form, field ? [field] : [], errorArea.id);
      }
    } finally {
      busy = false;
      form.setAttribute('aria-busy', 'false');
    }
  });

  return {
    form,
    errorArea,
    open(from) {
      opener = from;
      form.reset();
      clear(errorArea);
      markInvalid(form, [], null);
      dialog.showModal();
    },
  };
}
