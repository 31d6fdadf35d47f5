package policysearch.index;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import policysearch.model.PolicyDocument;
import policysearch.model.Task;

/**
 * The analysis an index build does, without the index: every field the indexer analyses (the Lucene documents it
 * would add, each tokenized field's text), run through the schema's index analyzer (smartcn words, CJK bigrams) on
 * a number of threads, the token streams consumed and nothing else. The benchmark measures indexing against it.
 */
public final class AnalysisAlone {
    /** The analysed fields of one document's records: names and texts, side by side. */
    private record Fields(String[] names, String[] texts) {
    }

    private final Analyzer analyzer;
    private final List<Fields> work;

    private AnalysisAlone(Analyzer analyzer, List<Fields> work) {
        this.analyzer = analyzer;
        this.work = work;
    }

    /** The analysed fields of every document of {@code corpus}, made as an index build makes them (not timed). */
    public static AnalysisAlone of(Schema schema, List<PolicyDocument> corpus) throws IOException {
        return new AnalysisAlone(schema.indexAnalyzer(), analysedFields(schema, corpus));
    }

    /** Analyses the fields of the first {@code documents} documents (all, when more) on {@code threads} threads. */
    public void analyse(int threads, int documents) throws IOException {
        analyse(analyzer, work.subList(0, Math.min(documents, work.size())), threads);
    }

    /** The tokenized fields of each document's records (summary and tasks), as the indexer makes them. */
    private static List<Fields> analysedFields(Schema schema, List<PolicyDocument> corpus) throws IOException {
        TaskDocuments docs = new TaskDocuments(schema);
        List<Fields> out = new ArrayList<>(corpus.size());
        for (PolicyDocument doc : corpus) {
            List<String> names = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            collect(docs.summary(doc), names, texts);
            for (Task t : doc.tasks()) {
                collect(docs.task(doc, t), names, texts);
            }
            out.add(new Fields(names.toArray(String[]::new), texts.toArray(String[]::new)));
        }
        return out;
    }

    private static void collect(Document record, List<String> names, List<String> texts) {
        for (IndexableField f : record.getFields()) {
            if (f.fieldType().tokenized() && f.fieldType().indexOptions() != IndexOptions.NONE
                    && f.stringValue() != null) {
                names.add(f.name());
                texts.add(f.stringValue());
            }
        }
    }

    private static void analyse(Analyzer analyzer, List<Fields> work, int threads) throws IOException {
        AtomicInteger next = new AtomicInteger();
        List<Thread> running = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < threads; i++) {
            running.add(Thread.ofPlatform().name("analysis-" + i).start(() -> {
                try {
                    for (int k = next.getAndIncrement(); k < work.size(); k = next.getAndIncrement()) {
                        Fields f = work.get(k);
                        for (int j = 0; j < f.names().length; j++) {
                            consume(analyzer, f.names()[j], f.texts()[j]);
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    failures.add(e);
                }
            }));
        }
        for (Thread t : running) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("analysis interrupted");
            }
        }
        if (!failures.isEmpty()) {
            throw new IOException("analysis failed", failures.get(0));
        }
    }

    private static void consume(Analyzer analyzer, String field, String text) throws IOException {
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            ts.reset();
            while (ts.incrementToken()) {
                // the tokens themselves are what is measured
            }
            ts.end();
        }
    }
}
