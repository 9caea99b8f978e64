package dev.tidings.query.browser;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidings.infra.LocalInfraTestResource;
import dev.tidings.query.SearchCorpus;
import dev.tidings.query.article.ArticleStore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page in headless Chromium, as a reader uses it: search, refine by a facet, see the
 * banner count a newly stored article, open an article. Debian's chromium and chromedriver only;
 * runs in the browser-tests profile (see pom.xml).
 */
@QuarkusTest
@WithTestResource(LocalInfraTestResource.class)
class SearchPageBrowserTests {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TestHTTPResource("/")
    URL page;

    @Inject
    ArticleStore store;

    @Inject
    Pool pool;

    private final List<UUID> stored = new ArrayList<>();
    private WebDriver browser;
    private Path profile;

    @BeforeEach
    void start() throws IOException {
        SearchCorpus.load(store, pool);
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        profile = Files.createTempDirectory("tidings-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--window-size=1280,1000",
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        SearchCorpus.delete(pool, stored);
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .map(Path::toFile)
                        .forEach(File::delete);
            }
        }
    }

    @Test
    void readerSearchesRefinesSeesNewArticlesAndOpensOne() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        browser.get(page.toString());

        // An article whose title is markup shows as text, and runs nothing.
        search(wait, "levy vellmar");
        wait.until(d -> titles(d).equals(List.of(SearchCorpus.XSS_TITLE)));
        assertTrue(browser.findElements(By.cssSelector("#results script")).isEmpty());
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());

        search(wait, "vellmar");
        wait.until(d -> titles(d).size() == 20
                && d.findElements(By.cssSelector("#results .snippet mark")).size() > 0);

        By northKorea = By.cssSelector("#facets button[data-facet='country'][data-value='KP']");
        wait.until(ExpectedConditions.elementToBeClickable(northKorea)).click();
        wait.until(d -> d.findElement(northKorea).getAttribute("class").contains("selected"));
        wait.until(d -> d.findElement(By.id("active-filters")).getText().contains("North Korea"));
        wait.until(d -> {
            List<WebElement> hits = d.findElements(By.cssSelector("#results li.result"));
            return !hits.isEmpty()
                    && hits.stream().allMatch(hit -> hit.getText().contains("North Korea"));
        });

        // A matching article stored now is counted in the banner, over the stream.
        wait.until(d -> "open".equals(d.findElement(By.tagName("body")).getAttribute("data-stream")));
        UUID fresh = UUID.randomUUID();
        stored.add(fresh);
        SearchCorpus.store(store, SearchCorpus.extra(fresh, Instant.now(), "vellmar", "KP"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("banner-text"), "1 new article"));
        screenshot("search-results.png");

        browser.findElement(By.cssSelector("#results li.result .title")).click();
        WebElement article = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-view")));
        wait.until(d -> article.getText().contains("We will not let the port stand still"));
        String text = article.getText();
        assertTrue(text.contains("Quotes"), text);
        assertTrue(text.contains("Also on the page") && text.contains("SECURITY"), text);
        assertTrue(text.contains("Vellmar tide tables to change next month"), text);
        assertTrue(text.contains("days"), text);
        screenshot("article-view.png");
    }

    @Test
    void aLinkedSearchOpensAsLinkedAndBackAndForwardRetraceIt() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        String linked = page + "?q=vellmar&country=KP";
        browser.get(linked);

        wait.until(d -> "vellmar".equals(d.findElement(By.id("q")).getAttribute("value")));
        wait.until(d -> d.findElement(By.id("active-filters")).getText().contains("North Korea"));
        wait.until(SearchPageBrowserTests::onlyNorthKorea);
        By northKorea = By.cssSelector("#facets button[data-facet='country'][data-value='KP']");
        wait.until(d -> d.findElement(northKorea).getAttribute("class").contains("selected"));

        // Dropping the filter is a new entry; back restores the linked search and its results.
        browser.findElement(By.cssSelector("#active-filters .chip")).click();
        wait.until(d -> !d.getCurrentUrl().contains("country=KP")
                && d.findElement(By.id("active-filters")).getText().isEmpty()
                && !onlyNorthKorea(d));
        browser.navigate().back();
        wait.until(d -> d.getCurrentUrl().equals(linked));
        wait.until(d -> d.findElement(By.id("active-filters")).getText().contains("North Korea"));
        wait.until(SearchPageBrowserTests::onlyNorthKorea);

        // The open article is in the URL too: back shows the results, forward the article again.
        String title =
                browser.findElement(By.cssSelector("#results li.result .title")).getText();
        browser.findElement(By.cssSelector("#results li.result .title")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-view")));
        wait.until(d -> d.getCurrentUrl().contains("article="));
        wait.until(d -> title.equals(d.findElement(By.id("article-title")).getText()));
        browser.navigate().back();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results-view")));
        wait.until(d -> !d.findElement(By.id("article-view")).isDisplayed());
        browser.navigate().forward();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-view")));
        wait.until(d -> title.equals(d.findElement(By.id("article-title")).getText()));

        // One result is "1 article".
        browser.get(page + "?q=levy+vellmar");
        wait.until(ExpectedConditions.textToBe(By.id("summary"), "1 article"));
    }

    @Test
    void readerBrowsesStoriesOpensOneAndComesBack() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        browser.get(page.toString());
        wait.until(ExpectedConditions.elementToBeClickable(By.id("stories-link")))
                .click();

        // The largest stories of the archive first, each with its size.
        wait.until(d -> d.getCurrentUrl().contains("view=stories"));
        By largest = By.cssSelector("#largest-stories li.story");
        wait.until(d -> d.findElements(largest).size() >= 2);
        List<Integer> sizes = browser.findElements(largest).stream()
                .map(story -> Integer.parseInt(
                        story.findElement(By.cssSelector(".meta")).getText().split(" ")[0]))
                .toList();
        for (int i = 1; i < sizes.size(); i++) {
            assertTrue(sizes.get(i - 1) >= sizes.get(i), "largest first: " + sizes);
        }
        screenshot("stories-view.png");
        WebElement first = browser.findElement(largest);
        String title = first.findElement(By.cssSelector(".title")).getText();
        first.findElement(By.cssSelector(".title")).click();

        // The story's page: its title, its articles (all of the story's, up to a page) and its timeline.
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("story-view")));
        wait.until(d -> d.getCurrentUrl().contains("story="));
        wait.until(d -> title.equals(d.findElement(By.id("story-title")).getText()));
        wait.until(d ->
                !d.findElements(By.cssSelector("#story-articles li.result")).isEmpty());
        int shown = browser.findElements(By.cssSelector("#story-articles li.result"))
                .size();
        int perHour = browser.findElements(By.cssSelector("#story-timeline .bar")).stream()
                .mapToInt(bar -> Integer.parseInt(bar.getAttribute("data-articles")))
                .sum();
        if (browser.findElement(By.id("more-story-articles")).isDisplayed()) {
            assertTrue(perHour > shown, "the timeline counts the articles of every page");
        } else {
            assertTrue(perHour == shown, "the timeline counts every article: " + perHour + " of " + shown);
        }

        screenshot("story-view.png");

        // An article of the story opens; back returns to the story, and back again to the stories.
        browser.findElement(By.cssSelector("#story-articles li.result .title")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-view")));
        wait.until(
                d -> d.getCurrentUrl().contains("article=") && d.getCurrentUrl().contains("story="));
        browser.navigate().back();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("story-view")));
        wait.until(d -> title.equals(d.findElement(By.id("story-title")).getText()));
        browser.navigate().back();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stories-view")));
        wait.until(d -> !d.findElements(largest).isEmpty());

        // The view is in the URL: a link to it opens it.
        browser.get(page + "?view=stories&q=vellmar");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stories-view")));
        wait.until(d -> !d.findElements(largest).isEmpty());
    }

    private static boolean onlyNorthKorea(WebDriver browser) {
        List<WebElement> hits = browser.findElements(By.cssSelector("#results li.result"));
        return !hits.isEmpty() && hits.stream().allMatch(hit -> hit.getText().contains("North Korea"));
    }

    private static List<String> titles(WebDriver browser) {
        return browser.findElements(By.cssSelector("#results .title")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private void search(WebDriverWait wait, String words) {
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        box.clear();
        box.sendKeys(words, Keys.ENTER);
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
