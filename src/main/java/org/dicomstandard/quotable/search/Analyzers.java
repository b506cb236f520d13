package org.dicomstandard.quotable.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Language-aware analysis. Replies are indexed with their language's chain (stop words, stemming,
 * diacritics folded); questions are analysed with the same chain plus the synonyms of
 * {@code search/synonyms-<lang>.txt}, applied as a graph at query time only so the synonym list can
 * change without re-indexing and multi-word synonyms ("secure transport") keep their positions.
 */
public final class Analyzers {
    /** Languages with their own chain; any other language is indexed with the plain chain. */
    public enum Lang {
        EN, DE, OTHER;

        public static Lang of(String tag) {
            if (tag == null) return OTHER;
            String primary = tag.toLowerCase(Locale.ROOT).split("-")[0];
            return switch (primary) {
                case "en" -> EN;
                case "de" -> DE;
                default -> OTHER;
            };
        }

        public String suffix() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final SynonymMap EN_SYNONYMS = synonyms("search/synonyms-en.txt", Analyzers::stemmed, Lang.EN);
    private static final SynonymMap DE_SYNONYMS = synonyms("search/synonyms-de.txt", Analyzers::stemmed, Lang.DE);

    // Ranking keeps Lucene's short stop list: "who", "how", "where" help match the way people ask.
    // The longer list of question and filler words only keeps them out of the confidence measure.
    private static final CharArraySet EN_FILLER_WORDS = wordList("search/stopwords-en.txt");

    private static final java.util.Set<String> SYNONYM_WORDS = java.util.Collections.unmodifiableSet(
            vocabulary("search/synonyms-en.txt", "search/synonyms-de.txt"));

    private Analyzers() {
    }

    /**
     * Every word of the synonym files, lower-cased: spelling correction leaves these alone, so
     * "ransomware" is never "corrected" into a word of the library when it is a synonym of one.
     */
    public static java.util.Set<String> synonymWords() {
        return SYNONYM_WORDS;
    }

    /**
     * Whether a lower-cased word carries no topic in any supported language: a question or filler
     * word. Such words are never a spelling fix and do not count towards confidence.
     */
    public static boolean isFillerWord(String word) {
        return EN_FILLER_WORDS.contains(word) || GermanAnalyzer.getDefaultStopSet().contains(word);
    }

    /**
     * A guess at a question's language for channels that do not say (chat): German when it has
     * more German function words than English ones; on a tie (headlines have few: "DICOM-CD:
     * Sicherheitsprobleme beachten"), German when it has an umlaut or ß or more German words the
     * gloss knows than English function words; else English.
     */
    public static String guessLanguage(String text) {
        int de = 0;
        int en = 0;
        String lower = text.length() > 2000 ? text.substring(0, 2000).toLowerCase(Locale.ROOT) : text.toLowerCase(Locale.ROOT);
        for (String w : lower.split("[^\\p{L}']+")) {
            if (w.isEmpty()) continue;
            if (GermanAnalyzer.getDefaultStopSet().contains(w)) de++;
            if (EN_FILLER_WORDS.contains(w)) en++;
        }
        if (de != en) return de > en ? "de" : "en";
        if (lower.chars().anyMatch(c -> c == 'ä' || c == 'ö' || c == 'ü' || c == 'ß')) return "de";
        long german = QueryPlanner.tokens(surface(), lower).stream()
                .filter(w -> !EN_FILLER_WORDS.contains(w) && GermanGloss.isGerman(w)).count();
        return german > en ? "de" : "en";
    }

    private static CharArraySet wordList(String resource) {
        try (InputStream in = Analyzers.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing word list " + resource);
            CharArraySet words = new CharArraySet(256, true);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#")) continue;
                for (String w : line.trim().split("\\s+")) {
                    if (!w.isEmpty()) words.add(w);
                }
            }
            return CharArraySet.unmodifiableSet(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.Set<String> vocabulary(String... resources) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String resource : resources) {
            try (InputStream in = Analyzers.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) throw new IllegalStateException("missing synonyms file " + resource);
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    for (String w : line.toLowerCase(Locale.ROOT).split("[\\s,=>]+")) {
                        if (!w.isBlank()) words.add(w);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return words;
    }

    /** The terms {@code analyzer} makes of {@code text}, in order (e.g. to compare the wording of questions). */
    public static List<String> tokens(Analyzer analyzer, String text) {
        return QueryPlanner.tokens(analyzer, text);
    }

    /** The chain text is indexed with: tokenise, lower-case, fold diacritics, drop stop words, stem. */
    public static Analyzer index(Lang lang) {
        return chain(lang, true, false);
    }

    /** The chain questions are analysed with: the index chain plus query-time synonyms. */
    public static Analyzer query(Lang lang) {
        return chain(lang, true, true);
    }

    /** Words as typed, lower-cased and folded: the vocabulary spelling correction works on. */
    public static Analyzer surface() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }
        };
    }

    private static Analyzer chain(Lang lang, boolean stop, boolean synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new LowerCaseFilter(lang == Lang.EN ? new EnglishPossessiveFilter(source) : source);
                // Stop words are listed with their diacritics ("für"), so they go before folding.
                if (stop) ts = new StopFilter(ts, stopWords(lang));
                ts = fold(lang, ts);
                ts = stem(lang, ts);
                if (synonyms) {
                    SynonymMap map = lang == Lang.DE ? DE_SYNONYMS : lang == Lang.EN ? EN_SYNONYMS : null;
                    if (map != null) ts = new SynonymGraphFilter(ts, map, true);
                }
                return new TokenStreamComponents(source, ts);
            }
        };
    }

    /** The chain synonym entries are parsed with: like the query chain but keeping stop words. */
    private static Analyzer stemmed(Lang lang) {
        return chain(lang, false, false);
    }

    private static TokenStream fold(Lang lang, TokenStream ts) {
        // German first folds ä/ö/ü/ß the way German spelling allows (ae, oe, ue, ss), so "Schluessel"
        // and "Schlüssel" meet; then every other diacritic is folded to ASCII.
        return new ASCIIFoldingFilter(lang == Lang.DE ? new GermanNormalizationFilter(ts) : ts);
    }

    private static CharArraySet stopWords(Lang lang) {
        return switch (lang) {
            case EN -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
            case DE -> GermanAnalyzer.getDefaultStopSet();
            case OTHER -> CharArraySet.EMPTY_SET;
        };
    }

    private static TokenStream stem(Lang lang, TokenStream ts) {
        return switch (lang) {
            case EN -> new PorterStemFilter(ts);
            case DE -> new GermanLightStemFilter(ts);
            case OTHER -> ts;
        };
    }

    private static SynonymMap synonyms(String resource, Function<Lang, Analyzer> analyzer, Lang lang) {
        try (InputStream in = Analyzers.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing synonyms file " + resource);
            SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer.apply(lang));
            parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("bad synonyms file " + resource + ": " + e.getMessage(), e);
        }
    }
}
