package it.app;

import jakarta.el.ELProcessor;

/** The application's own code, which a migration may call; it needs a dependency of the application. */
public final class Names {
    private Names() {}

    public static String display(String name) {
        ELProcessor el = new ELProcessor();
        el.defineBean("name", name);
        return (String) el.eval("name.toUpperCase()");
    }
}
