package policysearch.ingest;

import java.nio.file.Path;

/** Optional metadata file beside a seed ({@code NAME.meta.properties}) that adds or overrides metadata. */
public final class Sidecar {
    /** File-name suffix of a sidecar. */
    public static final String SUFFIX = ".meta.properties";

    private Sidecar() {
    }

    /** True when the path names a sidecar rather than a seed. */
    public static boolean isSidecar(Path p) {
        return p.getFileName().toString().endsWith(SUFFIX);
    }
}
