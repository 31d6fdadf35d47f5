package policysearch.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Properties;
import policysearch.model.Ids;

/** Optional metadata file beside a seed ({@code NAME.meta.properties}) that adds or overrides metadata. */
public final class Sidecar {
    /** File-name suffix of a sidecar. */
    public static final String SUFFIX = ".meta.properties";

    private Sidecar() {
    }

    /** The sidecar path of a seed file. */
    public static Path of(Path seed) {
        return seed.resolveSibling(seed.getFileName() + SUFFIX);
    }

    /**
     * Reads the sidecar of {@code seed} (UTF-8 properties: id, title, listTitle, number, issuer, date, year, region,
     * parent: the 文号 or title of the document it implements);
     * an absent sidecar gives empty metadata.
     */
    public static Metadata read(Path seed) throws IOException {
        Path p = of(seed);
        if (!Files.isRegularFile(p)) {
            return Metadata.empty();
        }
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        String dateText = value(props, "date");
        LocalDate date = dateText == null ? null : HeaderReader.parseDate(dateText);
        if (dateText != null && date == null) {
            throw new IOException(p.getFileName() + ": date must be yyyy-MM-dd or yyyy年M月d日: " + dateText);
        }
        String yearText = value(props, "year");
        Integer year = null;
        if (yearText != null) {
            if (!yearText.matches("\\d{4}")) {
                throw new IOException(p.getFileName() + ": year must have four digits: " + yearText);
            }
            year = Integer.valueOf(yearText);
        }
        String id = value(props, "id");
        if (id != null && !Ids.isValid(id)) {
            throw new IOException(p.getFileName() + ": id must be lower-case letters, digits and dashes: " + id);
        }
        String number = value(props, "number");
        String normalised = number == null ? null : HeaderReader.normaliseNumber(number);
        if (number != null && normalised == null) {
            throw new IOException(p.getFileName() + ": number is not a 文号 like 国办发〔2024〕29号: " + number);
        }
        return new Metadata(value(props, "title"), value(props, "listTitle"), normalised, value(props, "issuer"),
                date, year, value(props, "region"), id, ParentReader.stated(value(props, "parent")));
    }

    private static String value(Properties props, String key) {
        String v = props.getProperty(key);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** True when the path names a sidecar rather than a seed. */
    public static boolean isSidecar(Path p) {
        return p.getFileName().toString().endsWith(SUFFIX);
    }
}
