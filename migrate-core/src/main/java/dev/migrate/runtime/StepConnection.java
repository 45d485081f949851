package dev.migrate.runtime;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * The connection a Java migration gets: the step's own, but for the calls that would end or change its
 * transaction. A migration that committed half its work would leave migrate recording a step that is neither done
 * nor undone. Rolling back to a savepoint stays allowed: it is inside the transaction.
 */
final class StepConnection {
    private static final Set<String> REFUSED =
            Set.of("commit", "rollback", "setAutoCommit", "close", "abort", "setTransactionIsolation");

    private StepConnection() {}

    static Connection guard(Connection step) {
        InvocationHandler handler = (proxy, method, args) -> {
            boolean toSavepoint = method.getName().equals("rollback") && args != null;
            if (REFUSED.contains(method.getName()) && !toSavepoint) {
                throw new SQLException("A Java migration may not call Connection." + method.getName()
                        + "(): migrate commits or " + "rolls back the step's transaction and records it with the step");
            }
            try {
                return method.invoke(step, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection)
                Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }
}
