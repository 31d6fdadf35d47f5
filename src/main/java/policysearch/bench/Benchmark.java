package policysearch.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import policysearch.corpus.SeedCorpus;
import policysearch.index.BuildSummary;
import policysearch.index.IndexBuilder;
import policysearch.index.Schema;
import policysearch.model.PolicyDocument;
import policysearch.search.FacetDim;
import policysearch.search.LuceneSearchService;
import policysearch.search.SearchRequest;
import policysearch.search.SortOrder;

/**
 * Measures indexing throughput and query latency on a synthetic corpus of a given size built from the seeds,
 * and prints the figures as Markdown tables (what the README quotes).
 */
public final class Benchmark {
    private final PrintWriter out;

    public Benchmark(PrintWriter out) {
        this.out = out;
    }

    /** Builds an index of about {@code tasks} records in {@code index}, then runs {@code runs} of each query class. */
    public void run(Path seeds, Path index, int tasks, int runs) throws IOException {
        List<PolicyDocument> base = SeedCorpus.documents(seeds);
        if (base.isEmpty()) {
            throw new IOException("no parsable seed documents in " + seeds);
        }
        List<PolicyDocument> corpus = SyntheticCorpus.of(base, tasks);
        out.printf("Machine: %d cores, %d MB max heap, Java %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.version());
        BuildSummary built;
        try (Schema schema = new Schema()) {
            built = new IndexBuilder(schema).build(corpus, index, "benchmark");
        }
        out.printf("Indexed %,d documents, %,d tasks in %.1f s (%,.0f tasks/s); index size %,d MB%n",
                built.documents(), built.tasks(), built.tookMs() / 1000.0, built.tasks() * 1000.0 / built.tookMs(),
                size(index) >> 20);
        long t0 = System.nanoTime();
        try (LuceneSearchService service = LuceneSearchService.open(index)) {
            out.printf("Opened the index (searcher, facet state, suggestions) in %.0f ms%n",
                    (System.nanoTime() - t0) / 1e6);
            out.flush();
            measure(service, runs);
        }
    }

    private void measure(LuceneSearchService s, int runs) {
        Map<String, Supplier<Object>> classes = new java.util.LinkedHashMap<>();
        classes.put("keyword: 医保支付方式改革", () -> s.search(req("医保支付方式改革", Map.of(), SortOrder.RELEVANCE)));
        classes.put("abbreviation: 卫健委 (synonyms)", () -> s.search(req("卫健委", Map.of(), SortOrder.RELEVANCE)));
        classes.put("two words, exclusion: 分级诊疗 -城市", () -> s.search(req("分级诊疗 -城市", Map.of(), SortOrder.RELEVANCE)));
        classes.put("phrase: \"家庭医生\"", () -> s.search(req("\"家庭医生\"", Map.of(), SortOrder.RELEVANCE)));
        classes.put("all tasks, facets only (empty q)", () -> s.search(req("", Map.of(), SortOrder.RELEVANCE)));
        classes.put("keyword + year + sector filters", () -> s.search(req("医保",
                Map.of(FacetDim.YEAR, List.of("2020", "2021"), FacetDim.SECTOR, List.of("医疗保障")), SortOrder.RELEVANCE)));
        classes.put("department led (dept + role)", () -> s.search(req("", Map.of(FacetDim.DEPARTMENT,
                List.of("国家医保局"), FacetDim.ROLE, List.of("lead")), SortOrder.RELEVANCE)));
        classes.put("keyword sorted by date", () -> s.search(req("公立医院", Map.of(), SortOrder.DATE)));
        classes.put("suggest: 医", () -> s.suggest("医", 10));
        classes.put("suggest: 医保支", () -> s.suggest("医保支", 10));
        classes.put("department list filter: 卫生", () -> s.facetValues(FacetDim.DEPARTMENT, "卫生", 50));
        for (Supplier<Object> q : classes.values()) {
            for (int i = 0; i < Math.max(5, runs / 5); i++) {
                q.get(); // warm up the JIT and the page cache
            }
        }
        out.println(Latencies.header());
        for (var e : classes.entrySet()) {
            Latencies l = new Latencies(e.getKey(), runs);
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                e.getValue().get();
                l.add(System.nanoTime() - start);
            }
            out.println(l.row());
            out.flush();
        }
    }

    private static SearchRequest req(String q, Map<FacetDim, List<String>> filters, SortOrder sort) {
        return new SearchRequest(q, filters, sort, 1, 10);
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
