package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import policysearch.embed.Embeddings;
import policysearch.index.Schema;
import policysearch.model.Department;
import policysearch.model.PolicyDocument;
import policysearch.model.Task;

/**
 * Relevance on the real seeds, for two judged sets: the project's first queries (judged-queries.tsv) and queries
 * written the way users type them (judged-queries-users.tsv: colloquial words, abbreviations, agency short names,
 * a year/region/document named in the query, Latin mixed in, topics absent from the corpus). Each query runs
 * through this engine (exact hits, then the semantic {@code related} list) and through a plain baseline
 * (SmartChineseAnalyzer + classic QueryParser, AND by default, one field holding title, text and departments).
 * Prints P@10, nDCG@10 and R@20 over exact-then-related, set precision and set recall of the exact set, and the
 * number of queries that found nothing, per kind of query.
 */
class RelevanceEvaluationTest {
    static final Path SEEDS = Path.of("seeds");
    /** Passage vectors shared by every test JVM run in this checkout, so the seeds are embedded once. */
    static final Path VECTOR_CACHE = Path.of("target", "vector-cache");
    @TempDir
    static Path tmp;
    private static Embeddings embeddings;
    private static LuceneSearchService engine;
    /** The same index with int8 (scalar-quantized) vectors, to measure what quantization costs. */
    private static LuceneSearchService int8;
    private static Baseline baseline;
    private static List<Judged> first;
    private static List<Judged> users;
    private static List<Judged> later;
    private static List<Judged> third;
    private static List<Judged> fourth;
    private static List<Judged> fifth;
    private static List<Judged> sixth;
    private static List<Judged> seventh;
    private static List<Judged> eighth;

    record Judged(String query, String kind, Set<String> relevant) {
    }

    /** One engine's answer: the exact set in rank order, then the related tasks. */
    record Answer(List<String> exact, List<String> related) {
        List<String> ranked() {
            List<String> all = new ArrayList<>(exact);
            related.stream().filter(id -> !exact.contains(id)).forEach(all::add);
            return all;
        }
    }

    record Scores(double p10, double ndcg10, double r20, double precision, double recall, int nothing, int queries,
                  int absentWithHits) {
    }

    @BeforeAll
    static void setUp() throws IOException {
        embeddings = Embeddings.standard(VECTOR_CACHE);
        Schema schema = new Schema(embeddings);
        new SeedCorpus(SEEDS, tmp.resolve("index")).build(schema);
        engine = LuceneSearchService.open(tmp.resolve("index"), schema, Synonyms.standard());
        Schema quantized = new Schema(embeddings, true);
        new SeedCorpus(SEEDS, tmp.resolve("index-int8")).build(quantized);
        int8 = LuceneSearchService.open(tmp.resolve("index-int8"), quantized, Synonyms.standard());
        baseline = new Baseline(SeedCorpus.documents(SEEDS));
        first = readJudged("/policysearch/search/judged-queries.tsv", false);
        users = readJudged("/policysearch/search/judged-queries-users.tsv", true);
        later = readJudged("/policysearch/search/judged-queries-heldout.tsv", true);
        third = readJudged("/policysearch/search/judged-queries-third.tsv", true);
        fourth = readJudged("/policysearch/search/judged-queries-fourth.tsv", true);
        fifth = readJudged("/policysearch/search/judged-queries-fifth.tsv", true);
        sixth = readJudged("/policysearch/search/judged-queries-sixth.tsv", true);
        seventh = readJudged("/policysearch/search/judged-queries-seventh.tsv", true);
        eighth = readJudged("/policysearch/search/judged-queries-eighth.tsv", true);
    }

    @AfterAll
    static void tearDown() throws IOException {
        engine.close();
        int8.close();
        baseline.close();
        embeddings.close();
    }

    @Test
    void engineBeatsThePlainSmartcnBaselineOnTheFirstJudgedSet() {
        assertTrue(first.size() >= 25, "at least 25 judged queries");
        Scores ours = report("policy-search, first judged set", first, RelevanceEvaluationTest::ours);
        Scores base = report("baseline (smartcn + QueryParser AND), first judged set", first, baseline::answer);
        assertTrue(ours.ndcg10() >= base.ndcg10() + 0.15, "nDCG@10 " + ours.ndcg10() + " vs " + base.ndcg10());
        assertTrue(ours.recall() >= base.recall() + 0.15, "recall " + ours.recall() + " vs " + base.recall());
        assertTrue(ours.precision() >= base.precision(), "precision " + ours.precision() + " vs " + base.precision());
        assertTrue(ours.recall() >= 0.9, "recall " + ours.recall());
        assertEquals(0, ours.nothing(), "every first-set query finds something");
    }

    @Test
    void queriesWrittenTheWayUsersTypeThemMeetTheTargets() {
        assertTrue(users.size() >= 40, "at least 40 user-style judged queries");
        for (String kind : users.stream().map(Judged::kind).distinct().toList()) {
            List<Judged> ofKind = users.stream().filter(j -> j.kind().equals(kind)).toList();
            report("policy-search, users' queries: " + kind, ofKind, RelevanceEvaluationTest::ours);
            report("baseline, users' queries: " + kind, ofKind, baseline::answer);
        }
        Scores ours = report("policy-search, users' queries (all kinds)", users, RelevanceEvaluationTest::ours);
        report("baseline, users' queries (all kinds)", users, baseline::answer);
        Scores quantized = report("policy-search with int8 vectors, users' queries (all kinds)", users,
                q -> answer(int8, q));
        System.out.printf(Locale.ROOT, "int8 vectors against float: nDCG@10 %+.3f, R@20 %+.3f%n",
                quantized.ndcg10() - ours.ndcg10(), quantized.r20() - ours.r20());
        calibrate();
        // Guards against regressions at the measured level (see the README for the figures and the gap to the
        // product's targets of 0.90 nDCG@10 and R@20, 0.85 set precision, 0.80 set recall).
        assertTrue(ours.ndcg10() >= 0.90, "nDCG@10 " + ours.ndcg10());
        assertTrue(ours.r20() >= 0.90, "R@20 " + ours.r20());
        assertTrue(ours.precision() >= 0.95, "set precision " + ours.precision());
        assertTrue(ours.recall() >= 0.73, "set recall " + ours.recall());
        assertTrue(ours.nothing() == 0, "judged queries that find nothing: " + ours.nothing());
        assertEquals(0, ours.absentWithHits(), "no exact hits for topics absent from the corpus");
    }

    /**
     * A second set of users' queries, written and judged before the dictionary grew from 350 to 400 entries and
     * kept out of sight while it grew: how far the dictionary reaches beyond the queries its authors had seen.
     */
    @Test
    void aSecondSetWrittenBeforeTheDictionaryGrew() {
        meetsTheMeasuredLevel("second set", later, 0.62, 0.90);
    }

    /** A third set, written before the dictionary's second growth (400 to 427 entries) and unseen during it. */
    @Test
    void aThirdSetWrittenBeforeTheSecondGrowth() {
        meetsTheMeasuredLevel("third set", third, 0.66, 0.85);
    }

    /** A fourth set, written after every rule above and unseen until it was first measured. */
    @Test
    void aFourthSetWrittenAfterTheRules() {
        meetsTheMeasuredLevel("fourth set", fourth, 0.50, 0.85);
    }

    /** A fifth set, mostly mixed Latin and Chinese, written before the lexicon's English and Latin growth. */
    @Test
    void aFifthSetWrittenBeforeTheLatinGrowth() {
        meetsTheMeasuredLevel("fifth set", fifth, 0.60, 0.70);
    }

    /** A sixth set of all six kinds, written before passages were searched sentence by sentence and unseen during it. */
    @Test
    void aSixthSetWrittenBeforeSentenceVectors() {
        meetsTheMeasuredLevel("sixth set", sixth, 0.80, 0.90);
    }

    /** A seventh set of all six kinds, written after sentence vectors and body phrases and unseen until measured. */
    @Test
    void aSeventhSetWrittenAfterSentenceVectors() {
        meetsTheMeasuredLevel("seventh set", seventh, 0.85, 0.90);
    }

    /** An eighth set of all six kinds, written after the relaxed match kept to tasks close in meaning, unseen till then. */
    @Test
    void anEighthSetWrittenAfterMeaningConfirmedMatches() {
        meetsTheMeasuredLevel("eighth set", eighth, 0.80, 0.90);
    }

    /**
     * Reports {@code set} and guards the level measured (README: far below the first sets' figures and the
     * product's targets); absent topics never get exact hits.
     */
    private static void meetsTheMeasuredLevel(String name, List<Judged> set, double ndcg, double precision) {
        Scores ours = reportByKind(name, set);
        assertEquals(0, ours.absentWithHits(), "no exact hits for topics absent from the corpus");
        assertTrue(ours.ndcg10() >= ndcg, name + " nDCG@10 " + ours.ndcg10());
        assertTrue(ours.precision() >= precision, name + " set precision " + ours.precision());
    }

    /** Reports {@code set} per kind and whole, beside the baseline; our figures for the whole set. */
    private static Scores reportByKind(String name, List<Judged> set) {
        assertTrue(set.size() >= 20, "at least 20 queries in the " + name);
        for (String kind : set.stream().map(Judged::kind).distinct().toList()) {
            List<Judged> ofKind = set.stream().filter(j -> j.kind().equals(kind)).toList();
            report("policy-search, " + name + ": " + kind, ofKind, RelevanceEvaluationTest::ours);
            report("baseline, " + name + ": " + kind, ofKind, baseline::answer);
        }
        report("baseline, " + name + " (all kinds)", set, baseline::answer);
        return report("policy-search, " + name + " (all kinds)", set, RelevanceEvaluationTest::ours);
    }

    /** A lexical-only index of the seeds (semantic off) in {@code dir}/lexical, for comparisons. */
    static Path lexicalIndex(Path dir) throws IOException {
        Path index = dir.resolve("lexical");
        try (Schema schema = new Schema()) {
            new SeedCorpus(SEEDS, index).build(schema);
        }
        return index;
    }

    private static Answer ours(String q) {
        return answer(engine, q);
    }

    private static Answer answer(LuceneSearchService service, String q) {
        List<String> exact = service.searchAll(SearchRequest.of(q)).stream().map(Hit::id).toList();
        List<String> related = service.search(SearchRequest.of(q)).related().stream().map(r -> r.hit().id()).toList();
        return new Answer(exact, related);
    }

    /**
     * The related list at several similarity thresholds, over both judged sets: how many related tasks are shown,
     * how many of them are relevant, and the users' set R@20 and queries left with nothing.
     */
    private static void calibrate() {
        System.out.println();
        System.out.println("Related-list calibration: threshold, related shown, of them relevant, precision,"
                + " users' R@20, users' queries with nothing");
        List<Judged> all = new ArrayList<>(first);
        all.addAll(users);
        for (float t = 0.44f; t < 0.70f; t += 0.02f) {
            int shown = 0;
            int relevant = 0;
            double r20 = 0;
            int nothing = 0;
            int judgedUsers = 0;
            for (Judged j : all) {
                List<String> related = engine.search(SearchRequest.of(j.query()), t).related().stream()
                        .map(r -> r.hit().id()).toList();
                shown += related.size();
                relevant += (int) related.stream().filter(j.relevant()::contains).count();
                if (users.contains(j) && !j.relevant().isEmpty()) {
                    judgedUsers++;
                    Answer a = new Answer(engine.searchAll(SearchRequest.of(j.query())).stream().map(Hit::id).toList(),
                            related);
                    r20 += hits(a.ranked(), j.relevant(), 20) / Math.min(20, j.relevant().size());
                    nothing += a.ranked().isEmpty() ? 1 : 0;
                }
            }
            System.out.printf(Locale.ROOT, "  %.2f %5d %5d  %.3f  %.3f  %d%n", t, shown, relevant,
                    shown == 0 ? 0 : (double) relevant / shown, r20 / Math.max(1, judgedUsers), nothing);
        }
    }

    private static Scores report(String name, List<Judged> judged, Function<String, Answer> run) {
        System.out.println();
        System.out.println("Relevance: " + name);
        System.out.printf(Locale.ROOT, "%-24s %4s %4s %4s %6s %7s %5s %6s %5s%n", "query", "rel", "ret", "+rel",
                "P@10", "nDCG@10", "R@20", "prec", "rec");
        double p10 = 0, ndcg = 0, r20 = 0, prec = 0, rec = 0;
        int nothing = 0, scored = 0, absentWithHits = 0, withExact = 0;
        for (Judged j : judged) {
            Answer a = run.apply(j.query());
            if (j.relevant().isEmpty()) {
                absentWithHits += a.exact().isEmpty() ? 0 : 1;
                System.out.printf(Locale.ROOT, "%s %4d %4d %4d   (absent from the corpus)%n", pad(j.query()), 0,
                        a.exact().size(), a.related().size());
                continue;
            }
            scored++;
            List<String> ranked = a.ranked();
            double qp10 = hits(ranked, j.relevant(), 10) / Math.min(10, j.relevant().size());
            double qndcg = ndcg10(ranked, j.relevant());
            double qr20 = hits(ranked, j.relevant(), 20) / Math.min(20, j.relevant().size());
            double qprec = a.exact().isEmpty() ? 0 : hits(a.exact(), j.relevant(), a.exact().size()) / a.exact().size();
            double qrec = hits(a.exact(), j.relevant(), a.exact().size()) / j.relevant().size();
            nothing += ranked.isEmpty() ? 1 : 0;
            System.out.printf(Locale.ROOT, "%s %4d %4d %4d %6.2f %7.2f %5.2f %6.2f %5.2f%n", pad(j.query()),
                    j.relevant().size(), a.exact().size(), a.related().size(), qp10, qndcg, qr20, qprec, qrec);
            p10 += qp10;
            ndcg += qndcg;
            r20 += qr20;
            prec += qprec;
            withExact += a.exact().isEmpty() ? 0 : 1;
            rec += qrec;
        }
        int n = Math.max(1, scored);
        // Set precision is the mean over queries with exact hits (an empty set has no precision); recall counts all.
        Scores mean = new Scores(p10 / n, ndcg / n, r20 / n, prec / Math.max(1, withExact), rec / n, nothing,
                judged.size(), absentWithHits);
        System.out.printf(Locale.ROOT, "%-24s %6.3f %7.3f %5.3f %6.3f %5.3f  nothing found: %d of %d; no exact hit:"
                        + " %d; absent topics with exact hits: %d%n", "MEAN (" + scored + " judged)", mean.p10(),
                mean.ndcg10(), mean.r20(), mean.precision(), mean.recall(), nothing, scored, scored - withExact,
                absentWithHits);
        return mean;
    }

    private static double hits(List<String> ranked, Set<String> relevant, int k) {
        return ranked.stream().limit(k).filter(relevant::contains).count();
    }

    static double ndcg10(List<String> ranked, Set<String> relevant) {
        double dcg = 0;
        for (int i = 0; i < Math.min(10, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                dcg += 1 / log2(i + 2);
            }
        }
        double idcg = 0;
        for (int i = 0; i < Math.min(10, relevant.size()); i++) {
            idcg += 1 / log2(i + 2);
        }
        return dcg / idcg;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static String pad(String q) {
        int width = q.codePoints().map(c -> c > 0x2E80 ? 2 : 1).sum(); // CJK characters take two columns
        return q + " ".repeat(Math.max(0, 24 - width));
    }

    private static List<Judged> readJudged(String resource, boolean withKind) throws IOException {
        List<Judged> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                RelevanceEvaluationTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String ids = withKind ? f[2] : f[1];
                Set<String> relevant = ids.strip().equals("-") ? Set.of()
                        : new LinkedHashSet<>(Arrays.asList(ids.strip().split(" ")));
                out.add(new Judged(f[0], withKind ? f[1] : "first", relevant));
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

        Answer answer(String q) {
            return new Answer(search(q), List.of());
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
