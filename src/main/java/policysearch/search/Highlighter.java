package policysearch.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Whole-sentence snippets for the hits on a page: the text is cut at Chinese and Latin sentence
 * punctuation (。；！？;!?), the sentences with the most distinct matched terms are kept in text order,
 * each is HTML-escaped and only then are the matches wrapped in {@code <mark>} (adjacent matches in one).
 */
final class Highlighter {
    /** Sentences kept per hit. */
    static final int MAX_PASSAGES = 2;
    /** A longer sentence is trimmed around its first match. */
    static final int MAX_PASSAGE_CHARS = 180;

    private Highlighter() {
    }

    /** HTML passages of {@code text} marking {@code terms}; the first sentence, escaped, when nothing matches. */
    static List<String> passages(String text, List<String> terms) {
        return passages(text, terms, null, true);
    }

    /**
     * HTML passages of {@code text} marking {@code terms}. A first sentence that repeats the {@code title}
     * is left out unless no other sentence matches. When nothing matches: with {@code fallback} the first
     * sentence after the title, escaped; without, nothing.
     */
    static List<String> passages(String text, List<String> terms, String title, boolean fallback) {
        List<String> marks = terms.stream().filter(t -> !t.isBlank())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        List<String> sentences = sentences(text);
        if (sentences.isEmpty()) {
            return List.of();
        }
        record Scored(int index, int score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String lower = sentences.get(i).toLowerCase(Locale.ROOT);
            int score = (int) marks.stream().filter(m -> lower.contains(m.toLowerCase(Locale.ROOT))).count();
            if (score > 0) {
                scored.add(new Scored(i, score));
            }
        }
        boolean titleFirst = sentences.size() > 1 && isTitle(sentences.get(0), title);
        if (titleFirst && scored.stream().anyMatch(s -> s.index() > 0)) {
            scored.removeIf(s -> s.index() == 0);
        }
        if (scored.isEmpty()) {
            return fallback ? List.of(escape(trim(sentences.get(titleFirst ? 1 : 0), 0))) : List.of();
        }
        // Greedy: take the sentence adding the most terms not yet shown, earliest first on ties.
        List<Integer> chosen = new ArrayList<>();
        java.util.Set<String> shown = new java.util.HashSet<>();
        while (chosen.size() < MAX_PASSAGES) {
            int best = -1;
            int bestGain = 0;
            for (Scored s : scored) {
                if (chosen.contains(s.index())) {
                    continue;
                }
                String lower = sentences.get(s.index()).toLowerCase(Locale.ROOT);
                int gain = (int) marks.stream().filter(m -> !shown.contains(m))
                        .filter(m -> lower.contains(m.toLowerCase(Locale.ROOT))).count();
                if (gain > bestGain) {
                    best = s.index();
                    bestGain = gain;
                }
            }
            if (best < 0) {
                // every term shown already: fill with the best remaining sentence
                best = scored.stream().filter(s -> !chosen.contains(s.index()))
                        .sorted(Comparator.comparingInt(Scored::score).reversed().thenComparingInt(Scored::index))
                        .map(Scored::index).findFirst().orElse(-1);
                if (best < 0) {
                    break;
                }
            }
            chosen.add(best);
            String lower = sentences.get(best).toLowerCase(Locale.ROOT);
            marks.stream().filter(m -> lower.contains(m.toLowerCase(Locale.ROOT))).forEach(shown::add);
        }
        return chosen.stream().sorted().map(i -> mark(sentences.get(i), marks)).toList();
    }

    /** The text without its first sentence when that sentence is the title again. */
    static String afterTitle(String text, String title) {
        List<String> sentences = sentences(text);
        if (sentences.size() < 2 || !isTitle(sentences.get(0), title)) {
            return text;
        }
        return String.join("", sentences.subList(1, sentences.size()));
    }

    /** True when the sentence is the title again (its text up to the closing punctuation). */
    private static boolean isTitle(String sentence, String title) {
        if (title == null || title.isBlank()) {
            return false;
        }
        String s = sentence.replaceAll("[。；！？;!?\\s]+$", "");
        return s.equals(title.strip().replaceAll("[。；！？;!?\\s]+$", ""));
    }

    /** Splits text after each sentence-ending mark and line end; whitespace around sentences is dropped. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if ("。；！？;!?\n".indexOf(text.charAt(i)) >= 0) {
                add(out, text.substring(start, i + 1));
                start = i + 1;
            }
        }
        add(out, text.substring(start));
        return out;
    }

    private static void add(List<String> out, String s) {
        if (!s.isBlank()) {
            out.add(s.strip());
        }
    }

    /** Escapes the sentence, wrapping every (longest, non-overlapping) occurrence of a term in {@code <mark>}. */
    static String mark(String sentence, List<String> marks) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        int firstMatch = firstMatch(lower, marks);
        String s = trim(sentence, firstMatch);
        String l = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        int i = 0;
        int plainFrom = 0;
        while (i < s.length()) {
            String hit = null;
            for (String m : marks) {
                if (l.startsWith(m.toLowerCase(Locale.ROOT), i)) {
                    hit = m;
                    break;
                }
            }
            if (hit == null) {
                i++;
                continue;
            }
            out.append(escape(s.substring(plainFrom, i)))
                    .append("<mark>").append(escape(s.substring(i, i + hit.length()))).append("</mark>");
            i += hit.length();
            plainFrom = i;
        }
        out.append(escape(s.substring(plainFrom)));
        // Escaped text holds no '<', so this only joins marks that touch (公立|医院 → one mark).
        return out.toString().replace("</mark><mark>", "");
    }

    private static int firstMatch(String lower, List<String> marks) {
        int first = -1;
        for (String m : marks) {
            int at = lower.indexOf(m.toLowerCase(Locale.ROOT));
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return Math.max(first, 0);
    }

    private static int trimStart(String sentence, int firstMatch) {
        return Math.max(0, Math.min(firstMatch - 30, sentence.length() - MAX_PASSAGE_CHARS));
    }

    /** A sentence longer than the limit, cut to a window that starts a little before its first match. */
    private static String trim(String sentence, int firstMatch) {
        if (sentence.length() <= MAX_PASSAGE_CHARS) {
            return sentence;
        }
        int from = trimStart(sentence, firstMatch);
        int to = Math.min(sentence.length(), from + MAX_PASSAGE_CHARS);
        return (from > 0 ? "…" : "") + sentence.substring(from, to) + (to < sentence.length() ? "…" : "");
    }

    /** Minimal HTML escaping for text and attribute content. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
