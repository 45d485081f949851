package ${package};

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class TodoApplication {

    public static void main(String[] args) {
        SpringApplication.run(TodoApplication.class, args);
    }

    /** The time stamps of created_at and deleted_at come from here, so that tests can move time forward. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
