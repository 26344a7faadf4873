import { api, rememberSession } from './api.js';
import { clear, showMessage, showProblem } from './dom.js';
import { homePage, showSystemInfo, wireLanguageToggle } from './header.js';
import { rememberLanguage, setLanguage, storedLanguage } from './i18n.js';

const form = document.getElementById('login-form');
const username = document.getElementById('username');
const password = document.getElementById('password');
const errorArea = document.getElementById('login-error');
const statusArea = document.getElementById('login-status');
let busy = false;

// Only this application's own pages may follow a login: an address taken from the query string could
// otherwise send the user to another site.
function nextPage(session) {
  const next = new URLSearchParams(location.search).get('next') ?? '';
  return /^(wards|ward|patient|admin|audit|drug-round|mar|pharmacy|interface|password)\.html(\?[\w=&%.-]*)?$/.test(next)
    ? next : homePage(session);
}

function markInvalid(fields) {
  for (const field of [username, password]) {
    if (fields.includes(field)) {
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', 'login-error');
    } else {
      field.removeAttribute('aria-invalid');
      field.removeAttribute('aria-describedby');
    }
  }
}

async function logIn(event) {
  event.preventDefault();
  if (busy) return;
  clear(errorArea);
  clear(statusArea);
  const name = username.value.trim();
  const missing = [name ? null : username, password.value ? null : password].filter(Boolean);
  if (missing.length > 0) {
    markInvalid(missing);
    showMessage(errorArea, 'login.missing');
    missing[0].focus();
    return;
  }
  busy = true;
  try {
    const session = await api('api/v1/session', {
      method: 'POST', body: { username: name, password: password.value }, redirectOn401: false, csrf: false,
    });
    rememberSession(session);
    rememberLanguage(session.language);
    location.replace(nextPage(session));
  } catch (error) {
    markInvalid([password]);
    // one answer for every refused login, and a wait after too many failures: the server's code words both
    showProblem(error, errorArea);
    password.value = '';
    password.focus();
  } finally {
    busy = false;
  }
}

// Listen before anything is awaited, so an early Enter can never fall through to a browser form submission.
form.addEventListener('submit', logIn);
showSystemInfo();

const reason = new URLSearchParams(location.search).get('reason');
try {
  await setLanguage(storedLanguage());
} catch (error) {
  showProblem(error, errorArea);
}
wireLanguageToggle(async (language) => {
  rememberLanguage(language);
  await setLanguage(language);
});
const REASONS = {
  expired: 'login.expired',
  'ended-idle': 'login.endedIdle',
  'ended-lifetime': 'login.endedLifetime',
  'ended-account': 'login.endedAccount',
  'logged-out': 'login.loggedOut',
};
if (REASONS[reason]) showMessage(statusArea, REASONS[reason]);
