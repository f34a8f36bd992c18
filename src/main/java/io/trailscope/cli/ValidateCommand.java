package io.trailscope.cli;

import io.trailscope.dashboard.ProjectValidation;
import io.trailscope.dashboard.Projects;
import io.trailscope.lookml.Diagnostic;
import io.trailscope.lookml.Severity;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Checks a LookML project and prints every problem as {@code file:line:col: severity: message}. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Check a LookML project: syntax, references, explores, dashboards. Exit 1 if there are errors.")
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Diagnostic> diagnostics = ProjectValidation.validate(Projects.load(project.path()));
        diagnostics.forEach(out::println);
        long errors = diagnostics.stream().filter(diagnostic -> diagnostic.severity() == Severity.ERROR).count();
        long warnings = diagnostics.size() - errors;
        out.println(errors + (errors == 1 ? " error, " : " errors, ") + warnings
                + (warnings == 1 ? " warning" : " warnings"));
        out.flush();
        return errors > 0 ? ExitCodes.FAILURE : ExitCodes.OK;
    }
}
