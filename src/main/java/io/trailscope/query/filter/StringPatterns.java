package io.trailscope.query.filter;

import java.util.List;

/** Turns the characters of one bare string term into a keyword, an equality or a LIKE pattern. */
final class StringPatterns {
    private StringPatterns() {}

    static StringCondition condition(List<TermCharacter> characters) {
        boolean anyEscaped = characters.stream().anyMatch(TermCharacter::escaped);
        String text = text(characters);
        if (!anyEscaped && (text.equals("NULL") || text.equals("null"))) {
            return new IsNull();
        }
        if (!anyEscaped && (text.equals("EMPTY") || text.equals("empty"))) {
            return new IsEmpty();
        }
        if (characters.stream().anyMatch(TermCharacter::isWildcard)) {
            return StringLike.of(likePattern(characters));
        }
        return new StringEquals(text);
    }

    private static String text(List<TermCharacter> characters) {
        StringBuilder text = new StringBuilder(characters.size());
        characters.forEach(c -> text.append(c.value()));
        return text.toString();
    }

    private static String likePattern(List<TermCharacter> characters) {
        StringBuilder pattern = new StringBuilder(characters.size() + 8);
        for (TermCharacter c : characters) {
            boolean special = c.value() == '%' || c.value() == '_' || c.value() == StringLike.ESCAPE;
            if (special && !c.isWildcard()) {
                pattern.append(StringLike.ESCAPE);
            }
            pattern.append(c.value());
        }
        return pattern.toString();
    }
}
