package policysearch.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import policysearch.model.ParentReference;

/**
 * Finds the document a notice implements from what it says outside its task list: a title that names it
 * (贯彻落实国务院办公厅深化医药卫生体制改革2020年下半年重点工作任务分工), else the first citation the preamble
 * acts upon (根据《国务院办公厅关于印发…的通知》（国办发〔2020〕25号）要求). A citation read only for context
 * (结合…《…》精神) is not a parent.
 */
final class ParentReader {
    /** A title naming what it carries out: the cue, then the other document's name. */
    private static final Pattern NAMED = Pattern.compile("(?:贯彻落实|贯彻执行|落实)(.{8,})$");
    /** Words that end the name of a document (so 落实医改工作党政负责制 names none). */
    private static final Pattern DOCUMENT_WORD = Pattern.compile("《|通知|意见|任务|方案|规划|决定|办法|纲要|条例|要点");
    /** A cue, a short run without sentence punctuation, the cited title and an optional 文号 in brackets. */
    private static final Pattern CITED = Pattern.compile(
            "(?:根据|按照|依据|贯彻落实|贯彻|落实)[^，。；：,;:《》]{0,30}?《([^《》]{4,120})》([（(][^（()）]{4,30}[)）])?");
    private static final Pattern OWN_SUFFIX = Pattern.compile("(?:的)?(?:通知|实施意见|实施方案)$");

    private ParentReader() {
    }

    /** The parent named by the title or list title, else cited in {@code header}; null when there is none. */
    static ParentReference read(List<SourceLine> header, String title, String listTitle) {
        for (String t : new String[] {listTitle, title}) {
            ParentReference named = named(t);
            if (named != null) {
                return named;
            }
        }
        StringBuilder text = new StringBuilder();
        header.forEach(l -> text.append(l.text()));
        return cited(text.toString());
    }

    /** The document a title says it carries out, or null. */
    static ParentReference named(String title) {
        if (title == null) {
            return null;
        }
        Matcher m = NAMED.matcher(title.replaceAll("\\s+", ""));
        if (!m.find() || !DOCUMENT_WORD.matcher(m.group(1)).find()) {
            return null;
        }
        String name = m.group(1).replace("《", "").replace("》", "");
        name = OWN_SUFFIX.matcher(name).replaceFirst("");
        return name.length() < 8 ? null : new ParentReference(null, name);
    }

    /** The first document {@code text} acts upon (根据/按照/贯彻落实《…》), with its 文号 when given; or null. */
    static ParentReference cited(String text) {
        Matcher m = CITED.matcher(text.replaceAll("\\s+", ""));
        if (!m.find()) {
            return null;
        }
        String number = m.group(2) == null ? null
                : HeaderReader.normaliseNumber(m.group(2).substring(1, m.group(2).length() - 1));
        return new ParentReference(number, m.group(1));
    }

    /** A sidecar's {@code parent=} value: a 文号 when it reads as one, else a title. */
    static ParentReference stated(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String number = HeaderReader.normaliseNumber(value);
        return number != null ? new ParentReference(number, null)
                : new ParentReference(null, value.replace("《", "").replace("》", "").strip());
    }
}
