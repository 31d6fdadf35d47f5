package policysearch.index;

import java.io.IOException;
import java.nio.file.Path;

/** Thrown when opening an index written with another schema version; the message says how to fix it. */
public final class IncompatibleIndexException extends IOException {
    private static final long serialVersionUID = 1L;

    public IncompatibleIndexException(Path dir, String found) {
        super("index at " + dir + " has schema version " + (found == null ? "(none)" : found)
                + " but this program needs version " + Schema.SCHEMA_VERSION
                + "; rebuild it with: policy-search index --index " + dir);
    }
}
