package policysearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.javalin.Javalin;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import policysearch.search.SearchService;

/**
 * End to end in headless Chromium: search from the home page, tick a department, follow a result to its task
 * page. Screenshots go to target/screenshots/. Skipped only outside CI when no browser is installed.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path profile;
    @TempDir
    static Path indexDir;
    static SearchService service;
    static Javalin app;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        requireBrowser();
        Files.createDirectories(SHOTS);
        service = TestIndex.open(indexDir);
        app = WebApp.create(service).start("127.0.0.1", 0);
        browser = chromium(profile, true);
    }

    /** Skips the calling test class when no browser is installed, unless CI is set (then it fails). */
    static void requireBrowser() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            String ci = System.getenv("CI");
            if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
                fail("CI is set but " + CHROMIUM + " or " + CHROMEDRIVER
                        + " is missing: install chromium and chromium-driver");
            }
            Assumptions.assumeTrue(false, "browser test skipped: " + CHROMIUM + " / " + CHROMEDRIVER
                    + " not installed (apt-get install chromium chromium-driver); it always runs when CI is set");
        }
    }

    /** Headless Debian Chromium with a fresh profile in {@code dir}, JavaScript on or off. */
    static ChromeDriver chromium(Path dir, boolean javascript) {
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-dev-shm-usage", "--user-data-dir=" + dir.toAbsolutePath(),
                "--window-size=1280,1000", "--lang=zh-CN");
        if (!javascript) {
            options.setExperimentalOption("prefs",
                    java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        return new ChromeDriver(driver, options);
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

    private String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    private void shot(String name) throws IOException {
        File png = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void searchTickADepartmentAndOpenATask() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get(url("/"));
        shot("01-home.png");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys(TestIndex.BROWSER_QUERY);
        wait.until(d -> !d.findElements(By.cssSelector("#q-suggest option")).isEmpty());
        assertTrue(browser.findElement(By.cssSelector("#q-suggest option")).getDomProperty("value")
                .contains(TestIndex.BROWSER_QUERY), "suggestions as you type");
        box.submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("stats")));
        assertTrue(browser.getCurrentUrl().contains("/search?q="), browser.getCurrentUrl());
        int before = total();
        assertTrue(before > 0, "the query finds tasks");
        shot("02-search.png");

        WebElement dept = browser.findElement(
                By.cssSelector("input[name='dept'][value='" + TestIndex.CQ_INSURANCE + "']"));
        browser.findElement(By.cssSelector("label[for='" + dept.getAttribute("id") + "']")).click();
        wait.until(ExpectedConditions.urlContains("dept="));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("stats")));
        assertTrue(browser.findElement(By.cssSelector("input[name='dept'][value='" + TestIndex.CQ_INSURANCE + "']"))
                .isSelected(), "the ticked department stays ticked after reload");
        assertTrue(browser.findElement(By.cssSelector(".chips")).getText().contains(TestIndex.CQ_INSURANCE));
        int after = total();
        assertTrue(after > 0 && after <= before, before + " -> " + after);
        for (WebElement hit : browser.findElements(By.cssSelector(".hit"))) {
            assertTrue(hit.getText().contains(TestIndex.CQ_INSURANCE), hit.getText());
        }
        shot("03-department.png");

        WebElement first = browser.findElement(By.cssSelector(".hit h3 a"));
        String title = first.getText();
        first.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.task")));
        assertTrue(browser.getCurrentUrl().contains("/tasks/"), browser.getCurrentUrl());
        assertEquals(title, browser.findElement(By.cssSelector("article.task h1")).getText());
        assertTrue(browser.findElement(By.cssSelector(".roles")).getText().contains(TestIndex.CQ_INSURANCE));
        String citation = browser.findElement(By.id("citation")).getDomProperty("value");
        assertTrue(citation.startsWith(browser.findElement(By.cssSelector(".meta")).getText().contains("重庆市")
                ? "重庆市人民政府办公厅《" : ""), citation);
        assertTrue(citation.contains(TestIndex.CQ_INSURANCE) && citation.endsWith(browser.getCurrentUrl()
                .replaceAll("^http://[^/]+", "")), citation);
        assertFalse(browser.findElement(By.cssSelector("button[data-copy]")).getAttribute("hidden") != null,
                "copy button shown when scripts run");
        shot("04-task.png");

        browser.findElement(By.linkText("在原文件中查看")).click();
        wait.until(ExpectedConditions.urlMatches("/documents/[a-z0-9-]+#t\\d+$"));
        String anchor = browser.getCurrentUrl().replaceAll(".*#", "");
        WebElement target = browser.findElement(By.id(anchor));
        assertEquals(title, target.findElement(By.cssSelector("h3")).getText(), "the link lands on the task");
        shot("05-document.png");
        browser.navigate().back();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.task")));

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().back();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("stats")));
        shot("06-search-phone.png");
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    /** "Which 2020 tasks does 重庆市医保局 lead, and what does each say?" in three clicks from the home page. */
    @Test
    void threeClicksFromHomeToTheTasksADepartmentLeads() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get(url("/"));
        browser.findElement(By.linkText(TestIndex.CQ_INSURANCE + " " + TestIndex.CQ_INSURANCE_TASKS)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("stats")));
        browser.findElement(By.partialLinkText("牵头")).click();
        wait.until(ExpectedConditions.urlContains("role=lead"));
        WebElement year = browser.findElement(By.cssSelector("input[name='year'][value='2020']"));
        year.sendKeys(org.openqa.selenium.Keys.SPACE); // keyboard: ticking a facet applies it
        wait.until(ExpectedConditions.urlContains("year=2020"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("stats")));
        String shared = browser.getCurrentUrl();
        assertTrue(shared.contains("dept=") && shared.contains("role=lead"), shared);
        assertEquals(TestIndex.CQ_INSURANCE_LEADS, total());
        for (WebElement hit : browser.findElements(By.cssSelector(".hit"))) {
            assertTrue(hit.findElements(By.cssSelector(".depts li.lead")).stream()
                    .anyMatch(li -> li.getText().contains(TestIndex.CQ_INSURANCE)), "lead marked on " + hit.getText());
            assertTrue(hit.findElement(By.cssSelector(".snippet")).getText().length() > 20, "task text shown");
        }
        shot("07-chongqing-insurance-leads.png");
        browser.get(shared);
        assertEquals(TestIndex.CQ_INSURANCE_LEADS, total(), "the shared link shows the same answer");
    }

    /** From a query to its history across years, to what changed, to the local implementations and back. */
    @Test
    void fromAThemeAcrossYearsToWhatTheLocalitiesChanged() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get(url("/search?q=" + LineagePagesTest.THEME));
        browser.findElement(By.linkText("按年份看演变")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".timeline")));
        assertEquals(List.of("2020年下半年", "2021年", "2024年"), browser.findElements(By.cssSelector(".period h2"))
                .stream().map(WebElement::getText).toList());
        shot("08-timeline.png");

        browser.findElements(By.cssSelector(".evolve")).get(0).click();
        wait.until(ExpectedConditions.urlContains("/compare?"));
        assertFalse(browser.findElements(By.cssSelector(".diff del")).isEmpty(), "removed text marked");
        assertFalse(browser.findElements(By.cssSelector(".diff ins")).isEmpty(), "added text marked");
        browser.findElement(By.cssSelector(".compare-head h2 a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("impl-h")));
        assertTrue(browser.getCurrentUrl().endsWith("/tasks/" + LineagePagesTest.NATIONAL_TASK));

        browser.findElement(By.cssSelector("a[href='/tasks/" + LineagePagesTest.LOCAL_TASK + "']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("parent-h")));
        List<WebElement> sides = browser.findElements(By.cssSelector(".counterpart .side"));
        assertEquals(2, sides.size());
        assertEquals(sides.get(0).getLocation().getY(), sides.get(1).getLocation().getY(), "side by side");
        assertTrue(sides.get(0).findElements(By.tagName("del")).stream().anyMatch(e -> e.getText().equals("制定建立")));
        assertTrue(sides.get(1).findElements(By.tagName("ins")).stream()
                .anyMatch(e -> e.getText().equals("贯彻落实国家")));
        shot("09-counterpart-diff.png");
    }

    /** Typing a body's short name offers its canonical departments; picking one opens the search filtered to it. */
    @Test
    void pickingADepartmentSuggestedForAShortNameFiltersByIt() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get(url("/"));
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("川医保局");
        By sichuan = By.cssSelector("#q-suggest option[value='四川省医保局']");
        wait.until(d -> !d.findElements(sichuan).isEmpty());
        assertEquals("按部门筛选", browser.findElement(sichuan).getDomProperty("label"));
        // what the browser does when a <datalist> option is chosen: replace the value, fire a replacement input event
        browser.executeScript("var q = document.getElementById('q'); q.value = arguments[0];"
                + "q.dispatchEvent(new InputEvent('input', {inputType: 'insertReplacementText', bubbles: true}));",
                "四川省医保局");
        wait.until(ExpectedConditions.urlContains("/search?dept="));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("stats")));
        assertTrue(browser.findElement(By.cssSelector(".chips")).getText().contains("四川省医保局"));
        assertTrue(browser.findElement(By.cssSelector("input[name='dept'][value='四川省医保局']")).isSelected());
        assertEquals(18, total(), "the tasks 四川省医保局 takes part in");
    }

    /** At a phone's 390 px the document tables stack into cards: no visible cell narrower than three characters. */
    @Test
    void documentTablesStayReadableOnAPhone() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String path : List.of("/documents", "/")) {
                browser.get(url(path));
                Number width = (Number) browser.executeScript("return window.innerWidth;");
                assertTrue(width.intValue() <= 400, "a phone-sized viewport: " + width);
                shot(path.equals("/") ? "10-home-phone.png" : "11-documents-phone.png");
                Object narrow = browser.executeScript("""
                        var out = [];
                        document.querySelectorAll('table.docs th, table.docs td').forEach(function (c) {
                          var r = c.getBoundingClientRect();
                          if (r.width === 0 || r.height === 0) { return; }
                          var em = parseFloat(getComputedStyle(c).fontSize);
                          if (r.width < 3 * em) { out.push(c.textContent.trim() + ' ' + Math.round(r.width) + 'px'); }
                        });
                        return out;""");
                assertEquals(List.of(), narrow, path + ": cells narrower than 3 em");
                Boolean fits = (Boolean) browser.executeScript(
                        "var t = document.querySelector('table.docs');"
                                + "return t.scrollWidth <= t.parentElement.clientWidth"
                                + " && document.documentElement.scrollWidth <= window.innerWidth;");
                assertTrue(fits, path + ": the table scrolls sideways");
                assertEquals(TestIndex.DOCUMENTS, browser.findElements(By.cssSelector("table.docs td.title")).size());
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    /** Without JavaScript, ticking facets and pressing 应用筛选 gives the same filtered page. */
    @Test
    void facetsWorkWithoutJavaScript(@TempDir Path noScriptProfile) throws IOException {
        ChromeDriver plain = chromium(noScriptProfile, false);
        try {
            plain.get(url("/search?q=" + TestIndex.QUERY));
            plain.findElement(By.cssSelector("input[name='year'][value='2020']")).click();
            assertFalse(plain.getCurrentUrl().contains("year="), "no script, no automatic submit");
            WebElement apply = plain.findElement(By.cssSelector("#facet-form button.apply"));
            assertTrue(apply.isDisplayed(), "apply button visible without script");
            apply.click();
            new WebDriverWait(plain, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("year=2020"));
            assertTrue(plain.getCurrentUrl().contains("q="), "the query is kept: " + plain.getCurrentUrl());
            assertTrue(plain.findElement(By.cssSelector("input[name='year'][value='2020']")).isSelected());
            assertTrue(plain.findElement(By.cssSelector(".chips")).getText().contains("2020"));
        } finally {
            plain.quit();
        }
    }

    private int total() {
        return Integer.parseInt(browser.findElement(By.cssSelector("#stats strong")).getText().strip());
    }
}
