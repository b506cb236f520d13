package org.dicomstandard.quotable.search;

/**
 * Whether search by meaning is serving, for {@code /health}: when the model cannot load, lexical
 * search answers alone and this says why (health DEGRADED, never an error to the asker).
 *
 * @param available whether questions are also matched by meaning
 * @param model     the sentence-embedding model, when it loaded
 * @param reason    why it is not available (null when it is)
 */
public record MeaningStatus(boolean available, String model, String reason) {

    static MeaningStatus up(String model) {
        return new MeaningStatus(true, model, null);
    }

    static MeaningStatus down(String reason) {
        return new MeaningStatus(false, null, reason);
    }
}
