package policysearch.search;

import policysearch.index.Schema;

/** The query builders of task searches: on titles and texts, and on section headings as well. */
record TaskQueries(QueryBuilder words, QueryBuilder headings) {
    TaskQueries(Schema schema, Synonyms synonyms) {
        this(new QueryBuilder(schema, synonyms, SearchFields.TASKS),
                new QueryBuilder(schema, synonyms, SearchFields.TASKS_AND_HEADINGS));
    }

    /** The builder a reach searches with. */
    QueryBuilder of(Reach reach) {
        return reach == Reach.HEADINGS ? headings : words;
    }
}
