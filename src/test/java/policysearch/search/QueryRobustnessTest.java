package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.corpus.SeedCorpus;
import policysearch.fixtures.Fixtures;
import policysearch.fixtures.ForAll;
import policysearch.index.IndexBuilder;
import policysearch.index.Schema;

/**
 * Properties over thousands of random queries and filters (see {@link RandomQueries}) on an index of the real
 * seeds: the query path never throws, answers consistently, and every highlight is safe to put in a page (also
 * on the fixtures, whose texts hold markup).
 */
class QueryRobustnessTest {
    @TempDir
    static Path tmp;
    private static LuceneSearchService service;
    private static LuceneSearchService fixtures;
    private static final Map<FacetDim, List<String>> KNOWN = new EnumMap<>(FacetDim.class);

    /** One search as the web layer may ask it. */
    record Case(String query, Map<FacetDim, List<String>> filters, SortOrder sort, int page, int size) {
        SearchRequest request() {
            return new SearchRequest(query, filters, sort, page, size);
        }

        @Override
        public String toString() {
            return "query " + ForAll.literal(query) + ", filters " + filters.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue().stream().map(ForAll::literal).toList()).toList()
                    + ", " + sort + ", page " + page + ", size " + size;
        }
    }

    @BeforeAll
    static void build() throws IOException {
        SeedCorpus corpus = new SeedCorpus(Path.of("seeds"), tmp.resolve("index"));
        try (Schema schema = new Schema()) {
            corpus.ensureFresh(schema);
            new IndexBuilder(schema).build(Fixtures.documents(), tmp.resolve("fixtures"), "fixtures");
        }
        service = LuceneSearchService.open(corpus.index());
        fixtures = LuceneSearchService.open(tmp.resolve("fixtures"));
        for (FacetDim d : FacetDim.values()) {
            KNOWN.put(d, service.facetValues(d, "", 1000).stream().map(FacetValue::value).toList());
        }
    }

    @AfterAll
    static void close() throws IOException {
        service.close();
        fixtures.close();
    }

    /**
     * Any text parses into at most MAX_PARTS words and phrases, none blank, longer than MAX_PART_CHARS or holding
     * a control, format or half a character.
     */
    @Test
    void parsingKeepsItsLimits() {
        ForAll.check(5000, RandomQueries::query, ForAll::shorter, q -> {
            ParsedQuery parsed = QuerySyntax.parse(q);
            List<ParsedQuery.Part> parts = new ArrayList<>(parsed.exclusions());
            parsed.groups().forEach(parts::addAll);
            assertTrue(parts.size() <= QuerySyntax.MAX_PARTS, parts.toString());
            parsed.groups().forEach(g -> assertFalse(g.isEmpty()));
            for (ParsedQuery.Part p : parts) {
                assertFalse(p.text().isBlank(), parts.toString());
                assertTrue(p.text().length() <= QuerySyntax.MAX_PART_CHARS, p.text());
                assertTrue(p.text().codePoints().map(Character::getType).noneMatch(t -> t == Character.CONTROL
                        || t == Character.FORMAT || t == Character.SURROGATE), ForAll.literal(p.text()));
            }
        });
    }

    /** Any query with any filters, sort and page gets an answer. */
    @Test
    void searchAnswersEveryQueryWithSafeHighlights() {
        ForAll.check(1500, QueryRobustnessTest::randomCase, QueryRobustnessTest::smaller, c -> answers(service, c));
    }

    /** Texts holding {@code <script>} and {@code &} come back escaped around the marks, whatever is searched. */
    @Test
    void highlightsOfTextWithMarkupStaySafe() {
        ForAll.check(800, QueryRobustnessTest::randomCase, QueryRobustnessTest::smaller, c -> answers(fixtures, c));
    }

    /** A result, counted consistently, with every facet dimension and only escaped text around the marks. */
    private static void answers(LuceneSearchService on, Case c) {
        SearchResult r = on.search(c.request());
        assertNotNull(r);
        assertTrue(r.total() >= r.hits().size(), r.total() + " < " + r.hits().size());
        assertTrue(r.hits().size() <= c.size());
        for (FacetDim d : FacetDim.values()) {
            assertNotNull(r.facets().get(d.key()), d.key());
        }
        for (Hit h : r.hits()) {
            for (String passage : h.highlights()) {
                String text = passage.replace("<mark>", "").replace("</mark>", "");
                assertFalse(text.contains("<") || text.contains(">"), h.id() + ": " + passage);
            }
        }
    }

    /** Invisible characters pasted anywhere into a query (between characters) change nothing it finds. */
    @Test
    void invisibleCharactersChangeNothing() {
        ForAll.check(300, r -> RandomQueries.query(r).strip(), ForAll::shorter, q -> {
            String pasted = RandomQueries.withInvisibles(new Random(q.hashCode()), q);
            if (q.isBlank() || pasted.length() > RandomQueries.MAX_CHARS) {
                return;
            }
            SearchResult a = service.search(SearchRequest.of(q));
            SearchResult b = service.search(SearchRequest.of(pasted));
            assertEquals(a.total(), b.total(), ForAll.literal(pasted));
            assertEquals(a.hits().stream().map(Hit::id).toList(), b.hits().stream().map(Hit::id).toList());
            assertEquals(a.notice(), b.notice());
        });
    }

    /** The CSV export of any search lists as many tasks as the search counts. */
    @Test
    void exportListsWhatSearchCounts() {
        ForAll.check(600, QueryRobustnessTest::randomCase, QueryRobustnessTest::smaller, c -> {
            List<Hit> all = service.searchAll(c.request());
            assertNotNull(all);
            assertEquals(service.search(c.request()).total(), all.size());
        });
    }

    /** Whatever is typed so far, the search box gets at most ten suggestions and the department box its list. */
    @Test
    void suggestionsAnswerEveryPrefix() {
        ForAll.check(3000, QueryRobustnessTest::randomPrefix, ForAll::shorter, q -> {
            List<Suggestion> s = service.suggest(q, 10);
            assertTrue(s.size() <= 10);
            s.forEach(x -> assertFalse(x.text().isBlank()));
            assertTrue(service.facetValues(FacetDim.DEPARTMENT, q, 10).size() <= 10);
        });
    }

    private static String randomPrefix(Random r) {
        String q = RandomQueries.query(r);
        return r.nextInt(10) == 0 ? q : q.substring(0, Math.min(q.length(), r.nextInt(12)));
    }

    private static Case randomCase(Random r) {
        SortOrder sort = r.nextInt(4) == 0 ? SortOrder.DATE : SortOrder.RELEVANCE;
        int page = r.nextInt(5) == 0 ? 1 + r.nextInt(20) : 1;
        int size = r.nextInt(5) == 0 ? 1 + r.nextInt(SearchRequest.MAX_SIZE) : SearchRequest.DEFAULT_SIZE;
        return new Case(RandomQueries.query(r), RandomQueries.filters(r, KNOWN), sort, page, size);
    }

    /** Fewer filters, fewer values, a shorter query, then the default sort, page and size. */
    private static List<Case> smaller(Case c) {
        List<Case> out = new ArrayList<>();
        for (FacetDim d : c.filters().keySet()) {
            Map<FacetDim, List<String>> fewer = new EnumMap<>(c.filters());
            fewer.remove(d);
            out.add(new Case(c.query(), fewer, c.sort(), c.page(), c.size()));
            List<String> values = c.filters().get(d);
            for (int i = 0; values.size() > 1 && i < values.size(); i++) {
                Map<FacetDim, List<String>> less = new EnumMap<>(c.filters());
                List<String> v = new ArrayList<>(values);
                v.remove(i);
                less.put(d, v);
                out.add(new Case(c.query(), less, c.sort(), c.page(), c.size()));
            }
            for (int i = 0; i < values.size(); i++) {
                for (String shorter : ForAll.shorter(values.get(i))) {
                    Map<FacetDim, List<String>> cut = new EnumMap<>(c.filters());
                    List<String> v = new ArrayList<>(values);
                    v.set(i, shorter);
                    cut.put(d, v);
                    out.add(new Case(c.query(), cut, c.sort(), c.page(), c.size()));
                }
            }
        }
        ForAll.shorter(c.query()).forEach(q -> out.add(new Case(q, c.filters(), c.sort(), c.page(), c.size())));
        if (c.sort() != SortOrder.RELEVANCE || c.page() != 1 || c.size() != SearchRequest.DEFAULT_SIZE) {
            out.add(new Case(c.query(), c.filters(), SortOrder.RELEVANCE, 1, SearchRequest.DEFAULT_SIZE));
        }
        return out;
    }
}
