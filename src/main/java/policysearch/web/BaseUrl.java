package policysearch.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * The site's public address, for links that leave it (the CSV export's task links). Fixed when the server starts,
 * never taken from a request: a forged {@code Host} header must not put another site's address into an export.
 *
 * @param value an absolute http(s) URL without query or fragment, and without a trailing slash
 */
public record BaseUrl(String value) {
    /** Listening addresses that mean "every interface"; links then name localhost. */
    private static final Set<String> WILDCARDS = Set.of("", "*", "0.0.0.0", "::", "[::]", "0:0:0:0:0:0:0:0");

    public BaseUrl {
        URI uri;
        try {
            uri = new URI(value == null ? "" : value.strip());
        } catch (URISyntaxException e) {
            throw invalid(value);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw invalid(value);
        }
        String s = uri.toString();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        value = s;
    }

    /** The default for a server listening on {@code host:port}: {@code http://HOST:PORT}, localhost for a wildcard. */
    public static BaseUrl forListener(String host, int port) {
        String h = host == null || WILDCARDS.contains(host.strip()) ? "localhost" : host.strip();
        if (h.contains(":") && !h.startsWith("[")) {
            h = "[" + h + "]"; // an IPv6 literal
        }
        return new BaseUrl("http://" + h + ":" + port);
    }

    /** The absolute form of a site path such as {@code /tasks/gbf-2021-20-t5}. */
    public String link(String path) {
        return value + path;
    }

    private static IllegalArgumentException invalid(String value) {
        return new IllegalArgumentException("base URL must be an absolute http or https URL without query or fragment"
                + " (such as https://search.example.org), got: " + value);
    }

    @Override
    public String toString() {
        return value;
    }
}
