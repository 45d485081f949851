package ${package}.web;

/** Input that passed the type checks but makes no sense; the API answers 400 with the message. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
