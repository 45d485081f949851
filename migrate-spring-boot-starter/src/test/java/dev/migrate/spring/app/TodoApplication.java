package dev.migrate.spring.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A real application: web, JPA, Actuator and the starter, as a user's would be. */
@SpringBootApplication
public class TodoApplication {
    @Bean
    TodoTitles todoTitles() {
        return new TodoTitles("write the starter");
    }

    @Bean
    FirstTodo firstTodo(TodoTitles titles) {
        return new FirstTodo(titles);
    }
}
