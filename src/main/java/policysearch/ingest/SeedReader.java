package policysearch.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import policysearch.model.ParseOutcome;

/** Reads every seed file of a directory into documents; one bad file never stops the others. */
public final class SeedReader {
    /** Bumped whenever parsing changes what documents come out, so indexes built by older code count as stale. */
    public static final int PARSER_VERSION = 2;

    private final DocumentParser parser;

    public SeedReader(DocumentParser parser) {
        this.parser = parser;
    }

    /** A reader with the default parser and dictionaries. */
    public static SeedReader standard() {
        return new SeedReader(DocumentParser.standard());
    }

    /** Seed files of a directory in name order: regular, non-hidden files that are not metadata sidecars. */
    public static List<Path> seedFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !Sidecar.isSidecar(p))
                    .sorted()
                    .toList();
        }
    }

    /** Parses every seed file of {@code dir}. */
    public List<ParseOutcome> readAll(Path dir) throws IOException {
        List<ParseOutcome> out = new ArrayList<>();
        for (Path p : seedFiles(dir)) {
            out.add(read(p));
        }
        return out;
    }

    /** Parses one file; never throws for bad content, reporting it as an error problem instead. */
    public ParseOutcome read(Path file) {
        return parser.parse(file);
    }
}
