package policysearch.lineage;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.List;

/**
 * A character-level diff (Myers, over code points, so a character outside the BMP is never split) marked up as
 * HTML. Each change is one run: a replaced phrase is one {@code <del>} on the left and one {@code <ins>} on the
 * right, not a mark per character. A short unchanged run (at most {@link #GLUE} characters) no longer than the
 * changes on both sides of it joins them, as in diff-match-patch's semantic clean-up, so a rewritten clause does
 * not read as confetti of common characters (的, 和, 药品); a longer one always shows as unchanged.
 */
final class TextDiff {
    /** The longest unchanged run that may be absorbed between two changes. */
    static final int GLUE = 3;

    private TextDiff() {
    }

    /** {@code left} (the earlier text) against {@code right}. */
    static Diff of(String left, String right) {
        List<Integer> a = left.codePoints().boxed().toList();
        List<Integer> b = right.codePoints().boxed().toList();
        List<int[]> runs = runs(DiffUtils.diff(a, b).getDeltas());
        StringBuilder l = new StringBuilder();
        StringBuilder r = new StringBuilder();
        int ai = 0;
        int bi = 0;
        int removed = 0;
        int added = 0;
        for (int[] run : runs) {
            append(l, a, ai, run[0], null);
            append(r, b, bi, run[2], null);
            append(l, a, run[0], run[1], "del");
            append(r, b, run[2], run[3], "ins");
            removed += run[1] - run[0];
            added += run[3] - run[2];
            ai = run[1];
            bi = run[3];
        }
        append(l, a, ai, a.size(), null);
        append(r, b, bi, b.size(), null);
        return new Diff(l.toString(), r.toString(), removed, added);
    }

    /** Changes as {fromA, toA, fromB, toB}, in order, short unchanged gaps between them glued into one change. */
    private static List<int[]> runs(List<AbstractDelta<Integer>> deltas) {
        List<int[]> out = new ArrayList<>();
        for (AbstractDelta<Integer> d : deltas) {
            Chunk<Integer> s = d.getSource();
            Chunk<Integer> t = d.getTarget();
            out.add(new int[] {s.getPosition(), s.getPosition() + s.size(), t.getPosition(),
                t.getPosition() + t.size()});
        }
        boolean glued = true;
        while (glued) {
            glued = false;
            for (int i = 0; i + 1 < out.size(); i++) {
                int[] a = out.get(i);
                int[] b = out.get(i + 1);
                int gap = b[0] - a[1];
                if (gap <= GLUE && gap <= size(a) && gap <= size(b)) {
                    a[1] = b[1];
                    a[3] = b[3];
                    out.remove(i + 1);
                    glued = true;
                }
            }
        }
        return out;
    }

    private static int size(int[] run) {
        return Math.max(run[1] - run[0], run[3] - run[2]);
    }

    private static void append(StringBuilder out, List<Integer> cps, int from, int to, String tag) {
        if (from >= to) {
            return;
        }
        if (tag != null) {
            out.append('<').append(tag).append('>');
        }
        for (int i = from; i < to; i++) {
            escape(out, cps.get(i));
        }
        if (tag != null) {
            out.append("</").append(tag).append('>');
        }
    }

    private static void escape(StringBuilder out, int cp) {
        switch (cp) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> out.appendCodePoint(cp);
        }
    }
}
