package io.newsfacts.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.newsfacts.segment.Analysis;
import io.newsfacts.segment.EntityHint;
import io.newsfacts.segment.Segmenter;
import io.newsfacts.segment.Token;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP's Chinese pipeline (CTB segmenter, distsim POS tagger, CRF NER with numeric normalisation) as a
 * {@link Segmenter}. The models take about 40 s and 2 GB of heap to load, so one pipeline is loaded lazily, once per
 * process, and shared: {@code StanfordCoreNLP.annotate} on separate {@link Annotation}s is safe from several threads
 * (CoreNLP's own parallel {@code annotate(Iterable)} and its server share one pipeline the same way).
 */
public final class CoreNlpSegmenter implements Segmenter {

    /** Only what feeds our taggers: no parser, no coref (lemma is a no-op for Chinese but NER asks for it). */
    static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";

    private final StanfordCoreNLP pipeline;
    private final Properties properties;

    private CoreNlpSegmenter(StanfordCoreNLP pipeline, Properties properties) {
        this.pipeline = pipeline;
        this.properties = properties;
    }

    /** The process's one instance; the first call loads the models (holder idiom: lazy and thread-safe). */
    public static CoreNlpSegmenter shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final CoreNlpSegmenter INSTANCE = load();
    }

    private static CoreNlpSegmenter load() {
        Properties props = chineseProperties();
        props.setProperty("annotators", ANNOTATORS);
        props.setProperty("ner.useSUTime", "false"); // our TimeTagger reads dates; SUTime has no Chinese rules
        // Names the model files and the jar they come from, so a log shows that the real models were loaded.
        System.err.println("[corenlp] loading " + ANNOTATORS + " from " + modelsJar() + ": segment.model="
                + props.getProperty("segment.model") + ", pos.model=" + props.getProperty("pos.model")
                + ", ner.model=" + props.getProperty("ner.model"));
        long t0 = System.nanoTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        pipeline.process("预热。"); // the NER and segmenter dictionaries load lazily on first use: do it now
        System.err.printf("[corenlp] models loaded in %.1f s, heap used %d MB%n", (System.nanoTime() - t0) / 1e9,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        return new CoreNlpSegmenter(pipeline, props);
    }

    /** CoreNLP's own Chinese defaults from the models jar. */
    static Properties chineseProperties() {
        Properties props = new Properties();
        try (InputStream in = CoreNlpSegmenter.class.getClassLoader().getResourceAsStream("StanfordCoreNLP-chinese.properties")) {
            if (in == null) {
                throw new IllegalStateException("StanfordCoreNLP-chinese.properties is not on the classpath: the "
                        + "stanford-corenlp models-chinese jar is missing from target/corenlp-lib/");
            }
            props.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props;
    }

    /** Where the models come from (the models-chinese jar), for the log line. */
    static String modelsJar() {
        URL url = CoreNlpSegmenter.class.getClassLoader().getResource("StanfordCoreNLP-chinese.properties");
        return url == null ? "?" : url.toString().replaceFirst("!/.*$", "").replaceFirst("^jar:", "");
    }

    /** The properties the pipeline was built with (for tests). */
    public Properties properties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    @Override
    public List<Token> segment(String text) {
        return analyze(text).tokens();
    }

    @Override
    public boolean hintsEntities() {
        return true;
    }

    @Override
    public Analysis analyze(String text) {
        if (text.isBlank()) {
            return new Analysis(List.of(), List.of());
        }
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        return new Analysis(tokens(text, doc.get(CoreAnnotations.TokensAnnotation.class)),
                entities(text, doc.get(CoreAnnotations.MentionsAnnotation.class)));
    }

    /** Tokens with offsets checked against the text: a token whose offsets do not cover its word is searched for. */
    private static List<Token> tokens(String text, List<CoreLabel> labels) {
        List<Token> out = new ArrayList<>();
        int cursor = 0;
        for (CoreLabel l : labels) {
            int start = l.beginPosition();
            int end = l.endPosition();
            if (start < cursor || end > text.length() || start >= end) {
                // Offsets disagree with the text (normalised characters): place it right after the previous token.
                String w = l.word();
                int at = text.indexOf(w, cursor);
                start = at >= 0 && at - cursor < 4 ? at : cursor;
                end = Math.min(text.length(), start + Math.max(1, w.length()));
                if (start >= end) {
                    continue;
                }
            }
            String pos = l.tag() == null ? "x" : l.tag();
            out.add(new Token(text.substring(start, end), pos, start, end));
            cursor = end;
        }
        return out;
    }

    private static List<EntityHint> entities(String text, List<CoreMap> mentions) {
        List<EntityHint> out = new ArrayList<>();
        if (mentions == null) {
            return out;
        }
        for (CoreMap m : mentions) {
            Integer start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            Integer end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (start == null || end == null || start < 0 || end > text.length() || start >= end) {
                continue;
            }
            out.add(new EntityHint(text.substring(start, end), m.get(CoreAnnotations.NamedEntityTagAnnotation.class),
                    m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class), start, end));
        }
        return out;
    }

    @Override
    public String name() {
        return "corenlp";
    }
}
