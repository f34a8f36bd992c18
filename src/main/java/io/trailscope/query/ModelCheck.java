package io.trailscope.query;

import io.trailscope.error.SourceLocation;
import io.trailscope.error.TrailException;
import io.trailscope.lookml.Diagnostic;
import io.trailscope.model.Datatype;
import io.trailscope.model.Dimension;
import io.trailscope.model.DurationSpec;
import io.trailscope.model.Explore;
import io.trailscope.model.Field;
import io.trailscope.model.FilterDefault;
import io.trailscope.model.Measure;
import io.trailscope.model.MeasureFilter;
import io.trailscope.model.Model;
import io.trailscope.model.SemanticProject;
import io.trailscope.model.TimeframeSpec;
import io.trailscope.model.View;
import io.trailscope.query.filter.FilterExpressions;
import io.trailscope.query.time.DurationUnit;
import io.trailscope.query.time.Timeframe;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Checks what only the query layer understands: timeframe and interval names, and filter expressions written in
 * the model (measure {@code filters}, {@code always_filter}, {@code conditionally_filter}).
 */
public final class ModelCheck {
    private ModelCheck() {}

    public static List<Diagnostic> check(SemanticProject project) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Model model : project.models()) {
            for (View view : model.views().values()) {
                for (Field field : view.fields().values()) {
                    field(model, field, diagnostics);
                }
            }
            for (Explore explore : model.explores().values()) {
                explore(model, explore, diagnostics);
            }
        }
        return List.copyOf(new LinkedHashSet<>(diagnostics));
    }

    private static void field(Model model, Field field, List<Diagnostic> diagnostics) {
        if (field instanceof Dimension dimension) {
            dimension.timeframe().ifPresent(spec -> timeframe(dimension, spec, diagnostics));
            dimension.duration().ifPresent(spec -> duration(spec, diagnostics));
        } else if (field instanceof Measure measure) {
            for (MeasureFilter filter : measure.filters()) {
                String viewName = filter.field().contains(".")
                        ? filter.field().substring(0, filter.field().indexOf('.'))
                        : measure.view();
                String name = filter.field().substring(filter.field().indexOf('.') + 1);
                model.field(viewName, name).ifPresent(target -> expression(target, filter.expression(),
                        filter.location(), diagnostics));
            }
        }
    }

    private static void timeframe(Dimension dimension, TimeframeSpec spec, List<Diagnostic> diagnostics) {
        Optional<Timeframe> timeframe = FieldKinds.known(spec);
        if (timeframe.isEmpty()) {
            diagnostics.add(Diagnostic.error(spec.location(), "unknown timeframe '" + spec.timeframe()
                    + "' in dimension_group '" + spec.group() + "'"));
        } else if (spec.datatype() == Datatype.DATE && timeframe.get().needsTimeOfDay()) {
            diagnostics.add(Diagnostic.warning(spec.location(), "timeframe '" + spec.timeframe()
                    + "' needs a time of day, but dimension_group '" + spec.group() + "' has datatype: date"));
        }
    }

    private static void duration(DurationSpec spec, List<Diagnostic> diagnostics) {
        if (DurationUnit.fromName(spec.interval()).isEmpty()) {
            diagnostics.add(Diagnostic.error(spec.location(), "unknown interval '" + spec.interval()
                    + "' in dimension_group '" + spec.group() + "'; expected second, minute, hour, day, week, month,"
                    + " quarter or year"));
        }
    }

    private static void explore(Model model, Explore explore, List<Diagnostic> diagnostics) {
        List<FilterDefault> defaults = new ArrayList<>(explore.alwaysFilters());
        defaults.addAll(explore.conditionalFilters());
        for (FilterDefault filter : defaults) {
            int dot = filter.field().indexOf('.');
            String viewName = explore.aliases().get(filter.field().substring(0, dot));
            if (viewName != null) {
                model.field(viewName, filter.field().substring(dot + 1)).ifPresent(target -> expression(target,
                        filter.expression(), filter.location(), diagnostics));
            }
        }
    }

    private static void expression(Field field, String expression, SourceLocation location,
            List<Diagnostic> diagnostics) {
        try {
            FilterExpressions.parse(expression, FieldKinds.filterKind(field));
        } catch (TrailException e) {
            diagnostics.add(Diagnostic.error(location, "invalid filter expression for '" + field.id() + "': "
                    + e.detail()));
        }
    }
}
