package policysearch.lineage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import policysearch.model.ParentReference;
import policysearch.model.PolicyDocument;
import policysearch.search.DocumentSummary;

/**
 * Finds the indexed document a parent reference names: by 文号 once brackets and spaces are normalised, else by
 * title — the longest indexed title (list title, notice title, or what the notice prints) the reference contains.
 * Never the document itself, never one dated after it; among equals, the one whose issuer the reference names,
 * then a national one.
 */
final class ParentResolver {
    /** Shorter titles match too much (深化医改). */
    static final int MIN_TITLE = 8;

    private final Map<String, List<DocumentSummary>> byNumber = new HashMap<>();
    private final Map<String, List<DocumentSummary>> byTitle = new HashMap<>();

    ParentResolver(Collection<DocumentSummary> documents) {
        for (DocumentSummary d : documents) {
            if (d.number() != null) {
                byNumber.computeIfAbsent(numberKey(d.number()), k -> new ArrayList<>()).add(d);
            }
            for (String t : List.of(d.title(), d.listTitle(), printed(d.title()))) {
                String key = titleKey(t);
                if (key.length() >= MIN_TITLE) {
                    List<DocumentSummary> docs = byTitle.computeIfAbsent(key, k -> new ArrayList<>());
                    if (!docs.contains(d)) {
                        docs.add(d);
                    }
                }
            }
        }
    }

    /** The document {@code child} implements, if its reference names one the index holds. */
    Optional<DocumentSummary> resolve(DocumentSummary child) {
        ParentReference ref = child.parent();
        if (ref == null) {
            return Optional.empty();
        }
        if (ref.number() != null) {
            Optional<DocumentSummary> found = best(child, byNumber.getOrDefault(numberKey(ref.number()), List.of()),
                    ref.title());
            if (found.isPresent()) {
                return found;
            }
        }
        return ref.title() == null ? Optional.empty() : byTitle(child, titleKey(ref.title()));
    }

    private Optional<DocumentSummary> byTitle(DocumentSummary child, String ref) {
        for (int len = ref.length(); len >= MIN_TITLE; len--) {
            List<DocumentSummary> found = new ArrayList<>();
            for (int from = 0; from + len <= ref.length(); from++) {
                found.addAll(byTitle.getOrDefault(ref.substring(from, from + len), List.of()));
            }
            Optional<DocumentSummary> best = best(child, found, ref);
            if (best.isPresent()) {
                return best;
            }
        }
        return Optional.empty();
    }

    private static Optional<DocumentSummary> best(DocumentSummary child, List<DocumentSummary> found, String ref) {
        String named = ref == null ? "" : titleKey(ref);
        return found.stream().filter(d -> !d.id().equals(child.id()))
                .filter(d -> d.date() == null || child.date() == null || d.date().compareTo(child.date()) <= 0)
                .min(Comparator.comparing((DocumentSummary d) -> !named.contains(titleKey(d.issuer())))
                        .thenComparing(d -> !PolicyDocument.NATIONAL.equals(d.region()))
                        .thenComparing(DocumentSummary::id));
    }

    /** A 文号 with spaces dropped and any bracket pair read as 〔〕: 国办发[2020]25 号 → 国办发〔2020〕25号. */
    static String numberKey(String number) {
        return number.replaceAll("\\s+", "").replaceAll("[\\[［【(（]", "〔").replaceAll("[\\]］】)）]", "〕");
    }

    /** A title with only its CJK characters, letters and digits. */
    static String titleKey(String title) {
        return title == null ? "" : title.replaceAll("[^\\p{IsHan}\\p{IsLatin}\\p{Nd}]", "");
    }

    /** What a notice prints: 国务院办公厅关于印发X的通知 → X. */
    static String printed(String title) {
        String t = titleKey(title);
        int at = t.indexOf("关于印发");
        t = at >= 0 ? t.substring(at + "关于印发".length()) : t;
        return t.endsWith("的通知") ? t.substring(0, t.length() - "的通知".length()) : t;
    }
}
