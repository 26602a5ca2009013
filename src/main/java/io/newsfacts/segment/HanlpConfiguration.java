package io.newsfacts.segment;

import com.hankcs.hanlp.HanLP;

/**
 * The one place that touches HanLP's static configuration. It is applied once per JVM, before the first
 * segmenter is built, and never changed afterwards, so every segmenter in the process sees the same settings.
 */
final class HanlpConfiguration {

    private static volatile boolean applied;

    private HanlpConfiguration() {
    }

    static void ensureApplied() {
        if (applied) {
            return;
        }
        synchronized (HanlpConfiguration.class) {
            if (!applied) {
                HanLP.Config.ShowTermNature = true;
                HanLP.Config.Normalization = false; // we keep offsets into the original text
                HanLP.Config.enableDebug(false);
                applied = true;
            }
        }
    }
}
