package io.trailscope.lookml.parse;

/** The kinds of LookML tokens; comments and whitespace are skipped by the lexer. */
enum TokenType {
    LITERAL("a value"),
    QUOTED("a quoted string"),
    COLON("':'"),
    OPEN_BRACE("'{'"),
    CLOSE_BRACE("'}'"),
    OPEN_BRACKET("'['"),
    CLOSE_BRACKET("']'"),
    COMMA("','"),
    END("end of file");

    private final String description;

    TokenType(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }
}
