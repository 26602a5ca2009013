package io.newsfacts.fact;

import io.newsfacts.Change;
import io.newsfacts.numeral.QuantityMention;
import io.newsfacts.rule.QuantityRoles;
import io.newsfacts.rule.RuleMatch;
import io.newsfacts.rule.Tag;
import io.newsfacts.rule.TaggedSentence;
import io.newsfacts.rule.Unit;
import io.newsfacts.time.TimeMention;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the rule matches of one sentence into draft facts, in text order: a verb distributes over the coordinated
 * objects that follow it, a trailing change joins the fact before it, 分别 pairs its list of changes with the facts or
 * subjects before it in order, and a baseline gives two facts. Stateless; one call per sentence.
 */
final class SentenceFacts {

    private static final int MAX_OBJECT_CHARS = 12;

    private final Function<TimeMention, String> periodOf;
    /** Ids of the rules whose value is a level a figure moved from or was compared with (level: earlier). */
    private final Set<String> earlierLevelRules;
    private final QuantityRoles roles;

    SentenceFacts(Function<TimeMention, String> periodOf, Set<String> earlierLevelRules, QuantityRoles roles) {
        this.periodOf = periodOf;
        this.earlierLevelRules = earlierLevelRules;
        this.roles = roles;
    }

    /**
     * @param headingTopic the topic of a numbered heading just before the sentence (（一）盗窃类警情。), or null: the
     *                     metric of a figure that names none of its own
     */
    List<DraftFact> assemble(TaggedSentence s, List<RuleMatch> matches, String headingTopic) {
        List<DraftFact> facts = new ArrayList<>();
        String lastVerb = null;
        int lastVerbUnit = -1;
        // lastComma[i]: the last comma unit at or before i (a table, so a long comma-free list stays linear).
        int[] lastComma = new int[s.tags().length()];
        for (int i = 0, last = -1; i < lastComma.length; i++) {
            last = s.tags().charAt(i) == ',' ? i : last;
            lastComma[i] = last;
        }
        for (RuleMatch m : matches) {
            // A verb carries over coordinated objects (、) but not across clauses.
            int at = Math.min(Math.max(0, m.from() - 1), lastComma.length - 1);
            int commaBefore = at < 0 ? -1 : lastComma[at];
            // …查驗出入境交通運輸工具842.9萬架次，其中飛機23.6萬架次: a breakdown's items are objects of the total's verb
            String verbHere = lastVerbUnit > commaBefore || ClauseTopics.opensBreakdown(s, m.from()) ? lastVerb : null;
            switch (m.rule().emit()) {
                case VALUE -> {
                    DraftFact f = value(s, m, verbHere, facts, headingTopic);
                    if (f != null) {
                        facts.add(f);
                        if (f.verb() != null) {
                            lastVerb = f.verb();
                            lastVerbUnit = m.to() - 1;
                        }
                    }
                }
                case CHANGE -> change(s, m, facts, headingTopic);
                case RESPECTIVELY -> respectively(s, m, facts);
                case VALUES -> respectiveValues(s, m, facts);
                case BASELINE -> baseline(s, m, facts);
                default -> throw new IllegalStateException("unhandled emit " + m.rule().emit());
            }
        }
        return facts;
    }

    /**
     * The fact a share is of: the last one before it, unless the share names its whole (占火灾总数的40.3%) and an
     * earlier figure of the clause counts that (住宅火灾2985起，造成7人死亡，占火灾总数的40.3%: the fires, not the deaths).
     */
    private static DraftFact shareSubject(List<DraftFact> before, String shareWords) {
        for (int k = before.size() - 1; k >= 0 && k >= before.size() - 3; k--) {
            String m = before.get(k).metric();
            if (m.length() >= 2 && shareWords.contains(m.substring(m.length() - 2))) {
                return before.get(k);
            }
        }
        return before.get(before.size() - 1);
    }

    /** The fact a causative verb's counts belong to: the last one before them that is not itself caused. */
    private DraftFact cause(List<DraftFact> before) {
        for (int k = before.size() - 1; k >= 0; k--) {
            if (before.get(k).verb() == null || !roles.isCausativeVerb(before.get(k).verb())) {
                return before.get(k);
            }
        }
        return before.get(before.size() - 1);
    }

    /** A fact's metric without its leading verb (发生较大事故 → 较大事故): what happened, as a subject. */
    private static String withoutVerb(DraftFact f) {
        String metric = f.metric();
        return f.verb() != null && metric.startsWith(f.verb()) && metric.length() > f.verb().length()
                ? metric.substring(f.verb().length()) : metric;
    }

    /**
     * The fact a following change belongs to: the last one read, passing over levels a figure moved from or was compared
     * with (由433宗增至511宗，上升18%; 較二〇一八年(54 225宗)增加5 000宗): the change is the current level's. -1 if none.
     */
    private int attachTarget(List<DraftFact> facts) {
        for (int k = facts.size() - 1; k >= 0; k--) {
            if (!earlierLevelRules.contains(facts.get(k).ruleId())) {
                return k;
            }
        }
        return -1;
    }

    private DraftFact value(TaggedSentence s, RuleMatch m, String inheritedVerb, List<DraftFact> before, String headingTopic) {
        RuleMatch.Range valueRange = m.capture("value").orElseThrow();
        Unit valueUnit = firstWithQuantity(s, valueRange);
        if (valueUnit == null) {
            return null;
        }
        QuantityMention q = valueUnit.quantity();
        if (isThreshold(s, valueRange.from(), q)) {
            return null;
        }
        if (m.capture("verb").isEmpty() && m.capture("metric").map(r -> r.from() > valueRange.from()).orElse(false)
                && !m.rule().inheritVerb() && roles.isSmallWrittenCount(q.text()) && !ClauseTopics.opensClause(s, valueRange.from())) {
            // 统筹国内国际两个大局, 坚持境内境外两条战线, 全市六个行政分局: a small count written in words inside a
            // clause, with no action on it, is part of a phrase, not a figure
            return null;
        }
        String ownVerb = m.capture("verb").map(r -> text(s, r)).orElse(null);
        String object = m.capture("metric").map(r -> objectText(s, withoutEdgeTimes(s, r), r.from() > valueRange.from())).orElse("");
        String verb = ownVerb == null && (m.rule().inheritVerb() || ClauseTopics.opensBreakdown(s, m.from())) ? inheritedVerb : ownVerb;
        String metric;
        boolean onlyTime = m.capture("metric").map(r -> onlyTimes(s, r)).orElse(false);
        if ((object.isEmpty() && m.rule().inheritMetric() || onlyTime) && !before.isEmpty()) {
            metric = before.get(before.size() - 1).metric(); // 取締9036件，2023年爲8138件: the year is not the metric
        } else {
            metric = (verb == null ? "" : verb) + object;
        }
        if (object.isEmpty() && ownVerb != null) {
            metric = ClauseTopics.topicBefore(s, m.capture("verb").orElseThrow().from()) + metric; // 19时至凌晨2时查处58万起
        }
        if (verb != null && roles.isCausativeVerb(verb) && !object.isEmpty() && !before.isEmpty()) {
            // 住宅火灾2985起，造成7人死亡、3人受伤: the deaths and injuries are the fires', not a 造成 of their own
            metric = withoutVerb(cause(before)) + object;
        }
        if ((metric.isBlank() || onlyTime && before.isEmpty()) && headingTopic != null) {
            metric = headingTopic;
        } else if (onlyTime && before.isEmpty()) {
            String topic = ClauseTopics.previousClauseTopic(s, valueRange.from());
            metric = topic.isEmpty() ? metric : topic; // 詐騙案是升幅最大的類別，上半年共有3,280宗: not 上半年
        }
        if (metric.isBlank()) {
            return null;
        }
        String sign = metric.strip();
        if (q.kind() == io.newsfacts.numeral.QuantityKind.PERCENT && (sign.equals("+") || sign.equals("-") || sign.equals("−"))) {
            // 較二〇一八年增加5 000宗(+9.2%): a signed percent in parentheses is the change of the fact before it
            String direction = sign.equals("+") ? "up" : "down";
            int target = attachTarget(before);
            DraftFact previous = target < 0 ? null : before.get(target);
            if (previous != null && previous.value() != null && previous.change() == null) {
                before.set(target, previous.withChange(new Change(direction, q.value(), null, null)));
            } else if (previous != null && previous.value() != null && previous.change().percent() == null
                    && direction.equals(previous.change().direction())) {
                // 增加196宗，至9 587宗(+2.1%): the percent completes the change the value already carries
                Change known = previous.change();
                before.set(target, previous.withChange(new Change(direction, q.value(), known.amount(), known.basis())));
            }
            return null;
        }
        if (q.kind() == io.newsfacts.numeral.QuantityKind.PERCENT && isShareWord(metric) && !before.isEmpty()) {
            // 盗窃团伙64个，占35.16%: the share is of the object counted just before
            String base = shareSubject(before, metric).metric().replaceFirst("[占佔]比$", ""); // a share of a share's subject
            metric = base + (metric.strip().startsWith("佔") ? "佔比" : "占比");
        }
        Change change = changeOf(s, m).orElse(null);
        // 暴力罪案减少4.6%，有13000多宗: a bare 有 + count completes the change fact just before it.
        if (ClauseTopics.isLight(metric) && change == null && !before.isEmpty()) {
            DraftFact previous = before.get(before.size() - 1);
            if (previous.value() == null && previous.change() != null) {
                before.remove(before.size() - 1);
                return new DraftFact(previous.metric(), q.value(), unitOf(q), q.approx(), previous.change(),
                        new Anchor(valueUnit.start(), valueUnit.end()), verb, m.rule().id(), m.rule().confidence(), null);
            }
        }
        if (ClauseTopics.isLight(metric)) {
            String topic = ClauseTopics.previousClauseTopic(s, valueRange.from());
            metric = topic.isEmpty() ? metric : topic; // 41歲至50歲爲最多，有4994件: the clause before names what 有 counts
        }
        return new DraftFact(metric.strip(), q.value(), unitOf(q), q.approx(), change,
                new Anchor(valueUnit.start(), valueUnit.end()), verb, m.rule().id(), m.rule().confidence(), null);
    }

    /**
     * 網上情緣騙案去年共有235宗, 2023年全国查处…: a time at either edge of a metric is the fact's period, not part of
     * its name (a metric made only of times is left to {@link #onlyTimes}).
     */
    private static RuleMatch.Range withoutEdgeTimes(TaggedSentence s, RuleMatch.Range r) {
        int from = r.from();
        int to = r.to();
        while (from < to && s.units().get(from).tag() == Tag.TIME) {
            from++;
        }
        while (to > from && s.units().get(to - 1).tag() == Tag.TIME) {
            to--;
        }
        return from < to ? new RuleMatch.Range(from, to) : r;
    }

    private static boolean onlyTimes(TaggedSentence s, RuleMatch.Range r) {
        boolean any = false;
        for (int k = r.from(); k < r.to(); k++) {
            Tag t = s.units().get(k).tag();
            if (t != Tag.TIME && t != Tag.SKIP && t != Tag.LINK) {
                return false;
            }
            any |= t == Tag.TIME;
        }
        return any;
    }

    /** 占, 占总数的, 占全部案件的: a share that names only what it is a share of. */
    private static boolean isShareWord(String metric) {
        String m = metric.strip();
        return (m.startsWith("占") || m.startsWith("佔")) && m.length() <= 8 && !m.contains("占比") && !m.contains("佔比");
    }

    /**
     * 有14个铁路公安局查获1000名以上: a bound (以上/以下) on a count whose subject is itself counted earlier in the clause
     * is a threshold that qualifies the subject, not a fact.
     */
    private static boolean isThreshold(TaggedSentence s, int valueIndex, QuantityMention q) {
        String t = q.text();
        if (!(t.endsWith("以上") || t.endsWith("以下"))) {
            return false;
        }
        Unit value = s.units().get(valueIndex);
        String before = s.simplified().substring(Math.max(0, value.start() - 4), value.start());
        if (before.endsWith("一次死亡") || before.endsWith("一次造成") || before.endsWith("死亡") && before.contains("一次")) {
            return true; // 一次死亡5人以上道路交通事故: the class of accident, not a count
        }
        for (int i = valueIndex - 1; i >= 0; i--) {
            Unit u = s.units().get(i);
            if (u.tag() == Tag.COMMA) {
                return false;
            }
            if (u.tag() == Tag.QUANTITY) {
                return true;
            }
        }
        return false;
    }

    private void change(TaggedSentence s, RuleMatch m, List<DraftFact> facts, String headingTopic) {
        Optional<Change> change = changeOf(s, m);
        if (change.isEmpty()) {
            return;
        }
        if (change.get().percent() == null && change.get().amount() == null) {
            // 案件7919起，案值48.8亿元，均比上年同期有所下降: a bare direction qualifies every fact before it without one
            for (int k = facts.size() - 1; k >= 0 && facts.get(k).change() == null && facts.get(k).value() != null; k--) {
                facts.set(k, facts.get(k).withChange(change.get()));
            }
            return;
        }
        int target = attachTarget(facts);
        if (m.rule().attachToPrevious() && target >= 0 && facts.get(target).change() == null
                && facts.get(target).value() != null) {
            facts.set(target, facts.get(target).withChange(change.get()));
            return;
        }
        if (m.rule().attachToPrevious() && target >= 0 && facts.get(target).value() != null) {
            Change had = facts.get(target).change();
            if (had != null && had.percent() == null && had.amount() != null && change.get().percent() != null
                    && had.direction().equals(change.get().direction())) {
                // 較2023年同期增加1,178宗，上升12.2%: the percent completes the amount already on the fact
                facts.set(target, facts.get(target).withChange(
                        new Change(had.direction(), change.get().percent(), had.amount(), had.basis())));
                return;
            }
        }
        String metric = m.capture("metric").map(r -> text(s, withoutEdgeTimes(s, r))).orElse(null);
        if (metric != null && ClauseTopics.isLight(metric)) {
            if (!facts.isEmpty()) {
                return; // 较疫情前则减少20.5%: a second comparison of the fact before, not a fact of its own
            }
            metric = null;
        }
        if ((metric == null || metric.isBlank()) && facts.isEmpty() && headingTopic != null) {
            metric = headingTopic; // （一）盗窃类警情。本月环比上升2.81%
        }
        if ((metric == null || metric.isBlank()) && facts.isEmpty()) {
            // 全國道路交通事故造成的死亡人數，比去年春節期間下降了48.6%: the clause before names what changed
            metric = ClauseTopics.subjectClauseBefore(s, m.capture("dir").orElseThrow().from());
        }
        if (metric == null || metric.isBlank()) {
            if (facts.isEmpty()) {
                return; // a change with nothing it could be about
            }
            metric = facts.get(facts.size() - 1).metric() + ClauseTopics.rangeWordBefore(s, m.capture("dir").orElseThrow().from());
        }
        RuleMatch.Range dir = m.capture("dir").orElseThrow();
        if (m.capture("pct").isEmpty()) {
            Unit amount = m.capture("amount").map(r -> firstWithQuantity(s, r)).orElse(null);
            if (facts.isEmpty() && m.rule().sentenceBefore() && amount != null) {
                // 與6月相比，案件數減少42件: offered to the figures of the sentence before; dropped unless one takes it
                facts.add(new DraftFact(metric.strip(), null, null, null, change.get(),
                        new Anchor(s.units().get(dir.from()).start(), amount.end()), null, m.rule().id(),
                        m.rule().confidence(), null));
            }
            return; // an absolute change (下跌507宗) only qualifies the fact before it
        }
        Unit pct = firstWithQuantity(s, m.capture("pct").get());
        if (pct == null) {
            return;
        }
        int anchorStart = s.units().get(dir.from()).start() < pct.start() ? s.units().get(dir.from()).start() : pct.start();
        facts.add(new DraftFact(metric.strip(), null, null, pct.quantity().approx(), change.get(),
                new Anchor(anchorStart, pct.end()), null, m.rule().id(), m.rule().confidence(), null));
    }

    /** 人民群众安全感和对公安工作满意度分别达到93.84%、89.14%: each subject with its value, in order. */
    private void respectiveValues(TaggedSentence s, RuleMatch m, List<DraftFact> facts) {
        List<String> subjects = m.capture("subjects").map(r -> splitList(s, r)).orElse(List.of());
        List<Unit> values = new ArrayList<>();
        RuleMatch.Range r = m.capture("values").orElseThrow();
        for (int i = r.from(); i < r.to(); i++) {
            Unit u = s.units().get(i);
            if ((u.tag() == Tag.PERCENT || u.tag() == Tag.QUANTITY) && u.quantity() != null) {
                values.add(u);
            }
        }
        if (subjects.size() < 2 || subjects.size() != values.size()) {
            return; // 分别 without a list on each side to pair
        }
        String object = m.capture("object").map(o -> text(s, o)).orElse(""); // 分别实现增加值…: each subject's 增加值
        String verb = m.capture("verb").map(v -> text(s, v)).orElse(""); // …突出，分别查处…: 查处 each subject
        for (int k = 0; k < values.size(); k++) {
            QuantityMention q = values.get(k).quantity();
            facts.add(new DraftFact(verb + subjects.get(k) + object, q.value(), unitOf(q), q.approx(), null,
                    new Anchor(values.get(k).start(), values.get(k).end()), null, m.rule().id(), m.rule().confidence(), null));
        }
    }

    private void respectively(TaggedSentence s, RuleMatch m, List<DraftFact> facts) {
        List<Unit> pcts = unitsWithTag(s, m.capture("pcts").orElseThrow(), Tag.PERCENT);
        String direction = direction(s, m.capture("dir").orElseThrow());
        if (pcts.isEmpty() || direction == null) {
            return;
        }
        String basis = m.capture("basis").map(r -> text(s, r)).orElse(null);
        List<String> subjects = m.capture("subjects").map(r -> splitList(s, r)).orElse(List.of());
        Unit dirUnit = s.units().get(m.capture("dir").get().from());
        List<Integer> named = subjects.size() >= 2 && subjects.size() == pcts.size() ? factsNamedBy(subjects, facts) : null;
        if (named != null) {
            // 发生火灾1135起，死亡32人…，起数、死亡人数和直接财产损失分别下降15.9%、3%和23.5%: the subjects name the
            // figures just stated, so the changes are theirs
            for (int k = 0; k < pcts.size(); k++) {
                int idx = named.get(k);
                facts.set(idx, facts.get(idx).withChange(relative(direction, pcts.get(k), basis)));
            }
            return;
        }
        if (subjects.size() >= 2 && subjects.size() == pcts.size()) {
            // The changes name their own subjects (起数和伤人、损失分别上升…): facts of their own.
            for (int k = 0; k < pcts.size(); k++) {
                Unit pct = pcts.get(k);
                int start = k == 0 && dirUnit.start() < pct.start() ? dirUnit.start() : pct.start();
                facts.add(new DraftFact(subjects.get(k), null, null, pct.quantity().approx(),
                        relative(direction, pct, basis), new Anchor(start, pct.end()),
                        null, m.rule().id(), m.rule().confidence(), null));
            }
            return;
        }
        // Pair with the facts just before that have no change yet, in order.
        List<Integer> open = new ArrayList<>();
        for (int i = facts.size() - 1; i >= 0 && open.size() < pcts.size(); i--) {
            DraftFact f = facts.get(i);
            if (f.change() != null || f.value() == null) {
                break;
            }
            open.add(0, i);
        }
        if (open.size() == pcts.size()) {
            for (int k = 0; k < pcts.size(); k++) {
                int idx = open.get(k);
                facts.set(idx, facts.get(idx).withChange(relative(direction, pcts.get(k), basis)));
            }
            return;
        }
        for (int k = 0; k < pcts.size(); k++) {
            String metric;
            if (subjects.size() == pcts.size()) {
                metric = subjects.get(k);
            } else if (!facts.isEmpty()) {
                metric = facts.get(facts.size() - 1).metric();
            } else if (!subjects.isEmpty()) {
                metric = subjects.get(Math.min(k, subjects.size() - 1));
            } else {
                continue;
            }
            Unit pct = pcts.get(k);
            int start = k == 0 && dirUnit.start() < pct.start() ? dirUnit.start() : pct.start();
            facts.add(new DraftFact(metric, null, null, pct.quantity().approx(),
                    relative(direction, pct, basis), new Anchor(start, pct.end()),
                    null, m.rule().id(), m.rule().confidence(), null));
        }
    }

    /**
     * For each subject of a 分别 list, the fact earlier in the sentence it names (a value without a change): by its
     * metric (死亡人数 → 死亡, 直接财产损失) or, for a bare count word, by its unit (起数 → the one figure in 起). Null
     * unless every subject names a distinct fact.
     */
    private static List<Integer> factsNamedBy(List<String> subjects, List<DraftFact> facts) {
        return NamedFigures.namedBy(subjects, facts.stream()
                .map(f -> new NamedFigures.Figure(f.metric(), f.unit(), f.value() != null && f.change() == null)).toList());
    }

    private void baseline(TaggedSentence s, RuleMatch m, List<DraftFact> facts) {
        Unit valueUnit = firstWithQuantity(s, m.capture("value").orElseThrow());
        Unit pct = firstWithQuantity(s, m.capture("pct").orElseThrow());
        String direction = direction(s, m.capture("dir").orElseThrow());
        if (valueUnit == null || pct == null || direction == null) {
            return;
        }
        String metric = m.capture("metric").map(r -> text(s, r)).orElse("").strip();
        DraftFact changed = null;
        if (metric.isEmpty()) {
            // …3萬8670件，較97年同期4萬337件，減少4.13%: the figure is the basis of the fact before, and so is the change
            if (facts.isEmpty() || facts.get(facts.size() - 1).value() == null || facts.get(facts.size() - 1).change() != null) {
                return;
            }
            changed = facts.get(facts.size() - 1);
            metric = changed.metric();
        }
        RuleMatch.Range basisRange = m.capture("basis").orElseThrow();
        String basis = text(s, basisRange);
        String basePeriod = null;
        for (int i = basisRange.from(); i < basisRange.to(); i++) {
            TimeMention t = s.units().get(i).time();
            if (t != null) {
                basePeriod = periodOf.apply(t);
            }
        }
        QuantityMention q = valueUnit.quantity();
        if (changed != null) {
            facts.set(facts.size() - 1, changed.withChange(relative(direction, pct, basis)));
        }
        facts.add(new DraftFact(metric, q.value(), unitOf(q), q.approx(), null,
                new Anchor(valueUnit.start(), valueUnit.end()), null, m.rule().id(), m.rule().confidence(), basePeriod));
        if (changed != null) {
            return;
        }
        Unit dirUnit = s.units().get(m.capture("dir").get().from());
        facts.add(new DraftFact(metric, null, null, pct.quantity().approx(),
                relative(direction, pct, basis),
                new Anchor(Math.min(dirUnit.start(), pct.start()), pct.end()), null, m.rule().id(),
                m.rule().confidence(), null));
    }

    private Optional<Change> changeOf(TaggedSentence s, RuleMatch m) {
        Optional<RuleMatch.Range> dir = m.capture("dir");
        if (dir.isEmpty()) {
            return Optional.empty();
        }
        String direction = direction(s, dir.get());
        Unit p = m.capture("pct").map(r -> firstWithQuantity(s, r)).orElse(null);
        Unit a = m.capture("amount").map(r -> firstWithQuantity(s, r)).orElse(null);
        boolean figureless = !m.rule().captures().contains("pct") && !m.rule().captures().contains("amount");
        if (direction == null || (p == null && a == null && !figureless)) {
            return Optional.empty();
        }
        if (p == null && a == null) {
            return Optional.of(new Change(direction, null, null, m.capture("basis").map(r -> text(s, r)).orElse(null)));
        }
        String basis = m.capture("basis").map(r -> text(s, r)).orElse(null);
        if (p != null) {
            return Optional.of(relative(direction, p, basis));
        }
        return Optional.of(new Change(direction, null, a.quantity().value(), basis));
    }

    /**
     * A change stated by a percent-like unit: 上升27% is a percent; 上升5.59个百分点 is an amount of percentage points,
     * not a relative change; 增长18.3倍 is +1830%.
     */
    private static Change relative(String direction, Unit pct, String basis) {
        QuantityMention q = pct.quantity();
        String unit = q.unit() == null ? "" : q.unit();
        if (unit.endsWith("百分点")) {
            return new Change(direction, null, q.value(), basis);
        }
        if (unit.equals("倍") && q.value() != null) {
            return new Change(direction, q.value().multiply(java.math.BigDecimal.valueOf(100)).stripTrailingZeros(), null, basis);
        }
        return new Change(direction, q.value(), null, basis);
    }

    private static String direction(TaggedSentence s, RuleMatch.Range r) {
        for (int i = r.from(); i < r.to(); i++) {
            Tag t = s.units().get(i).tag();
            if (t == Tag.UP) {
                return "up";
            }
            if (t == Tag.DOWN) {
                return "down";
            }
        }
        return null;
    }

    private static Unit firstWithQuantity(TaggedSentence s, RuleMatch.Range r) {
        for (int i = r.from(); i < r.to(); i++) {
            if (s.units().get(i).quantity() != null) {
                return s.units().get(i);
            }
        }
        return null;
    }

    private static List<Unit> unitsWithTag(TaggedSentence s, RuleMatch.Range r, Tag tag) {
        List<Unit> out = new ArrayList<>();
        for (int i = r.from(); i < r.to(); i++) {
            Unit u = s.units().get(i);
            if (u.tag() == tag && u.quantity() != null) {
                out.add(u);
            }
        }
        return out;
    }

    private static List<String> splitList(TaggedSentence s, RuleMatch.Range r) {
        List<String> out = new ArrayList<>();
        int from = r.from();
        for (int i = r.from(); i <= r.to(); i++) {
            if (i == r.to() || s.units().get(i).tag() == Tag.SEP) {
                String item = stripLeadingPreposition(s.textOf(from, i).strip());
                if (!item.isEmpty()) {
                    out.add(item);
                }
                from = i + 1;
            }
        }
        return out;
    }

    /** 在反电诈破案数 → 反电诈破案数: a preposition that opens the list is not part of its first item. */
    private static String stripLeadingPreposition(String item) {
        for (String p : List.of("其中", "在", "对", "从", "将")) {
            if (item.startsWith(p) && item.length() > p.length() + 1) {
                return item.substring(p.length());
            }
        }
        return item;
    }

    private static String text(TaggedSentence s, RuleMatch.Range r) {
        return s.textOf(r.from(), r.to());
    }

    /** An object after its value can run long (捣毁一个利用…的涉网黑恶犯罪团伙): keep the head after the last 的. */
    private static String objectText(TaggedSentence s, RuleMatch.Range r, boolean afterValue) {
        String t = text(s, r).strip();
        if (afterValue && t.length() > MAX_OBJECT_CHARS) {
            int de = t.lastIndexOf('的');
            if (de >= 0 && de + 1 < t.length()) {
                t = t.substring(de + 1);
            }
        }
        return t;
    }

    private static String unitOf(QuantityMention q) {
        return q.unit();
    }

    static BigDecimal plain(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros();
    }
}
