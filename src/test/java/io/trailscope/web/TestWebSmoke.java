package io.trailscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TestWebSmoke {
    @TempDir
    static Path temp;

    @Test
    void smoke() {
        try (WebFixture fixture = WebFixture.start(temp)) {
            System.out.println(fixture.http.get("/api/status").body());
            System.out.println(fixture.http.get("/api/dashboards").body());
            System.out.println(fixture.http.get("/api/dashboards/nope").body());
            Http.Response list = fixture.http.get("/api/dashboards");
            String first = list.json().get(0).get("name").asText();
            System.out.println(fixture.http.get("/api/dashboards/" + first).body().substring(0, 1500));
            System.out.println(fixture.http.post("/api/dashboards/" + first + "/run", "{}").body().substring(0, 3000));
            System.out.println(fixture.http.get("/api/explores").body());
            System.out.println(fixture.http.get("/").body());
            assertThat(fixture.http.get("/webjars/echarts/5.5.0/echarts.min.js").status()).isEqualTo(200);
            assertThat(fixture.http.get("/static/vendor/world.json").status()).isEqualTo(200);
        }
    }
}
