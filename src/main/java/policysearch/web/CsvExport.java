package policysearch.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import policysearch.model.Department;
import policysearch.model.Role;
import policysearch.search.FacetDim;
import policysearch.search.Hit;

/**
 * A result set as CSV that Excel opens correctly in Chinese: UTF-8 with a byte-order mark, CRLF rows, and no cell
 * Excel would run as a formula.
 */
public final class CsvExport {
    /** The header row. */
    public static final List<String> COLUMNS = List.of("文件", "文号", "发文机关", "日期", "年份", "地区", "任务类别",
            "任务编号", "任务标题", "正文", "牵头部门", "负责部门", "参与部门", "部门领域", "链接");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** What every export's file name starts with, and its ASCII stand-in. */
    static final String NAME = "政策任务";
    static final String ASCII_NAME = "policy-tasks";
    /** Longest query or filter value kept in a file name. */
    private static final int MAX_PART = 30;

    private CsvExport() {
    }

    /** The CSV bytes for {@code hits}; task links are made absolute with the site's {@code base} URL. */
    public static byte[] write(List<Hit> hits, BaseUrl base) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL.builder().setHeader(COLUMNS.toArray(String[]::new))
                .get())) {
            for (Hit h : hits) {
                List<String> row = List.of(h.document().title(), nullToEmpty(h.document().number()),
                        h.document().issuer(), nullToEmpty(h.document().date()), String.valueOf(h.document().year()),
                        h.document().region(), h.section().title(), h.label(), h.title(), h.text(),
                        names(h, Role.LEAD), names(h, Role.RESPONSIBLE), names(h, Role.SUPPORT), sectors(h),
                        base.link(h.url()));
                csv.printRecord(row.stream().map(CsvExport::inert).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }

    /**
     * A cell Excel would read as a formula ({@code = + - @}, or a tab or carriage return that hides one) gets a
     * leading single quote, so an exported text is shown, never run.
     */
    static String inert(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    /**
     * The download's name: 政策任务, the query, the filter values and the date, e.g.
     * {@code 政策任务_医保支付_2021_2026-12-02.csv}; {@code ascii} keeps only what is ASCII of the same parts.
     */
    public record FileName(String name, String ascii) {
    }

    /** The file name for an export of {@code query} under {@code filters}, made on {@code day}. */
    public static FileName fileName(String query, Map<FacetDim, List<String>> filters, LocalDate day) {
        List<String> parts = new ArrayList<>(List.of(NAME));
        List<String> ascii = new ArrayList<>(List.of(ASCII_NAME));
        add(parts, ascii, query, query);
        for (FacetDim dim : FacetDim.values()) {
            for (String v : filters.getOrDefault(dim, List.of())) {
                String shown = dim == FacetDim.ROLE ? Role.fromId(v).map(Role::label).orElse(v) : v;
                add(parts, ascii, shown, v);
            }
        }
        parts.add(day.toString());
        ascii.add(day.toString());
        return new FileName(String.join("_", parts) + ".csv", String.join("_", ascii) + ".csv");
    }

    private static void add(List<String> parts, List<String> ascii, String shown, String raw) {
        String part = clip(shown == null ? "" : shown.replaceAll("[\\\\/:*?\"<>|'`\\p{Cntrl}\\p{Cf}]", "")
                .strip().replaceAll("[\\s_]+", "_"));
        if (!part.isEmpty()) {
            parts.add(part);
        }
        String plain = clip(raw == null ? "" : raw.replaceAll("[^A-Za-z0-9.-]+", "-").replaceAll("^[-.]+|-+$", ""));
        if (!plain.isEmpty()) {
            ascii.add(plain);
        }
    }

    private static String clip(String s) {
        return s.codePointCount(0, s.length()) <= MAX_PART ? s : s.substring(0, s.offsetByCodePoints(0, MAX_PART));
    }

    private static String names(Hit h, Role role) {
        return h.departments().stream().filter(d -> d.role() == role).map(Department::name)
                .collect(Collectors.joining("、"));
    }

    /** The sectors of the task's departments, each once, in clause order. */
    private static String sectors(Hit h) {
        return h.departments().stream().map(Department::sector).distinct().collect(Collectors.joining("、"));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
