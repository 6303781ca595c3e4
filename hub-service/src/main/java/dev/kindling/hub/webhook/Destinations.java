package dev.kindling.hub.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * The sender's guard against being turned on the inside (SSRF): an endpoint must be https (http only for
 * loopback in development), without credentials in it, and its host must resolve only to public
 * addresses: never private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16 with the
 * cloud metadata address, fe80::/10), shared (100.64/10), unspecified, multicast or, outside development,
 * loopback. Checked when an endpoint is registered and again before every attempt (a name can be made
 * to resolve elsewhere later); the network policy is the second line (docs/SCALING.md).
 */
public final class Destinations {
    private Destinations() {}

    /** Why the URL's form is refused, if it is: checked without resolving anything. */
    public static Optional<String> formProblem(URI url, boolean allowLoopback) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!url.isAbsolute() || url.getHost() == null) {
            return Optional.of("must be an absolute https URL with a host");
        }
        if (url.getRawUserInfo() != null) {
            return Optional.of("must not carry credentials");
        }
        if (url.getRawFragment() != null) {
            return Optional.of("must not have a fragment");
        }
        if (scheme.equals("http") && !(allowLoopback && isLoopbackName(url.getHost()))) {
            return Optional.of("must be https (http only for loopback in development)");
        }
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("must be https");
        }
        return Optional.empty();
    }

    /** Why the URL may not be delivered to, if so: its form, then every address its host resolves to. */
    public static Optional<String> problem(URI url, boolean allowLoopback) {
        Optional<String> form = formProblem(url, allowLoopback);
        if (form.isPresent()) {
            return form;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host(url));
        } catch (UnknownHostException e) {
            return Optional.of("names a host that does not resolve");
        }
        for (InetAddress address : addresses) {
            Optional<String> refused = refused(address, allowLoopback);
            if (refused.isPresent()) {
                // which address is not said: the answer must not map the inside's names for a caller
                return Optional.of("resolves to " + refused.get());
            }
        }
        return Optional.empty();
    }

    static Optional<String> refused(InetAddress address, boolean allowLoopback) {
        InetAddress checked = unmapped(address);
        if (checked.isLoopbackAddress()) {
            return allowLoopback ? Optional.empty() : Optional.of("a loopback address");
        }
        if (checked.isAnyLocalAddress() || checked.isMulticastAddress()) {
            return Optional.of("not a unicast address");
        }
        if (checked.isLinkLocalAddress()) {
            return Optional.of("a link-local address (where cloud metadata services answer)");
        }
        if (checked.isSiteLocalAddress() || isUniqueLocal(checked) || isShared(checked) || isReserved(checked)) {
            return Optional.of("a private address");
        }
        return Optional.empty();
    }

    private static String host(URI url) {
        String host = url.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static boolean isLoopbackName(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return name.equals("localhost") || name.startsWith("127.") || name.equals("[::1]");
    }

    /** An IPv4 address written as IPv6 (::ffff:a.b.c.d) is judged as the IPv4 address. */
    private static InetAddress unmapped(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address && bytes.length == 16 && isMapped(bytes)) {
            try {
                return InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16));
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
        return address;
    }

    private static boolean isMapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
    }

    /** fc00::/7. */
    private static boolean isUniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }

    /** 100.64.0.0/10, carrier-grade NAT. */
    private static boolean isShared(InetAddress address) {
        byte[] b = address.getAddress();
        return address instanceof Inet4Address && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
    }

    /** 0.0.0.0/8 and 240.0.0.0/4 (reserved, and 255.255.255.255). */
    private static boolean isReserved(InetAddress address) {
        byte[] b = address.getAddress();
        return address instanceof Inet4Address && ((b[0] & 0xff) == 0 || (b[0] & 0xff) >= 240);
    }
}
