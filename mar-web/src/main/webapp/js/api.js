// The one place that talks to the REST API: JSON in and out, the CSRF header on every change, and the
// trip back to the login page when the session has gone.

const CSRF_KEY = 'epma.csrfToken';
// A screen's automatic refreshes say so in this header: the server does not count them as the user being active.
const BACKGROUND_HEADER = 'X-Epma-Background';
let lastUserRequestAt = Date.now();

export class ApiError extends Error {
  constructor({
    problem = null, status = problem?.status ?? 0, messageKey = null, messageArgs = undefined, retryAfter = null,
  }) {
    super(problem?.detail || problem?.title || messageKey || `HTTP ${status}`);
    this.problem = problem;
    this.status = status;
    this.messageKey = messageKey;
    this.messageArgs = messageArgs;
    // Seconds to wait before trying again (a 429's Retry-After header), or null.
    this.retryAfter = retryAfter;
  }
}

export function rememberSession(session) {
  sessionStorage.setItem(CSRF_KEY, session?.csrfToken ?? '');
}

export function forgetSession() {
  sessionStorage.removeItem(CSRF_KEY);
}

// When the user last did something that reached the server (automatic refreshes do not count).
export function lastActivity() {
  return lastUserRequestAt;
}

// Sends the user to log in, remembering where they were so they come straight back afterwards.
export function goToLogin(reason) {
  const here = location.pathname.split('/').pop() + location.search;
  const params = new URLSearchParams();
  if (reason) params.set('reason', reason);
  if (/^(wards|ward|patient|admin|audit|drug-round|mar|pharmacy|interface|password)\.html/.test(here)) params.set('next', here);
  forgetSession();
  const query = params.toString();
  location.replace(query ? `login.html?${query}` : 'login.html');
}

// Why the server ended the session, from the problem type (…/problems/session-ended/idle), for the login page.
async function sessionEndReason(response) {
  try {
    const type = (await response.json())?.type ?? '';
    const kind = /\/session-ended\/(idle|lifetime|account)$/.exec(type)?.[1];
    return kind ? `ended-${kind}` : 'expired';
  } catch {
    return 'expired';
  }
}

async function readProblem(response) {
  let problem = null;
  try {
    problem = await response.json();
  } catch {
    // Not JSON: a proxy or the container answered instead of the application.
  }
  const retryAfter = response.headers.get('Retry-After');
  if (problem && (problem.detail || problem.title)) return new ApiError({ problem, status: response.status, retryAfter });
  return new ApiError({ status: response.status, messageKey: 'error.status', messageArgs: { status: response.status } });
}

/**
 * Calls the API. path is relative (e.g. 'api/v1/wards') so the app works under any context path.
 * redirectOn401: false for the pages that expect "not logged in" as an answer (index, login).
 * csrf: false only for the login request itself, which happens before there is a token.
 * headers: extra request headers, such as the Idempotency-Key that makes a retried write record once.
 * background: true for a request the page makes by itself (an automatic refresh), which must not keep an
 *   unattended session alive.
 */
export async function api(path, {
  method = 'GET', body, redirectOn401 = true, csrf = true, headers: extraHeaders = {}, background = false,
} = {}) {
  const headers = { ...extraHeaders, Accept: 'application/json, application/problem+json' };
  if (background) headers[BACKGROUND_HEADER] = 'refresh';
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (csrf && method !== 'GET') {
    const token = sessionStorage.getItem(CSRF_KEY);
    if (token) headers['X-CSRF-Token'] = token;
  }
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      // Patient details must not be kept in the browser's cache on a shared ward computer.
      cache: 'no-store',
    });
  } catch {
    throw new ApiError({ messageKey: 'error.network' });
  }
  if (!background) lastUserRequestAt = Date.now();
  if (response.status === 401 && redirectOn401) {
    goToLogin(await sessionEndReason(response));
    // The page is being replaced; never settling stops callers flashing an error on the way out.
    return new Promise(() => {});
  }
  if (!response.ok) throw await readProblem(response);
  if (response.status === 204) return null;
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}
