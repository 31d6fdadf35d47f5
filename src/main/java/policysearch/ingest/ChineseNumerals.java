package policysearch.ingest;

/** Parses Chinese numerals as used in headings and task labels (一 … 九十九, 一百 …). */
public final class ChineseNumerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value of {@code s}, or -1 when it is not a Chinese numeral. */
    public static int parse(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        int total = 0;
        int current = 0;
        boolean any = false;
        for (char c : s.toCharArray()) {
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                current = d;
                any = true;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
                any = true;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
                any = true;
            } else {
                return -1;
            }
        }
        return any ? total + current : -1;
    }

    /** The Chinese numeral for {@code n} (1–999). */
    public static String format(int n) {
        if (n <= 0 || n >= 1000) {
            throw new IllegalArgumentException("out of range: " + n);
        }
        StringBuilder b = new StringBuilder();
        int h = n / 100;
        int t = n / 10 % 10;
        int u = n % 10;
        if (h > 0) {
            b.append(DIGITS.charAt(h)).append('百');
            if (t == 0 && u > 0) {
                b.append('零');
            }
        }
        if (t > 0) {
            if (!(t == 1 && h == 0)) {
                b.append(DIGITS.charAt(t));
            }
            b.append('十');
        }
        if (u > 0) {
            b.append(DIGITS.charAt(u));
        }
        return b.toString();
    }
}
