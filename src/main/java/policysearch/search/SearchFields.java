package policysearch.search;

import policysearch.index.Schema;

/**
 * The fields one kind of record is searched on: tasks, or documents' own records (titles and the text outside
 * the task list). One query builder serves both; only tasks have departments to match a body's name against, and
 * a section heading ({@code headingBigrams}: searched only when titles and texts find nothing, see {@link Reach}).
 */
record SearchFields(String kind, String titleWords, String textWords, String titleBigrams, String textBigrams,
                    String headingBigrams, boolean departments) {
    static final SearchFields TASKS = new SearchFields(Schema.KIND_TASK, Schema.TITLE_WORDS, Schema.TEXT_WORDS,
            Schema.TITLE_BIGRAMS, Schema.TEXT_BIGRAMS, null, true);
    static final SearchFields TASKS_AND_HEADINGS = new SearchFields(Schema.KIND_TASK, Schema.TITLE_WORDS,
            Schema.TEXT_WORDS, Schema.TITLE_BIGRAMS, Schema.TEXT_BIGRAMS, Schema.SECTION_BIGRAMS, true);
    static final SearchFields DOCUMENTS = new SearchFields(Schema.KIND_DOC, Schema.DOC_TITLE_WORDS,
            Schema.DOC_TEXT_WORDS, Schema.DOC_TITLE_BIGRAMS, Schema.DOC_TEXT_BIGRAMS, null, false);
}
