package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import policysearch.index.IndexBuilder;
import policysearch.index.Schema;
import policysearch.model.Department;
import policysearch.model.PolicyDocument;
import policysearch.model.Role;
import policysearch.model.Section;
import policysearch.model.Task;
import policysearch.search.LuceneSearchService;
import policysearch.search.SearchService;

/**
 * A document whose title, sections, task text and departments carry markup and script: in headless Chromium the
 * search, task and document pages show it as text and run none of it; every answer carries the security headers.
 */
class ScriptInjectionTest {
    /** Each payload, if it ran, would set {@code window.__pwned} or open an alert. */
    static final String SCRIPT = "<script>window.__pwned=1;alert(1)</script>";
    static final String ATTRIBUTE = "\"><img src=x onerror=\"window.__pwned=2;alert(2)\">";
    static final String SVG = "'><svg onload=window.__pwned=3>";
    static final String LINK = "<a href=\"javascript:window.__pwned=4\">医保详情</a>";
    static final String TASK_ID = "xss-2021-1-t1";
    static final String DOC_ID = "xss-2021-1";

    @TempDir
    static Path tmp;
    static SearchService service;
    static Javalin app;
    static ChromeDriver browser;

    static PolicyDocument hostileDocument() {
        Section section = new Section(1, "医保改革" + SCRIPT);
        List<Task> tasks = new ArrayList<>();
        tasks.add(new Task(TASK_ID, 1, "（一）", "推进医保支付" + SCRIPT + ATTRIBUTE,
                "推进医保支付方式改革。" + SCRIPT + " 医保 " + ATTRIBUTE + " 医保 " + SVG + " 医保 " + LINK + " javascript:alert(1)",
                section, new ArrayList<>(List.of(new Department("国家医保局" + ATTRIBUTE, Role.LEAD, "医疗保障"),
                new Department(SCRIPT, Role.SUPPORT, "其他" + SVG)))));
        tasks.add(new Task("xss-2021-1-t2", 2, "（二）", "医保" + LINK, "医保结算。" + SVG, section,
                new ArrayList<>(List.of(new Department("javascript:alert(3)", Role.LEAD, "其他")))));
        return new PolicyDocument(DOC_ID, "xss.txt", "关于医保的通知" + SCRIPT, "医保任务" + ATTRIBUTE, "某发〔2021〕1号" + SVG,
                "某某办公厅" + SCRIPT, LocalDate.of(2021, 5, 1), 2021, "国家", null, List.of(section), tasks,
                "通知正文" + SCRIPT + LINK, "工作要求" + ATTRIBUTE);
    }

    @BeforeAll
    static void start() throws IOException {
        BrowserTest.requireBrowser();
        Path index = tmp.resolve("index");
        try (Schema schema = new Schema()) {
            new IndexBuilder(schema).build(List.of(hostileDocument()), index, "xss");
        }
        service = LuceneSearchService.open(index);
        app = WebApp.create(service).start("127.0.0.1", 0);
        Path profile = Files.createDirectories(tmp.resolve("profile"));
        browser = BrowserTest.chromium(profile, true);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.stop();
        }
        if (service != null) {
            service.close();
        }
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    private static void assertNothingRan(String path) {
        browser.get(url(path));
        String body = browser.findElement(By.tagName("body")).getText();
        assertTrue(body.contains("window.__pwned"), path + " shows the payload as text: " + body);
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), path + " opened an alert");
        assertNull(browser.executeScript("return window.__pwned;"), path + " ran an injected script");
        assertEquals(0, browser.findElements(By.cssSelector("img[onerror], svg[onload], a[href^='javascript']")).size(),
                path + " holds an injected element");
        for (var link : browser.findElements(By.cssSelector("a[href]"))) {
            String href = link.getAttribute("href");
            assertFalse(href.toLowerCase().startsWith("javascript:"), path + " links to " + href);
        }
    }

    @Test
    void searchTaskAndDocumentPagesRunNoInjectedScript() {
        assertNothingRan("/search?q=%E5%8C%BB%E4%BF%9D"); // 医保
        assertNothingRan("/search?q=" + SearchParams.encodeValue("医保 " + SCRIPT));
        assertNothingRan("/tasks/" + TASK_ID);
        assertNothingRan("/tasks/xss-2021-1-t2");
        assertNothingRan("/documents/" + DOC_ID);
        assertNothingRan("/documents");
        assertNothingRan("/");
    }

    private static String header(Response r, String name) {
        List<String> values = r.headers().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        JavalinTest.test(WebApp.create(service), (server, client) -> {
            for (String path : List.of("/", "/search?q=%E5%8C%BB%E4%BF%9D", "/tasks/" + TASK_ID, "/documents/" + DOC_ID,
                    "/api/search?q=x", "/api/tasks/" + TASK_ID, "/static/css/site.css", "/tasks/xss-1999-1-t1",
                    "/search?page=abc", "/nothing-here")) {
                Response r = client.get(path);
                String csp = header(r, "Content-Security-Policy");
                assertTrue(csp != null && csp.contains("default-src 'self'"), path + ": " + csp);
                assertTrue(csp.contains("frame-ancestors 'none'"), path + ": " + csp);
                assertTrue(csp.contains("object-src 'none'"), path + ": " + csp);
                assertFalse(csp.contains("unsafe-inline"), path + ": " + csp);
                assertEquals("nosniff", header(r, "X-Content-Type-Options"), path);
                assertEquals("same-origin", header(r, "Referrer-Policy"), path);
            }
        });
    }
}
