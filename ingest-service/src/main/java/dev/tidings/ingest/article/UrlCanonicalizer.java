package dev.tidings.ingest.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Turns an article URL into the one form that names the article, so that the links a producer
 * picks up from a newsletter, a share button or a feed all give the same article id.
 *
 * <p>Lower-cases scheme and host, drops a default port, the fragment and tracking parameters,
 * resolves dot segments and gives an empty path as {@code /}. The remaining query parameters keep
 * their order and encoding: sites differ in whether order matters, and re-encoding could turn two
 * different articles into one.
 */
public final class UrlCanonicalizer {

    /** Query parameters that say how a reader arrived, never which article they read. */
    private static final Set<String> TRACKING_PARAMETERS = Set.of(
            "fbclid",
            "gclid",
            "dclid",
            "gbraid",
            "wbraid",
            "msclkid",
            "yclid",
            "twclid",
            "mc_cid",
            "mc_eid",
            "igshid",
            "ref_src",
            "ref_url",
            "_ga",
            "_gl",
            "mkt_tok",
            "oly_anon_id",
            "oly_enc_id",
            "vero_id");

    private UrlCanonicalizer() {}

    /**
     * @throws IllegalArgumentException when {@code url} is not an absolute http or https URL with a
     *     host
     */
    public static String canonicalize(String url) {
        URI uri = parse(url);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        StringBuilder canonical = new StringBuilder(url.length()).append(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            canonical.append(uri.getRawUserInfo()).append('@');
        }
        canonical.append(canonicalHost(uri.getHost()));
        if (uri.getPort() != -1 && uri.getPort() != defaultPort(scheme)) {
            canonical.append(':').append(uri.getPort());
        }
        String path = uri.getRawPath();
        canonical.append(path == null || path.isEmpty() ? "/" : path);
        String query = withoutTrackingParameters(uri.getRawQuery());
        if (!query.isEmpty()) {
            canonical.append('?').append(query);
        }
        return canonical.toString();
    }

    /** Whether {@code url} is one this service can give an id: absolute, http or https, with a host. */
    public static boolean isAcceptable(String url) {
        return canonicalIfAcceptable(url).isPresent();
    }

    /**
     * The canonical form of {@code url}, or empty when it is not {@link #isAcceptable acceptable}:
     * one parse, where checking and then canonicalising would take two.
     */
    public static Optional<String> canonicalIfAcceptable(String url) {
        try {
            return Optional.of(canonicalize(url));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static URI parse(String url) {
        if (url == null) {
            throw new IllegalArgumentException("no URL");
        }
        URI uri;
        try {
            uri = new URI(url.strip()).normalize();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + e.getReason(), e);
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            throw new IllegalArgumentException("not an http or https URL");
        }
        // getHost() is null for opaque URIs (http:foo) and for hosts that are not valid host names.
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("URL has no host");
        }
        return uri;
    }

    private static String canonicalHost(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        // "example.com." and "example.com" are the same host in DNS.
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }

    private static String withoutTrackingParameters(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        StringJoiner kept = new StringJoiner("&");
        for (String parameter : rawQuery.split("&")) {
            if (!parameter.isEmpty() && !isTracking(parameter)) {
                kept.add(parameter);
            }
        }
        return kept.toString();
    }

    private static boolean isTracking(String parameter) {
        int equals = parameter.indexOf('=');
        String name = (equals < 0 ? parameter : parameter.substring(0, equals)).toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || TRACKING_PARAMETERS.contains(name);
    }
}
