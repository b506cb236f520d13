package org.dicomstandard.quotable;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import org.dicomstandard.quotable.cli.Cli;

/**
 * The runnable jar: {@code java -jar quotable.jar} serves the library in the working directory;
 * {@code java -jar quotable.jar validate|matrix|summary …} runs a command and exits.
 */
@OpenAPIDefinition(info = @Info(title = "Quotable", version = "1",
        description = "Approved replies of DICOM WG-14: search, replies, matrix, completions.",
        license = @License(name = "Replies: approved by DICOM WG-14")))
public final class Quotable {
    private Quotable() {
    }

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.setProperty("quotable.log.target", "System.err"); // before the first logger: stdout is the command's
            System.exit(Cli.run(args, System.out, System.err));
        }
        Micronaut.build(args).mainClass(Quotable.class).banner(false).start();
    }
}
