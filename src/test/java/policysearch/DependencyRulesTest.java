package policysearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Packages depend one way (ingest → model ← index ← search ← lineage ← web, corpus above); only index and search
 * use Lucene, so lineage asks the search service and never the index.
 */
class DependencyRulesTest {
    static final Path MAIN = Path.of("src/main/java/policysearch");

    /** Packages each package must not import. */
    static final Map<String, List<String>> FORBIDDEN = Map.of(
            "model", List.of("ingest", "index", "search", "lineage", "corpus", "web", "bench"),
            "ingest", List.of("index", "search", "lineage", "corpus", "web", "bench"),
            "index", List.of("ingest", "search", "lineage", "corpus", "web", "bench"),
            "search", List.of("ingest", "lineage", "corpus", "web", "bench"),
            "lineage", List.of("ingest", "index", "corpus", "web", "bench", "embed"),
            "web", List.of("ingest", "index", "corpus", "bench", "embed"),
            "corpus", List.of("lineage", "web", "bench"),
            "embed", List.of("model", "ingest", "index", "search", "lineage", "corpus", "web", "bench"));

    @Test
    void packagesImportOnlyDownstream() throws IOException {
        List<String> violations = new ArrayList<>();
        for (var rule : FORBIDDEN.entrySet()) {
            for (Path f : javaFiles(MAIN.resolve(rule.getKey()))) {
                for (String line : Files.readAllLines(f)) {
                    for (String pkg : rule.getValue()) {
                        if (line.startsWith("import policysearch." + pkg + ".")) {
                            violations.add(MAIN.relativize(f) + ": " + line);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void onlyIndexAndSearchImportLucene() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path f : javaFiles(MAIN)) {
            String pkg = MAIN.relativize(f).getName(0).toString();
            if (pkg.equals("index") || pkg.equals("search")) {
                continue;
            }
            for (String line : Files.readAllLines(f)) {
                if (line.startsWith("import org.apache.lucene.")) {
                    violations.add(MAIN.relativize(f) + ": " + line);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
