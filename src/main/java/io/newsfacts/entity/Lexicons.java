package io.newsfacts.entity;

import io.newsfacts.rule.RuleFileException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the TSV lexicons of {@code models/entity/}: comment lines start with '#', the first other line is the header. */
final class Lexicons {

    private Lexicons() {
    }

    static List<String[]> rows(String path, String... header) {
        String content;
        try (InputStream in = Lexicons.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new RuleFileException(path, 0, "not found on the classpath");
            }
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String[]> out = new ArrayList<>();
        boolean seenHeader = false;
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (!seenHeader) {
                if (cols.length < header.length || !java.util.Arrays.equals(java.util.Arrays.copyOf(cols, header.length), header)) {
                    throw new RuleFileException(path, i + 1, "header must be " + String.join("<TAB>", header));
                }
                seenHeader = true;
                continue;
            }
            if (cols.length < header.length) {
                throw new RuleFileException(path, i + 1, "expected " + header.length + " columns: " + line);
            }
            out.add(cols);
        }
        return out;
    }
}
