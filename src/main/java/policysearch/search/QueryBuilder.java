package policysearch.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import policysearch.index.Schema;

/**
 * Turns a {@link ParsedQuery} into a Lucene query. Matching uses the bigram fields, so every piece of a
 * word must occur exactly (a phrase of its bigrams) in the title or the text; ranking adds smartcn word
 * scores and a bonus for the whole word as one phrase, titles weighing more than text. Each word also
 * matches through its synonyms. In relaxed mode (the fallback when nothing matches) about half of the
 * words, and of the pieces of each word, are enough.
 */
final class QueryBuilder {
    static final float TITLE_BOOST = 3f;
    /** An equivalent spelling (卫健委 → 卫生健康委) weighs a little less than the word typed. */
    static final float SYNONYM_BOOST = 0.8f;
    /** A one-way expansion (医联体 → 县域医共体) is a kind or a relative, not the word: it ranks well below. */
    static final float ONE_WAY_BOOST = 0.3f;
    static final float WHOLE_WORD_BOOST = 2f;
    /** How an expansion by meaning is listed: the index word, then the piece of the query it stands in for. */
    static final String NEIGHBOUR_NOTE = "（据语义推测的“%s”）";

    private final Schema schema;
    private final Synonyms synonyms;
    private final Chunker chunker;
    private final ExactMatch exact;

    private final SearchFields fields;

    QueryBuilder(Schema schema, Synonyms synonyms) {
        this(schema, synonyms, SearchFields.TASKS);
    }

    /** A builder of queries on the records of {@code fields} (tasks, or documents' own records). */
    QueryBuilder(Schema schema, Synonyms synonyms, SearchFields fields) {
        this.schema = schema;
        this.synonyms = synonyms;
        this.fields = fields;
        this.chunker = new Chunker(schema.words());
        this.exact = new ExactMatch(schema, fields);
    }

    /** What the index can tell about a query's words. */
    interface Lookup {
        /** Nothing known: no bodies, no guesses, every term present. */
        Lookup NONE = new Lookup() {
        };

        /** Whether the word names a body of the index (matched whole, among departments too). */
        default boolean isBody(String word) {
            return false;
        }

        /** The full form of an abbreviation the index lacks (院感 → 院内感染), if the index suggests one. */
        default Optional<String> guess(String word) {
            return Optional.empty();
        }

        /**
         * The index word closest in meaning to a piece of a typed word that no task contains (孩子 → 儿童), if the
         * embedding model finds one close enough ({@link WordNeighbours}).
         */
        default Optional<String> neighbour(String piece) {
            return Optional.empty();
        }

        /** Whether {@code term} occurs as one run in some task's title or text (or, with {@code headings}, heading). */
        default boolean present(String term, boolean headings) {
            return true;
        }
    }

    /** The query, the synonym variants also searched, and the words to highlight. */
    record Built(Query query, List<String> expansions, List<Highlights.Word> highlightWords, boolean searchable) {
    }

    /** Builds the query; without {@code expand} words are searched as typed (for very long queries). */
    Built build(ParsedQuery parsed, boolean relaxed, boolean expand, Lookup lookup) {
        Predicate<String> isBody = lookup::isBody;
        Set<String> expansions = new LinkedHashSet<>();
        List<Highlights.Word> marks = new ArrayList<>();
        BooleanQuery.Builder top = new BooleanQuery.Builder();
        top.add(new TermQuery(new Term(Schema.KIND, fields.kind())), Occur.FILTER);
        List<Query> groups = new ArrayList<>();
        for (List<ParsedQuery.Part> group : parsed.groups()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            int parts = 0;
            for (ParsedQuery.Part part : group) {
                Query q = part.phrase() ? phrase(part.text(), marks, isBody)
                        : word(part.text(), relaxed, expand, expansions, marks, lookup);
                if (q != null) {
                    any.add(q, Occur.SHOULD);
                    parts++;
                }
            }
            if (parts > 0) {
                groups.add(any.build());
            }
        }
        int required = relaxed ? (groups.size() + 1) / 2 : groups.size();
        BooleanQuery.Builder positive = new BooleanQuery.Builder().setMinimumNumberShouldMatch(required);
        groups.forEach(g -> positive.add(g, Occur.SHOULD));
        if (!groups.isEmpty()) {
            top.add(positive.build(), Occur.MUST);
        }
        int excluded = 0;
        for (ParsedQuery.Part part : parsed.exclusions()) {
            Query q = exact.exact(part.text(), false);
            if (q != null) {
                top.add(q, Occur.MUST_NOT);
                excluded++;
            }
        }
        return new Built(top.build(), List.copyOf(expansions), List.copyOf(marks), !groups.isEmpty() || excluded > 0);
    }

    /** A word: it or any of its synonym variants must match; the best-scoring spelling counts (dismax). */
    private Query word(String text, boolean relaxed, boolean expand, Set<String> expansions,
                       List<Highlights.Word> marks, Lookup lookup) {
        Predicate<String> isBody = lookup::isBody;
        List<Query> variants = new ArrayList<>();
        List<Highlights.Spelling> found = new ArrayList<>();
        List<Synonyms.Variant> spellings = expand ? synonyms.variants(text)
                : List.of(new Synonyms.Variant(text, false));
        for (Synonyms.Variant variant : spellings) {
            // A dictionary spelling the texts never write as one run (高血压糖尿病 of 两病: 高血压、糖尿病) matches by
            // its pieces, like any other word.
            String v = variant.text();
            Query q = variant(v, relaxed, found, isBody,
                    () -> relaxed || v.equals(text) || lookup.present(v, fields.headingBigrams() != null),
                    expand && !relaxed && v.equals(text) ? lookup::neighbour : piece -> Optional.empty(), expansions);
            if (q == null) {
                continue;
            }
            if (!variant.text().equals(text)) {
                q = new BoostQuery(q, variant.oneWay() ? ONE_WAY_BOOST : SYNONYM_BOOST);
            }
            variants.add(q);
        }
        if (variants.size() > 1) {
            expansions.addAll(synonyms.alternatives(text));
        }
        // An abbreviation the index lacks (院感): its full form as the texts write it (院内感染), said to the user.
        Optional<String> full = expand && !relaxed ? lookup.guess(text) : Optional.empty();
        if (full.isPresent()) {
            Query q = variant(full.get(), false, found, isBody, () -> true, piece -> Optional.empty(), expansions);
            if (q != null) {
                variants.add(new BoostQuery(q, SYNONYM_BOOST));
                expansions.add(full.get() + "（据索引推测的“" + text + "”全称）");
            }
        }
        if (variants.isEmpty()) {
            return null;
        }
        marks.add(new Highlights.Word(found));
        return variants.size() == 1 ? variants.get(0) : new DisjunctionMaxQuery(variants, 0.1f);
    }

    /**
     * One spelling of a word: all its pieces must match; the whole word as a phrase and smartcn words rank.
     * A body's name (卫生健康委, 国家医保局: a word {@code isBody} finds in the index's department vocabulary) or a fixed "互联网+" term must match whole, department names included
     * for bodies; any other word matches piece by piece in the title or text.
     */
    private Query variant(String text, boolean relaxed, List<Highlights.Spelling> spellings,
                          Predicate<String> isBody, BooleanSupplier keepWhole,
                          Function<String, Optional<String>> neighbours, Set<String> expansions) {
        List<Query> pieces = new ArrayList<>();
        boolean body = isBody.test(text);
        List<String> chunks = body || text.indexOf('+') >= 0 || text.indexOf('＋') >= 0 ? List.of(text)
                : chunks(text);
        // A dictionary spelling the texts never write as one run is cut like any other word, its pieces then
        // required close together in order (高血压、糖尿病), not anywhere in the task.
        boolean split = false;
        if (!body && chunks.size() == 1 && chunks.get(0).equals(text)) {
            List<String> cut = chunker.chunks(text);
            if (cut.size() > 1 && !keepWhole.getAsBoolean()) {
                chunks = cut;
                split = true;
            }
        }
        // A piece no task contains may also match the index word nearest in meaning (孩子近视 → 儿童 … 近视), said.
        List<String> near = new ArrayList<>();
        for (String chunk : chunks) {
            Query q = exact.exact(chunk, body);
            if (q != null) {
                Optional<String> alike = body ? Optional.empty() : neighbours.apply(chunk);
                Query other = alike.map(w -> exact.exact(w, false)).orElse(null);
                if (other != null) {
                    q = new BooleanQuery.Builder().add(q, Occur.SHOULD)
                            .add(new BoostQuery(other, SYNONYM_BOOST), Occur.SHOULD).build();
                    expansions.add(alike.get() + NEIGHBOUR_NOTE.formatted(chunk));
                }
                pieces.add(q);
                near.add(other != null ? alike.get() : chunk);
            }
        }
        if (pieces.isEmpty()) {
            return null;
        }
        spellings.add(new Highlights.Spelling(text, near, body));
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        Occur occur = relaxed && pieces.size() > 1 ? Occur.SHOULD : Occur.MUST;
        // Averaged, so a spelling with more pieces (a long synonym) does not outscore the word typed.
        float share = 1f / pieces.size();
        pieces.forEach(p -> all.add(new BoostQuery(p, share), occur));
        if (occur == Occur.SHOULD) {
            all.setMinimumNumberShouldMatch((pieces.size() + 1) / 2);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(all.build(), Occur.MUST);
        // The whole-word and proximity bonuses apply to a one-piece word too, so a dictionary term
        // (医疗联合体) scores on the same scale as a spelling cut into pieces (医疗|集团). Not for a body's
        // name: it ranks by its role in the task first (see ExactMatch).
        // Only what has bigram tokens counts: the analyzer drops the run around a lone surrogate, so the
        // whole word, or one of its pieces, may have none.
        Query whole = body ? null : exact.exact(text, false);
        if (whole != null) {
            b.add(new BoostQuery(whole, WHOLE_WORD_BOOST), Occur.SHOULD);
        }
        Query close = body ? null : exact.near(near);
        if (close != null) {
            b.add(close, split ? Occur.MUST : Occur.SHOULD);
        }
        // A body's name ranks by where it appears (leading, taking part, in the text), not by its words.
        Query ranking = body ? null : words(text);
        if (ranking != null) {
            b.add(ranking, Occur.SHOULD);
        }
        return b.build();
    }

    /** Dictionary terms stay whole (分级诊疗, 医疗保障); the text between them is cut by the {@link Chunker}. */
    private List<String> chunks(String text) {
        List<String> out = new ArrayList<>();
        for (Synonyms.Piece p : synonyms.pieces(text)) {
            if (p.term()) {
                out.add(p.text());
            } else {
                out.addAll(chunker.chunks(p.text()));
            }
        }
        return out;
    }

    /**
     * Tasks ranked by the role the named bodies play in them (lead, responsible, support), read from the department
     * facets' terms; equal roles rank newest first (the sort's tie-break). A body's name in a task's title or text
     * does not rank: scoring phrases of every name a short name resolves to (卫健委: the national body and every
     * region's) over most of the tasks made such a query cost several times a keyword's.
     */
    Query bodies(List<String> names) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String name : names) {
            any.add(ExactMatch.roles(name), Occur.SHOULD);
        }
        return new BooleanQuery.Builder().add(new TermQuery(new Term(Schema.KIND, Schema.KIND_TASK)), Occur.FILTER)
                .add(any.build(), Occur.SHOULD).build();
    }

    /** Highlight words for bodies named by the query: their names among the departments. */
    List<Highlights.Word> bodyMarks(List<String> names) {
        return names.stream().map(n -> new Highlights.Word(List.of(new Highlights.Spelling(n, List.of(n), true))))
                .toList();
    }

    /** A "quoted phrase": the exact character run must occur; never expanded. */
    private Query phrase(String text, List<Highlights.Word> marks, Predicate<String> isBody) {
        boolean body = isBody.test(text);
        Query match = exact.exact(text, body);
        if (match == null) {
            return null;
        }
        marks.add(new Highlights.Word(List.of(new Highlights.Spelling(text, List.of(text), body))));
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(match, Occur.MUST);
        Query ranking = words(text);
        if (ranking != null) {
            b.add(ranking, Occur.SHOULD);
        }
        return b.build();
    }

    /** smartcn word scores over title (boosted) and text; null when the text has no words. */
    private Query words(String text) {
        List<String> terms = Analysis.terms(schema.words(), Schema.TEXT_WORDS, text);
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Set<String> distinct = new LinkedHashSet<>(terms);
        float share = 1f / distinct.size();
        for (String t : distinct) {
            b.add(new BoostQuery(new TermQuery(new Term(fields.titleWords(), t)), TITLE_BOOST * share), Occur.SHOULD);
            b.add(new BoostQuery(new TermQuery(new Term(fields.textWords(), t)), share), Occur.SHOULD);
        }
        return b.build();
    }
}
