package io.newsfacts.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The child JVM's options: the user's first, then ours, each of ours dropped when the user already decided it. */
class ChildJvmOptionsTest {

    private static final long MAX_512M = 512L << 20;

    @Test
    void theUsersOptionsComeFirstAndTheQuickCompilerLast() {
        assertEquals(List.of("-Xmx512m", "-Dx=1", "-Xms128m", "-XX:TieredStopAtLevel=1"),
                ChildJvmOptions.of("target/classes", List.of("-Xmx512m", "-Dx=1"), MAX_512M));
    }

    @Test
    void aUserSizedHeapKeepsItsSizes() {
        for (String sizing : List.of("-Xms1g", "-Xmn128m", "-XX:InitialHeapSize=1073741824", "-XX:NewRatio=3")) {
            assertEquals(List.of("-Xmx512m", sizing, "-XX:TieredStopAtLevel=1"),
                    ChildJvmOptions.of("target/classes", List.of("-Xmx512m", sizing), MAX_512M), sizing);
        }
    }

    @Test
    void aSmallMaximumHeapGetsNoInitialSizeAboveIt() {
        assertEquals(List.of("-Xmx200m", "-XX:TieredStopAtLevel=1"),
                ChildJvmOptions.of("target/classes", List.of("-Xmx200m"), 200L << 20));
    }
}
