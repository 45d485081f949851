package dev.migrate.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a script file as strict UTF-8, so that a file saved in another encoding is reported, not misread. */
public final class ScriptText {
    private ScriptText() {}

    public static String read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return decode(file.toString(), bytes);
    }

    static String decode(Path file, byte[] bytes) {
        return decode(file.toString(), bytes);
    }

    /** @param file the file as messages name it */
    static String decode(String file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int k = 0; k < in.position(); k++) {
                if (bytes[k] == '\n') {
                    line++;
                }
            }
            throw new ScriptFormatException(
                    file,
                    line,
                    "not valid UTF-8 text",
                    "Save the file as UTF-8 (most editors offer this under 'Save with encoding').");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
