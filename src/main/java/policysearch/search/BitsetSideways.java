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
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;
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

    /** The counts and the page's first hits in a request's {@link Order}. */
    record Ranked(Counted counted, ScoreDoc[] top) {
    }

    /**
     * As {@link #count}, with the first {@code topN} hits in {@code order}: by score, a second pass over the query
     * that skips what cannot reach the page (the scorer is told the page's lowest score); by date, straight from the
     * hits and each task's place in the order, without running the query again.
     */
    Ranked rank(Query base, Map<String, List<String>> dims, Order order, int topN, boolean scores)
            throws IOException {
        Counted counted = count(base, dims);
        FixedBitSet hits = counted.hits();
        SortRanks ranks = snapshot.sortRanks();
        ScoreDoc[] top;
        if (counted.total() == 0) {
            top = new ScoreDoc[0];
        } else if (order == Order.SCORE) {
            // the scored pass visits only the matches (narrowed by any filters), stepping through the set collected
            // for the counts rather than leapfrogging the query's own disjunctions over tasks that do not match
            Query ranked = new BooleanQuery.Builder().add(base, Occur.MUST)
                    .add(new InSet(hits), Occur.FILTER).build();
            top = snapshot.search(ranked, new Ranking(hits, () -> new TopRanked(topN, ranks.ranks(true), true)));
        } else {
            top = ranks.first(hits, counted.total(), topN, order == Order.NEWEST);
            if (scores && top.length > 0) {
                TopFieldCollector.populateScores(top, snapshot, base);
            }
        }
        return new Ranked(counted, top);
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
        boolean pairs = FacetOrdinals.pairsRead(filters.keySet());
        int[] counts = ordinals.count(hits, total, pairs);
        for (String dim : Schema.DIMS) {
            if (!filters.containsKey(dim) && (pairs || !FacetOrdinals.PAIRS.contains(dim))) {
                values.put(dim, ordinals.values(counts, dim));
            }
        }
        for (String dim : filters.keySet()) {
            FixedBitSet side = filters.size() == 1 ? matched : narrowed(matched, filters, dim);
            values.put(dim, ordinals.values(ordinals.count(side, side.cardinality(), pairs), dim));
        }
        return new Counted(total, new CountedFacets(values), hits);
    }

    /** How many matches of {@code base} every one of {@code dims} keeps (no facets counted). */
    long total(Query base, Map<String, List<String>> dims) throws IOException {
        return narrowed(matched(base), filters(dims), null).cardinality();
    }

    /** The base query's matches (tasks, unfiltered), collected once per query for this counter. */
    FixedBitSet matched(Query base) throws IOException {
        if (!base.equals(lastBase)) {
            // every task (a listing): the set the ordinals already hold, not a pass over the index
            lastMatched = base.equals(DocumentRecords.TASKS) ? ordinals.tasks().clone() : collect(base);
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

    /** The page's top hits among {@code hits} (the tasks the request keeps), from a pass over the base query. */
    private static final class Ranking implements CollectorManager<Collector, ScoreDoc[]> {
        private final FixedBitSet hits;
        private final java.util.function.Supplier<TopRanked> top;
        private final List<TopRanked> tops = new ArrayList<>();

        Ranking(FixedBitSet hits, java.util.function.Supplier<TopRanked> top) {
            this.hits = hits;
            this.top = top;
        }

        @Override
        public Collector newCollector() {
            TopRanked ranked = top.get();
            tops.add(ranked);
            return new FilterCollector(ranked) {
                @Override
                public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                    int base = context.docBase;
                    return new FilterLeafCollector(super.getLeafCollector(context)) {
                        @Override
                        public void collect(int doc) throws IOException {
                            if (hits.get(base + doc)) {
                                in.collect(doc);
                            }
                        }
                    };
                }
            };
        }

        @Override
        public ScoreDoc[] reduce(java.util.Collection<Collector> collectors) {
            return TopRanked.merged(tops);
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
