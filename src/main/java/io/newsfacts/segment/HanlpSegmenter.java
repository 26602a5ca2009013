package io.newsfacts.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;

/**
 * HanLP's standard (Viterbi) segmenter from the portable jar. HanLP keeps its settings in static fields;
 * {@link HanlpConfiguration} sets them once per JVM and nothing here changes them afterwards.
 * Segment objects carry per-call state in some configurations, so each thread gets its own.
 */
public final class HanlpSegmenter implements Segmenter {

    private final ThreadLocal<Segment> segments;

    public HanlpSegmenter() {
        HanlpConfiguration.ensureApplied();
        this.segments = ThreadLocal.withInitial(HanlpSegmenter::newSegment);
        segments.get().seg("预热"); // load the dictionaries now, not on the first document
    }

    private static Segment newSegment() {
        return HanLP.newSegment()
                .enableOffset(true)
                .enableNumberQuantifierRecognize(false)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableNameRecognize(false)
                .enableTranslatedNameRecognize(false)
                .enableJapaneseNameRecognize(false);
    }

    @Override
    public List<Token> segment(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text.isEmpty()) {
            return tokens;
        }
        List<Term> terms = segments.get().seg(text);
        int cursor = 0;
        for (Term term : terms) {
            int start = term.offset;
            // HanLP offsets can drift on some normalisations; fall back to our own cursor.
            if (start < cursor || start + term.word.length() > text.length()
                    || !text.regionMatches(start, term.word, 0, term.word.length())) {
                start = cursor;
            }
            int end = Math.min(text.length(), start + term.word.length());
            tokens.add(new Token(text.substring(start, end), term.nature == null ? "x" : term.nature.toString(), start, end));
            cursor = end;
        }
        return tokens;
    }

    @Override
    public String name() {
        return "hanlp";
    }
}
