package org.epma.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether browsers reach this server only through a proxy that terminates TLS (epma.http.tls-proxy, default false;
 * docs/operations.md). Payara then sees plain HTTP, so it cannot tell by itself that the session cookie needs
 * Secure and that answers may carry HSTS. No request header is trusted for this: the site says so.
 */
@ApplicationScoped
public class TlsSettings {

    @Inject
    @ConfigProperty(name = "epma.http.tls-proxy", defaultValue = "false")
    boolean tlsProxy;

    public boolean terminatedByProxy() {
        return tlsProxy;
    }
}
