package policysearch.search;

import java.util.List;

/** Recognises a query word that names a government body (卫健委, 国家医保局, 编办) by its ending. */
final class Bodies {
    private static final List<String> SUFFIXES = List.of("委", "局", "部", "厅", "办", "署", "委员会", "办公室",
            "小组", "中心", "总队", "海关", "政府");

    private Bodies() {
    }

    /** True when {@code word} (at least three characters, or two ending in 办) ends like the name of a body. */
    static boolean isBody(String word) {
        String w = word.strip();
        if (w.length() < 2 || (w.length() == 2 && !w.endsWith("办"))) {
            return false;
        }
        return SUFFIXES.stream().anyMatch(w::endsWith);
    }
}
