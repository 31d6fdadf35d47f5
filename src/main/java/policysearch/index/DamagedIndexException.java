package policysearch.index;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;

/**
 * An index whose files cannot be read: a checksum that does not match, a file cut short or missing, a format from
 * another Lucene version. Whoever holds the seeds rebuilds it; a server keeps the snapshot it has.
 */
public final class DamagedIndexException extends IOException {
    private static final long serialVersionUID = 1L;

    private DamagedIndexException(Path dir, IOException cause) {
        super("the index in " + dir + " is damaged or unreadable (" + cause.getClass().getSimpleName() + ": "
                + cause.getMessage() + ")", cause);
    }

    /** True when {@code e} says the index files are damaged rather than, say, the disk refusing a read. */
    public static boolean isDamage(IOException e) {
        return e instanceof CorruptIndexException || e instanceof IndexFormatTooOldException
                || e instanceof IndexFormatTooNewException || e instanceof EOFException
                || e instanceof NoSuchFileException || e instanceof DamagedIndexException;
    }

    /** {@code e} as a damaged index of {@code dir} when it is one (see {@link #isDamage}), else {@code e} itself. */
    public static IOException of(Path dir, IOException e) {
        return e instanceof DamagedIndexException || !isDamage(e) ? e : new DamagedIndexException(dir, e);
    }
}
