package policysearch.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.Query;

/**
 * What reading a query and explaining its result need from the index, whichever engine holds it: the names the
 * metadata knows, what each document states about its departments, and how many records a query matches.
 */
interface Corpus {

    /** The names the index's metadata holds (years, regions, issuers, bodies, documents). */
    Vocabulary vocabulary() throws IOException;

    /** The resolver of body names over the index's departments. */
    BodyNames bodyNames(Synonyms synonyms, RegionNames regions) throws IOException;

    /** What every document states about its departments, with the metadata that scopes it. */
    List<DocumentFacts> documents() throws IOException;

    /** How many records {@code query} matches. */
    int count(Query query) throws IOException;

    /**
     * The full form the index suggests for an abbreviation it never writes (院感 → 院内感染); only the embedded
     * engine reads its term dictionary for that, so by default there is none.
     */
    default java.util.Optional<String> abbreviation(String word) throws IOException {
        return java.util.Optional.empty();
    }

    /**
     * The index word closest in meaning to {@code word}, which no task contains (孩子 → 儿童), while the embedding
     * model is on; only the embedded engine reads its term dictionary for that, so by default there is none.
     */
    default java.util.Optional<String> neighbour(String word) throws IOException {
        return java.util.Optional.empty();
    }

    /** Whether {@link #neighbour} can answer now (its words are read and embedded). */
    default boolean neighboursReady() {
        return false;
    }

    /**
     * What {@code make} compiles for {@code key} (a query's reading, its plan), kept while this view of the index
     * lasts where the engine can keep it: the same query asked again is not read and built again.
     */
    default <T> T compiled(Object key, Compiler<T> make) throws IOException {
        return make.compile();
    }

    /** Compiles something from the index's names and terms. */
    @FunctionalInterface
    interface Compiler<T> {
        T compile() throws IOException;
    }
}
