package policysearch.search;

import java.util.List;

/**
 * How far a query reaches for its exact set: its words in the tasks' titles and texts; when that finds nothing,
 * in the headings of the tasks' sections too (a task under 推进医疗、医保、医药联动改革 is about that theme); then
 * about half of the words in titles and texts: with semantic retrieval only in tasks one of whose sentences means
 * what the query means ({@link #MEANT}), without it in any ({@link #RELAXED}).
 */
enum Reach {
    WORDS(null),
    HEADINGS("没有任务的标题或正文包含全部查询词；以下结果把任务所在章节的标题也算在内。"),
    RELAXED("没有同时包含所有查询词的结果，以下是包含部分查询词的结果。"),
    MEANT("没有任务包含全部查询词；以下任务包含部分查询词，且有一句话的意思与查询相近。");

    /** What the page says when results come from this reach (none for the first). */
    final String notice;

    Reach(String notice) {
        this.notice = notice;
    }

    /** The reaches to try, in order, after {@link #WORDS} found nothing. */
    static List<Reach> fallbacks(boolean relaxes) {
        return relaxes ? List.of(HEADINGS, RELAXED) : List.of(HEADINGS, MEANT);
    }
}
