package policysearch.search.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * One OpenSearch cluster reached over HTTP with the official Java client: JSON requests in, JSON answers out. A
 * cluster that cannot be reached, answers too slowly or fails on its side raises {@link Unavailable}; a request
 * it refuses (4xx) raises {@link IllegalStateException} with its reason.
 */
public final class Cluster implements Closeable {
    /** How long a search may take before the cluster counts as unavailable. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String url;
    private final ApacheHttpClient5Transport transport;
    private final OpenSearchGenericClient client;

    private Cluster(String url, Duration timeout) {
        this.url = url;
        URI uri = URI.create(url);
        HttpHost host = new HttpHost(uri.getScheme(), uri.getHost(), uri.getPort() < 0 ? 9200 : uri.getPort());
        this.transport = ApacheHttpClient5TransportBuilder.builder(host)
                .setRequestConfigCallback(b -> b.setConnectionRequestTimeout(Timeout.of(timeout))
                        .setResponseTimeout(Timeout.of(timeout)))
                .setConnectionConfigCallback(b -> b.setConnectTimeout(Timeout.ofSeconds(2)))
                .build();
        this.client = new OpenSearchGenericClient(transport);
    }

    /** A client of the cluster at {@code url} ({@code http://host:9200}); nothing is sent yet. */
    public static Cluster connect(String url) {
        return connect(url, DEFAULT_TIMEOUT);
    }

    /** As {@link #connect(String)}, each request waiting at most {@code timeout} for its answer. */
    public static Cluster connect(String url, Duration timeout) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a URL: " + url);
        }
        if (uri.getHost() == null || !Set.of("http", "https").contains(uri.getScheme())) {
            throw new IllegalArgumentException("not an http(s) URL of an OpenSearch node: " + url);
        }
        return new Cluster(url, timeout);
    }

    /** The address given. */
    public String url() {
        return url;
    }

    /** Sends a JSON body (or none) and returns the JSON answer. */
    public JsonNode send(String method, String path, JsonNode body) {
        return send(method, path, body == null ? null : body.toString(), "application/json");
    }

    /** Sends a newline-delimited JSON body ({@code _bulk}) and returns the JSON answer. */
    public JsonNode sendLines(String path, String ndjson) {
        return send("POST", path, ndjson, "application/x-ndjson");
    }

    /** Whether {@code path} exists (HEAD answered 200). */
    public boolean exists(String path) {
        try (Response r = client.execute(Requests.builder().method("HEAD").endpoint(path).build())) {
            return r.getStatus() == 200;
        } catch (IOException e) {
            throw new Unavailable(url, e);
        }
    }

    private JsonNode send(String method, String path, String body, String contentType) {
        var request = Requests.builder().method(method).endpoint(path);
        if (body != null) {
            request.body(Body.from(body.getBytes(StandardCharsets.UTF_8), contentType));
        }
        try (Response r = client.execute(request.build())) {
            String text = r.getBody().map(Body::bodyAsString).orElse("{}");
            if (r.getStatus() >= 500) {
                throw new Unavailable(url, new IOException(r.getStatus() + " " + brief(text)));
            }
            if (r.getStatus() >= 400) {
                throw new IllegalStateException("OpenSearch refused " + method + " " + path + ": " + r.getStatus()
                        + " " + brief(text));
            }
            return JSON.readTree(text.isEmpty() ? "{}" : text);
        } catch (IOException e) {
            throw new Unavailable(url, e);
        }
    }

    private static String brief(String text) {
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }

    @Override
    public void close() throws IOException {
        transport.close();
    }

    /** The cluster could not answer: unreachable, too slow, or failing on its side. */
    public static final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unavailable(String url, Exception cause) {
            super("OpenSearch at " + url + " did not answer: " + describe(cause), cause);
        }

        private static String describe(Exception e) {
            String m = e.getMessage();
            return e.getClass().getSimpleName() + (m == null ? "" : " (" + m + ")");
        }
    }
}
