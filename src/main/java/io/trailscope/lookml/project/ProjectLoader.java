package io.trailscope.lookml.project;

import static io.trailscope.error.ErrorCode.LOOKML_DUPLICATE;
import static io.trailscope.error.ErrorCode.LOOKML_INCLUDE;

import io.trailscope.error.SourceLocation;
import io.trailscope.error.TrailException;
import io.trailscope.lookml.Diagnostic;
import io.trailscope.lookml.dashboard.DashboardFile;
import io.trailscope.lookml.dashboard.DashboardParser;
import io.trailscope.lookml.parse.LookmlParser;
import io.trailscope.lookml.tree.FileKind;
import io.trailscope.lookml.tree.LookmlFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads a project: every {@code *.model.lkml}, the files each one includes (transitively, each parsed once) and
 * {@code manifest.lkml}. Broken files become {@link LookmlProject#errors()} instead of stopping the load, so
 * {@code validate} can report them all.
 */
public final class ProjectLoader {
    private final ProjectFiles files;
    private final List<String> paths;
    private final Map<String, LookmlFile> lookmlFiles = new LinkedHashMap<>();
    private final Map<String, DashboardFile> dashboardFiles = new LinkedHashMap<>();
    private final Set<String> broken = new LinkedHashSet<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<TrailException> errors = new ArrayList<>();

    private ProjectLoader(ProjectFiles files) {
        this.files = files;
        this.paths = files.list();
    }

    public static LookmlProject load(ProjectFiles files) {
        return new ProjectLoader(files).load();
    }

    private LookmlProject load() {
        List<ModelFile> models = new ArrayList<>();
        Map<String, String> modelPaths = new HashMap<>();
        Optional<LookmlFile> manifest = Optional.empty();
        for (String path : paths) {
            FileKind kind = FileKind.of(path);
            if (kind == FileKind.MANIFEST && path.equals("manifest.lkml")) {
                manifest = parse(path);
            }
            if (kind != FileKind.MODEL) {
                continue;
            }
            String name = modelName(path);
            String previous = modelPaths.putIfAbsent(name, path);
            if (previous != null) {
                errors.add(new TrailException(LOOKML_DUPLICATE, SourceLocation.of(path),
                        "model '" + name + "' is defined twice: " + previous + " and " + path));
                continue;
            }
            Optional<LookmlFile> model = parse(path);
            model.ifPresent(file -> models.add(new ModelFile(name, file, new IncludeResolver(path).resolve(file))));
        }
        if (modelPaths.isEmpty()) {
            diagnostics.add(Diagnostic.warning(SourceLocation.of(files.root()), "no *.model.lkml file in the project"));
        }
        lookmlFiles.keySet().removeIf(path -> FileKind.of(path) == FileKind.MODEL
                || path.equals("manifest.lkml"));
        return new LookmlProject(files.root(), models, manifest, lookmlFiles, dashboardFiles, diagnostics, errors);
    }

    private static String modelName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.substring(0, name.length() - ".model.lkml".length());
    }

    private Optional<LookmlFile> parse(String path) {
        if (lookmlFiles.containsKey(path)) {
            return Optional.of(lookmlFiles.get(path));
        }
        if (broken.contains(path)) {
            return Optional.empty();
        }
        try {
            LookmlFile file = LookmlParser.parse(path, files.read(path));
            lookmlFiles.put(path, file);
            return Optional.of(file);
        } catch (TrailException e) {
            broken.add(path);
            errors.add(e);
            return Optional.empty();
        }
    }

    private void parseDashboard(String path) {
        if (dashboardFiles.containsKey(path) || broken.contains(path)) {
            return;
        }
        try {
            DashboardFile file = DashboardParser.parse(path, files.read(path));
            dashboardFiles.put(path, file);
            diagnostics.addAll(file.diagnostics());
        } catch (TrailException e) {
            broken.add(path);
            errors.add(e);
        }
    }

    /** Follows the includes of one model, depth first, each file's includes before the file itself. */
    private final class IncludeResolver {
        private final Set<String> visited = new LinkedHashSet<>();
        private final List<String> ordered = new ArrayList<>();

        IncludeResolver(String modelPath) {
            visited.add(modelPath);
        }

        List<String> resolve(LookmlFile file) {
            Map<String, SourceLocation> seen = new HashMap<>();
            for (IncludeReference include : IncludeReference.of(file)) {
                SourceLocation first = seen.putIfAbsent(include.pattern(), include.location());
                if (first != null) {
                    diagnostics.add(Diagnostic.warning(include.location(), "duplicate include '" + include.pattern()
                            + "' (already at line " + first.line() + ")"));
                    continue;
                }
                for (String path : matches(include)) {
                    if (!visited.add(path)) {
                        continue;
                    }
                    if (FileKind.of(path) == FileKind.DASHBOARD) {
                        parseDashboard(path);
                    } else {
                        parse(path).ifPresent(this::resolve);
                    }
                    ordered.add(path);
                }
            }
            return List.copyOf(ordered);
        }

        private List<String> matches(IncludeReference include) {
            if (IncludePattern.isDependency(include.pattern())) {
                errors.add(new TrailException(LOOKML_INCLUDE, include.location(), "include '" + include.pattern()
                        + "' names a file of another project; project dependencies are not supported"));
                return List.of();
            }
            IncludePattern pattern = IncludePattern.of(include.pattern());
            List<String> found = new ArrayList<>();
            for (String path : paths) {
                FileKind kind = FileKind.of(path);
                boolean includable = kind != FileKind.NOT_LOOKML && kind != FileKind.MODEL && kind != FileKind.MANIFEST;
                if (includable && pattern.matches(path)) {
                    found.add(path);
                }
            }
            if (found.isEmpty()) {
                diagnostics.add(Diagnostic.warning(include.location(), "include '" + include.pattern()
                        + "' matches no view, explore, LookML or dashboard file"));
            }
            return found;
        }
    }
}
