package dev.migrate.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.spring.app.TodoApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A real application (web, JPA with Hibernate validating the schema, Actuator) started on each database: the
 * starter migrates before Hibernate starts, and the endpoint and health say so over HTTP.
 */
class StartedApplicationTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb"})
    void anApplicationStartsOnItsMigratedDatabase(String kind) throws Exception {
        Database db = database(kind, "migrate_starter");
        List<String> args = new ArrayList<>(db.args());
        args.add("--spring.jpa.hibernate.ddl-auto=validate");
        try (ConfigurableApplicationContext app = start(args)) {
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            String report = get(base + "/actuator/migrate");
            assertThat(report)
                    .contains("\"dataSource\":{\"url\":\"jdbc:" + kind + ":")
                    .contains(db.name())
                    .contains("\"current\":[\"r2\"]")
                    .contains("\"applied\":[{\"revision\":\"r1\",\"action\":\"upgrade\"")
                    .contains("{\"revision\":\"r2\",\"action\":\"upgrade\"")
                    .doesNotContain("running:")
                    .contains("\"pending\":[]");
            assertThat(get(base + "/actuator/health")).contains("\"migrate\":{\"status\":\"UP\"");
        }
        assertThat(Servers.rows(db.url(), db.user(), db.password(), "SELECT title FROM todo"))
                .containsExactly("write the starter");
    }

    @Test
    void aDedicatedAccountRunsTheMigrationsAndOwnsWhatTheyCreate() throws Exception {
        String url = Servers.fresh("postgresql", "migrate_starter_owner");
        Servers.execute(
                url,
                "postgres",
                null,
                "DROP ROLE IF EXISTS migrate_owner",
                "CREATE ROLE migrate_owner LOGIN",
                "GRANT ALL ON SCHEMA public TO migrate_owner");
        try (ConfigurableApplicationContext app = start(List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--migrate.url=" + url,
                "--migrate.user=migrate_owner"))) {
            assertThat(app.isRunning()).isTrue();
        }
        assertThat(Servers.rows(url, "postgres", null, "SELECT tableowner FROM pg_tables WHERE tablename = 'todo'"))
                .containsExactly("migrate_owner");
        Servers.execute(
                Servers.POSTGRES + "test", "postgres", null, "DROP DATABASE migrate_starter_owner WITH (FORCE)");
        Servers.execute(Servers.POSTGRES + "test", "postgres", null, "DROP ROLE migrate_owner");
    }

    private static ConfigurableApplicationContext start(List<String> args) {
        List<String> all = new ArrayList<>(List.of(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--management.endpoints.web.exposure.include=migrate,health",
                "--management.endpoint.health.show-components=always"));
        all.addAll(args);
        return new SpringApplicationBuilder(TodoApplication.class).run(all.toArray(String[]::new));
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private record Database(String name, String url, String user, String password, List<String> args) {}

    private Database database(String kind, String name) {
        if (kind.equals("sqlite")) {
            String url = "jdbc:sqlite:" + dir.resolve("app.db");
            return new Database(
                    "app.db",
                    url,
                    null,
                    null,
                    List.of(
                            "--spring.datasource.url=" + url,
                            "--spring.jpa.database-platform=org.hibernate.community.dialect.SQLiteDialect"));
        }
        String url = Servers.fresh(kind, name);
        String user = kind.equals("postgresql") ? "postgres" : "root";
        String password = kind.equals("postgresql") ? null : "";
        List<String> args =
                new ArrayList<>(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user));
        if (password != null) {
            args.add("--spring.datasource.password=" + password);
        }
        return new Database("migrate_starter", url, user, password, args);
    }
}
