package io.newsfacts;

import java.math.BigDecimal;

/**
 * A change stated for a metric: 同比上升27% → direction up, percent 27, basis 同比.
 *
 * @param direction "up" or "down"
 * @param percent   the change in percent, or null
 * @param amount    an absolute change (增加12起 → 12), or null
 * @param basis     the comparison as written (同比, 环比, 与前两年平均数相比, 相比2022年), or null
 */
public record Change(String direction, BigDecimal percent, BigDecimal amount, String basis) {
}
