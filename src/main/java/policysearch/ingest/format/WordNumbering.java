package policysearch.ingest.format;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The labels Word's automatic numbering prints before paragraphs ((一), 1., 第一条): Word stores only the list's
 * pattern ({@code （%1）}, format chineseCounting), so the counters are kept here, per list and level, as Word does.
 */
final class WordNumbering {
    private static final String DIGITS = "零一二三四五六七八九";
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    /** The label of a numbered paragraph, advancing its list's counter; "" for a paragraph outside a list. */
    String label(XWPFParagraph p) {
        BigInteger id = p.getNumID();
        String pattern = p.getNumLevelText();
        if (id == null || pattern == null) {
            return "";
        }
        int level = p.getNumIlvl() == null ? 0 : Math.min(8, p.getNumIlvl().intValue());
        int[] c = counters.computeIfAbsent(id, k -> new int[9]);
        if (c[level] == 0 && p.getNumStartOverride() != null) {
            c[level] = p.getNumStartOverride().intValue() - 1;
        }
        c[level]++;
        for (int deeper = level + 1; deeper < c.length; deeper++) {
            c[deeper] = 0;
        }
        String fmt = p.getNumFmt() == null ? "decimal" : p.getNumFmt();
        String out = pattern;
        for (int l = 0; l <= level; l++) {
            out = out.replace("%" + (l + 1), l == level ? format(c[l], fmt) : Integer.toString(Math.max(1, c[l])));
        }
        return fmt.equals("bullet") || fmt.equals("none") ? "" : out;
    }

    /** A counter in a list format: decimal digits, or Chinese numerals for the Chinese counting formats. */
    static String format(int n, String fmt) {
        String f = fmt.toLowerCase(java.util.Locale.ROOT);
        boolean chinese = f.contains("chinese") || f.contains("ideograph") || f.contains("japanesecounting")
                || f.contains("taiwanesecounting");
        return chinese ? chinese(n) : Integer.toString(n);
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (up to 99). */
    static String chinese(int n) {
        if (n <= 0 || n >= 100) {
            return Integer.toString(n);
        }
        int tens = n / 10;
        int ones = n % 10;
        String t = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十";
        return t + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
    }
}
