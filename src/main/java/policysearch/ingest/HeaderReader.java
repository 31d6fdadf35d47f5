package policysearch.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads metadata from the lines before the task list: a web page's key/value table (标题, 发文机关, 发文字号,
 * 成文日期), a 文号 line, the title block above it, the signature and date, the task list's own title, and the
 * document it implements ({@link ParentReader}).
 */
public final class HeaderReader {
    private static final Pattern KEY = Pattern.compile("^(标题|名称|发文机关|发文字号|文号|成文日期|发布日期|索引号|主题分类|关键词)[:：]\\s*(.*)$");
    private static final Pattern NUMBER = Pattern.compile(
            "^(\\p{IsHan}{1,12}?)\\s*[〔\\[［【(（]\\s*(\\d{4})\\s*[〕\\]］】)）]\\s*(\\d{1,5})\\s*号$");
    private static final Pattern DATE = Pattern.compile("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$");
    private static final Pattern ORG_END = Pattern.compile(".*(厅|府|院|委|部|局|会|办|室|组|处|署|中心)$");
    private static final Pattern SENTENCE_PUNCT = Pattern.compile("[。，,：:；;！？]");
    private static final Pattern REMARK = Pattern.compile("^[（(].*[）)]$");
    private static final int MAX_TITLE_LINE = 48;

    /** Reads header metadata from {@code header} (the lines before the first section of the task list). */
    public Metadata read(List<SourceLine> header, Layout layout) {
        Map<String, String> table = keyValues(header);
        String number = normaliseNumber(table.get("发文字号"));
        int numberLine = -1;
        for (int i = 0; i < header.size() && number == null; i++) {
            String n = normaliseNumber(header.get(i).text());
            if (n != null) {
                number = n;
                numberLine = i;
            }
        }
        if (numberLine < 0 && number != null) {
            numberLine = indexOfNumber(header, number);
        }
        int dateLine = indexOfDate(header);
        LocalDate date = parseDate(table.get("成文日期"));
        if (date == null && dateLine >= 0) {
            date = parseDate(header.get(dateLine).text());
        }
        String issuer = table.get("发文机关");
        if (issuer == null && dateLine > 0 && isOrgName(header.get(dateLine - 1).text())) {
            issuer = header.get(dateLine - 1).text();
        }
        String title = table.containsKey("标题") ? table.get("标题") : noticeTitle(header, numberLine);
        String listTitle = listTitle(header, layout);
        if (issuer == null && title != null && title.contains("关于")) {
            String prefix = title.substring(0, title.indexOf("关于"));
            issuer = prefix.isBlank() ? null : prefix;
        }
        Integer year = date != null ? Integer.valueOf(date.getYear()) : null;
        if (year == null && number != null) {
            year = Integer.valueOf(number.replaceAll("^.*〔(\\d{4})〕.*$", "$1"));
        }
        return new Metadata(blankToNull(title), blankToNull(listTitle), number, blankToNull(issuer), date, year,
                null, null, ParentReader.read(header, title, listTitle));
    }

    /** The 文号 normalised to 〔〕 with no spaces (川办发〔2020〕53 号 → 川办发〔2020〕53号), or null. */
    public static String normaliseNumber(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(s.strip());
        return m.matches() ? m.group(1) + "〔" + m.group(2) + "〕" + m.group(3) + "号" : null;
    }

    /** Parses 2021年05月24日 (or ISO) into a date, or null. */
    public static LocalDate parseDate(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replaceAll("\\s+", "");
        Matcher m = DATE.matcher(t);
        try {
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            return t.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(t) : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Map<String, String> keyValues(List<SourceLine> header) {
        Map<String, String> out = new HashMap<>();
        for (SourceLine line : header) {
            String[] cells = line.text().split("\t");
            for (int i = 0; i < cells.length; i++) {
                Matcher m = KEY.matcher(cells[i].strip());
                if (!m.matches()) {
                    continue;
                }
                String value = m.group(2).strip();
                if (value.isEmpty() && i + 1 < cells.length && !KEY.matcher(cells[i + 1].strip()).matches()) {
                    value = cells[++i].strip();
                }
                if (!value.isEmpty()) {
                    out.putIfAbsent(m.group(1).equals("文号") ? "发文字号" : m.group(1).equals("名称") ? "标题" : m.group(1), value);
                }
            }
        }
        return out;
    }

    private static int indexOfNumber(List<SourceLine> header, String number) {
        for (int i = 0; i < header.size(); i++) {
            if (number.equals(normaliseNumber(header.get(i).text()))) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfDate(List<SourceLine> header) {
        for (int i = 0; i < header.size(); i++) {
            if (DATE.matcher(header.get(i).text()).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isOrgName(String t) {
        return t.length() <= 30 && !SENTENCE_PUNCT.matcher(t).find() && ORG_END.matcher(t).matches();
    }

    /** The notice's title: the block of title lines right above the 文号 line (or above the addressee line). */
    private static String noticeTitle(List<SourceLine> header, int numberLine) {
        int end = numberLine;
        if (end < 0) {
            for (int i = 0; i < header.size(); i++) {
                String t = header.get(i).text();
                if ((t.endsWith("：") || t.endsWith(":")) && t.startsWith("各")) {
                    end = i;
                    break;
                }
            }
        }
        if (end <= 0) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (int i = end - 1; i >= 0 && isTitleLine(header.get(i).text()); i--) {
            parts.add(header.get(i).text());
        }
        Collections.reverse(parts);
        return parts.isEmpty() ? null : String.join("", parts);
    }

    /** The task list's own title: the short unpunctuated lines right before the preamble or the first section. */
    private static String listTitle(List<SourceLine> header, Layout layout) {
        int i = header.size() - 1;
        while (i >= 0 && !isStop(header.get(i).text())
                && (!isTitleLine(header.get(i).text()) || layout.isFullWidth(header.get(i).text()))) {
            i--; // the preamble paragraph: punctuated or full-width lines
        }
        List<String> parts = new ArrayList<>();
        for (; i >= 0 && isTitleLine(header.get(i).text()) && !layout.isFullWidth(header.get(i).text()); i--) {
            parts.add(header.get(i).text());
        }
        Collections.reverse(parts);
        if (parts.isEmpty()) {
            // no title between the signature and the list: take the first title-like line of the header
            return header.stream().map(SourceLine::text).filter(t -> isTitleLine(t) && !layout.isFullWidth(t))
                    .filter(t -> !isOrgName(t)).findFirst().orElse(null);
        }
        return String.join("", parts);
    }

    private static boolean isStop(String t) {
        return DATE.matcher(t).matches() || REMARK.matcher(t).matches() || normaliseNumber(t) != null;
    }

    private static boolean isTitleLine(String t) {
        return t.length() <= MAX_TITLE_LINE && !t.contains("\t") && !SENTENCE_PUNCT.matcher(t).find() && !isStop(t);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
