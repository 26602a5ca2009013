package io.newsfacts.entity;

import io.newsfacts.segment.EntityHint;
import io.newsfacts.text.ScriptFolding;
import io.newsfacts.text.TaiwanMarkers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds agencies (place + agency type, national bodies, generic references) and campaigns (quoted names followed by an
 * operation word, and a lexicon of unquoted ones) in text, and resolves them within an article. Lexicons are loaded
 * once; immutable and thread-safe.
 */
public final class EntityTagger {

    private static final String SUB_UNITS = "分局|派出所|刑侦大队|大队|支队|中队|反诈中心|交警大队|特警支队|缉私局|缉私分局";
    private static final java.util.regex.Pattern SUB_UNIT = java.util.regex.Pattern.compile(
            "[\\u4e00-\\u9fff]{1,6}?(?:" + SUB_UNITS + ")");
    private static final List<String> OPERATION_WORDS = List.of("专项打击行动", "专项行动", "专项斗争", "专项工作", "专项整治",
            "行动", "攻势", "战役", "会战", "专案", "活动", "工作");
    private static final int OPERATION_GAP = 24;
    private static final List<String> INNER_OPERATION_WORDS = List.of("专项行动", "行动", "专案", "攻势", "战役", "会战");

    private final Gazetteer gazetteer = new Gazetteer();
    private final SourceHosts sourceHosts = new SourceHosts();
    private final Set<String> bareInstitutions = new HashSet<>();
    private final Map<String, String> agencyTypes = new HashMap<>();
    private final Set<String> typesKeepingWrittenPlace = new HashSet<>();
    private final Map<String, String> nationals = new HashMap<>();
    private final Set<String> generics = new HashSet<>();
    private final Map<String, String> campaigns = new HashMap<>();
    private final Map<String, String> taiwanNationals = new HashMap<>();
    private final TaiwanMarkers taiwanMarkers = TaiwanMarkers.load();
    private final List<String> campaignAnaphors = new ArrayList<>();
    private final List<String> unitWords = new ArrayList<>();
    /** Short unit words (所) with the unit word they stand for (派出所). */
    private final Map<String, String> shortUnits = new HashMap<>();
    private final List<String> unitParents = new ArrayList<>();
    private final Set<String> notUnitNames = new HashSet<>();
    private final Set<Character> notUnitNameChars = new HashSet<>(); // the one-character entries of notUnitNames
    private final Set<Character> beforeUnitNames = new HashSet<>();
    private final int maxType;
    private final int maxNational;
    private final int maxGeneric;
    private final int maxCampaign;
    private final ScriptFolding folding = ScriptFolding.instance();
    private final Map<Set<String>, java.util.BitSet> firstChars = new java.util.IdentityHashMap<>();
    /** Proper prefixes of each lexicon's words, so a probe stops as soon as no longer word can follow. */
    private final Map<Set<String>, Set<String>> prefixes = new java.util.IdentityHashMap<>();

    private EntityTagger() {
        for (String[] r : Lexicons.rows("models/entity/agency-types.tsv", "type", "canonical", "place")) {
            agencyTypes.put(r[0], r[1].equals("=") ? r[0] : r[1]);
            if (r[2].equals("written")) {
                typesKeepingWrittenPlace.add(r[0]);
            }
        }
        for (String[] r : Lexicons.rows("models/entity/national-agencies.tsv", "name", "canonical")) {
            nationals.put(r[0], r[1].equals("=") ? r[0] : r[1]);
        }
        for (String[] r : Lexicons.rows("models/entity/bare-institutions.tsv", "word")) {
            bareInstitutions.add(r[0]);
        }
        generics.addAll(Lexicons.phrases("models/entity/generic-agencies.tsv", "phrase"));
        for (String[] r : Lexicons.rows("models/entity/campaigns.tsv", "name", "canonical")) {
            campaigns.put(r[0], r[1].equals("=") ? r[0] : r[1]);
        }
        for (String[] r : Lexicons.rows("models/entity/campaign-anaphors.tsv", "phrase")) {
            campaignAnaphors.add(r[0]);
        }
        for (String[] r : Lexicons.rows("models/entity/taiwan-nationals.tsv", "name", "canonical")) {
            taiwanNationals.put(r[0], r[1]);
        }
        for (String[] r : Lexicons.rows("models/entity/sub-units.tsv", "word", "role")) {
            switch (r[1]) {
                case "unit" -> unitWords.add(r[0]);
                case "short" -> shortUnits.put(r[0], unitWords.get(unitWords.size() - 1));
                case "parent" -> unitParents.add(r[0]);
                case "not-name" -> {
                    notUnitNames.add(r[0]);
                    if (r[0].length() == 1) {
                        notUnitNameChars.add(r[0].charAt(0));
                    }
                }
                case "before" -> beforeUnitNames.add(r[0].charAt(0));
                default -> throw new io.newsfacts.rule.RuleFileException("models/entity/sub-units.tsv", 0,
                        "unknown role " + r[1]);
            }
        }
        maxType = maxLen(agencyTypes.keySet());
        maxNational = maxLen(nationals.keySet());
        maxGeneric = maxLen(generics);
        maxCampaign = maxLen(campaigns.keySet());
        for (Set<String> words : List.of(agencyTypes.keySet(), nationals.keySet(), generics, campaigns.keySet())) {
            firstChars.put(words, firstChars(words));
            prefixes.put(words, properPrefixes(words));
        }
    }

    private static Set<String> properPrefixes(Set<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            for (int k = 1; k < w.length(); k++) {
                out.add(w.substring(0, k));
            }
        }
        return out;
    }

    /** First characters of each lexicon, so most positions are rejected with one bit test. */
    private static java.util.BitSet firstChars(Set<String> words) {
        java.util.BitSet bits = new java.util.BitSet(65536);
        words.forEach(w -> bits.set(w.charAt(0)));
        return bits;
    }

    public static EntityTagger fromDefaultModels() {
        return new EntityTagger();
    }

    private static int maxLen(Set<String> words) {
        return words.stream().mapToInt(String::length).max().orElse(0);
    }

    /** Mentions in text order, not overlapping (the longest wins). */
    public List<EntityMention> tag(String text) {
        return tag(text, ScriptFolding.isTraditional(text, folding.toSimplified(text)));
    }

    /**
     * As {@link #tag(String)}, for a text in a Traditional-script article when {@code traditional}: a name whose match
     * is the same in both scripts is still written in Traditional (工信部 → 工業和信息化部), also in a headline.
     */
    private List<EntityMention> tag(String text, boolean traditional) {
        String s = folding.toSimplified(text);
        List<EntityMention> out = new ArrayList<>();
        Set<String> knownCampaigns = new HashSet<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '“' || c == '"' || c == '「' || c == '『') {
                int end = quotedCampaign(s, text, i, out, knownCampaigns);
                if (end > i) {
                    i = end;
                    continue;
                }
            }
            if (c < '\u4e00' || c > '\u9fff') {
                i++;
                continue;
            }
            int end = agency(s, text, traditional, i, out);
            if (end <= i) {
                end = lexiconCampaign(s, text, i, out, knownCampaigns);
            }
            i = end > i ? end : i + 1;
        }
        return out;
    }

    /** Tags and resolves one article. */
    public ArticleEntities resolve(String articleText, String headline) {
        return resolve(articleText, headline, List.of());
    }

    /**
     * Tags and resolves one article, taking a backend's organisation spans (CoreNLP's ORGANIZATION) as agency
     * candidates where our lexicons found nothing: places and bodies missing from them (澳門消防局, 香港海關).
     * Only spans that end like an agency are taken, so companies and schools stay out.
     */
    public ArticleEntities resolve(String articleText, String headline, List<EntityHint> organizations) {
        return resolve(articleText, headline, organizations, null);
    }

    /**
     * As {@link #resolve(String, String, List)}, with the address the article was published at: a government site's
     * host (gaj.yuncheng.gov.cn) names the place of an article that only says 全市公安机关, or that names no agency
     * at all on a police site. Null when unknown.
     */
    public ArticleEntities resolve(String articleText, String headline, List<EntityHint> organizations, String sourceUrl) {
        String simplified = folding.toSimplified(articleText); // once per article, for every lookup below
        boolean traditional = ScriptFolding.isTraditional(articleText, simplified);
        List<EntityMention> mentions = tag(articleText, traditional);
        List<EntityMention> inHeadline = headline == null ? List.of() : tag(headline, traditional);
        // Only for an article our lexicons find no agency in at all: where they do, a backend's ORGANIZATION spans are
        // mostly that agency's own departments (国家反诈中心 in a 公安部 article), and the gold keeps the agency.
        if (!organizations.isEmpty() && mentions.stream().noneMatch(m -> m.type() == EntityType.AGENCY)
                && inHeadline.stream().noneMatch(m -> m.type() == EntityType.AGENCY)) {
            mentions = withCandidates(articleText, mentions, organizations);
        }
        // A first body line taken as the headline (a page without a title) ends with a full stop: it is no headline.
        boolean realHeadline = io.newsfacts.text.Article.isHeadline(headline);
        List<String> headlineCampaigns = realHeadline ? headlineCampaigns(headline, inHeadline, mentions) : List.of();
        mentions = withYearedSeries(mentions);
        mentions = withAnaphors(mentions, articleText, simplified, headlineCampaigns);
        mentions = withShortUnits(mentions, articleText, simplified);
        boolean taiwan = taiwanMarkers.markTaiwan(articleText, simplified);
        if (taiwan) {
            mentions = asInTaiwan(mentions, articleText);
        }
        EntityMention main = null;
        if (realHeadline) { // a first body line names its agencies in passing too (根據合肥市公安局統一部署，巢湖市公安局…)
            for (EntityMention m : taiwan ? asInTaiwan(inHeadline, headline) : inHeadline) {
                if (m.type() == EntityType.AGENCY) {
                    main = m;
                    break;
                }
            }
        }
        ArticleEntities scoped = new ArticleEntities(articleText, simplified, mentions, null, headlineCampaigns);
        if (main == null) {
            main = mostFrequentAgency(scoped, true);
        }
        Optional<SourceHosts.Publisher> publisher = sourceHosts.publisher(sourceUrl);
        if (main == null) {
            // before any agency the article names only in passing (经验被国家禁毒委推广): its own generic reference
            main = placeOfGenericPolice(articleText, simplified, mentions, publisher);
        }
        EntityMention ownGeneric = levelledGeneric(mentions);
        if (main == null) {
            main = mostFrequentAgency(scoped, false);
            if (main != null && ownGeneric != null && ownGeneric.start() < firstAgencyStart(mentions)) {
                // 省公安厅召开…会议…民警被公安部授予…: the generic reference that opens the article is its own agency; a
                // body named later without acting is named in passing
                main = ownGeneric;
            }
        }
        if (main == null) {
            main = bareInstitution(articleText, simplified);
        }
        if (main == null) {
            main = ownGeneric;
        }
        if (main == null && publisher.isPresent() && publisher.get().police()) {
            main = policeOfPlace(gazetteer.place(publisher.get().place()), null, articleText, simplified).orElse(null);
        }
        return scoped.withMain(main, withParents(mentions, main, simplified));
    }

    /**
     * Named units under the main agency: 鄂城分局 in a 鄂州市公安局 article is 鄂州市公安局鄂城分局 (a place that lies
     * elsewhere, or a main agency that is no police bureau, names no parent: the unit is then a generic reference), and a
     * singular 分局 / 该分局 after it means that unit, not the main agency (鄂城分局连夜部署…。…分局共刑事拘留53人).
     */
    private List<EntityMention> withParents(List<EntityMention> mentions, EntityMention main, String simplified) {
        if (mentions.stream().noneMatch(m -> m.type() == EntityType.SUB_UNIT)) {
            return mentions;
        }
        String bureau = main == null ? null : parentOf(main);
        List<EntityMention> out = new ArrayList<>(mentions.size());
        Map<String, EntityMention> lastUnit = new HashMap<>();
        if (main != null && unitWordEnding(folding.toSimplified(main.name())) != null) {
            lastUnit.put(unitWordEnding(folding.toSimplified(main.name())), main);
        }
        for (EntityMention m : mentions) {
            if (m.type() == EntityType.SUB_UNIT) {
                boolean inside = bureau != null && (m.code() == null || main.code() == null
                        || m.code().startsWith(main.code().substring(0, 4)));
                String parent = inside ? parentUnit(m, lastUnit, bureau) : null;
                m = inside ? new EntityMention(m.start(), m.end(), m.text(), EntityType.AGENCY, parent + m.name(), main.code(), false)
                        : new EntityMention(m.start(), m.end(), m.text(), EntityType.GENERIC_AGENCY, m.text(), null, false);
            } else if (m.type() == EntityType.GENERIC_AGENCY) {
                EntityMention named = lastUnit.get(unitWordEnding(folding.toSimplified(m.text())));
                if (named != null && singularReference(simplified, m)) {
                    m = new EntityMention(m.start(), m.end(), m.text(), EntityType.AGENCY, named.name(), named.code(), false);
                }
            }
            if (m.type() == EntityType.AGENCY) {
                String unit = unitWordEnding(folding.toSimplified(m.name()));
                if (unit != null) {
                    lastUnit.put(unit, m);
                }
            }
            out.add(m);
        }
        return out;
    }

    /**
     * A unit's parent: the last named unit of a higher rank (a 派出所 in a 鄂城分局 article is the 分局's), else the
     * bureau. Ranks follow the order of the unit words in sub-units.tsv.
     */
    private String parentUnit(EntityMention unit, Map<String, EntityMention> lastUnit, String bureau) {
        int rank = unitWords.indexOf(unitWordEnding(folding.toSimplified(unit.name())));
        EntityMention parent = null;
        for (int r = 0; r < rank; r++) {
            EntityMention candidate = lastUnit.get(unitWords.get(r));
            if (candidate != null && (parent == null || candidate.start() > parent.start())) {
                parent = candidate;
            }
        }
        return parent != null ? parent.name() : bureau;
    }

    /** The main agency up to its police bureau (儋州市公安局洋浦分局 → 儋州市公安局), or null when it is no bureau. */
    private String parentOf(EntityMention main) {
        String s = folding.toSimplified(main.name());
        int end = -1;
        for (String p : unitParents) {
            int at = s.lastIndexOf(p);
            if (at >= 0) {
                end = Math.max(end, at + p.length());
            }
        }
        return end < 0 ? null : main.name().substring(0, end);
    }

    private String unitWordEnding(String name) {
        for (String unit : unitWords) {
            if (name.endsWith(unit)) {
                return unit;
            }
        }
        return null;
    }

    /** 分局 right after punctuation, or 该分局 / 本分局: one unit, not 各分局 / 18个派出所. */
    private static boolean singularReference(String simplified, EntityMention m) {
        char first = simplified.charAt(m.start());
        char before = m.start() > 0 ? simplified.charAt(m.start() - 1) : '。';
        return first == '该' || first == '本' || (m.end() - m.start() <= 3 && (before < '\u4e00' || before > '\u9fff'));
    }

    /**
     * The named agency mentioned most often (the first of equals), counting only acting mentions when {@code acting}:
     * 按照公安部…的部署要求，安徽省公安机关… is an Anhui article that names the ministry only as the one giving orders.
     */
    private static EntityMention mostFrequentAgency(ArticleEntities scoped, boolean acting) {
        List<EntityMention> mentions = scoped.mentions();
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            if (mentions.get(i).type() == EntityType.AGENCY && (!acting || scoped.acting(i))) {
                counts.merge(mentions.get(i).name(), 1, Integer::sum);
            }
        }
        EntityMention main = null;
        int best = 0;
        for (EntityMention m : mentions) {
            if (counts.getOrDefault(m.name(), 0) > best && m.type() == EntityType.AGENCY) {
                best = counts.get(m.name());
                main = m;
            }
        }
        return main;
    }

    /**
     * The campaigns a headline names: those it marks itself, and those the article names that it writes without quotes
     * or operation word (亮剑成效：捣毁窝点2.2万余个 over …开展…“亮剑”行动).
     */
    private List<String> headlineCampaigns(String headline, List<EntityMention> inHeadline, List<EntityMention> article) {
        Set<String> names = new java.util.LinkedHashSet<>();
        inHeadline.stream().filter(m -> m.type() == EntityType.CAMPAIGN && !m.listed()).forEach(m -> names.add(m.name()));
        String h = folding.toSimplified(headline);
        for (EntityMention m : article) {
            if (m.type() == EntityType.CAMPAIGN && !m.listed() && m.name().length() >= 2
                    && h.contains(folding.toSimplified(m.name())) && names.stream().noneMatch(n -> n.contains(m.name()))) {
                names.add(m.name());
            }
        }
        return List.copyOf(names);
    }

    /**
     * Campaign mentions for the phrases that refer back to the last named campaign (campaign-anaphors.tsv: 自行动以来,
     * 会战以来, 此次专项行动), named as it; before any campaign, the headline's only one. A phrase with nothing to refer
     * to, or inside another mention, is left out.
     */
    private static final java.util.regex.Pattern YEAR_SUFFIX = java.util.regex.Pattern.compile("[-—－·]?(?:19|20)\\d{2}.*");

    /**
     * “昆仑2020”专项行动 … 打击食药环犯罪“昆仑”行动: after a campaign named with its year, the series name alone means
     * that year's campaign.
     */
    private static List<EntityMention> withYearedSeries(List<EntityMention> mentions) {
        List<EntityMention> out = new ArrayList<>(mentions.size());
        List<String> yeared = new ArrayList<>();
        for (EntityMention m : mentions) {
            if (m.type() != EntityType.CAMPAIGN || m.name() == null) {
                out.add(m);
                continue;
            }
            String specific = null;
            for (String y : yeared) {
                if (y.startsWith(m.name()) && YEAR_SUFFIX.matcher(y.substring(m.name().length())).matches()) {
                    specific = y;
                }
            }
            if (specific != null) {
                out.add(new EntityMention(m.start(), m.end(), m.text(), m.type(), specific, m.code(), m.listed()));
            } else {
                out.add(m);
                if (YEAR_SUFFIX.matcher(m.name()).find()) {
                    yeared.add(m.name());
                }
            }
        }
        return out;
    }

    private List<EntityMention> withAnaphors(List<EntityMention> mentions, String text, String simplified,
                                             List<String> headlineCampaigns) {
        List<int[]> found = new ArrayList<>();
        for (String entry : campaignAnaphors) {
            boolean sentenceStart = entry.startsWith("^"); // 行动中，… opening a sentence; 在…行动中 names a new one
            String phrase = sentenceStart ? entry.substring(1) : entry;
            for (int k = simplified.indexOf(phrase); k >= 0; k = simplified.indexOf(phrase, k + 1)) {
                if (!sentenceStart || k == 0 || "。！？；\n \u3000".indexOf(simplified.charAt(k - 1)) >= 0) {
                    found.add(new int[] {k, k + phrase.length()});
                }
            }
        }
        if (found.isEmpty()) {
            return mentions;
        }
        found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1])); // longest first
        List<EntityMention> out = new ArrayList<>(mentions.size() + found.size());
        String last = headlineCampaigns.size() == 1 ? headlineCampaigns.get(0) : null;
        int next = 0;
        int coveredTo = 0;
        for (EntityMention m : mentions) {
            while (next < found.size() && found.get(next)[0] < m.start()) {
                last = addAnaphor(out, found.get(next++), m.start(), coveredTo, last, text);
                coveredTo = Math.max(coveredTo, out.isEmpty() ? 0 : out.get(out.size() - 1).end());
            }
            out.add(m);
            coveredTo = Math.max(coveredTo, m.end());
            if (m.type() == EntityType.CAMPAIGN) {
                last = m.listed() ? null : m.name(); // 以“清源断流”“春夏攻势”等行动为抓手…此次行动: no single referent
            }
        }
        while (next < found.size()) {
            last = addAnaphor(out, found.get(next++), text.length(), coveredTo, last, text);
            coveredTo = Math.max(coveredTo, out.isEmpty() ? 0 : out.get(out.size() - 1).end());
        }
        return out;
    }

    /** Adds one anaphor if it refers to something and overlaps nothing; returns the campaign last named after it. */
    private static String addAnaphor(List<EntityMention> out, int[] at, int nextStart, int coveredTo, String last, String text) {
        if (last != null && at[0] >= coveredTo && at[1] <= nextStart) {
            out.add(new EntityMention(at[0], at[1], text.substring(at[0], at[1]), EntityType.CAMPAIGN, last, null, false));
        }
        return last;
    }

    /** National references in an article from Taiwan: 全國警方 is the 內政部警政署 there (taiwan-nationals.tsv). */
    private List<EntityMention> asInTaiwan(List<EntityMention> mentions, String text) {
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            String written = folding.toSimplified(m.text());
            String canonical = m.type() == EntityType.AGENCY ? taiwanNationals.get(written) : null;
            out.add(canonical == null ? m : new EntityMention(m.start(), m.end(), m.text(), m.type(),
                    inSourceScript(canonical, written, m.text(), true), m.code(), m.listed()));
        }
        return out;
    }

    /** 海關毒品調查科…: with no agency named with its place, a bare institution word is the article's agency, as written. */
    private EntityMention bareInstitution(String articleText, String s) {
        int best = -1;
        String word = null;
        for (String w : bareInstitutions) {
            int at = s.indexOf(w);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
                word = w;
            }
        }
        if (word == null) {
            return null;
        }
        String written = articleText.substring(best, best + word.length());
        return new EntityMention(best, best + word.length(), written, EntityType.AGENCY, written, null, false);
    }

    /**
     * 记者从省公安厅获悉 … in an article that never names its province: the levelled reference as written (省公安厅,
     * 全市公安机关, 全省法院) is the best name the article gives, better than none. 该局, 警方 and the like name nothing.
     */
    private static int firstAgencyStart(List<EntityMention> mentions) {
        return mentions.stream().filter(m -> m.type() == EntityType.AGENCY).mapToInt(EntityMention::start).min()
                .orElse(Integer.MAX_VALUE);
    }

    private EntityMention levelledGeneric(List<EntityMention> mentions) {
        for (EntityMention m : mentions) {
            String g = folding.toSimplified(m.text());
            if (m.type() == EntityType.GENERIC_AGENCY && g.chars().anyMatch(c -> "省市县区".indexOf(c) >= 0) && !g.startsWith("该")
                    && !g.startsWith("我") && !g.startsWith("本")) {
                return new EntityMention(m.start(), m.end(), m.text(), EntityType.AGENCY, m.text(), null, false);
            }
        }
        return null;
    }

    /** Agency-like endings beyond the type words of agency-types.tsv (which come first). */
    private static final List<String> AGENCY_ENDINGS = List.of("警察局", "警察總局", "警察总局", "海关", "分局", "局", "厅",
            "署", "支队", "大队", "派出所", "检察院", "法院");

    private List<EntityMention> withCandidates(String articleText, List<EntityMention> mentions, List<EntityHint> organizations) {
        List<EntityMention> out = new ArrayList<>(mentions);
        for (EntityHint h : organizations) {
            if (h.start() < 0 || h.end() > articleText.length() || h.end() - h.start() < 3 || h.end() - h.start() > 24) {
                continue;
            }
            // A generic word inside the span (警察局 in 桃園市政府警察局大溪分局) gives way to the whole name.
            boolean overlaps = out.stream().anyMatch(m -> m.start() < h.end() && h.start() < m.end()
                    && !(m.type() == EntityType.GENERIC_AGENCY && m.start() >= h.start() && m.end() <= h.end()));
            String s = folding.toSimplified(articleText.substring(h.start(), h.end()));
            // 市公安局 alone is a generic reference that the article resolves (宁波市公安局), not a name.
            boolean generic = generics.contains(s) || out.stream().anyMatch(m -> m.type() == EntityType.GENERIC_AGENCY
                    && m.start() == h.start() && m.end() == h.end());
            if (overlaps || generic || !endsLikeAgency(s)) {
                continue;
            }
            out.removeIf(m -> m.start() >= h.start() && m.end() <= h.end());
            int place = gazetteer.longestAt(s, 0);
            String code = place > 0 ? gazetteer.place(s.substring(0, place)).code() : null;
            String name = articleText.substring(h.start(), h.end());
            out.add(new EntityMention(h.start(), h.end(), name, EntityType.AGENCY, name, code, false));
        }
        out.sort(java.util.Comparator.comparingInt(EntityMention::start));
        return out;
    }

    private boolean endsLikeAgency(String s) {
        for (String type : agencyTypes.keySet()) {
            if (s.endsWith(type) && s.length() > type.length()) {
                return true;
            }
        }
        return AGENCY_ENDINGS.stream().anyMatch(e -> s.endsWith(e) && s.length() > e.length());
    }

    /**
     * An article that only says 省公安厅 / 全省公安机关 / 市公安局 names its place elsewhere (甘肃省兰州、天水等部分地区):
     * the first province or prefecture it mentions gives the agency (甘肃省公安厅).
     */
    private EntityMention placeOfGenericPolice(String articleText, String s, List<EntityMention> mentions,
                                               Optional<SourceHosts.Publisher> publisher) {
        EntityMention generic = mentions.stream().filter(m -> m.type() == EntityType.GENERIC_AGENCY).findFirst().orElse(null);
        if (generic == null) {
            return null;
        }
        String g = folding.toSimplified(generic.text());
        if (!(g.contains("公安") || g.contains("警方") || g.equals("市局"))) {
            return null;
        }
        boolean province = g.contains("省");
        Gazetteer.Place firstPrefecture = null;
        for (int i = 0; i < s.length(); i++) {
            int len = gazetteer.longestAt(s, i);
            if (len == 0) {
                continue;
            }
            Gazetteer.Place place = gazetteer.place(s.substring(i, i + len));
            if ("香港特别行政区".equals(place.fullName()) && g.contains("警方")) {
                // 2021年香港整體治安情況 … 警方: Hong Kong's police is the 香港警務處, in the article's script
                String name = articleText.equals(s) ? "香港警务处" : com.hankcs.hanlp.HanLP.convertToTraditionalChinese("香港警务处");
                return new EntityMention(generic.start(), generic.end(), generic.text(), EntityType.AGENCY, name, null, false);
            }
            if (place.code() != null && (province ? place.rank() == 0 : place.rank() <= 1)) {
                String canonical = place.fullName() + (province ? "公安厅" : "公安局");
                return new EntityMention(generic.start(), generic.end(), generic.text(), EntityType.AGENCY,
                        inSourceScript(canonical, s.substring(i, i + len), articleText.substring(i, i + len)), place.code(), false);
            }
            if (firstPrefecture == null && place.code() != null && place.rank() == 1) {
                firstPrefecture = place;
            }
            i += len - 1;
        }
        Gazetteer.Place provinceOfCity = province ? gazetteer.provinceOf(firstPrefecture) : null;
        if (provinceOfCity != null && provinceOfCity.hasDepartments()) {
            // 杭州网讯 … 全省公安机关: a provincial reference in an article that names only a city of that province
            String canonical = provinceOfCity.fullName() + "公安厅";
            String name = articleText.equals(s) ? canonical : com.hankcs.hanlp.HanLP.convertToTraditionalChinese(canonical);
            return new EntityMention(generic.start(), generic.end(), generic.text(), EntityType.AGENCY, name,
                    provinceOfCity.code(), false);
        }
        if (publisher.isPresent()) { // 全市公安机关 on gaj.yuncheng.gov.cn, an article that never names its city
            Gazetteer.Place place = gazetteer.place(publisher.get().place());
            boolean fits = province ? place != null && place.rank() == 0
                    : place != null && (place.rank() == 1 || place.rank() == 0 && !place.hasDepartments()); // 上海市
            if (fits && place.code() != null) {
                return policeOfPlace(place, generic, articleText, s).orElse(null);
            }
        }
        return null;
    }

    /** The public security body of a province (公安厅) or prefecture (公安局), in the article's script, at {@code at}. */
    private Optional<EntityMention> policeOfPlace(Gazetteer.Place place, EntityMention at, String articleText, String simplified) {
        if (place == null || place.code() == null || place.rank() > 1) {
            return Optional.empty();
        }
        String canonical = place.fullName() + (place.hasDepartments() ? "公安厅" : "公安局");
        String name = articleText.equals(simplified) ? canonical : com.hankcs.hanlp.HanLP.convertToTraditionalChinese(canonical);
        int start = at == null ? 0 : at.start();
        int end = at == null ? 0 : at.end();
        String written = at == null ? "" : at.text();
        return Optional.of(new EntityMention(start, end, written, EntityType.AGENCY, name, place.code(), false));
    }

    // --- agencies -------------------------------------------------------------------------------------------

    private int agency(String s, String original, boolean traditional, int i, List<EntityMention> out) {
        int n = longest(s, i, maxNational, nationals.keySet());
        if (n > 0 && s.charAt(i + n - 1) == '部' && i + n < s.length() && s.charAt(i + n) == '门') {
            n = 0; // 生态环境部门, 公安部门: "the departments of", not the ministry (生态环境部)
        }
        if (n > 0) {
            String matched = s.substring(i, i + n);
            int end = withSubUnit(s, i + n);
            String canonical = nationals.get(matched) + s.substring(i + n, end);
            out.add(new EntityMention(i, end, original.substring(i, end), EntityType.AGENCY,
                    inSourceScript(canonical, s.substring(i, end), original.substring(i, end), traditional), null, false));
            return end;
        }
        int placeLen = gazetteer.longestAt(s, i);
        if (placeLen > 0) {
            int j = i + placeLen;
            Gazetteer.Place place = gazetteer.place(s.substring(i, j));
            int inner = gazetteer.longestAt(s, j); // 海南省儋州市公安局: keep the lowest level
            if (inner > 0 && longest(s, j + inner, maxType, agencyTypes.keySet()) > 0) {
                place = gazetteer.place(s.substring(j, j + inner));
                j += inner;
            }
            int t = longest(s, j, maxType, agencyTypes.keySet());
            if (t > 0) {
                int typeEnd = j + t;
                int end = withSubUnit(s, typeEnd);
                String type = s.substring(j, typeEnd);
                String placeName = typesKeepingWrittenPlace.contains(type) ? s.substring(j - (j - i), j) : place.fullName();
                if (typesKeepingWrittenPlace.contains(type) && inner > 0) {
                    placeName = s.substring(j - inner, j);
                }
                String canonicalType = agencyTypes.get(type);
                if (canonicalType.equals("公安局") && place.hasDepartments()) {
                    canonicalType = "公安厅"; // 海南省公安机关, 海南警方 → 海南省公安厅
                } else if (canonicalType.equals("公安局") && place.inTaiwan()) {
                    canonicalType = "警察局"; // 高雄警方 → 高雄市警察局
                }
                String canonical = placeName + canonicalType + s.substring(typeEnd, end);
                out.add(new EntityMention(i, end, original.substring(i, end), EntityType.AGENCY,
                        inSourceScript(canonical, s.substring(i, end), original.substring(i, end), traditional),
                        place.code(), false));
                return end;
            }
        }
        int unitEnd = namedUnit(s, i, placeLen);
        if (unitEnd > i) {
            String code = placeLen > 0 ? gazetteer.place(s.substring(i, i + placeLen)).code() : null;
            out.add(new EntityMention(i, unitEnd, original.substring(i, unitEnd), EntityType.SUB_UNIT,
                    unitName(original, s, i, unitEnd), code, false));
            return unitEnd;
        }
        int g = longest(s, i, maxGeneric, generics);
        if (g > 0) {
            int end = withSubUnit(s, i + g);
            out.add(new EntityMention(i, end, original.substring(i, end), EntityType.GENERIC_AGENCY,
                    original.substring(i, end), null, false));
            return end;
        }
        return i;
    }

    /**
     * Units written short (花湖所, 凤凰所 for 花湖派出所…) at the start of a clause, in an article that names such a unit in
     * full: elsewhere 所 ends too many words (场所, 研究所, 有所) to be read as a station.
     */
    private List<EntityMention> withShortUnits(List<EntityMention> mentions, String text, String simplified) {
        List<EntityMention> added = new ArrayList<>();
        for (Map.Entry<String, String> e : shortUnits.entrySet()) {
            String full = e.getValue();
            if (mentions.stream().noneMatch(m -> (m.type() == EntityType.AGENCY || m.type() == EntityType.SUB_UNIT)
                    && folding.toSimplified(m.name()).endsWith(full))) {
                continue;
            }
            for (int k = simplified.indexOf(e.getKey()); k >= 0; k = simplified.indexOf(e.getKey(), k + 1)) {
                int start = k - 2;
                int end = k + e.getKey().length();
                boolean clauseStart = start == 0 || start > 0 && "，；：,;:。！？!?\n".indexOf(simplified.charAt(start - 1)) >= 0;
                if (clauseStart && unitNameAt(simplified, start, k) && !overlaps(mentions, start, end)) {
                    added.add(new EntityMention(start, end, text.substring(start, end), EntityType.SUB_UNIT,
                            text.substring(start, k) + full, null, false));
                }
            }
        }
        if (added.isEmpty()) {
            return mentions;
        }
        List<EntityMention> out = new ArrayList<>(mentions);
        out.addAll(added);
        out.sort(java.util.Comparator.comparingInt(EntityMention::start));
        return out;
    }

    private static boolean overlaps(List<EntityMention> mentions, int start, int end) {
        return mentions.stream().anyMatch(m -> m.start() < end && start < m.end());
    }

    /** Whether {@code s[from, to)} can name a unit: Han characters, no word or character of the not-name list. */
    private boolean unitNameAt(String s, int from, int to) {
        if (to > s.length()) {
            return false;
        }
        char before = from > 0 ? s.charAt(from - 1) : '。';
        if (before >= '\u4e00' && before <= '\u9fff' && !beforeUnitNames.contains(before)) {
            return false;
        }
        for (int c = from; c < to; c++) {
            char ch = s.charAt(c);
            if (ch < '\u4e00' || ch > '\u9fff' || notUnitNameChars.contains(ch)) {
                return false;
            }
        }
        return !notUnitNames.contains(s.substring(from, to));
    }

    /**
     * The end of a unit named by a place or a two-character name at {@code i} (鄂城分局, 板橋分局, 大溪警分局), or
     * {@code i}. Names that are ordinary words (行政分局, 辖区派出所, 各分局) are not units.
     */
    private int namedUnit(String s, int i, int placeLen) {
        int k = i + (placeLen > 0 ? placeLen : 2);
        int unitStart = k < s.length() && s.charAt(k) == '警' ? k + 1 : k; // 大溪警分局: Taiwan's press abbreviates 大溪分局 so
        // the unit word first: it is absent at almost every position this is asked about, and cheaper to rule out
        for (String unit : unitWords) {
            if (s.startsWith(unit, unitStart)) {
                return unitNameAt(s, i, k) ? unitStart + unit.length() : i;
            }
        }
        return i;
    }

    /** The unit's name as written, without the 警 of 大溪警分局. */
    private String unitName(String original, String s, int start, int end) {
        for (String unit : unitWords) {
            if (s.startsWith(unit, end - unit.length())) {
                int nameEnd = end - unit.length();
                if (s.charAt(nameEnd - 1) == '警') {
                    nameEnd--;
                }
                return original.substring(start, nameEnd) + original.substring(end - unit.length(), end);
            }
        }
        return original.substring(start, end);
    }

    /** Extends an agency with a sub-unit written right after it (东方市公安局东海派出所). */
    private static int withSubUnit(String s, int at) {
        java.util.regex.Matcher m = SUB_UNIT.matcher(s);
        m.region(at, Math.min(s.length(), at + 10));
        return m.lookingAt() ? m.end() : at;
    }

    private int longest(String s, int at, int max, Set<String> words) {
        if (at >= s.length() || !firstChars.get(words).get(s.charAt(at))) {
            return 0; // most positions start no lexicon word: skip the substring probes
        }
        Set<String> longer = prefixes.get(words);
        int best = 0;
        for (int len = 1, limit = Math.min(max, s.length() - at); len <= limit; len++) {
            String candidate = s.substring(at, at + len);
            if (words.contains(candidate)) {
                best = len;
            }
            if (!longer.contains(candidate)) {
                break;
            }
        }
        return best;
    }

    /**
     * The canonical name in the article's script: characters that the match contains are written as the article wrote
     * them (東方公安局 → 東方市公安局).
     */
    static String inSourceScript(String canonical, String simplifiedMatch, String originalMatch) {
        return inSourceScript(canonical, simplifiedMatch, originalMatch, !simplifiedMatch.equals(originalMatch));
    }

    /** As above, with the script of the whole text: a match the same in both scripts takes the text's script. */
    static String inSourceScript(String canonical, String simplifiedMatch, String originalMatch, boolean traditional) {
        if (!traditional || canonical.equals(simplifiedMatch) && simplifiedMatch.equals(originalMatch)) {
            return canonical;
        }
        if (!canonical.equals(simplifiedMatch)) {
            // Characters the article did not write (委员会 in 國家禁毒委員會辦公室) come from HanLP's s2t dictionary.
            canonical = com.hankcs.hanlp.HanLP.convertToTraditionalChinese(canonical);
        }
        Map<Character, Character> back = new HashMap<>();
        for (int k = 0; k < simplifiedMatch.length(); k++) {
            back.putIfAbsent(simplifiedMatch.charAt(k), originalMatch.charAt(k));
        }
        StringBuilder out = new StringBuilder(canonical.length());
        for (char ch : canonical.toCharArray()) {
            out.append(back.getOrDefault(ch, ch));
        }
        return out.toString();
    }

    // --- campaigns ------------------------------------------------------------------------------------------

    private int quotedCampaign(String s, String original, int open, List<EntityMention> out, Set<String> known) {
        char close = switch (s.charAt(open)) {
            case '“' -> '”';
            case '「' -> '」';
            case '『' -> '』';
            default -> '"';
        };
        int end = s.indexOf(close, open + 1);
        if (end < 0 || end - open - 1 < 2 || end - open - 1 > 20) {
            return open;
        }
        String name = s.substring(open + 1, end);
        if (name.chars().anyMatch(ch -> "，。；！？,;".indexOf(ch) >= 0)) {
            return open;
        }
        // A list of quoted names shares the operation word that follows the last of them.
        int k = end + 1;
        boolean listed = false;
        while (k < s.length() && (s.charAt(k) == '“' || s.charAt(k) == '、')) {
            int next = s.charAt(k) == '、' ? k + 1 : k;
            if (next < s.length() && s.charAt(next) == '“') {
                int nextEnd = s.indexOf('”', next + 1);
                if (nextEnd < 0 || nextEnd - next > 21) {
                    break;
                }
                k = nextEnd + 1;
                listed = true;
            } else {
                break;
            }
        }
        int opAt = operationWordAfter(s, k);
        // 「安居專案」, “净网2018专项行动”: the operation word may sit inside the quotes, but not as the last of a list of
        // parts (“情报、指挥、行动”一体化运行机制 is no operation)
        boolean namesOperation = name.length() > 3 && name.indexOf('、') < 0
                && INNER_OPERATION_WORDS.stream().anyMatch(name::endsWith);
        boolean isCampaign = opAt >= 0 || namesOperation || known.contains(name) || campaigns.containsKey(name);
        if (!isCampaign) {
            return open;
        }
        if (k < s.length() && s.startsWith("等", k)) {
            listed = true;
        }
        known.add(name);
        String canonical = campaigns.getOrDefault(name, name);
        String originalName = original.substring(open + 1, end);
        out.add(new EntityMention(open, end + 1, original.substring(open, end + 1), EntityType.CAMPAIGN,
                canonical.equals(name) ? originalName : canonical, null, listed));
        return end + 1;
    }

    /** Offset of an operation word (行动, 专项行动 …) starting within a few characters after {@code from}, or -1. */
    private static int operationWordAfter(String s, int from) {
        for (int k = from; k < Math.min(s.length(), from + OPERATION_GAP); k++) {
            char ch = s.charAt(k);
            if ("，。；：、！？,;“”\n".indexOf(ch) >= 0) {
                return -1;
            }
            for (String w : OPERATION_WORDS) {
                if (s.startsWith(w, k)) {
                    return k;
                }
            }
        }
        return -1;
    }

    private int lexiconCampaign(String s, String original, int i, List<EntityMention> out, Set<String> known) {
        int len = longest(s, i, maxCampaign, campaigns.keySet());
        if (len < 2) {
            return i;
        }
        String canonical = campaigns.get(s.substring(i, i + len));
        known.add(canonical);
        out.add(new EntityMention(i, i + len, original.substring(i, i + len), EntityType.CAMPAIGN,
                inSourceScript(canonical, s.substring(i, i + len), original.substring(i, i + len)), null, false));
        return i + len;
    }
}
