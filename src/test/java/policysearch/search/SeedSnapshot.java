package policysearch.search;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import policysearch.corpus.SeedCorpus;
import policysearch.index.Schema;

/** The real seeds indexed (lexical only) in {@code dir} and opened as one snapshot, for tests of search internals. */
record SeedSnapshot(Schema schema, Synonyms synonyms, Directory directory, Snapshot snapshot)
        implements AutoCloseable {
    static SeedSnapshot open(Path dir) throws IOException {
        Schema schema = new Schema();
        SeedCorpus corpus = new SeedCorpus(SeedSearchTest.SEEDS, dir);
        corpus.ensureFresh(schema);
        Directory directory = FSDirectory.open(corpus.index());
        Synonyms synonyms = Synonyms.standard();
        Snapshot snapshot = (Snapshot) Snapshot.factory(schema, synonyms, corpus.index())
                .newSearcher(DirectoryReader.open(directory), null);
        return new SeedSnapshot(schema, synonyms, directory, snapshot);
    }

    @Override
    public void close() throws IOException {
        snapshot.getIndexReader().close();
        directory.close();
        schema.close();
    }
}
