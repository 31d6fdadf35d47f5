package policysearch.web.page;

import java.util.List;
import policysearch.search.DocumentList;
import policysearch.search.DocumentSummary;

/** One page of the document list (newest first) with its pager. */
public record DocumentsPage(Layout layout, List<DocumentSummary> documents, long total, Pager pager) {
    /** Documents per page. */
    public static final int PAGE_SIZE = 50;

    /** The page for one page of the list (asked for {@link #PAGE_SIZE} per page). */
    public static DocumentsPage of(DocumentList list) {
        return new DocumentsPage(Layout.of("文件列表", Layout.Nav.DOCUMENTS), list.documents(), list.total(),
                Pager.of(list.total(), list.page(), list.size(), p -> p == 1 ? "/documents" : "/documents?page=" + p));
    }
}
