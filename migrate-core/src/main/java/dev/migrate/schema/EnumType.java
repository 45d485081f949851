package dev.migrate.schema;

import java.util.List;

/** An enum type and its values in their order. */
public record EnumType(String name, List<String> values) implements SchemaObject {
    public EnumType {
        values = List.copyOf(values);
    }

    public Kind kind() {
        return Kind.ENUM_TYPE;
    }

    public String key() {
        return name;
    }

    public String describe() {
        return "enum type " + name + " " + values;
    }

    /** Whether {@code after} only adds values, keeping these in their order, as ALTER TYPE ADD VALUE can. */
    public boolean grewInto(EnumType after) {
        List<String> kept = after.values.stream().filter(values::contains).toList();
        return kept.equals(values);
    }
}
