package policysearch.embed;

import java.nio.file.Path;

/** A second process for {@link VectorCacheTest}: appends {@code n} vectors named {@code prefix + i} to a cache. */
public final class CacheWriter {
    private CacheWriter() {
    }

    /** Arguments: cache folder, model id, dimensions, name prefix, count. */
    public static void main(String[] args) {
        int dims = Integer.parseInt(args[2]);
        int n = Integer.parseInt(args[4]);
        try (VectorCache cache = VectorCache.open(Path.of(args[0]), args[1], dims)) {
            for (int i = 0; i < n; i++) {
                cache.put(args[3] + i, VectorCacheTest.vector(args[3], i, dims));
            }
        }
    }
}
