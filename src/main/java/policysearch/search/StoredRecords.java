package policysearch.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import policysearch.index.Schema;
import policysearch.model.Department;
import policysearch.model.ParentReference;
import policysearch.model.Role;
import policysearch.model.Section;

/** Rebuilds the value records the web layer sees from stored fields (no Lucene type leaves this package). */
final class StoredRecords {
    private static final String SEP = String.valueOf(Schema.SEP);

    private StoredRecords() {
    }

    /** A task hit from its stored fields. */
    static Hit hit(Document d, List<String> highlights, float score) {
        String id = d.get(Schema.TASK_ID);
        List<Department> departments = new ArrayList<>();
        for (IndexableField f : d.getFields(Schema.DEPARTMENT)) {
            String[] p = f.stringValue().split(SEP, 3);
            departments.add(new Department(p[2], Role.fromId(p[0]).orElse(Role.SUPPORT), p[1]));
        }
        Section section = new Section(intValue(d, Schema.SECTION_NO), d.get(Schema.SECTION_TITLE));
        return new Hit(id, "/tasks/" + id, d.get(Schema.SOURCE), intValue(d, Schema.TASK_NO), d.get(Schema.LABEL),
                d.get(Schema.TITLE), d.get(Schema.TEXT), List.copyOf(highlights), section, departments,
                documentRef(d), score);
    }

    /** The same hit with the given highlight passages. */
    static Hit withHighlights(Hit h, List<String> highlights) {
        return new Hit(h.id(), h.url(), h.source(), h.no(), h.label(), h.title(), h.text(), List.copyOf(highlights),
                h.section(), h.departments(), h.document(), h.score());
    }

    /** The document reference copied into every task record. */
    static DocumentRef documentRef(Document d) {
        String id = d.get(Schema.DOC_ID);
        return new DocumentRef(id, "/documents/" + id, d.get(Schema.DOC_TITLE), d.get(Schema.LIST_TITLE),
                d.get(Schema.NUMBER), d.get(Schema.ISSUER), d.get(Schema.DATE), intValue(d, Schema.YEAR),
                d.get(Schema.REGION));
    }

    /** The stored fields {@link #facts} reads: metadata and departments, not the sections. */
    static final java.util.Set<String> FACT_FIELDS = java.util.Set.of(Schema.DOC_ID, Schema.NUMBER, Schema.LIST_TITLE,
            Schema.ISSUER, Schema.YEAR, Schema.REGION, Schema.TASK_COUNT, Schema.DOC_ROLES, Schema.UNLISTED_TASKS);

    /** What a document's record states about its departments (loaded with {@link #FACT_FIELDS}). */
    static DocumentFacts facts(Document d) {
        return new DocumentFacts(d.get(Schema.DOC_ID), d.get(Schema.NUMBER), d.get(Schema.LIST_TITLE),
                d.get(Schema.ISSUER), intValue(d, Schema.YEAR), d.get(Schema.REGION), intValue(d, Schema.TASK_COUNT),
                roles(d), intValue(d, Schema.UNLISTED_TASKS));
    }

    private static List<Role> roles(Document d) {
        List<Role> roles = new ArrayList<>();
        for (IndexableField f : d.getFields(Schema.DOC_ROLES)) {
            Role.fromId(f.stringValue()).ifPresent(roles::add);
        }
        return roles;
    }

    /** A document summary from a policy document's own record. */
    static DocumentSummary summary(Document d) {
        DocumentRef ref = documentRef(d);
        List<Section> sections = new ArrayList<>();
        for (IndexableField f : d.getFields(Schema.SECTIONS)) {
            String[] p = f.stringValue().split(SEP, 2);
            sections.add(new Section(Integer.parseInt(p[0]), p[1]));
        }
        String parentNumber = d.get(Schema.PARENT_NUMBER);
        String parentTitle = d.get(Schema.PARENT_TITLE);
        ParentReference parent = parentNumber == null && parentTitle == null ? null
                : new ParentReference(parentNumber, parentTitle);
        return new DocumentSummary(ref.id(), ref.url(), d.get(Schema.SOURCE), ref.title(), ref.listTitle(),
                ref.number(), ref.issuer(), ref.date(), ref.year(), ref.region(), parent, List.copyOf(sections),
                intValue(d, Schema.TASK_COUNT), roles(d), intValue(d, Schema.UNLISTED_TASKS));
    }

    private static int intValue(Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null || f.numericValue() == null ? 0 : f.numericValue().intValue();
    }
}
