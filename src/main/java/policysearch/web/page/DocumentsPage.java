package policysearch.web.page;

import java.util.List;
import policysearch.search.DocumentSummary;

/** One page of the document list (newest first) with its pager. */
public record DocumentsPage(Layout layout, List<DocumentSummary> documents, int total, Pager pager) {
    /** Documents per page. */
    public static final int PAGE_SIZE = 50;

    /** Page {@code page} (1-based) of {@code all}. */
    public static DocumentsPage of(List<DocumentSummary> all, int page) {
        int from = Math.min(all.size(), (page - 1) * PAGE_SIZE);
        return new DocumentsPage(Layout.of("文件列表", Layout.Nav.DOCUMENTS),
                all.subList(from, Math.min(all.size(), from + PAGE_SIZE)), all.size(),
                Pager.of(all.size(), page, PAGE_SIZE, p -> p == 1 ? "/documents" : "/documents?page=" + p));
    }
}
