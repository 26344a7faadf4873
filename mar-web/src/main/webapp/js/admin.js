import { api } from './api.js';
import { wireAuditCheck } from './audit-check.js';
import { byId, clear, h, icon, roleList, showMessage, showProblem } from './dom.js';
import { startPage } from './header.js';
import { translateElement } from './i18n.js';

const statusArea = byId('admin-status');
let users = [];

const userPath = (username, action = '') => `api/v1/users/${encodeURIComponent(username)}${action}`;

function announce(key, args) {
  statusArea.replaceChildren(h('p', { class: 'message' }, icon('tick'), h('span', { i18n: key, args })));
}

// Marks the fields a message is about, and points them at it so a screen reader reads it with the field.
function markInvalid(form, fields, errorId) {
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

// The server names the failing field in a validation problem; the form's inputs carry those names.
function markServerField(form, error, errorId) {
  const name = error?.problem?.field;
  const field = name ? form.querySelector(`[data-field="${CSS.escape(name)}"]`) : null;
  markInvalid(form, field ? [field] : [], errorId);
}

// Ignores a second submit while the first is on its way, so a double press creates one user, not two.
function onSubmit(form, handler) {
  let busy = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy) return;
    busy = true;
    form.setAttribute('aria-busy', 'true');
    try {
      await handler();
    } finally {
      busy = false;
      form.setAttribute('aria-busy', 'false');
    }
  });
}

function actionButton(action, labelKey, nameKey, user) {
  return h('button', {
    type: 'button',
    class: action === 'disable' ? 'button button-warning' : 'button button-secondary',
    'data-action': action,
    'data-username': user.username,
    i18n: labelKey,
    'data-i18n-attr': `aria-label:${nameKey}`,
    args: { user: user.username },
  });
}

function lockedCell(lockedUntil) {
  if (!lockedUntil || new Date(lockedUntil).getTime() <= Date.now()) return h('span', { i18n: 'users.notLocked' });
  return h('span', { class: 'with-icon' }, icon('lock'), h('time', { datetime: lockedUntil, 'data-i18n-date': 'datetime' }));
}

function userRow(user) {
  return h('tr', { 'data-username': user.username },
    h('th', { scope: 'row' }, user.username),
    h('td', {}, user.displayName ?? ''),
    h('td', {}, roleList(user.roles)),
    h('td', {}, user.enabled
      ? h('span', { class: 'with-icon' }, icon('tick'), h('span', { i18n: 'users.enabled' }))
      : h('span', { class: 'with-icon' }, icon('cross'), h('span', { i18n: 'users.disabled' }))),
    h('td', {}, lockedCell(user.lockedUntil)),
    h('td', {}, h('div', { class: 'row-actions' },
      actionButton('reset-password', 'users.resetPassword', 'users.resetPasswordFor', user),
      user.enabled
        ? actionButton('disable', 'users.disable', 'users.disableFor', user)
        : actionButton('enable', 'users.enable', 'users.enableFor', user))));
}

// Rebuilding the table would drop keyboard focus; focusOn puts it back on the row's matching button.
async function loadUsers(focusOn) {
  users = await api('api/v1/users');
  const tbody = document.querySelector('#users tbody');
  tbody.replaceChildren(...(users.length > 0
    ? users.map(userRow)
    : [h('tr', {}, h('td', { colspan: 6, i18n: 'users.none' }))]));
  byId('users').setAttribute('aria-busy', 'false');
  if (focusOn) {
    const row = tbody.querySelector(`tr[data-username="${CSS.escape(focusOn.username)}"]`);
    (row?.querySelector(`[data-action="${focusOn.action}"]`) ?? row?.querySelector('button'))?.focus();
  }
}

function openDialog(dialog, user, opener) {
  const form = dialog.querySelector('form');
  form.reset();
  markInvalid(form, [], null);
  dialog.querySelectorAll('[role="alert"]').forEach(clear);
  dialog.dataset.username = user.username;
  const usernameField = dialog.querySelector('[autocomplete="username"]');
  if (usernameField) usernameField.value = user.username;
  const heading = dialog.querySelector('h2');
  heading.dataset.i18nArgs = JSON.stringify({ user: user.username });
  translateElement(heading);
  dialog.addEventListener('close', () => {
    if (opener.isConnected) opener.focus();
  }, { once: true });
  dialog.showModal();
}

function wireResetPassword() {
  const dialog = byId('reset-password-dialog');
  const form = byId('reset-password-form');
  const password = byId('reset-password');
  const confirm = byId('reset-password-confirm');
  const adminPassword = byId('reset-admin-password');
  const errorArea = byId('reset-password-error');
  onSubmit(form, async () => {
    clear(errorArea);
    const missing = [password, confirm, adminPassword].filter((field) => !field.value);
    if (missing.length > 0) {
      showMessage(errorArea, 'reset.missing');
      markInvalid(form, missing, errorArea.id);
      return;
    }
    if (password.value !== confirm.value) {
      showMessage(errorArea, 'reset.mismatch');
      markInvalid(form, [confirm], errorArea.id);
      return;
    }
    const username = dialog.dataset.username;
    try {
      await api(userPath(username, '/password'), {
        method: 'PUT', body: { password: password.value, adminPassword: adminPassword.value },
      });
    } catch (error) {
      showProblem(error, errorArea);
      markServerField(form, error, errorArea.id);
      return;
    }
    form.reset();
    dialog.close();
    announce('reset.done', { user: username });
  });
}

function wireDisable() {
  const dialog = byId('disable-dialog');
  const form = byId('disable-form');
  const reason = byId('disable-reason');
  const errorArea = byId('disable-error');
  onSubmit(form, async () => {
    clear(errorArea);
    if (!reason.value.trim()) {
      showMessage(errorArea, 'disable.missing');
      markInvalid(form, [reason], errorArea.id);
      return;
    }
    const username = dialog.dataset.username;
    try {
      await api(userPath(username, '/disable'), { method: 'POST', body: { reason: reason.value.trim() } });
    } catch (error) {
      showProblem(error, errorArea);
      markServerField(form, error, errorArea.id);
      return;
    }
    dialog.close();
    announce('disable.done', { user: username });
    await loadUsers({ username, action: 'enable' });
  });
}

async function enableUser(username) {
  clear(statusArea);
  await api(userPath(username, '/enable'), { method: 'POST' });
  announce('enable.done', { user: username });
  await loadUsers({ username, action: 'disable' });
}

function wireUserActions() {
  document.querySelector('#users tbody').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-action]');
    const user = users.find((candidate) => candidate.username === button?.dataset.username);
    if (!user) return;
    clear(byId('page-error'));
    if (button.dataset.action === 'reset-password') openDialog(byId('reset-password-dialog'), user, button);
    if (button.dataset.action === 'disable') openDialog(byId('disable-dialog'), user, button);
    if (button.dataset.action === 'enable') enableUser(user.username).catch((error) => showProblem(error));
  });
  for (const cancel of document.querySelectorAll('dialog [data-close]')) {
    cancel.addEventListener('click', () => cancel.closest('dialog').close());
  }
}

function wireCreateUser() {
  const form = byId('create-user-form');
  const errorArea = byId('create-user-error');
  const field = (id) => byId(id);
  onSubmit(form, async () => {
    clear(errorArea);
    clear(statusArea);
    const roleBoxes = [...form.querySelectorAll('input[name="roles"]')];
    const user = {
      username: field('new-username').value.trim(),
      displayName: field('new-display-name').value.trim(),
      roles: roleBoxes.filter((box) => box.checked).map((box) => box.value),
      password: field('new-password').value,
    };
    const missing = [
      user.username ? null : field('new-username'),
      user.displayName ? null : field('new-display-name'),
      user.roles.length > 0 ? null : roleBoxes[0],
      user.password ? null : field('new-password'),
    ].filter(Boolean);
    if (missing.length > 0) {
      showMessage(errorArea, 'create.missing');
      markInvalid(form, missing, errorArea.id);
      return;
    }
    try {
      await api('api/v1/users', { method: 'POST', body: user });
    } catch (error) {
      showProblem(error, errorArea);
      markServerField(form, error, errorArea.id);
      return;
    }
    form.reset();
    markInvalid(form, [], null);
    announce('create.done', { user: user.username });
    await loadUsers();
  });
}

async function main() {
  const session = await startPage({ requireRole: 'ADMIN' });
  if (!session) return;
  byId('admin-content').hidden = false;
  wireUserActions();
  wireResetPassword();
  wireDisable();
  wireCreateUser();
  wireAuditCheck();
  await loadUsers();
}

main().catch((error) => showProblem(error));
