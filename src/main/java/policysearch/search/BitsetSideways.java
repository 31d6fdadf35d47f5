package policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;
import policysearch.index.Schema;

/**
 * Drill-sideways counting as sets of tasks: the base query's matches and each filtered dimension's tasks are bitsets,
 * a dimension's sideways set is the base narrowed by every other filtered dimension, and facets are counted over
 * those sets from {@link FacetOrdinals}. Gives exactly what {@link org.apache.lucene.facet.DrillSideways} gives
 * (tested against it), at a cost that follows the number of tasks matched rather than a scored pass per dimension.
 */
final class BitsetSideways {
    /** How many tasks the request matched, the facet counts, and the matching tasks themselves. */
    record Counted(long total, Facets facets, FixedBitSet hits) {
    }

    private final Snapshot snapshot;
    private final FacetsConfig config;
    private final FacetOrdinals ordinals;
    private Query lastBase;
    private FixedBitSet lastMatched;

    BitsetSideways(Snapshot snapshot, FacetsConfig config) throws IOException {
        this.snapshot = snapshot;
        this.config = config;
        this.ordinals = snapshot.facetOrdinals();
    }

    /** Matches of {@code base} narrowed by {@code dims}, with every dimension counted as drill-sideways counts it. */
    Counted count(Query base, Map<String, List<String>> dims) throws IOException {
        return counted(matched(base), filters(dims));
    }

    /** The counts and the first {@code topN} hits in {@code sort} order, ranked in the same pass that collects. */
    record Ranked(Counted counted, ScoreDoc[] top) {
    }

    /**
     * As {@link #count}, ranking the hits in the one pass over the base query's matches that collects them: every
     * match is scored once (a hit's score is its base query's, the filters add none, as in a drill-down).
     */
    Ranked rank(Query base, Map<String, List<String>> dims, Order order, int topN, boolean scores)
            throws IOException {
        Map<String, FixedBitSet> filters = filters(dims);
        FixedBitSet kept = narrowed(null, filters, null);
        int[] ranks = snapshot.sortRanks().ranks(order == Order.SCORE || order == Order.NEWEST);
        Ranking both = snapshot.search(base, new Ranking(ordinals.tasks(), kept,
                () -> new TopRanked(topN, ranks, order == Order.SCORE)));
        lastBase = base;
        lastMatched = both.matched();
        ScoreDoc[] top = both.top();
        if (scores && order != Order.SCORE && top.length > 0) {
            TopFieldCollector.populateScores(top, snapshot, base);
        }
        return new Ranked(counted(both.matched(), filters), top);
    }

    /** The orders of {@link Plan#sort}: by score then newest, newest first, oldest first. */
    enum Order {
        SCORE, NEWEST, OLDEST;

        /** The order of a request's hits. */
        static Order of(SortOrder sort, boolean scored) {
            return switch (sort) {
                case DATE -> NEWEST;
                case DATE_ASC -> OLDEST;
                default -> scored ? SCORE : OLDEST;
            };
        }
    }

    private Counted counted(FixedBitSet matched, Map<String, FixedBitSet> filters) {
        FixedBitSet hits = narrowed(matched, filters, null);
        int total = hits.cardinality();
        Map<String, List<FacetValue>> values = new LinkedHashMap<>();
        int[] counts = ordinals.count(hits, total);
        for (String dim : Schema.DIMS) {
            if (!filters.containsKey(dim)) {
                values.put(dim, ordinals.values(counts, dim));
            }
        }
        for (String dim : filters.keySet()) {
            FixedBitSet side = filters.size() == 1 ? matched : narrowed(matched, filters, dim);
            values.put(dim, ordinals.values(ordinals.count(side, side.cardinality()), dim));
        }
        return new Counted(total, new CountedFacets(values), hits);
    }

    /** How many matches of {@code base} every one of {@code dims} keeps (no facets counted). */
    long total(Query base, Map<String, List<String>> dims) throws IOException {
        return narrowed(matched(base), filters(dims), null).cardinality();
    }

    /** The base query's matches, collected once per query for this counter. */
    private FixedBitSet matched(Query base) throws IOException {
        if (!base.equals(lastBase)) {
            lastMatched = collect(base);
            lastBase = base;
        }
        return lastMatched;
    }

    private Map<String, FixedBitSet> filters(Map<String, List<String>> dims) throws IOException {
        Map<String, FixedBitSet> out = new HashMap<>();
        for (var e : dims.entrySet()) {
            DrillDownQuery one = new DrillDownQuery(config);
            e.getValue().forEach(v -> one.add(e.getKey(), v));
            out.put(e.getKey(), collect(one));
        }
        return out;
    }

    /** {@code matched} narrowed by every filter but {@code left} (null: by all); null matched: the filters alone. */
    private static FixedBitSet narrowed(FixedBitSet matched, Map<String, FixedBitSet> filters, String left) {
        List<FixedBitSet> by = new ArrayList<>();
        filters.forEach((dim, set) -> {
            if (!dim.equals(left)) {
                by.add(set);
            }
        });
        if (by.isEmpty()) {
            return matched;
        }
        FixedBitSet out = (matched == null ? by.remove(0) : matched).clone();
        by.forEach(out::and);
        return out;
    }

    /**
     * One pass over the base query: every task it matches into a set, and those within {@code kept} (null: all)
     * ranked by a top-hits collector.
     */
    private static final class Ranking implements CollectorManager<Collector, Ranking> {
        private final FixedBitSet tasks;
        private final FixedBitSet kept;
        private final java.util.function.Supplier<TopRanked> top;
        private final List<SetCollector> sets = new ArrayList<>();
        private final List<TopRanked> tops = new ArrayList<>();
        private FixedBitSet matched;
        private ScoreDoc[] docs;

        Ranking(FixedBitSet tasks, FixedBitSet kept, java.util.function.Supplier<TopRanked> top) {
            this.tasks = tasks;
            this.kept = kept;
            this.top = top;
        }

        @Override
        public Collector newCollector() {
            SetCollector set = new SetCollector(new FixedBitSet(tasks.length()));
            TopRanked ranked = top.get();
            sets.add(set);
            tops.add(ranked);
            Collector onlyKept = kept == null ? ranked : new FilterCollector(ranked) {
                @Override
                public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                    int base = context.docBase;
                    return new FilterLeafCollector(super.getLeafCollector(context)) {
                        @Override
                        public void collect(int doc) throws IOException {
                            if (kept.get(base + doc)) {
                                in.collect(doc);
                            }
                        }
                    };
                }
            };
            return MultiCollector.wrap(set, onlyKept);
        }

        @Override
        public Ranking reduce(java.util.Collection<Collector> collectors) {
            matched = new FixedBitSet(tasks.length());
            sets.forEach(c -> matched.or(c.set));
            matched.and(tasks);
            docs = TopRanked.merged(tops);
            return this;
        }

        FixedBitSet matched() {
            return matched;
        }

        ScoreDoc[] top() {
            return docs;
        }
    }

    /** Every task {@code query} matches, unscored, as a set of global doc ids (task records only). */
    private FixedBitSet collect(Query query) throws IOException {
        FixedBitSet set = matches(snapshot, query);
        set.and(ordinals.tasks());
        return set;
    }

    /** Every record {@code query} matches on {@code searcher}, unscored, as a set of global doc ids. */
    static FixedBitSet matches(org.apache.lucene.search.IndexSearcher searcher, Query query) throws IOException {
        return searcher.search(query, new BitsetCollector(searcher.getIndexReader().maxDoc()));
    }

    /** Collects matches into one bitset over the whole index. */
    private record BitsetCollector(int maxDoc) implements CollectorManager<SetCollector, FixedBitSet> {
        @Override
        public SetCollector newCollector() {
            return new SetCollector(new FixedBitSet(Math.max(1, maxDoc)));
        }

        @Override
        public FixedBitSet reduce(java.util.Collection<SetCollector> collectors) {
            if (collectors.size() == 1) {
                return collectors.iterator().next().set;
            }
            FixedBitSet out = new FixedBitSet(Math.max(1, maxDoc));
            collectors.forEach(c -> out.or(c.set));
            return out;
        }
    }

    /** Sets each match's global doc id. */
    private static final class SetCollector implements Collector {
        final FixedBitSet set;

        SetCollector(FixedBitSet set) {
            this.set = set;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            int base = context.docBase;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) {
                    set.set(base + doc);
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
