package org.duban.org;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import org.duban.web.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Which addresses a unit's group robot may have. A robot address is an order to the server to post there, so it is
 * held to the robots' own: HTTPS, one of the allowed hosts (DingTalk, WeCom; {@code duban.webhooks.allowed-hosts}),
 * the default port, no user name in it, and a host that resolves to public addresses only — never loopback, private,
 * link-local (cloud metadata at 169.254.169.254), multicast or unspecified ones. Checked when a unit saves the address
 * and again when a message is sent; the sender connects to the very addresses {@link #publicAddressesOf} checked, so a
 * name that resolves differently a moment later (DNS rebinding) changes nothing.
 */
@Component
@EnableConfigurationProperties(RobotProperties.class)
public class RobotAddresses {

    private static final Logger log = LoggerFactory.getLogger(RobotAddresses.class);

    private final List<String> allowedHosts;
    private final List<String> testHosts;

    RobotAddresses(RobotProperties properties) {
        this.allowedHosts = properties.allowedHosts().stream().map(RobotAddresses::normal).toList();
        this.testHosts = properties.testHosts().stream().map(RobotAddresses::normal).toList();
        if (!testHosts.isEmpty()) {
            log.warn("duban.webhooks.test-hosts is set ({}): robot messages may go to these over plain http, at any "
                    + "address. This is for tests only.", testHosts);
        }
    }

    /**
     * The address if a robot may have it.
     *
     * @throws Refused naming the rule it breaks
     */
    public URI check(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new Refused("unit.error.webhook.format");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? null : normal(uri.getHost());
        if (host == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null
                || !(scheme.equals("https") || scheme.equals("http")) || url.length() > 500) {
            throw new Refused("unit.error.webhook.format");
        }
        if (isTestHost(host, uri.getPort())) {
            return uri;
        }
        if (!allowedHosts.contains(host)) {
            throw new Refused("unit.error.webhook.host", String.join("、", allowedHosts));
        }
        if (!scheme.equals("https") || (uri.getPort() != -1 && uri.getPort() != 443)) {
            throw new Refused("unit.error.webhook.https");
        }
        try {
            publicAddressesOf(host, uri.getPort());
        } catch (UnknownHostException e) {
            // not resolvable now (no DNS here, for one): it is resolved and checked again before anything is sent
        }
        return uri;
    }

    /**
     * The addresses a robot host resolves to, all of them public; the sender connects to these and no others.
     *
     * @throws Refused when any of them is not public
     * @throws UnknownHostException when the name does not resolve
     */
    public InetAddress[] publicAddressesOf(String host, int port) throws UnknownHostException {
        InetAddress[] addresses = InetAddress.getAllByName(host);
        if (isTestHost(normal(host), port)) {
            return addresses;
        }
        for (InetAddress a : addresses) {
            if (!isPublic(a)) {
                throw new Refused("unit.error.webhook.address", host, a.getHostAddress());
            }
        }
        return addresses;
    }

    private boolean isTestHost(String host, int port) {
        return testHosts.contains(host + ":" + port);
    }

    /** Not loopback, private, link-local, multicast, unspecified, shared (CGNAT) or reserved. */
    static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            return first != 0 // "this network"
                    && !(first == 100 && second >= 64 && second < 128) // shared address space (CGNAT)
                    && !(first == 192 && second == 0 && (b[2] & 0xFF) == 0) // IETF protocol assignments
                    && first < 224; // multicast and reserved, broadcast
        }
        if (a instanceof Inet6Address) {
            boolean mappedOrCompatible = true;
            for (int i = 0; i < 10; i++) {
                mappedOrCompatible &= b[i] == 0;
            }
            if (mappedOrCompatible && ((b[10] == (byte) 0xFF && b[11] == (byte) 0xFF) || (b[10] == 0 && b[11] == 0))) {
                // ::ffff:a.b.c.d and ::a.b.c.d carry an IPv4 address: judge that one
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            return (b[0] & 0xFE) != 0xFC; // unique local fc00::/7
        }
        return false;
    }

    private static String normal(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    /** A robot address that breaks one of the rules above; the message says which. */
    public static class Refused extends UserFacingException {
        Refused(String key, Object... args) {
            super(key, args);
        }
    }
}
