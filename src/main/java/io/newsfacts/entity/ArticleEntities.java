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
 *       otherwise the main agency (from the headline, else the most frequent named agency).</li>
 *   <li>Campaign: one in the same clause; else one in the two clauses before, within the sentence or semicolon part,
 *       that is not part of a subordinate list (以“清源断流”“春夏攻势”等行动为抓手).</li>
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
    private final int leadLimit;

    ArticleEntities(String text, String simplified, List<EntityMention> mentions, EntityMention main) {
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
        this.leadLimit = leadLimit(text);
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
        this.leadLimit = scoped.leadLimit;
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
            } else if (m.start() >= scopeStart && m.start() < clauseStart && !m.listed()) {
                previousClause = m;
            }
        }
        EntityMention pick = sameClause != null ? sameClause : previousClause;
        if (pick == null) {
            pick = framingCampaign(offset);
        }
        return Optional.ofNullable(pick).map(EntityMention::name);
    }

    /**
     * A quoted campaign that frames what follows: one that opens the sentence (“国门之盾”行动中，…；…), one the sentence
     * introduces with 开展/推进/部署 (持续推进“断卡”行动，打掉…，查处…), or one that closes the sentence just before in
     * the same paragraph (…部署开展“蓝天2020”专项行动。打掉…).
     */
    private EntityMention framingCampaign(int offset) {
        int sentenceStart = boundaryBefore(offset, SENTENCE_ENDS);
        int paragraphStart = boundaryBefore(offset, PARAGRAPH_ENDS);
        int previousParagraphStart = previousParagraphStart(paragraphStart);
        int topicStart = boundaryBefore(offset, TOPIC_ENDS);
        EntityMention framing = null;
        EntityMention previousParagraphFraming = null;
        boolean paragraphNamesCampaign = false;
        for (int i = lowerBound(campaignStarts, previousParagraphStart); i < campaigns.size(); i++) {
            EntityMention m = campaigns.get(i);
            if (m.start() >= offset) {
                break;
            }
            if (m.start() >= paragraphStart) {
                paragraphNamesCampaign = true;
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
            } else if (m.start() >= paragraphStart) {
                if (closesSentence(m, sentenceStart)) {
                    framing = m;
                }
            } else if (opensSentence || introducedAt(m)) {
                previousParagraphFraming = m;
            }
        }
        if (framing == null && !paragraphNamesCampaign && isLead(previousParagraphStart)
                && !opensOwnTopic(paragraphStart, offset)) {
            // A paragraph that names no campaign reports on the one the lead introduced (…开展“亮剑”行动。\n截至目前，破获…).
            framing = previousParagraphFraming;
        }
        return framing;
    }

    /** 在反不正当竞争执法方面，…开展了…专项整治行动: the paragraph has a topic or an unnamed operation of its own. */
    private boolean opensOwnTopic(int paragraphStart, int offset) {
        String head = simplified.substring(paragraphStart, Math.min(offset, paragraphStart + 20));
        int from = Math.max(paragraphStart, offset - 300); // bounded: a paragraph may be a whole unbroken text
        return (head.startsWith("在") && head.contains("方面")) || simplified.substring(from, offset).contains("行动");
    }

    /** Whether the paragraph starting here is the article's lead: at most a headline and a byline line come before it. */
    private boolean isLead(int paragraphStart) {
        return paragraphStart <= leadLimit;
    }

    /** The offset of the third line break (runs of breaks count once): paragraphs starting after it are not the lead. */
    private static int leadLimit(String text) {
        int lines = 0;
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) == '\n' && (k == 0 || text.charAt(k - 1) != '\n') && ++lines == 3) {
                return k;
            }
        }
        return text.length();
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
        return before.contains("开展") || before.contains("推进") || before.contains("部署") || before.contains("组织")
                || before.contains("启动") || before.contains("实施");
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
