package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.communskg.store.Sparql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The workbench in real headless Chromium over the seeded store: home page, gallery, downloads,
 * permalinks, banners, phone width. Every test fails on a console error or a request that leaves
 * localhost, and leaves a screenshot in target/screenshots/.
 */
class WorkbenchIT {
    @RegisterExtension
    static final SeededServer SERVER = new SeededServer();

    private final List<Browser> browsers = new java.util.ArrayList<>();

    Browser browser() {
        return browser(1280, 900);
    }

    Browser browser(int width, int height) {
        Browser b = Browser.open(SERVER.http().root(), width, height);
        browsers.add(b);
        return b;
    }

    @AfterEach
    void every_page_was_clean() {
        try {
            browsers.forEach(Browser::assertClean);
        } finally {
            browsers.forEach(Browser::close);
        }
    }

    static final By ROWS = By.cssSelector("#results table tbody tr");

    /** Opens the workbench and waits until the editor is there. */
    static Browser workbench(Browser b, String path) {
        b.get(path).await(By.cssSelector("#editor .CodeMirror"));
        return b;
    }

    static String editorText(Browser b) {
        return (String) b.script("return document.querySelector('#editor .CodeMirror').CodeMirror.getValue()");
    }

    static void type(Browser b, String query) {
        b.script("document.querySelector('#editor .CodeMirror').CodeMirror.setValue(arguments[0])", query);
    }

    /** Runs what the editor holds and waits for the answer. */
    static void run(Browser b) {
        b.script("document.getElementById('workbench').dataset.state = 'running'");
        b.driver().findElement(By.id("run")).click();
        b.until(d -> "done".equals(d.findElement(By.id("workbench")).getAttribute("data-state")));
    }

    @Test
    void the_home_page_loads_and_leads_to_the_workbench() {
        Browser b = browser();
        b.get("/").await(By.cssSelector("ul.counts"));
        b.screenshot("home");
        WebElement link = b.driver().findElement(By.cssSelector("a[href='/workbench']"));
        link.click();
        b.await(By.cssSelector("#editor .CodeMirror"));
        assertThat(editorText(b)).contains("PREFIX ckg: <https://w3id.org/communs-kg/ns#>");
    }

    @Test
    void a_gallery_query_runs_and_shows_its_rows_with_iris_linking_to_entity_pages() {
        Browser b = workbench(browser(), "/workbench");
        b.driver().findElement(By.cssSelector("li[data-query='roles-of-person'] button.wb-load")).click();
        b.await(ROWS);
        b.until(d -> "done".equals(d.findElement(By.id("workbench")).getAttribute("data-state")));
        assertThat(editorText(b)).contains("# Which organizations each person is linked to");
        String table = b.driver().findElement(By.id("results")).getText();
        assertThat(table).contains("Rémi Gerbet").contains("Wikimédia France");
        List<String> hrefs = b.driver().findElements(By.cssSelector("#results a.iri")).stream()
                .map(a -> a.getDomAttribute("href")).toList();
        assertThat(hrefs).isNotEmpty().anyMatch(h -> h.startsWith("/id/person/"))
                .noneMatch(h -> h.startsWith("http://localhost:7070/id/"));
        b.screenshot("workbench-gallery");
    }

    @Test
    void a_gallery_parameter_chosen_from_the_graph_narrows_the_query() {
        Browser b = workbench(browser(), "/workbench");
        WebElement item = b.driver().findElement(By.cssSelector("li[data-query='roles-of-person']"));
        new Select(item.findElement(By.cssSelector("select[data-param='person']"))).selectByVisibleText("Rémi Gerbet");
        item.findElement(By.cssSelector("button.wb-load")).click();
        b.await(ROWS);
        b.until(d -> "done".equals(d.findElement(By.id("workbench")).getAttribute("data-state")));
        assertThat(editorText(b)).contains("VALUES ?person { <http://localhost:7070/id/person/remi-gerbet> }");
        List<String> names = b.driver().findElements(ROWS).stream().map(WebElement::getText).toList();
        assertThat(names).isNotEmpty().allMatch(row -> row.contains("Rémi Gerbet"));
        b.screenshot("workbench-parameter");
    }

    @Test
    void the_csv_download_holds_the_complete_result_not_the_visible_page() {
        Browser b = workbench(browser(), "/workbench");
        type(b, "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o");
        run(b);
        long total = SERVER.app().store().query(Sparql.parse("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"),
                qe -> qe.execSelect().next().getLiteral("n").getLong());
        assertThat(b.driver().findElements(ROWS).size()).as("one page shown").isLessThan((int) total);
        WebElement csv = b.await(By.cssSelector("#downloads a[data-format='csv']"));
        HttpResponse<String> file = SERVER.http().get(csv.getDomAttribute("href"), null);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<String> lines = file.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("s,p,o");
        assertThat(lines).hasSize((int) total + 1);
        assertThat(b.driver().findElement(By.id("banner")).isDisplayed()).as("nothing was cut").isFalse();
        for (String format : List.of("tsv", "json", "xml")) {
            String href = b.driver().findElement(By.cssSelector("#downloads a[data-format='" + format + "']")).getDomAttribute("href");
            assertThat(SERVER.http().get(href, null).statusCode()).as(format).isEqualTo(200);
        }
        b.screenshot("workbench-download");
    }

    @Test
    void a_result_cut_by_its_limit_says_so_in_a_banner() {
        Browser b = workbench(browser(), "/workbench");
        type(b, "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 3");
        run(b);
        WebElement banner = b.await(By.id("banner"));
        assertThat(banner.getText()).contains("LIMIT 3");
        assertThat(b.driver().findElements(ROWS)).hasSize(3);
        b.screenshot("workbench-banner");
    }

    @Test
    void a_permalink_opened_in_a_new_session_restores_and_runs_the_same_query() {
        String query = "PREFIX foaf: <http://xmlns.com/foaf/0.1/>\n# <script>alert('x')</script>\n"
                + "SELECT ?name WHERE { ?p foaf:name ?name } ORDER BY ?name LIMIT 7";
        Browser first = workbench(browser(), "/workbench");
        type(first, query);
        first.driver().findElement(By.id("share")).click();
        String href = first.await(By.cssSelector("#permalink a")).getDomAttribute("href");
        assertThat(href).matches("/q/[A-Za-z0-9_-]{10}");
        first.script("document.getElementById('permalink').replaceChildren()");
        first.driver().findElement(By.id("share")).click();
        assertThat(first.await(By.cssSelector("#permalink a")).getDomAttribute("href")).as("same query, same link")
                .isEqualTo(href);

        Browser second = browser();
        second.get(href).await(ROWS);
        second.until(d -> "done".equals(d.findElement(By.id("workbench")).getAttribute("data-state")));
        assertThat(editorText(second)).isEqualTo(query);
        assertThat(second.driver().findElements(ROWS)).hasSize(7);
        assertThat(second.driver().getPageSource()).doesNotContain("<script>alert");
        second.screenshot("permalink");
    }

    @Test
    void the_workbench_fits_a_phone_screen() {
        Browser b = workbench(browser(390, 844), "/workbench");
        b.driver().findElement(By.cssSelector("li[data-query='events'] button.wb-load")).click();
        b.await(ROWS);
        assertThat((Long) b.script("return window.innerWidth")).isEqualTo(390);
        long overflow = (Long) b.script("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow).as("no sideways scrolling of the page").isLessThanOrEqualTo(0);
        long editorBottom = (Long) b.script("return Math.round(document.getElementById('editor').getBoundingClientRect().bottom)");
        long galleryTop = (Long) b.script("return Math.round(document.querySelector('.wb-gallery').getBoundingClientRect().top)");
        assertThat(galleryTop).as("the gallery goes under the editor").isGreaterThan(editorBottom);
        b.screenshot("workbench-phone");
    }

    @Test
    void completion_offers_the_graphs_own_classes_and_entities_by_name() {
        Browser b = workbench(browser(), "/workbench");
        type(b, "");
        WebElement editor = b.driver().findElement(By.cssSelector("#editor .CodeMirror textarea"));
        b.script("document.querySelector('#editor .CodeMirror').CodeMirror.focus()");
        editor.sendKeys("PREFIX org: <http://www.w3.org/ns/org#>\nSELECT * { ?x a org:Org");
        WebElement hints = b.await(By.cssSelector(".CodeMirror-hints"));
        assertThat(hints.getText()).contains("org:Organization");
        type(b, "SELECT * { ?x ?p ");
        b.script("var cm = document.querySelector('#editor .CodeMirror').CodeMirror; cm.focus(); "
                + "cm.setCursor(cm.lineCount(), 0)");
        editor.sendKeys("<rémi");
        b.until(d -> d.findElement(By.cssSelector(".CodeMirror-hints")).getText().contains("Rémi Gerbet"));
        b.screenshot("workbench-completion");
    }

    @Test
    void the_workbench_runs_under_a_policy_allowing_scripts_from_the_server_only() {
        Browser b = browser().withResponseHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:");
        workbench(b, "/workbench");
        Object policy = ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeAsyncScript("var done = arguments[0]; "
                + "fetch('/workbench').then(function (r) { done(r.headers.get('Content-Security-Policy')); });");
        assertThat(policy).as("the policy is in force").asString().contains("script-src 'self'");
        b.driver().findElement(By.cssSelector("li[data-query='organizations'] button.wb-load")).click();
        b.await(ROWS);
        assertThat(b.driver().findElement(By.id("results")).getText()).contains("INJEP");
    }

    @Test
    void the_browser_check_catches_console_errors_and_requests_leaving_localhost() {
        // The app's own policy would stop the outside fetch before it leaves: lift it, to test the guard itself.
        try (Browser b = Browser.open(SERVER.http().root())
                .withResponseHeader("Content-Security-Policy", "default-src * 'unsafe-inline'")) {
            workbench(b, "/workbench");
            assertThat(b.consoleErrors()).isEmpty();
            b.script("console.error('deliberate'); fetch('http://example.org/tracker').catch(function () {});");
            b.until(d -> !b.outsideRequests().isEmpty());
            assertThat(b.outsideRequests()).anyMatch(u -> u.startsWith("http://example.org/"));
            assertThat(b.consoleErrors()).anyMatch(m -> m.contains("deliberate"));
        }
    }
}
