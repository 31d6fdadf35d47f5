package policysearch.search.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import policysearch.index.Schema;

/**
 * The OpenSearch form of a record, made from the very Lucene document the embedded index stores, so both engines
 * hold the same values field by field: analysed text under its own name (analysed the same way, see
 * {@link IndexLayout}), exact terms and doc values as keyword or long fields, each facet dimension as a keyword
 * field {@code facet_DIM}, and the stored values under {@link #STORED}, from which a hit is rebuilt as a Lucene
 * document again.
 */
public final class Fields {
    /** The object holding the stored fields (kept in {@code _source}, not indexed). */
    public static final String STORED = "stored";
    /** A position with no term in a phrase sent to OpenSearch (a symbol the bigram analyzer never emits). */
    static final String GAP = "\u2400";
    /** The search analyzer of phrases: whitespace-separated terms, {@link #GAP} a hole. */
    static final String PHRASE_ANALYZER = "phrase_terms";
    static final Set<String> WORD_FIELDS = Set.of(Schema.TITLE_WORDS, Schema.TEXT_WORDS, Schema.DOC_TITLE_WORDS,
            Schema.DOC_TEXT_WORDS);
    static final Set<String> BIGRAM_FIELDS = Set.of(Schema.TITLE_BIGRAMS, Schema.TEXT_BIGRAMS, Schema.SECTION_BIGRAMS,
            Schema.DEPT_BIGRAMS,
            Schema.LEAD_BIGRAMS, Schema.RESPONSIBLE_BIGRAMS, Schema.DOC_TITLE_BIGRAMS, Schema.DOC_TEXT_BIGRAMS);
    static final Set<String> KEYWORD_FIELDS = Set.of(Schema.KIND, Schema.TASK_ID, Schema.DOC_ID,
            Schema.NO_DEPARTMENTS, Schema.UNSTATED_ROLE, Schema.DOC_FILTER, Schema.SORT_DOC, Schema.SUGGEST_TITLE);
    /** The order a record was loaded in (the embedded index's document order), for listings in that order. */
    public static final String LOAD_ORDER = "load_order";
    static final Set<String> LONG_FIELDS = Set.of(Schema.SORT_DATE, Schema.SORT_NO, LOAD_ORDER);
    static final Set<String> VECTOR_FIELDS = Set.of(Schema.VECTOR, Schema.TITLE_VECTOR);
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Fields() {
    }

    /** The keyword field of a facet dimension. */
    public static String facet(String dim) {
        return "facet_" + dim;
    }

    /** The JSON source of a Lucene record; its vectors only when {@code vectors} (the k-NN plugin is there). */
    public static ObjectNode source(Document d, boolean vectors) {
        ObjectNode out = F.objectNode();
        ObjectNode stored = out.putObject(STORED);
        for (IndexableField f : d.getFields()) {
            String name = f.name();
            if (name.equals(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)) {
                if (f.fieldType().indexOptions() != IndexOptions.NONE) {
                    String[] path = FacetsConfig.stringToPath(f.stringValue());
                    if (path.length == 2) {
                        add(out, facet(path[0]), F.textNode(path[1]));
                    }
                }
                continue;
            }
            if (f instanceof KnnFloatVectorField v) {
                if (vectors) {
                    var array = out.putArray(name);
                    for (float x : v.vectorValue()) {
                        array.add(x);
                    }
                }
                continue;
            }
            if (f.fieldType().stored()) {
                Number n = f.numericValue();
                add(stored, name, n == null ? F.textNode(f.stringValue()) : F.numberNode(n.longValue()));
            }
            if (f.fieldType().indexOptions() != IndexOptions.NONE) {
                add(out, name, F.textNode(f.stringValue()));
            } else if (f.fieldType().docValuesType() == DocValuesType.NUMERIC) {
                out.put(name, f.numericValue().longValue());
            } else if (f.fieldType().docValuesType() == DocValuesType.SORTED
                    || f.fieldType().docValuesType() == DocValuesType.SORTED_SET) {
                add(out, name, F.textNode(f.binaryValue().utf8ToString()));
            }
        }
        return out;
    }

    /** The stored fields of a hit's {@code _source} as a Lucene document, as the embedded index returns them. */
    public static Document stored(JsonNode source) {
        Document d = new Document();
        JsonNode stored = source.path(STORED);
        for (Map.Entry<String, JsonNode> e : stored.properties()) {
            if (e.getValue().isArray()) {
                e.getValue().forEach(v -> d.add(field(e.getKey(), v)));
            } else {
                d.add(field(e.getKey(), e.getValue()));
            }
        }
        return d;
    }

    private static StoredField field(String name, JsonNode v) {
        return v.isNumber() ? new StoredField(name, v.intValue()) : new StoredField(name, v.asText());
    }

    private static void add(ObjectNode o, String name, JsonNode v) {
        JsonNode old = o.get(name);
        if (old == null) {
            o.set(name, v);
        } else if (old.isArray()) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) old).add(v);
        } else {
            o.putArray(name).add(old).add(v);
        }
    }
}
