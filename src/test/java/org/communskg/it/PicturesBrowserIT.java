package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Search and pictures in real headless Chromium over the seeded store. Every test fails on a
 * console error or a request that leaves localhost, and leaves a screenshot in target/screenshots/.
 */
class PicturesBrowserIT {
    @RegisterExtension
    static final SeededServer SERVER = new SeededServer();

    /** True when one of the element's canvases has a pixel that is not transparent. */
    static final String CANVAS_DRAWN = """
            return Array.from(arguments[0].querySelectorAll('canvas')).some(function (c) {
              if (!c.width || !c.height) { return false; }
              var px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
              for (var i = 3; i < px.length; i += 4) { if (px[i] !== 0) { return true; } }
              return false;
            });""";

    @RegisterExtension
    final BrowserSessions browsers = new BrowserSessions(SERVER);

    /** How far the page is wider than the screen; 0 when it fits. */
    static long overflow(Browser b) {
        assertThat((Long) b.script("return window.innerWidth")).isEqualTo(390);
        return (Long) b.script("return document.documentElement.scrollWidth - window.innerWidth");
    }

    /** The graph canvas, once graph.js has drawn it (it then says how many nodes it drew). */
    static WebElement drawn(Browser b, By by) {
        WebElement canvas = b.await(by);
        b.until(d -> canvas.getAttribute("data-drawn-nodes"));
        return canvas;
    }

    static int nodes(WebElement canvas) {
        return Integer.parseInt(canvas.getAttribute("data-drawn-nodes"));
    }

    static int jsonNodes(String path) {
        return JSON.parse(SERVER.http().get(path, "application/json").body()).get("nodes").getAsArray().size();
    }

    @Test
    void searching_injep_from_the_header_box_leads_to_its_page() {
        Browser b = browsers.desktop();
        b.get("/");
        WebElement box = b.await(By.cssSelector("header form.search input[name=q]"));
        box.sendKeys("INJEP", Keys.ENTER);
        WebElement first = b.await(By.cssSelector("ol.search-results li.search-result a"));
        assertThat(b.driver().findElement(By.cssSelector("li.search-result .type")).getText()).isEqualTo("organisation");
        assertThat(b.driver().findElements(By.cssSelector("li.search-result mark"))).isNotEmpty();
        b.screenshot("search-injep");
        first.click();
        WebElement title = b.await(By.cssSelector("article.entity h1"));
        assertThat(b.driver().getCurrentUrl()).endsWith("/id/organization/injep");
        assertThat(title.getText()).containsIgnoringCase("jeunesse");
        b.screenshot("entity-injep");
    }

    @Test
    void the_network_is_drawn_with_every_node_of_its_json() {
        Browser b = browsers.desktop();
        b.get("/network");
        WebElement canvas = drawn(b, By.id("network"));
        int expected = jsonNodes("/network?format=json");
        assertThat(nodes(canvas)).isEqualTo(expected).isGreaterThan(5);
        assertThat((Boolean) b.until(d -> b.script(CANVAS_DRAWN, canvas))).isTrue();
        assertThat(b.driver().findElement(By.id("network-status")).getText()).startsWith(expected + " nœuds");
        assertThat(b.driver().findElements(By.cssSelector("#chart-organizations rect"))).isNotEmpty();
        b.screenshot("network");
    }

    @Test
    void filtering_the_network_by_an_organization_draws_fewer_nodes() {
        Browser b = browsers.desktop();
        b.get("/network");
        new org.openqa.selenium.support.ui.Select(b.await(By.cssSelector("select[name=organization]")))
                .selectByValue("http://localhost:7070/id/organization/injep");
        b.driver().findElement(By.cssSelector("form.network-filters button")).click();
        int expected = jsonNodes("/network?format=json&organization=" + Http.enc("http://localhost:7070/id/organization/injep"));
        assertThat(nodes(drawn(b, By.id("network")))).isEqualTo(expected).isLessThan(jsonNodes("/network?format=json"));
        b.screenshot("network-injep");
    }

    @Test
    void an_entity_page_draws_its_neighbourhood_and_fits_a_phone() {
        Browser b = browsers.phone();
        b.get("/id/person/emmanuel-porte");
        WebElement canvas = drawn(b, By.cssSelector(".neighbourhood-canvas"));
        int expected = jsonNodes("/network/neighbourhood?iri=" + Http.enc("http://localhost:7070/id/person/emmanuel-porte"));
        assertThat(nodes(canvas)).isEqualTo(expected).isGreaterThan(1);
        assertThat((Boolean) b.until(d -> b.script(CANVAS_DRAWN, canvas))).isTrue();
        assertThat(overflow(b)).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
        b.screenshot("neighbourhood-phone");
    }

    @Test
    void search_and_network_pages_fit_a_phone() {
        Browser b = browsers.phone();
        b.get("/search?q=" + Http.enc("données"));
        b.await(By.cssSelector("ol.search-results"));
        assertThat(overflow(b)).isLessThanOrEqualTo(0);
        b.screenshot("search-phone");
        b.get("/network");
        drawn(b, By.id("network"));
        assertThat(overflow(b)).isLessThanOrEqualTo(0);
        b.screenshot("network-phone");
    }
}
