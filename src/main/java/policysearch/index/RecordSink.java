package policysearch.index;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.document.Document;

/**
 * Where {@link IndexBuilder} writes the records it makes: a Lucene index directory, or another engine's index
 * loaded from the same Lucene documents. Records become visible together, at {@link #commit}.
 */
public interface RecordSink {

    /** Adds one record (a task or a document's summary record). */
    void add(Document record) throws IOException;

    /** Makes every record added visible at once, with the build's metadata (schema version, fingerprint, counts). */
    void commit(Map<String, String> meta) throws IOException;

    /** Drops what was added since the build began; the previous index stays as it was. */
    void rollback() throws IOException;
}
