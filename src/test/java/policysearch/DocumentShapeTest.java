package policysearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import policysearch.corpus.SeedCorpus;
import policysearch.index.Schema;
import policysearch.ingest.SeedReader;
import policysearch.json.Json;
import policysearch.search.LuceneSearchService;
import policysearch.web.WebApp;

/** {@code parse} prints a document in the shape {@code GET /api/documents/{id}} serves it, with the same values. */
class DocumentShapeTest {
    static final Path SEEDS = Path.of("seeds");
    @TempDir
    static Path indexDir;
    static LuceneSearchService service;

    @BeforeAll
    static void open() throws IOException {
        try (Schema schema = new Schema()) {
            new SeedCorpus(SEEDS, indexDir).build(schema);
        }
        service = LuceneSearchService.open(indexDir);
    }

    @AfterAll
    static void close() throws IOException {
        service.close();
    }

    private static JsonNode parse(Path file) throws IOException {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        cli.execute("parse", file.toString());
        return Json.mapper().readTree(out.toString()).get(0);
    }

    private static List<String> keys(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void theApiServesEveryDocumentFlatWithTheKeysAndValuesParsePrints() throws Exception {
        for (Path seed : SeedReader.seedFiles(SEEDS)) {
            JsonNode parsed = parse(seed);
            String id = parsed.get("id").asText();
            JavalinTest.test(WebApp.create(service), (server, client) -> {
                JsonNode served = Json.mapper().readTree(client.get("/api/documents/" + id).body().string());
                assertFalse(served.has("summary"), "metadata is not nested under summary");
                for (String key : keys(parsed)) {
                    if (key.equals("warnings") || key.equals("format")) {
                        continue; // parse's report on the file, not part of the document
                    }
                    assertTrue(served.has(key), id + " lacks " + key);
                    if (!key.equals("tasks")) {
                        assertEquals(parsed.get(key), served.get(key), id + " " + key);
                    }
                }
                assertEquals(parsed.get("tasks").size(), served.get("taskCount").asInt());
                assertEquals(parsed.get("tasks").size(), served.get("tasks").size());
                for (int i = 0; i < parsed.get("tasks").size(); i++) {
                    JsonNode p = parsed.get("tasks").get(i);
                    JsonNode s = served.get("tasks").get(i);
                    for (String key : keys(p)) {
                        assertEquals(p.get(key), s.get(key), p.get("id").asText() + " " + key);
                    }
                }
            });
        }
    }
}
