package policysearch.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.server.handler.GracefulHandler;
import policysearch.lineage.Lineage;
import policysearch.search.SearchService;

/**
 * Builds the web app (pages, CSV, JSON API, lineage views) over one {@link SearchService}; tests start it on their
 * own index.
 */
public final class WebApp {
    private WebApp() {
    }

    /** How long stopping waits for requests in flight (a large CSV export takes a few seconds). */
    static final long STOP_TIMEOUT_MS = 20_000;

    /** Where absolute links point unless the caller says otherwise: the default {@code serve} address. */
    public static final BaseUrl DEFAULT_BASE_URL = BaseUrl.forListener("localhost", 7070);

    /** The app with precompiled templates and the default base URL. */
    public static Javalin create(SearchService service) {
        return create(service, Templates.precompiled(), DEFAULT_BASE_URL);
    }

    /**
     * Largest request line and headers Jetty reads (its default is 8 KB): a 1,000-character Chinese query is 9 KB
     * percent-encoded, and a URL that is merely long (a 5,000-term OR is 45 KB) should reach the app and get its
     * readable 400. Longer request lines get Jetty's own 414.
     */
    static final int MAX_REQUEST_HEADER_BYTES = 64 * 1024;

    /** Everything is served from this origin: no inline script, no framing, no MIME sniffing. */
    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
    }

    /**
     * Jetty pads its queues to the cache line and, unless told how many references fill one, asks the JVM through
     * JMX whether oops are compressed, which starts the platform MBean server: about a tenth of a second of
     * start-up. 16 is right for compressed oops (heaps under 32 GB); a wrong figure costs a little padding only.
     */
    private static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

    /** The app rendering pages with {@code templates}; exported links start with {@code baseUrl}. */
    public static Javalin create(SearchService service, Templates templates, BaseUrl baseUrl) {
        System.getProperties().putIfAbsent(REFERENCES_PER_CACHE_LINE, "16");
        Lineage lineage = new Lineage(service);
        ApiHandlers api = new ApiHandlers(service, lineage);
        PageHandlers pages = new PageHandlers(service, lineage, templates, baseUrl);
        LineageHandlers lineages = new LineageHandlers(lineage, templates);
        ErrorHandlers errors = new ErrorHandlers(templates);
        StaticAssets assets = new StaticAssets();
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(JsonMapping.mapper(baseUrl), false));
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES));
            config.jetty.modifyServer(server -> {
                // stopping waits for requests in flight (up to STOP_TIMEOUT_MS) before closing connections
                server.setHandler(new GracefulHandler());
                server.setStopTimeout(STOP_TIMEOUT_MS);
            });
            config.routes.before(WebApp::securityHeaders);
            config.routes.get("/static/<path>", assets::serve);
            config.routes.get("/", pages::home);
            config.routes.get("/search", pages::search);
            config.routes.get("/search.csv", pages::csv);
            config.routes.get("/tasks/{id}", pages::task);
            config.routes.get("/documents", pages::documents);
            config.routes.get("/documents/{id}", pages::document);
            config.routes.get("/compare", lineages::compare);
            config.routes.get("/timeline", lineages::timeline);
            config.routes.get("/help", pages::help);
            config.routes.get("/api/search", api::search);
            config.routes.get("/api/tasks/{id}", api::task);
            config.routes.get("/api/documents", api::documents);
            config.routes.get("/api/documents/{id}", api::document);
            config.routes.get("/api/suggest", api::suggest);
            config.routes.get("/api/timeline", lineages::timelineJson);
            config.routes.get("/health", api::health);
            errors.install(config.routes);
        });
    }
}
