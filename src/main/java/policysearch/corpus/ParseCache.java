package policysearch.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import policysearch.ingest.SeedReader;
import policysearch.ingest.Sidecar;
import policysearch.model.ParseOutcome;

/**
 * The parsed documents of a seeds directory, kept by content: a rebuild re-parses only the files added or changed
 * since the last one (a file and its sidecar hashed together), and forgets deleted ones. Parsing a PDF or a Word
 * file costs far more than hashing it. Holds each document's text in memory, about the size of the seeds' text.
 */
final class ParseCache {
    private record Entry(String hash, ParseOutcome outcome) {
    }

    private final SeedReader reader;
    private final Map<Path, Entry> entries = new HashMap<>();
    private int parsed;

    ParseCache(SeedReader reader) {
        this.reader = reader;
    }

    /** The outcome of reading {@code file}: the one kept when its content is unchanged, else a new parse. */
    synchronized ParseOutcome read(Path file) {
        String hash;
        try {
            Path sidecar = Sidecar.of(file);
            hash = SeedFingerprint.contentHash(file)
                    + (Files.isRegularFile(sidecar) ? SeedFingerprint.contentHash(sidecar) : "");
        } catch (IOException e) {
            return reader.read(file); // reports the file as unreadable
        }
        Entry e = entries.get(file);
        if (e != null && e.hash().equals(hash)) {
            return e.outcome();
        }
        ParseOutcome o = reader.read(file);
        entries.put(file, new Entry(hash, o));
        parsed++;
        return o;
    }

    /** Forgets files no longer among {@code files} and starts counting the parses of a new build. */
    synchronized void startBuild(List<Path> files) {
        entries.keySet().retainAll(new HashSet<>(files));
        parsed = 0;
    }

    /** How many files the current build parsed (the others came from the cache). */
    synchronized int parsed() {
        return parsed;
    }
}
