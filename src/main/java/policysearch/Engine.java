package policysearch;

import picocli.CommandLine.Option;

/** The {@code --engine} and {@code --url} options: the embedded Lucene index (default) or an OpenSearch cluster. */
final class Engine {
    /** The engines a command can run on. */
    enum Kind {
        lucene, opensearch
    }

    @Option(names = "--engine", defaultValue = "lucene", paramLabel = "ENGINE",
            description = "lucene (the embedded index, default) or opensearch (a cluster at --url)")
    Kind kind;

    @Option(names = "--url", paramLabel = "URL",
            description = "the OpenSearch cluster's address for --engine opensearch, e.g. http://localhost:9200")
    String url;

    /** Whether the command runs on OpenSearch. */
    boolean openSearch() {
        return kind == Kind.opensearch;
    }

    /** Null when the options fit together, else what is wrong. */
    String problem() {
        if (openSearch() && (url == null || url.isBlank())) {
            return "--engine opensearch needs --url (the cluster's address, e.g. http://localhost:9200)";
        }
        if (!openSearch() && url != null) {
            return "--url is for --engine opensearch";
        }
        return null;
    }
}
