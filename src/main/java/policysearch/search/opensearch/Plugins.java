package policysearch.search.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;

/** The plugins installed on every node of a cluster, read from {@code _cat/plugins}. */
public record Plugins(Set<String> names) {
    /** The analysis plugin the word fields need. */
    public static final String SMARTCN = "analysis-smartcn";
    /** The plugin {@code knn_vector} fields need. */
    public static final String KNN = "opensearch-knn";

    /** Asks the cluster. */
    public static Plugins of(Cluster cluster) {
        JsonNode answer = cluster.send("GET", "/_cat/plugins?format=json", null);
        Set<String> names = new TreeSet<>();
        answer.forEach(p -> names.add(p.path("component").asText()));
        return new Plugins(Set.copyOf(names));
    }

    /** Whether vectors can be indexed and searched (the k-NN plugin is installed). */
    public boolean knn() {
        return names.contains(KNN);
    }
}
