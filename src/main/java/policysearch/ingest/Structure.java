package policysearch.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises the numbered markers of a task list: section headings 一、 and task labels （一）/(一)/( 一 ) (see {@link Numbering} for the others). */
public final class Structure {
    private static final Pattern SECTION = Pattern.compile("^([一二三四五六七八九十百]{1,4})[、.．]\\s*(\\S.*)$");

    private Structure() {
    }

    /** A marker found at the start of a line: its number and the text after it. */
    public record Marker(int no, String rest) {
    }

    /** The section heading at the start of {@code line}, if any. */
    public static Optional<Marker> section(String line) {
        return match(SECTION, line);
    }

    /** The task label at the start of {@code line}, if any. */
    public static Optional<Marker> task(String line) {
        return Numbering.CHINESE_PAREN.match(line);
    }

    /** True when the line starts with a section heading or a task label. */
    public static boolean isMarkerLine(String line) {
        return section(line).isPresent() || task(line).isPresent();
    }

    /** The canonical label of a task number: （十五）. */
    public static String taskLabel(int no) {
        return "（" + ChineseNumerals.format(no) + "）";
    }

    private static Optional<Marker> match(Pattern p, String line) {
        Matcher m = p.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        int no = ChineseNumerals.parse(m.group(1));
        return no > 0 ? Optional.of(new Marker(no, m.group(2).strip())) : Optional.empty();
    }
}
