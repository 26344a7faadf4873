// The parts every page shares: training banner, version, signed-in user, menu, language toggle, log out.
import './epma-header.js';
import { api, forgetSession, goToLogin, lastActivity, rememberSession } from './api.js';
import { byId, h, roleList, showMessage, showProblem } from './dom.js';
import {
  onLanguageChange, otherLanguage, rememberLanguage, setLanguage, storedLanguage, translateElement,
} from './i18n.js';

// The roles that see patients. The IT administrator holds none of them and sees accounts and the audit trail only.
export const CLINICAL_ROLES = ['PRESCRIBER', 'NURSE', 'PHARMACIST'];

const hasClinicalRole = (roles) => CLINICAL_ROLES.some((role) => roles?.includes(role));

/**
 * Where a user starts: the wards; without a clinical role, the administration screen for an administrator and the
 * audit trail for an auditor.
 */
export function homePage(session) {
  const roles = session?.roles ?? [];
  if (hasClinicalRole(roles)) return 'wards.html';
  return roles.includes('ADMIN') ? 'admin.html' : 'audit.html';
}

function showTrainingBanner() {
  const banner = byId('training-banner');
  if (banner) banner.hidden = false;
}

// Needs no login, so the login page shows the banner too.
export async function showSystemInfo() {
  try {
    const system = await api('api/v1/system', { redirectOn401: false });
    if (system?.training) showTrainingBanner();
    const version = byId('app-version');
    if (version && system?.version) {
      version.replaceChildren(h('span', { i18n: 'footer.version', args: { version: system.version } }));
    }
  } catch {
    // Logged-in pages learn about training mode from the session as well; the login page has the
    // version only as a courtesy. Neither is worth an error message.
  }
}

// choose(language) does the work (server or local storage); the button only reflects the result.
export function wireLanguageToggle(choose) {
  const button = byId('language-toggle');
  const reflect = () => {
    button.lang = otherLanguage();
  };
  reflect();
  onLanguageChange(reflect);
  let busy = false;
  button.addEventListener('click', async () => {
    if (busy) return;
    busy = true;
    try {
      await choose(otherLanguage());
    } catch (error) {
      showProblem(error);
    } finally {
      busy = false;
    }
  });
}

// A page whose menu lacks an item (one written before the item existed) simply does not offer it.
function showNavItem(id, visible) {
  const item = byId(id);
  if (item) item.hidden = !visible;
}

function showUser(session) {
  byId('current-user').textContent = session.displayName ?? session.username;
  byId('current-roles').replaceChildren(...roleList(session.roles));
  const roles = session.roles ?? [];
  showNavItem('nav-wards', hasClinicalRole(roles));
  showNavItem('nav-admin', roles.includes('ADMIN'));
  showNavItem('nav-audit', roles.includes('ADMIN') || roles.includes('AUDITOR'));
  showNavItem('nav-pharmacy', roles.includes('PHARMACIST'));
  showNavItem('nav-reports', hasClinicalRole(roles) || roles.includes('ADMIN'));
  showNavItem('nav-interface', roles.includes('PHARMACIST'));
  if (session.training) showTrainingBanner();
}

function acceptSession(session) {
  rememberSession(session);
  rememberLanguage(session.language);
  showUser(session);
}

// Every role changes its own password from the header; one place adds the link, so every page has it.
function offerPasswordChange() {
  const logout = byId('logout');
  if (!logout || byId('change-password')) return;
  logout.before(h('a', {
    id: 'change-password', class: 'button button-header', href: 'password.html', i18n: 'header.changePassword',
  }));
}

function wireLogout() {
  byId('logout').addEventListener('click', async () => {
    try {
      await api('api/v1/session', { method: 'DELETE', redirectOn401: false });
    } catch (error) {
      // 401 means the session had already ended, which is what logging out wanted.
      if (error.status !== 401) {
        showProblem(error);
        return;
      }
    }
    forgetSession();
    location.replace('login.html?reason=logged-out');
  });
}

// The server ends a session after idleTimeoutSeconds without a request of the user's own (a screen's automatic
// refreshes do not count). Leaving the page at the same time stops patient details staying on the screen of an
// unattended ward computer.
function watchIdle(seconds) {
  if (!(seconds > 0)) return;
  setInterval(() => {
    if (Date.now() - lastActivity() > seconds * 1000) goToLogin('ended-idle');
  }, 15000);
}

/**
 * Starts a page that needs a login. Resolves to the session, or to null when the user has not requireRole
 * (one role, or a list of which any one will do; the page then shows only the refusal). A 401 has already left
 * for the login page. Pages that name no role are clinical: they need one of CLINICAL_ROLES.
 */
export async function startPage({ requireRole = CLINICAL_ROLES } = {}) {
  showSystemInfo();
  // The stored language is usually the session's too, so the page is translated without waiting.
  const [session] = await Promise.all([api('api/v1/session'), setLanguage(storedLanguage())]);
  acceptSession(session);
  offerPasswordChange();
  await setLanguage(session.language);
  wireLanguageToggle(async (language) => {
    const updated = await api('api/v1/session/language', { method: 'PUT', body: { language } });
    acceptSession(updated);
    await setLanguage(updated.language);
  });
  wireLogout();
  watchIdle(session.idleTimeoutSeconds);
  if (requireRole && ![requireRole].flat().some((role) => session.roles?.includes(role))) {
    showMessage(byId('page-error'), 'error.forbidden');
    return null;
  }
  return session;
}

// On a ward's own page the menu names that ward, so the user always sees where they are.
export function showCurrentWard(ward) {
  const link = byId('nav-ward-link');
  link.href = `ward.html?code=${encodeURIComponent(ward.code)}`;
  link.dataset.textEn = ward.name ?? ward.code;
  if (ward.nameCy) link.dataset.textCy = ward.nameCy;
  link.replaceChildren(ward.name ?? ward.code);
  byId('nav-ward').hidden = false;
  translateElement(link);
}
