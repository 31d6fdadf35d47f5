package policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import policysearch.embed.Embeddings;
import policysearch.index.Schema;

/**
 * The semantic half of a search: the query's vector against the tasks' passage, title and sentence vectors (the
 * first two searched by HNSW graph, cosine, the sentences scored for the tasks found), with the
 * request's filters as the kNN pre-filter and the exact result set left out, so {@code related} never repeats a
 * hit and always respects the filters. Only tasks at least {@link #THRESHOLD} similar are kept.
 */
final class SemanticSearch {
    /**
     * Cosine added, for the order of the related list only, to a task that holds some of the query's words (the
     * relaxed lexical query): meaning and wording agree there. Measured over the judged sets against putting every
     * such task first (nDCG@10): second set 0.757 → 0.772, fourth 0.683 → 0.704, fifth 0.738 → 0.768, the others
     * unchanged or within 0.001; 0.02, 0.06 and 0.10 gave less.
     */
    static final float WORDED_BONUS = 0.04f;
    /** Most related tasks returned. */
    static final int LIMIT = 10;
    /**
     * Least cosine similarity for a related task, calibrated on the judged queries (RelevanceEvaluationTest prints
     * the related list's size, precision and the users' R@20 from 0.44 to 0.70): R@20 stops rising below 0.46,
     * and above it more user queries are left with nothing at all. bge-small-zh's similarities between a short
     * query and a task stay between about 0.4 and 0.7, so the list is a wide net, shown apart from the exact set.
     */
    static final float THRESHOLD = 0.46f;
    /**
     * When neither the exact set nor the related list holds anything, the {@link #NEAREST} closest tasks at least
     * this similar are shown as only the nearest, so a query is never answered with nothing while some task is near.
     */
    static final float FLOOR = 0.40f;
    /** How many nearest tasks a query with nothing else gets. */
    static final int NEAREST = 3;

    /**
     * Least cosine for a task matching some of the words to make up an empty exact set ({@link Reach#MEANT}).
     * Calibrated on the judged sets (2026-12-08): at 0.70 seven queries of the second to seventh sets gained exact
     * hits, all relevant, and set precision fell nowhere; at 0.68 two sets lost set precision (fifth 0.833 → 0.741),
     * at 0.65 two topics absent from the corpus got exact hits.
     */
    static final float MEANT = 0.70f;
    /** Most matches of the relaxed query checked for their meaning, best-matching first. */
    static final int MEANT_CANDIDATES = 1_000;

    /** A Latin term inside a query (HTA, telemedicine). */
    private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z0-9&+-]*");

    private final Embeddings embeddings;

    /**
     * The text whose meaning is searched: the query with each Latin term (which this model reads as an unknown
     * token, all such terms alike) replaced by its first Chinese spelling in the dictionary (HTA → 卫生技术评估), or
     * left out when the dictionary has none and Chinese remains; a query of Latin only is searched as typed.
     */
    static String meaningText(String query, Synonyms synonyms) {
        Matcher m = LATIN.matcher(query);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String chinese = synonyms.expand(m.group()).stream()
                    .filter(v -> v.codePoints().anyMatch(WordNeighbours::han)).findFirst().orElse("");
            m.appendReplacement(out, Matcher.quoteReplacement(chinese.isEmpty() ? " " : " " + chinese + " "));
        }
        m.appendTail(out);
        String text = out.toString().strip().replaceAll("\\s+", " ");
        return text.codePoints().anyMatch(WordNeighbours::han) ? text : query;
    }

    SemanticSearch(Embeddings embeddings) {
        this.embeddings = embeddings;
    }

    /** Whether related tasks can be found in this snapshot now. */
    boolean available(Snapshot s) {
        return s.hasVectors() && embeddings.status() == Embeddings.Status.ON;
    }

    /**
     * Up to {@link #LIMIT} tasks matching {@code filter} but not {@code exclude} (null: nothing excluded), closest
     * to {@code text} first, as hits with their similarity; empty when the model or the vectors are missing.
     */
    List<Related> related(Snapshot s, String text, Query filter, Query exclude, float threshold) throws IOException {
        return related(s, text, filter, exclude, null, threshold);
    }

    /**
     * As above; among the tasks that pass the threshold, those {@code partial} matches (some of the query's words,
     * the relaxed lexical query) are ranked {@link #WORDED_BONUS} closer than they are.
     */
    List<Related> related(Snapshot s, String text, Query filter, Query exclude, Query partial, float threshold)
            throws IOException {
        return related(s, text, filter, exclude, null, partial, threshold);
    }

    /** As above, the exact set given as the set of its tasks' doc ids when the search has it (null: by query). */
    List<Related> related(Snapshot s, String text, Query filter, Query exclude,
                          org.apache.lucene.util.FixedBitSet exact, Query partial, float threshold) throws IOException {
        if (text == null || text.isBlank() || !s.hasVectors()) {
            return List.of();
        }
        Optional<float[]> vector = embeddings.query(text);
        if (vector.isEmpty()) {
            return List.of();
        }
        // The filters pre-filter the graph search; the exact set is left out afterwards, by checking only the
        // candidates, rather than evaluated over the whole index as part of the filter.
        ScoreDoc[] nearest = NearestTasks.of(s, vector.get(), filter);
        Set<Integer> excluded = exact != null ? inSet(exact, nearest)
                : exclude == null ? Set.of() : matching(s, exclude, nearest);
        Set<Integer> worded = partial == null ? Set.of() : matching(s, partial, nearest);
        List<ScoreDoc> kept = new ArrayList<>();
        for (ScoreDoc sd : nearest) {
            if (2 * sd.score - 1 >= threshold && !excluded.contains(sd.doc)) { // Lucene's cosine score: (1 + cos) / 2
                kept.add(sd);
            }
        }
        // stable: equal scores keep the nearest order
        kept.sort(java.util.Comparator.comparingDouble(
                (ScoreDoc sd) -> -(2 * sd.score - 1 + (worded.contains(sd.doc) ? WORDED_BONUS : 0))));
        List<Related> out = new ArrayList<>();
        for (ScoreDoc sd : kept.subList(0, Math.min(LIMIT, kept.size()))) {
            Hit hit = StoredRecords.hit(s.storedFields().document(sd.doc), List.of(), 0f);
            out.add(new Related(hit, 2 * sd.score - 1));
        }
        return out;
    }

    /**
     * The ids of the tasks among the best {@link #MEANT_CANDIDATES} matches of {@code relaxed} whose passage, title
     * or one sentence is at least {@link #MEANT} similar to {@code text}; none without vectors. Ids rather than doc
     * ids: the plan holding them is kept per snapshot, so it stays small (a few ids, not a bit per task).
     */
    List<String> meant(Snapshot s, String text, Query relaxed) throws IOException {
        if (text == null || text.isBlank() || !s.hasVectors()) {
            return List.of();
        }
        Optional<float[]> vector = embeddings.query(text);
        if (vector.isEmpty()) {
            return List.of();
        }
        Map<Integer, List<String>> found = new LinkedHashMap<>();
        for (ScoreDoc sd : s.search(relaxed, MEANT_CANDIDATES).scoreDocs) {
            found.put(sd.doc, NearestTasks.FIELDS);
        }
        List<String> ids = new ArrayList<>();
        for (ScoreDoc sd : NearestTasks.scored(s, vector.get(), found)) {
            if (2 * sd.score - 1 >= MEANT) {
                ids.add(s.storedFields().document(sd.doc, Set.of(Schema.TASK_ID)).get(Schema.TASK_ID));
            }
        }
        return ids;
    }

    private static Set<Integer> inSet(org.apache.lucene.util.FixedBitSet set, ScoreDoc[] candidates) {
        Set<Integer> out = new HashSet<>();
        for (ScoreDoc sd : candidates) {
            if (sd.doc < set.length() && set.get(sd.doc)) {
                out.add(sd.doc);
            }
        }
        return out;
    }

    /** The query rewritten for this snapshot, once per query (plans are compiled once, so the same query recurs). */
    private record Rewritten(Query query) {
    }

    /** Which of {@code candidates} {@code query} matches, checked document by document in index order. */
    private static Set<Integer> matching(Snapshot s, Query query, ScoreDoc[] candidates) throws IOException {
        int[] docs = Arrays.stream(candidates).mapToInt(sd -> sd.doc).sorted().toArray();
        Weight weight = s.createWeight(s.compiled(new Rewritten(query), () -> s.rewrite(query)),
                ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        Set<Integer> out = new HashSet<>();
        int leafIndex = -1;
        DocIdSetIterator it = null;
        for (int doc : docs) {
            int li = ReaderUtil.subIndex(doc, leaves);
            LeafReaderContext leaf = leaves.get(li);
            if (li != leafIndex) {
                leafIndex = li;
                Scorer scorer = weight.scorer(leaf);
                it = scorer == null ? null : scorer.iterator();
            }
            int target = doc - leaf.docBase;
            if (it != null && (it.docID() == target || (it.docID() < target && it.advance(target) == target))) {
                out.add(doc);
            }
        }
        return out;
    }
}
