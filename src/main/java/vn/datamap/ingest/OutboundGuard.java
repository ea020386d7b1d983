package vn.datamap.ingest;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import vn.datamap.web.ApiException;

/**
 * Decides which addresses the server may fetch from, for the one place it fetches at all (an
 * administrator's SPARQL {@code LOAD}). Only {@code http} and {@code https}; never a loopback,
 * private, link-local, unique-local, multicast or unspecified address (the machine itself, the
 * cloud metadata service, the internal network), unless the operator allowed that exact
 * {@code host:port}. Every address the name resolves to must pass.
 */
public final class OutboundGuard {
    private final Set<String> allowed;

    /** @param allowed comma-separated {@code host:port} entries, may be empty */
    public OutboundGuard(String allowed) {
        this.allowed = Arrays.stream(allowed == null ? new String[0] : allowed.split(","))
                .map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    /** The address as a URI when the server may fetch it; a 403 saying why otherwise. */
    public URI check(String address) {
        URI uri;
        try {
            uri = URI.create(address);
        } catch (IllegalArgumentException e) {
            throw refused(address, "it is not a valid address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused(address, "only http and https addresses are fetched");
        }
        String host = uri.getHost();
        if (host == null || uri.getUserInfo() != null) {
            throw refused(address, "it names no host, or carries credentials");
        }
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (allowed.contains((host + ":" + port).toLowerCase(Locale.ROOT))) {
            return uri;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            throw refused(address, "its host does not resolve");
        }
        for (InetAddress a : addresses) {
            if (isInternal(a)) {
                throw refused(address, "it resolves to an internal address (" + a.getHostAddress() + ")");
            }
        }
        return uri;
    }

    static boolean isInternal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // fc00::/7, unique local
        }
        int first = b[0] & 0xff, second = b[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second < 128) // 0/8, carrier-grade NAT
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0) || first >= 240; // IETF, reserved
    }

    private static ApiException refused(String address, String why) {
        return ApiException.forbidden("The server does not fetch <" + address + ">: " + why);
    }
}
