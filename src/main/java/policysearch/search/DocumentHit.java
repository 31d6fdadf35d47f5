package policysearch.search;

import java.util.List;

/**
 * A document whose own text (its notice, preamble or closing requirements) or title matches a search, shown in
 * the 文件 block above the task hits. {@code highlights} are HTML-escaped passages with {@code <mark>}.
 */
public record DocumentHit(String id, String title, String url, List<String> highlights) {
    public DocumentHit {
        highlights = List.copyOf(highlights);
    }
}
