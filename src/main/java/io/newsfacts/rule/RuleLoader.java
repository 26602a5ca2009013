package io.newsfacts.rule;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.newsfacts.model.ModelTable;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Loads rule files (YAML) strictly: unknown keys, missing keys, duplicate ids, unknown tags or macros, captures an
 * emit type does not take, and bad examples all fail at start-up with the file, the line and the reason.
 */
public final class RuleLoader {

    /** The rule files of the default model, in load order. */
    public static final List<String> DEFAULT_RULE_FILES = List.of(
            "models/rules/value.yaml", "models/rules/change.yaml", "models/rules/list.yaml");
    public static final String DEFAULT_LEXICON = "models/rules/lexicon.tsv";

    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** Loads the default rules and lexicon from the classpath. */
    public static RuleSet loadDefault() {
        RuleLoader loader = new RuleLoader();
        Lexicon lexicon = Lexicon.parse(DEFAULT_LEXICON, ModelTable.read(DEFAULT_LEXICON));
        List<Source> sources = new ArrayList<>();
        for (String file : DEFAULT_RULE_FILES) {
            sources.add(new Source(file, ModelTable.read(file)));
        }
        return loader.load(sources, lexicon);
    }

    /** A rule file's name (for messages) and content. */
    public record Source(String name, String content) {
    }

    public RuleSet load(List<Source> sources, Lexicon lexicon) {
        List<Rule> rules = new ArrayList<>();
        List<RuleExample> examples = new ArrayList<>();
        Map<String, String> seenIds = new HashMap<>();
        for (Source source : sources) {
            loadFile(source, rules, examples, seenIds);
        }
        rules.sort(Comparator.comparingInt(Rule::priority).reversed());
        return new RuleSet(rules, lexicon, examples);
    }

    // --- file structure -------------------------------------------------------------------------------------

    record RuleSpec(String id, Integer priority, Double confidence, String pattern, String emit,
                    String attach, String inherit, String level, String note) {
    }

    record ExpectedSpec(String text, BigDecimal value, String metric, String change) {
    }

    record ExampleSpec(String text, List<ExpectedSpec> facts, String note) {
    }

    private void loadFile(Source source, List<Rule> rules, List<RuleExample> examples, Map<String, String> seenIds) {
        String file = source.name();
        String family = null;
        Map<String, String> macros = new LinkedHashMap<>();
        List<RuleSpec> specs = new ArrayList<>();
        List<Integer> specLines = new ArrayList<>();
        List<ExampleSpec> exampleSpecs = new ArrayList<>();
        List<Integer> exampleLines = new ArrayList<>();
        try (JsonParser p = new YAMLFactory().createParser(source.content())) {
            p.setCodec(yaml);
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new RuleFileException(file, line(p), "a rule file is a mapping with keys family, macros, rules, examples");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int keyLine = line(p);
                p.nextToken();
                switch (key) {
                    case "family" -> family = p.getValueAsString();
                    case "description" -> p.skipChildren();
                    case "macros" -> {
                        // Found by fuzzing: an empty 'macros:' read as null and failed with a NullPointerException.
                        if (p.currentToken() != JsonToken.START_OBJECT) {
                            throw new RuleFileException(file, keyLine, "'macros' must be a mapping of NAME: pattern");
                        }
                        Map<String, String> m = yaml.readValue(p, new com.fasterxml.jackson.core.type.TypeReference<LinkedHashMap<String, String>>() { });
                        for (Map.Entry<String, String> e : m.entrySet()) {
                            if (e.getValue() == null) {
                                throw new RuleFileException(file, lineOfKey(source.content(), keyLine, e.getKey()),
                                        "macro " + e.getKey() + " has no pattern");
                            }
                        }
                        macros.putAll(m);
                    }
                    case "rules" -> readList(p, file, source.content(), RuleSpec.class, specs, specLines);
                    case "examples" -> readList(p, file, source.content(), ExampleSpec.class, exampleSpecs, exampleLines);
                    default -> throw new RuleFileException(file, keyLine,
                            "unknown key '" + key + "' (known: family, description, macros, rules, examples)");
                }
            }
        } catch (JsonMappingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new RuleFileException(file, line, e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new RuleFileException(file, 0, "cannot parse YAML: " + e.getMessage(), e);
        }
        if (family == null || family.isBlank()) {
            throw new RuleFileException(file, 1, "missing 'family'");
        }
        PatternCompiler compiler = new PatternCompiler(macros);
        for (int i = 0; i < specs.size(); i++) {
            rules.add(compile(file, specLines.get(i), family, specs.get(i), compiler, seenIds));
        }
        for (int i = 0; i < exampleSpecs.size(); i++) {
            examples.add(example(file, exampleLines.get(i), family, exampleSpecs.get(i)));
        }
    }

    private static int lineOfKey(String content, int fromLine, String key) {
        String[] lines = content.split("\n", -1);
        java.util.regex.Pattern keyPattern = java.util.regex.Pattern.compile("(^|[\\s{,-])" + java.util.regex.Pattern.quote(key) + "\\s*:");
        for (int i = Math.max(0, fromLine - 1); i < lines.length; i++) {
            if (keyPattern.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return fromLine;
    }

    private <T> void readList(JsonParser p, String file, String content, Class<T> type, List<T> out, List<Integer> lines) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new RuleFileException(file, line(p), "expected a list");
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
            int start = line(p);
            lines.add(start);
            try {
                out.add(p.readValueAs(type));
            } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
                // The YAML parser has read past the unknown key; find the key's own line.
                throw new RuleFileException(file, lineOfKey(content, start, e.getPropertyName()),
                        "unknown key '" + e.getPropertyName() + "' (known: " + e.getKnownPropertyIds() + ")", e);
            } catch (JsonMappingException e) {
                throw new RuleFileException(file, line(p), e.getOriginalMessage(), e);
            }
        }
        if (p.currentToken() != JsonToken.END_ARRAY) {
            throw new RuleFileException(file, line(p), "expected a list of mappings");
        }
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    private static Rule compile(String file, int line, String family, RuleSpec spec, PatternCompiler compiler,
                                Map<String, String> seenIds) {
        if (spec.id() == null || !spec.id().matches("[a-z0-9][a-z0-9.\\-]*")) {
            throw new RuleFileException(file, line, "rule id missing or not lower-case dotted: " + spec.id());
        }
        String where = file + ":" + line;
        String previous = seenIds.putIfAbsent(spec.id(), where);
        if (previous != null) {
            throw new RuleFileException(file, line, "duplicate rule id '" + spec.id() + "' (first at " + previous + ")");
        }
        require(file, line, spec.pattern(), "pattern", spec.id());
        require(file, line, spec.emit(), "emit", spec.id());
        require(file, line, spec.priority(), "priority", spec.id());
        Emit emit;
        try {
            emit = Emit.valueOf(spec.emit().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleFileException(file, line, "unknown emit '" + spec.emit() + "' in rule " + spec.id()
                    + " (known: value, change, respectively, baseline)");
        }
        PatternCompiler.Compiled compiled;
        try {
            compiled = compiler.compile(spec.pattern());
        } catch (IllegalArgumentException e) {
            throw new RuleFileException(file, line, "rule " + spec.id() + ": " + e.getMessage());
        }
        Set<String> captures = compiled.captures();
        for (String need : emit.required()) {
            if (!captures.contains(need)) {
                throw new RuleFileException(file, line, "rule " + spec.id() + ": emit " + spec.emit()
                        + " needs a capture named '" + need + "'");
            }
        }
        for (String c : captures) {
            if (!emit.allowed().contains(c)) {
                throw new RuleFileException(file, line, "rule " + spec.id() + ": emit " + spec.emit()
                        + " does not take capture '" + c + "' (takes " + emit.allowed() + ")");
            }
        }
        if (emit == Emit.CHANGE && !captures.contains("pct") && !captures.contains("amount")
                && !(captures.contains("basis") && captures.contains("dir"))) {
            // 均比上年同期有所下降: a change without a figure must at least say against what (basis) and which way (dir)
            throw new RuleFileException(file, line, "rule " + spec.id()
                    + ": emit change needs a capture named 'pct' or 'amount', or both 'basis' and 'dir'");
        }
        double confidence = spec.confidence() == null ? 0.8 : spec.confidence();
        if (confidence <= 0 || confidence > 1) {
            throw new RuleFileException(file, line, "rule " + spec.id() + ": confidence must be in (0, 1]");
        }
        String attachTo = parseChoice(file, line, spec.id(), "attach", spec.attach(), "previous", "sentence-before", "none");
        boolean attach = !attachTo.equals("none");
        String inherit = parseChoice(file, line, spec.id(), "inherit", spec.inherit(), "verb", "metric", "none");
        if (attach && emit != Emit.CHANGE) {
            throw new RuleFileException(file, line, "rule " + spec.id() + ": attach applies to emit change only");
        }
        if (!inherit.equals("none") && emit != Emit.VALUE) {
            throw new RuleFileException(file, line, "rule " + spec.id() + ": inherit applies to emit value only");
        }
        boolean earlierLevel = parseChoice(file, line, spec.id(), "level", spec.level(), "earlier", "current").equals("earlier");
        if (earlierLevel && emit != Emit.VALUE) {
            throw new RuleFileException(file, line, "rule " + spec.id() + ": level applies to emit value only");
        }
        return new Rule(spec.id(), family, spec.priority(), confidence, spec.pattern(), compiled.regex(), captures, emit,
                attachTo.equals("previous"), attachTo.equals("sentence-before"), inherit.equals("verb"),
                inherit.equals("metric"), earlierLevel, where);
    }

    private static String parseChoice(String file, int line, String id, String key, String value, String... allowed) {
        if (value == null) {
            return allowed[allowed.length - 1];
        }
        for (String a : allowed) {
            if (a.equals(value)) {
                return value;
            }
        }
        throw new RuleFileException(file, line, "rule " + id + ": " + key + " must be one of " + List.of(allowed)
                + ", not '" + value + "'");
    }

    private static void require(String file, int line, Object value, String key, String id) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw new RuleFileException(file, line, "rule " + id + ": missing '" + key + "'");
        }
    }

    private static RuleExample example(String file, int line, String family, ExampleSpec spec) {
        if (spec.text() == null || spec.text().isBlank()) {
            throw new RuleFileException(file, line, "example without text");
        }
        if (spec.facts() == null) {
            throw new RuleFileException(file, line, "example needs 'facts' (an empty list for a negative example)");
        }
        List<RuleExample.Expected> facts = new ArrayList<>();
        for (ExpectedSpec f : spec.facts()) {
            if (f.text() == null || !spec.text().contains(f.text())) {
                throw new RuleFileException(file, line, "expected fact text '" + f.text() + "' does not occur in the example");
            }
            if (f.change() != null && !f.change().matches("(up|down)( \\d+(\\.\\d+)?)?")) {
                throw new RuleFileException(file, line, "change must read 'up 27', 'down 28.1' or 'down' (no percent), not '" + f.change() + "'");
            }
            facts.add(new RuleExample.Expected(f.text(), f.value(), f.metric(), f.change()));
        }
        return new RuleExample(family, spec.text(), facts, file + ":" + line);
    }
}
