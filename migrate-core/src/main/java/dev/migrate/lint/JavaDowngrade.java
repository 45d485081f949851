package dev.migrate.lint;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * What a Java migration's {@code downgrade} does, read from its class file: nothing (its code is a bare
 * {@code return}), or nothing but throw (it calls no method, it only builds and throws an exception). Anything else
 * is taken as a downgrade. The JDK 17 has no class-file API, and the two shapes need only the method's code.
 */
final class JavaDowngrade {
    private static final String DESCRIPTOR = "(Ldev/migrate/script/MigrationContext;)V";
    private static final int RETURN = 0xB1;
    private static final int ATHROW = 0xBF;
    private static final int INVOKEVIRTUAL = 0xB6;
    private static final int INVOKESTATIC = 0xB8;
    private static final int INVOKEINTERFACE = 0xB9;
    private static final int INVOKEDYNAMIC = 0xBA;

    private JavaDowngrade() {}

    /** Why the class's downgrade undoes nothing ("does nothing", "only throws"), or empty when it does something. */
    static Optional<String> missing(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Optional<byte[]> code = code(c);
            if (code.isPresent()) {
                return judge(code.get());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> judge(byte[] code) {
        if (code.length == 1 && (code[0] & 0xFF) == RETURN) {
            return Optional.of("does nothing");
        }
        if (code.length > 0 && (code[code.length - 1] & 0xFF) == ATHROW) {
            for (byte b : code) {
                int op = b & 0xFF;
                if (op == INVOKEVIRTUAL || op == INVOKESTATIC || op == INVOKEINTERFACE || op == INVOKEDYNAMIC) {
                    return Optional.empty(); // it calls something: maybe it undoes, then throws
                }
            }
            return Optional.of("only throws");
        }
        return Optional.empty();
    }

    /** The code of {@code downgrade(MigrationContext)} declared by {@code c}, if it declares one. */
    private static Optional<byte[]> code(Class<?> c) {
        String resource = c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class";
        try (InputStream in = c.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return code(new DataInputStream(new ByteArrayInputStream(in.readAllBytes())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable: judged as having a downgrade, never a false finding
        }
    }

    private static Optional<byte[]> code(DataInputStream in) throws IOException {
        in.skipBytes(8); // magic, minor and major version
        String[] utf8 = new String[in.readUnsignedShort()];
        for (int i = 1; i < utf8.length; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++; // a long or double takes two entries
                }
                default -> throw new IOException("constant pool tag " + tag);
            }
        }
        in.skipBytes(6); // access flags, this class, super class
        in.skipBytes(2 * in.readUnsignedShort()); // interfaces
        int fields = in.readUnsignedShort();
        for (int f = 0; f < fields; f++) {
            in.skipBytes(6);
            skipAttributes(in);
        }
        int methods = in.readUnsignedShort();
        for (int m = 0; m < methods; m++) {
            in.skipBytes(2);
            String name = utf8[in.readUnsignedShort()];
            String descriptor = utf8[in.readUnsignedShort()];
            boolean downgrade = "downgrade".equals(name) && DESCRIPTOR.equals(descriptor);
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attribute = utf8[in.readUnsignedShort()];
                int length = in.readInt();
                if (downgrade && "Code".equals(attribute)) {
                    in.skipBytes(4); // max stack, max locals
                    byte[] code = new byte[in.readInt()];
                    in.readFully(code);
                    return Optional.of(code);
                }
                in.skipBytes(length);
            }
        }
        return Optional.empty();
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            in.skipBytes(2);
            in.skipBytes(in.readInt());
        }
    }
}
