package policysearch.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;
import policysearch.index.Schema;

/**
 * Guesses the full form of an abbreviation of two to four characters the index never contains, from the index's
 * own words: Chinese shortens a phrase to one character of each word (爱国卫生 → 爱卫, 院内感染 → 院感, 流行病学调查 →
 * 流调, 社会办医 → 社办医), so the guess is the most frequent run of a word beginning with the first character
 * followed, at most one word later, by a word beginning with the second (the first character may also end its
 * word: 医院感染 → 院感); with three or four characters, each next one begins the next word or is that word (社会|办|医),
 * one word between at most in all. Only runs found in at least {@link #MIN_TASKS} tasks count; the guess is shown
 * to the user, never applied silently.
 */
final class Abbreviations {
    /** Candidate words per character, most frequent first. */
    static final int CANDIDATES = 12;
    /** A run must occur in this many tasks to be taken as what the abbreviation stands for. */
    static final int MIN_TASKS = 2;
    /** The longest gap between the two words, in characters, when reading the run from a task's text. */
    private static final int GAP = 4;
    private static final int CACHE = 1024;

    /** A guessed full form and how many tasks contain it. */
    record Guess(String full, int tasks) {
    }

    private record Word(String text, int df) {
    }

    /** Candidate words of a character: those it begins and those it ends. */
    private record Candidates(List<Word> starting, List<Word> ending) {
    }

    private final IndexSearcher searcher;
    private final Cache<String, Optional<Guess>> cache = Caffeine.newBuilder().maximumSize(CACHE)
            .executor(Runnable::run).build();
    private volatile Map<Character, Candidates> words;

    Abbreviations(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** The longest abbreviation guessed. */
    static final int MAX_CHARS = 4;

    /** Whether {@code word} has the shape of a guessable abbreviation: two to four Han characters. */
    static boolean shaped(String word) {
        return word.length() >= 2 && word.length() <= MAX_CHARS && word.chars().allMatch(c -> han((char) c));
    }

    /** The full form of {@code word} (assumed absent from the index), if the index suggests one. */
    Optional<Guess> guess(String word) throws IOException {
        if (!shaped(word)) {
            return Optional.empty();
        }
        Optional<Guess> known = cache.getIfPresent(word);
        if (known != null) {
            return known;
        }
        Optional<Guess> g = word.length() == 2 ? find(word.charAt(0), word.charAt(1)) : findLonger(word);
        cache.put(word, g);
        return g;
    }

    private Optional<Guess> find(char first, char second) throws IOException {
        Map<Character, Candidates> w = words();
        Candidates a = w.get(first);
        Candidates b = w.get(second);
        if (a == null || b == null || b.starting().isEmpty()) {
            return Optional.empty();
        }
        // Most natural first: both words begin with their character and stand side by side; then one word apart;
        // then a first word that ends with its character.
        Optional<Pair> best = best(a.starting(), b.starting(), 0);
        if (best.isEmpty()) {
            best = best(a.starting(), b.starting(), 1);
        }
        if (best.isEmpty()) {
            best = best(a.ending(), b.starting(), 0);
        }
        if (best.isEmpty()) {
            return Optional.empty();
        }
        return surface(best.get());
    }

    /** Three or four characters: a word beginning with the first, then each next character's words, in order. */
    private Optional<Guess> findLonger(String word) throws IOException {
        Map<Character, Candidates> w = words();
        Candidates first = w.get(word.charAt(0));
        if (first == null || first.starting().isEmpty()) {
            return Optional.empty();
        }
        SpanQuery[] clauses = new SpanQuery[word.length()];
        clauses[0] = any(first.starting(), null);
        StringBuilder run = new StringBuilder(Pattern.quote(word.substring(0, 1)));
        for (int i = 1; i < word.length(); i++) {
            Candidates next = w.get(word.charAt(i));
            clauses[i] = any(next == null ? List.of() : next.starting(), word.substring(i, i + 1));
            run.append("\\p{IsHan}{0,").append(GAP).append("}?").append(Pattern.quote(word.substring(i, i + 1)));
        }
        for (int slop = 0; slop <= 1; slop++) {
            Query q = tasks(new SpanNearQuery(clauses, slop, true));
            int n = searcher.count(q);
            if (n >= MIN_TASKS) {
                return surface(q, Pattern.compile(run.toString()), n);
            }
        }
        return Optional.empty();
    }

    /** Any of {@code words}, or the character {@code alone} as a word of its own. */
    private static SpanQuery any(List<Word> words, String alone) {
        List<SpanQuery> or = new ArrayList<>();
        words.forEach(x -> or.add(new SpanTermQuery(new Term(Schema.TEXT_WORDS, x.text()))));
        if (alone != null) {
            or.add(new SpanTermQuery(new Term(Schema.TEXT_WORDS, alone)));
        }
        return new SpanOrQuery(or.toArray(SpanQuery[]::new));
    }

    private record Pair(String first, String second, int slop, int tasks) {
    }

    private Optional<Pair> best(List<Word> firsts, List<Word> seconds, int slop) throws IOException {
        Pair best = null;
        for (Word x : firsts) {
            for (Word y : seconds) {
                if (x.text().equals(y.text())) {
                    continue;
                }
                int n = searcher.count(near(x.text(), y.text(), slop));
                if (n >= MIN_TASKS && (best == null || n > best.tasks())) {
                    best = new Pair(x.text(), y.text(), slop, n);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Tasks whose text has {@code x} then {@code y} at most {@code slop} words later. */
    private static Query near(String x, String y, int slop) {
        return tasks(new SpanNearQuery(new SpanQuery[] {
            new SpanTermQuery(new Term(Schema.TEXT_WORDS, x)), new SpanTermQuery(new Term(Schema.TEXT_WORDS, y))},
                slop, true));
    }

    private static Query tasks(SpanQuery q) {
        return new BooleanQuery.Builder().add(DocumentRecords.TASKS, Occur.FILTER).add(q, Occur.MUST).build();
    }

    /** The run as the texts write it (流行病学调查, with the word between), the most frequent among a few tasks. */
    private Optional<Guess> surface(Pair p) throws IOException {
        Pattern run = Pattern.compile(Pattern.quote(p.first()) + "\\p{IsHan}{0," + (p.slop() == 0 ? 0 : GAP) + "}?"
                + Pattern.quote(p.second()));
        return surface(near(p.first(), p.second(), p.slop()), run, p.tasks());
    }

    /** The most frequent match of {@code run} in the texts of the first tasks {@code matching} finds. */
    private Optional<Guess> surface(Query matching, Pattern run, int tasks) throws IOException {
        Map<String, Integer> seen = new HashMap<>();
        for (ScoreDoc d : searcher.search(matching, 10, Plan.RANKED).scoreDocs) {
            String text = searcher.storedFields().document(d.doc).get(Schema.TEXT);
            if (text == null) {
                continue;
            }
            Matcher m = run.matcher(text);
            while (m.find()) {
                seen.merge(m.group(), 1, Integer::sum);
            }
        }
        return seen.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(e -> new Guess(e.getKey(), tasks));
    }

    /** The most frequent words of two to four Han characters per character they begin or end, read once. */
    private Map<Character, Candidates> words() throws IOException {
        Map<Character, Candidates> w = words;
        if (w == null) {
            synchronized (this) {
                w = words;
                if (w == null) {
                    w = read();
                    words = w;
                }
            }
        }
        return w;
    }

    private Map<Character, Candidates> read() throws IOException {
        Map<Character, PriorityQueue<Word>> starting = new HashMap<>();
        Map<Character, PriorityQueue<Word>> ending = new HashMap<>();
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), Schema.TEXT_WORDS);
        if (terms != null) {
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                String s = t.utf8ToString();
                if (s.length() < 2 || s.length() > 4 || !s.codePoints().allMatch(c -> c < 0x10000 && han((char) c))) {
                    continue;
                }
                Word word = new Word(s, te.docFreq());
                keep(starting, s.charAt(0), word);
                keep(ending, s.charAt(s.length() - 1), word);
            }
        }
        Map<Character, Candidates> out = new HashMap<>();
        starting.forEach((c, q) -> out.put(c, new Candidates(sorted(q), List.of())));
        ending.forEach((c, q) -> out.merge(c, new Candidates(List.of(), sorted(q)),
                (x, y) -> new Candidates(x.starting(), y.ending())));
        return out;
    }

    private static void keep(Map<Character, PriorityQueue<Word>> top, char c, Word w) {
        PriorityQueue<Word> q = top.computeIfAbsent(c, k -> new PriorityQueue<>(Comparator.comparingInt(Word::df)));
        q.add(w);
        if (q.size() > CANDIDATES) {
            q.poll();
        }
    }

    private static List<Word> sorted(PriorityQueue<Word> q) {
        List<Word> l = new ArrayList<>(q);
        l.sort(Comparator.comparingInt(Word::df).reversed().thenComparing(Word::text));
        return List.copyOf(l);
    }

    private static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
