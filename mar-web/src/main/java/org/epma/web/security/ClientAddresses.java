package org.epma.web.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request came from, for the login throttle. Behind a load balancer or reverse proxy every request
 * arrives from the proxy, so the client's own address is taken from X-Forwarded-For, but only when the request came
 * from a proxy the site named as trusted (otherwise anyone could claim any address), and only the part of the header
 * that trusted proxies added: the rightmost address that is not one of them.
 */
public final class ClientAddresses {

    private static final int MAX_HOPS = 20;
    /** Longer than any IPv6 address in text: such a hop is not an address, and nothing from the header is used. */
    private static final int MAX_ADDRESS_LENGTH = 64;

    private final Set<String> trustedProxies;

    public ClientAddresses(Collection<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(String::strip).filter(proxy -> !proxy.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public String of(String remoteAddress, String forwardedFor) {
        if (!trustedProxies.contains(remoteAddress) || forwardedFor == null || forwardedFor.isBlank()) {
            return remoteAddress;
        }
        List<String> hops = List.of(forwardedFor.split(","));
        for (int i = hops.size() - 1; i >= Math.max(0, hops.size() - MAX_HOPS); i--) {
            String hop = hops.get(i).strip();
            if (hop.isEmpty() || hop.length() > MAX_ADDRESS_LENGTH) {
                return remoteAddress;
            }
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return remoteAddress;
    }
}
