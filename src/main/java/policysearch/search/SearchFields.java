package policysearch.search;

import policysearch.index.Schema;

/**
 * The fields one kind of record is searched on: tasks, or documents' own records (titles and the text outside
 * the task list). One query builder serves both; only tasks have departments to match a body's name against.
 */
record SearchFields(String kind, String titleWords, String textWords, String titleBigrams, String textBigrams,
                    boolean departments) {
    static final SearchFields TASKS = new SearchFields(Schema.KIND_TASK, Schema.TITLE_WORDS, Schema.TEXT_WORDS,
            Schema.TITLE_BIGRAMS, Schema.TEXT_BIGRAMS, true);
    static final SearchFields DOCUMENTS = new SearchFields(Schema.KIND_DOC, Schema.DOC_TITLE_WORDS,
            Schema.DOC_TEXT_WORDS, Schema.DOC_TITLE_BIGRAMS, Schema.DOC_TEXT_BIGRAMS, false);
}
