package policysearch.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A policy document split into sections and tasks.
 *
 * @param id stable id, readable in a URL ({@code gbf-2021-20})
 * @param source the seed file name it was read from
 * @param title the document's title (the notice's title when it has one)
 * @param listTitle the title of the task list itself (深化医药卫生体制改革2021年重点工作任务), used in citations
 * @param number the 发文字号, or null when the document states none
 * @param issuer the issuing body (国务院办公厅)
 * @param date the 成文日期, or null when unknown
 * @param year the year the document belongs to
 * @param region the region or level: 国家, 重庆市, 四川省 ...
 * @param parent the document this one says it implements (落实), or null
 */
public record PolicyDocument(String id, String source, String title, String listTitle, String number,
                             String issuer, LocalDate date, int year, String region, ParentReference parent,
                             List<Section> sections, List<Task> tasks) {
    /** The region of a national document (issued by 国务院, its ministries and commissions). */
    public static final String NATIONAL = "国家";

    public PolicyDocument {
        if (!Ids.isValid(id)) {
            throw new IllegalArgumentException("invalid document id: " + id);
        }
        Objects.requireNonNull(source, "source");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException(source + ": document has no title");
        }
        listTitle = listTitle == null || listTitle.isBlank() ? title : listTitle;
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException(source + ": document has no issuer");
        }
        if (year < 1949 || year > 2200) {
            throw new IllegalArgumentException(source + ": implausible year " + year);
        }
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException(source + ": document has no region");
        }
        number = number == null || number.isBlank() ? null : number;
        sections = List.copyOf(sections);
        tasks = List.copyOf(tasks);
    }

    /** This document under another id, its tasks re-numbered to match ({@code {id}-t{no}}). */
    public PolicyDocument withId(String newId) {
        List<Task> renamed = tasks.stream().map(t -> new Task(Ids.task(newId, t.no()), t.no(), t.label(), t.title(),
                t.text(), t.section(), t.departments())).toList();
        return new PolicyDocument(newId, source, title, listTitle, number, issuer, date, year, region, parent,
                sections, renamed);
    }

    /** The task with the given number, or null. */
    public Task task(int no) {
        return tasks.stream().filter(t -> t.no() == no).findFirst().orElse(null);
    }
}
