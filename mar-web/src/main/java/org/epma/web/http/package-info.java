/**
 * What every HTTP answer carries whoever produced it (a static file, the API, the container's error page): the
 * security headers and caching rules, Locations without the request's Host header, and the session cookie's
 * Secure flag and HSTS when the site is served over TLS.
 */
package org.epma.web.http;
