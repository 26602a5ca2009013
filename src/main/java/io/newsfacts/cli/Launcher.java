package io.newsfacts.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point of {@code newsfacts.jar}. It picks the JIT compilers for the run ({@link JitPlan}); a JVM option cannot be
 * changed once the JVM runs, so a short batch is run in a child JVM started with the quick compiler only, with this
 * JVM's own options, standard streams and exit status. Everything else runs in this JVM. {@code --jit=default} or any
 * compiler option given to {@code java} keeps every run in this JVM.
 */
public final class Launcher {

    /** Set in the child JVM, to the launcher's process id, so that it never starts another and can watch its launcher. */
    static final String CHILD_PROPERTY = "newsfacts.launched";

    private Launcher() {
    }

    public static void main(String[] args) {
        List<String> argList = Arrays.asList(args);
        String[] rest = JitPlan.withoutJitOption(argList).toArray(String[]::new);
        if (System.getProperty(CHILD_PROPERTY) != null) {
            stopWhenTheLauncherEnds();
            Main.main(rest);
            return;
        }
        List<String> jvmArguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        JitPlan plan;
        try {
            plan = JitPlan.choose(argList, jvmArguments);
        } catch (IllegalArgumentException e) {
            System.err.println("newsfacts: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (plan.mode() == JitPlan.Mode.QUICK) {
            try {
                System.exit(runChild(jvmArguments, rest));
            } catch (IOException e) {
                System.err.println("newsfacts: could not start a JVM with the quick compiler (" + e.getMessage()
                        + "); running in this one");
            }
        }
        Main.main(rest);
    }

    /** Runs Main in a child JVM with this JVM's options and {@link ChildJvmOptions}' own; returns its exit status. */
    private static int runChild(List<String> jvmArguments, String[] args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(ChildJvmOptions.of(System.getProperty("java.class.path"), jvmArguments, Runtime.getRuntime().maxMemory()));
        command.add("-D" + CHILD_PROPERTY + "=" + ProcessHandle.current().pid());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Launcher.class.getName());
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        // their options are already among this JVM's input arguments; inherited, they would apply twice
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process child = builder.start();
        Thread stopChild = new Thread(() -> {
            if (child.isAlive()) {
                child.destroy(); // SIGTERM: the child's own shutdown hooks close its outputs
                try {
                    child.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "newsfacts-stop-child");
        Runtime.getRuntime().addShutdownHook(stopChild);
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // keep waiting: the shutdown hook handles termination
            }
        }
    }

    /**
     * A launcher killed with SIGKILL cannot stop its child; the child stops itself, so that no orphan goes on writing
     * an output that the user may already be resuming.
     */
    private static void stopWhenTheLauncherEnds() {
        long launcherPid;
        try {
            launcherPid = Long.parseLong(System.getProperty(CHILD_PROPERTY));
        } catch (NumberFormatException e) {
            return; // set by hand, not by a launcher
        }
        // One handle, checked and then watched: asking for the parent a second time could name the process that adopted
        // this JVM if the launcher died in between, and watching that one would never end.
        ProcessHandle launcher = ProcessHandle.current().parent().filter(p -> p.pid() == launcherPid).orElse(null);
        if (launcher == null) {
            launcherEnded(launcherPid); // killed before this JVM got here: this JVM now has another parent
            return;
        }
        launcher.onExit().thenRun(() -> launcherEnded(launcherPid));
    }

    private static void launcherEnded(long pid) {
        System.err.println("newsfacts: the launching JVM (pid " + pid + ") ended; stopping");
        System.exit(143);
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
