package policysearch.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A search service that keeps the answers of searches for the state they were answered in (the index snapshot, the
 * semantic retrieval's state: {@link SearchService#answerState()}), as Solr keeps result lists per searcher: the same
 * request asked again (a shared link, the back button, a page reloaded, a facet unticked) is answered without
 * searching, and an answer is never given once the index or the model has changed. The cache is bounded by the
 * estimated size of the answers it holds; answers stopped by the search deadline, or given while the state changed,
 * are not kept.
 */
public final class CachedSearches implements SearchService {
    /** Bytes counted for an answer besides its texts: the record, its lists and the facet values' objects. */
    private static final int BASE_BYTES = 2_048;
    private static final int FACET_VALUE_BYTES = 64;
    /** Bytes counted for a hit besides its texts: ids, address, section, departments, the document's reference. */
    private static final int HIT_BYTES = 1_024;

    private final SearchService searches;
    private final Cache<Key, SearchResult> answers;

    /** What an answer is kept under: the state it was answered in and the request. */
    private record Key(Object state, SearchRequest request) {
    }

    /** {@code searches} with the answers of up to about {@code megabytes} MB of searches kept. */
    public CachedSearches(SearchService searches, long megabytes) {
        if (megabytes < 1) {
            throw new IllegalArgumentException("the cache needs at least 1 MB: " + megabytes);
        }
        this.searches = searches;
        this.answers = Caffeine.newBuilder().maximumWeight(megabytes << 20)
                .weigher((Key k, SearchResult r) -> weight(r)).build();
    }

    @Override
    public SearchResult search(SearchRequest request) {
        long start = System.nanoTime();
        Key key = new Key(searches.answerState(), request);
        SearchResult kept = answers.getIfPresent(key);
        if (kept != null) {
            return kept.withTook((System.nanoTime() - start) / 1_000_000);
        }
        SearchResult answer = searches.search(request);
        // not kept: an answer stopped by the deadline, or one given while the state changed (the model finished
        // loading, a query embedding failed, a refresh): it may be of neither state
        if (!SearchDeadline.OUT_OF_TIME_NOTICE.equals(answer.notice()) && key.state().equals(searches.answerState())) {
            answers.put(key, answer);
        }
        return answer;
    }

    /** How many answers are kept now (tests, diagnostics). */
    long kept() {
        answers.cleanUp();
        return answers.estimatedSize();
    }

    /** About how many bytes an answer holds: its texts twice (plain and highlighted) and its facet values. */
    static int weight(SearchResult r) {
        long chars = 0;
        for (Hit h : r.hits()) {
            chars += chars(h);
        }
        for (Related near : r.related()) {
            chars += chars(near.hit());
        }
        for (DocumentHit d : r.documents()) {
            chars += d.title().length() + d.highlights().stream().mapToInt(String::length).sum();
        }
        long values = r.facets().values().stream().mapToLong(List::size).sum();
        return (int) Math.min(Integer.MAX_VALUE, BASE_BYTES + 2 * chars + FACET_VALUE_BYTES * values);
    }

    private static long chars(Hit h) {
        return HIT_BYTES / 2 + 2L * (length(h.title()) + length(h.text()))
                + h.highlights().stream().mapToInt(String::length).sum();
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    @Override
    public List<Hit> searchAll(SearchRequest request) {
        return searches.searchAll(request);
    }

    @Override
    public Optional<Hit> task(String id) {
        return searches.task(id);
    }

    @Override
    public List<Hit> similar(String id, int limit) {
        return searches.similar(id, limit);
    }

    @Override
    public long snapshot() {
        return searches.snapshot();
    }

    @Override
    public Object answerState() {
        return searches.answerState();
    }

    @Override
    public Counts counts() {
        return searches.counts();
    }

    @Override
    public String semantic() {
        return searches.semantic();
    }

    @Override
    public Optional<EmbeddingState> embedding() {
        return searches.embedding();
    }

    @Override
    public DocumentList documents(int page, int size) {
        return searches.documents(page, size);
    }

    @Override
    public Optional<DocumentDetail> document(String id) {
        return searches.document(id);
    }

    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
        return searches.suggest(prefix, limit);
    }

    @Override
    public List<FacetValue> facetValues(FacetDim dim, String contains, int limit) {
        return searches.facetValues(dim, contains, limit);
    }

    /** Closes the service searched; the answers kept go with it. */
    @Override
    public void close() throws IOException {
        answers.invalidateAll();
        searches.close();
    }
}
