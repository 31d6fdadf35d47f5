package policysearch.index;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Where a build writes an index: the file system, or a directory that fails as a full or read-only disk does
 * (tests, which may run as root, where a folder's permissions stop nothing).
 */
@FunctionalInterface
public interface IndexStorage {
    /** The index files on disk. */
    IndexStorage FILES = FSDirectory::open;

    /** The directory a build writes {@code dir} through. */
    Directory open(Path dir) throws IOException;
}
