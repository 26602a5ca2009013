package io.newsfacts.fact;

import io.newsfacts.Diagnostic;
import io.newsfacts.Document;
import io.newsfacts.ExtractionResult;
import io.newsfacts.Fact;
import io.newsfacts.NewsFacts;
import io.newsfacts.numeral.QuantityMention;
import io.newsfacts.numeral.QuantityTagger;
import io.newsfacts.rule.QuantityRoles;
import io.newsfacts.rule.Rule;
import io.newsfacts.rule.RuleMatch;
import io.newsfacts.rule.RuleMatcher;
import io.newsfacts.rule.RuleSet;
import io.newsfacts.rule.SentenceTagger;
import io.newsfacts.rule.Span;
import io.newsfacts.rule.TaggedSentence;
import io.newsfacts.segment.Analysis;
import io.newsfacts.segment.Segmenter;
import io.newsfacts.segment.Token;
import io.newsfacts.text.AnalysisText;
import io.newsfacts.text.Article;
import io.newsfacts.text.ArticleSplitter;
import io.newsfacts.text.ScriptFolding;
import io.newsfacts.text.Sentence;
import io.newsfacts.text.SentenceSplitter;
import io.newsfacts.text.TextNormalizer;
import io.newsfacts.time.TimeMention;
import io.newsfacts.time.TimeTagger;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The stages in order: normalise, split into articles and sentences, segment, tag quantities, times and entities,
 * match rules, assemble facts with their article context. Every component is immutable, so one pipeline serves
 * any number of threads.
 */
public final class FactPipeline {

    private final NewsFacts.Settings settings;
    private final TextNormalizer normalizer;
    private final ArticleSplitter articleSplitter = new ArticleSplitter();
    private final SentenceSplitter sentenceSplitter = new SentenceSplitter();
    private final Segmenter segmenter;
    private final QuantityTagger quantities;
    private final TimeTagger times;
    private final EntityStage entities;
    private final SentenceTagger sentenceTagger;
    private final RuleMatcher matcher;
    /** Ids of rules whose changes count only as changes of the sentence before's figures (attach: sentence-before). */
    private final java.util.Set<String> sentenceBeforeRules;
    /** Ids of rules whose value is a level left or compared with (level: earlier): no later change is theirs. */
    private final java.util.Set<String> earlierLevelRules;
    private final MetricTaxonomy taxonomy;
    private final ScriptFolding folding;
    private final QuantityRoles roles;

    private FactPipeline(NewsFacts.Settings settings) {
        this.settings = settings;
        Future<Segmenter> segmenter = DefaultModels.segmenter(settings.backend());
        Future<RuleSet> rules = DefaultModels.rules();
        Future<TimeTagger> times = DefaultModels.times();
        Future<EntityStage> entities = DefaultModels.entities();
        DefaultModels.Core core = DefaultModels.await(DefaultModels.core());
        this.folding = core.folding();
        this.normalizer = new TextNormalizer(folding);
        this.quantities = core.quantities();
        this.taxonomy = core.taxonomy();
        this.roles = core.roles();
        this.entities = DefaultModels.await(entities);
        RuleSet loadedRules = DefaultModels.await(rules);
        this.sentenceTagger = new SentenceTagger(loadedRules.lexicon(), roles);
        this.matcher = new RuleMatcher(loadedRules.rules());
        this.sentenceBeforeRules = ruleIds(loadedRules, Rule::sentenceBefore);
        this.earlierLevelRules = ruleIds(loadedRules, Rule::earlierLevel);
        this.times = DefaultModels.await(times);
        this.segmenter = DefaultModels.await(segmenter);
    }

    /**
     * Builds the pipeline on the shipped models ({@link DefaultModels}): the backend's dictionaries, the rule files
     * (with Jackson's YAML classes), the time tagger (with ICU's calendars), the entity gazetteer and the small models
     * load on threads of their own, once per JVM.
     */
    public static FactPipeline create(NewsFacts.Settings settings) {
        return new FactPipeline(settings);
    }

    private static java.util.Set<String> ruleIds(RuleSet rules, java.util.function.Predicate<Rule> which) {
        return rules.rules().stream().filter(which).map(Rule::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Starts loading the shipped models for a backend in the background, so that a later {@link #create} waits less. */
    public static void preload(io.newsfacts.Backend backend) {
        DefaultModels.preload(backend);
    }

    public ExtractionResult extract(Document document) {
        List<Fact> facts = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        String text = document.text();
        if (text.length() > settings.maxDocumentChars()) {
            diagnostics.add(Diagnostic.error("text", "document " + document.id() + " has " + text.length()
                    + " characters, more than the limit of " + settings.maxDocumentChars()));
            return new ExtractionResult(document.id(), facts, diagnostics);
        }
        AnalysisText analysis = normalizer.normalize(text);
        LocalDateTime reference = References.publication(document, analysis.text());
        LocalDateTime previousReference = null;
        for (Article article : articleSplitter.split(analysis.text(), document.title())) {
            try {
                previousReference = extractArticle(document, analysis, article, reference, previousReference, facts, diagnostics);
            } catch (CancellationException e) {
                throw e;
            } catch (RuntimeException e) {
                diagnostics.add(Diagnostic.error("fact", "document " + document.id() + ", article at offset "
                        + analysis.originalStart(article.start()) + ": " + e));
            }
        }
        return new ExtractionResult(document.id(), facts, diagnostics);
    }

    /**
     * Reads one article's facts into {@code out}; returns the reference date it used. An untitled further report (又讯)
     * with no date of its own is of the same day as the report before it.
     */
    private LocalDateTime extractArticle(Document document, AnalysisText analysis, Article article, LocalDateTime reference,
                                         LocalDateTime previousReference, List<Fact> out, List<Diagnostic> diagnostics) {
        String articleText = analysis.text().substring(article.start(), article.end());
        LocalDateTime articleReference = reference != null ? reference : References.fromLead(document, articleText);
        if (articleReference == null && article.headline() == null) {
            articleReference = previousReference;
        }
        // A backend with entity hints (CoreNLP) annotates the whole article once and each sentence takes its slice of the
        // tokens; HanLP segments only the sentences that hold a number or a time.
        String articleSimplified = analysis.simplified().substring(article.start(), article.end());
        Analysis articleAnalysis = segmenter.hintsEntities() ? segmenter.analyze(articleSimplified) : null;
        ArticleContext context = entities.resolve(articleText, article.headline(),
                articleAnalysis == null ? List.of() : articleAnalysis.entities(), document.url());
        Function<TimeMention, String> periodOf = Periods::of;
        PeriodTracker periods = new PeriodTracker(periodOf);
        SentenceFacts sentenceFacts = new SentenceFacts(periodOf, earlierLevelRules, roles);
        // Times are read over the whole article, so that 10月20日 takes the year named in an earlier sentence.
        List<TimeMention> articleTimes = times.tag(articleSimplified, articleReference,
                times.countsMinguoYears(articleText, articleSimplified));
        int headlineEnd = headlineEnd(analysis.text(), article);
        List<Integer> undatedInHeadline = new ArrayList<>();
        String headingTopic = null; // the topic of a numbered heading just before: （一）盗窃类警情。
        int[] previousSentenceFacts = {0, 0}; // [from, to) in out: the facts of the last sentence that had any
        for (Sentence sentence : sentenceSplitter.split(analysis.text(), article.start(), article.end(), 0)) {
            stopIfInterrupted(document);
            String sentenceText = analysis.text().substring(sentence.start(), sentence.end());
            String simplified = analysis.simplified().substring(sentence.start(), sentence.end());
            String topicBefore = headingTopic;
            headingTopic = HeadingTopic.of(sentenceText);
            List<QuantityMention> qs = quantities.tag(simplified,
                    w -> diagnostics.add(Diagnostic.warning("numeral", document.id() + ": " + w)));
            List<TimeMention> ts = within(articleTimes, sentence.start() - article.start(), sentence.end() - article.start());
            if (qs.isEmpty() && ts.isEmpty()) {
                continue; // no number and no time: nothing to state and nothing that sets a period; skip segmenting it
            }
            int articleOffset = sentence.start() - article.start();
            List<Span> spans = context.spansIn(articleOffset, articleOffset + sentenceText.length());
            List<Token> tokens = articleAnalysis == null ? segmenter.segment(simplified)
                    : slice(articleAnalysis.tokens(), articleOffset, articleOffset + simplified.length(), simplified);
            TaggedSentence tagged = sentenceTagger.tag(sentenceText, simplified, tokens, qs, ts, spans);
            if (!qs.isEmpty()) {
                List<RuleMatch> matches = matcher.match(tagged);
                List<Fact> thisSentence = new ArrayList<>();
                for (DraftFact draft : sentenceFacts.assemble(tagged, matches, topicBefore)) {
                    thisSentence.add(toFact(document, analysis, article, sentence, tagged, draft, context, periods));
                }
                int sentenceFirst = out.size();
                if (changesOfFiguresBefore(thisSentence, out, previousSentenceFacts)) {
                    thisSentence = List.of();
                } else {
                    // an absolute change no figure took (下跌507宗 alone) is no fact of its own
                    thisSentence = thisSentence.stream()
                            .filter(f -> f.value() != null || !sentenceBeforeRules.contains(f.rule())).toList();
                }
                for (Fact fact : thisSentence) {
                    if (fact.period() == null && sentence.end() <= headlineEnd) {
                        undatedInHeadline.add(out.size());
                    }
                    out.add(fact);
                }
                if (out.size() > sentenceFirst) {
                    previousSentenceFacts = new int[] {sentenceFirst, out.size()};
                }
            }
            periods.afterSentence(tagged);
        }
        dateByTheBody(out, undatedInHeadline);
        dateByTheLead(out, undatedInHeadline, periods.firstLeadPeriod());
        return articleReference;
    }

    /**
     * 上半年，全省共接报火灾7416起，死亡11人…。与去年同期相比，火灾起数、死亡人数…分别下降12.3%、26.7%…: a sentence made only
     * of changes whose subjects name the figures of the sentence before gives those figures their changes instead of
     * facts of its own. Returns whether it did.
     */
    private static boolean changesOfFiguresBefore(List<Fact> changes, List<Fact> out, int[] previous) {
        if (changes.isEmpty() || previous[1] <= previous[0]
                || changes.stream().anyMatch(f -> f.value() != null || f.change() == null)) {
            return false;
        }
        List<Fact> before = out.subList(previous[0], previous[1]);
        List<Integer> named = NamedFigures.namedBy(changes.stream().map(Fact::metric).toList(), before.stream()
                .map(f -> new NamedFigures.Figure(f.metric(), f.unit(), f.value() != null && f.change() == null)).toList());
        if (named == null) {
            return false;
        }
        for (int k = 0; k < changes.size(); k++) {
            if (!java.util.Objects.equals(changes.get(k).period(), before.get(named.get(k)).period())) {
                return false; // 罪案數字由二〇〇七年的80 796宗…。二〇一九年上半年…下跌百分之4.7: another period's change
            }
        }
        for (int k = 0; k < changes.size(); k++) {
            int index = previous[0] + named.get(k);
            out.set(index, out.get(index).withChange(changes.get(k).change()));
        }
        return true;
    }

    /**
     * A headline figure that the body states again (数量达756.66吨! … 今年一季度…查获…冻品756.66吨) has the period the
     * body gives it. Dated headline facts leave {@code undated}.
     */
    private static void dateByTheBody(List<Fact> out, List<Integer> undated) {
        for (java.util.Iterator<Integer> it = undated.iterator(); it.hasNext(); ) {
            int k = it.next();
            Fact f = out.get(k);
            if (f.value() == null) {
                continue;
            }
            for (int j = k + 1; j < out.size(); j++) {
                Fact body = out.get(j);
                if (body.period() != null && body.value() != null && body.value().compareTo(f.value()) == 0
                        && java.util.Objects.equals(body.unit(), f.unit()) && body.start() > f.end()) {
                    out.set(k, f.withPeriod(body.period()));
                    it.remove();
                    break;
                }
            }
        }
    }

    /**
     * The end of the article's headline line in analysis-text offsets, or -1 when its first line is not the headline
     * (a document title that the text does not repeat).
     */
    private int headlineEnd(String text, Article article) {
        if (article.headline() == null) {
            return -1;
        }
        int from = article.start();
        while (from < article.end() && (Character.isWhitespace(text.charAt(from)) || text.charAt(from) == '#')) {
            from++; // the "## " of a heading line is not part of its headline
        }
        int lineEnd = text.indexOf('\n', from);
        if (lineEnd < 0 || lineEnd > article.end()) {
            lineEnd = article.end();
        }
        String line = text.substring(from, lineEnd).strip();
        if (line.isEmpty() || !Article.isHeadline(line)) {
            return -1; // an article without a title opens with a paragraph of the body, not a headline
        }
        String headline = normalizer.normalize(article.headline()).text().strip();
        return line.equals(headline) ? lineEnd : -1;
    }

    /**
     * A headline states the article's main figures before anything dates them (去年…4.24亿人次 with no known publication
     * date, 亮剑成效:捣毁窝点2.2万余个): such a figure takes the period the body's lead sets (2023年，全国…).
     */
    private static void dateByTheLead(List<Fact> out, List<Integer> undated, String leadPeriod) {
        if (leadPeriod == null) {
            return;
        }
        for (int k : undated) {
            out.set(k, out.get(k).withPeriod(leadPeriod));
        }
    }

    /** The article's tokens inside {@code [from, to)}, cut at the edges and shifted to offsets relative to {@code from}. */
    private static List<Token> slice(List<Token> articleTokens, int from, int to, String sentence) {
        List<Token> tokens = new ArrayList<>();
        int k = lowerBound(articleTokens, from);
        for (; k < articleTokens.size() && articleTokens.get(k).start() < to; k++) {
            Token t = articleTokens.get(k);
            int a = Math.max(t.start(), from);
            int b = Math.min(t.end(), to);
            if (a < b) {
                tokens.add(new Token(sentence.substring(a - from, b - from), t.pos(), a - from, b - from));
            }
        }
        return tokens;
    }

    /** The index of the first token that ends after {@code offset} (tokens are in text order). */
    private static int lowerBound(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * A caller that gave up on a document (a batch time limit cancels its future) interrupts the worker: stop at the
     * next sentence rather than keep a thread busy for nothing. The interrupt flag stays set for the caller.
     */
    private static void stopIfInterrupted(Document document) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("extraction of " + document.id() + " was interrupted");
        }
    }

    /** The mentions inside {@code [from, to)}, shifted to offsets relative to {@code from}. */
    private static List<TimeMention> within(List<TimeMention> mentions, int from, int to) {
        List<TimeMention> out = new ArrayList<>();
        for (TimeMention t : mentions) {
            if (t.start() >= from && t.end() <= to) {
                out.add(new TimeMention(t.start() - from, t.end() - from, t.text(), t.kind(), t.from(), t.to(), t.grain()));
            }
        }
        return out;
    }

    /**
     * For rule authors: each sentence of the document with its units ({@code text/tag}) and the rules that matched.
     */
    public List<String> explain(Document document) {
        List<String> lines = new ArrayList<>();
        AnalysisText analysis = normalizer.normalize(document.text());
        LocalDateTime reference = References.publication(document, analysis.text());
        for (Article article : articleSplitter.split(analysis.text(), document.title())) {
            String articleText = analysis.text().substring(article.start(), article.end());
            LocalDateTime articleReference = reference != null ? reference : References.fromLead(document, articleText);
            ArticleContext context = entities.resolve(articleText, article.headline(), List.of(), document.url());
            lines.add("== article: " + article.headline());
            String articleSimplified = analysis.simplified().substring(article.start(), article.end());
            List<TimeMention> articleTimes = times.tag(articleSimplified, articleReference,
                    times.countsMinguoYears(articleText, articleSimplified));
            for (Sentence sentence : sentenceSplitter.split(analysis.text(), article.start(), article.end(), 0)) {
                String sentenceText = analysis.text().substring(sentence.start(), sentence.end());
                String simplified = analysis.simplified().substring(sentence.start(), sentence.end());
                int articleOffset = sentence.start() - article.start();
                TaggedSentence tagged = sentenceTagger.tag(sentenceText, simplified, segmenter.segment(simplified),
                        quantities.tag(simplified), within(articleTimes, articleOffset, articleOffset + sentenceText.length()),
                        context.spansIn(articleOffset, articleOffset + sentenceText.length()));
                StringBuilder units = new StringBuilder();
                for (io.newsfacts.rule.Unit u : tagged.units()) {
                    units.append(sentenceText, u.start(), u.end()).append('/').append(u.tag().ruleName()).append(' ');
                }
                lines.add(units.toString().strip());
                for (RuleMatch m : matcher.match(tagged)) {
                    lines.add("  " + m.rule().id() + " " + m.captures().entrySet().stream()
                            .map(e -> e.getKey() + "=" + tagged.textOf(e.getValue().from(), e.getValue().to()))
                            .sorted().toList());
                }
            }
        }
        return lines;
    }

    private Fact toFact(Document document, AnalysisText analysis, Article article, Sentence sentence, TaggedSentence tagged,
                        DraftFact draft, ArticleContext context, PeriodTracker periods) {
        int aStart = sentence.start() + draft.anchor().start();
        int aEnd = sentence.start() + draft.anchor().end();
        int start = analysis.originalStart(aStart);
        int end = analysis.originalEnd(aEnd);
        String original = document.text();
        String period = draft.periodOverride() != null ? draft.periodOverride() : periods.periodAt(tagged, draft.anchor().start());
        int articleOffset = aStart - article.start();
        ArticleContext.AgencyRef agency = context.agencyAt(articleOffset).orElse(null);
        String metricId = taxonomy.idOf(folding.toSimplified(draft.metric())).orElse(null);
        return new Fact(document.id(),
                agency == null ? null : agency.name(),
                context.campaignAt(articleOffset).orElse(null),
                draft.metric(), metricId,
                plain(draft.value()),
                draft.value() == null ? null : unitAsWritten(tagged, draft),
                draft.approx() == null ? null : draft.approx().json(),
                draft.change() == null ? null : new io.newsfacts.Change(draft.change().direction(),
                        plain(draft.change().percent()), plain(draft.change().amount()), draft.change().basis()),
                period,
                original.substring(start, end), start, end,
                tagged.text(), draft.ruleId(), draft.confidence(),
                agency == null ? null : agency.code());
    }

    /** The unit in the source script: the tagger reads Simplified text, the record keeps what the article wrote. */
    private static String unitAsWritten(TaggedSentence s, DraftFact draft) {
        String unit = draft.unit();
        if (unit == null) {
            return null;
        }
        String simplifiedAnchor = s.simplified().substring(draft.anchor().start(), draft.anchor().end());
        int at = simplifiedAnchor.lastIndexOf(unit);
        if (at < 0) {
            return unit;
        }
        return s.text().substring(draft.anchor().start() + at, draft.anchor().start() + at + unit.length());
    }

    private static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
