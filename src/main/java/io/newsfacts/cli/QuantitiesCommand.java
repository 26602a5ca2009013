package io.newsfacts.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Skeleton: replaced by the real command. */
@Command(name = "quantities", description = "Not yet implemented.")
final class QuantitiesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("not yet implemented");
        return 1;
    }
}
