package org.dicomstandard.quotable.api;

import io.micronaut.core.annotation.Nullable;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which address is the client: the socket's, unless the socket is a proxy we trust, in which case
 * the right-most X-Forwarded-For entry that is not itself a trusted proxy (entries further left are
 * whatever the client chose to send, and are never believed).
 */
final class TrustedProxies {
    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** A comma-separated list of addresses or CIDR ranges, e.g. {@code 10.0.0.5, 192.168.0.0/16, ::1}. */
    static TrustedProxies parse(@Nullable String list) {
        List<Range> ranges = new ArrayList<>();
        if (list != null) {
            for (String entry : list.split(",")) {
                if (!entry.isBlank()) ranges.add(Range.parse(entry.strip()));
            }
        }
        return new TrustedProxies(List.copyOf(ranges));
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    int size() {
        return ranges.size();
    }

    String client(InetAddress socket, @Nullable String forwardedFor) {
        if (!trusted(socket) || forwardedFor == null || forwardedFor.isBlank()) return socket.getHostAddress();
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            InetAddress hop = literal(hops[i].strip());
            if (hop == null) return socket.getHostAddress(); // a proxy we trust wrote nonsense: fall back to it
            if (!trusted(hop)) return hop.getHostAddress();
        }
        return socket.getHostAddress();
    }

    private boolean trusted(InetAddress address) {
        return ranges.stream().anyMatch(r -> r.contains(address));
    }

    /** Parses only numeric addresses: never a DNS look-up for a header a client wrote. */
    @Nullable
    static InetAddress literal(String s) {
        if (s.isEmpty() || !s.matches("[0-9A-Fa-f:.]+")) return null;
        try {
            return InetAddress.getByName(s);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private record Range(byte[] network, int bits) {
        static Range parse(String s) {
            String[] parts = s.split("/", 2);
            InetAddress address = literal(parts[0]);
            if (address == null) throw new IllegalArgumentException("QUOTABLE_TRUSTED_PROXIES: '" + s + "' is not an address or CIDR range");
            int max = address.getAddress().length * 8;
            int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : max;
            if (bits < 0 || bits > max) throw new IllegalArgumentException("QUOTABLE_TRUSTED_PROXIES: bad prefix length in '" + s + "'");
            return new Range(address.getAddress(), bits);
        }

        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != network.length) return false;
            int full = bits / 8;
            if (!Arrays.equals(a, 0, full, network, 0, full)) return false;
            int rest = bits % 8;
            if (rest == 0) return true;
            int mask = 0xff << (8 - rest) & 0xff;
            return (a[full] & mask) == (network[full] & mask);
        }
    }
}
