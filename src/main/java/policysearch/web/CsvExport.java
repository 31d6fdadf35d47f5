package policysearch.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import policysearch.model.Role;
import policysearch.search.Hit;

/** A result set as CSV that Excel opens correctly in Chinese: UTF-8 with a byte-order mark, CRLF rows. */
public final class CsvExport {
    /** The header row. */
    public static final List<String> COLUMNS = List.of("文件", "文号", "发文机关", "年份", "任务类别", "任务编号",
            "任务标题", "牵头部门", "负责部门", "参与部门", "链接");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvExport() {
    }

    /** The CSV bytes for {@code hits}; task links are made absolute with the site's {@code base} URL. */
    public static byte[] write(List<Hit> hits, BaseUrl base) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL.builder().setHeader(COLUMNS.toArray(String[]::new))
                .get())) {
            for (Hit h : hits) {
                csv.printRecord(h.document().title(), nullToEmpty(h.document().number()), h.document().issuer(),
                        h.document().year(), h.section().title(), h.label(), h.title(),
                        names(h, Role.LEAD), names(h, Role.RESPONSIBLE), names(h, Role.SUPPORT), base.link(h.url()));
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

    private static String names(Hit h, Role role) {
        return h.departments().stream().filter(d -> d.role() == role).map(d -> d.name())
                .collect(Collectors.joining("、"));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
