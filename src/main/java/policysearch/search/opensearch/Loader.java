package policysearch.search.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.apache.lucene.document.Document;
import policysearch.index.RecordSink;
import policysearch.index.Schema;

/**
 * Loads one build into a new versioned index ({@link IndexLayout}) with {@code _bulk} requests, then, at commit,
 * refreshes it, records the build's metadata and moves the alias onto it in one step, deleting the indices it
 * replaced: readers see the old index or the whole new one, never half a load. A failed load deletes the new
 * index and leaves the alias where it was.
 */
public final class Loader implements RecordSink {
    /** Records per {@code _bulk} request. */
    public static final int BATCH = 1000;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Cluster cluster;
    private final String index;
    private final boolean vectors;
    private final StringBuilder batch = new StringBuilder();
    private int pending;
    private long loaded;

    private Loader(Cluster cluster, String index, boolean vectors) {
        this.cluster = cluster;
        this.index = index;
        this.vectors = vectors;
    }

    /**
     * Creates this schema version's template and a new empty index; vectors go into {@code knn_vector} fields
     * only when the cluster has the k-NN plugin.
     */
    public static Loader create(Cluster cluster, int shards, int replicas) {
        boolean vectors = Plugins.of(cluster).knn();
        cluster.send("PUT", "/_index_template/" + IndexLayout.prefix(),
                IndexLayout.template(shards, replicas, vectors));
        String index = IndexLayout.prefix() + "-"
                + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
        cluster.send("PUT", "/" + index, F.objectNode());
        return new Loader(cluster, index, vectors);
    }

    /** The versioned index being loaded. */
    public String index() {
        return index;
    }

    @Override
    public void add(Document record) throws IOException {
        String task = record.get(Schema.TASK_ID);
        String id = task != null ? task : "doc:" + record.get(Schema.DOC_ID);
        ObjectNode action = F.objectNode();
        action.putObject("index").put("_id", id);
        ObjectNode source = Fields.source(record, vectors);
        // the order records were loaded in: the embedded index's document order, kept across shards
        source.put(Fields.LOAD_ORDER, loaded++);
        batch.append(action).append('\n').append(source).append('\n');
        if (++pending >= BATCH) {
            flush();
        }
    }

    private void flush() {
        if (pending == 0) {
            return;
        }
        JsonNode answer = cluster.sendLines("/" + index + "/_bulk", batch.toString());
        batch.setLength(0);
        pending = 0;
        if (answer.path("errors").asBoolean()) {
            for (JsonNode item : answer.path("items")) {
                JsonNode error = item.path("index").path("error");
                if (!error.isMissingNode()) {
                    throw new IllegalStateException("OpenSearch refused a record: " + error);
                }
            }
        }
    }

    @Override
    public void commit(Map<String, String> meta) throws IOException {
        flush();
        ObjectNode mapping = F.objectNode();
        ObjectNode m = mapping.putObject("_meta");
        meta.forEach(m::put);
        cluster.send("PUT", "/" + index + "/_mapping", mapping);
        cluster.send("PUT", "/" + index + "/_settings", F.objectNode().set("index",
                F.objectNode().put("refresh_interval", "1s")));
        cluster.send("POST", "/" + index + "/_refresh", null);
        ObjectNode aliases = F.objectNode();
        var actions = aliases.putArray("actions");
        actions.addObject().putObject("add").put("index", index).put("alias", IndexLayout.ALIAS);
        for (String old : existing()) {
            if (!old.equals(index)) {
                actions.addObject().putObject("remove_index").put("index", old);
            }
        }
        cluster.send("POST", "/_aliases", aliases);
    }

    /** The indices of this project on the cluster (every schema version). */
    private java.util.List<String> existing() {
        JsonNode answer = cluster.send("GET", "/_cat/indices/" + IndexLayout.ALIAS + "-v*?format=json&h=index",
                null);
        java.util.List<String> out = new java.util.ArrayList<>();
        answer.forEach(i -> out.add(i.path("index").asText()));
        return out;
    }

    @Override
    public void rollback() {
        batch.setLength(0);
        pending = 0;
        try {
            cluster.send("DELETE", "/" + index, null);
        } catch (RuntimeException e) {
            // the cluster is gone or refuses: the half-loaded index has no alias, so no reader sees it
        }
    }
}
