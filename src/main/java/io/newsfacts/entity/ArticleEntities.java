package io.newsfacts.entity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entities of one article and their scope. Offsets index the article text given to
 * {@link EntityTagger#resolve(String, String)}. Immutable.
 * <ul>
 *   <li>Agency: the last named agency acting earlier in the same sentence (not one introduced by 在/会同/联合/配合…,
 *       nor one followed by 的配合/供图/领导…); a generic reference (该局, 市公安局) means the article's main agency;
 *       otherwise the main agency (from the headline, else the most frequent named agency that acts: not 按照公安部…
 *       的部署). A unit named by its short name (鄂城分局) is resolved under the main agency's bureau by the tagger, and a
 *       singular 分局 after it means that unit.</li>
 *   <li>Campaign: one in the same clause; else the last one before it within the sentence or semicolon part that is
 *       not part of a subordinate list (以“清源断流”“春夏攻势”等行动为抓手), if it is at most two clauses back or
 *       frames the part (named in its first clause, or introduced: 开展“X”行动，…); else a quoted one framing the
 *       sentence or closing the sentence before; else the article's frame (the headline's only campaign, or the lead
 *       sentence's only operation), unless another campaign framing a sentence has taken over. Phrases referring back
 *       (自行动以来, 会战以来) are mentions of the campaign they refer to.</li>
 * </ul>
 */
public final class ArticleEntities {

    // 照: 按照/依照公安部…的部署 names who gave the order, not who acted.
    private static final String NOT_SUBJECT_BEFORE = "在会同联合配合协助与和及向对由经据获同跟让被给把省、照";
    private static final List<String> NOT_SUBJECT_CLAUSE_WORDS = List.of("会同", "联合", "配合", "协助", "协同", "指导下", "支持下");
    private static final String PARAGRAPH_ENDS = "\n";
    private static final List<String> NOT_SUBJECT_AFTER = List.of("的配合", "的支持", "的坚强领导", "的领导", "供图", "官网",
            "的指导", "的协助");
    private static final String SENTENCE_ENDS = "。！？!?\n";
    private static final String TOPIC_ENDS = "。！？!?\n；;";
    private static final int PREVIOUS_CLAUSES = 2;
    private static final String CLAUSE_ENDS = "，；：,;:。！？!?\n";
    private static final String OPERATION_WORD = "行动";
    /** 行动 this close after a campaign's name is its tail (“霹雳2号”专项行动), not an operation of its own. */
    private static final int OPERATION_TAIL = 4;
    private static final List<String> OPERATIONS = List.of("行动", "战役", "会战", "专案", "攻势");
    private static final List<String> INTRODUCING_VERBS = Lexicons.rows("models/entity/campaign-verbs.tsv", "verb").stream()
            .map(r -> r[0]).toList();
    /** How far after a quoted name its operation word may come (“築安3號”(刑偵)首次集中收網抓捕行動), as the tagger allows. */
    private static final int OPERATION_GAP = 24;

    private final String text;
    private final String simplified;
    private final List<EntityMention> mentions;
    private final EntityMention main;
    // Boundary positions and per-mention facts computed once, so that each lookup costs a binary search rather than
    // a scan back to the article start: a text without punctuation made every fact cost O(article length).
    private final Map<String, int[]> boundaries = new HashMap<>();
    private final int[] mentionStarts;
    private final boolean[] subjects;
    private final List<EntityMention> campaigns;
    private final int[] campaignStarts;
    private final Map<String, int[]> clauseWordPositions = new HashMap<>();
    /** The campaign the whole article reports on (see {@link #findArticleFrame}), or null, and where it starts. */
    private final String articleFrame;
    private final int frameStart;
    /** Per campaign: whether its paragraph, up to it, names a campaign other than the article's frame. */
    private final boolean[] otherThanFrame;
    /** Per campaign: the index of the last one up to it that frames its sentence (see {@link #frames}), or -1. */
    private final int[] lastFraming;
    private final int[] operationWords;

    ArticleEntities(String text, String simplified, List<EntityMention> mentions, EntityMention main,
                    List<String> headlineCampaigns) {
        this.text = text;
        this.simplified = simplified;
        this.mentions = List.copyOf(mentions);
        this.main = main;
        for (String ends : List.of(PARAGRAPH_ENDS, SENTENCE_ENDS, TOPIC_ENDS, CLAUSE_ENDS)) {
            boundaries.put(ends, positions(text, ends));
        }
        for (String w : NOT_SUBJECT_CLAUSE_WORDS) {
            clauseWordPositions.put(w, occurrences(simplified, w));
        }
        this.mentionStarts = this.mentions.stream().mapToInt(EntityMention::start).toArray();
        this.subjects = new boolean[this.mentions.size()];
        for (int i = 0; i < subjects.length; i++) {
            subjects[i] = computeSubject(this.mentions.get(i));
        }
        this.campaigns = this.mentions.stream().filter(m -> m.type() == EntityType.CAMPAIGN).toList();
        this.campaignStarts = campaigns.stream().mapToInt(EntityMention::start).toArray();
        Frame frame = findArticleFrame(headlineCampaigns);
        this.articleFrame = frame == null ? null : frame.name();
        this.frameStart = frame == null ? 0 : frame.start();
        this.otherThanFrame = new boolean[campaigns.size()];
        for (int i = 0; i < otherThanFrame.length; i++) {
            boolean sameParagraph = i > 0 && campaignStarts[i - 1] >= boundaryBefore(campaignStarts[i], PARAGRAPH_ENDS);
            otherThanFrame[i] = !campaigns.get(i).name().equals(articleFrame) || (sameParagraph && otherThanFrame[i - 1]);
        }
        this.operationWords = occurrences(simplified, OPERATION_WORD);
        this.lastFraming = new int[campaigns.size()];
        for (int i = 0; i < lastFraming.length; i++) {
            lastFraming[i] = frames(campaigns.get(i)) ? i : i > 0 ? lastFraming[i - 1] : -1;
        }
    }

    /** The same article with its main agency chosen: the precomputed boundaries are shared, never mutated. */
    private ArticleEntities(ArticleEntities scoped, EntityMention main, List<EntityMention> mentions) {
        this.text = scoped.text;
        this.simplified = scoped.simplified;
        this.mentions = List.copyOf(mentions);
        this.main = main;
        this.boundaries.putAll(scoped.boundaries);
        this.clauseWordPositions.putAll(scoped.clauseWordPositions);
        this.mentionStarts = scoped.mentionStarts;
        this.subjects = scoped.subjects;
        this.campaigns = scoped.campaigns;
        this.campaignStarts = scoped.campaignStarts;
        this.articleFrame = scoped.articleFrame;
        this.frameStart = scoped.frameStart;
        this.otherThanFrame = scoped.otherThanFrame;
        this.operationWords = scoped.operationWords;
        this.lastFraming = scoped.lastFraming;
    }

    /** The same mentions, resolved (same positions, names and types may differ), with the main agency chosen. */
    ArticleEntities withMain(EntityMention main, List<EntityMention> resolved) {
        if (resolved.size() != mentions.size()) {
            throw new IllegalArgumentException("resolution keeps every mention");
        }
        return new ArticleEntities(this, main, resolved);
    }

    /** Whether the i-th mention can be the subject that acts (not 在/会同/按照…, not …的配合). */
    boolean acting(int i) {
        return subjects[i];
    }

    private static int[] positions(String text, String ends) {
        int[] out = new int[16];
        int n = 0;
        for (int k = 0; k < text.length(); k++) {
            if (ends.indexOf(text.charAt(k)) >= 0) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = k;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static int[] occurrences(String text, String word) {
        int[] out = new int[4];
        int n = 0;
        for (int k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + 1)) {
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = k;
        }
        return Arrays.copyOf(out, n);
    }

    /** Index of the first element {@code >= key} in a sorted array. */
    private static int lowerBound(int[] sorted, int key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public List<EntityMention> mentions() {
        return mentions;
    }

    public Optional<EntityMention> mainAgency() {
        return Optional.ofNullable(main);
    }

    public Optional<Agency> agencyAt(int offset) {
        int sentenceStart = boundaryBefore(offset, SENTENCE_ENDS);
        int paragraphStart = boundaryBefore(offset, PARAGRAPH_ENDS);
        EntityMention actor = null;
        EntityMention paragraphActor = null;
        boolean paragraphNamesAnyAgency = false;
        // Backwards from the offset: the last acting mention of the sentence, else the paragraph's last agency.
        for (int i = lowerBound(mentionStarts, offset) - 1; i >= 0 && mentionStarts[i] >= paragraphStart; i--) {
            EntityMention m = mentions.get(i);
            if (m.type() == EntityType.CAMPAIGN) {
                continue;
            }
            paragraphNamesAnyAgency = true;
            if (!subjects[i]) {
                continue;
            }
            if (m.start() >= sentenceStart) {
                actor = m;
                break;
            } else if (m.type() == EntityType.AGENCY) {
                paragraphActor = m; // 案例二：江门海关缉私局开展…行动。抓获犯罪嫌疑人9名
                break;
            }
        }
        if (actor == null) {
            actor = paragraphActor;
        }
        if (actor == null && !paragraphNamesAnyAgency) {
            // A paragraph that names no agency continues the one before: 四川省公安机关…成效初显。\n…共抓获犯罪嫌疑人145人
            int previousParagraphStart = previousParagraphStart(paragraphStart);
            for (int i = lowerBound(mentionStarts, paragraphStart) - 1; i >= 0 && mentionStarts[i] >= previousParagraphStart; i--) {
                EntityMention m = mentions.get(i);
                if (m.type() == EntityType.AGENCY && subjects[i]) {
                    actor = m;
                    break;
                }
            }
        }
        if (actor != null && actor.type() == EntityType.AGENCY) {
            return Optional.of(new Agency(actor.name(), actor.code()));
        }
        if (main != null) {
            return Optional.of(new Agency(main.name(), main.code()));
        }
        return Optional.empty(); // a bare 警方/该局 with no named agency in the article names nobody
    }

    public Optional<String> campaignAt(int offset) {
        // A semicolon often changes the topic (…；在扫黑除恶方面，…), so it bounds a campaign's scope like a full stop.
        int sentenceStart = boundaryBefore(offset, TOPIC_ENDS);
        int sentenceEnd = boundaryAfter(offset, TOPIC_ENDS);
        int clauseStart = boundaryBefore(offset, CLAUSE_ENDS);
        int clauseEnd = boundaryAfter(offset, CLAUSE_ENDS);
        int scopeStart = clauseStart;
        for (int back = 0; back < PREVIOUS_CLAUSES && scopeStart > sentenceStart; back++) {
            scopeStart = Math.max(sentenceStart, boundaryBefore(scopeStart - 1, CLAUSE_ENDS));
        }
        EntityMention sameClause = null;
        EntityMention previousClause = null;
        for (int i = lowerBound(campaignStarts, sentenceStart); i < campaigns.size() && campaignStarts[i] < sentenceEnd; i++) {
            EntityMention m = campaigns.get(i);
            if (m.start() >= clauseStart && m.start() < clauseEnd) {
                if (sameClause == null || m.start() < offset) {
                    sameClause = m;
                }
            } else if (m.start() < clauseStart && !m.listed()) {
                previousClause = m; // the last one named before: a later campaign takes over from an earlier one
            }
        }
        if (previousClause != null && previousClause.start() < scopeStart && !framesTopic(previousClause, sentenceStart)) {
            previousClause = null;
        }
        EntityMention pick = sameClause != null ? sameClause : previousClause;
        if (pick == null) {
            pick = framingCampaign(offset);
        }
        if (pick == null && articleFrame != null && frameReaches(offset)) {
            return Optional.of(articleFrame);
        }
        return Optional.ofNullable(pick).map(EntityMention::name);
    }

    /**
     * A campaign that frames every later clause of its sentence or semicolon part: one in its first clause
     * (全国公安机关夏季治安打击整治行动6月开展以来，共破获…，抓获…，缴获…4.8吨; 自行动以来，…), or one it introduces
     * (开展“X”行动，…). Others scope two clauses.
     */
    private boolean framesTopic(EntityMention m, int topicStart) {
        return m.start() < boundaryAfter(topicStart, CLAUSE_ENDS) || introducedAt(m);
    }

    /**
     * A quoted campaign that frames what follows: one that opens the sentence (“国门之盾”行动中，…；…), one the sentence
     * introduces with 开展/推进/部署 (持续推进“断卡”行动，打掉…，查处…), or one that closes the sentence just before in
     * the same paragraph (…部署开展“蓝天2020”专项行动。打掉…).
     */
    private EntityMention framingCampaign(int offset) {
        int sentenceStart = boundaryBefore(offset, SENTENCE_ENDS);
        int paragraphStart = boundaryBefore(offset, PARAGRAPH_ENDS);
        int topicStart = boundaryBefore(offset, TOPIC_ENDS);
        EntityMention framing = null;
        for (int i = lowerBound(campaignStarts, paragraphStart); i < campaigns.size(); i++) {
            EntityMention m = campaigns.get(i);
            if (m.start() >= offset) {
                break;
            }
            if (m.listed() || !quoted(m)) {
                continue;
            }
            int ownSentenceStart = boundaryBefore(m.start(), SENTENCE_ENDS);
            boolean opensSentence = m.start() - ownSentenceStart <= 2;
            if (m.start() >= sentenceStart) {
                boolean introduced = m.start() >= topicStart && introducedAt(m);
                if (opensSentence || introduced) {
                    framing = m;
                }
            } else if (closesSentence(m, sentenceStart)) {
                framing = m;
            }
        }
        return framing;
    }

    /**
     * The campaign a whole article reports on: the headline's only campaign; else the only campaign of the lead's first
     * sentence (the first sentence that ends with a full stop: a headline and a byline line have none), if it opens
     * that sentence or the sentence introduces it as an operation (公安部于4月20日部署开展…“昆仑2021”专项行动，截至6月底，
     * …). A lead sentence naming none or several (统筹推进“清源断流—2023”行动和…夏季治安打击整治行动), or an
     * undertaking that is no operation (大力开展“创新提升年…”活动), frames nothing. A lead's frame starts at the lead.
     */
    private Frame findArticleFrame(List<String> headlineCampaigns) {
        if (!headlineCampaigns.isEmpty()) {
            return headlineCampaigns.size() == 1 ? new Frame(headlineCampaigns.get(0), 0) : null;
        }
        int leadEnd = firstFullStop(text);
        int leadStart = boundaryBefore(leadEnd, SENTENCE_ENDS);
        EntityMention first = null;
        for (int i = lowerBound(campaignStarts, leadStart); i < campaigns.size() && campaignStarts[i] < leadEnd; i++) {
            if (first == null) {
                first = campaigns.get(i);
            } else if (!campaigns.get(i).name().equals(first.name())) {
                return null;
            }
        }
        boolean frames = first != null && !first.listed() && (first.start() - leadStart <= 2 || introducedAt(first));
        return frames && operation(first) ? new Frame(first.name(), leadStart) : null;
    }

    private record Frame(String name, int start) {
    }

    /** A campaign that names an operation: unquoted from the lexicon, or quoted with 行动/战役/专案… right after it. */
    private boolean operation(EntityMention m) {
        if (!quoted(m)) {
            return true;
        }
        int end = Math.min(boundaryAfter(m.end(), CLAUSE_ENDS), m.end() + OPERATION_GAP);
        String after = simplified.substring(m.end(), Math.max(m.end(), end));
        return OPERATIONS.stream().anyMatch(after::contains) || OPERATIONS.stream().anyMatch(m.name()::endsWith);
    }

    private static int firstFullStop(String text) {
        for (int k = 0; k < text.length(); k++) {
            if ("。！？!?".indexOf(text.charAt(k)) >= 0) {
                return k;
            }
        }
        return text.length();
    }

    /**
     * Whether the article's frame reaches the offset: no other campaign framing a sentence has taken over since (in an
     * earlier paragraph: 青岛海关深入开展…“蓝天”专项行动… leaves the next paragraphs without a campaign), its own
     * paragraph names no other before the offset, and a paragraph naming none has no unnamed operation of its own
     * (在保护知识产权方面，该局…开展…专项整治行动。…查处了52起).
     */
    private boolean frameReaches(int offset) {
        if (offset < frameStart) {
            return false; // a headline before the lead that frames: 2021年青岛海关侦办走私犯罪案件195起
        }
        int paragraphStart = boundaryBefore(offset, PARAGRAPH_ENDS);
        int last = lowerBound(campaignStarts, offset) - 1;
        if (last >= 0 && campaignStarts[last] >= paragraphStart) {
            return !otherThanFrame[last];
        }
        int framing = last < 0 ? -1 : lastFraming[last];
        return (framing < 0 || campaigns.get(framing).name().equals(articleFrame)) && !unnamedOperation(paragraphStart, offset);
    }

    /**
     * A campaign that frames its sentence: it opens it or the sentence introduces it (开展“蓝天”专项行动). One named in
     * passing (重点发起了…的“四大战役”) takes over nothing.
     */
    private boolean frames(EntityMention m) {
        return !m.listed() && (m.start() - boundaryBefore(m.start(), SENTENCE_ENDS) <= 2 || introducedAt(m));
    }

    /** A 行动 in the paragraph before the offset that is no named campaign's tail (bounded: a paragraph may be a whole text). */
    private boolean unnamedOperation(int paragraphStart, int offset) {
        int from = Math.max(paragraphStart, offset - 300);
        for (int k = lowerBound(operationWords, from); k < operationWords.length && operationWords[k] < offset; k++) {
            int at = operationWords[k];
            int named = lowerBound(campaignStarts, at + 1) - 1;
            if (named < 0 || at - campaigns.get(named).end() > OPERATION_TAIL) {
                return true;
            }
        }
        return false;
    }

    /** The start of the last non-blank paragraph before the one starting at {@code paragraphStart}. */
    private int previousParagraphStart(int paragraphStart) {
        int k = paragraphStart - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k < 0 ? paragraphStart : boundaryBefore(k, PARAGRAPH_ENDS);
    }

    private boolean quoted(EntityMention m) {
        char c = text.charAt(m.start());
        return c == '“' || c == '"' || c == '「' || c == '『';
    }

    private boolean introducedAt(EntityMention m) {
        String before = simplified.substring(Math.max(boundaryBefore(m.start(), CLAUSE_ENDS), m.start() - 30), m.start());
        return INTRODUCING_VERBS.stream().anyMatch(before::contains);
    }

    /** The campaign sits in the last clause of the sentence that ends right before {@code sentenceStart}. */
    private boolean closesSentence(EntityMention m, int sentenceStart) {
        int previousSentenceStart = sentenceStart > 0 ? boundaryBefore(sentenceStart - 1, SENTENCE_ENDS) : 0;
        int lastClauseStart = sentenceStart > 0 ? boundaryBefore(sentenceStart - 1, CLAUSE_ENDS) : 0;
        return m.start() >= previousSentenceStart && m.start() >= lastClauseStart;
    }

    private boolean computeSubject(EntityMention m) {
        if (m.start() > 0 && NOT_SUBJECT_BEFORE.indexOf(simplified.charAt(m.start() - 1)) >= 0) {
            return false;
        }
        int clauseStart = boundaryBefore(m.start(), CLAUSE_ENDS);
        for (String w : NOT_SUBJECT_CLAUSE_WORDS) {
            // Is there an occurrence of w inside [clauseStart, m.start())? The last one that ends in time decides.
            int[] at = clauseWordPositions.get(w);
            int last = lowerBound(at, m.start() - w.length() + 1) - 1;
            if (last >= 0 && at[last] >= clauseStart) {
                return false;
            }
        }
        for (String after : NOT_SUBJECT_AFTER) {
            if (simplified.startsWith(after, m.end())) {
                return false;
            }
        }
        return true;
    }

    /** Just after the last boundary character before {@code offset}, or 0. */
    private int boundaryBefore(int offset, String ends) {
        int[] at = boundaries.get(ends);
        int i = lowerBound(at, Math.min(offset, text.length())) - 1;
        return i >= 0 ? at[i] + 1 : 0;
    }

    /** The first boundary character at or after {@code offset}, or the text's end. */
    private int boundaryAfter(int offset, String ends) {
        int[] at = boundaries.get(ends);
        int i = lowerBound(at, Math.max(offset, 0));
        return i < at.length ? at[i] : text.length();
    }
}
