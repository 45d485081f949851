package ${package}.todo;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import ${package}.MutableClock;
import ${package}.TestDatabase;
import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The JSON API, through the whole application (start-up migration included) on a fresh SQLite file. */
@SpringBootTest
@AutoConfigureMockMvc
class TodoApiTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.parse("2026-01-15T12:00:00Z"));
        }
    }

    @Autowired
    private MockMvc mvc;

    @Autowired
    private MutableClock clock;

    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    void emptyTable() {
        jdbc.update("delete from todos");
    }

    @Test
    void createsAndFetchesATodo() throws Exception {
        String created = create("Buy milk", "two litres")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title").value("Buy milk"))
                .andExpect(jsonPath("$.completed").value(false))
                .andExpect(jsonPath("$.createdAt").value("2026-01-15T12:00:00Z"))
                .andReturn().getResponse().getContentAsString();
        long id = id(created);

        mvc.perform(get("/todos/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.description").value("two litres"));
    }

    @Test
    void updatesATodo() throws Exception {
        long id = createdId("Buy milk");

        mvc.perform(put("/todos/{id}", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Buy oat milk\", \"completed\": true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Buy oat milk"))
                .andExpect(jsonPath("$.completed").value(true));
    }

    @Test
    void listsLiveTodosWithACompletedFilterAndPaging() throws Exception {
        long done = createdId("done");
        createdId("open 1");
        createdId("open 2");
        mvc.perform(put("/todos/{id}", done).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"done\", \"completed\": true}")).andExpect(status().isOk());

        mvc.perform(get("/todos").param("completed", "true"))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].title").value("done"));
        mvc.perform(get("/todos").param("completed", "false").param("size", "1").param("page", "1"))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].title").value("open 2"))
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.totalPages").value(2));
    }

    @Test
    void deleteHidesATodoAndRestoreBringsItBack() throws Exception {
        long id = createdId("Write report");
        createdId("Call mum");

        mvc.perform(delete("/todos/{id}", id)).andExpect(status().isNoContent());

        mvc.perform(get("/todos/{id}", id)).andExpect(status().isNotFound());
        mvc.perform(get("/todos"))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].title").value("Call mum"));
        mvc.perform(put("/todos/{id}", id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"x\", \"completed\": false}"))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/todos/{id}", id)).andExpect(status().isNotFound());

        mvc.perform(post("/todos/{id}/restore", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Write report"));
        mvc.perform(get("/todos/{id}", id)).andExpect(status().isOk());
        mvc.perform(get("/todos")).andExpect(jsonPath("$.totalItems").value(2));
        mvc.perform(post("/todos/{id}/restore", id)).andExpect(status().isNotFound());
    }

    @Test
    void purgeRemovesOnlyTodosDeletedLongerAgoThanTheAge() throws Exception {
        long oldDelete = createdId("deleted 31 days ago");
        mvc.perform(delete("/todos/{id}", oldDelete)).andExpect(status().isNoContent());
        clock.advance(Duration.ofDays(30));
        long recentDelete = createdId("deleted a day ago");
        mvc.perform(delete("/todos/{id}", recentDelete)).andExpect(status().isNoContent());
        clock.advance(Duration.ofDays(1));

        mvc.perform(post("/todos/purge").param("olderThan", "P30D"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.purged").value(1));

        mvc.perform(post("/todos/{id}/restore", oldDelete)).andExpect(status().isNotFound());
        mvc.perform(post("/todos/{id}/restore", recentDelete)).andExpect(status().isOk());
    }

    @Test
    void rejectsBadInputWith400AndAMessage() throws Exception {
        create(null, "no title").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("title is required"));
        create("   ", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("title is required"));
        create("x".repeat(Todo.TITLE_MAX_LENGTH + 1), null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("title must be at most 200 characters"));
        mvc.perform(post("/todos").contentType(MediaType.APPLICATION_JSON).content("{\"title\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("Malformed JSON request body"));
        mvc.perform(get("/todos").param("size", "1000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("size must be between 1 and 100"));
        mvc.perform(get("/todos/not-a-number"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error", containsString("not-a-number")));
        mvc.perform(put("/todos/{id}", createdId("keep me open")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"renamed\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("completed is required"));
        mvc.perform(post("/todos/purge").param("olderThan", "-P1D"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("olderThan must not be negative"));
    }

    @Test
    void answers404ForAnUnknownId() throws Exception {
        mvc.perform(get("/todos/{id}", 999_999))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("Todo 999999 not found"));
    }

    private ResultActions create(String title, String description) throws Exception {
        String body = "{\"title\": " + quoted(title) + ", \"description\": " + quoted(description) + "}";
        return mvc.perform(post("/todos").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long createdId(String title) throws Exception {
        return id(create(title, null).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
