package policysearch.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a document numbers its tasks: （一） (also (一), ( 一 )), or, under 一、 section headings, 1. (1、 1．),
 * （1） or 第一条. A document uses one of them for its tasks; the others may number items inside a task.
 */
enum Numbering {
    CHINESE_PAREN("^[（(]\\s*([一二三四五六七八九十百]{1,5})\\s*[）)]\\s*(.*)$"),
    ARABIC_DOT("^(\\d{1,3})\\s*[.．、](?![\\d.．])\\s*(\\S.*)$"),
    ARABIC_PAREN("^[（(]\\s*(\\d{1,3})\\s*[）)]\\s*(\\S.*)$"),
    ARTICLE("^第([一二三四五六七八九十百零〇]{1,5})条\\s*(\\S.*)$");

    private final Pattern pattern;

    Numbering(String regex) {
        this.pattern = Pattern.compile(regex);
    }

    /** The task label at the start of {@code line} in this numbering, if any. */
    Optional<Structure.Marker> match(String line) {
        Matcher m = pattern.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String n = m.group(1);
        int no = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : ChineseNumerals.parse(n.replace('〇', '零'));
        return no > 0 ? Optional.of(new Structure.Marker(no, m.group(2).strip())) : Optional.empty();
    }

    /** The canonical label of number {@code no}: （十五）, 15., （15）, 第十五条. */
    String label(int no) {
        return switch (this) {
            case CHINESE_PAREN -> Structure.taskLabel(no);
            case ARABIC_DOT -> no + ".";
            case ARABIC_PAREN -> "（" + no + "）";
            case ARTICLE -> "第" + ChineseNumerals.format(no) + "条";
        };
    }
}
