package policysearch.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import policysearch.embed.Embeddings;
import policysearch.index.Schema;

/**
 * The index word closest in meaning to a word no task contains (孩子 → 儿童, 孕妇 → 孕产妇, 药贵 → 药价), by the
 * embedding model: the tasks' smartcn words of two to eight Han characters (the {@link #MAX_WORDS} most frequent)
 * are embedded once per snapshot (vectors come from the disk cache after the first time) and the word's vector is
 * compared with each. Only a neighbour at least {@link #MIN_SIMILARITY} similar counts; the query then searches it
 * too and says so, never silently.
 */
final class WordNeighbours {
    /**
     * Measured with this int8 model on words users type that no task contains: at 0.80 and above the nearest word
     * is the documents' term for the same thing or a broader one (小孩 → 儿童 0.82, 产妇 → 孕产妇 0.92, 买药 → 用药
     * 0.85, 急救 → 应急 0.81); below, it drifts to words that merely look alike (外地 → 境内外 0.77, 报销 → 申报
     * 0.74, 宠物 → 婴幼儿 0.56).
     */
    static final float MIN_SIMILARITY = 0.80f;
    /** The most frequent words kept (about 40 MB of vectors at 512 dimensions). */
    static final int MAX_WORDS = 20_000;
    private static final int CACHE = 1024;

    /** A neighbour and how similar it is. */
    record Neighbour(String word, float similarity) {
    }

    private final String[] words;
    private final float[][] vectors;
    private final Embeddings embeddings;
    private final Cache<String, Optional<Neighbour>> cache = Caffeine.newBuilder().maximumSize(CACHE)
            .executor(Runnable::run).build();

    private WordNeighbours(String[] words, float[][] vectors, Embeddings embeddings) {
        this.words = words;
        this.vectors = vectors;
        this.embeddings = embeddings;
    }

    /** The words of {@code reader} with their vectors; empty when the model cannot embed them now. */
    static Optional<WordNeighbours> read(IndexReader reader, Embeddings embeddings) throws IOException {
        return of(words(reader), embeddings);
    }

    /** {@code words} with their vectors (from the cache, the rest embedded now); empty when the model is not on. */
    static Optional<WordNeighbours> of(List<String> words, Embeddings embeddings) {
        if (embeddings.status() != Embeddings.Status.ON) {
            return Optional.empty();
        }
        Optional<List<float[]>> vectors = embeddings.passages(words);
        return vectors.map(v -> new WordNeighbours(words.toArray(String[]::new), v.toArray(float[][]::new),
                embeddings));
    }

    /** The index word nearest in meaning to {@code word}, if it is similar enough. */
    Optional<Neighbour> nearest(String word) {
        Optional<Neighbour> known = cache.getIfPresent(word);
        if (known != null) {
            return known;
        }
        Optional<float[]> q = embeddings.query(word);
        if (q.isEmpty()) {
            return Optional.empty(); // the model went away: ask again later
        }
        Optional<Neighbour> found = best(word, q.get());
        cache.put(word, found);
        return found;
    }

    int size() {
        return words.length;
    }

    private Optional<Neighbour> best(String word, float[] q) {
        int best = -1;
        float top = MIN_SIMILARITY;
        for (int i = 0; i < words.length; i++) {
            float s = dot(q, vectors[i]);
            if (s >= top && !words[i].equals(word)) {
                top = s;
                best = i;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(new Neighbour(words[best], top));
    }

    private static float dot(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** The tasks' words of two to eight Han characters, the most frequent first, ties in dictionary order. */
    static List<String> words(IndexReader reader) throws IOException {
        record Word(String text, int df) {
        }
        Comparator<Word> order = Comparator.comparingInt(Word::df).thenComparing(Word::text, Comparator.reverseOrder());
        PriorityQueue<Word> top = new PriorityQueue<>(order);
        for (String field : List.of(Schema.TITLE_WORDS, Schema.TEXT_WORDS)) {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                String s = t.utf8ToString();
                if (s.length() >= 2 && s.length() <= 8 && s.codePoints().allMatch(WordNeighbours::han)) {
                    top.add(new Word(s, te.docFreq()));
                    if (top.size() > MAX_WORDS * 2) {
                        top.poll();
                    }
                }
            }
        }
        Map<String, Integer> df = new LinkedHashMap<>();
        top.forEach(w -> df.merge(w.text(), w.df(), Math::max));
        List<Word> all = new ArrayList<>();
        df.forEach((w, n) -> all.add(new Word(w, n)));
        all.sort(order.reversed());
        return all.stream().limit(MAX_WORDS).map(Word::text).toList();
    }

    static boolean han(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
