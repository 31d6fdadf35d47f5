package policysearch.web;

import java.io.IOException;
import java.nio.file.Path;
import policysearch.corpus.SeedCorpus;
import policysearch.index.Schema;
import policysearch.search.LuceneSearchService;
import policysearch.search.SearchService;

/** The real index built from seeds/ that the functional tests run against, and the facts about it they assert. */
final class TestIndex {
    static final Path SEEDS = Path.of("seeds");
    static final String QUERY = "%E5%8C%BB%E4%BF%9D"; // 医保
    static final String BROWSER_QUERY = "医保";
    static final String CQ_INSURANCE = "重庆市医保局";
    static final int CQ_INSURANCE_TASKS = 12;
    static final int CQ_INSURANCE_LEADS = 10;
    static final String TASK_ID = "gbf-2021-20-t5";
    static final String TASK_TITLE = "推进医保支付方式改革";
    static final String CITATION = "国务院办公厅《深化医药卫生体制改革2021年重点工作任务》（国办发〔2021〕20号），2021年5月24日。"
            + "（五）推进医保支付方式改革（国家医保局、财政部、国家卫生健康委、国家中医药局负责）。"
            + "http://localhost:7070/tasks/gbf-2021-20-t5";
    static final String DOC_ID = "gbf-2021-20";
    static final String DOC_NUMBER = "国办发〔2021〕20号";
    static final String DOC_WITHOUT_NUMBER = "cn-20240603-8032";
    static final String DOC_WITHOUT_NUMBER_TITLE = "深化医药卫生体制改革2024年重点工作任务";
    static final String SUGGEST_PREFIX = "%E5%8C%BB%E4%BF%9D";
    static final int TASKS = 124;
    static final int DOCUMENTS = 5;

    private TestIndex() {
    }

    /** A service over the seeds, its index (if any) kept in {@code dir}; the caller closes it. */
    static SearchService open(Path dir) throws IOException {
        try (Schema schema = new Schema()) {
            new SeedCorpus(SEEDS, dir).build(schema);
        }
        return LuceneSearchService.open(dir);
    }
}
