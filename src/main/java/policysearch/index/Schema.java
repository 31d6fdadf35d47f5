package policysearch.index;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.codecs.perfield.PerFieldKnnVectorsFormat;
import org.apache.lucene.facet.FacetsConfig;
import policysearch.embed.Embeddings;

/**
 * The single owner of the index layout: field names, facet dimensions, analyzers, the one FacetsConfig
 * used for both indexing and searching, and the schema version recorded in every commit.
 * Build one per process: the smartcn dictionary takes about half a second to load.
 */
public final class Schema implements AutoCloseable {
    /**
     * HNSW graph: neighbours kept per node, Lucene's default. With {@link #HNSW_BEAM_WIDTH}, measured at 100k
     * synthetic tasks (`bench` prints the recall): 16/100 found 0.90 of the 10 nearest passages when asked for 50
     * candidates as the related list is; 16/50 indexed 25 % faster at 0.86, 12/64 16 % faster at 0.785.
     */
    public static final int HNSW_MAX_CONN = 16;
    /** HNSW graph: candidates considered while inserting a node, Lucene's default. */
    public static final int HNSW_BEAM_WIDTH = 100;

    /** Bumped whenever fields or analysis change; an index of another version is refused, then rebuilt. */
    public static final int SCHEMA_VERSION = 9;

    // Commit user data keys.
    public static final String META_SCHEMA = "schema_version";
    public static final String META_FINGERPRINT = "seeds_fingerprint";
    public static final String META_DOCUMENTS = "documents";
    public static final String META_TASKS = "tasks";
    /** The embedding model whose passage vectors the index holds, or {@link #NO_VECTORS}. */
    public static final String META_VECTORS = "vectors";
    public static final String NO_VECTORS = "none";

    /** Record kind: each task is one Lucene document; each policy document adds one "doc" record. */
    public static final String KIND = "kind";
    public static final String KIND_TASK = "task";
    public static final String KIND_DOC = "doc";

    // Identity: StringField (exact, not analysed) so a TermQuery finds one record.
    public static final String TASK_ID = "task_id";
    public static final String DOC_ID = "doc_id";

    // Stored only: what a Hit is rebuilt from without re-parsing seeds.
    public static final String SOURCE = "source";
    public static final String TASK_NO = "task_no";
    public static final String LABEL = "label";
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    public static final String SECTION_NO = "section_no";
    public static final String SECTION_TITLE = "section_title";
    public static final String DEPARTMENT = "department";
    public static final String DOC_TITLE = "doc_title";
    public static final String LIST_TITLE = "list_title";
    public static final String NUMBER = "number";
    public static final String ISSUER = "issuer";
    public static final String DATE = "date";
    public static final String YEAR = "year";
    public static final String REGION = "region";
    public static final String SECTIONS = "sections";
    public static final String TASK_COUNT = "task_count";
    /** On a document's summary record: the roles (Role ids) its department clauses name, one value each. */
    public static final String DOC_ROLES = "doc_roles";
    /** On a document's summary record: how many of its tasks list no department. */
    public static final String UNLISTED_TASKS = "unlisted_tasks";

    // What a source does not state, known at indexing: StringFields, so a count of the tasks a department or
    // role filter cannot see is one term more in a query.
    /** A task whose source lists no department: value {@link #YES}. */
    public static final String NO_DEPARTMENTS = "no_depts";
    /** A role (Role id) the task's document never names (2021: lead; a document without departments: all three). */
    public static final String UNSTATED_ROLE = "unstated_role";
    public static final String YES = "yes";

    /**
     * The document a local one says it implements, as stated (文号, title), on its summary record: stored only,
     * resolved against the indexed documents when lineage is asked for, so a parent indexed later is found too.
     */
    public static final String PARENT_NUMBER = "parent_number";
    public static final String PARENT_TITLE = "parent_title";

    // Searched text: smartcn words rank, bigrams match (see Analyzers).
    public static final String TITLE_WORDS = "title_zh";
    public static final String TEXT_WORDS = "text_zh";
    public static final String TITLE_BIGRAMS = "title_bi";
    public static final String TEXT_BIGRAMS = "text_bi";
    /** The heading of the task's section as bigrams: a task is found by the theme its section names too. */
    public static final String SECTION_BIGRAMS = "section_bi";
    /** Department names as bigrams, so 卫健委 (expanded to 卫生健康委) finds the tasks that body takes part in. */
    public static final String DEPT_BIGRAMS = "dept_bi";
    /** The leading departments (牵头) again, so a task a body leads ranks above one it is responsible for. */
    public static final String LEAD_BIGRAMS = "lead_bi";
    /** The responsible departments (负责) again, so they rank between leading and supporting ones. */
    public static final String RESPONSIBLE_BIGRAMS = "resp_bi";

    // A document's own record: its titles and 文号, and its text outside the task list (notice, preamble,
    // closing). Fields of their own, so the tasks' term statistics (and their ranking) stay as they were.
    public static final String DOC_TITLE_WORDS = "doc_title_zh";
    public static final String DOC_TEXT_WORDS = "doc_text_zh";
    public static final String DOC_TITLE_BIGRAMS = "doc_title_bi";
    public static final String DOC_TEXT_BIGRAMS = "doc_text_bi";
    /** The document's own text before and after its task list, stored for its page and highlighted passages. */
    public static final String DOC_PREFACE = "doc_preface";
    public static final String DOC_CLOSING = "doc_closing";
    /**
     * The document-level filters a document record passes ({@code year:2021}, {@code issuer:国务院办公厅}, …): exact
     * terms rather than facet fields, so document records never count in the tasks' facets.
     */
    public static final String DOC_FILTER = "doc_filter";

    // Doc values for sorting: document date (epoch day), then document id, then task number.
    public static final String SORT_DATE = "sort_date";
    public static final String SORT_DOC = "sort_doc";
    public static final String SORT_NO = "sort_no";
    /**
     * The task's passage vector (title and text) for semantic retrieval: HNSW graph, cosine similarity, so a
     * kNN query with the filters as its pre-filter finds the nearest tasks among those the filters keep.
     */
    public static final String VECTOR = "vector";
    /**
     * The task title's own vector: a short query is often closer to a title (乱开药 → 促进科学合理用药) than to the
     * whole passage, so related tasks take the better of the two similarities.
     */
    public static final String TITLE_VECTOR = "title_vector";
    /**
     * The vectors of the task text's sentences ({@link SentenceVectors}, binary doc values, no graph): the tasks the
     * passage and title graphs find are ranked by the best of the three, since a short query is nearest to the one
     * sentence of a task that answers it.
     */
    public static final String SENTENCE_VECTORS = "sentence_vectors";
    /** Distinct task titles for suggestions, read from the terms of a sorted-set doc-values field. */
    public static final String SUGGEST_TITLE = "suggest_title";

    // Facet dimensions (SortedSetDocValuesFacetField: counted from doc values, no taxonomy index to keep in step).
    public static final String DIM_ISSUER = "issuer";
    public static final String DIM_YEAR = "year";
    public static final String DIM_REGION = "region";
    public static final String DIM_SECTION = "section";
    /** The task's document id: a query naming a document (its 文号, its title) filters by it. */
    public static final String DIM_DOCUMENT = "doc";
    public static final String DIM_DEPARTMENT = "dept";
    public static final String DIM_SECTOR = "sector";
    public static final String DIM_ROLE = "role";
    /** Lucene facet dimension combining role and department ("lead:国家医保局"), for role-limited filters. */
    public static final String DIM_DEPT_ROLE = "dept_role";
    /** Lucene facet dimension combining role and sector ("lead:医疗保障"), for role-limited sector filters. */
    public static final String DIM_SECTOR_ROLE = "sector_role";
    /** Separator in stored multi-part values (department records, sections); role pairs use ':'. */
    public static final char SEP = '\u001f';

    /** Every facet dimension, in display order. */
    public static final List<String> DIMS = List.of(DIM_ISSUER, DIM_YEAR, DIM_REGION, DIM_SECTION,
            DIM_DEPARTMENT, DIM_SECTOR, DIM_ROLE, DIM_DEPT_ROLE, DIM_SECTOR_ROLE, DIM_DOCUMENT);

    private final Analyzer words = Analyzers.words();
    private final Analyzer bigrams = Analyzers.bigrams();
    private final Analyzer indexAnalyzer = new PerFieldAnalyzerWrapper(bigrams,
            Map.of(TITLE_WORDS, words, TEXT_WORDS, words, DOC_TITLE_WORDS, words, DOC_TEXT_WORDS, words));
    private final FacetsConfig facetsConfig = new FacetsConfig();
    private final Embeddings embeddings;
    private final boolean quantized;

    /** A schema without semantic vectors (tests, tools that need only the lexical index). */
    public Schema() {
        this(Embeddings.off());
    }

    /** A schema whose tasks get passage vectors from {@code embeddings} (not closed with the schema). */
    public Schema(Embeddings embeddings) {
        this(embeddings, false);
    }

    /**
     * As {@link #Schema(Embeddings)}; {@code quantized} stores the vectors as int8 (scalar quantization: a quarter
     * of the bytes, measured against float vectors in RelevanceEvaluationTest).
     */
    public Schema(Embeddings embeddings, boolean quantized) {
        this.embeddings = embeddings;
        this.quantized = quantized;
        // A task names several departments (so several sectors and roles); other dims hold one value.
        for (String dim : List.of(DIM_DEPARTMENT, DIM_SECTOR, DIM_ROLE, DIM_DEPT_ROLE, DIM_SECTOR_ROLE)) {
            facetsConfig.setMultiValued(dim, true);
        }
    }

    /** The {@link #DIM_DEPT_ROLE} value for a department in a role ({@code Role.id()}). */
    public static String deptRole(String roleId, String department) {
        return roleId + ":" + department;
    }

    /** The {@link #DOC_FILTER} term of a document-level facet dimension's value ({@code year:2021}). */
    public static String docFilter(String dim, String value) {
        return dim + ":" + value;
    }

    /** The {@link #DIM_SECTOR_ROLE} value for a sector in a role ({@code Role.id()}). */
    public static String sectorRole(String roleId, String sector) {
        return roleId + ":" + sector;
    }

    /** The embedding service: passage vectors at indexing, query vectors at search (may be off). */
    public Embeddings embeddings() {
        return embeddings;
    }

    /** The {@link #META_VECTORS} value an index built now records: the model id, or none when it is off. */
    public String vectorModel() {
        return embeddings.modelId().orElse(NO_VECTORS);
    }

    /** The codec an index is written with: Lucene's default, its HNSW graphs as {@link #HNSW_BEAM_WIDTH} says. */
    public Codec codec() {
        return new FilterCodec(Codec.getDefault().getName(), Codec.getDefault()) {
            private final KnnVectorsFormat int8 = quantized
                    ? new Lucene104HnswScalarQuantizedVectorsFormat(HNSW_MAX_CONN, HNSW_BEAM_WIDTH)
                    : new Lucene99HnswVectorsFormat(HNSW_MAX_CONN, HNSW_BEAM_WIDTH);
            private final KnnVectorsFormat perField = new PerFieldKnnVectorsFormat() {
                @Override
                public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                    return int8;
                }
            };

            @Override
            public KnnVectorsFormat knnVectorsFormat() {
                return perField;
            }
        };
    }

    /** smartcn word analyzer (shared). */
    public Analyzer words() {
        return words;
    }

    /** CJK bigram analyzer (shared). */
    public Analyzer bigrams() {
        return bigrams;
    }

    /** Per-field analyzer for the IndexWriter. */
    public Analyzer indexAnalyzer() {
        return indexAnalyzer;
    }

    /** The one FacetsConfig: the same instance must index and count. */
    public FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    @Override
    public void close() {
        words.close();
        bigrams.close();
    }
}
