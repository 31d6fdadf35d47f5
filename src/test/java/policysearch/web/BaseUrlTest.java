package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The site's public address: defaults from the listening address, validated when given. */
class BaseUrlTest {

    @Test
    void defaultsNameTheListenerOrLocalhostForAWildcard() {
        assertEquals("http://127.0.0.1:7070", BaseUrl.forListener("127.0.0.1", 7070).value());
        assertEquals("http://search.internal:8080", BaseUrl.forListener("search.internal", 8080).value());
        assertEquals("http://localhost:7070", BaseUrl.forListener("0.0.0.0", 7070).value());
        assertEquals("http://localhost:7070", BaseUrl.forListener("::", 7070).value());
        assertEquals("http://[::1]:7070", BaseUrl.forListener("::1", 7070).value());
    }

    @Test
    void aGivenUrlLosesItsTrailingSlashAndMakesLinks() {
        BaseUrl base = new BaseUrl("https://policy.example.org/search/");
        assertEquals("https://policy.example.org/search", base.value());
        assertEquals("https://policy.example.org/search/tasks/gbf-2021-20-t5", base.link("/tasks/gbf-2021-20-t5"));
    }

    @Test
    void anythingButAnAbsoluteHttpUrlIsRefused() {
        for (String bad : List.of("", "policy.example.org", "/relative", "ftp://example.org", "javascript:alert(1)",
                "https://user@example.org", "https://example.org/?q=1", "https://example.org/#x",
                "http://exa mple.org")) {
            assertThrows(IllegalArgumentException.class, () -> new BaseUrl(bad), bad);
        }
    }
}
