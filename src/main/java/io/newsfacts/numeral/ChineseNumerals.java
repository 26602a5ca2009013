package io.newsfacts.numeral;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads Chinese numerals: 两千三百, 一千零一亿, 十四, 廿三, 二〇二〇 and 九萬三三七九 (digit by digit), 三万五 and 千三
 * (colloquial), 六点四二万, 大写 壹贰叁, mixed with Arabic digits (3.5万, 1万600, 2千零30万), 几/数 placeholders
 * (几十万, 二十几万). Characters are expected in Simplified script (萬 → 万 is folded before). Stateless.
 */
final class ChineseNumerals {

    private ChineseNumerals() {
    }

    /** What a piece of a numeral run is. */
    enum Part {
        /** Chinese digits read one by one (二〇二〇) or a single digit; value is the number they spell. */
        DIGITS,
        /** An Arabic number, possibly with a decimal part. */
        ARABIC,
        /** 十百千; value is the multiplier. */
        SMALL,
        /** 万亿兆; value is the exponent of ten. */
        BIG,
        /** 零 between units: no colloquial reading after it (一千零三 is 1003, 一千三 is 1300). */
        ZERO,
        /** 廿卅卌: a ready-made multiple of ten. */
        TENS,
        /** 几/数: an unknown digit; read as the low end (几十 → 10, 十几 → 10) and the high end (100, 20). */
        PLACEHOLDER,
        /** 多/余 before a scale (十多万): the high end adds one more step of the last unit. */
        MORE,
        /** The fraction digits after 点, as a value below one. */
        FRACTION
    }

    /** One piece of a numeral run, {@code [start, end)} in the text. */
    record Token(Part part, BigDecimal value, int start, int end) {
        boolean isDigitLike() {
            return part == Part.DIGITS || part == Part.ARABIC || part == Part.PLACEHOLDER || part == Part.TENS
                    || part == Part.FRACTION;
        }
    }

    /** The digit value of a numeral character, or -1. */
    static int digit(char c) {
        return switch (c) {
            case '零', '〇', '○' -> 0;
            case '一', '壹', '幺' -> 1;
            case '二', '两', '贰', '俩' -> 2;
            case '三', '叁', '仨' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }

    /** 大写 financial characters: a single one of them is usually a word (陆 land, 伍 ranks), not a number. */
    static boolean isFinancial(char c) {
        return "壹贰叁肆伍陆柒捌玖拾佰仟".indexOf(c) >= 0;
    }

    /** The multiplier of a unit character 十百千 (and 拾佰仟), or 0. */
    static int smallUnit(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百', '佰' -> 100;
            case '千', '仟' -> 1000;
            default -> 0;
        };
    }

    /** The exponent of ten of 万亿兆, or 0. 兆 is 10^12 as in Taiwan and Japan usage of the specs. */
    static int bigUnitExponent(char c) {
        return switch (c) {
            case '万' -> 4;
            case '亿' -> 8;
            case '兆' -> 12;
            default -> 0;
        };
    }

    static int tens(char c) {
        return switch (c) {
            case '廿' -> 20;
            case '卅' -> 30;
            case '卌' -> 40;
            default -> 0;
        };
    }

    static boolean isNumeralChar(char c) {
        return digit(c) >= 0 || smallUnit(c) > 0 || bigUnitExponent(c) > 0 || tens(c) > 0 || c == '点';
    }

    /**
     * The value of a run of tokens, or null when they do not form a numeral.
     *
     * @param high read placeholders (几, 多) at the high end of their range
     */
    static BigDecimal evaluate(List<Token> tokens, boolean high) {
        Deque<BigDecimal[]> groups = new ArrayDeque<>(); // {value, exponent} of completed 万/亿 groups, largest first
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal pending = null;
        Token pendingToken = null;
        BigDecimal lastUnit = BigDecimal.ZERO;
        boolean lastUnitSmall = false;
        boolean zeroSinceUnit = false;
        boolean lastWasBig = false;
        for (int t = 0; t < tokens.size(); t++) {
            Token tok = tokens.get(t);
            switch (tok.part()) {
                case DIGITS, ARABIC, PLACEHOLDER -> {
                    if (pending != null) {
                        return null;
                    }
                    if (tok.part() == Part.PLACEHOLDER) {
                        boolean leading = t == 0;
                        pending = BigDecimal.valueOf(high ? 10 : leading ? 1 : 0);
                    } else {
                        pending = tok.value();
                    }
                    pendingToken = tok;
                    lastWasBig = false;
                }
                case TENS -> {
                    if (pending != null) {
                        return null;
                    }
                    section = section.add(tok.value());
                    lastUnit = BigDecimal.TEN;
                    zeroSinceUnit = false;
                    lastWasBig = false;
                }
                case SMALL -> {
                    boolean zeroDigit = pending != null && pending.signum() == 0 && pendingToken != null
                            && pendingToken.part() == Part.DIGITS; // 零十 = 10
                    BigDecimal n = pending == null || zeroDigit ? BigDecimal.ONE : pending;
                    section = section.add(n.multiply(tok.value()));
                    pending = null;
                    lastUnit = tok.value();
                    lastUnitSmall = true;
                    zeroSinceUnit = false;
                    lastWasBig = false;
                }
                case ZERO -> zeroSinceUnit = true;
                case MORE -> {
                    if (high) {
                        section = section.add(pendingToken != null && pending != null ? place(pending) : lastUnit.signum() > 0 ? lastUnit : BigDecimal.ONE);
                    }
                }
                case BIG -> {
                    if (lastUnitSmall) {
                        pending = colloquial(pending, pendingToken, lastUnit, zeroSinceUnit); // 百二萬; not 亿四万
                    }
                    int exp = tok.value().intValue();
                    BigDecimal group;
                    int carried = 0;
                    if (pending == null && section.signum() == 0) {
                        if (lastWasBig && !groups.isEmpty()) {
                            BigDecimal[] top = groups.pop(); // 万亿, 万万: the scale multiplies the group before
                            group = top[0];
                            carried = top[1].intValue();
                        } else if (groups.isEmpty()) {
                            group = BigDecimal.ONE; // 萬九 = 19000: a scale alone counts one
                        } else {
                            return null;
                        }
                    } else {
                        group = section.add(pending == null ? BigDecimal.ZERO : pending);
                        while (!groups.isEmpty() && groups.peek()[1].intValue() < exp) {
                            BigDecimal[] smaller = groups.pop(); // 十万亿: 亿 multiplies the 万 group too
                            group = group.add(smaller[0]);
                            carried = Math.max(carried, smaller[1].intValue());
                        }
                    }
                    groups.push(new BigDecimal[]{group.scaleByPowerOfTen(exp), BigDecimal.valueOf(exp + carried)});
                    section = BigDecimal.ZERO;
                    pending = null;
                    pendingToken = null;
                    lastUnit = BigDecimal.TEN.pow(exp);
                    lastUnitSmall = false;
                    zeroSinceUnit = false;
                    lastWasBig = true;
                }
                case FRACTION -> {
                    // 两千三点一, 四百亿点零五零: everything read so far is the integer part; a later scale multiplies it all.
                    pending = colloquial(pending, pendingToken, lastUnit, zeroSinceUnit);
                    BigDecimal whole = section.add(pending == null ? BigDecimal.ZERO : pending);
                    for (BigDecimal[] g : groups) {
                        whole = whole.add(g[0]);
                    }
                    groups.clear();
                    section = BigDecimal.ZERO;
                    pending = whole.add(tok.value());
                    pendingToken = null;
                    lastUnit = BigDecimal.ZERO;
                    lastWasBig = false;
                }
            }
        }
        pending = colloquial(pending, pendingToken, lastUnit, zeroSinceUnit);
        BigDecimal total = section.add(pending == null ? BigDecimal.ZERO : pending);
        for (BigDecimal[] g : groups) {
            total = total.add(g[0]);
        }
        return total;
    }

    /**
     * 三万五 = 35000, 两千三 = 2300, 百三 = 130, 七萬九三一 = 79310: digits right after a unit of a hundred or more, fewer
     * than the places it leaves, continue from the next place down (九萬三三七九 fills all four and stays 93379).
     */
    private static BigDecimal colloquial(BigDecimal pending, Token pendingToken, BigDecimal lastUnit, boolean zero) {
        if (pending == null || pendingToken == null || pendingToken.part() != Part.DIGITS || zero
                || lastUnit.compareTo(BigDecimal.valueOf(100)) < 0) {
            return pending;
        }
        BigDecimal places = BigDecimal.ONE.scaleByPowerOfTen(pendingToken.end() - pendingToken.start());
        if (places.compareTo(lastUnit) >= 0) {
            return pending;
        }
        return pending.multiply(lastUnit).divide(places);
    }

    /** The step of the last digit written: 3000 → 1000, 30 → 10, 4001 → 1, 1.7 → 0.1. */
    static BigDecimal place(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.signum() == 0) {
            return BigDecimal.ONE;
        }
        BigDecimal step = BigDecimal.ONE.scaleByPowerOfTen(-v.scale());
        return step.scale() < 0 ? step.setScale(0) : step;
    }
}
