package policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Repeated searches are answered from the cache, never across a change of the index or the model. */
class CachedSearchesTest {

    /** Answers every search with a task named after the query and the state, counting the searches run. */
    private static final class Counting implements SearchService {
        Object state = "snapshot 1";
        int searched;
        String notice;
        int textLength = 10;

        /** A state the service moves to while the next search runs (a query embedding failing, say). */
        Object stateAfterSearch;

        @Override
        public SearchResult search(SearchRequest request) {
            searched++;
            if (stateAfterSearch != null) {
                state = stateAfterSearch;
                stateAfterSearch = null;
            }
            Hit hit = new Hit(request.query() + "@" + state, null, null, 1, null, "title", "x".repeat(textLength),
                    List.of(), null, List.of(), null, 1f);
            return new SearchResult(request.query(), 1, request.page(), request.size(), 5, List.of(), List.of(hit),
                    Map.of(), notice);
        }

        @Override
        public Object answerState() {
            return state;
        }

        @Override
        public List<Hit> searchAll(SearchRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Hit> task(String id) {
            return Optional.empty();
        }

        @Override
        public List<Hit> similar(String id, int limit) {
            return List.of();
        }

        @Override
        public long snapshot() {
            return 1;
        }

        @Override
        public Counts counts() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String semantic() {
            return "off";
        }

        @Override
        public DocumentList documents(int page, int size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<DocumentDetail> document(String id) {
            return Optional.empty();
        }

        @Override
        public List<Suggestion> suggest(String prefix, int limit) {
            return List.of();
        }

        @Override
        public List<FacetValue> facetValues(FacetDim dim, String contains, int limit) {
            return List.of();
        }

        @Override
        public void close() {
        }
    }

    @Test
    void theSameRequestIsSearchedOnceAndAnotherPageAgain() {
        Counting searches = new Counting();
        CachedSearches cached = new CachedSearches(searches, 1);
        SearchResult first = cached.search(SearchRequest.of("医保"));
        SearchResult again = cached.search(SearchRequest.of(" 医保 "));
        assertEquals(1, searches.searched, "the same request (as the request reads it) is answered from the cache");
        assertEquals(first.hits(), again.hits());
        assertEquals(first.total(), again.total());
        cached.search(new SearchRequest("医保", Map.of(), SortOrder.RELEVANCE, 2, 10));
        cached.search(new SearchRequest("医保", Map.of(FacetDim.YEAR, List.of("2021")), SortOrder.RELEVANCE, 1, 10));
        assertEquals(3, searches.searched, "another page or filter is another search");
    }

    @Test
    void aNewSnapshotOrModelStateIsSearchedAfresh() {
        Counting searches = new Counting();
        CachedSearches cached = new CachedSearches(searches, 1);
        cached.search(SearchRequest.of("医保"));
        searches.state = "snapshot 2";
        SearchResult after = cached.search(SearchRequest.of("医保"));
        assertEquals(2, searches.searched);
        assertEquals("医保@snapshot 2", after.hits().get(0).id(), "no answer of the old index after a refresh");
    }

    @Test
    void anAnswerGivenWhileTheStateChangedIsNotKept() {
        Counting searches = new Counting();
        CachedSearches cached = new CachedSearches(searches, 1);
        searches.stateAfterSearch = "snapshot 1, one query embedding failed";
        cached.search(SearchRequest.of("医保"));
        cached.search(SearchRequest.of("医保"));
        assertEquals(2, searches.searched, "the answer without its related tasks is not given again");
        cached.search(SearchRequest.of("医保"));
        assertEquals(2, searches.searched, "the one given in the new state is");
    }

    @Test
    void anAnswerStoppedByTheDeadlineIsNotKept() {
        Counting searches = new Counting();
        searches.notice = SearchDeadline.OUT_OF_TIME_NOTICE;
        CachedSearches cached = new CachedSearches(searches, 1);
        cached.search(SearchRequest.of("医保"));
        cached.search(SearchRequest.of("医保"));
        assertEquals(2, searches.searched, "a search that ran out of time is tried again");
    }

    @Test
    void keepsNoMoreThanItsSize() {
        Counting searches = new Counting();
        searches.textLength = 20_000; // about 80 KB an answer counted: a 1 MB cache keeps a dozen or so
        CachedSearches cached = new CachedSearches(searches, 1);
        List<SearchResult> all = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            all.add(cached.search(SearchRequest.of("词" + i)));
        }
        assertEquals(200, all.size());
        assertTrue(cached.kept() <= 13, "kept " + cached.kept());
        assertTrue(cached.kept() >= 1);
        assertThrows(IllegalArgumentException.class, () -> new CachedSearches(searches, 0));
    }

    @Test
    void passesEverythingElseThrough() {
        Counting searches = new Counting();
        CachedSearches cached = new CachedSearches(searches, 1);
        assertSame(searches.state, cached.answerState());
        assertEquals("off", cached.semantic());
        assertEquals(Optional.empty(), cached.task("x"));
    }
}
