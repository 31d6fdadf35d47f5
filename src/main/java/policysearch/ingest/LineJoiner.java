package policysearch.ingest;

import java.util.List;

/**
 * Joins hard-wrapped lines into one paragraph without inserting spaces (a space only between two Latin letters),
 * repairing a fragment that a page break printed twice (工业和信息化部 / 化部、 → 工业和信息化部、).
 */
final class LineJoiner {
    private static final int MAX_REPEAT = 6;
    private static final String AFTER_REPEAT = "、，,。；;）)〕";

    private LineJoiner() {
    }

    /** The joined text of {@code lines}; each repair is added to {@code repairs} as a readable note. */
    static String join(List<SourceLine> lines, List<String> repairs) {
        StringBuilder b = new StringBuilder();
        for (SourceLine line : lines) {
            String next = line.text().replace('\t', ' ');
            if (!b.isEmpty()) {
                int k = repeatedFragment(b, next);
                if (k > 0) {
                    repairs.add("line " + line.no() + ": dropped repeated fragment '" + next.substring(0, k) + "'");
                    next = next.substring(k);
                }
                char last = b.charAt(b.length() - 1);
                if (isLatin(last) && !next.isEmpty() && isLatin(next.charAt(0))) {
                    b.append(' ');
                }
            }
            b.append(next);
        }
        return b.toString();
    }

    /** Length of the longest head of {@code next} (2..6 chars) that repeats the tail of {@code prev} before a separator. */
    private static int repeatedFragment(CharSequence prev, String next) {
        for (int k = Math.min(MAX_REPEAT, next.length() - 1); k >= 2; k--) {
            if (AFTER_REPEAT.indexOf(next.charAt(k)) < 0) {
                continue;
            }
            String head = next.substring(0, k);
            if (prev.length() >= k && prev.subSequence(prev.length() - k, prev.length()).toString().equals(head)
                    && head.codePoints().allMatch(Character::isIdeographic)) {
                return k;
            }
        }
        return 0;
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetter(c);
    }
}
