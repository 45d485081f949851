package ${package}.todo;

/** No live todo (or, for a restore, no deleted todo) has this id; the API answers 404. */
public class TodoNotFoundException extends RuntimeException {

    public TodoNotFoundException(long id) {
        super("Todo " + id + " not found");
    }

    public TodoNotFoundException(long id, String state) {
        super("No " + state + " todo " + id);
    }
}
