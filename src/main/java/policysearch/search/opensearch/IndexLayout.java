package policysearch.search.opensearch;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import policysearch.index.Schema;

/**
 * The OpenSearch index of one schema version: an index template ({@code policy-search-v7}: settings, analysis,
 * mappings) for the versioned indices {@code policy-search-v7-TIMESTAMP}, and the alias {@code policy-search} that
 * names the one answering. The analysis is the embedded index's, rebuilt from the same Lucene classes: smartcn
 * words (the analysis-smartcn plugin) and standard tokenizer, CJK width folding, lower case and CJK bigrams with
 * unigrams (analysis-common), with the same position gap between the values of a field.
 */
public final class IndexLayout {
    /** The alias every reader uses. */
    public static final String ALIAS = "policy-search";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** How far into the results a page may start (OpenSearch refuses deeper pages with a 400). */
    static final int MAX_RESULT_WINDOW = 1_000_000;
    /** The embedded index's vector size (bge-small-zh). */
    static final int DIMENSIONS = 512;

    private IndexLayout() {
    }

    /** The name prefix of this schema version's indices (and its template's name). */
    public static String prefix() {
        return ALIAS + "-v" + Schema.SCHEMA_VERSION;
    }

    /** The index template: settings and mappings for every index of this schema version. */
    static ObjectNode template(int shards, int replicas, boolean vectors) {
        ObjectNode t = F.objectNode();
        t.putArray("index_patterns").add(prefix() + "-*");
        ObjectNode body = t.putObject("template");
        body.set("settings", settings(shards, replicas, vectors));
        body.set("mappings", mappings(vectors, Map.of()));
        return t;
    }

    static ObjectNode settings(int shards, int replicas, boolean vectors) {
        ObjectNode s = F.objectNode();
        ObjectNode index = s.putObject("index");
        index.put("number_of_shards", shards).put("number_of_replicas", replicas);
        // the deepest page the site serves (page 10,000 of 100 tasks), as the embedded engine does
        index.put("max_result_window", MAX_RESULT_WINDOW);
        // loading refreshes once, at the end (see Loader); readers see the whole new index or the old one
        index.put("refresh_interval", "-1");
        if (vectors) {
            index.put("knn", true);
        }
        ObjectNode analysis = s.putObject("analysis");
        ObjectNode filters = analysis.putObject("filter");
        filters.putObject("bigrams_with_unigrams").put("type", "cjk_bigram").put("output_unigrams", true);
        filters.putObject("phrase_gap").put("type", "stop").putArray("stopwords").add(Fields.GAP);
        ObjectNode analyzers = analysis.putObject("analyzer");
        ObjectNode bigrams = analyzers.putObject("bigrams").put("type", "custom").put("tokenizer", "standard");
        bigrams.putArray("filter").add("cjk_width").add("lowercase").add("bigrams_with_unigrams");
        ObjectNode phrase = analyzers.putObject(Fields.PHRASE_ANALYZER).put("type", "custom")
                .put("tokenizer", "whitespace");
        phrase.putArray("filter").add("phrase_gap");
        return s;
    }

    /** Field mappings; {@code meta} is recorded as the mapping's {@code _meta} (schema version, fingerprint…). */
    static ObjectNode mappings(boolean vectors, Map<String, String> meta) {
        ObjectNode m = F.objectNode();
        m.put("dynamic", "strict");
        ObjectNode metaNode = m.putObject("_meta");
        meta.forEach(metaNode::put);
        ObjectNode p = m.putObject("properties");
        Fields.WORD_FIELDS.forEach(f -> p.putObject(f).put("type", "text").put("analyzer", "smartcn")
                .put("position_increment_gap", 0));
        Fields.BIGRAM_FIELDS.forEach(f -> p.putObject(f).put("type", "text").put("analyzer", "bigrams")
                .put("position_increment_gap", 100));
        Fields.KEYWORD_FIELDS.forEach(f -> p.putObject(f).put("type", "keyword"));
        Schema.DIMS.forEach(d -> p.putObject(Fields.facet(d)).put("type", "keyword"));
        Fields.LONG_FIELDS.forEach(f -> p.putObject(f).put("type", "long"));
        p.putObject(Fields.STORED).put("type", "object").put("enabled", false);
        if (vectors) {
            for (String f : Fields.VECTOR_FIELDS) {
                ObjectNode v = p.putObject(f).put("type", "knn_vector").put("dimension", DIMENSIONS);
                v.putObject("method").put("name", "hnsw").put("space_type", "cosinesimil").put("engine", "lucene");
            }
        }
        return m;
    }
}
