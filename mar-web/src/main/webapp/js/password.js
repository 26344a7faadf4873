// Users change their own password: the current one, and the new one twice. The server checks the rules and ends
// every other session of the account; this one goes on.
import { api } from './api.js';
import { byId, clear, h, icon, showMessage, showProblem } from './dom.js';
import { startPage } from './header.js';

const form = byId('password-form');
const current = byId('current-password');
const password = byId('new-password');
const confirm = byId('new-password-confirm');
const errorArea = byId('password-error');
const statusArea = byId('password-status');
let busy = false;

function markInvalid(fields) {
  for (const field of [current, password, confirm]) {
    if (fields.includes(field)) {
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', errorArea.id);
    } else {
      field.removeAttribute('aria-invalid');
      field.removeAttribute('aria-describedby');
    }
  }
  fields[0]?.focus();
}

async function change(event) {
  event.preventDefault();
  if (busy) return;
  clear(errorArea);
  clear(statusArea);
  const missing = [current, password, confirm].filter((field) => !field.value);
  if (missing.length > 0) {
    showMessage(errorArea, 'password.missing');
    markInvalid(missing);
    return;
  }
  if (password.value !== confirm.value) {
    showMessage(errorArea, 'password.mismatch');
    markInvalid([confirm]);
    return;
  }
  busy = true;
  form.setAttribute('aria-busy', 'true');
  try {
    await api('api/v1/session/password', {
      method: 'PUT', body: { currentPassword: current.value, password: password.value },
    });
    form.reset();
    markInvalid([]);
    statusArea.replaceChildren(h('p', { class: 'message' }, icon('tick'), h('span', { i18n: 'password.done' })));
  } catch (error) {
    showProblem(error, errorArea);
    const field = { currentPassword: current, password }[error?.problem?.field];
    markInvalid(field ? [field] : []);
  } finally {
    busy = false;
    form.setAttribute('aria-busy', 'false');
  }
}

form.addEventListener('submit', change);

async function main() {
  const session = await startPage();
  byId('password-username').value = session.username;
}

main().catch((error) => showProblem(error));
