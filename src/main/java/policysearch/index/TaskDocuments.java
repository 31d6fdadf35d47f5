package policysearch.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import policysearch.model.Department;
import policysearch.model.PolicyDocument;
import policysearch.model.Role;
import policysearch.model.Section;
import policysearch.model.Task;

/** Turns model records into Lucene documents: one per task, plus one summary record per policy document. */
public final class TaskDocuments {
    private final Schema schema;

    public TaskDocuments(Schema schema) {
        this.schema = schema;
    }

    /** The Lucene document of one task, with its document's metadata copied in (tasks are the unit of search). */
    public Document task(PolicyDocument doc, Task task) throws IOException {
        return task(doc, task, null, null, null);
    }

    /**
     * The Lucene document of one task with its passage ({@link #passage}), title and sentence vectors, when there
     * are (null: none).
     */
    public Document task(PolicyDocument doc, Task task, float[] vector, float[] titleVector, float[][] sentences)
            throws IOException {
        Document d = new Document();
        if (sentences != null && sentences.length > 0) {
            d.add(new BinaryDocValuesField(Schema.SENTENCE_VECTORS, SentenceVectors.encode(sentences)));
        }
        if (vector != null) {
            d.add(new KnnFloatVectorField(Schema.VECTOR, vector, VectorSimilarityFunction.COSINE));
        }
        if (titleVector != null) {
            d.add(new KnnFloatVectorField(Schema.TITLE_VECTOR, titleVector, VectorSimilarityFunction.COSINE));
        }
        d.add(new StringField(Schema.KIND, Schema.KIND_TASK, Field.Store.NO));
        d.add(new StringField(Schema.TASK_ID, task.id(), Field.Store.YES));
        addDocumentMetadata(d, doc);
        d.add(new StoredField(Schema.TASK_NO, task.no()));
        d.add(new StoredField(Schema.LABEL, task.label()));
        d.add(new StoredField(Schema.TITLE, task.title()));
        d.add(new StoredField(Schema.TEXT, task.text()));
        d.add(new StoredField(Schema.SECTION_NO, task.section().no()));
        d.add(new StoredField(Schema.SECTION_TITLE, task.section().title()));
        // Title and text are each analysed twice: smartcn words for BM25 ranking, bigrams for exact matching.
        // Not stored here: the plain stored fields above serve hits and highlighting.
        d.add(new TextField(Schema.TITLE_WORDS, task.title(), Field.Store.NO));
        d.add(new TextField(Schema.TEXT_WORDS, task.text(), Field.Store.NO));
        d.add(new TextField(Schema.TITLE_BIGRAMS, task.title(), Field.Store.NO));
        d.add(new TextField(Schema.TEXT_BIGRAMS, task.text(), Field.Store.NO));
        d.add(new TextField(Schema.SECTION_BIGRAMS, task.section().title(), Field.Store.NO));
        d.add(new NumericDocValuesField(Schema.SORT_NO, task.no()));
        // Sorted-set doc values: the distinct titles are enumerated from the terms dictionary for suggestions.
        d.add(new SortedSetDocValuesField(Schema.SUGGEST_TITLE, new BytesRef(task.title())));

        d.add(new SortedSetDocValuesFacetField(Schema.DIM_ISSUER, doc.issuer()));
        d.add(new SortedSetDocValuesFacetField(Schema.DIM_YEAR, Integer.toString(doc.year())));
        d.add(new SortedSetDocValuesFacetField(Schema.DIM_REGION, doc.region()));
        d.add(new SortedSetDocValuesFacetField(Schema.DIM_DOCUMENT, doc.id()));
        d.add(new SortedSetDocValuesFacetField(Schema.DIM_SECTION, task.section().title()));
        Set<String> depts = new LinkedHashSet<>();
        Set<String> sectors = new LinkedHashSet<>();
        Set<String> roles = new LinkedHashSet<>();
        Set<String> deptRoles = new LinkedHashSet<>();
        Set<String> sectorRoles = new LinkedHashSet<>();
        for (Department dep : task.departments()) {
            d.add(new StoredField(Schema.DEPARTMENT, dep.role().id() + Schema.SEP + dep.sector() + Schema.SEP
                    + dep.name()));
            if (depts.add(dep.name())) {
                d.add(new TextField(Schema.DEPT_BIGRAMS, dep.name(), Field.Store.NO));
                if (dep.role() == Role.LEAD) {
                    d.add(new TextField(Schema.LEAD_BIGRAMS, dep.name(), Field.Store.NO));
                } else if (dep.role() == Role.RESPONSIBLE) {
                    d.add(new TextField(Schema.RESPONSIBLE_BIGRAMS, dep.name(), Field.Store.NO));
                }
            }
            sectors.add(dep.sector());
            roles.add(dep.role().id());
            deptRoles.add(Schema.deptRole(dep.role().id(), dep.name()));
            sectorRoles.add(Schema.sectorRole(dep.role().id(), dep.sector()));
        }
        if (task.departments().isEmpty()) {
            d.add(new StringField(Schema.NO_DEPARTMENTS, Schema.YES, Field.Store.NO));
        }
        Set<Role> stated = rolesNamed(doc);
        for (Role role : Role.values()) {
            if (!stated.contains(role)) {
                d.add(new StringField(Schema.UNSTATED_ROLE, role.id(), Field.Store.NO));
            }
        }
        depts.forEach(v -> d.add(new SortedSetDocValuesFacetField(Schema.DIM_DEPARTMENT, v)));
        sectors.forEach(v -> d.add(new SortedSetDocValuesFacetField(Schema.DIM_SECTOR, v)));
        roles.forEach(v -> d.add(new SortedSetDocValuesFacetField(Schema.DIM_ROLE, v)));
        deptRoles.forEach(v -> d.add(new SortedSetDocValuesFacetField(Schema.DIM_DEPT_ROLE, v)));
        sectorRoles.forEach(v -> d.add(new SortedSetDocValuesFacetField(Schema.DIM_SECTOR_ROLE, v)));
        return schema.facetsConfig().build(d);
    }

    /** The text a task's vector is computed from: its title, then its text (which often repeats the title). */
    public static String passage(Task task) {
        return passage(task.title(), task.text());
    }

    /** The passage of a task with this title and text (the same string, so a cached vector is found again). */
    public static String passage(String title, String text) {
        return text.startsWith(title) ? text : title + "\n" + text;
    }

    /**
     * The summary record of a policy document: metadata, sections, task count and the parent it names (for the
     * document list and lineage), and its own text outside the task list, searchable.
     */
    public Document summary(PolicyDocument doc) {
        Document d = new Document();
        d.add(new StringField(Schema.KIND, Schema.KIND_DOC, Field.Store.NO));
        addDocumentMetadata(d, doc);
        for (Section s : doc.sections()) {
            d.add(new StoredField(Schema.SECTIONS, s.no() + String.valueOf(Schema.SEP) + s.title()));
        }
        d.add(new StoredField(Schema.TASK_COUNT, doc.tasks().size()));
        rolesNamed(doc).forEach(r -> d.add(new StoredField(Schema.DOC_ROLES, r.id())));
        d.add(new StoredField(Schema.UNLISTED_TASKS,
                (int) doc.tasks().stream().filter(t -> t.departments().isEmpty()).count()));
        if (doc.parent() != null && doc.parent().number() != null) {
            d.add(new StoredField(Schema.PARENT_NUMBER, doc.parent().number()));
        }
        if (doc.parent() != null && doc.parent().title() != null) {
            d.add(new StoredField(Schema.PARENT_TITLE, doc.parent().title()));
        }
        // Searchable like a task: its titles and 文号 as the title, its own text outside the task list as the text.
        String titles = String.join("\n", new LinkedHashSet<>(java.util.Arrays.asList(doc.title(), doc.listTitle(),
                doc.number() == null ? doc.title() : doc.number())));
        String text = (doc.preface() + "\n" + doc.closing()).strip();
        d.add(new TextField(Schema.DOC_TITLE_WORDS, titles, Field.Store.NO));
        d.add(new TextField(Schema.DOC_TITLE_BIGRAMS, titles, Field.Store.NO));
        d.add(new TextField(Schema.DOC_TEXT_WORDS, text, Field.Store.NO));
        d.add(new TextField(Schema.DOC_TEXT_BIGRAMS, text, Field.Store.NO));
        d.add(new StoredField(Schema.DOC_PREFACE, doc.preface()));
        d.add(new StoredField(Schema.DOC_CLOSING, doc.closing()));
        d.add(new StringField(Schema.DOC_FILTER, Schema.docFilter(Schema.DIM_ISSUER, doc.issuer()), Field.Store.NO));
        d.add(new StringField(Schema.DOC_FILTER, Schema.docFilter(Schema.DIM_YEAR, Integer.toString(doc.year())),
                Field.Store.NO));
        d.add(new StringField(Schema.DOC_FILTER, Schema.docFilter(Schema.DIM_REGION, doc.region()), Field.Store.NO));
        d.add(new StringField(Schema.DOC_FILTER, Schema.docFilter(Schema.DIM_DOCUMENT, doc.id()), Field.Store.NO));
        return d;
    }

    /** The roles a document's department clauses name, in role order (none when it lists no departments). */
    static Set<Role> rolesNamed(PolicyDocument doc) {
        Set<Role> out = java.util.EnumSet.noneOf(Role.class);
        doc.tasks().forEach(t -> t.departments().forEach(dep -> out.add(dep.role())));
        return out;
    }

    private static void addDocumentMetadata(Document d, PolicyDocument doc) {
        d.add(new StringField(Schema.DOC_ID, doc.id(), Field.Store.YES));
        d.add(new StoredField(Schema.SOURCE, doc.source()));
        d.add(new StoredField(Schema.DOC_TITLE, doc.title()));
        d.add(new StoredField(Schema.LIST_TITLE, doc.listTitle()));
        if (doc.number() != null) {
            d.add(new StoredField(Schema.NUMBER, doc.number()));
        }
        d.add(new StoredField(Schema.ISSUER, doc.issuer()));
        if (doc.date() != null) {
            d.add(new StoredField(Schema.DATE, doc.date().toString()));
        }
        d.add(new StoredField(Schema.YEAR, doc.year()));
        d.add(new StoredField(Schema.REGION, doc.region()));
        // Numeric/sorted doc values: column-stride, so sorting a million hits never loads stored documents.
        LocalDate date = doc.date() != null ? doc.date() : LocalDate.of(doc.year(), 1, 1);
        d.add(new NumericDocValuesField(Schema.SORT_DATE, date.toEpochDay()));
        d.add(new SortedDocValuesField(Schema.SORT_DOC, new BytesRef(doc.id())));
    }
}
