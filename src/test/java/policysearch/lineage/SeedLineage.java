package policysearch.lineage;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import policysearch.corpus.SeedCorpus;
import policysearch.index.Schema;
import policysearch.search.LuceneSearchService;
import policysearch.search.SearchService;

/** Base of the lineage tests on the real seeds: one index per test class and a {@link Lineage} over it. */
abstract class SeedLineage {
    static final String NATIONAL = "gbf-2020-25";
    static final String CHONGQING = "yfbf-2020-110";
    static final String SICHUAN = "cbf-2020-53";
    static final String NATIONAL_2021 = "gbf-2021-20";

    @TempDir
    static Path indexDir;
    static SearchService service;
    static Lineage lineage;

    @BeforeAll
    static void openIndex() throws IOException {
        try (Schema schema = new Schema()) {
            new SeedCorpus(Path.of("seeds"), indexDir).build(schema);
        }
        service = LuceneSearchService.open(indexDir);
        lineage = new Lineage(service);
    }

    @AfterAll
    static void closeIndex() throws IOException {
        service.close();
    }

    static String task(String doc, int no) {
        return doc + "-t" + no;
    }
}
