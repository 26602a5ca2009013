package io.newsfacts.rule;

import io.newsfacts.model.ModelTable;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Words that rules refer to by tag (verbs, change words, bases …), read from a TSV file in Simplified script.
 * An entry is an exact word, a suffix ({@code *率}) or a phrase pattern ({@code re:与[^，。]{1,15}?相比}).
 * Immutable once parsed.
 */
public final class Lexicon {

    private static final Set<Tag> LEXICAL_TAGS = EnumSet.of(Tag.VERB, Tag.UP, Tag.DOWN, Tag.BASIS, Tag.CMP, Tag.EACH,
            Tag.LINK, Tag.SKIP, Tag.RATE, Tag.PASSIVE, Tag.SEP, Tag.COMMA, Tag.WORD);
    static final int MAX_WORD_TOKENS = 3;

    private final Map<String, Tag> words;
    private final List<Map.Entry<String, Tag>> suffixes;
    private final List<PhraseRule> phrases;

    private record PhraseRule(Pattern pattern, Tag tag) {
    }

    /** A phrase found by a pattern entry: {@code [start, end)} in the scanned text. */
    public record PhraseMatch(int start, int end, Tag tag) {
    }

    private Lexicon(Map<String, Tag> words, List<Map.Entry<String, Tag>> suffixes, List<PhraseRule> phrases) {
        this.words = Map.copyOf(words);
        this.suffixes = List.copyOf(suffixes);
        this.phrases = List.copyOf(phrases);
    }

    /** Parses {@code entry<TAB>tag[<TAB>note]} rows; comments and header as {@link ModelTable} reads them. */
    public static Lexicon parse(String file, String content) {
        Map<String, Tag> words = new HashMap<>();
        List<Map.Entry<String, Tag>> suffixes = new ArrayList<>();
        List<PhraseRule> phrases = new ArrayList<>();
        for (ModelTable.Row row : ModelTable.rows(file, content,
                "the first non-comment line must be the header 'entry<TAB>tag<TAB>note'", "entry", "tag")) {
            if (row.size() < 2) {
                throw row.fail("expected 'entry<TAB>tag', got: " + row.text().strip());
            }
            String entry = row.col(0).strip();
            String tagName = row.col(1).strip();
            Tag tag = Tag.byRuleName(tagName).filter(LEXICAL_TAGS::contains).orElseThrow(() ->
                    row.fail("unknown lexicon tag '" + tagName + "' (known: "
                            + LEXICAL_TAGS.stream().map(Tag::ruleName).toList() + ")"));
            if (entry.startsWith("re:")) {
                try {
                    phrases.add(new PhraseRule(Pattern.compile(entry.substring(3)), tag));
                } catch (PatternSyntaxException e) {
                    throw row.fail("bad pattern: " + e.getDescription());
                }
            } else if (entry.startsWith("*") && entry.length() > 1) {
                suffixes.add(Map.entry(entry.substring(1), tag));
            } else if (!entry.isEmpty()) {
                Tag previous = words.put(entry, tag);
                if (previous != null && previous != tag) {
                    throw row.fail("'" + entry + "' is listed as both " + previous.ruleName()
                            + " and " + tag.ruleName());
                }
            } else {
                throw row.fail("empty entry");
            }
        }
        suffixes.sort((a, b) -> b.getKey().length() - a.getKey().length());
        return new Lexicon(words, suffixes, phrases);
    }

    /** The tag of an exact word. */
    public Optional<Tag> word(String word) {
        return Optional.ofNullable(words.get(word));
    }

    /** The tag of a word by exact entry, else by suffix. */
    public Optional<Tag> classify(String word) {
        Tag exact = words.get(word);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (Map.Entry<String, Tag> s : suffixes) {
            if (word.length() > s.getKey().length() && word.endsWith(s.getKey())) {
                return Optional.of(s.getValue());
            }
        }
        return Optional.empty();
    }

    /** Phrase-pattern matches in {@code text}, in order, non-overlapping per pattern. */
    public List<PhraseMatch> phrases(String text) {
        List<PhraseMatch> out = new ArrayList<>();
        for (PhraseRule rule : phrases) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    out.add(new PhraseMatch(m.start(), m.end(), rule.tag()));
                }
            }
        }
        return out;
    }
}
