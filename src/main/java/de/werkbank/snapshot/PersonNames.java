package de.werkbank.snapshot;

import de.werkbank.content.StoreContent;
import de.werkbank.sheet.Actor;
import de.werkbank.workshop.VoteRound;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The names of the people a store knows, and free texts with those names replaced by
 * {@value #PLACEHOLDER}: for snapshots "ohne personenbezogene Daten".
 *
 * <p>People are the registry's persons, the names the history records as who made a change, and the
 * vote rounds' facilitators and named participants. A registry person's name is replaced wherever it
 * occurs (also inside a longer word, such as a genitive „Sabine Krämers“), ignoring case and the
 * amount of white space between its parts; so are their family names after a form of address
 * („Frau Krämer“, „Hr. Krämer“, „Dr. Krämer“). The other names (often a login name or a first name
 * only) are replaced as whole words. Names shorter than {@value #MIN_LENGTH} characters are left
 * alone: they name nobody, and would break ordinary words.
 */
final class PersonNames {

    static final String PLACEHOLDER = "[Person]";
    static final int MIN_LENGTH = 3;

    /** Keeps every text as it is: for snapshots with personal data. */
    static final PersonNames NONE = new PersonNames(null);

    private static final String TITLES = "(?:Frau|Herrn?|Fr\\.|Hr\\.|Dr\\.|Prof\\.)\\s*";
    private static final String NOT_IN_WORD_BEFORE = "(?<![\\p{L}\\p{N}_])";
    private static final String NOT_IN_WORD_AFTER = "(?![\\p{L}\\p{N}_])";

    private final Pattern names;

    private PersonNames(Pattern names) {
        this.names = names;
    }

    /** The people {@code content} names. */
    static PersonNames of(StoreContent content) {
        Set<String> registry = new LinkedHashSet<>();
        content.registry().stream().filter(a -> a.kind() == Actor.Kind.PERSON).forEach(a -> registry.add(a.name()));
        Set<String> others = new LinkedHashSet<>();
        content.history().forEach(h -> others.add(h.who()));
        for (VoteRound r : content.workshop().voteRounds()) {
            others.add(r.createdBy());
            r.votes().forEach(v -> others.add(v.participant()));
        }
        return of(registry, others);
    }

    /**
     * @param registry names replaced wherever they occur
     * @param others names replaced where they stand as a word of their own
     */
    static PersonNames of(Set<String> registry, Set<String> others) {
        List<String> alternatives = new ArrayList<>();
        Set<String> familyNames = new LinkedHashSet<>();
        for (String name : usable(registry)) {
            alternatives.add(spaced(name));
            String[] parts = name.split("\\s+");
            if (parts.length > 1 && usable(parts[parts.length - 1])) {
                familyNames.add(parts[parts.length - 1]);
            }
        }
        for (String family : sortedLongestFirst(familyNames)) {
            alternatives.add(NOT_IN_WORD_BEFORE + TITLES + Pattern.quote(family));
        }
        for (String name : usable(others)) {
            alternatives.add(NOT_IN_WORD_BEFORE + spaced(name) + NOT_IN_WORD_AFTER);
        }
        if (alternatives.isEmpty()) {
            return NONE;
        }
        return new PersonNames(Pattern.compile(String.join("|", alternatives),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** The names worth replacing, longest first, so that the longest one a text holds is the one replaced. */
    private static List<String> usable(Set<String> names) {
        return sortedLongestFirst(names.stream().map(n -> n == null ? "" : n.strip()).filter(PersonNames::usable)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private static boolean usable(String name) {
        // a name the placeholder itself contains would be found again in every replaced text
        return name.length() >= MIN_LENGTH && !PLACEHOLDER.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT));
    }

    private static List<String> sortedLongestFirst(Set<String> names) {
        return names.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s)).toList();
    }

    /** The name as a pattern in which any white space between its parts matches any white space. */
    private static String spaced(String name) {
        return java.util.Arrays.stream(name.split("\\s+")).map(Pattern::quote).collect(Collectors.joining("\\s+"));
    }

    /**
     * {@code text} with every person's name replaced; again and again, so that no name is left that
     * the text around a replaced one happened to spell out.
     */
    String scrub(String text) {
        if (names == null || text == null || text.isEmpty()) {
            return text;
        }
        String current = text;
        for (int pass = 0; pass < 10; pass++) {
            Matcher m = names.matcher(current);
            if (!m.find()) {
                return current;
            }
            current = m.replaceAll(Matcher.quoteReplacement(PLACEHOLDER));
        }
        return current;
    }

    List<String> scrub(List<String> texts) {
        return names == null ? texts : texts.stream().map(this::scrub).toList();
    }
}
