package io.newsfacts.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options of the launcher's child: the launcher's own, then the class archive beside the jar, a small initial
 * heap, and the quick compiler. Each addition steps aside when the user's own options already decide that matter.
 */
final class ChildJvmOptions {

    static final String QUICK_COMPILER = "-XX:TieredStopAtLevel=1";

    /**
     * A batch keeps about 50 MB live. The JVM's default initial heap is 1/64 of the machine's memory (384 MB on 24 GB),
     * and the young generation fills all of it with fresh pages before its first collection. At 128 MB the collector
     * reuses pages already touched (page faults on the bulk texts: 83,000 → 56,000); at 64 MB the models alone
     * pass G1's marking threshold and three concurrent marking cycles ran (two-thread CPU 8.2 s against 7.65 s at
     * 128 MB). The heap still grows to the maximum when a run needs it.
     */
    static final String INITIAL_HEAP = "-Xms128m";
    private static final long INITIAL_HEAP_BYTES = 128L << 20;

    private static final List<String> HEAP_SIZING_OPTIONS = List.of("-Xms", "-Xmn", "-XX:InitialHeapSize", "-XX:MinHeapSize",
            "-XX:NewSize", "-XX:MaxNewSize", "-XX:NewRatio", "-XX:InitialRAMPercentage", "-XX:MinRAMPercentage");

    private ChildJvmOptions() {
    }

    /**
     * @param classPath    the launcher's class path (the jar, when started with {@code java -jar})
     * @param jvmArguments the launcher's own JVM options, passed on first
     * @param maxHeapBytes the launcher's maximum heap, which the child shares (same options)
     */
    static List<String> of(String classPath, List<String> jvmArguments, long maxHeapBytes) {
        List<String> options = new ArrayList<>(jvmArguments);
        options.addAll(ClassArchive.childOptions(classPath, jvmArguments));
        if (!anyGiven(jvmArguments, HEAP_SIZING_OPTIONS) && maxHeapBytes >= 2 * INITIAL_HEAP_BYTES) {
            options.add(INITIAL_HEAP);
        }
        options.add(QUICK_COMPILER);
        return options;
    }

    /** Whether one of the JVM arguments starts with one of the option prefixes: the user already decided that matter. */
    static boolean anyGiven(List<String> jvmArguments, List<String> optionPrefixes) {
        return jvmArguments.stream().anyMatch(a -> optionPrefixes.stream().anyMatch(a::startsWith));
    }
}
