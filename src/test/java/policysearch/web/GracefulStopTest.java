package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import policysearch.search.Counts;

/** Stopping the server lets a request already being answered finish, and refuses new ones. */
class GracefulStopTest {

    @Test
    void aRequestInFlightWhenTheServerStopsStillGetsItsWholeAnswer() throws Exception {
        CountDownLatch answering = new CountDownLatch(1);
        Javalin app = WebApp.create(new FailingSearchService() {
            @Override
            public Counts counts() {
                answering.countDown();
                try {
                    Thread.sleep(1500); // a slow answer, e.g. a large export
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new Counts(5, 124);
            }

            @Override
            public String semantic() {
                return "off";
            }
        }).start("127.0.0.1", 0);
        int port = app.port();
        HttpClient client = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(answering.await(10, TimeUnit.SECONDS), "the request reached the service");
        long start = System.nanoTime();
        app.stop();
        HttpResponse<String> r = inFlight.get(10, TimeUnit.SECONDS);
        assertEquals(200, r.statusCode());
        assertEquals("{\"status\":\"ok\",\"documents\":5,\"tasks\":124,\"semantic\":\"off\"}", r.body());
        assertTrue(System.nanoTime() - start > TimeUnit.MILLISECONDS.toNanos(500), "stop waited for the answer");
        assertThrows(java.io.IOException.class, () -> client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                HttpResponse.BodyHandlers.ofString()), "no new requests once stopped");
    }
}
