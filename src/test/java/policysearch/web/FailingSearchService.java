package policysearch.web;

import java.util.List;
import java.util.Optional;
import policysearch.search.DocumentDetail;
import policysearch.search.Counts;
import policysearch.search.DocumentList;
import policysearch.search.FacetDim;
import policysearch.search.FacetValue;
import policysearch.search.Hit;
import policysearch.search.SearchRequest;
import policysearch.search.SearchResult;
import policysearch.search.SearchService;
import policysearch.search.Suggestion;

/** Test double: a service whose every call fails the way a broken index would, with a path in the message. */
class FailingSearchService implements SearchService {
    static final String SECRET = "/var/secret/index/_0.cfs";

    private static RuntimeException broken() {
        return new IllegalStateException("index unreadable: " + SECRET);
    }

    @Override
    public SearchResult search(SearchRequest request) {
        throw broken();
    }

    @Override
    public List<Hit> searchAll(SearchRequest request) {
        throw broken();
    }

    @Override
    public Optional<Hit> task(String id) {
        throw broken();
    }

    @Override
    public List<Hit> similar(String id, int limit) {
        throw broken();
    }

    @Override
    public long snapshot() {
        throw broken();
    }

    @Override
    public Counts counts() {
        throw broken();
    }

    @Override
    public String semantic() {
        return "off";
    }

    @Override
    public DocumentList documents(int page, int size) {
        throw broken();
    }

    @Override
    public Optional<DocumentDetail> document(String id) {
        throw broken();
    }

    @Override
    public List<Suggestion> suggest(String prefix, int limit) {
        throw broken();
    }

    @Override
    public List<FacetValue> facetValues(FacetDim dim, String contains, int limit) {
        throw broken();
    }

    @Override
    public void close() {
    }
}
