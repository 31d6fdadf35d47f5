package policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import policysearch.index.Schema;

/**
 * What a query names read as filters ({@link QueryUnderstanding}), and the request run with them: the filters read
 * join the user's own (OR within a dimension), the query's other words stay as text.
 */
record Understanding(QueryUnderstanding.Reading reading, SearchRequest effective, QueryUnderstanding reader,
                     Corpus snapshot, Schema schema, Synonyms synonyms) implements QueryBuilder.Lookup {

    /** Reads the query of {@code request} against the names {@code s} holds. */
    static Understanding of(Corpus s, SearchRequest request, Schema schema, Synonyms synonyms, RegionNames regions)
            throws IOException {
        // a blank query names nothing: the browse view never reads the vocabulary
        Vocabulary vocabulary = request.query().isBlank() ? Vocabulary.EMPTY : s.vocabulary();
        BodyNames bodies = request.query().isBlank() ? new BodyNames(vocabulary, synonyms, regions)
                : s.bodyNames(synonyms, regions);
        Read read = s.compiled(new ReadKey(request.query()), () -> {
            QueryUnderstanding r = new QueryUnderstanding(vocabulary, synonyms, regions,
                    term -> inIndex(s, schema, term, SearchFields.TASKS), bodies);
            return new Read(r, r.read(request.query()));
        });
        QueryUnderstanding reader = read.reader();
        QueryUnderstanding.Reading reading = read.reading();
        if (reading.understood().isEmpty()) {
            return new Understanding(reading, request, reader, s, schema, synonyms);
        }
        EnumMap<FacetDim, List<String>> filters = new EnumMap<>(FacetDim.class);
        filters.putAll(request.filters());
        for (FacetDim d : FacetDim.values()) {
            List<String> named = reading.values(d);
            if (!named.isEmpty()) {
                List<String> all = new ArrayList<>(request.filter(d));
                named.stream().filter(v -> !all.contains(v)).forEach(all::add);
                filters.put(d, all);
            }
        }
        return new Understanding(reading, request.with(reading.text(), filters), reader, s, schema,
                synonyms);
    }

    /** The key of a query's reading among a snapshot's compiled things. */
    private record ReadKey(String query) {
    }

    /** A query read, and the reader that read it (it answers for the words left). */
    private record Read(QueryUnderstanding reader, QueryUnderstanding.Reading reading) {
    }

    /** The bodies the query named, now department filters (they rank the tasks they lead first). */
    List<String> bodies() {
        return reading.values(FacetDim.DEPARTMENT);
    }

    /** Whether a word left in the query (a quoted name, an OR alternative) names a body of the index. */
    @Override
    public boolean isBody(String word) {
        return !reader.bodies(word).isEmpty();
    }

    @Override
    public boolean present(String term, boolean headings) {
        return inIndex(snapshot, schema, term, headings ? SearchFields.TASKS_AND_HEADINGS : SearchFields.TASKS);
    }

    /**
     * The index word nearest in meaning to a piece of a typed word, when the piece is two or more Han characters no
     * task contains, names no body, and has no dictionary spelling the tasks use or that names a body (卫生厅 stands
     * for the health commissions the dictionary names, not for the 卫生室 nearest in meaning).
     */
    @Override
    public Optional<String> neighbour(String piece) {
        if (piece.length() < 2 || !piece.codePoints().allMatch(WordNeighbours::han)
                || schema.embeddings().status() != policysearch.embed.Embeddings.Status.ON
                || present(piece, false) || isBody(piece)
                || synonyms.variants(piece).stream().anyMatch(v -> present(v.text(), false) || isBody(v.text()))) {
            return Optional.empty();
        }
        try {
            return snapshot.neighbour(piece);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The full form of {@code word} the index suggests, when neither it nor its synonyms nor a body match it. */
    @Override
    public Optional<String> guess(String word) {
        if (!Abbreviations.shaped(word) || !reader.bodies(word).isEmpty()
                || synonyms.variants(word).stream().anyMatch(v -> present(v.text(), false))) {
            return Optional.empty();
        }
        try {
            return snapshot.abbreviation(word);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether a term occurs as written in any task's title or text (on the bigram fields, as matching does). */
    private static boolean inIndex(Corpus s, Schema schema, String term, SearchFields fields) {
        try {
            Query phrase = new ExactMatch(schema, fields).exact(term, false);
            return phrase == null || s.count(new BooleanQuery.Builder().add(DocumentRecords.TASKS, Occur.FILTER)
                    .add(phrase, Occur.FILTER).build()) > 0;
        } catch (IOException e) {
            return true;
        }
    }
}
