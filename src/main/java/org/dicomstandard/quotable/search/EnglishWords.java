package org.dicomstandard.quotable.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * Words English speakers write, from the embedding model's own vocabulary (its tokenizer lists some
 * 22,000 whole words): spelling correction leaves them alone, so "accepted" is not turned into
 * "accessed" just because no reply happens to use it, while "securty" still becomes "security".
 * Empty when the model's tokenizer is not on the class path; then every unknown word may be corrected.
 */
final class EnglishWords {
    private static final Set<String> WORDS = load();

    private EnglishWords() {
    }

    static boolean contains(String word) {
        return WORDS.contains(word);
    }

    static int size() {
        return WORDS.size();
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        try (InputStream in = EnglishWords.class.getClassLoader().getResourceAsStream(OnnxEmbedder.MINILM.tokenizer())) {
            if (in == null) return Set.of();
            JsonNode vocab = new ObjectMapper().readTree(in).path("model").path("vocab");
            for (Iterator<String> it = vocab.fieldNames(); it.hasNext(); ) {
                String w = it.next();
                if (w.length() >= 2 && w.chars().allMatch(c -> c >= 'a' && c <= 'z')) out.add(w);
            }
        } catch (IOException | RuntimeException e) {
            return Set.of(); // a damaged tokenizer costs this refinement, never a search
        }
        return Set.copyOf(out);
    }
}
