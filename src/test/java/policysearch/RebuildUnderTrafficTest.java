package policysearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.corpus.SeedCorpus;
import policysearch.corpus.ServingIndex;
import policysearch.ingest.SeedReader;
import policysearch.json.Json;
import policysearch.web.WebApp;

/**
 * A server answering steady traffic while the watcher rebuilds its index again and again (a seed taken away, put
 * back): no request fails, and every answer comes wholly from one index, the old or the new: its total, its
 * document facet and its hits agree with each other.
 */
class RebuildUnderTrafficTest {
    static final int CLIENTS = 6;
    static final int REBUILDS = 4;

    /** What one index holds: its task count and its documents' ids. */
    record State(int tasks, Set<String> documents) {
    }

    @Test
    void everyAnswerDuringRebuildsComesWhollyFromTheOldOrTheNewIndex(@TempDir Path dir) throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        List<Path> all = SeedReader.seedFiles(Path.of("seeds"));
        for (Path p : all) {
            Files.copy(p, seeds.resolve(p.getFileName()));
        }
        Path moved = seeds.resolve(all.get(all.size() - 1).getFileName());
        Path aside = dir.resolve(moved.getFileName());
        StringWriter log = new StringWriter();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try (ServingIndex served = ServingIndex.openFresh(new SeedCorpus(seeds, dir.resolve("index")));
             IndexWatcher watcher = IndexWatcher.start(served, new PrintWriter(log), 3600)) {
            Javalin app = WebApp.create(served.service()).start("127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + app.port();
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                State full = state(get(http, base + "/api/search?size=100"));
                Files.move(moved, aside);
                watcher.check();
                State less = state(get(http, base + "/api/search?size=100"));
                assertTrue(less.tasks() < full.tasks() && full.documents().containsAll(less.documents()));

                AtomicBoolean running = new AtomicBoolean(true);
                AtomicInteger answers = new AtomicInteger();
                AtomicInteger fromFull = new AtomicInteger();
                ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
                List<Future<?>> load = new ArrayList<>();
                String[] paths = {"/api/search?size=100", "/api/search?q=%E5%8C%BB%E4%BF%9D&size=100",
                        "/search?q=%E5%8C%BB%E4%BF%9D", "/api/documents", "/"};
                for (int c = 0; c < CLIENTS; c++) {
                    int client = c;
                    load.add(clients.submit(() -> {
                        for (int i = client; running.get(); i++) {
                            String path = paths[i % paths.length];
                            try {
                                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                                        .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
                                if (r.statusCode() != 200) {
                                    failures.add(path + ": " + r.statusCode());
                                } else if (path.startsWith("/api/search")) {
                                    State s = state(Json.mapper().readTree(r.body()));
                                    String whole = wholly(s, path.contains("q=") ? null : full, less);
                                    if (whole != null) {
                                        failures.add(path + ": " + whole);
                                    }
                                    if (s.documents().size() == full.documents().size()) {
                                        fromFull.incrementAndGet();
                                    }
                                } else if (path.equals("/api/documents")) {
                                    int docs = Json.mapper().readTree(r.body()).get("total").asInt();
                                    if (docs != full.documents().size() && docs != less.documents().size()) {
                                        failures.add(path + ": " + docs + " documents");
                                    }
                                }
                                answers.incrementAndGet();
                            } catch (Exception e) {
                                failures.add(path + ": " + e);
                            }
                        }
                        return null;
                    }));
                }
                for (int i = 0; i < REBUILDS; i++) {
                    if (Files.exists(aside)) {
                        Files.move(aside, moved);
                    } else {
                        Files.move(moved, aside);
                    }
                    watcher.check();
                }
                running.set(false);
                for (Future<?> f : load) {
                    f.get(60, TimeUnit.SECONDS);
                }
                assertEquals(List.of(), List.copyOf(failures), answers.get() + " answers");
                assertTrue(answers.get() > 50, "traffic ran during the rebuilds: " + answers.get());
                assertTrue(fromFull.get() > 0 && fromFull.get() < answers.get(), "both indexes answered");
                assertEquals(REBUILDS + 1, log.toString().lines().filter(l -> l.contains("re-indexed")).count(),
                        log.toString());
                assertEquals(less.tasks(), served.service().taskCount(), "the last rebuild took the seed away");
            } finally {
                app.stop();
            }
        } finally {
            clients.shutdownNow();
        }
    }

    /**
     * Null when an answer of {@code /api/search} is wholly one index's (for the query without words, {@code full}
     * or {@code less} exactly), else what is mixed.
     */
    private static String wholly(State s, State full, State less) {
        if (full != null && !s.equals(full) && !s.equals(less)) {
            return "neither index: " + s;
        }
        boolean fromLess = less.documents().containsAll(s.documents());
        return s.documents().size() == less.documents().size() && !fromLess ? "mixed documents: " + s : null;
    }

    private static JsonNode get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), url);
        return Json.mapper().readTree(r.body());
    }

    /**
     * The index an answer speaks for: its total, and its documents as the document facet counts them; the hits'
     * documents must be among them, and the facet's counts add up to the total.
     */
    private static State state(JsonNode answer) {
        Set<String> docs = new TreeSet<>();
        int counted = 0;
        for (JsonNode v : answer.get("facets").get("document")) {
            docs.add(v.get("value").asText());
            counted += v.get("count").asInt();
        }
        int total = answer.get("total").asInt();
        for (JsonNode h : answer.get("hits")) {
            String doc = h.get("document").get("id").asText();
            if (!docs.contains(doc)) {
                throw new AssertionError("hit " + h.get("id").asText() + " of " + doc + " outside " + docs);
            }
        }
        if (counted != total) {
            throw new AssertionError("document facet counts " + counted + " tasks, total says " + total);
        }
        return new State(total, docs);
    }
}
