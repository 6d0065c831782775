package org.communskg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The front-end libraries installed from npm at build time are served by the app itself. */
class VendorAssetsIT {
    @RegisterExtension
    static final SeededServer SERVER = new SeededServer();

    @Test
    void yasgui_and_cytoscape_are_served_from_the_jar() {
        HttpResponse<String> yasgui = SERVER.http().get("/vendor/yasgui/yasgui.min.js", null);
        assertThat(yasgui.statusCode()).isEqualTo(200);
        assertThat(yasgui.headers().firstValue("Content-Type").orElse("")).contains("javascript");
        assertThat(yasgui.body()).contains("Yasgui");
        HttpResponse<String> css = SERVER.http().get("/vendor/yasgui/yasgui.min.css", null);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElse("")).contains("text/css");
        HttpResponse<String> cytoscape = SERVER.http().get("/vendor/cytoscape/cytoscape.min.js", null);
        assertThat(cytoscape.statusCode()).isEqualTo(200);
        assertThat(cytoscape.body()).contains("cytoscape");
        assertThat(SERVER.http().get("/vendor/LICENSES.txt", null).body()).contains("@zazuko/yasgui 4.6.2: MIT");
    }
}
