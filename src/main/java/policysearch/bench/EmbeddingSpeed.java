package policysearch.bench;

import java.io.PrintWriter;
import java.util.List;
import policysearch.embed.BgeSmallZh;
import policysearch.embed.Embedder;
import policysearch.index.TaskDocuments;
import policysearch.index.TaskVectors;
import policysearch.model.PolicyDocument;

/** The embedding model's speed: passages per second on one thread (uncached) and query embedding latency. */
final class EmbeddingSpeed {
    /** Queries embedded once each to time the query side of the model (no cache hits). */
    static final List<String> QUERIES = List.of("看病贵", "医保支付方式改革", "老人上门看病", "乡村医生待遇",
            "药品集中带量采购", "公立医院薪酬制度改革", "网上看病", "传染病监测预警", "骗取医保基金", "中医药传承创新",
            "家庭医生签约服务", "分级诊疗制度建设", "短缺药品保供稳价", "健康扶贫", "医疗服务价格调整", "异地就医直接结算",
            "儿童青少年近视", "心理健康服务", "疫苗管理", "基层医疗卫生机构");

    private EmbeddingSpeed() {
    }

    /** Passage embedding per thread (uncached) and query embedding latency, on the seeds' own texts. */
    static void print(PrintWriter out, List<PolicyDocument> base) {
        Embedder model = new BgeSmallZh();
        List<String> passages = base.stream().flatMap(d -> d.tasks().stream()).map(TaskDocuments::passage).toList();
        model.passage(passages.get(0)); // warm up
        long start = System.nanoTime();
        for (String p : passages) {
            model.passage(p);
        }
        double perSecond = passages.size() / ((System.nanoTime() - start) / 1e9);
        int threads = Runtime.getRuntime().availableProcessors();
        out.printf("Passage embedding: %,.1f tasks/s on one thread (%d seed tasks, %.0f characters on average)%n",
                perSecond, passages.size(), passages.stream().mapToInt(String::length).average().orElse(0));
        // everything a task is given a vector for: passage, title and each sentence of its text
        List<String> texts = base.stream().flatMap(d -> TaskVectors.texts(d).stream()).toList();
        start = System.nanoTime();
        for (String t : texts) {
            model.passage(t);
        }
        double tasksPerSecond = passages.size() / ((System.nanoTime() - start) / 1e9);
        out.printf("Task embedding (passage, title and sentences: %d texts for %d tasks): %,.1f tasks/s on one thread;"
                        + " a first embedding of 1,000,000 tasks on %d threads would take about %.1f h%n",
                texts.size(), passages.size(), tasksPerSecond, threads, 1_000_000 / (tasksPerSecond * threads) / 3600);
        Latencies q = new Latencies("query embedding (uncached)", QUERIES.size());
        for (String text : QUERIES) {
            long t = System.nanoTime();
            model.query(text);
            q.add(System.nanoTime() - t);
        }
        out.println(Latencies.header());
        out.println(q.row());
    }
}
