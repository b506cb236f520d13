package org.dicomstandard.quotable.library;

import org.dicomstandard.quotable.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule has failing fixtures under {@code src/test/resources/rules/<rule-id>/<case>/}, each laid
 * over the valid library of {@code library/valid} (the passing fixture for every rule).
 */
class RuleFixturesTest {
    /** Rules whose failing input is made in code (too large, not UTF-8), see {@link SafeYamlTest}. */
    private static final Set<Rule> MADE_IN_CODE = Set.of(Rule.FILE_TOO_LARGE, Rule.FILE_ENCODING,
            Rule.APPROVAL_REVIEWED, Rule.APPROVAL_REVIEW_DATE); // the last two need a pull request: VerifyApprovalsTest

    @TempDir
    Path root;

    static Stream<String> cases() throws IOException {
        Path rules = Fixtures.resource("rules");
        try (Stream<Path> dirs = Files.list(rules)) {
            return dirs.flatMap(rule -> {
                try (Stream<Path> cases = Files.list(rule)) {
                    return cases.map(c -> rules.relativize(c).toString().replace('\\', '/')).toList().stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sorted().toList().stream();
        }
    }

    @Test
    void the_valid_library_passes_every_rule() {
        Validation v = new LibraryValidator(Fixtures.TODAY).validate(Fixtures.layer(root, "library/valid"));
        assertThat(v.problems()).isEmpty();
        assertThat(v.library().files()).hasSize(4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void each_failing_fixture_is_reported_with_its_rule_id(String ruleCase) {
        String ruleId = ruleCase.substring(0, ruleCase.indexOf('/'));
        Rule rule = Arrays.stream(Rule.values()).filter(r -> r.id().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError("fixture folder names no rule: " + ruleId));
        Path library = Fixtures.layer(root, "library/valid", "rules/" + ruleCase);

        Validation v = new LibraryValidator(Fixtures.TODAY).validate(library);

        assertThat(v.problems()).as(v.problems().toString()).anyMatch(p -> p.rule() == rule);
        if (rule == Rule.REVIEW_DUE || rule == Rule.STYLE_AVOID) {
            assertThat(v.ok()).as(rule.id() + " is a warning only").isTrue();
        } else {
            assertThat(v.ok()).isFalse();
            assertThat(v.errors()).anyMatch(p -> p.rule() == rule);
        }
        for (Problem p : v.problems()) {
            assertThat(p.toText()).matches("[^:]+:\\d+: [a-z-]+: .+");
            assertThat(p.message()).doesNotContain("Exception", "com.fasterxml", "\tat ");
        }
    }

    @Test
    void every_rule_has_a_failing_fixture() throws IOException {
        Set<Rule> covered = new HashSet<>(MADE_IN_CODE);
        List<String> all = cases().toList();
        for (Rule r : Rule.values()) {
            if (all.stream().anyMatch(c -> c.startsWith(r.id() + "/"))) covered.add(r);
        }
        assertThat(covered).containsExactlyInAnyOrder(Rule.values());
    }
}
