package io.newsfacts.numeral;

import io.newsfacts.model.ModelTable;
import io.newsfacts.text.ScriptFolding;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Finds numerals, quantities, money and percentages in text: Arabic, full-width and Chinese digits (mixed, digit by
 * digit, 大写), thousands separators, scales up to 万亿 and 兆, decimals, fractions (三分之一, 1/3), exponents and k/w/M,
 * ranges (3至5人, 两到三万, 三四十), approximations, 几/数 (几十万: 10^5..10^6), 角分 after 元, and the classifiers of news
 * statistics. Dates, clock times, codes, web addresses and numbers inside idioms, slogans and quoted names are not
 * reported. One left-to-right pass (each numeral run is capped, so the scan stays linear); immutable and thread-safe
 * once built.
 */
public final class QuantityTagger {

    public static final String UNITS_FILE = "models/quantity/units.tsv";
    public static final String NOT_QUANTITIES_FILE = "models/quantity/not-quantities.tsv";
    static final int MAX_DIGITS = 30;
    static final int MAX_CHINESE_NUMERAL = 40;

    /** Digits kept when a fraction does not end (三分之一 = 0.333333333333333), as the peer suites write them. */
    private static final MathContext FRACTION_PRECISION = new MathContext(15, RoundingMode.HALF_UP);
    /** Values beyond this are absurd input (a run of thousands of 九 before 万亿), skipped. */
    private static final BigDecimal LIMIT = new BigDecimal("1e30");
    private static final String RANGE_MARKS = "至到-—~";
    private static final String OVER_SUFFIX = "余多";
    private static final String JIAO = "角毛毫";
    private static final String[] LEAD_OVER = {"超过", "超出", "多于", "高于", "超", "逾"};
    private static final String[] LEAD_UNDER = {"将近", "接近", "不到", "不足", "低于", "少于", "近"};
    private static final String[] LEAD_ABOUT = {"大约", "约为", "大概", "约"};
    private static final String NOT_AFTER_BARE = "年月日号时点分秒届期版楼层款节";
    private static final String CHENG_BLOCKERS = "功为立员果绩本都效型交品年长熟分就人了的绩色";
    private static final String YIQI_VERB_ENDINGS = "获破生处了办置理侦发到报";
    /** Quotation marks: a numeral quoted alone is a name (“九五”计划, “七一”讲话). */
    private static final String QUOTES = "“”\"'‘’「」『』《》〈〉";
    /** Characters that end a word with 负 (税负, 胜负, 抱负, 减负): there 负 is no minus sign. */
    private static final String NOT_SIGN_BEFORE = "税胜抱欺自担重减肩背辜正身";
    /** 数 after these is the noun "number" (人数, 总数), not "several". */
    private static final String NOT_BEFORE_SEVERAL = "人总次件户岁倍函指变参系基个分位字点票笔";
    /** 打 after a number is a dozen unless a verb goes on (一打开, 三打一). */
    private static final String ROUND_BLOCKERS = "现生布出放起展案动送挥给言表文行达回往";
    private static final String DOZEN_BLOCKERS = "开击印造工破电卡架败通响赢球进捞掉算压着了过出入车的折扰扫死伤包诈假黑拐一二三四五六七八九十";

    /** Characters a mention (or a web address, whose numbers are skipped) can start with. */
    private static final boolean[] MAY_START = mayStart();

    private static boolean[] mayStart() {
        boolean[] may = new boolean[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            may[c] = isAsciiDigit(ch) || ChineseNumerals.digit(ch) >= 0 || ChineseNumerals.smallUnit(ch) > 0
                    || ChineseNumerals.tens(ch) > 0 || ChineseNumerals.bigUnitExponent(ch) > 0;
        }
        for (char ch : ".半对一几数参hw".toCharArray()) {
            may[ch] = true;
        }
        return may;
    }

    private final UnitTable units;
    private final Map<Character, List<Phrase>> notQuantities;
    private final ScriptFolding folding;

    private record Phrase(String text, int numeralOffset) {
    }

    private QuantityTagger(UnitTable units, Map<Character, List<Phrase>> notQuantities) {
        this.units = units;
        this.notQuantities = Map.copyOf(notQuantities);
        this.folding = ScriptFolding.instance();
    }

    /** Loads the lexicons under {@code models/quantity/} from the classpath. */
    public static QuantityTagger fromDefaultModels() {
        UnitTable units = UnitTable.parse(UNITS_FILE, ModelTable.read(UNITS_FILE));
        Map<Character, List<Phrase>> phrases = new HashMap<>();
        for (ModelTable.Row row : ModelTable.rows(NOT_QUANTITIES_FILE, ModelTable.read(NOT_QUANTITIES_FILE),
                "header must be 'phrase'", "phrase")) {
            String line = row.text().strip();
            for (int k = 0; k < line.length(); k++) {
                if (ChineseNumerals.isNumeralChar(line.charAt(k))) {
                    phrases.computeIfAbsent(line.charAt(k), c -> new ArrayList<>()).add(new Phrase(line, k));
                }
            }
        }
        return new QuantityTagger(units, phrases);
    }

    /** Mentions in text order; never throws on any input. */
    public List<QuantityMention> tag(String text) {
        return tag(text, warning -> { });
    }

    /** As {@link #tag(String)}, reporting skipped mentions (overflow, absurd input) to {@code warnings}. */
    public List<QuantityMention> tag(String text, Consumer<String> warnings) {
        char[] t = new char[text.length()];
        for (int i = 0; i < t.length; i++) {
            char c = folding.toSimplified(ScriptFolding.foldWidth(text.charAt(i)));
            t[i] = c == '／' ? '/' : c == '～' ? '~' : c;
        }
        String s = new String(t);
        List<QuantityMention> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (!MAY_START[s.charAt(i)]) {
                i++; // most characters open nothing: the scan below is tried only where a mention or an address can start
                continue;
            }
            int next;
            try {
                next = urlEnd(s, i);
                if (next == i) {
                    next = scan(s, text, i, out, warnings);
                }
            } catch (ArithmeticException | NumberFormatException e) {
                warnings.accept("skipped a number at offset " + i + ": " + e.getMessage());
                next = skipNumberRun(s, i);
            }
            i = Math.max(next, i + 1);
        }
        return withSharedPercentPrefix(out, s);
    }

    /**
     * 达百分之98.7及79.3: a bare number joined to a 百分之 percent by 及/和/与/、/或 shares its 百分之 and is a percent too
     * (written with the % sign the second number carries its own sign).
     */
    private static List<QuantityMention> withSharedPercentPrefix(List<QuantityMention> mentions, String s) {
        for (int k = 1; k < mentions.size(); k++) {
            QuantityMention before = mentions.get(k - 1);
            QuantityMention q = mentions.get(k);
            if (q.kind() == QuantityKind.NUMBER && before.kind() == QuantityKind.PERCENT && before.text().startsWith("百分之")
                    && q.start() == before.end() + 1 && "及和与、或".indexOf(s.charAt(before.end())) >= 0) {
                mentions.set(k, new QuantityMention(q.start(), q.end(), q.text(), QuantityKind.PERCENT, q.value(), q.max(), "%", q.approx()));
            }
        }
        return mentions;
    }

    /** Numbers inside a web address (…?q=30%25) are not quantities: the end of the address starting at i, else i. */
    private static int urlEnd(String s, int i) {
        if (!(s.startsWith("http://", i) || s.startsWith("https://", i) || s.startsWith("www.", i))) {
            return i;
        }
        int j = i;
        while (j < s.length() && s.charAt(j) > ' ' && s.charAt(j) < 0x7f) {
            j++;
        }
        return j;
    }

    /** Tries a mention starting at {@code i}; returns where scanning continues. */
    private int scan(String s, String original, int i, List<QuantityMention> out, Consumer<String> warnings) {
        char c = s.charAt(i);
        int percentEnd = percentMarkerEnd(s, i);
        if (percentEnd > 0) {
            return percentPrefix(s, original, i, percentEnd, out, warnings);
        }
        if (c == '半' || c == '对') {
            return half(s, original, i, out, warnings);
        }
        if (s.startsWith("一半", i) && !(i > 0 && (isNumeralStart(s, i - 1) || s.charAt(i - 1) == '另'))) {
            // 一半 (half of it), 一半以上; not 另一半 (one's spouse)
            Approx trailing = trailingApprox(s, i + 2);
            int end = trailing == null ? i + 2 : i + 4;
            return add(out, warnings, s, original, i, end, QuantityKind.NUMBER, new BigDecimal("0.5"), null, null,
                    trailing != null ? trailing : leadingApprox(s, i), end);
        }
        boolean arabic = isAsciiDigit(c) || (c == '.' && i + 1 < s.length() && isAsciiDigit(s.charAt(i + 1))
                && (i == 0 || "-+负".indexOf(s.charAt(i - 1)) >= 0)); // .5, -.5; not 1 0 . 0 6 (spaced digits)
        if (!arabic && !isNumeralStart(s, i) && !approximateScaleStart(s, i)) {
            return i + 1;
        }
        if (i > 1 && s.charAt(i - 1) == '-' && isAsciiLetter(s.charAt(i - 2))) {
            return skipNumberRun(s, i); // COVID-19, SARS-CoV-2: part of a name
        }
        if (i > 0 && (isAsciiLetter(s.charAt(i - 1)) || isAsciiDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '·'
                || (s.charAt(i - 1) == '.' && !(i > 1 && s.charAt(i - 2) == '.')))) {
            return skipNumberRun(s, i); // inside a code or a longer token (an ellipsis before is fine: ...9)
        }
        if (!arabic && insideIdiom(s, i) && !s.startsWith("分之", i + 1)) {
            return i + 1;
        }
        String currencySign = i > 0 && (s.charAt(i - 1) == '$') ? "美元"
                : i > 0 && (s.charAt(i - 1) == '￥' || s.charAt(i - 1) == '¥') ? "元" : null;
        Reading first = read(s, i, warnings, false, currencySign != null);
        if (first == null) {
            return arabic ? skipNumberRun(s, i) : i + 1; // a rejected Chinese run may still hold a count further on
        }
        if (first.date()) {
            return first.end();
        }
        int j = first.end();
        BigDecimal value = first.value();
        BigDecimal max = first.max();
        Approx approx = first.over() ? Approx.OVER : null;

        // Fractions: 三分之一, 一百分之二, 3又一千分之23, 1 4/3
        int afterYou = skipSpaces(s, j);
        if (afterYou < s.length() && s.charAt(afterYou) == '又') {
            Fraction f = fraction(s, skipSpaces(s, afterYou + 1), warnings, true);
            if (f != null) {
                BigDecimal mixed = value.add(f.value()).round(FRACTION_PRECISION);
                return add(out, warnings, s, original, i, f.end(), QuantityKind.NUMBER, signed(s, i, mixed), null, null, null, f.end());
            }
        }
        Fraction f = fractionAfterDenominator(s, first, warnings, false);
        if (f != null) {
            return add(out, warnings, s, original, i, f.end(), QuantityKind.NUMBER, signed(s, i, f.value()), null, null, null, f.end());
        }
        if (first.arabicInteger() && j + 1 < s.length() && s.charAt(j) == ' ' && isAsciiDigit(s.charAt(j + 1))) {
            Reading mixed = read(s, j + 1, warnings, false, false);
            if (mixed != null && mixed.slashFraction() && mixed.value().compareTo(BigDecimal.ZERO) > 0) {
                BigDecimal sum = value.add(mixed.value()).round(FRACTION_PRECISION);
                return add(out, warnings, s, original, i, mixed.end(), QuantityKind.NUMBER, signed(s, i, sum), null, null, null, mixed.end());
            }
        }

        if (first.arabicStart() && spacedDigits(s, i, j)) {
            return skipNumberRun(s, j); // 1 3 9 9 亿美元: digits spaced out by typesetting are not read one by one
        }
        // Ranges: 3至5人, 30-40名, 两到三万港元 (the first takes the scale of the second: 两 → 两万), 1万元--5万元
        int mark = rangeMarkEnd(s, j);
        if (max == null && mark > j && mark < s.length()) {
            boolean dash = s.charAt(j) == '-';
            Reading second = (isAsciiDigit(s.charAt(mark)) || !dash) && (isAsciiDigit(s.charAt(mark)) || isNumeralStart(s, mark))
                    ? read(s, mark, warnings, true, false) : null;
            if (second != null && first.yearLike() && (second.yearLike() || second.date())) {
                return second.end(); // 1956—1967年, １９７９到１９８０年: a span of years
            }
            if (second != null && !second.date() && !second.yearLike() && (!dash || isAsciiDigit(s.charAt(mark)) == first.arabicStart())) {
                BigDecimal low = value;
                BigDecimal lastScale = second.lastScale();
                if (lastScale != null && (first.lastScale() == null || first.lastScale().compareTo(lastScale) < 0) && second.value().compareTo(low.multiply(lastScale)) >= 0
                        && low.compareTo(second.value().divide(lastScale, MathContext.DECIMAL64)) <= 0) {
                    low = low.multiply(lastScale);
                }
                if (second.value().compareTo(low) > 0) {
                    value = low;
                    max = second.value();
                    j = second.end();
                }
            }
        }

        // 多/余 after the number: 5000余起, 30多名, 3000多欧元 (the high end is one step of the last digit more)
        if (j < s.length() && OVER_SUFFIX.indexOf(s.charAt(j)) >= 0 && j + 1 < s.length() && max == null
                && (units.longestAt(s, j + 1) != null || s.charAt(j + 1) == '个')) {
            approx = Approx.OVER;
            max = value.add(first.place());
            j++;
        }
        int numberEnd = j;
        QuantityKind kind;
        String unitText = null;
        // 两个半小时, 五个半: one half more
        if (s.startsWith("个半", j) && max == null) {
            value = value.add(new BigDecimal("0.5"));
            // the unit after 半 is read as if 个 came right before it: 个小时, 个月, or 个 alone
            String rest = "个" + s.substring(j + 2, Math.min(s.length(), j + 6));
            UnitTable.UnitEntry u = units.longestAt(rest, 0);
            int end = j + 2 + (u == null ? 0 : u.written().length() - 1);
            String unit = u == null ? "个" : u.base();
            return add(out, warnings, s, original, i, end, QuantityKind.QUANTITY, signed(s, i, value), null, unit, leadingApprox(s, i), end);
        }
        if (j == i + 1 && c == '1' && j < s.length() && s.charAt(j) == '半'
                && (j + 1 >= s.length() || !isHan(s.charAt(j + 1)) || trailingApprox(s, j + 1) != null)) {
            // 1半 is 一半 typed with a digit (超过1半以上): a half; 1.5 would be written 1个半
            Approx trailing = trailingApprox(s, j + 1);
            int end = trailing == null ? j + 1 : j + 3;
            return add(out, warnings, s, original, i, end, QuantityKind.NUMBER, new BigDecimal("0.5"), null, null,
                    trailing != null ? trailing : leadingApprox(s, i), end);
        }
        if (first.arabicStart() && j + 1 < s.length() && s.charAt(j) == ' ' && isHan(s.charAt(j + 1))
                && units.longestAt(s, j + 1) != null) {
            j++; // 1477656 元, 3 人: a space typed before the unit
        }
        int percentWordEnd = spacedWordEnd(s, skipSpaces(s, j), "个百分点");
        UnitTable.UnitEntry unit = percentWordEnd > 0 ? null : units.longestAt(s, j);
        if (unit != null && unit.written().equals("个")) {
            UnitTable.UnitEntry currency = units.longestAt(s, j + 1);
            if (currency != null && currency.kind() == QuantityKind.MONEY && currency.written().length() > 1) {
                unit = currency; // 20个比特币: the currency counted with 个
                j++;
            }
        }
        if (unit != null && unit.kind() == QuantityKind.MONEY && JIAO.indexOf(unit.written().charAt(0)) >= 0
                && !jiaoIsMoney(s, i, j, unit)) {
            unit = null;
        }
        if (unit != null && unit.written().equals("打") && j + 1 < s.length()
                && (DOZEN_BLOCKERS.indexOf(s.charAt(j + 1)) >= 0 || first.arabicStart() && isHan(s.charAt(j + 1)))) {
            unit = null;
        }
        if (unit != null && unit.written().length() == 2 && unit.written().endsWith("案")
                && j + 2 < s.length() && "件例".indexOf(s.charAt(j + 2)) >= 0) {
            unit = units.longestAt(s.substring(j, j + 1), 0); // 4个案件, 7,267宗案件: the classifier is 个/宗, the object 案件
        }
        if (unit != null && unit.written().equals("发") && j + 1 < s.length() && ROUND_BLOCKERS.indexOf(s.charAt(j + 1)) >= 0) {
            unit = null; // 子弹20发 counts rounds; 20发现, 3发生 are verbs after a number
        }
        if (unit != null && unit.written().equals("案") && !first.arabicStart()) {
            unit = null; // 偵破走私毒品7案 counts cases; 张某一案, 两案并罚 name them
        }
        if (percentWordEnd > 0) {
            kind = QuantityKind.PERCENT;
            unitText = "个百分点";
            j = percentWordEnd;
        } else if (unit != null) {
            j += unit.written().length();
            kind = unit.kind();
            value = value.multiply(unit.scale());
            if (max != null) {
                max = max.multiply(unit.scale());
            }
            unitText = unit.base();
            int compoundEnd = compoundUnitEnd(s, j);
            if (unit.kind() == QuantityKind.QUANTITY && compoundEnd > j) {
                unitText = unitText + s.substring(j, compoundEnd); // 1200辆(艘)次: the compound unit as written
                j = compoundEnd;
            }
            if (unit.written().equals("块") && blockIsMoney(s, j, value)) {
                kind = QuantityKind.MONEY;
                unitText = "元";
            }
            if (unit.written().equals("年") && first.yearLike()) {
                return j; // a date: 2023年, 二〇二三年
            }
            if (unit.written().equals("位") && s.startsWith("一体", j)) {
                return j;
            }
            if (c == '一' && first.end() == i + 1 && unit.written().equals("起") && !yiqiIsCount(s, i)) {
                return j; // 一起 as "together"
            }
            if (kind == QuantityKind.MONEY && "元".equals(unitText) || "美元".equals(unitText)) {
                int[] chainEnd = new int[1];
                BigDecimal cents = jiaoFen(s, j, "美元".equals(unitText), JIAO.indexOf(unit.written().charAt(0)) >= 0, chainEnd);
                if (cents != null && max == null) {
                    value = value.add(cents);
                    j = chainEnd[0];
                }
                if (s.startsWith("钱", j)) {
                    j++;
                }
            }
            // 1万元--5万元: a range with the unit written twice
            int mark2 = rangeMarkEnd(s, j);
            if (max == null && mark2 > j && s.charAt(j) != '到' && mark2 < s.length() && (isAsciiDigit(s.charAt(mark2)) || isNumeralStart(s, mark2))) {
                Reading second = read(s, mark2, warnings, true, false);
                if (second != null && !second.date() && !second.yearLike() && !first.yearLike()
                        && s.startsWith(unit.written(), second.end())) {
                    BigDecimal high = second.value().multiply(unit.scale());
                    if (high.compareTo(value) > 0) {
                        max = high;
                        j = second.end() + unit.written().length();
                    }
                }
            }
        } else if (currencySign != null) {
            kind = QuantityKind.MONEY;
            unitText = currencySign;
        } else if (skipSpaces(s, j) < s.length() && s.charAt(skipSpaces(s, j)) == '折' && value.signum() > 0
                && value.compareTo(BigDecimal.valueOf(100)) < 0 && value.compareTo(BigDecimal.TEN) != 0) {
            kind = QuantityKind.PERCENT; // 五折 = 50%, 9.9折 = 99%, 九五折 = 95%
            value = value.compareTo(BigDecimal.TEN) < 0 ? value.multiply(BigDecimal.TEN) : value;
            unitText = "%";
            j = skipSpaces(s, j) + 1;
        } else if (chengAt(s, j) > 0 && value.compareTo(BigDecimal.TEN) <= 0 && first.end() - i <= 6) {
            kind = QuantityKind.PERCENT; // 三成 = 30%, 三成三 = 33%, 三成半 = 35%
            j = chengAt(s, j);
            value = value.multiply(BigDecimal.TEN);
            unitText = "%";
            int k = skipSpaces(s, j);
            if (k < s.length() && s.charAt(k) == '半') {
                value = value.add(BigDecimal.valueOf(5));
                j = k + 1;
            } else if (k < s.length() && tenthsDigit(s.charAt(k)) > 0
                    && (k + 1 >= s.length() || units.longestAt(s, k + 1) == null && !isNumeralStart(s, k + 1)
                    && !isAsciiDigit(s.charAt(k + 1)) && s.charAt(k + 1) != '.')) {
                value = value.add(BigDecimal.valueOf(tenthsDigit(s.charAt(k)))); // 三成三, 6成2
                j = k + 1;
            }
        } else if (j < s.length() && (s.charAt(j) == '分' || s.charAt(j) == '仙') && j + 1 == s.length() && wholeTextFrom(s, i)) {
            kind = QuantityKind.MONEY; // a price tag alone: 五分, 25分 are cents
            value = value.movePointLeft(2);
            unitText = "元";
            j++;
        } else {
            kind = QuantityKind.NUMBER;
            if (!bareNumberAllowed(s, i, j, first)) {
                return j;
            }
        }
        if (i > 0 && s.charAt(i - 1) == '第') {
            kind = QuantityKind.ORDINAL;
        }
        // Trailing approximation after the unit: 80%以上, 70%左右
        if (kind != QuantityKind.ORDINAL) {
            Approx trailing = trailingApprox(s, j);
            if (trailing != null || s.startsWith("之多", j)) {
                approx = approx == null ? trailing : approx;
                j += 2;
            } else if (kind == QuantityKind.NUMBER && j < s.length() && OVER_SUFFIX.indexOf(s.charAt(j)) >= 0
                    && j == numberEnd && max == null) {
                approx = Approx.OVER;
                max = value.add(first.place());
                j++;
            }
            if (approx == null) {
                approx = leadingApprox(s, i);
            }
        } else {
            approx = null;
        }
        return add(out, warnings, s, original, i, j, kind, signed(s, i, value), max, unitText, approx, j);
    }

    /** The end of a bracketed alternative and 次 after a unit (辆(艘)次, 人（户）次), or j. */
    private static int compoundUnitEnd(String s, int j) {
        if (j >= s.length() || (s.charAt(j) != '(' && s.charAt(j) != '（')) {
            return j;
        }
        int k = j + 1;
        // one alternative (辆(艘)次) or a list of them (架(列、艘、辆)次)
        while (k < s.length() && k - j <= 8 && (isHan(s.charAt(k)) && s.charAt(k) != '、' || s.charAt(k) == '、' && k > j + 1)) {
            k++;
        }
        if (k == j + 1 || k >= s.length() || (s.charAt(k) != ')' && s.charAt(k) != '）') || s.charAt(k - 1) == '、') {
            return j;
        }
        return k + 1 < s.length() && s.charAt(k + 1) == '次' ? k + 2 : j;
    }

    /** Adds a mention unless its value is absurd; returns where scanning continues. */
    private static int add(List<QuantityMention> out, Consumer<String> warnings, String s, String original, int start,
                           int end, QuantityKind kind, BigDecimal value, BigDecimal max, String unit, Approx approx, int next) {
        if (value.abs().compareTo(LIMIT) > 0 || (max != null && max.abs().compareTo(LIMIT) > 0)) {
            warnings.accept("skipped an absurdly large number at offset " + start + " (" + (end - start) + " characters)");
            return next;
        }
        out.add(new QuantityMention(start, end, original.substring(start, end), kind, value.stripTrailingZeros(),
                max == null ? null : max.stripTrailingZeros(), unit, approx));
        return next;
    }

    /** The value with the sign written before the number: 负三, -5, - 1,200,000 (but not --9). */
    private static BigDecimal signed(String s, int i, BigDecimal value) {
        int k = i - 1;
        while (k >= 0 && k >= i - 2 && s.charAt(k) == ' ') {
            k--;
        }
        if (k < 0) {
            return value;
        }
        if (s.charAt(k) == '负' && (k == 0 || NOT_SIGN_BEFORE.indexOf(s.charAt(k - 1)) < 0)) {
            return value.negate(); // 为负3%, 气温负三度; not 税负5700多亿元
        }
        if (s.charAt(k) == '-' && (k == 0 || !(Character.isLetterOrDigit(s.charAt(k - 1)) || "-)）".indexOf(s.charAt(k - 1)) >= 0))) {
            return value.negate();
        }
        return value;
    }

    /** 百分之, 千分之, 万分之, 百万分之 (spaces allowed between the characters): end of the marker, or 0. */
    private static int percentMarkerEnd(String s, int i) {
        int j = i;
        while (j < s.length() && j - i < 4 && (ChineseNumerals.smallUnit(s.charAt(j)) >= 100 || ChineseNumerals.bigUnitExponent(s.charAt(j)) > 0)) {
            j = skipSpaces(s, j + 1);
        }
        if (j == i || (i > 0 && (isAsciiDigit(s.charAt(i - 1)) || ChineseNumerals.digit(s.charAt(i - 1)) >= 0))) {
            return 0;
        }
        int end = spacedWordEnd(s, j, "分之");
        return end > 0 ? end : 0;
    }

    /** The end of {@code word} at {@code j} when its characters are written with spaces between them, else 0. */
    private static int spacedWordEnd(String s, int j, String word) {
        int k = j;
        for (int w = 0; w < word.length(); w++) {
            if (w > 0) {
                k = skipSpaces(s, k);
            }
            if (k >= s.length() || s.charAt(k) != word.charAt(w)) {
                return 0;
            }
            k++;
        }
        return k;
    }

    private static int skipSpaces(String s, int j) {
        int k = j;
        while (k < s.length() && k - j < 3 && s.charAt(k) == ' ') {
            k++;
        }
        return k;
    }

    private int percentPrefix(String s, String original, int i, int markerEnd, List<QuantityMention> out, Consumer<String> warnings) {
        int k = skipSpaces(s, markerEnd);
        BigDecimal divisor = BigDecimal.ONE; // 百分之 → ×1, 千分之 → ÷10, 百万分之 → ÷10^4
        for (int m = i; m < markerEnd && s.charAt(m) != '分'; m++) {
            char ch = s.charAt(m);
            int e = ChineseNumerals.bigUnitExponent(ch);
            if (e > 0 || ChineseNumerals.smallUnit(ch) > 0) {
                divisor = divisor.multiply(e > 0 ? BigDecimal.TEN.pow(e) : BigDecimal.valueOf(ChineseNumerals.smallUnit(ch)));
            }
        }
        Reading p = k < s.length() && (isAsciiDigit(s.charAt(k)) || isNumeralStart(s, k)) ? read(s, k, warnings, true, false) : null;
        if (p == null || p.date()) {
            return markerEnd;
        }
        BigDecimal value = p.value().multiply(BigDecimal.valueOf(100)).divide(divisor, MathContext.DECIMAL64);
        BigDecimal max = p.max() == null ? null : p.max().multiply(BigDecimal.valueOf(100)).divide(divisor, MathContext.DECIMAL64);
        int j = p.end();
        Approx approx = leadingApprox(s, i);
        Approx trailing = trailingApprox(s, j);
        if (trailing != null) {
            approx = trailing;
            j += 2;
        }
        return add(out, warnings, s, original, i, j, QuantityKind.PERCENT, signed(s, i, value), max, "%", approx, j);
    }

    /** 半个, 半百, 半成, 半折, 对折: halves written without a digit. */
    private int half(String s, String original, int i, List<QuantityMention> out, Consumer<String> warnings) {
        if (i + 1 >= s.length()) {
            return i + 1;
        }
        char next = s.charAt(i + 1);
        if (s.charAt(i) == '对') {
            if (next == '折' && i > 0 && s.charAt(i - 1) == '打') { // 打对折
                return add(out, warnings, s, original, i, i + 2, QuantityKind.PERCENT, BigDecimal.valueOf(50), null, "%", null, i + 2);
            }
            return i + 1;
        }
        if (i > 0 && (isNumeralStart(s, i - 1) || s.charAt(i - 1) == '一' || s.charAt(i - 1) == '个')) {
            return i + 1; // 一半, 三成半 are read with their numbers
        }
        if ((next == '成' && chengAt(s, i + 1) > 0) || next == '折') {
            BigDecimal v = BigDecimal.valueOf(next == '成' ? 5 : 50);
            return add(out, warnings, s, original, i, i + 2, QuantityKind.PERCENT, v, null, "%", null, i + 2);
        }
        if (next == '百' && (i + 2 >= s.length() || !isHan(s.charAt(i + 2)) || s.charAt(i + 2) == '的')) {
            return add(out, warnings, s, original, i, i + 2, QuantityKind.NUMBER, BigDecimal.valueOf(50), null, null, null, i + 2);
        }
        if (next == '个') {
            UnitTable.UnitEntry u = units.longestAt(s, i + 1);
            if (u != null && (u.written().length() > 1 || i + 2 >= s.length() || !isHan(s.charAt(i + 2)))) {
                int end = i + 1 + u.written().length();
                return add(out, warnings, s, original, i, end, QuantityKind.QUANTITY, new BigDecimal("0.5"), null, u.base(), null, end);
            }
        }
        return i + 1;
    }

    /** A digit after 成 (三成三 = 33%, 6成2 = 62%), Chinese or Arabic; -1 otherwise. */
    private static int tenthsDigit(char c) {
        return isAsciiDigit(c) ? c - '0' : ChineseNumerals.digit(c);
    }

    /** The end of 成 (spaces allowed before it) when it reads as tenths, else 0. */
    private static int chengAt(String s, int j) {
        int k = skipSpaces(s, j);
        if (k < s.length() && s.charAt(k) == '成' && (k + 1 >= s.length() || CHENG_BLOCKERS.indexOf(s.charAt(k + 1)) < 0)) {
            return k + 1;
        }
        return 0;
    }

    /** Whether only spaces or a sign stand before {@code i}: the number is the whole text (a price tag). */
    private static boolean wholeTextFrom(String s, int i) {
        for (int k = 0; k < i; k++) {
            if (s.charAt(k) != ' ' && s.charAt(k) != '-' && s.charAt(k) != '负') {
                return false;
            }
        }
        return true;
    }

    /** 角/毛/毫 are money only where a price reads: 两毛, 五角钱, 两角五分; not 五角大楼, 冰山一角. */
    private boolean jiaoIsMoney(String s, int i, int j, UnitTable.UnitEntry unit) {
        int after = j + unit.written().length();
        boolean priceFollows = after >= s.length() || !isHan(s.charAt(after)) || s.charAt(after) == '钱'
                || isNumeralStart(s, after) || (after < s.length() && isAsciiDigit(s.charAt(after)));
        if (!priceFollows) {
            return false;
        }
        boolean one = j - i == 1 && s.charAt(i) == '一';
        return !one || (after < s.length() && (s.charAt(after) == '钱' || isNumeralStart(s, after)));
    }

    /** 块 is money when a price reads: 十块三毛, 几十万块 (at the end of a clause); 两块金牌 stays a count. */
    private boolean blockIsMoney(String s, int j, BigDecimal value) {
        if (j >= s.length() || !isHan(s.charAt(j))) {
            return value.compareTo(BigDecimal.valueOf(10_000)) >= 0 || (j >= s.length());
        }
        int k = j;
        while (k < s.length() && k - j < 3 && (isAsciiDigit(s.charAt(k)) || ChineseNumerals.digit(s.charAt(k)) >= 0)) {
            k++;
        }
        return k > j && k < s.length() && JIAO.indexOf(s.charAt(k)) >= 0;
    }

    /** 角分 after 元 (五元三毛, 50元6角三分, 两美元又三美分, 两毛五): the amount in 元, and where it ends; else null. */
    private static BigDecimal jiaoFen(String s, int j, boolean dollars, boolean afterJiao, int[] end) {
        int k = j;
        if (k < s.length() && s.charAt(k) == '又') {
            k++;
        }
        BigDecimal total = BigDecimal.ZERO;
        boolean jiao = afterJiao;
        if (!afterJiao) {
            int[] n = smallAmount(s, k);
            if (n != null && n[1] < s.length() && JIAO.indexOf(s.charAt(n[1])) >= 0) {
                total = total.add(BigDecimal.valueOf(n[0]).movePointLeft(1));
                k = n[1] + 1;
                jiao = true;
            }
        }
        int[] n = smallAmount(s, k);
        if (n != null) {
            int unitEnd = n[1] < s.length() && (s.charAt(n[1]) == '分' || s.charAt(n[1]) == '仙') ? n[1] + 1
                    : dollars && s.startsWith("美分", n[1]) ? n[1] + 2 : 0;
            if (unitEnd > 0) {
                total = total.add(BigDecimal.valueOf(n[0]).movePointLeft(2));
                k = unitEnd;
            } else if (jiao && n[1] - k == 1 && !isAsciiDigit(s.charAt(k))
                    && (n[1] >= s.length() || !isHan(s.charAt(n[1])) || s.charAt(n[1]) == '钱')) {
                total = total.add(BigDecimal.valueOf(n[0]).movePointLeft(2)); // 两毛五
                k = n[1];
            }
        }
        if (k == j || total.signum() == 0 && !afterJiao) {
            return null;
        }
        end[0] = k;
        return total;
    }

    /** A one- or two-digit amount at k (三, 6, 25): {value, end}, or null. */
    private static int[] smallAmount(String s, int k) {
        if (k >= s.length()) {
            return null;
        }
        if (ChineseNumerals.digit(s.charAt(k)) > 0) {
            if (k + 2 < s.length() && ChineseNumerals.smallUnit(s.charAt(k + 1)) == 10 && ChineseNumerals.digit(s.charAt(k + 2)) > 0) {
                return new int[]{ChineseNumerals.digit(s.charAt(k)) * 10 + ChineseNumerals.digit(s.charAt(k + 2)), k + 3};
            }
            return new int[]{ChineseNumerals.digit(s.charAt(k)), k + 1};
        }
        int m = k;
        while (m < s.length() && m - k < 2 && isAsciiDigit(s.charAt(m))) {
            m++;
        }
        if (m == k || (m < s.length() && isAsciiDigit(s.charAt(m)))) {
            return null;
        }
        return new int[]{Integer.parseInt(s.substring(k, m)), m};
    }

    private record Fraction(int end, BigDecimal value) {
    }

    /** 三分之一 / 3分之1 / 一又十分一 starting at k (denominator first). */
    private Fraction fraction(String s, int k, Consumer<String> warnings, boolean afterYou) {
        if (k >= s.length() || !(isAsciiDigit(s.charAt(k)) || isNumeralStart(s, k))) {
            return null;
        }
        Reading denominator = read(s, k, warnings, true, false);
        if (denominator == null || denominator.date()) {
            return null;
        }
        if (denominator.slashFraction()) {
            return new Fraction(denominator.end(), denominator.value());
        }
        return fractionAfterDenominator(s, denominator, warnings, afterYou);
    }

    /** The fraction whose denominator was just read: 三分之一, 3 分 之 1; after 又 also 十分一. */
    private Fraction fractionAfterDenominator(String s, Reading denominator, Consumer<String> warnings, boolean afterYou) {
        int j = skipSpaces(s, denominator.end());
        int k = spacedWordEnd(s, j, "分之");
        if (k == 0 && afterYou && j < s.length() && s.charAt(j) == '分') {
            k = j + 1; // 一又十分一
        }
        if (k == 0) {
            return cantoneseFraction(s, denominator, j, warnings);
        }
        k = skipSpaces(s, k);
        boolean negative = false;
        if (k < s.length() && s.charAt(k) == '负') {
            negative = true;
            k++;
        }
        if (k >= s.length() || !(isAsciiDigit(s.charAt(k)) || isNumeralStart(s, k))) {
            return null;
        }
        Reading numerator = read(s, k, warnings, true, false);
        if (numerator == null || numerator.date() || denominator.value().signum() == 0) {
            return null;
        }
        BigDecimal v = numerator.value().divide(denominator.value(), FRACTION_PRECISION);
        return new Fraction(numerator.end(), negative ? v.negate() : v);
    }

    /**
     * Cantonese fractions written X份Y (二份一 = 1/2, 三份一嘅市民): Chinese numerals on both sides, and the numerator ends
     * the clause or precedes 嘅/的, so 两份一次性口罩 and 十份文件 stay counts of 份.
     */
    private Fraction cantoneseFraction(String s, Reading denominator, int j, Consumer<String> warnings) {
        int k = j + 1;
        if (j >= s.length() || s.charAt(j) != '份' || denominator.arabicStart() || k >= s.length() || !isNumeralStart(s, k)
                || denominator.value().signum() == 0) {
            return null;
        }
        Reading numerator = read(s, k, warnings, true, false);
        if (numerator == null || numerator.date() || numerator.arabicStart()) {
            return null;
        }
        int end = numerator.end();
        boolean clauseEnds = end >= s.length() || !isHan(s.charAt(end)) || s.charAt(end) == '嘅' || s.charAt(end) == '的';
        if (!clauseEnds || units.longestAt(s, end) != null) {
            return null;
        }
        return new Fraction(end, numerator.value().divide(denominator.value(), FRACTION_PRECISION));
    }

    /** The end of a range mark at j (至, 到, -, —, ~, --, ——), or j. */
    private static int rangeMarkEnd(String s, int j) {
        if (j >= s.length() || RANGE_MARKS.indexOf(s.charAt(j)) < 0) {
            return j;
        }
        int k = j + 1;
        if (k < s.length() && (s.charAt(k) == '-' || s.charAt(k) == '—') && s.charAt(j) != '至' && s.charAt(j) != '到') {
            k++;
        }
        return k;
    }

    /**
     * A number read at {@code [start, end)}: value, upper end of a range (三四十, 几十), whether it reads as a year or a
     * date, whether 多/余 sits inside (十多万), the step of its last digit (for 多), the last scale written (两到三万: the
     * scale 两 borrows), and its shape.
     */
    private record Reading(int end, BigDecimal value, BigDecimal max, boolean yearLike, boolean date, boolean over,
                           BigDecimal place, BigDecimal lastScale, boolean arabicStart, boolean arabicInteger,
                           boolean slashFraction, boolean digitRun) {
        Reading(int end, BigDecimal value, BigDecimal max, boolean yearLike, boolean date, boolean over, BigDecimal place,
                BigDecimal lastScale, boolean arabicStart, boolean arabicInteger, boolean slashFraction) {
            this(end, value, max, yearLike, date, over, place, lastScale, arabicStart, arabicInteger, slashFraction, false);
        }

        static Reading date(int end) {
            return new Reading(end, BigDecimal.ZERO, null, true, true, false, BigDecimal.ONE, null, false, false, false);
        }
    }

    /**
     * Reads the number starting at {@code i}: Arabic (with separators, decimals, exponents, k/w/M), Chinese, or both mixed
     * with scales. Null when nothing reads as a number there.
     *
     * @param afterMarker the number follows a marker (百分之, 至, 分之), so a single character counts too
     */
    private Reading read(String s, int i, Consumer<String> warnings, boolean afterMarker, boolean asciiCommasOnly) {
        List<ChineseNumerals.Token> tokens = new ArrayList<>();
        int j;
        boolean arabicStart = isAsciiDigit(s.charAt(i)) || s.charAt(i) == '.';
        if (arabicStart) {
            Arabic a = arabic(s, i, warnings, asciiCommasOnly);
            if (a == null) {
                return null;
            }
            if (a.date()) {
                return Reading.date(a.end());
            }
            int k = skipSpaces(s, a.end());
            boolean scaleFollows = k < s.length() && (ChineseNumerals.smallUnit(s.charAt(k)) > 0
                    || ChineseNumerals.bigUnitExponent(s.charAt(k)) > 0 || (OVER_SUFFIX.indexOf(s.charAt(k)) >= 0 && k + 1 < s.length()
                    && ChineseNumerals.bigUnitExponent(s.charAt(k + 1)) > 0) || (s.charAt(k) == '个' && k + 1 < s.length()
                    && ChineseNumerals.bigUnitExponent(s.charAt(k + 1)) > 0));
            if (!scaleFollows || a.suffixScaled() || a.slashFraction()) {
                return new Reading(a.end(), a.value(), null, a.yearLike(), false, false, ChineseNumerals.place(a.value()),
                        a.scale(), true, a.value().scale() <= 0 && !a.suffixScaled(), a.slashFraction());
            }
            tokens.add(new ChineseNumerals.Token(ChineseNumerals.Part.ARABIC, a.value(), i, a.end()));
            j = tokenize(s, a.end(), tokens, warnings);
        } else {
            j = tokenize(s, i, tokens, warnings);
        }
        if (j < 0) {
            int end = -j;
            return Reading.date(end); // skipped (absurd length), reported by tokenize
        }
        // Leave a trailing scale that begins a unit (三万元 keeps 万 in the number; 一千克 keeps 千克 as the unit).
        while (tokens.size() > 1) {
            ChineseNumerals.Token last = tokens.get(tokens.size() - 1);
            if (last.part() != ChineseNumerals.Part.SMALL && last.part() != ChineseNumerals.Part.BIG) {
                break;
            }
            UnitTable.UnitEntry u = units.longestAt(s, last.start());
            if (u != null && u.written().length() > 1 && u.scale().compareTo(BigDecimal.ONE) == 0) {
                tokens.remove(tokens.size() - 1);
                j = tokens.get(tokens.size() - 1).end();
            } else {
                break;
            }
        }
        if (tokens.isEmpty() || (j < s.length() && ChineseNumerals.digit(s.charAt(j)) >= 0 && s.charAt(j) != '两')) {
            return null; // a digit left over (“十四五”) means the run is a name, not a number
        }
        boolean hasDigit = false;
        boolean financialOnly = true;
        boolean over = false;
        ChineseNumerals.Token lead = tokens.get(0);
        hasDigit |= lead.part() == ChineseNumerals.Part.SMALL && lead.value().intValue() == 10; // 十万, 十多万: 十 is 一十
        for (ChineseNumerals.Token t : tokens) {
            hasDigit |= t.isDigitLike();
            over |= t.part() == ChineseNumerals.Part.MORE;
        }
        for (int k = i; k < j; k++) {
            financialOnly &= ChineseNumerals.isFinancial(s.charAt(k)) || s.charAt(k) == ' ';
        }
        int len = j - i;
        boolean standsAlone = afterMarker || (i == 0 || !isHan(s.charAt(i - 1)) || s.charAt(i - 1) == '负')
                && (j >= s.length() || !isHan(s.charAt(j)));
        char first = s.charAt(i);
        if (!arabicStart) {
            if (!hasDigit && !standsAlone && !(len == 1 && first == '十') && !approximateScale(s, i, j, over)) {
                return null; // 百亿元, 千万元以上: a bare order of magnitude in a sentence is rhetoric, not a count
            }
            if (len == 1 && (first == '零' || first == '〇') && !standsAlone && i > 0 && isHan(s.charAt(i - 1))) {
                return null; // 零包贩毒, 零发案, 零容忍: zero inside a phrase is a slogan, not a count
            }
            if (len == 1 && ChineseNumerals.isFinancial(first) && !standsAlone && !suffixOfPercent(s, j)) {
                return null; // 陆 (land), 伍 (队伍): a lone 大写 character is a word
            }
            if (len == 1 && !standsAlone && (ChineseNumerals.digit(first) >= 0 || ChineseNumerals.smallUnit(first) > 0)
                    && units.longestAt(s, j) == null && !suffixOfPercent(s, j) && !loneDigitIsNumber(s, i, j)
                    && !(j + 1 < s.length() && OVER_SUFFIX.indexOf(s.charAt(j)) >= 0 && units.longestAt(s, j + 1) != null)) {
                return null; // a lone 一/两/八 inside a phrase is a word, not a quantity
            }
        }
        BigDecimal place = placeOf(tokens);
        BigDecimal lastScale = lastScale(tokens);
        Reading pairRange = neighbourDigitsRange(s, tokens, j, place, lastScale);
        if (pairRange != null) {
            return pairRange;
        }
        ChineseNumerals.Token head = tokens.get(0);
        BigDecimal value = ChineseNumerals.evaluate(tokens, false);
        if (value == null) {
            return null;
        }
        boolean placeholder = tokens.stream().anyMatch(t -> t.part() == ChineseNumerals.Part.PLACEHOLDER || t.part() == ChineseNumerals.Part.MORE);
        BigDecimal max = placeholder ? ChineseNumerals.evaluate(tokens, true) : null;
        boolean digitByDigit = tokens.size() == 1 && head.part() == ChineseNumerals.Part.DIGITS && len == 4;
        boolean digitRun = tokens.size() == 1 && head.part() == ChineseNumerals.Part.DIGITS;
        return new Reading(j, value, max, digitByDigit, false, over, place, lastScale, arabicStart, false, false, digitRun);
    }

    /**
     * Two neighbouring digits are a range: 三四十人, 八九亿, 三五百块 at the head; after 万/亿 too: 三万四五人 = 34000..35000,
     * 一万六七千元 = 16000..17000. Null when the tokens hold no such pair.
     */
    private Reading neighbourDigitsRange(String s, List<ChineseNumerals.Token> tokens, int j, BigDecimal place, BigDecimal lastScale) {
        for (int p = 0; p < tokens.size(); p++) {
            ChineseNumerals.Token pair = tokens.get(p);
            if (pair.part() != ChineseNumerals.Part.DIGITS || pair.end() - pair.start() != 2) {
                continue;
            }
            boolean last = p == tokens.size() - 1;
            boolean scaleFollows = !last && (tokens.get(p + 1).part() == ChineseNumerals.Part.SMALL
                    || tokens.get(p + 1).part() == ChineseNumerals.Part.BIG);
            boolean atHead = p == 0 && (scaleFollows || last && units.longestAt(s, j) != null); // 三四人, 两三年
            boolean afterScale = p > 0 && tokens.get(p - 1).part() == ChineseNumerals.Part.BIG && (last || scaleFollows);
            if (!atHead && !afterScale) {
                continue;
            }
            int d1 = ChineseNumerals.digit(s.charAt(pair.start()));
            int d2 = ChineseNumerals.digit(s.charAt(pair.start() + 1));
            if (d1 == 1 && d2 == 2 && s.charAt(pair.start() + 1) == '二') {
                d2 = -1; // 一二十 is not a range; 一两百 is
            }
            if (d1 > 0 && (d2 == d1 + 1 || (p == 0 && d1 == 3 && d2 == 5))) {
                List<ChineseNumerals.Token> low = new ArrayList<>(tokens);
                List<ChineseNumerals.Token> high = new ArrayList<>(tokens);
                low.set(p, new ChineseNumerals.Token(ChineseNumerals.Part.DIGITS, BigDecimal.valueOf(d1), pair.start(), pair.start() + 1));
                high.set(p, new ChineseNumerals.Token(ChineseNumerals.Part.DIGITS, BigDecimal.valueOf(d2), pair.start(), pair.start() + 1));
                BigDecimal lo = ChineseNumerals.evaluate(low, false);
                BigDecimal hi = ChineseNumerals.evaluate(high, false);
                if (lo != null && hi != null) {
                    return new Reading(j, lo, hi, false, false, false, place, lastScale, false, false, false);
                }
            }
            return null;
        }
        return null;
    }

    /**
     * 破案百余起, 近百起, 上千人, 逾千名, 上千万元: an order of magnitude with 余/多 or after 近/上/逾/超, and a unit, is an
     * approximate count; alone (百亿元, 千万不要) it stays rhetoric.
     */
    private boolean approximateScale(String s, int i, int j, boolean over) {
        boolean approxBefore = i > 0 && "近上逾超约".indexOf(s.charAt(i - 1)) >= 0;
        if (j + 1 < s.length() && OVER_SUFFIX.indexOf(s.charAt(j)) >= 0) {
            return units.longestAt(s, j + 1) != null; // 百余起: 余 is read after the number
        }
        return (over || approxBefore) && units.longestAt(s, j) != null;
    }

    /** 近万人, 上万人次, 逾万名, 万余人: a bare 万/亿 opens an approximate count when 近/上/逾/超 or 余/多 and a unit frame it. */
    private boolean approximateScaleStart(String s, int i) {
        if (ChineseNumerals.bigUnitExponent(s.charAt(i)) <= 0) {
            return false;
        }
        boolean approxBefore = i > 0 && "近上逾超".indexOf(s.charAt(i - 1)) >= 0;
        boolean overAfter = i + 2 < s.length() && OVER_SUFFIX.indexOf(s.charAt(i + 1)) >= 0 && units.longestAt(s, i + 2) != null;
        return approxBefore && units.longestAt(s, i + 1) != null || overAfter;
    }

    /** 三成, 五折 after a lone digit. */
    private static boolean suffixOfPercent(String s, int j) {
        int k = skipSpaces(s, j);
        if (k < s.length() && (s.charAt(k) == '成' || s.charAt(k) == '折' || s.charAt(k) == '打')) {
            return true;
        }
        if (spacedWordEnd(s, k, "分之") > 0 || spacedWordEnd(s, k, "个百分点") > 0) {
            return true; // 二分之一, 六 个 百 分点
        }
        if (k < s.length() && s.charAt(k) == '又' && k + 1 < s.length() && (isNumeralStart(s, k + 1) || isAsciiDigit(s.charAt(k + 1)))) {
            return true; // 一又二分之一
        }
        if (k + 1 == s.length() && (s.charAt(k) == '分' || s.charAt(k) == '仙') && wholeTextFrom(s, j - 1)) {
            return true; // 五分 alone: a price
        }
        int mark = rangeMarkEnd(s, k);
        return mark > k && mark < s.length() && (isNumeralStart(s, mark) || isAsciiDigit(s.charAt(mark))); // 两到三万
    }

    /** The step of the last written digit, scales after it included: 三千 → 1000, 十二 → 1, 1.7万 → 1000, 90万 → 10^5. */
    private static BigDecimal placeOf(List<ChineseNumerals.Token> tokens) {
        BigDecimal scales = BigDecimal.ONE;
        for (int t = tokens.size() - 1; t >= 0; t--) {
            ChineseNumerals.Token tok = tokens.get(t);
            switch (tok.part()) {
                case SMALL -> scales = scales.multiply(tok.value());
                case BIG -> scales = scales.multiply(BigDecimal.TEN.pow(tok.value().intValue()));
                case ARABIC, DIGITS -> {
                    // 三千: the digit before a small unit steps by the unit itself
                    boolean unitAfter = t + 1 < tokens.size() && tokens.get(t + 1).part() == ChineseNumerals.Part.SMALL;
                    return (unitAfter ? BigDecimal.ONE : ChineseNumerals.place(tok.value())).multiply(scales);
                }
                default -> {
                    return scales;
                }
            }
        }
        return scales;
    }

    /** The multiplier of the last scale character when the run ends with one (三万 → 10^4, 九百亿 → 10^8), else null. */
    private static BigDecimal lastScale(List<ChineseNumerals.Token> tokens) {
        ChineseNumerals.Token last = tokens.get(tokens.size() - 1);
        if (tokens.size() < 2) {
            return null;
        }
        return switch (last.part()) {
            case SMALL -> last.value();
            case BIG -> BigDecimal.TEN.pow(last.value().intValue());
            default -> null;
        };
    }

    /**
     * Adds the tokens of a numeral run starting at {@code j}; returns its end, or minus the end of a run skipped for
     * being absurdly long.
     */
    private int tokenize(String s, int j0, List<ChineseNumerals.Token> tokens, Consumer<String> warnings) {
        int j = j0;
        int runStart = tokens.isEmpty() ? j0 : tokens.get(0).start();
        while (j < s.length()) {
            if (j - runStart > MAX_CHINESE_NUMERAL) {
                while (j < s.length() && (ChineseNumerals.isNumeralChar(s.charAt(j)) || isAsciiDigit(s.charAt(j)))) {
                    j++;
                }
                warnings.accept("skipped a numeral of " + (j - runStart) + " characters at offset " + runStart);
                return -j;
            }
            char c = s.charAt(j);
            ChineseNumerals.Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
            ChineseNumerals.Part lastPart = last == null ? null : last.part();
            boolean afterUnit = lastPart == ChineseNumerals.Part.SMALL || lastPart == ChineseNumerals.Part.BIG
                    || lastPart == ChineseNumerals.Part.ZERO;
            if (c == ' ' && last != null) {
                int k = skipSpaces(s, j);
                if (k < s.length() && k > j && continuesRun(s, k, lastPart)) {
                    j = k;
                    continue;
                }
                break;
            }
            int d = ChineseNumerals.digit(c);
            if (c == '参' && (isFinancialNeighbour(s, j - 1) || isFinancialNeighbour(s, j + 1))) {
                d = 3; // 參拾參: 参 as the 大写 three next to other 大写 characters
            }
            int small = ChineseNumerals.smallUnit(c);
            int big = ChineseNumerals.bigUnitExponent(c);
            if (isAsciiDigit(c) && lastPart == ChineseNumerals.Part.DIGITS) {
                // 二0二0: a digit string typed with mixed characters
                BigDecimal v = last.value().multiply(BigDecimal.TEN).add(BigDecimal.valueOf(c - '0'));
                tokens.set(tokens.size() - 1, new ChineseNumerals.Token(ChineseNumerals.Part.DIGITS, v, last.start(), j + 1));
                j++;
            } else if (isAsciiDigit(c)) {
                if (!afterUnit) {
                    break; // 三3: no number mixes digits without a unit between them
                }
                Arabic a = arabic(s, j, warnings, false);
                if (a == null || a.date() || a.suffixScaled() || a.slashFraction()) {
                    break;
                }
                tokens.add(new ChineseNumerals.Token(ChineseNumerals.Part.ARABIC, a.value(), j, a.end()));
                j = a.end();
            } else if (d >= 0) {
                if (d == 0 && afterUnit) { // 零, 〇 and ○ after a unit: 二百○八
                    tokens.add(new ChineseNumerals.Token(ChineseNumerals.Part.ZERO, BigDecimal.ZERO, j, j + 1));
                } else if (lastPart == ChineseNumerals.Part.DIGITS) {
                    boolean pair = last.end() - last.start() == 1 && ((s.charAt(last.start()) == '一' && c == '两')
                            || (s.charAt(last.start()) == '两' && c == '三')); // 一两个, 两三年
                    boolean afterSmallUnit = tokens.size() > 1
                            && tokens.get(tokens.size() - 2).part() == ChineseNumerals.Part.SMALL;
                    if (afterSmallUnit) {
                        break; // 十四五: one digit only after 十百千; digit strings follow 万/亿 (九萬三三七九) or stand alone
                    }
                    if (!pair && (c == '两' || s.charAt(last.end() - 1) == '两')) {
                        break; // 两 is never read digit by digit (两两 is "in pairs")
                    }
                    BigDecimal v = last.value().multiply(BigDecimal.TEN).add(BigDecimal.valueOf(d)); // 二〇二〇, 三三七九
                    tokens.set(tokens.size() - 1, new ChineseNumerals.Token(ChineseNumerals.Part.DIGITS, v, last.start(), j + 1));
                } else if (last == null || afterUnit || lastPart == ChineseNumerals.Part.TENS) {
                    tokens.add(new ChineseNumerals.Token(ChineseNumerals.Part.DIGITS, BigDecimal.valueOf(d), j, j + 1));
                } else {
                    break;
                }
                j++;
            } else if (small > 0 || big > 0) {
                if ((lastPart == ChineseNumerals.Part.MORE || lastPart == ChineseNumerals.Part.BIG) && big == 0) {
                    break; // 万千瓦, 亿千瓦: a small unit right after 万/亿 begins a unit word, not the number
                }
                tokens.add(new ChineseNumerals.Token(big > 0 ? ChineseNumerals.Part.BIG : ChineseNumerals.Part.SMALL,
                        BigDecimal.valueOf(big > 0 ? big : small), j, j + 1));
                j++;
            } else if (ChineseNumerals.tens(c) > 0 && (last == null || afterUnit)) {
                tokens.add(new ChineseNumerals.Token(ChineseNumerals.Part.TENS, BigDecimal.valueOf(ChineseNumerals.tens(c)), j, j + 1));
                j++;
            } else if ((c == '几' && (afterUnit || (last == null && unitCharAt(s, j + 1))))
                    || (c == '数' && last == null && unitCharAt(s, j + 1))) {
                tokens.add(new ChineseNumerals.Token(ChineseNumerals.Part.PLACEHOLDER, BigDecimal.ZERO, j, j + 1));
                j++;
            } else if (OVER_SUFFIX.indexOf(c) >= 0 && last != null && lastPart != ChineseNumerals.Part.BIG) {
                int k = skipSpaces(s, j + 1);
                if (k < s.length() && ChineseNumerals.bigUnitExponent(s.charAt(k)) > 0) {
                    tokens.add(new ChineseNumerals.Token(ChineseNumerals.Part.MORE, BigDecimal.ZERO, j, j + 1));
                    j = k; // 十多万, 一亿七千多万, 五百 余万
                } else {
                    break;
                }
            } else if (c == '个' && last != null && lastPart != ChineseNumerals.Part.BIG && j + 1 < s.length()
                    && ChineseNumerals.bigUnitExponent(s.charAt(j + 1)) > 0) {
                j++; // 两个亿
            } else if (c == '点' && last != null && lastPart != ChineseNumerals.Part.FRACTION
                    && tokens.stream().noneMatch(t -> t.part() == ChineseNumerals.Part.FRACTION)) {
                int k = skipSpaces(s, j + 1);
                int m = k;
                StringBuilder frac = new StringBuilder();
                while (m < s.length() && m - k < MAX_DIGITS) {
                    char f = s.charAt(m);
                    int fd = ChineseNumerals.digit(f);
                    if (isAsciiDigit(f)) {
                        frac.append(f);
                    } else if (fd >= 0 && f != '两') {
                        frac.append(fd);
                    } else {
                        break;
                    }
                    m++;
                }
                if (frac.length() == 0) {
                    break;
                }
                tokens.add(new ChineseNumerals.Token(ChineseNumerals.Part.FRACTION, new BigDecimal("0." + frac), j, m));
                j = m;
            } else {
                break;
            }
        }
        // A run may not end on a space, 个 or 多 left dangling.
        ChineseNumerals.Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        return last == null ? j0 : last.end();
    }

    private static boolean continuesRun(String s, int k, ChineseNumerals.Part lastPart) {
        char c = s.charAt(k);
        if (ChineseNumerals.digit(c) >= 0 || ChineseNumerals.smallUnit(c) > 0 || ChineseNumerals.bigUnitExponent(c) > 0) {
            return true;
        }
        if (c == '点' || c == '几' || (OVER_SUFFIX.indexOf(c) >= 0)) {
            return true;
        }
        return isAsciiDigit(c) && (lastPart == ChineseNumerals.Part.SMALL || lastPart == ChineseNumerals.Part.BIG);
    }

    /** 参 is the 大写 three beside other 大写 characters: 參拾參, 貳佰零參, 參萬肆仟. */
    private static boolean isFinancialNeighbour(String s, int k) {
        if (k < 0 || k >= s.length()) {
            return false;
        }
        char c = s.charAt(k);
        if (ChineseNumerals.isFinancial(c) || c == '参' || c == '零') {
            return true;
        }
        return ChineseNumerals.bigUnitExponent(c) > 0 && k + 1 < s.length() && ChineseNumerals.isFinancial(s.charAt(k + 1));
    }

    private static boolean unitCharAt(String s, int k) {
        return k < s.length() && (ChineseNumerals.smallUnit(s.charAt(k)) > 0 || ChineseNumerals.bigUnitExponent(s.charAt(k)) > 0);
    }

    /** An Arabic number at {@code [i, end)}; {@code date} for dates, clock times and versions. */
    private record Arabic(int end, BigDecimal value, boolean yearLike, boolean date, boolean suffixScaled, boolean slashFraction,
                          BigDecimal scale) {
        Arabic(int end, BigDecimal value, boolean yearLike, boolean date, boolean suffixScaled, boolean slashFraction) {
            this(end, value, yearLike, date, suffixScaled, slashFraction, null);
        }
    }

    private Arabic arabic(String s, int i, Consumer<String> warnings, boolean asciiCommasOnly) {
        int j = i;
        StringBuilder digits = new StringBuilder();
        boolean separators = false;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (isAsciiDigit(c)) {
                digits.append(c);
                j++;
            } else if ((c == ',' || (c == '，' && !asciiCommasOnly)) && digits.length() > 0 && threeDigitsThenEnd(s, j + 1)) {
                j++; // thousands separator: 1,100万 / 82，225.00元 / 1,050,000,000
                separators = true;
            } else if (c == ' ' && (separators || (digits.length() >= 1 && digits.length() <= 3)) && spaceGroupThenUnit(s, j + 1)) {
                j++; // Hong Kong reports group thousands with a space: 59 225宗, 1 050 000人
                separators = true;
            } else {
                break;
            }
            if (digits.length() > MAX_DIGITS) {
                while (j < s.length() && (isAsciiDigit(s.charAt(j)) || s.charAt(j) == ',')) {
                    j++;
                }
                warnings.accept("skipped a number of more than " + MAX_DIGITS + " digits at offset " + i);
                return new Arabic(j, BigDecimal.ZERO, false, true, false, false);
            }
        }
        boolean yearLike = digits.length() == 4 && (digits.charAt(0) == '1' || digits.charAt(0) == '2') && j - i == 4;
        // Dates, versions and fractions: 2023.10.21, 2023-10-21, 2023/10/21, 10:30, 1/2
        if (digits.length() > 0 && j + 1 < s.length() && ".-/:".indexOf(s.charAt(j)) >= 0 && isAsciiDigit(s.charAt(j + 1))) {
            int k = j + 1;
            while (k < s.length() && isAsciiDigit(s.charAt(k))) {
                k++;
            }
            boolean secondSeparator = k + 1 < s.length() && s.charAt(k) == s.charAt(j) && isAsciiDigit(s.charAt(k + 1));
            if (s.charAt(j) != '.' || secondSeparator) {
                if (s.charAt(j) == '-' && !secondSeparator && !yearLike) {
                    // 30-40名 is a range, not a date
                    return new Arabic(j, new BigDecimal(digits.toString()), false, false, false, false);
                }
                if (s.charAt(j) == '/' && !secondSeparator && !yearLike && k - j - 1 <= MAX_DIGITS
                        && (k >= s.length() || s.charAt(k) != '/') && new BigDecimal(s.substring(j + 1, k)).signum() != 0) {
                    BigDecimal v = new BigDecimal(digits.toString()).divide(new BigDecimal(s.substring(j + 1, k)), FRACTION_PRECISION);
                    return new Arabic(k, v, false, false, false, true); // 1/2, 16/5
                }
                int end = k;
                while (end + 1 < s.length() && ".-/:".indexOf(s.charAt(end)) >= 0 && isAsciiDigit(s.charAt(end + 1))) {
                    end++;
                    while (end < s.length() && isAsciiDigit(s.charAt(end))) {
                        end++;
                    }
                }
                return new Arabic(end, BigDecimal.ZERO, true, true, false, false);
            }
            if (k - j - 1 > MAX_DIGITS) {
                warnings.accept("skipped a decimal of more than " + MAX_DIGITS + " digits at offset " + i);
                return new Arabic(k, BigDecimal.ZERO, false, true, false, false);
            }
            digits.append('.').append(s, j + 1, k);
            j = k;
        } else if (digits.length() == 0 && j + 1 < s.length() && s.charAt(j) == '.' && isAsciiDigit(s.charAt(j + 1))) {
            int k = j + 1; // .5, .23456
            while (k < s.length() && isAsciiDigit(s.charAt(k)) && k - j <= MAX_DIGITS) {
                k++;
            }
            digits.append("0.").append(s, j + 1, k);
            j = k;
        }
        if (digits.length() == 0) {
            return null;
        }
        BigDecimal value = new BigDecimal(digits.toString());
        if (!separators && digits.indexOf(".") < 0 && isPhoneOrCode(digits)) {
            return new Arabic(j, value, false, true, false, false); // phone numbers and codes are not quantities
        }
        // 2e5, 12.32e+14, 2^5, 1.1^--23
        int exponentEnd = exponentEnd(s, j);
        if (exponentEnd > 0 && !separators) {
            char mark = s.charAt(j);
            int k = j + 1;
            int minus = 0;
            while (s.charAt(k) == '-' || s.charAt(k) == '+') {
                minus += s.charAt(k) == '-' ? 1 : 0;
                k++;
            }
            int exp = Integer.parseInt(s.substring(k, exponentEnd)) * (minus % 2 == 1 ? -1 : 1);
            if (mark == '^') {
                // Powers are computed in double precision and kept to 15 digits, as the specs that write them do.
                double power = Math.pow(value.doubleValue(), exp);
                if (Double.isNaN(power) || Double.isInfinite(power) || power == 0) {
                    return new Arabic(exponentEnd, BigDecimal.ZERO, false, true, false, false); // absurd power: skipped
                }
                value = new BigDecimal(Double.toString(power)).round(FRACTION_PRECISION);
            } else {
                value = value.scaleByPowerOfTen(exp);
            }
            return new Arabic(exponentEnd, value, false, false, true, false);
        }
        // 40k, 30w, 3M: thousands, 万 and millions written as letters
        int k = j < s.length() && s.charAt(j) == ' ' ? j + 1 : j;
        if (k < s.length() && "kKwWM".indexOf(s.charAt(k)) >= 0 && letterSuffixEnds(s, k + 1)) {
            BigDecimal mult = switch (s.charAt(k)) {
                case 'k', 'K' -> BigDecimal.valueOf(1000);
                case 'w', 'W' -> BigDecimal.valueOf(10_000);
                default -> BigDecimal.valueOf(1_000_000);
            };
            return new Arabic(k + 1, value.multiply(mult), false, false, true, false, mult);
        }
        return new Arabic(j, value, yearLike, false, false, false);
    }

    /** k/w/M stand for a scale only when no word goes on after them (4K电视 and 3M公司 are names). */
    private boolean letterSuffixEnds(String s, int k) {
        if (k >= s.length()) {
            return true;
        }
        char c = s.charAt(k);
        if (isAsciiLetter(c) || isAsciiDigit(c)) {
            return false;
        }
        if (!isHan(c)) {
            return true;
        }
        return units.longestAt(s, k) != null && units.longestAt(s, k).kind() != QuantityKind.QUANTITY
                || trailingApprox(s, k) != null || s.startsWith("个百分点", k);
    }

    /** The end of an exponent (e5, e+14, ^-1) at j, or 0. */
    private static int exponentEnd(String s, int j) {
        if (j >= s.length() || (s.charAt(j) != 'e' && s.charAt(j) != 'E' && s.charAt(j) != '^')) {
            return 0;
        }
        int k = j + 1;
        while (k < s.length() && k - j <= 3 && (s.charAt(k) == '-' || s.charAt(k) == '+')) {
            k++;
        }
        int d = k;
        while (d < s.length() && isAsciiDigit(s.charAt(d)) && d - k < 3) {
            d++;
        }
        if (d == k || (d < s.length() && (isAsciiLetter(s.charAt(d)) || isAsciiDigit(s.charAt(d))))) {
            return 0;
        }
        return d;
    }

    /** Mobile numbers (1[3-9] and 11 digits) and numbers with a leading zero of 7 digits or more. */
    private static boolean isPhoneOrCode(CharSequence digits) {
        int n = digits.length();
        if (n == 11 && digits.charAt(0) == '1' && digits.charAt(1) >= '3') {
            return true;
        }
        return n >= 7 && digits.charAt(0) == '0';
    }

    /** Three digits at k, then another space group or a unit: 59 225宗, 1 050 000人; not 110 120求助 or 6 8 7. */
    private boolean spaceGroupThenUnit(String s, int k) {
        if (!threeDigitsThenEnd(s, k)) {
            return false;
        }
        int after = k + 3;
        if (after >= s.length()) {
            return false;
        }
        char c = s.charAt(after);
        return (isHan(c) && units.longestAt(s, after) != null) || (c == ' ' && spaceGroupThenUnit(s, after + 1));
    }

    private static boolean threeDigitsThenEnd(String s, int k) {
        if (k + 3 > s.length()) {
            return false;
        }
        for (int m = k; m < k + 3; m++) {
            if (!isAsciiDigit(s.charAt(m))) {
                return false;
            }
        }
        return k + 3 == s.length() || !isAsciiDigit(s.charAt(k + 3));
    }

    /** Single Arabic digits separated by spaces (scanned reports): 6 8 7 万人. */
    private static boolean spacedDigits(String s, int i, int j) {
        boolean spacedAfter = j - i == 1 && j + 1 < s.length() && s.charAt(j) == ' ' && isAsciiDigit(s.charAt(j + 1));
        boolean spacedBefore = i >= 2 && s.charAt(i - 1) == ' ' && isAsciiDigit(s.charAt(i - 2));
        return spacedAfter || spacedBefore;
    }

    /** A lone digit is a number where it is named as one: 这是五, 答案是四不是五, 前三的, 负一. */
    private static boolean loneDigitIsNumber(String s, int i, int j) {
        if (s.charAt(i) == '两' || s.charAt(i) == '俩') {
            return false;
        }
        char before = i > 0 ? s.charAt(i - 1) : ' ';
        char after = j < s.length() ? s.charAt(j) : ' ';
        boolean namedBefore = before == '是' || before == '前' || before == '负';
        boolean endsAfter = !isHan(after) || "这那不而却是的".indexOf(after) >= 0;
        return namedBefore && endsAfter;
    }

    private boolean bareNumberAllowed(String s, int i, int j, Reading p) {
        if (s.startsWith("分之", j)) {
            return true; // 二分之 with nothing after: the number alone
        }
        if (j < s.length() && s.charAt(j) == '点' && p.value().compareTo(BigDecimal.valueOf(24)) > 0) {
            return true; // 两百点, 3000点 (index points) are not clock times
        }
        if (j < s.length() && (NOT_AFTER_BARE.indexOf(s.charAt(j)) >= 0 || isAsciiLetter(s.charAt(j))
                || s.charAt(j) == '·' || s.charAt(j) == '+')) {
            return false;
        }
        if (j < s.length() && s.charAt(j) == '个' && s.startsWith("月", j + 1)) {
            return false;
        }
        boolean alone = (i == 0 || !isHan(s.charAt(i - 1)) && QUOTES.indexOf(s.charAt(i - 1)) < 0 || s.charAt(i - 1) == '负')
                && (j >= s.length() || !isHan(s.charAt(j)) && QUOTES.indexOf(s.charAt(j)) < 0);
        if (!p.arabicStart() && p.digitRun() && (p.yearLike() || j - i == 2) && !alone) {
            return false; // 一九八○ is a year, 一二 (月份) a list, “九五” a plan's name: not counts
        }
        return p.arabicStart() || j - i >= 2 || ((i == 0 || !isHan(s.charAt(i - 1)) || s.charAt(i - 1) == '负')
                && (j >= s.length() || !isHan(s.charAt(j)))) || loneDigitIsNumber(s, i, j) || p.max() != null;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean yiqiIsCount(String s, int i) {
        return i > 0 && YIQI_VERB_ENDINGS.indexOf(s.charAt(i - 1)) >= 0;
    }

    private boolean insideIdiom(String s, int i) {
        List<Phrase> candidates = notQuantities.get(s.charAt(i));
        if (candidates == null) {
            return false;
        }
        for (Phrase p : candidates) {
            int from = i - p.numeralOffset();
            if (from >= 0 && s.startsWith(p.text(), from)) {
                return true;
            }
        }
        return false;
    }

    private static Approx leadingApprox(String s, int i) {
        if (i > 0 && s.charAt(i - 1) == '上' && i < s.length() && "百千万亿".indexOf(s.charAt(i)) >= 0) {
            return Approx.OVER; // 上千人, 上万元: upwards of
        }
        if (endsAt(s, i, "人民币") && i > 3) {
            i -= 3; // 约人民币31亿元: the approximation stands before the currency's name
        }
        for (String w : LEAD_OVER) {
            if (endsAt(s, i, w)) {
                return Approx.OVER;
            }
        }
        for (String w : LEAD_UNDER) {
            if (endsAt(s, i, w)) {
                return Approx.UNDER;
            }
        }
        for (String w : LEAD_ABOUT) {
            if (endsAt(s, i, w)) {
                return Approx.ABOUT;
            }
        }
        return null;
    }

    /** 以上/之上 → over, 以下/以内 → under, 左右/上下 → about (two characters each), else null. */
    private static Approx trailingApprox(String s, int j) {
        if (s.startsWith("以上", j) || s.startsWith("之上", j)) {
            return Approx.OVER;
        }
        if (s.startsWith("以下", j) || s.startsWith("以内", j)) {
            return Approx.UNDER;
        }
        if (s.startsWith("左右", j) || s.startsWith("上下", j)) {
            return Approx.ABOUT;
        }
        return null;
    }

    private static boolean endsAt(String s, int i, String w) {
        return i >= w.length() && s.startsWith(w, i - w.length());
    }

    private static int skipNumberRun(String s, int i) {
        int j = i;
        while (j < s.length() && (isAsciiDigit(s.charAt(j)) || ChineseNumerals.isNumeralChar(s.charAt(j))
                || s.charAt(j) == '.' || s.charAt(j) == ',')) {
            j++;
        }
        return Math.max(j, i + 1);
    }

    /** Whether a Chinese numeral can start at i (digits, 十百千, 廿卅卌, 几十/数百, 大写 参 next to 大写). */
    private static boolean isNumeralStart(String s, int i) {
        char c = s.charAt(i);
        if (ChineseNumerals.digit(c) >= 0 || ChineseNumerals.smallUnit(c) > 0 || ChineseNumerals.tens(c) > 0) {
            return true;
        }
        if (ChineseNumerals.bigUnitExponent(c) > 0) {
            return i + 1 < s.length() && ChineseNumerals.digit(s.charAt(i + 1)) > 0
                    && (i + 2 >= s.length() || !isHan(s.charAt(i + 2))) && (i == 0 || !isHan(s.charAt(i - 1))); // 萬九
        }
        if (c == '几' && i + 1 < s.length()) {
            return unitCharAt(s, i + 1);
        }
        if (c == '数' && i + 1 < s.length()) {
            // 数十人, 数百万: "several"; not 人数 or 总数 followed by a number, nor 百分之
            return unitCharAt(s, i + 1) && !(i > 0 && NOT_BEFORE_SEVERAL.indexOf(s.charAt(i - 1)) >= 0)
                    && !s.startsWith("分", i + 2);
        }
        return c == '参' && isFinancialNeighbour(s, i + 1);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
