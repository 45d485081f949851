package ${package}.web;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import ${package}.todo.TodoNotFoundException;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns the API's errors into a status and a one-line message a client can show. */
@RestControllerAdvice
public class ApiErrorHandler {

    @ExceptionHandler(TodoNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public ApiError notFound(TodoNotFoundException e) {
        return new ApiError(e.getMessage());
    }

    /** A request body that breaks a constraint of CreateTodoRequest or UpdateTodoRequest. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public ApiError invalidBody(MethodArgumentNotValidException e) {
        return new ApiError(join(e.getBindingResult().getAllErrors().stream()));
    }

    /** A request parameter that breaks a constraint, e.g. {@code size=1000}. */
    @ExceptionHandler(HandlerMethodValidationException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public ApiError invalidParameter(HandlerMethodValidationException e) {
        return new ApiError(join(e.getAllErrors().stream()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public ApiError unreadableBody(HttpMessageNotReadableException e) {
        return new ApiError("Malformed JSON request body");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public ApiError wrongType(MethodArgumentTypeMismatchException e) {
        return new ApiError("Invalid value '" + e.getValue() + "' for " + e.getName());
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, BadRequestException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public ApiError badRequest(Exception e) {
        return new ApiError(e.getMessage());
    }

    private static String join(Stream<? extends MessageSourceResolvable> errors) {
        // sorted and distinct, so that the message is the same whatever order the validator reports in
        return errors.map(MessageSourceResolvable::getDefaultMessage).distinct().sorted()
                .collect(Collectors.joining("; "));
    }
}
