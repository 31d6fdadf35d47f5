package policysearch.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import policysearch.model.Department;
import policysearch.model.Role;
import policysearch.search.DocumentRef;
import policysearch.search.Hit;

/**
 * The citation of a task users copy into a report: issuer, 《title》, 文号 (when the document has one), date, the
 * task's label and title, its departments in the order the clause lists them with their roles, and its address on
 * the site's public base URL, e.g. {@code 国务院办公厅《深化医药卫生体制改革2021年重点工作任务》（国办发〔2021〕20号），
 * 2021年5月24日。（五）推进医保支付方式改革（国家医保局、财政部、国家卫生健康委、国家中医药局负责）。https://…/tasks/gbf-2021-20-t5}.
 */
public final class Citation {
    private Citation() {
    }

    /** The citation of {@code task}, its link on {@code base}. */
    public static String of(Hit task, BaseUrl base) {
        DocumentRef doc = task.document();
        StringBuilder out = new StringBuilder(doc.issuer()).append('《').append(doc.listTitle()).append('》');
        if (doc.number() != null) {
            out.append('（').append(doc.number()).append('）');
        }
        out.append('，').append(date(doc)).append('。').append(task.label()).append(task.title());
        if (!task.departments().isEmpty()) {
            out.append('（').append(departments(task.departments())).append('）');
        }
        return out.append('。').append(base.link(task.url())).toString();
    }

    /**
     * The bodies in clause order, each run of one role closed by that role as the clause states it:
     * {@code 国家卫生健康委、海关总署牵头，国家发展改革委、财政部参与}.
     */
    static String departments(List<Department> departments) {
        StringBuilder out = new StringBuilder();
        Role run = null;
        for (Department d : departments) {
            if (run != null && d.role() != run) {
                out.append(run.label()).append('，');
            } else if (run != null) {
                out.append('、');
            }
            out.append(d.name());
            run = d.role();
        }
        return out.append(run.label()).toString();
    }

    /** 2021年5月24日 from the document's ISO date, else its year. */
    private static String date(DocumentRef doc) {
        if (doc.date() != null) {
            try {
                LocalDate d = LocalDate.parse(doc.date());
                return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
            } catch (DateTimeParseException e) {
                // a stored date that is not ISO: fall back to the year
            }
        }
        return doc.year() + "年";
    }
}
