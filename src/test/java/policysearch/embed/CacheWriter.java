package policysearch.embed;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A second process for {@link VectorCacheTest}: appends vectors named {@code prefix + i} to a cache until a stop file
 * appears, then prints how many it wrote.
 */
public final class CacheWriter {
    private CacheWriter() {
    }

    /** Arguments: cache folder, model id, dimensions, name prefix, stop file. */
    public static void main(String[] args) throws InterruptedException {
        int dims = Integer.parseInt(args[2]);
        Path stop = Path.of(args[4]);
        int n = 0;
        try (VectorCache cache = VectorCache.open(Path.of(args[0]), args[1], dims)) {
            while (!Files.exists(stop)) {
                cache.put(args[3] + n, VectorCacheTest.vector(args[3], n, dims));
                n++;
                if (n % 50 == 0) {
                    Thread.sleep(1); // keeps the file small while the test opens it again and again
                }
            }
        }
        System.out.println(n);
    }
}
