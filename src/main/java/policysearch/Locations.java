package policysearch;

import java.nio.file.Path;
import policysearch.embed.Embeddings;
import picocli.CommandLine.Option;

/** The {@code --seeds} and {@code --index} options shared by the commands that read seeds into an index. */
final class Locations {
    @Option(names = "--seeds", defaultValue = "seeds", description = "seed documents directory (default: ${DEFAULT-VALUE})")
    Path seeds;

    @Option(names = "--index", defaultValue = "index", description = "index directory (default: ${DEFAULT-VALUE})")
    Path index;

    @Option(names = "--no-semantic", description = "lexical search only: no embedding model, no vectors")
    boolean noSemantic;

    /** The embedding service for these options: the bundled model with its cache under the index, or off. */
    Embeddings embeddings() {
        return noSemantic ? Embeddings.off() : Embeddings.standard(index.resolve(VECTOR_CACHE));
    }

    /**
     * As {@link #embeddings()}, the model loading only once {@link Embeddings#load()} is called or a vector is
     * needed (a server answers first, then loads it).
     */
    Embeddings embeddingsOnDemand() {
        return noSemantic ? Embeddings.off() : Embeddings.standardOnDemand(index.resolve(VECTOR_CACHE));
    }

    /** The passage-vector cache's folder inside the index folder (Lucene leaves other names alone). */
    static final String VECTOR_CACHE = "vector-cache";
}
