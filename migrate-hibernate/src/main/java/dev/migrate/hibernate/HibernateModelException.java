package dev.migrate.hibernate;

/** The entity model could not be turned into DDL; the message names the entity, directory or setting at fault. */
public final class HibernateModelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public HibernateModelException(String message) {
        super(message);
    }

    public HibernateModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
