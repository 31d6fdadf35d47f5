package policysearch.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import policysearch.model.Department;

/**
 * What to highlight in one hit: the query words resolved against its text (a word found whole is marked
 * whole, never its pieces), and a passage naming the departments a body's name matched.
 */
final class Highlights {
    /** Label of the passage listing the matched departments. */
    static final String DEPARTMENTS_LABEL = "责任部门：";
    /** Label of the passage showing the section heading that holds words the task's own text lacks. */
    static final String SECTION_LABEL = "所属章节：";

    private Highlights() {
    }

    /** A word of the query with every spelling it was searched as (the typed one first). */
    record Word(List<Spelling> spellings) {
        Word {
            spellings = List.copyOf(spellings);
        }
    }

    /**
     * One spelling: the whole string, the pieces that matched separately when it is not found whole,
     * and whether it names a body (so it matches department names too).
     */
    record Spelling(String whole, List<String> pieces, boolean body) {
        Spelling {
            pieces = List.copyOf(pieces);
        }
    }

    /** HTML passages for a hit: the department passage when a body's name matched one, then text passages. */
    static List<String> of(List<Word> words, String title, String text, List<Department> departments) {
        return of(words, title, text, departments, null);
    }

    /**
     * As above, with a passage of the task's section heading first when the heading holds query words the task's
     * own title and text do not (a task found through its heading).
     */
    static List<String> of(List<Word> words, String title, String text, List<Department> departments,
                           String section) {
        List<String> out = new ArrayList<>();
        String heading = sectionPassage(words, title + "\n" + text, section);
        if (heading != null) {
            out.add(heading);
        }
        String matched = departmentPassage(words, departments);
        if (matched != null) {
            out.add(matched);
        }
        // Marks are chosen from the text after the title sentence (snippets skip it), the whole text if that has none.
        List<String> terms = terms(words, Highlighter.afterTitle(text, title));
        if (terms.isEmpty()) {
            terms = terms(words, title + "\n" + text);
        }
        out.addAll(Highlighter.passages(text, terms, title, matched == null));
        return List.copyOf(out);
    }

    /**
     * The strings to mark in a hit: for each word, the spellings found whole; when none is, the pieces of
     * the spellings whose pieces all occur; failing that (a relaxed match) the typed spelling's pieces found.
     */
    static List<String> terms(List<Word> words, String haystack) {
        String lower = lower(haystack);
        Set<String> out = new LinkedHashSet<>();
        for (Word w : words) {
            List<String> wholes = w.spellings().stream().map(Spelling::whole)
                    .filter(s -> lower.contains(lower(s))).toList();
            if (!wholes.isEmpty()) {
                out.addAll(wholes);
                continue;
            }
            boolean found = false;
            for (Spelling s : w.spellings()) {
                if (s.pieces().size() > 1 && s.pieces().stream().allMatch(p -> lower.contains(lower(p)))) {
                    out.addAll(s.pieces());
                    found = true;
                }
            }
            if (!found && !w.spellings().isEmpty()) {
                w.spellings().get(0).pieces().stream().filter(p -> lower.contains(lower(p))).forEach(out::add);
            }
        }
        return List.copyOf(out);
    }

    /**
     * "责任部门：<mark>国家卫生健康委</mark>（牵头）" for the departments whose name contains a body spelling of
     * the query, escaped; null when no department matched.
     */
    static String departmentPassage(List<Word> words, List<Department> departments) {
        List<String> bodies = words.stream().flatMap(w -> w.spellings().stream()).filter(Spelling::body)
                .map(s -> lower(s.whole())).toList();
        if (bodies.isEmpty()) {
            return null;
        }
        List<String> parts = departments.stream()
                .filter(d -> bodies.stream().anyMatch(b -> lower(d.name()).contains(b)))
                .sorted(java.util.Comparator.comparing(Department::role))
                .map(d -> "<mark>" + Highlighter.escape(d.name()) + "</mark>（" + d.role().label() + "）")
                .toList();
        return parts.isEmpty() ? null : DEPARTMENTS_LABEL + String.join("、", parts);
    }

    /**
     * "所属章节：…<mark>…</mark>…" marking the query's words none of whose spellings the task's own words hold whole
     * (they matched, if at all, only in pieces); null when the heading holds none of them.
     */
    static String sectionPassage(List<Word> words, String ownWords, String section) {
        if (section == null || section.isBlank()) {
            return null;
        }
        String own = lower(ownWords);
        List<Word> lacking = words.stream()
                .filter(w -> w.spellings().stream().noneMatch(sp -> own.contains(lower(sp.whole())))).toList();
        List<String> marks = lacking.isEmpty() ? List.of() : terms(lacking, section).stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        return marks.isEmpty() ? null : SECTION_LABEL + Highlighter.mark(section, marks);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
