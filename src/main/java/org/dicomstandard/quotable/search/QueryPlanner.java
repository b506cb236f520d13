package org.dicomstandard.quotable.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.QueryBuilder;
import org.dicomstandard.quotable.search.Analyzers.Lang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a question, as typed, into Lucene queries. The text is never parsed as query syntax:
 * it is tokenised, so {@code title:x}, {@code *:*}, quotes and {@code AND OR NOT} are just words.
 */
final class QueryPlanner {
    /** Distinct words kept from a question: enough for any real question, bounded for a 10 KB one. */
    static final int MAX_WORDS = 24;
    /**
     * Spelling correction is the costly step (an automaton per word): only words of at most this many
     * letters are corrected (a 990-letter word is nobody's typo), and at most {@link #MAX_CORRECTED}
     * words of a question, so every question costs a bounded time whatever its text.
     */
    static final int MAX_CORRECTABLE_LENGTH = 20;
    static final int MAX_CORRECTED = 6;
    /** Characters of a word kept: longer runs of letters are cut, as no word of any reply is that long. */
    static final int MAX_WORD_LENGTH = 40;

    // Field weights: the title and the other ways people ask are the closest to a question; the
    // topic's canonical question says what the whole topic is about; the body is long and diffuse.
    static final float TITLE_BOOST = 2.0f;
    static final float QUESTIONS_BOOST = 2.0f;
    static final float TOPIC_BOOST = 1.5f;
    static final float SUMMARY_BOOST = 1.0f;
    static final float BODY_BOOST = 0.6f;
    static final float TIE_BREAKER = 0.3f;

    private final IndexReader reader;
    private final Set<Lang> languages;
    private final Map<Lang, Analyzer> queryAnalyzers = new EnumMap<>(Lang.class);
    private final Map<Lang, Analyzer> indexAnalyzers = new EnumMap<>(Lang.class);
    private final Analyzer surface = Analyzers.surface();
    private final DirectSpellChecker speller = new DirectSpellChecker();

    QueryPlanner(IndexReader reader, Set<Lang> languages) {
        this.reader = reader;
        this.languages = languages;
        for (Lang l : Lang.values()) {
            queryAnalyzers.put(l, Analyzers.query(l));
            indexAnalyzers.put(l, Analyzers.index(l));
        }
        // A misspelling is at most two edits away and shares the first letter; "weather" is not "whether".
        speller.setAccuracy(0.75f);
        speller.setMinPrefix(1);
        speller.setMinQueryLength(4);
    }

    Set<Lang> languages() {
        return languages;
    }

    /** A word of the question that the confidence measure weighs: matched or not in a reply. */
    record Concept(String word, Lang lang, Query query, double weight) {
    }

    /**
     * What a question becomes: the corrected text, the ranking query, the concepts per language, and
     * the text the embedding model reads (the question as asked, corrected, or glossed into English).
     */
    record Plan(String text, boolean corrected, Query query, Map<Lang, Set<String>> highlightStems, Map<Lang, List<Concept>> concepts,
                String meaningText) {
        boolean isEmpty() {
            return query == null;
        }

        /** Content words of the question: the most of any language's concepts. */
        int contentWords() {
            return concepts.values().stream().mapToInt(List::size).max().orElse(0);
        }
    }

    /**
     * Plans a question against this index's replies: its vocabulary corrects spelling and its
     * document frequencies weigh the words. {@code language} (may be null) is the asker's.
     */
    Plan plan(String question, String language) {
        boolean german = language != null && Lang.of(language) == Lang.DE;
        List<String> words = words(question);
        List<String> fixed = new ArrayList<>(words.size());
        boolean corrected = false;
        int tries = 0;
        for (String w : words) {
            String c = w;
            // German is not corrected: the library holds few German words, so a German word it lacks is
            // far more often a real word than a typo ("gelandet" is not "geändert", "solide" not "slide").
            if (!german && correctable(w) && tries++ < MAX_CORRECTED) c = correct(w);
            corrected |= !c.equals(w);
            fixed.add(c);
        }
        String text = String.join(" ", fixed);
        // A German question is also asked of the English replies in its English gloss.
        List<String> english = german ? GermanGloss.gloss(fixed) : fixed;
        Query query = textQuery(text, String.join(" ", english));
        Map<Lang, List<Concept>> concepts = new EnumMap<>(Lang.class);
        if (query != null) {
            for (Lang l : languages) concepts.put(l, concepts(l == Lang.EN ? english : fixed, l));
        }
        String meaning = german ? String.join(" ", english) : corrected ? text : question.length() > 400 ? question.substring(0, 400) : question;
        return new Plan(text, corrected, query, query == null ? Map.of() : highlightStems(fixed, english), concepts, meaning);
    }

    /** The question's distinct surface words, lower-cased and folded, at most {@link #MAX_WORDS}, each cut to {@link #MAX_WORD_LENGTH}. */
    List<String> words(String question) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : tokens(surface, question)) {
            if (out.size() >= MAX_WORDS) break;
            out.add(t.length() > MAX_WORD_LENGTH ? t.substring(0, MAX_WORD_LENGTH) : t);
        }
        return new ArrayList<>(out);
    }

    private static boolean correctable(String word) {
        return word.length() >= 4 && word.length() <= MAX_CORRECTABLE_LENGTH && word.chars().noneMatch(Character::isDigit)
                && !Analyzers.synonymWords().contains(word) && !Analyzers.isFillerWord(word) && !EnglishWords.contains(word);
    }

    private String correct(String word) {
        try {
            Term term = new Term(Fields.WORDS, word);
            if (reader.docFreq(term) > 0) return word;
            // A correction to a stop word ("intro" -> "into") would drop the word instead of fixing it.
            for (SuggestWord suggestion : speller.suggestSimilar(term, 3, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
                if (!Analyzers.isFillerWord(suggestion.string)) return suggestion.string;
            }
            return word;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query textQuery(String asked, String english) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (Lang l : languages) {
            String text = l == Lang.EN ? english : asked;
            QueryBuilder qb = builder(l);
            List<Query> perField = new ArrayList<>();
            add(perField, qb.createBooleanQuery(Fields.title(l), text), TITLE_BOOST);
            add(perField, qb.createBooleanQuery(Fields.questions(l), text), QUESTIONS_BOOST);
            add(perField, qb.createBooleanQuery(Fields.summary(l), text), SUMMARY_BOOST);
            add(perField, qb.createBooleanQuery(Fields.body(l), text), BODY_BOOST);
            if (l == Lang.EN) {
                add(perField, qb.createBooleanQuery(Fields.TOPIC_QUESTION, text), TOPIC_BOOST);
            }
            if (!perField.isEmpty()) {
                any.add(new DisjunctionMaxQuery(perField, TIE_BREAKER), BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? null : any.build();
    }

    /**
     * What the highlighter marks: the asker's own words (in English replies, their English gloss),
     * stemmed as each language's replies are, without the synonym expansion (a passage should show
     * the words asked, not every synonym of them).
     */
    private Map<Lang, Set<String>> highlightStems(List<String> words, List<String> english) {
        Map<Lang, Set<String>> out = new EnumMap<>(Lang.class);
        for (Lang l : languages) {
            Set<String> stems = new java.util.HashSet<>();
            for (String w : l == Lang.EN ? english : words) stems.addAll(tokens(indexAnalyzers.get(l), w));
            out.put(l, stems);
        }
        return out;
    }

    /**
     * Multi-word synonyms ("secure transport") match when all their words occur, not as an exact
     * phrase: phrase matching reads positions for every candidate reply, which costs more than it
     * adds for questions of a few words.
     */
    private QueryBuilder builder(Lang lang) {
        QueryBuilder qb = new QueryBuilder(queryAnalyzers.get(lang));
        qb.setAutoGenerateMultiTermSynonymsPhraseQuery(false);
        qb.setEnablePositionIncrements(true);
        return qb;
    }

    private static void add(List<Query> queries, Query q, float boost) {
        if (q != null) queries.add(new BoostQuery(q, boost));
    }

    /**
     * One concept per content word: the word with its synonyms, weighed by how rare it is in the
     * library (BM25's IDF). Stop words weigh nothing; a word no reply uses weighs the most.
     */
    private List<Concept> concepts(List<String> words, Lang lang) {
        String field = Fields.all(lang);
        QueryBuilder qb = builder(lang);
        List<Concept> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        try {
            int n = Math.max(1, reader.numDocs());
            for (String w : words) {
                if (Analyzers.isFillerWord(w)) continue;
                List<String> stems = tokens(indexAnalyzers.get(lang), w);
                if (stems.isEmpty() || !seen.add(stems.get(0))) continue;
                Query q = qb.createBooleanQuery(field, w);
                if (q == null) continue;
                int df = reader.docFreq(new Term(field, stems.get(0)));
                double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
                out.add(new Concept(w, lang, q, idf));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
