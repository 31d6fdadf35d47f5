package policysearch.index;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * The folder an index is written to: a build never writes over files that are not an index (Lucene deletes any
 * file named like its own, {@code _notes.txt} included) nor over an index another program wrote, starts over a
 * commit file cut short, clears what a failed build left, and a failed write says what went wrong in the user's
 * terms.
 */
public final class IndexFolder {
    /** Left in a folder this program writes indexes to, so the files of a build killed before its first commit
     *  are known for its own. */
    static final String MARK = ".policy-search-index";
    private static final int NAMES_SHOWN = 3;

    private IndexFolder() {
    }

    /**
     * Throws, saying why, when {@code dir} holds files that are not an index (and no index), or an index without
     * this program's schema version in its commit; a missing or empty folder, or one of ours (a commit of ours, or
     * the files of a first build that never committed, beside {@link #MARK}), passes.
     */
    public static void requireOurs(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        Optional<java.util.Map<String, String>> meta;
        try {
            meta = IndexMetadata.read(dir);
        } catch (IOException e) {
            if (DamagedIndexException.isDamage(e)) {
                return; // a commit that cannot be read is built over (see dropUnreadableCommits)
            }
            throw e;
        }
        if (meta.isPresent()) {
            if (!meta.get().containsKey(Schema.META_SCHEMA)) {
                throw new IOException("the index folder " + dir + " holds a Lucene index that policy-search did not"
                        + " write (its commit has no policy-search schema version): it is left as it is; give --index"
                        + " another folder, or delete this one");
            }
            return;
        }
        if (Files.exists(dir.resolve(MARK))) {
            return;
        }
        List<String> foreign;
        try (Stream<Path> s = Files.list(dir)) {
            foreign = s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".")).sorted().toList();
        }
        if (!foreign.isEmpty()) {
            throw new IOException("the index folder " + dir + " holds " + foreign.size() + " file(s) that are not a"
                    + " search index (" + String.join(", ", foreign.subList(0, Math.min(NAMES_SHOWN, foreign.size())))
                    + (foreign.size() > NAMES_SHOWN ? ", …" : "") + "): nothing was written; give --index an empty"
                    + " or new folder");
        }
    }

    /** Creates {@code dir} if needed and marks it as this program's index folder. */
    static void claim(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path mark = dir.resolve(MARK);
        if (!Files.exists(mark)) {
            Files.writeString(mark, "policy-search writes its index in this folder\n");
        }
    }

    /**
     * Deletes the commit files of {@code d} that cannot be read when its latest commit cannot be (a commit file cut
     * short): a new build then starts over them instead of failing on them.
     */
    static void dropUnreadableCommits(Directory d) throws IOException {
        try {
            if (DirectoryReader.indexExists(d)) {
                SegmentInfos.readLatestCommit(d);
            }
            return;
        } catch (IOException e) {
            if (!DamagedIndexException.isDamage(e)) {
                throw e;
            }
        }
        for (String name : d.listAll()) {
            if (name.startsWith(IndexFileNames.SEGMENTS + "_")) {
                try {
                    SegmentInfos.readCommit(d, name);
                } catch (IOException e) {
                    if (!DamagedIndexException.isDamage(e)) {
                        throw e;
                    }
                    d.deleteFile(name);
                }
            }
        }
    }

    /**
     * Deletes what a failed build left in {@code d} (files no commit refers to), as Lucene does when a writer
     * opens; best effort: a folder that refuses (read-only) keeps them until the next build.
     */
    static void discardUncommitted(Directory d, IOException failure) {
        IndexWriterConfig config = new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false);
        try (IndexWriter cleaner = new IndexWriter(d, config)) {
            cleaner.rollback();
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** {@code e}, a failed write into {@code dir}, as a message that says what happened and what was kept. */
    static IOException writeFailed(Path dir, IOException e) {
        String what = e instanceof AccessDeniedException a
                ? "permission denied on " + a.getFile() + " (a read-only folder?)"
                : e instanceof FileSystemException f && f.getReason() != null ? f.getReason() + " (" + f.getFile() + ")"
                : String.valueOf(e.getMessage());
        return new IOException("writing the index in " + dir + " failed: " + what
                + "; nothing was committed, the previous index is kept", e);
    }
}
