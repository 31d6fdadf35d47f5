package policysearch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A task division table (任务分工表) that names each task's bodies in columns instead of a bracket after the task:
 * a header row such as 序号 | 重点任务 | 牵头单位 | 配合单位 (or 责任单位), then one row per task, rows of
 * tab-separated cells as every format's reader gives them. Section rows (一、…) inside the table are skipped.
 */
final class DivisionTable {
    private static final Pattern LEAD = Pattern.compile("^(牵头|主办|主责)(单位|部门|处室|机构).*");
    private static final Pattern RESPONSIBLE = Pattern.compile("^(责任|负责)(单位|部门|处室|机构).*");
    private static final Pattern SUPPORT = Pattern.compile("^(配合|参与|协办|协同)(单位|部门|处室|机构).*");
    private static final Pattern TASK = Pattern.compile(".*(任务|工作|事项|内容|措施).*");
    private static final Pattern NUMBER = Pattern.compile("^(序号|编号|No\\.?)$");
    private static final Pattern TITLE = Pattern.compile("^(附件\\s*\\d*[:：]?|.*(分工表|任务表|分工方案|责任分工|任务清单).*)$");
    private static final Pattern LABEL = Pattern.compile("^([（(]\\s*[一二三四五六七八九十百\\d]{1,5}\\s*[）)]|\\d{1,3}\\s*[.．、]|"
            + "[一二三四五六七八九十百]{1,4}[、.．]|第[一二三四五六七八九十百]{1,5}条)\\s*");

    /** One row: the task it names (its number and words as printed) and the bodies in each role column. */
    record Row(String number, String task, String lead, String responsible, String support) {
    }

    /** The table's rows, and the document's lines without the table and its title. */
    record Found(List<Row> rows, List<SourceLine> rest) {
        /** The row naming a task: by its title (first sentence), else by its number; empty when none does. */
        Optional<Row> rowFor(int no, String title) {
            String t = normalise(title);
            for (Row r : rows) {
                String cell = normalise(r.task());
                if (cell.length() >= 4 && (cell.startsWith(t) || t.startsWith(cell))) {
                    return Optional.of(r);
                }
            }
            return rows.stream().filter(r -> number(r.number()) == no).findFirst();
        }
    }

    /** Column positions of a header row. */
    private record Columns(int number, int task, int lead, int responsible, int support) {
    }

    private DivisionTable() {
    }

    /** The division table of {@code lines}, if they hold one (its rows empty otherwise). */
    static Found find(List<SourceLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Optional<Columns> header = header(lines.get(i).text().split("\t"));
            if (header.isEmpty()) {
                continue;
            }
            List<Row> rows = new ArrayList<>();
            int j = i + 1;
            for (; j < lines.size(); j++) {
                String t = lines.get(j).text();
                if (!t.contains("\t")) {
                    if (Structure.section(t).isPresent()) {
                        continue;
                    }
                    break;
                }
                row(t.split("\t"), header.get()).ifPresent(rows::add);
            }
            int from = i;
            while (from > 0 && i - from < 2 && TITLE.matcher(lines.get(from - 1).text()).matches()) {
                from--;
            }
            List<SourceLine> rest = new ArrayList<>(lines.subList(0, from));
            rest.addAll(lines.subList(j, lines.size()));
            return new Found(rows, rest);
        }
        return new Found(List.of(), lines);
    }

    private static Optional<Columns> header(String[] cells) {
        if (cells.length < 2) {
            return Optional.empty();
        }
        int number = -1;
        int task = -1;
        int lead = -1;
        int responsible = -1;
        int support = -1;
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c].replaceAll("\\s+", "");
            if (NUMBER.matcher(cell).matches()) {
                number = c;
            } else if (LEAD.matcher(cell).matches()) {
                lead = c;
            } else if (RESPONSIBLE.matcher(cell).matches()) {
                responsible = c;
            } else if (SUPPORT.matcher(cell).matches()) {
                support = c;
            } else if (TASK.matcher(cell).matches() && task < 0) {
                task = c;
            }
        }
        boolean bodies = lead >= 0 || responsible >= 0;
        return bodies && (task >= 0 || number >= 0)
                ? Optional.of(new Columns(number, task, lead, responsible, support)) : Optional.empty();
    }

    private static Optional<Row> row(String[] cells, Columns c) {
        Row r = new Row(cell(cells, c.number()), cell(cells, c.task()), cell(cells, c.lead()),
                cell(cells, c.responsible()), cell(cells, c.support()));
        boolean names = !r.lead().isEmpty() || !r.responsible().isEmpty() || !r.support().isEmpty();
        return names && (!r.task().isEmpty() || !r.number().isEmpty()) ? Optional.of(r) : Optional.empty();
    }

    private static String cell(String[] cells, int i) {
        return i >= 0 && i < cells.length ? cells[i].strip() : "";
    }

    /** A task's words without its label, punctuation and spaces, for comparing a cell with a title. */
    static String normalise(String s) {
        return LABEL.matcher(s.strip()).replaceFirst("").replaceAll("[\\s。，,；;：:、“”\"]", "");
    }

    /** The number a cell states (3, 三, （三）, 3.), or -1. */
    private static int number(String cell) {
        String n = cell.replaceAll("[\\s（）()．.、第条]", "");
        if (n.matches("\\d{1,3}")) {
            return Integer.parseInt(n);
        }
        return ChineseNumerals.parse(n);
    }
}
