package io.newsfacts.numeral;

import io.newsfacts.rule.RuleFileException;
import io.newsfacts.text.ScriptFolding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Finds numerals, quantities, money and percentages in text: Arabic, full-width and Chinese digits (mixed, digit by
 * digit, 大写), thousands separators, scales up to 万亿, decimals, ranges, approximations and the classifiers of news
 * statistics. Dates, clock times, codes and numbers inside idioms and slogans are not reported. One left-to-right
 * pass; immutable and thread-safe once built.
 */
public final class QuantityTagger {

    public static final String UNITS_FILE = "models/quantity/units.tsv";
    public static final String NOT_QUANTITIES_FILE = "models/quantity/not-quantities.tsv";
    static final int MAX_DIGITS = 30;
    static final int MAX_CHINESE_NUMERAL = 40;

    private static final String RANGE_MARKS = "至到-—~～";
    private static final String OVER_SUFFIX = "余多";
    private static final String[] LEAD_OVER = {"超过", "超出", "多于", "超", "逾"};
    private static final String[] LEAD_UNDER = {"将近", "接近", "不到", "不足", "近"};
    private static final String[] LEAD_ABOUT = {"大约", "约为", "大概", "约"};
    private static final String NOT_AFTER_BARE = "年月日号时点分秒届期版楼层款章节";
    private static final String CHENG_BLOCKERS = "功为立员果绩本都效型交品年长熟分就人了的绩色";
    private static final String YIQI_VERB_ENDINGS = "获破生处了办置理侦发到报";

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
        UnitTable units = UnitTable.parse(UNITS_FILE, read(UNITS_FILE));
        Map<Character, List<Phrase>> phrases = new HashMap<>();
        String[] lines = read(NOT_QUANTITIES_FILE).split("\n", -1);
        boolean header = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.equals("phrase")) {
                    throw new RuleFileException(NOT_QUANTITIES_FILE, i + 1, "header must be 'phrase'");
                }
                header = true;
                continue;
            }
            for (int k = 0; k < line.length(); k++) {
                if (ChineseNumerals.isNumeralChar(line.charAt(k))) {
                    phrases.computeIfAbsent(line.charAt(k), c -> new ArrayList<>()).add(new Phrase(line, k));
                }
            }
        }
        return new QuantityTagger(units, phrases);
    }

    private static String read(String path) {
        try (InputStream in = QuantityTagger.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new RuleFileException(path, 0, "not found on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Mentions in text order; never throws on any input. */
    public List<QuantityMention> tag(String text) {
        return tag(text, warning -> { });
    }

    /** As {@link #tag(String)}, reporting skipped mentions (overflow, absurd input) to {@code warnings}. */
    public List<QuantityMention> tag(String text, Consumer<String> warnings) {
        char[] t = new char[text.length()];
        for (int i = 0; i < t.length; i++) {
            t[i] = folding.toSimplified(ScriptFolding.foldWidth(text.charAt(i)));
        }
        String s = new String(t);
        List<QuantityMention> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int next;
            try {
                next = scan(s, text, i, out, warnings);
            } catch (ArithmeticException | NumberFormatException e) {
                warnings.accept("skipped a number at offset " + i + ": " + e.getMessage());
                next = skipNumberRun(s, i);
            }
            i = Math.max(next, i + 1);
        }
        return out;
    }

    /** Tries a mention starting at {@code i}; returns where scanning continues. */
    private int scan(String s, String original, int i, List<QuantityMention> out, Consumer<String> warnings) {
        char c = s.charAt(i);
        if (s.startsWith("百分之", i) || s.startsWith("千分之", i) || s.startsWith("万分之", i) || s.startsWith("仟分之", i)) {
            return percentPrefix(s, original, i, out);
        }
        boolean arabic = isAsciiDigit(c);
        boolean chinese = !arabic && (ChineseNumerals.digit(c) >= 0 && c != '0' && c != 'O' || ChineseNumerals.smallUnit(c) > 0
                || c == '廿' || c == '卅');
        if (!arabic && !chinese) {
            return i + 1;
        }
        if (i > 0 && (isAsciiLetter(s.charAt(i - 1)) || isAsciiDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '.'
                || s.charAt(i - 1) == '·')) {
            return skipNumberRun(s, i); // inside a code or a longer token
        }
        if (chinese && insideIdiom(s, i)) {
            return i + 1;
        }
        Parsed first = arabic ? arabic(s, i, warnings) : chinese(s, i, warnings);
        if (first == null) {
            return skipNumberRun(s, i);
        }
        if (first.date()) {
            return first.end();
        }
        int j = first.end();
        BigDecimal max = null;
        if (j + 1 < s.length() && RANGE_MARKS.indexOf(s.charAt(j)) >= 0) {
            Parsed second = isAsciiDigit(s.charAt(j + 1)) == arabic && startsNumber(s.charAt(j + 1))
                    ? (arabic ? arabic(s, j + 1, warnings) : chinese(s, j + 1, warnings)) : null;
            if (second != null && !second.date() && second.value().compareTo(first.value()) > 0) {
                max = second.value();
                j = second.end();
            }
        }
        if (first.max() != null) {
            max = first.max();
        }
        Approx approx = null;
        if (!arabic && max == null && j + 1 < s.length() && OVER_SUFFIX.indexOf(s.charAt(j)) >= 0
                && ChineseNumerals.bigUnitExponent(s.charAt(j + 1)) > 0) {
            // 一亿七千多万元: the scale after 多 belongs to the last section only.
            BigDecimal whole = ChineseNumerals.parse(s.substring(i, j) + s.charAt(j + 1), 0, j - i + 1);
            if (whole != null) {
                first = new Parsed(j + 2, whole, null, false, false);
                approx = Approx.OVER;
                j += 2;
            }
        }
        if (approx == null && j < s.length() && OVER_SUFFIX.indexOf(s.charAt(j)) >= 0 && j + 1 < s.length()
                && (units.longestAt(s, j + 1) != null || ChineseNumerals.bigUnitExponent(s.charAt(j + 1)) > 0)) {
            approx = Approx.OVER; // 5000余起, 30多名, 4001余万元
            j++;
        }
        BigDecimal scale = BigDecimal.ONE;
        UnitTable.UnitEntry unit = units.longestAt(s, j);
        if (unit == null && arabic) {
            // Arabic number with a Chinese scale: 3.5万, 1.2亿, 1万亿
            int k = j;
            while (k < s.length() && (ChineseNumerals.bigUnitExponent(s.charAt(k)) > 0
                    || (k == j && (s.charAt(k) == '千' || s.charAt(k) == '百')))) {
                int e = ChineseNumerals.bigUnitExponent(s.charAt(k));
                scale = scale.multiply(e > 0 ? BigDecimal.TEN.pow(e) : BigDecimal.valueOf(ChineseNumerals.smallUnit(s.charAt(k))));
                k++;
                UnitTable.UnitEntry u = units.longestAt(s, k);
                if (u != null) {
                    break;
                }
            }
            j = k;
            // 5万4千6百: Arabic digits with falling scales add up.
            BigDecimal chained = BigDecimal.ZERO;
            int lastExp = scaleExponent(s, j - 1);
            while (lastExp > 0 && j < s.length() && isAsciiDigit(s.charAt(j))) {
                int d = j;
                while (d < s.length() && isAsciiDigit(s.charAt(d)) && d - j < 5) {
                    d++;
                }
                int exp = d < s.length() ? scaleExponent(s, d) : 0;
                if (exp <= 0 || exp >= lastExp) {
                    break;
                }
                chained = chained.add(new BigDecimal(s.substring(j, d)).scaleByPowerOfTen(exp));
                lastExp = exp;
                j = d + 1;
            }
            if (chained.signum() > 0) {
                first = new Parsed(first.end(), first.value().multiply(scale).add(chained), null, false, false);
                scale = BigDecimal.ONE;
            }
            if (approx == null && j < s.length() && OVER_SUFFIX.indexOf(s.charAt(j)) >= 0 && units.longestAt(s, j + 1) != null) {
                approx = Approx.OVER; // 5万余元
                j++;
            }
            unit = units.longestAt(s, j);
        }
        int numberEnd = j;
        QuantityKind kind;
        BigDecimal value = first.value().multiply(scale);
        String unitText = null;
        if (unit != null) {
            j += unit.written().length();
            kind = unit.kind();
            value = value.multiply(unit.scale());
            if (max != null) {
                max = max.multiply(scale).multiply(unit.scale());
            }
            unitText = unit.base();
            if (unit.written().equals("年") && first.yearLike()) {
                return j; // a date: 2023年, 二〇二三年
            }
            if (unit.written().equals("位") && s.startsWith("一体", j)) {
                return j;
            }
            if (c == '一' && first.end() == i + 1 && unit.written().equals("起") && !yiqiIsCount(s, i)) {
                return j; // 一起 as "together"
            }
        } else if (j < s.length() && s.charAt(j) == '折' && scale.compareTo(BigDecimal.ONE) == 0
                && value.signum() > 0 && value.compareTo(BigDecimal.valueOf(100)) < 0) {
            kind = QuantityKind.PERCENT; // 五折 = 50%, 9.9折 = 99%, 九五折 = 95%
            value = value.compareTo(BigDecimal.TEN) < 0 ? value.multiply(BigDecimal.TEN) : value;
            unitText = "%";
            j++;
        } else if (j < s.length() && s.charAt(j) == '成' && first.end() - i <= 3 && scale.compareTo(BigDecimal.ONE) == 0
                && (j + 1 >= s.length() || CHENG_BLOCKERS.indexOf(s.charAt(j + 1)) < 0)) {
            kind = QuantityKind.PERCENT; // 三成 = 30%, 三成三 = 33%
            value = value.multiply(BigDecimal.TEN);
            unitText = "%";
            j++;
            if (j < s.length() && ChineseNumerals.digit(s.charAt(j)) > 0
                    && (j + 1 >= s.length() || units.longestAt(s, j + 1) == null)) {
                value = value.add(BigDecimal.valueOf(ChineseNumerals.digit(s.charAt(j))));
                j++;
            }
        } else {
            kind = QuantityKind.NUMBER;
            if (!bareNumberAllowed(s, i, j, arabic, first)) {
                return j;
            }
            if (max != null) {
                max = max.multiply(scale);
            }
        }
        if (i > 0 && s.charAt(i - 1) == '第') {
            kind = QuantityKind.ORDINAL;
        }
        // Trailing approximation after the unit: 80%以上, 70%左右
        if (kind != QuantityKind.ORDINAL) {
            if (s.startsWith("以上", j) || s.startsWith("之上", j)) {
                approx = approx == null ? Approx.OVER : approx;
                j += 2;
            } else if (s.startsWith("以下", j) || s.startsWith("以内", j)) {
                approx = approx == null ? Approx.UNDER : approx;
                j += 2;
            } else if (s.startsWith("左右", j) || s.startsWith("上下", j)) {
                approx = approx == null ? Approx.ABOUT : approx;
                j += 2;
            } else if (s.startsWith("之多", j)) {
                j += 2;
            } else if (kind == QuantityKind.NUMBER && j < s.length() && OVER_SUFFIX.indexOf(s.charAt(j)) >= 0
                    && j == numberEnd) {
                approx = approx == null ? Approx.OVER : approx;
                j++;
            }
            if (approx == null) {
                approx = leadingApprox(s, i);
            }
        }
        if (value.abs().compareTo(new BigDecimal("1e30")) > 0) {
            warnings.accept("skipped an absurdly large number at offset " + i + " (" + (j - i) + " characters)");
            return j;
        }
        if (kind == QuantityKind.ORDINAL) {
            approx = null;
        }
        boolean negative = i > 0 && (s.charAt(i - 1) == '负'
                || (s.charAt(i - 1) == '-' && (i == 1 || !Character.isLetterOrDigit(s.charAt(i - 2)))));
        if (negative) {
            value = value.negate();
        }
        out.add(new QuantityMention(i, j, original.substring(i, j), kind, value.stripTrailingZeros(),
                max == null ? null : max.stripTrailingZeros(), unitText, approx));
        return j;
    }

    private int percentPrefix(String s, String original, int i, List<QuantityMention> out) {
        int k = i + 3;
        Parsed p = k < s.length() && isAsciiDigit(s.charAt(k)) ? arabic(s, k, w -> { })
                : k < s.length() && startsNumber(s.charAt(k)) ? chinese(s, k, w -> { }, true) : null;
        if (p == null || p.date()) {
            return i + 3;
        }
        BigDecimal value = p.value();
        if (s.charAt(i) == '千') {
            value = value.divide(BigDecimal.TEN);
        } else if (s.charAt(i) == '万') {
            value = value.divide(BigDecimal.valueOf(100));
        }
        int j = p.end();
        Approx approx = leadingApprox(s, i);
        if (s.startsWith("以上", j)) {
            approx = Approx.OVER;
            j += 2;
        } else if (s.startsWith("左右", j)) {
            approx = Approx.ABOUT;
            j += 2;
        }
        out.add(new QuantityMention(i, j, original.substring(i, j), QuantityKind.PERCENT, value.stripTrailingZeros(),
                null, "%", approx));
        return j;
    }

    /** A parsed number: {@code [start, end)}, value, a range maximum (三四十), whether it reads as a year, or a date. */
    private record Parsed(int end, BigDecimal value, BigDecimal max, boolean yearLike, boolean date) {
    }

    private Parsed arabic(String s, int i, Consumer<String> warnings) {
        int j = i;
        StringBuilder digits = new StringBuilder();
        while (j < s.length()) {
            char c = s.charAt(j);
            if (isAsciiDigit(c)) {
                digits.append(c);
                j++;
            } else if ((c == ',' || c == '，') && j + 3 < s.length() + 0 && j + 3 <= s.length() - 1 + 1
                    && threeDigitsThenEnd(s, j + 1) && digits.length() > 0 && digits.length() <= 3 + digits.length()) {
                j++; // thousands separator: 1,100万 / 82，225.00元
            } else {
                break;
            }
            if (digits.length() > MAX_DIGITS) {
                warnings.accept("skipped a number of more than " + MAX_DIGITS + " digits at offset " + i);
                return null;
            }
        }
        boolean yearLike = digits.length() == 4 && (digits.charAt(0) == '1' || digits.charAt(0) == '2') && j - i == 4;
        // Dates and versions: 2023.10.21, 2023-10-21, 2023/10/21, 10:30
        if (j + 1 < s.length() && ".-/:".indexOf(s.charAt(j)) >= 0 && isAsciiDigit(s.charAt(j + 1))) {
            int k = j + 1;
            while (k < s.length() && isAsciiDigit(s.charAt(k))) {
                k++;
            }
            boolean secondSeparator = k + 1 < s.length() && s.charAt(k) == s.charAt(j) && isAsciiDigit(s.charAt(k + 1));
            if (s.charAt(j) != '.' || secondSeparator) {
                if (s.charAt(j) == '-' && !secondSeparator && !yearLike) {
                    // 30-40名 is a range, not a date
                    return new Parsed(j, new BigDecimal(digits.toString()), null, false, false);
                }
                int end = k;
                while (end + 1 < s.length() && ".-/:".indexOf(s.charAt(end)) >= 0 && isAsciiDigit(s.charAt(end + 1))) {
                    end++;
                    while (end < s.length() && isAsciiDigit(s.charAt(end))) {
                        end++;
                    }
                }
                return new Parsed(end, BigDecimal.ZERO, null, true, true);
            }
            if (k - j - 1 > MAX_DIGITS) {
                warnings.accept("skipped a decimal of more than " + MAX_DIGITS + " digits at offset " + i);
                return null;
            }
            digits.append('.').append(s, j + 1, k);
            j = k;
        }
        if (digits.length() == 0) {
            return null;
        }
        return new Parsed(j, new BigDecimal(digits.toString()), null, yearLike, false);
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

    private Parsed chinese(String s, int i, Consumer<String> warnings) {
        return chinese(s, i, warnings, false);
    }

    /** @param afterMarker the numeral follows a marker such as 百分之, so a single character is a number too */
    private Parsed chinese(String s, int i, Consumer<String> warnings, boolean afterMarker) {
        int j = i;
        while (j < s.length() && ChineseNumerals.isNumeralChar(s.charAt(j))) {
            if (s.charAt(j) == '点' && (j + 1 >= s.length() || ChineseNumerals.digit(s.charAt(j + 1)) < 0)) {
                break;
            }
            j++;
            if (j - i > MAX_CHINESE_NUMERAL) {
                while (j < s.length() && ChineseNumerals.isNumeralChar(s.charAt(j))) {
                    j++;
                }
                warnings.accept("skipped a Chinese numeral of " + (j - i) + " characters at offset " + i);
                return new Parsed(j, BigDecimal.ZERO, null, false, true);
            }
        }
        // Leave a trailing scale that begins a unit (三万元 keeps 万 in the number; 一千克 keeps 千克 as the unit).
        while (j - 1 > i && (ChineseNumerals.smallUnit(s.charAt(j - 1)) > 0 || ChineseNumerals.bigUnitExponent(s.charAt(j - 1)) > 0)) {
            UnitTable.UnitEntry u = units.longestAt(s, j - 1);
            if (u != null && u.written().length() > 1 && u.scale().compareTo(BigDecimal.ONE) == 0) {
                j--;
            } else {
                break;
            }
        }
        if (s.charAt(j - 1) == '点') {
            j--;
        }
        int len = j - i;
        boolean hasDigit = false;
        for (int k = i; k < j; k++) {
            hasDigit |= ChineseNumerals.digit(s.charAt(k)) >= 0 || s.charAt(k) == '廿' || s.charAt(k) == '卅';
        }
        boolean alone = afterMarker || (i == 0 || !isHan(s.charAt(i - 1))) && (j >= s.length() || !isHan(s.charAt(j)));
        if (!hasDigit && !alone && !(len == 1 && s.charAt(i) == '十')) {
            return null; // 百亿元, 千万元以上: a bare order of magnitude in a sentence is rhetoric, not a count
        }
        boolean standsAlone = afterMarker
                || (i == 0 || !isHan(s.charAt(i - 1))) && (j >= s.length() || !isHan(s.charAt(j)));
        if (len == 1 && !standsAlone && ChineseNumerals.digit(s.charAt(i)) >= 0 && units.longestAt(s, j) == null
                && !(j < s.length() && (s.charAt(j) == '成' || s.charAt(j) == '折'))) {
            return null; // a lone 一/两/八 inside a phrase is a word, not a quantity
        }
        if (len == 1 && !standsAlone && ChineseNumerals.smallUnit(s.charAt(i)) > 0 && units.longestAt(s, j) == null) {
            return null;
        }
        // 三四十人: neighbouring digits before a unit are a range
        if (len == 3 && ChineseNumerals.digit(s.charAt(i)) > 0 && ChineseNumerals.digit(s.charAt(i + 1)) == ChineseNumerals.digit(s.charAt(i)) + 1
                && ChineseNumerals.smallUnit(s.charAt(i + 2)) > 0) {
            BigDecimal u = BigDecimal.valueOf(ChineseNumerals.smallUnit(s.charAt(i + 2)));
            return new Parsed(j, BigDecimal.valueOf(ChineseNumerals.digit(s.charAt(i))).multiply(u),
                    BigDecimal.valueOf(ChineseNumerals.digit(s.charAt(i + 1))).multiply(u), false, false);
        }
        BigDecimal value = ChineseNumerals.parse(s, i, j);
        if (value == null) {
            return null;
        }
        boolean digitByDigit = len == 4;
        for (int k = i; k < j && digitByDigit; k++) {
            digitByDigit = ChineseNumerals.digit(s.charAt(k)) >= 0;
        }
        return new Parsed(j, value, null, digitByDigit, false);
    }

    private boolean bareNumberAllowed(String s, int i, int j, boolean arabic, Parsed p) {
        if (j < s.length() && (NOT_AFTER_BARE.indexOf(s.charAt(j)) >= 0 || isAsciiLetter(s.charAt(j))
                || s.charAt(j) == '·' || s.charAt(j) == '+')) {
            return false;
        }
        if (j < s.length() && s.charAt(j) == '个' && s.startsWith("月", j + 1)) {
            return false;
        }
        if (arabic && p.value().scale() <= 0 && j - i >= 7 && (s.charAt(i) == '0' || s.charAt(i) == '1')) {
            return false; // phone numbers
        }
        return arabic || j - i >= 2 || ((i == 0 || !isHan(s.charAt(i - 1))) && (j >= s.length() || !isHan(s.charAt(j))));
    }

    /** Exponent of ten of the scale character at {@code k} (千 = 3, 万 = 4 …), or 0. */
    private static int scaleExponent(String s, int k) {
        if (k < 0 || k >= s.length()) {
            return 0;
        }
        int big = ChineseNumerals.bigUnitExponent(s.charAt(k));
        if (big > 0) {
            return big;
        }
        return switch (ChineseNumerals.smallUnit(s.charAt(k))) {
            case 10 -> 1;
            case 100 -> 2;
            case 1000 -> 3;
            default -> 0;
        };
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

    private static boolean startsNumber(char c) {
        return isAsciiDigit(c) || ChineseNumerals.digit(c) >= 0 || ChineseNumerals.smallUnit(c) > 0;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
