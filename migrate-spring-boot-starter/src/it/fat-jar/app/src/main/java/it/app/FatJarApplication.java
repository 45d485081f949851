package it.app;

import db.app.R2Welcome;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class FatJarApplication {
    public static void main(String[] args) {
        SpringApplication.run(FatJarApplication.class, args);
    }

    @Bean
    R2Welcome welcome(@Value("${welcome.title}") String title) {
        return new R2Welcome(title);
    }
}
