package org.dicomstandard.quotable;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import org.dicomstandard.quotable.cli.Cli;

/**
 * The runnable jar: {@code java -jar quotable.jar} (or {@code serve}) serves the library in the working directory;
 * any other word runs a command and exits; an unknown one exits 2 with the list of commands.
 */
@OpenAPIDefinition(info = @Info(title = "Quotable", version = "1",
        description = "Approved replies of DICOM WG-14: search, replies, matrix, completions.",
        license = @License(name = "Replies: approved by DICOM WG-14")))
public final class Quotable {
    private Quotable() {
    }

    public static void main(String[] args) {
        if (!Cli.serves(args)) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        Micronaut.build(new String[0]).mainClass(Quotable.class).banner(false).start();
    }
}
