package policysearch.web.page;

import java.util.List;
import policysearch.search.DocumentSummary;

/** The list of indexed documents with their metadata. */
public record DocumentsPage(Layout layout, List<DocumentSummary> documents) {
    /** The page for {@code documents}. */
    public static DocumentsPage of(List<DocumentSummary> documents) {
        return new DocumentsPage(Layout.of("文件列表", Layout.Nav.DOCUMENTS), documents);
    }
}
