package org.dicomstandard.quotable.proposals;

import java.util.List;

/** A proposal that was not sent: why, in lines a writer can act on (never a token). */
public final class ProposalException extends Exception {
    private final List<String> problems;

    public ProposalException(String message, List<String> problems) {
        super(message, null, false, false);
        this.problems = List.copyOf(problems);
    }

    /** One line per broken rule ({@code rule-id: message}), empty when GitHub was the trouble. */
    public List<String> problems() {
        return problems;
    }
}
