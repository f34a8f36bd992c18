package io.trailscope.lookml;

import java.util.Locale;

/** How serious a diagnostic is; errors stop a project from loading, warnings do not. */
public enum Severity {
    WARNING,
    ERROR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
