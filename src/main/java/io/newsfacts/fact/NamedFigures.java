package io.newsfacts.fact;

import java.util.ArrayList;
import java.util.List;

/**
 * Which figures a list of change subjects names: 死亡人数 names 死亡 32人 (by metric), 起数 the one figure counted in 起
 * (by unit), 直接财产损失 itself. Used to give changes to the figures they are about instead of facts of their own.
 */
final class NamedFigures {

    /**
     * @param metric the figure's metric
     * @param unit   its unit, or null
     * @param open   whether it can take a change (it has a value and no change yet)
     */
    record Figure(String metric, String unit, boolean open) {
    }

    private NamedFigures() {
    }

    /** For each subject, the index of the figure it names; null unless every subject names a distinct open figure. */
    static List<Integer> namedBy(List<String> subjects, List<Figure> figures) {
        List<Integer> out = new ArrayList<>();
        for (String subject : subjects) {
            String core = subject.replaceFirst("(?:总数|總數|数量|數量|人数|人數|起数|起數|宗数|宗數|件数|件數)$", "");
            if (core.length() < 2) {
                core = subject.replaceFirst("(?:数|數)$", ""); // 起数 alone: the figure counted in 起
            }
            int found = -1;
            for (int i = 0; i < figures.size(); i++) {
                Figure f = figures.get(i);
                if (!f.open() || out.contains(i)) {
                    continue;
                }
                boolean byMetric = core.length() >= 2
                        && (f.metric().contains(core) || core.contains(f.metric()) && f.metric().length() >= 2);
                boolean byUnit = core.length() == 1 && core.equals(f.unit());
                if (byMetric || byUnit) {
                    if (found >= 0 && byUnit) {
                        return null; // 起数 with two figures in 起: which one is meant is not said
                    }
                    found = found < 0 ? i : found;
                }
            }
            if (found < 0) {
                return null;
            }
            out.add(found);
        }
        return out;
    }
}
