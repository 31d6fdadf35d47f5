package policysearch.web.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import policysearch.search.FacetDim;
import policysearch.search.SearchResult;
import policysearch.search.Understood;
import policysearch.web.SearchParams;

/**
 * The chips saying how words of the query were read ({@code 已按 年份：2024 筛选 · 撤销}): one per word and
 * dimension, so a word naming three bodies is one chip; its link searches the word quoted, as text, instead.
 */
final class Readings {
    private Readings() {
    }

    /** A chip per word read as filters (label = what was done, href = the search that undoes it). */
    static List<Link> of(SearchParams params, SearchResult result) {
        Map<List<Object>, List<Understood>> byWord = new LinkedHashMap<>();
        for (Understood u : result.understood()) {
            byWord.computeIfAbsent(List.of(Objects.toString(u.dim(), ""), u.literalQuery()), k -> new ArrayList<>())
                    .add(u);
        }
        List<Link> chips = new ArrayList<>();
        for (List<Understood> word : byWord.values()) {
            Understood first = word.get(0);
            String undo = params.withQuery(first.literalQuery().strip().replaceAll("\\s+", " ")).url("/search");
            chips.add(Link.of(text(first.dim(), word), undo));
        }
        return chips;
    }

    /**
     * 已按 责任部门：国家卫生健康委、四川省卫生健康委 筛选; a word not searched: “…”为文件名称用语…, or its own sentence
     * when the label names what was left out (“AI”未出现在任何任务中…).
     */
    private static String text(FacetDim dim, List<Understood> word) {
        if (dim == null) {
            String label = word.get(0).label();
            return label.startsWith("“") ? label : "“" + word.get(0).surface() + "”为" + label;
        }
        String prefix = dim.label() + "：";
        List<String> labels = word.stream().map(Understood::label).distinct().toList();
        if (labels.stream().allMatch(l -> l.startsWith(prefix))) {
            labels = List.of(prefix + String.join("、",
                    labels.stream().map(l -> l.substring(prefix.length())).toList()));
        }
        return "已按 " + String.join("、", labels) + " 筛选";
    }
}
