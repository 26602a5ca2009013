package io.newsfacts.numeral;

import java.math.BigDecimal;

/**
 * Reads Chinese numerals: 两千三百, 一千零一亿, 十四, 廿三, 二〇二〇 and 九萬三三七九 (digit by digit), 三万五 (colloquial),
 * 六点四二万, 大写 壹贰叁. Characters are expected in Simplified script (萬 → 万 is folded before). Stateless.
 */
final class ChineseNumerals {

    private ChineseNumerals() {
    }

    /** The digit value of a numeral character, or -1. */
    static int digit(char c) {
        return switch (c) {
            case '零', '〇', '○', '0', 'O' -> 0;
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

    /** The multiplier of a unit character 十百千 (and 拾佰仟), or 0. */
    static int smallUnit(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百', '佰' -> 100;
            case '千', '仟' -> 1000;
            default -> 0;
        };
    }

    /** The exponent of ten of 万亿兆, or 0. */
    static int bigUnitExponent(char c) {
        return switch (c) {
            case '万' -> 4;
            case '亿' -> 8;
            case '兆' -> 12;
            default -> 0;
        };
    }

    static boolean isNumeralChar(char c) {
        return digit(c) >= 0 || smallUnit(c) > 0 || bigUnitExponent(c) > 0 || c == '廿' || c == '卅' || c == '点';
    }

    /**
     * The value of {@code s[from, to)}, a run of numeral characters, or null when it is not a well-formed numeral.
     */
    static BigDecimal parse(CharSequence s, int from, int to) {
        if (from >= to) {
            return null;
        }
        BigDecimal total = BigDecimal.ZERO;   // completed 亿 groups
        BigDecimal section = BigDecimal.ZERO; // within the current 万/亿 group
        long number = 0;
        boolean lastWasDigit = false;
        int lastUnit = 0;
        boolean seenAny = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                if (lastWasDigit) {
                    if (number > 99_999_999_999L) {
                        return null;
                    }
                    number = number * 10 + d; // 二〇二〇, 三三七九
                } else {
                    number = d;
                }
                lastWasDigit = true;
                seenAny = true;
                continue;
            }
            if (c == '廿' || c == '卅') {
                section = section.add(BigDecimal.valueOf(c == '廿' ? 20 : 30));
                number = 0;
                lastWasDigit = false;
                lastUnit = 10;
                seenAny = true;
                continue;
            }
            int small = smallUnit(c);
            if (small > 0) {
                long n = number == 0 ? 1 : number; // 十四 = 14, 一千零十 = 1010
                section = section.add(BigDecimal.valueOf(n * small));
                number = 0;
                lastWasDigit = false;
                lastUnit = small;
                seenAny = true;
                continue;
            }
            int exp = bigUnitExponent(c);
            if (exp > 0) {
                if (!seenAny) {
                    return null;
                }
                BigDecimal group = section.add(BigDecimal.valueOf(number));
                if (exp >= 8) {
                    total = total.add(group).scaleByPowerOfTen(exp);
                    section = BigDecimal.ZERO;
                } else {
                    section = group.scaleByPowerOfTen(exp);
                }
                number = 0;
                lastWasDigit = false;
                lastUnit = (int) Math.min(10_000, Math.pow(10, exp));
                continue;
            }
            if (c == '点') {
                // 六点四二万: the fraction digits follow, then an optional scale.
                BigDecimal integer = total.add(section).add(BigDecimal.valueOf(number));
                int j = i + 1;
                StringBuilder frac = new StringBuilder();
                while (j < to && digit(s.charAt(j)) >= 0) {
                    frac.append(digit(s.charAt(j)));
                    j++;
                }
                if (frac.length() == 0) {
                    return null;
                }
                BigDecimal value = new BigDecimal(integer.toBigInteger() + "." + frac);
                while (j < to) {
                    int e = bigUnitExponent(s.charAt(j));
                    int sm = smallUnit(s.charAt(j));
                    if (e > 0) {
                        value = value.scaleByPowerOfTen(e);
                    } else if (sm > 0) {
                        value = value.multiply(BigDecimal.valueOf(sm));
                    } else {
                        return null;
                    }
                    j++;
                }
                return value;
            }
            return null;
        }
        if (lastWasDigit && number > 0 && number < 10 && lastUnit >= 100 && to - from >= 3
                && digit(s.charAt(to - 2)) < 0 && s.charAt(to - 2) != '零') {
            number = number * lastUnit / 10; // 三万五 = 35000, 两千三 = 2300
        }
        return total.add(section).add(BigDecimal.valueOf(number));
    }
}
