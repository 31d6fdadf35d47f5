package policysearch.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import policysearch.index.Schema;
import policysearch.search.opensearch.Cluster;
import policysearch.search.opensearch.Fields;
import policysearch.search.opensearch.IndexLayout;
import policysearch.search.opensearch.QueryDsl;

/**
 * One versioned OpenSearch index seen as the pipeline sees a Lucene snapshot: its counts, corpus facets, document
 * facts, vocabulary and suggester, read once when it is opened (what {@link Snapshot} derives once per refresh),
 * and queries counted or run on it.
 */
final class OpenSearchCorpus implements Corpus {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** An empty searcher: rewriting a query on it applies Lucene's clause limit before anything is sent. */
    private static final IndexSearcher LIMITS = limits();

    private final Cluster cluster;
    private final String index;
    private final Counts counts;
    private final Map<String, List<FacetValue>> corpusFacets;
    private final List<Document> records;
    private final Vocabulary vocabulary;
    private final List<DocumentFacts> facts;
    private final Suggester suggester;
    private volatile BodyNames bodyNames;

    OpenSearchCorpus(Cluster cluster, String index, Synonyms synonyms) {
        this.cluster = cluster;
        this.index = index;
        this.counts = new Counts(count(DocumentRecords.DOCUMENTS), count(DocumentRecords.TASKS));
        this.corpusFacets = facets(DocumentRecords.TASKS, Map.of()).counts();
        this.records = documentRecords();
        this.vocabulary = readVocabulary();
        this.facts = records.stream().map(StoredRecords::facts).toList();
        this.suggester = new Suggester(suggestions(synonyms), word -> bodyNames(synonyms, RegionNames.standard())
                .resolve(word));
    }

    private static IndexSearcher limits() {
        try {
            return new IndexSearcher(new MultiReader());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The versioned index this view reads. */
    String index() {
        return index;
    }

    Counts counts() {
        return counts;
    }

    List<FacetValue> corpusFacet(String dim) {
        return corpusFacets.getOrDefault(dim, List.of());
    }

    Suggester suggester() {
        return suggester;
    }

    @Override
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    @Override
    public BodyNames bodyNames(Synonyms synonyms, RegionNames regions) {
        BodyNames b = bodyNames;
        if (b == null) {
            b = new BodyNames(vocabulary, synonyms, regions);
            bodyNames = b;
        }
        return b;
    }

    @Override
    public List<DocumentFacts> documents() {
        return facts;
    }

    @Override
    public int count(Query query) {
        ObjectNode body = F.objectNode();
        body.set("query", dsl(query));
        return cluster.send("POST", "/" + index + "/_count", body).path("count").asInt();
    }

    /** The query's DSL, after Lucene's own check of its size (a query too large fails as it would embedded). */
    static ObjectNode dsl(Query query) {
        try {
            LIMITS.rewrite(query);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return QueryDsl.of(query);
    }

    /** Runs a search body on the index. */
    JsonNode search(ObjectNode body) {
        return cluster.send("POST", "/" + index + "/_search", body);
    }

    /** Facet counts of the records {@code query} matches, each dimension narrowed by {@code filters}' others. */
    Faceted facets(Query query, Map<String, List<String>> filters) {
        ObjectNode body = F.objectNode().put("size", 0).put("track_total_hits", true);
        body.set("query", dsl(query));
        body.set("aggs", FacetAggregations.sideways(filters));
        JsonNode answer = search(body);
        return new Faceted(answer.path("hits").path("total").path("value").asLong(),
                FacetAggregations.read(answer.path("aggregations")));
    }

    /** Total and facet counts. */
    record Faceted(long total, Map<String, List<FacetValue>> counts) {
    }

    /** The sort keys of a Lucene sort. */
    static com.fasterxml.jackson.databind.node.ArrayNode sort(Sort sort) {
        var out = F.arrayNode();
        for (SortField f : sort.getSort()) {
            if (f.getType() == SortField.Type.SCORE) {
                out.addObject().put("_score", "desc");
            } else {
                out.addObject().putObject(f.getField()).put("order", f.getReverse() ? "desc" : "asc");
            }
        }
        return out;
    }

    /** The stored fields of every hit of an answer, in order. */
    static List<Document> stored(JsonNode answer) {
        List<Document> out = new ArrayList<>();
        answer.path("hits").path("hits").forEach(h -> out.add(Fields.stored(h.path("_source"))));
        return out;
    }

    /**
     * Every record {@code query} matches, in {@code sort} order, page after page ({@code search_after}: the sort
     * ends with the document and task number, so no two records share their keys).
     */
    List<JsonNode> all(Query query, Sort sort) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode after = null;
        while (true) {
            ObjectNode body = F.objectNode().put("size", 1000).put("track_total_hits", false);
            body.set("query", dsl(query));
            body.set("sort", sort(sort));
            body.putArray("_source").add(Fields.STORED);
            if (after != null) {
                body.set("search_after", after);
            }
            JsonNode hits = search(body).path("hits").path("hits");
            hits.forEach(out::add);
            if (hits.size() < 1000) {
                return out;
            }
            after = hits.get(hits.size() - 1).path("sort");
        }
    }

    private List<Document> documentRecords() {
        ObjectNode body = F.objectNode().put("size", Math.max(1, Math.min(counts.documents(), FacetAggregations.SIZE)));
        body.set("query", QueryDsl.of(DocumentRecords.DOCUMENTS));
        body.putArray("sort").addObject().put(Fields.LOAD_ORDER, "asc"); // as the embedded index lists them
        return stored(search(body));
    }

    private Vocabulary readVocabulary() {
        List<Vocabulary.Doc> docs = new ArrayList<>();
        for (Document d : records) {
            var year = d.getField(Schema.YEAR);
            docs.add(new Vocabulary.Doc(d.get(Schema.DOC_ID), d.get(Schema.DOC_TITLE), d.get(Schema.LIST_TITLE),
                    d.get(Schema.NUMBER), year == null ? 0 : year.numericValue().intValue(), d.get(Schema.REGION),
                    d.get(Schema.ISSUER)));
        }
        return new Vocabulary(names(Schema.DIM_YEAR), names(Schema.DIM_REGION), names(Schema.DIM_ISSUER),
                List.copyOf(names(Schema.DIM_DEPARTMENT)), names(Schema.DIM_SECTOR), List.copyOf(docs));
    }

    private Set<String> names(String dim) {
        Set<String> out = new LinkedHashSet<>();
        corpusFacet(dim).forEach(v -> out.add(v.value()));
        return java.util.Collections.unmodifiableSet(out);
    }

    /** Dictionary terms, departments and the distinct task titles (a composite aggregation, page by page). */
    private List<Suggester.Entry> suggestions(Synonyms synonyms) {
        List<Suggester.Entry> entries = new ArrayList<>();
        synonyms.terms().forEach(t -> entries.add(new Suggester.Entry(t, Suggester.Kind.TERM, 0)));
        corpusFacet(Schema.DIM_DEPARTMENT).forEach(v ->
                entries.add(new Suggester.Entry(v.value(), Suggester.Kind.DEPARTMENT, v.count())));
        TreeSet<String> titles = new TreeSet<>();
        JsonNode after = null;
        while (true) {
            ObjectNode body = F.objectNode().put("size", 0);
            ObjectNode composite = body.putObject("aggs").putObject("titles").putObject("composite").put("size", 1000);
            composite.putArray("sources").addObject().putObject("t").putObject("terms")
                    .put("field", Schema.SUGGEST_TITLE);
            if (after != null) {
                composite.set("after", after);
            }
            JsonNode agg = search(body).path("aggregations").path("titles");
            agg.path("buckets").forEach(b -> titles.add(b.path("key").path("t").asText()));
            after = agg.path("after_key");
            if (agg.path("buckets").size() < 1000 || after.isMissingNode()) {
                break;
            }
        }
        titles.forEach(t -> entries.add(new Suggester.Entry(t, Suggester.Kind.TASK, 0)));
        return entries;
    }

    /** The index the alias names now, or null when there is none. */
    static String current(Cluster cluster) {
        if (!cluster.exists("/_alias/" + IndexLayout.ALIAS)) {
            return null;
        }
        JsonNode answer = cluster.send("GET", "/_alias/" + IndexLayout.ALIAS, null);
        return answer.fieldNames().hasNext() ? answer.fieldNames().next() : null;
    }

    /** The build metadata recorded on {@code index} ({@code _meta}). */
    static Map<String, String> meta(Cluster cluster, String index) {
        Map<String, String> out = new LinkedHashMap<>();
        cluster.send("GET", "/" + index + "/_mapping", null).path(index).path("mappings").path("_meta").properties()
                .forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }
}
