import { api } from './api.js';
import { landingPage, showSystemInfo } from './header.js';
import { setLanguage, storedLanguage } from './i18n.js';

showSystemInfo();
setLanguage(storedLanguage()).catch(() => {});

try {
  location.replace(landingPage(await api('api/v1/session', { redirectOn401: false })));
} catch {
  // Not logged in, or the server cannot be reached: the login page explains either.
  location.replace('login.html');
}
