package policysearch.web;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import policysearch.search.SearchService;

/** Base of the functional tests: one real index built from seeds/ per test class, closed after it. */
abstract class IndexedTest {
    @TempDir
    static Path indexDir;
    static SearchService service;

    @BeforeAll
    static void openIndex() throws IOException {
        service = TestIndex.open(indexDir);
    }

    @AfterAll
    static void closeIndex() throws IOException {
        service.close();
    }
}
