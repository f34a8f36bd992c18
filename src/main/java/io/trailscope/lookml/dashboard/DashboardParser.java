package io.trailscope.lookml.dashboard;

import static io.trailscope.error.ErrorCode.DASHBOARD_SYNTAX;
import static java.util.Objects.requireNonNull;

import io.trailscope.lookml.Diagnostic;
import io.trailscope.lookml.SourceSnippet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Parses a LookML dashboard file ({@code .dashboard.lookml}, YAML: a list of {@code - dashboard: name} mappings).
 * Invalid YAML raises {@code TrailException(DASHBOARD_SYNTAX)} with {@code file:line:col}; odd but readable content
 * (wrong value shapes, duplicate keys, missing names) only adds warnings to the result, in line order.
 */
public final class DashboardParser {
    private DashboardParser() {}

    public static DashboardFile parse(String file, String text) {
        requireNonNull(file, "file is null");
        requireNonNull(text, "text is null");
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<YamlNode> root = new YamlReader(file, text, diagnostics).read();
        List<DashboardDefinition> dashboards = new ArrayList<>();
        if (root.isPresent()) {
            DashboardBinder binder = new DashboardBinder(diagnostics);
            for (YamlMap entry : entries(root.get(), text)) {
                binder.dashboard(entry).ifPresent(dashboards::add);
            }
        }
        diagnostics.sort(Comparator.comparingInt((Diagnostic diagnostic) -> diagnostic.location().line())
                .thenComparingInt(diagnostic -> diagnostic.location().column()));
        return new DashboardFile(file, dashboards, diagnostics);
    }

    private static List<YamlMap> entries(YamlNode root, String text) {
        if (root instanceof YamlMap single) {
            return List.of(single);
        }
        if (root instanceof YamlList list) {
            List<YamlMap> maps = new ArrayList<>();
            for (YamlNode item : list.items()) {
                if (!(item instanceof YamlMap map)) {
                    throw SourceSnippet.error(DASHBOARD_SYNTAX, text, item.location(),
                            "expected a dashboard ('- dashboard: name'), found a plain value");
                }
                maps.add(map);
            }
            return maps;
        }
        throw SourceSnippet.error(DASHBOARD_SYNTAX, text, root.location(),
                "expected a list of dashboards ('- dashboard: name'), found a plain value");
    }
}
