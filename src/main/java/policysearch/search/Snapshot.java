package policysearch.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.util.BytesRef;
import policysearch.index.IndexMetadata;
import policysearch.index.Schema;

/**
 * One point-in-time view of the index with what is derived from it once per refresh rather than per
 * query: the facet ordinal state, corpus-wide facet counts, the document and task counts and the suggester.
 */
final class Snapshot extends IndexSearcher implements Corpus {
    private static final RegionNames REGIONS = RegionNames.standard();
    /** How many compiled readings and plans a snapshot keeps. */
    static final int COMPILED_KEPT = 1024;
    private final SortedSetDocValuesReaderState facetState;
    private final Map<String, List<FacetValue>> corpusFacets;
    private final Counts counts;
    /** Built on first use (a keystroke in the search box), so opening a snapshot never waits for it. */
    private volatile Suggester suggester;
    private final Synonyms synonyms;
    /** Read on first use: opening a snapshot (a restart, a refresh) never waits for it. */
    private volatile Vocabulary vocabulary;
    /** The body resolver over {@link #vocabulary}, built on first use. */
    private volatile BodyNames bodyNames;
    /** Read on first use, like the vocabulary: only a department or role filter, or an empty result, needs them. */
    private volatile List<DocumentFacts> documents;
    private final boolean hasVectors;
    /** Queries' readings and plans compiled on this snapshot, at most {@link #COMPILED_KEPT} (the most used kept). */
    private final Cache<Object, Object> compiled = Caffeine.newBuilder().maximumSize(COMPILED_KEPT)
            .executor(Runnable::run).build();
    /** Every task's facet ordinals, read on first use (see {@link FacetOrdinals}). */
    private volatile FacetOrdinals facetOrdinals;
    /** Every task's place in the listing orders, read on first use. */
    private volatile SortRanks sortRanks;
    /** Guards reading the ordinals and ranks, apart from the names (a search for names never waits for them). */
    private final Object derived = new Object();
    /** The index's words with their vectors, for words no task contains; embedded on first use. */
    private final LazyNeighbours neighbours;
    /** Guessed full forms of abbreviations the index lacks; its word lists are read on first use. */
    private final Abbreviations abbreviations = new Abbreviations(this);

    private Snapshot(IndexReader reader, Schema schema, Synonyms synonyms) throws IOException {
        super(reader);
        this.facetState = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, schema.facetsConfig())
                : null;
        // counted once here; searches read the values (Lucene's counts share doc values, unsafe across threads)
        this.corpusFacets = facetState == null ? Map.of()
                : valuesOfEveryDim(new SortedSetDocValuesFacetCounts(facetState));
        this.counts = new Counts(count(DocumentRecords.DOCUMENTS), count(DocumentRecords.TASKS));
        this.synonyms = synonyms;
        this.neighbours = new LazyNeighbours(reader, schema.embeddings());
        this.hasVectors = reader.leaves().stream()
                .anyMatch(l -> l.reader().getFieldInfos().fieldInfo(Schema.VECTOR) != null);
    }

    /**
     * A factory for a SearcherManager: checks the schema version of every reader it opens and the checksums of
     * every segment new since {@code previous} (reading each new file once, about a second per GB), so a damaged
     * commit is refused before it answers a search, and the snapshot before it stays.
     */
    static SearcherFactory factory(Schema schema, Synonyms synonyms, Path dir) {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                if (reader instanceof DirectoryReader dr) {
                    IndexMetadata.requireCompatible(dr, dir);
                }
                java.util.Set<Object> known = new java.util.HashSet<>();
                if (previous != null) {
                    previous.leaves().forEach(l -> known.add(l.reader().getCoreCacheHelper().getKey()));
                }
                for (LeafReaderContext leaf : reader.leaves()) {
                    if (!known.contains(leaf.reader().getCoreCacheHelper().getKey())) {
                        leaf.reader().checkIntegrity();
                    }
                }
                Snapshot snapshot = new Snapshot(reader, schema, synonyms);
                Thread.ofVirtual().name("facet-ordinals").start(snapshot::warm);
                return snapshot;
            }
        };
    }

    /** Facet ordinal state, or null when the index has no tasks. */
    SortedSetDocValuesReaderState facetState() {
        return facetState;
    }

    /** Reads what the first searches would otherwise wait for; a snapshot closed meanwhile is left alone. */
    private void warm() {
        try {
            facetOrdinals();
            sortRanks();
        } catch (IOException | RuntimeException e) {
            // closed or replaced before it was read: the first search that needs it reads it (or says why not)
        }
    }

    /** The listing orders when already read (by the background warm-up or a search), else null: never waits. */
    SortRanks sortRanksIfReady() {
        return sortRanks;
    }

    /** Every task's place in the listing orders, read on first use. */
    SortRanks sortRanks() throws IOException {
        SortRanks r = sortRanks;
        return r != null ? r : unbudgeted(this::readSortRanks);
    }

    private SortRanks readSortRanks() throws IOException {
        SortRanks r = sortRanks;
        if (r == null) {
            FacetOrdinals f = facetOrdinals();
            synchronized (derived) {
                r = sortRanks;
                if (r == null) {
                    r = SortRanks.read(getIndexReader(), f == null
                            ? BitsetSideways.matches(this, DocumentRecords.TASKS) : f.tasks());
                    sortRanks = r;
                }
            }
        }
        return r;
    }

    /** Every task's facet ordinals in memory, read on first use; null when the index has no tasks. */
    FacetOrdinals facetOrdinals() throws IOException {
        FacetOrdinals f = facetOrdinals;
        return f != null || facetState == null ? f : unbudgeted(this::readFacetOrdinals);
    }

    private FacetOrdinals readFacetOrdinals() throws IOException {
        FacetOrdinals f = facetOrdinals;
        if (f == null && facetState != null) {
            synchronized (derived) {
                f = facetOrdinals;
                if (f == null) {
                    f = FacetOrdinals.read(facetState, BitsetSideways.matches(this, DocumentRecords.TASKS));
                    facetOrdinals = f;
                }
            }
        }
        return f;
    }

    /** Facet values over all tasks, per Lucene dimension, by count. */
    List<FacetValue> corpusFacet(String dim) {
        return corpusFacets.getOrDefault(dim, List.of());
    }

    /** Documents and tasks in this snapshot. */
    Counts counts() {
        return counts;
    }

    @Override
    public Vocabulary vocabulary() throws IOException {
        Vocabulary v = vocabulary;
        if (v == null) {
            synchronized (this) {
                v = vocabulary;
                if (v == null) {
                    v = CorpusRecords.vocabulary(this, counts.documents(), this::names);
                    vocabulary = v;
                }
            }
        }
        return v;
    }

    /** Read on first use. */
    @Override
    public List<DocumentFacts> documents() throws IOException {
        List<DocumentFacts> d = documents;
        if (d == null) {
            synchronized (this) {
                d = documents;
                if (d == null) {
                    d = CorpusRecords.facts(this, counts.documents());
                    documents = d;
                }
            }
        }
        return d;
    }

    /** Built once, on first use. */
    @Override
    public BodyNames bodyNames(Synonyms synonyms, RegionNames regions) throws IOException {
        BodyNames b = bodyNames;
        if (b == null) {
            b = new BodyNames(vocabulary(), synonyms, regions);
            bodyNames = b;
        }
        return b;
    }

    /** The departments a short name resolves to (卫健委 → 国家卫生健康委, …), as query understanding resolves them. */
    private List<String> bodies(String word, Synonyms synonyms) {
        try {
            return bodyNames(synonyms, REGIONS).resolve(word);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public java.util.Optional<String> abbreviation(String word) throws IOException {
        return abbreviations.guess(word).map(Abbreviations.Guess::full);
    }

    /** The nearest index word by meaning, once the index's words are embedded (see {@link LazyNeighbours}). */
    @Override
    public java.util.Optional<String> neighbour(String word) throws IOException {
        WordNeighbours n = neighbours.ready() ? neighbours.table() : unbudgeted(neighbours::table);
        return n == null ? java.util.Optional.empty() : n.nearest(word).map(WordNeighbours.Neighbour::word);
    }

    @Override
    public boolean neighboursReady() {
        return neighbours.ready();
    }

    /**
     * Runs what a snapshot prepares once for every search (words embedded, ordinals and ranks read) outside the
     * budget of the search that happens to need it first: that search waits, but is not cut off for it.
     */
    private <T> T unbudgeted(org.apache.lucene.util.IOSupplier<T> work) throws IOException {
        if (getIndexReader() instanceof BudgetedReader budgeted && budgeted.deadline() instanceof SearchDeadline d) {
            return d.excluding(work);
        }
        return work.get();
    }

    /** Kept per snapshot: a refresh (new terms, new names) compiles afresh. Two threads may compile the same key once each. */
    @Override
    @SuppressWarnings("unchecked")
    public <T> T compiled(Object key, Compiler<T> make) throws IOException {
        Object v = compiled.getIfPresent(key);
        if (v == null) {
            v = make.compile();
            compiled.put(key, v);
        }
        return (T) v;
    }

    /** How many compiled things this snapshot keeps now. */
    int compiledCount() {
        compiled.cleanUp();
        return (int) compiled.estimatedSize();
    }

    /** True when tasks carry passage vectors (the index was built with the embedding model on). */
    boolean hasVectors() {
        return hasVectors;
    }

    /** True when some segment has vectors in {@code field}. */
    boolean hasVectors(String field) {
        return getIndexReader().leaves().stream()
                .anyMatch(l -> l.reader().getFieldInfos().fieldInfo(field) != null);
    }

    /** The suggester over this snapshot. */
    synchronized Suggester suggester() throws IOException {
        if (suggester == null) {
            suggester = new Suggester(suggestions(synonyms), word -> bodies(word, synonyms));
        }
        return suggester;
    }

    private static boolean hasFacets(IndexReader reader) {
        for (LeafReaderContext leaf : reader.leaves()) {
            if (leaf.reader().getFieldInfos().fieldInfo(org.apache.lucene.facet.FacetsConfig.DEFAULT_INDEX_FIELD_NAME)
                    != null) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, List<FacetValue>> valuesOfEveryDim(Facets all) throws IOException {
        Map<String, List<FacetValue>> out = new HashMap<>();
        for (String dim : Schema.DIMS) {
            out.put(dim, FacetOrder.all(all, dim)); // every value in order: the department list is searched by name
        }
        return out;
    }

    private java.util.Set<String> names(String dim) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        corpusFacet(dim).forEach(v -> out.add(v.value()));
        return java.util.Collections.unmodifiableSet(out);
    }

    private List<Suggester.Entry> suggestions(Synonyms synonyms) throws IOException {
        List<Suggester.Entry> entries = new ArrayList<>();
        synonyms.terms().forEach(t -> entries.add(new Suggester.Entry(t, Suggester.Kind.TERM, 0)));
        corpusFacet(Schema.DIM_DEPARTMENT).forEach(v ->
                entries.add(new Suggester.Entry(v.value(), Suggester.Kind.DEPARTMENT, v.count())));
        TreeSet<String> titles = new TreeSet<>();
        for (LeafReaderContext leaf : getIndexReader().leaves()) {
            SortedSetDocValues dv = leaf.reader().getSortedSetDocValues(Schema.SUGGEST_TITLE);
            if (dv == null) {
                continue;
            }
            TermsEnum te = dv.termsEnum();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                titles.add(t.utf8ToString());
            }
        }
        titles.forEach(t -> entries.add(new Suggester.Entry(t, Suggester.Kind.TASK, 0)));
        return entries;
    }
}
