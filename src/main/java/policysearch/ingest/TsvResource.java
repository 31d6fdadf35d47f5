package policysearch.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a bundled tab-separated dictionary: one record a line, {@code #} comments and blank lines skipped. */
final class TsvResource {
    private TsvResource() {
    }

    /** The rows of the classpath resource {@code name} (relative to this package). */
    static List<String[]> read(String name, int columns) {
        InputStream in = TsvResource.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing dictionary resource " + name);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length < columns) {
                    throw new IllegalStateException(name + ":" + no + ": expected " + columns + " tab-separated columns");
                }
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name, e);
        }
        return rows;
    }
}
