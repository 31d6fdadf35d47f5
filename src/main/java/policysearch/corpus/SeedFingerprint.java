package policysearch.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import policysearch.ingest.SeedReader;

/** A hash of the seeds directory (file names, contents, sidecars) and the parser version. */
public final class SeedFingerprint {
    private SeedFingerprint() {
    }

    /** The fingerprint of {@code seeds}: changes when any file is added, removed, renamed or edited. */
    public static String of(Path seeds) throws IOException {
        MessageDigest all = sha256();
        all.update(("parser " + SeedReader.PARSER_VERSION + "\n").getBytes(StandardCharsets.UTF_8));
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        for (Path f : files) {
            all.update((f.getFileName() + " " + contentHash(f) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(all.digest());
    }

    /** The SHA-256 of one file's content. */
    static String contentHash(Path f) throws IOException {
        MessageDigest md = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(f), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
