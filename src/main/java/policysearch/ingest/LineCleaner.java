package policysearch.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns raw text into clean non-empty lines: strips stray leading/trailing (full-width) spaces, removes spaces
 * that extraction put between Chinese characters ("2020 年" → "2020年", "。 健全" → "。健全"), and collapses a
 * line printed twice ("一、加强医改组织领导一、加强医改组织领导").
 */
public final class LineCleaner {

    /** Clean lines of {@code text}; blank lines (page-break debris) are dropped. */
    public List<SourceLine> clean(String text) {
        return clean(List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)));
    }

    /** Clean lines of a reader's lines, numbered from 1 as they came; blank lines are dropped. */
    public List<SourceLine> clean(List<String> raw) {
        List<SourceLine> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String line = cleanLine(raw.get(i));
            if (!line.isEmpty()) {
                out.add(new SourceLine(i + 1, line));
            }
        }
        return out;
    }

    /** Cleans one line; tabs separate cells (as in a web page's metadata table) and are kept between cells. */
    public static String cleanLine(String raw) {
        StringBuilder out = new StringBuilder();
        for (String cell : raw.split("\t")) {
            String c = cleanCell(cell);
            if (!c.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append('\t');
                }
                out.append(c);
            }
        }
        return collapseDoubled(out.toString());
    }

    private static String cleanCell(String raw) {
        String s = raw.replace('\u00A0', ' ').replace('\u3000', ' ').replace('\uFEFF', ' ').replace('\f', ' ')
                .replace('\u200B', ' ');
        s = s.strip();
        return removeCjkSpaces(s);
    }

    /** Removes whitespace runs that touch a CJK character or CJK punctuation on either side. */
    static String removeCjkSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                int j = i;
                while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
                    j++;
                }
                char before = b.isEmpty() ? ' ' : b.charAt(b.length() - 1);
                char after = j < s.length() ? s.charAt(j) : ' ';
                boolean touchesCjk = isCjk(before) || isCjk(after) || isOpenBracket(after) || isCloseBracket(before);
                if (!touchesCjk) {
                    b.append(c == '\t' ? ' ' : c);
                }
                i = j;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static boolean isOpenBracket(char c) {
        return c == '(' || c == '[';
    }

    private static boolean isCloseBracket(char c) {
        return c == ')' || c == ']';
    }

    /** True for Han characters, CJK symbols/punctuation and full-width forms. */
    public static boolean isCjk(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION && (c == '“' || c == '”' || c == '‘' || c == '’' || c == '…' || c == '—');
    }

    /** "ABAB" → "AB" when the line is one string printed twice (at least two characters each). */
    static String collapseDoubled(String s) {
        int n = s.length();
        if (n >= 4 && n % 2 == 0) {
            String half = s.substring(0, n / 2);
            if (half.equals(s.substring(n / 2))) {
                return half;
            }
        }
        return s;
    }
}
