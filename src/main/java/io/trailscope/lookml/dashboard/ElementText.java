package io.trailscope.lookml.dashboard;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** The texts of a tile: those of a {@code type: text} tile, and the note ({@code note_text} or {@code note.text}). */
public record ElementText(Optional<String> titleText, Optional<String> subtitleText, Optional<String> bodyText,
        Optional<String> noteText) {
    public ElementText {
        requireNonNull(titleText, "titleText is null");
        requireNonNull(subtitleText, "subtitleText is null");
        requireNonNull(bodyText, "bodyText is null");
        requireNonNull(noteText, "noteText is null");
    }
}
