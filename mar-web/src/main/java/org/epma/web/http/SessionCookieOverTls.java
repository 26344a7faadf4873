package org.epma.web.http;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.epma.web.site.TlsSettings;

/**
 * Behind a proxy that terminates TLS, every session cookie is marked Secure: the browser's side of the connection is
 * HTTPS even though Payara sees HTTP. Served over TLS by Payara itself, Payara marks the cookie of an HTTPS request
 * Secure on its own (payara-web.xml, cookieSecure=dynamic).
 */
@WebListener
public class SessionCookieOverTls implements ServletContextListener {

    @Inject
    TlsSettings tls;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (tls.terminatedByProxy()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
