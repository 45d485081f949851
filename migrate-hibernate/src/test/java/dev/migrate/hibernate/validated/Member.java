package dev.migrate.hibernate.validated;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Bean Validation constraints Hibernate turns into DDL at run time. */
@Entity
public class Member {
    @Id
    @GeneratedValue
    Long id;

    @NotNull
    String nickname;

    @NotBlank
    @Size(max = 80)
    String name;

    @NotEmpty
    @Email
    String email;

    @Size(min = 2, max = 12)
    String code;

    @Min(0)
    @Max(150)
    Integer age;

    String free;
}
