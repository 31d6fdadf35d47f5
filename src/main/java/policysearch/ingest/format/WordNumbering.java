package policysearch.ingest.format;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

/**
 * The labels Word's automatic numbering prints before paragraphs ((一), 1., 第一条): Word stores only the list's
 * pattern per level ({@code （%1）}, format chineseCounting, start), so the counters are kept here, per list and
 * level, as Word does. A paragraph that names a list without a level is at level 0.
 */
final class WordNumbering {
    private static final String DIGITS = "零一二三四五六七八九";
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    /** The label of a numbered paragraph, advancing its list's counter; "" for a paragraph outside a list. */
    String label(XWPFParagraph p) {
        BigInteger id = p.getNumID();
        int level = p.getNumIlvl() == null ? 0 : Math.min(8, p.getNumIlvl().intValue());
        CTLvl lvl = id == null ? null : level(p.getDocument().getNumbering(), id, level);
        if (lvl == null || lvl.getLvlText() == null || lvl.getLvlText().getVal() == null) {
            return "";
        }
        String fmt = lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
        if (fmt.equals("bullet") || fmt.equals("none")) {
            return "";
        }
        int[] c = counters.computeIfAbsent(id, k -> new int[9]);
        if (c[level] == 0 && lvl.getStart() != null) {
            c[level] = lvl.getStart().getVal().intValue() - 1;
        }
        c[level]++;
        for (int deeper = level + 1; deeper < c.length; deeper++) {
            c[deeper] = 0;
        }
        String out = lvl.getLvlText().getVal();
        for (int l = 0; l <= level; l++) {
            out = out.replace("%" + (l + 1), l == level ? format(c[l], fmt) : Integer.toString(Math.max(1, c[l])));
        }
        return out;
    }

    /** The definition of {@code level} of list {@code numId}, or null. */
    private static CTLvl level(XWPFNumbering numbering, BigInteger numId, int level) {
        if (numbering == null) {
            return null;
        }
        BigInteger abstractId = numbering.getAbstractNumID(numId);
        XWPFAbstractNum abstractNum = abstractId == null ? null : numbering.getAbstractNum(abstractId);
        if (abstractNum == null || abstractNum.getAbstractNum() == null) {
            return null;
        }
        for (CTLvl lvl : abstractNum.getAbstractNum().getLvlArray()) {
            if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level) {
                return lvl;
            }
        }
        return null;
    }

    /** A counter in a list format: decimal digits, or Chinese numerals for the Chinese counting formats. */
    static String format(int n, String fmt) {
        String f = fmt.toLowerCase(Locale.ROOT);
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
