package io.newsfacts.rule;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles a rule pattern to a regular expression over tag symbols.
 * <pre>
 *   pattern  := element*
 *   element  := [capture ':'] atom [quantifier]
 *   atom     := tag-name | '$'MACRO | '(' pattern ('|' pattern)* ')' | 'start' | 'end'
 *   quantifier := '?' | '*' | '+' | '{m,n}'  (optionally followed by '?' for the shortest match)
 * </pre>
 * {@code start} matches at the beginning of a clause (sentence start or after a comma), {@code end} at its end.
 */
final class PatternCompiler {

    private final Map<String, String> macros;

    PatternCompiler(Map<String, String> macros) {
        this.macros = macros;
    }

    record Compiled(Pattern regex, Set<String> captures) {
    }

    Compiled compile(String pattern) {
        Set<String> captures = new LinkedHashSet<>();
        String regex = singleTagClasses(translate(expandMacros(pattern, 0), captures));
        try {
            return new Compiled(Pattern.compile(regex), captures);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("pattern does not compile (" + e.getDescription() + "): " + pattern);
        }
    }

    /** (?:W|V|R) → [WVR]: a character class matches without the backtracking points of an alternation. */
    private static final Pattern SINGLE_TAG_ALTERNATION = Pattern.compile("\\(\\?:([A-Z,](?:\\|[A-Z,])*)\\)");

    static String singleTagClasses(String regex) {
        String previous;
        String current = regex;
        do {
            previous = current;
            java.util.regex.Matcher m = SINGLE_TAG_ALTERNATION.matcher(current);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String chars = m.group(1).replace("|", "");
                m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                        chars.length() == 1 ? chars : "[" + chars + "]"));
            }
            m.appendTail(out);
            current = out.toString();
        } while (!current.equals(previous));
        return current;
    }

    private String expandMacros(String pattern, int depth) {
        if (depth > 5) {
            throw new IllegalArgumentException("macros nest too deeply in: " + pattern);
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '$') {
                int j = i + 1;
                while (j < pattern.length() && (Character.isLetterOrDigit(pattern.charAt(j)) || pattern.charAt(j) == '_')) {
                    j++;
                }
                String name = pattern.substring(i + 1, j);
                String body = macros.get(name);
                if (body == null) {
                    throw new IllegalArgumentException("unknown macro $" + name);
                }
                out.append('(').append(expandMacros(body, depth + 1)).append(')');
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String translate(String pattern, Set<String> captures) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int depth = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == '|') {
                out.append(c == '(' ? "(?:" : "|");
                depth += c == '(' ? 1 : 0;
                i++;
            } else if (c == ')') {
                if (--depth < 0) {
                    throw new IllegalArgumentException("unbalanced ')' in: " + pattern);
                }
                out.append(')');
                i++;
            } else if (c == '?' || c == '*' || c == '+') {
                out.append(c);
                i++;
            } else if (c == '{') {
                int close = pattern.indexOf('}', i);
                if (close < 0 || !pattern.substring(i + 1, close).matches("\\d+(,\\d*)?")) {
                    throw new IllegalArgumentException("bad repetition at " + pattern.substring(i));
                }
                out.append(pattern, i, close + 1);
                i = close + 1;
            } else if (Character.isLetter(c)) {
                int j = i;
                while (j < pattern.length() && (Character.isLetterOrDigit(pattern.charAt(j)) || pattern.charAt(j) == '_')) {
                    j++;
                }
                String word = pattern.substring(i, j);
                if (j < pattern.length() && pattern.charAt(j) == ':') {
                    if (!word.matches("[a-z][a-zA-Z0-9]*")) {
                        throw new IllegalArgumentException("bad capture name '" + word + "'");
                    }
                    if (!captures.add(word)) {
                        throw new IllegalArgumentException("capture '" + word + "' used twice");
                    }
                    int atomEnd = atomEnd(pattern, j + 1);
                    String inner = translate(pattern.substring(j + 1, atomEnd), captures);
                    out.append("(?<").append(word).append('>').append(inner).append(')');
                    i = atomEnd;
                } else {
                    out.append(atom(word));
                    i = j;
                }
            } else {
                throw new IllegalArgumentException("unexpected '" + c + "' in: " + pattern);
            }
        }
        if (depth != 0) {
            throw new IllegalArgumentException("unbalanced '(' in: " + pattern);
        }
        return out.toString();
    }

    /** End of the atom (with its quantifier) that starts at {@code from}. */
    private static int atomEnd(String p, int from) {
        int i = from;
        while (i < p.length() && Character.isWhitespace(p.charAt(i))) {
            i++;
        }
        if (i < p.length() && p.charAt(i) == '(') {
            int depth = 0;
            for (; i < p.length(); i++) {
                if (p.charAt(i) == '(') {
                    depth++;
                } else if (p.charAt(i) == ')' && --depth == 0) {
                    i++;
                    break;
                }
            }
        } else {
            while (i < p.length() && (Character.isLetterOrDigit(p.charAt(i)) || p.charAt(i) == '_')) {
                i++;
            }
        }
        while (i < p.length() && "?*+".indexOf(p.charAt(i)) >= 0) {
            i++;
        }
        if (i < p.length() && p.charAt(i) == '{') {
            int close = p.indexOf('}', i);
            if (close < 0) {
                // Found by fuzzing: an unclosed '{' after a capture made the atom end at 0 (StringIndexOutOfBounds).
                throw new IllegalArgumentException("bad repetition at " + p.substring(i));
            }
            i = close + 1;
            if (i < p.length() && p.charAt(i) == '?') {
                i++;
            }
        }
        return i;
    }

    private static String atom(String word) {
        return switch (word) {
            case "start" -> "(?<![^,])";
            case "end" -> "(?![^,])";
            case "any" -> "[^,]";
            default -> {
                Tag tag = Tag.byRuleName(word).orElseThrow(() ->
                        new IllegalArgumentException("unknown tag '" + word + "' (known: "
                                + java.util.Arrays.stream(Tag.values()).map(Tag::ruleName).toList() + ", start, end, any)"));
                yield Pattern.quote(String.valueOf(tag.symbol())).equals("\\Q,\\E") ? "," : String.valueOf(tag.symbol());
            }
        };
    }
}
