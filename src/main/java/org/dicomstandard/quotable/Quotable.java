package org.dicomstandard.quotable;

import io.micronaut.runtime.Micronaut;
import org.dicomstandard.quotable.cli.Cli;

/**
 * The runnable jar: {@code java -jar quotable.jar} serves the library in the working directory;
 * {@code java -jar quotable.jar validate|matrix|summary …} runs a command and exits.
 */
public final class Quotable {
    private Quotable() {
    }

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        Micronaut.build(args).mainClass(Quotable.class).banner(false).start();
    }
}
