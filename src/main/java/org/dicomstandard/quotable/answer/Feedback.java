package org.dicomstandard.quotable.answer;

/**
 * Where a channel's "helpful / not helpful" goes: the reply, the channel and the question it
 * answered, never who clicked. The question is masked by the implementation as misses are.
 */
public interface Feedback {
    void record(String replyId, String channel, boolean helpful, String question);
}
