package org.dicomstandard.quotable.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for links, used by the validator, the API and every renderer: {@code https://} with a
 * host, or {@code mailto:} an address. Nothing else: no {@code javascript:}, {@code data:},
 * {@code vbscript:}, no protocol-relative {@code //host}, no relative paths, no credentials in the URL.
 * Images are never loaded from a reply (the service serves none), so an image is shown as its text.
 */
public final class SafeUrl {
    private SafeUrl() {
    }

    /** The URL, trimmed, when it is safe to link to; empty otherwise. */
    public static Optional<String> of(String url) {
        if (url == null) return Optional.empty();
        String u = url.strip();
        if (u.isEmpty() || u.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) return Optional.empty();
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("https")) {
                return uri.getHost() != null && !uri.getHost().isBlank() && uri.getRawUserInfo() == null ? Optional.of(u) : Optional.empty();
            }
            if (scheme.equals("mailto")) {
                String address = uri.getSchemeSpecificPart();
                return address != null && address.matches("[^@\\s/]+@[^@\\s/]+\\.[^@\\s/]+") ? Optional.of(u) : Optional.empty();
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    public static boolean isSafe(String url) {
        return of(url).isPresent();
    }

    /** Why a URL is refused, in words for the person who wrote it. */
    public static String why(String url) {
        String u = url == null ? "" : url.strip().toLowerCase(Locale.ROOT);
        if (u.startsWith("//")) return "a protocol-relative link (//host) takes whatever scheme the page has: write https://";
        if (u.startsWith("http:")) return "plain http can be read and changed on the way: use https://";
        if (u.startsWith("javascript:") || u.startsWith("data:") || u.startsWith("vbscript:") || u.startsWith("file:")) {
            return "a " + u.substring(0, u.indexOf(':') + 1) + " link can run code or hide content: link to an https:// page";
        }
        return "only https:// links (and mailto: addresses) are allowed";
    }
}
