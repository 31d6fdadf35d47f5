package policysearch.search;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;

/** Everything the web layer and scripts may ask of the index; no Lucene type crosses this boundary. */
public interface SearchService extends Closeable {

    /** Runs a search; a query that cannot be parsed degrades to plain text with a notice, never an exception. */
    SearchResult search(SearchRequest request);

    /** Every matching task of a search in result order, ignoring page and size (for CSV export). */
    List<Hit> searchAll(SearchRequest request);

    /** One task by id. */
    Optional<Hit> task(String id);

    /**
     * Up to {@code limit} tasks of other documents worded like task {@code id} (and, with semantic search on, up
     * to {@code limit} more close in meaning), for the caller to rank; empty for an unknown id.
     */
    List<Hit> similar(String id, int limit);

    /**
     * The index snapshot answering now: changes whenever a refresh swaps in a new one, so what is derived from the
     * whole index (lineage, counterparts) can be kept per snapshot.
     */
    long snapshot();

    /**
     * What a search's answer depends on besides its request: the snapshot and whether semantic retrieval answers
     * (vectors embedded in the background arrive with a new snapshot). Answers kept for a state are never given
     * once it has changed.
     */
    default Object answerState() {
        return List.of(snapshot(), semantic());
    }

    /** How many documents and tasks the index holds (cheap: counted once per index snapshot). */
    Counts counts();

    /** Whether semantic retrieval answers now: {@code on}, {@code off} (lexical only) or {@code loading}. */
    String semantic();

    /** How far the vectors of an index built without them have been embedded, while that is under way. */
    default Optional<EmbeddingState> embedding() {
        return Optional.empty();
    }

    /** Page {@code page} (1-based) of the documents with metadata, sections and task counts, newest first. */
    DocumentList documents(int page, int size);

    /** One document with its tasks in document order. */
    Optional<DocumentDetail> document(String id);

    /** Up to {@code limit} suggestions for what the user is typing (prefix and CJK infix), best first. */
    List<Suggestion> suggest(String prefix, int limit);

    /** Values of one facet over the whole corpus whose text contains {@code contains}, by count (for long lists). */
    List<FacetValue> facetValues(FacetDim dim, String contains, int limit);
}
