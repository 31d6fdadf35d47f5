package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import policysearch.corpus.SeedCorpus;
import policysearch.index.Schema;
import policysearch.model.Department;
import policysearch.model.PolicyDocument;
import policysearch.model.Task;

/**
 * Relevance on the real seeds: judged queries (src/test/resources/policysearch/search/judged-queries.tsv)
 * run through this engine and through a plain baseline (SmartChineseAnalyzer + classic QueryParser, AND
 * by default, one text field holding title, text and departments). Prints both tables.
 */
class RelevanceEvaluationTest {
    static final Path SEEDS = Path.of("seeds");
    @TempDir
    static Path tmp;
    private static LuceneSearchService engine;
    private static Baseline baseline;
    private static List<Judged> judged;

    record Judged(String query, Set<String> relevant) {
    }

    record Scores(double p10, double precision, double recall, double mrr, double ndcg10, int returned) {
    }

    @BeforeAll
    static void setUp() throws IOException {
        try (Schema schema = new Schema()) {
            new SeedCorpus(SEEDS, tmp.resolve("index")).build(schema);
        }
        engine = LuceneSearchService.open(tmp.resolve("index"));
        List<PolicyDocument> docs = SeedCorpus.documents(SEEDS);
        baseline = new Baseline(docs);
        judged = readJudged();
    }

    @AfterAll
    static void tearDown() throws IOException {
        engine.close();
        baseline.close();
    }

    @Test
    void engineBeatsThePlainSmartcnBaseline() {
        Scores ours = evaluate("policy-search", q -> engine.searchAll(SearchRequest.of(q)).stream().map(Hit::id).toList());
        Scores base = evaluate("baseline (smartcn + QueryParser AND)", baseline::search);
        assertTrue(judged.size() >= 25, "at least 25 judged queries");
        assertTrue(ours.ndcg10() >= base.ndcg10() + 0.15, "nDCG@10 " + ours.ndcg10() + " vs " + base.ndcg10());
        assertTrue(ours.recall() >= base.recall() + 0.15, "recall " + ours.recall() + " vs " + base.recall());
        assertTrue(ours.mrr() >= base.mrr() + 0.1, "MRR " + ours.mrr() + " vs " + base.mrr());
        assertTrue(ours.precision() >= base.precision(), "precision " + ours.precision() + " vs " + base.precision());
        assertTrue(ours.recall() >= 0.9, "recall " + ours.recall());
    }

    private static Scores evaluate(String name, Function<String, List<String>> run) {
        System.out.println();
        System.out.println("Relevance: " + name);
        System.out.printf(Locale.ROOT, "%-22s %5s %5s %6s %6s %5s %7s %8s%n", "query", "rel", "ret", "P@10", "prec",
                "rec", "RR", "nDCG@10");
        double p10 = 0, prec = 0, rec = 0, mrr = 0, ndcg = 0;
        int returned = 0;
        for (Judged j : judged) {
            List<String> ranked = run.apply(j.query());
            Scores s = score(ranked, j.relevant());
            System.out.printf(Locale.ROOT, "%-22s %5d %5d %6.2f %6.2f %5.2f %7.2f %8.2f%n", pad(j.query()),
                    j.relevant().size(), ranked.size(), s.p10(), s.precision(), s.recall(), s.mrr(), s.ndcg10());
            p10 += s.p10();
            prec += s.precision();
            rec += s.recall();
            mrr += s.mrr();
            ndcg += s.ndcg10();
            returned += ranked.size();
        }
        int n = judged.size();
        Scores mean = new Scores(p10 / n, prec / n, rec / n, mrr / n, ndcg / n, returned / n);
        System.out.printf(Locale.ROOT, "%-22s %5s %5d %6.3f %6.3f %5.3f %7.3f %8.3f%n", "MEAN (" + n + " queries)", "",
                mean.returned(), mean.p10(), mean.precision(), mean.recall(), mean.mrr(), mean.ndcg10());
        return mean;
    }

    /** P@10 (of 10, or of all relevant when fewer), precision and recall of the whole list, reciprocal rank, nDCG@10. */
    static Scores score(List<String> ranked, Set<String> relevant) {
        int hits10 = 0;
        int hitsAll = 0;
        double rr = 0;
        double dcg = 0;
        for (int i = 0; i < ranked.size(); i++) {
            if (relevant.contains(ranked.get(i))) {
                hitsAll++;
                if (i < 10) {
                    hits10++;
                    dcg += 1 / log2(i + 2);
                }
                if (rr == 0) {
                    rr = 1.0 / (i + 1);
                }
            }
        }
        double idcg = 0;
        for (int i = 0; i < Math.min(10, relevant.size()); i++) {
            idcg += 1 / log2(i + 2);
        }
        double p10 = (double) hits10 / Math.min(10, relevant.size());
        double precision = ranked.isEmpty() ? 0 : (double) hitsAll / ranked.size();
        return new Scores(p10, precision, (double) hitsAll / relevant.size(), rr, dcg / idcg, ranked.size());
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static String pad(String q) {
        // CJK characters take two columns
        int width = q.codePoints().map(c -> c > 0x2E80 ? 2 : 1).sum();
        return q + " ".repeat(Math.max(0, 22 - width - (22 - q.length()))).substring(0, 0)
                + " ".repeat(Math.max(0, 22 - width));
    }

    private static List<Judged> readJudged() throws IOException {
        List<Judged> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                RelevanceEvaluationTest.class.getResourceAsStream("/policysearch/search/judged-queries.tsv"),
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(new Judged(f[0], new LinkedHashSet<>(Arrays.asList(f[1].split(" ")))));
            }
        }
        return out;
    }

    /** The plain set-up we measure against: smartcn, classic QueryParser with AND, one text field. */
    static final class Baseline implements AutoCloseable {
        private final SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer();
        private final Directory dir = new ByteBuffersDirectory();
        private final DirectoryReader reader;

        Baseline(List<PolicyDocument> docs) throws IOException {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (PolicyDocument d : docs) {
                    for (Task t : d.tasks()) {
                        Document doc = new Document();
                        doc.add(new StringField("id", t.id(), Field.Store.YES));
                        String depts = String.join("、", t.departments().stream().map(Department::name).toList());
                        doc.add(new TextField("text", t.title() + "\n" + t.text() + "\n" + depts, Field.Store.NO));
                        w.addDocument(doc);
                    }
                }
            }
            reader = DirectoryReader.open(dir);
        }

        List<String> search(String q) {
            QueryParser parser = new QueryParser("text", analyzer);
            parser.setDefaultOperator(QueryParser.Operator.AND);
            try {
                Query query;
                try {
                    query = parser.parse(q);
                } catch (ParseException e) {
                    query = parser.parse(QueryParser.escape(q));
                }
                IndexSearcher s = new IndexSearcher(reader);
                List<String> ids = new ArrayList<>();
                for (ScoreDoc sd : s.search(query, Math.max(1, reader.maxDoc())).scoreDocs) {
                    ids.add(s.storedFields().document(sd.doc).get("id"));
                }
                return ids;
            } catch (ParseException | IOException e) {
                return List.of();
            }
        }

        @Override
        public void close() throws IOException {
            reader.close();
            dir.close();
            analyzer.close();
        }
    }
}
