package policysearch.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import policysearch.lineage.DocumentLineage;
import policysearch.model.Role;
import policysearch.search.DocumentDetail;
import policysearch.search.DocumentSummary;

/** The 部门角色 row says what the department clauses state, and nothing for a document without tasks. */
class DocumentPageTest {
    private static DocumentPage page(int tasks, List<Role> roles, int withoutDepartments) {
        DocumentSummary s = new DocumentSummary("mwb-2023-8", "/documents/mwb-2023-8", "notice.txt",
                "关于做好医改宣传工作的通知", null, "某卫办〔2023〕8号", "某某市卫生健康委", "2023-02-01", 2023, "国家", null,
                List.of(), tasks, roles, withoutDepartments);
        return DocumentPage.of(new DocumentDetail(s, List.of(), "为做好宣传工作，现将有关事项通知如下。", ""),
                new DocumentLineage(null, List.of()));
    }

    @Test
    void rolesStatedFollowTheClauses() {
        assertEquals("负责（未标明牵头部门）", page(20, List.of(Role.RESPONSIBLE), 0).rolesStated());
        assertEquals("原文未列出责任部门", page(22, List.of(), 22).rolesStated());
        assertEquals("—", page(0, List.of(), 0).rolesStated(), "a document without tasks has no clauses to read");
        assertEquals(List.of("为做好宣传工作，现将有关事项通知如下。"), page(0, List.of(), 0).preface());
    }
}
