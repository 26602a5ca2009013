package io.newsfacts.cli;

import io.newsfacts.Document;
import io.newsfacts.NewsFacts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** Shows how the rules see text read from stdin: every sentence's units with their tags, and the matches. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Print each sentence's tagged units and the rules that match (for rule authors). Reads stdin.")
final class ExplainCommand implements Callable<Integer> {

    @Option(names = "--published", description = "Publication date of the text.")
    String published;

    @Override
    public Integer call() throws IOException {
        String text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        NewsFacts newsFacts = NewsFacts.builder().build();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        newsFacts.explain(new Document("stdin", text, null, published, null)).forEach(out::println);
        return 0;
    }
}
