package policysearch.embed;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The semantic side of the product as one service: the model (loaded once, in the background), the passage
 * cache on disk and a query LRU. When the model cannot load (no ONNX Runtime for the platform, a broken jar)
 * it says so in one log line and every call answers "no vector": search goes on lexical-only. Loading starts at
 * once, or, for a server that must answer first ({@link #standardOnDemand}), when {@link #load()} is called or
 * something needs a vector; until it is done {@link #status()} says {@link Status#LOADING} without waiting.
 */
public final class Embeddings implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Embeddings.class);
    /** Query vectors remembered (most recent first out last). */
    static final int QUERY_CACHE = 2048;
    /** How long closing waits for a model still loading. */
    static final int CLOSE_WAIT_SECONDS = 30;

    /** What the semantic side can do now. */
    public enum Status {
        /** The model is loading (or not asked for yet); calls that need a vector wait for it. */
        LOADING,
        /** Vectors are available. */
        ON,
        /** The model could not load (or semantic search was switched off): lexical only. */
        OFF;

        /** Lower-case name for JSON ({@code on}, {@code off}, {@code loading}). */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final CompletableFuture<Embedder> model = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicLong failures = new AtomicLong();
    private final Supplier<Embedder> loader;
    private final boolean background;
    private final String expectedModelId;
    private final Path cacheDir;
    private volatile VectorCache cache;
    private final Cache<String, float[]> queries = Caffeine.newBuilder().maximumSize(QUERY_CACHE)
            .executor(Runnable::run).build();
    private final ExecutorService pool;

    private Embeddings(Supplier<Embedder> loader, String expectedModelId, Path cacheDir, boolean background) {
        this.loader = loader;
        this.expectedModelId = expectedModelId;
        this.cacheDir = cacheDir;
        this.background = background;
        this.pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "embed");
            t.setDaemon(true);
            return t;
        });
    }

    /** The bundled model, loading in the background from now; passage vectors cached in {@code cacheDir} (null: memory). */
    public static Embeddings standard(Path cacheDir) {
        return new Embeddings(BgeSmallZh::new, BgeSmallZh.MODEL_ID, cacheDir, true).load();
    }

    /**
     * The bundled model, loading in the background once {@link #load()} is called or a vector is needed: a server
     * opens its index and answers (lexically) first, then calls {@link #load()}.
     */
    public static Embeddings standardOnDemand(Path cacheDir) {
        return new Embeddings(BgeSmallZh::new, BgeSmallZh.MODEL_ID, cacheDir, true);
    }

    /** Semantic search switched off: every call answers "no vector". */
    public static Embeddings off() {
        return new Embeddings(() -> null, null, null, false).load();
    }

    /** A given model (tests), loaded now. */
    public static Embeddings of(Embedder embedder, Path cacheDir) {
        return new Embeddings(() -> embedder, embedder.modelId(), cacheDir, false).load();
    }

    /**
     * A model {@code loader} yields (tests: one that waits for a latch), loading in the background from now;
     * {@code modelId} is the id it will have.
     */
    public static Embeddings loading(Supplier<Embedder> loader, String modelId, Path cacheDir) {
        return new Embeddings(loader, modelId, cacheDir, true).load();
    }

    /** Starts loading the model (in the background when this service loads that way), once; returns this. */
    public Embeddings load() {
        if (started.compareAndSet(false, true)) {
            if (background) {
                pool.execute(() -> model.complete(load(loader)));
            } else {
                model.complete(load(loader));
            }
        }
        return this;
    }

    private Embedder load(Supplier<Embedder> loader) {
        long start = System.nanoTime();
        try {
            Embedder e = loader.get();
            if (e == null) {
                return null;
            }
            e.query("预热"); // the first call initialises the ONNX session
            cache = VectorCache.open(cacheDir, e.modelId(), e.dimensions());
            LOG.info("Semantic search on: {} loaded in {} ms, {} cached passage vectors", e.modelId(),
                    (System.nanoTime() - start) / 1_000_000, cache.size());
            return e;
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Semantic search off, lexical only: the embedding model could not load ({})", e.toString());
            return null;
        }
    }

    /** Whether vectors are available, still loading, or off. */
    public Status status() {
        if (!model.isDone()) {
            return Status.LOADING;
        }
        return embedder().isPresent() ? Status.ON : Status.OFF;
    }

    /** Waits for the model to load (or fail) and says what the semantic side can do. */
    public Status await() {
        embedder();
        return status();
    }

    /**
     * The id the model will have once loaded (none when off), known without loading it: an index holding this
     * model's vectors is fresh whether or not the model has loaded yet.
     */
    public Optional<String> expectedModelId() {
        return Optional.ofNullable(expectedModelId);
    }

    /** The model's id when on (recorded in the index so a change of model rebuilds it); waits for it to load. */
    public Optional<String> modelId() {
        return embedder().map(Embedder::modelId);
    }

    /** Vector length when on. */
    public int dimensions() {
        return embedder().map(Embedder::dimensions).orElse(0);
    }

    /** The query's vector (cached), or empty when the model is off. */
    public Optional<float[]> query(String text) {
        Optional<Embedder> e = embedder();
        if (e.isEmpty() || text == null || text.isBlank()) {
            return Optional.empty();
        }
        float[] v = queries.getIfPresent(text);
        if (v == null) {
            try {
                v = e.get().query(text);
            } catch (RuntimeException ex) {
                failures.incrementAndGet();
                LOG.warn("query embedding failed: {}", ex.toString());
                return Optional.empty();
            }
            queries.put(text, v);
        }
        return Optional.of(v);
    }

    /** How many query embeddings have failed so far (a search answered meanwhile lacked what needs them). */
    public long failures() {
        return failures.get();
    }

    /** Whether the passage vector of {@code text} is in the cache (false when the model is off). */
    public boolean cached(String text) {
        return embedder().isPresent() && cache.get(text).isPresent();
    }

    /**
     * The vectors of passages, in order: read from the cache, the rest embedded on every core and cached.
     * Empty when the model is off.
     */
    public Optional<List<float[]>> passages(List<String> texts) {
        Optional<Embedder> e = embedder();
        if (e.isEmpty()) {
            return Optional.empty();
        }
        List<Future<float[]>> pending = new ArrayList<>(texts.size());
        for (String text : texts) {
            Optional<float[]> hit = cache.get(text);
            pending.add(hit.isPresent() ? CompletableFuture.completedFuture(hit.get()) : pool.submit(() -> {
                float[] v = e.get().passage(text);
                cache.put(text, v);
                return v;
            }));
        }
        List<float[]> out = new ArrayList<>(texts.size());
        try {
            for (Future<float[]> f : pending) {
                out.add(f.get());
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException ex) {
            LOG.warn("passage embedding failed: {}", ex.getCause().toString());
            return Optional.empty();
        }
        return Optional.of(out);
    }

    private Optional<Embedder> embedder() {
        load();
        try {
            return Optional.ofNullable(model.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }

    /**
     * Waits (a while) for a load in progress: ONNX Runtime crashes the JVM (SIGSEGV in native code) when the process
     * exits while a session is being created, as when a server is stopped right after it started.
     */
    private void awaitLoading() {
        try {
            model.get(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // failed or still loading: close anyway
        }
    }

    @Override
    public void close() {
        if (started.getAndSet(true)) {
            awaitLoading();
        }
        pool.shutdownNow();
        model.complete(null); // a load never started or cut short: "no vector" rather than a wait for ever
        VectorCache c = cache;
        if (c != null) {
            c.close();
        }
    }
}
