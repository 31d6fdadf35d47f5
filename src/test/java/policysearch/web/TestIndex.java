package policysearch.web;

import policysearch.search.SearchService;

/** The service the functional tests run against, and the facts about it they assert. */
final class TestIndex {
    static final String QUERY = "%E5%8C%BB%E4%BF%9D"; // 医保
    static final String CQ_INSURANCE = "重庆市医保局";
    static final String TASK_ID = "gbf-2021-20-t2";
    static final String TASK_TITLE = "推进医保支付方式改革";
    static final String DOC_ID = "gbf-2021-20";
    static final String SUGGEST_PREFIX = "%E5%8C%BB%E4%BF%9D";
    static final String BROWSER_QUERY = "医保";
    static final int TASKS = 4;
    static final int DOCUMENTS = 2;

    private TestIndex() {
    }

    /** A service over the test data. */
    static SearchService service() {
        return new FakeSearchService();
    }
}
