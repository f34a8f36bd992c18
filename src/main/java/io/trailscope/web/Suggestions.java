package io.trailscope.web;

import io.trailscope.dashboard.QueryRunner;
import io.trailscope.model.Dimension;
import io.trailscope.model.Field;
import io.trailscope.model.Measure;
import io.trailscope.model.MeasureType;
import io.trailscope.model.Model;
import io.trailscope.model.SemanticProject;
import io.trailscope.query.FieldKinds;
import io.trailscope.query.FieldResolver;
import io.trailscope.query.QueryFilter;
import io.trailscope.query.QueryRequest;
import io.trailscope.query.ResolvedField;
import io.trailscope.query.RowLimits;
import io.trailscope.query.SortSpec;
import io.trailscope.query.filter.FilterKind;
import io.trailscope.query.result.QueryResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Distinct values of a dimension for filter inputs: a semantic query of the dimension and the view's count
 * measure (most frequent first), with the prefix as an escaped {@code starts with} filter expression on a
 * case-insensitive copy of the model. Non-string dimensions are filtered by prefix after the query.
 */
final class Suggestions {
    static final int MAX_VALUES = 100;
    static final int MAX_PREFIX = 200;

    private final WebServices services;

    Suggestions(WebServices services) {
        this.services = services;
    }

    List<Object> values(Explores explores, String fieldId, Optional<String> prefix) {
        if (prefix.isPresent() && prefix.get().length() > MAX_PREFIX) {
            throw ApiErrors.badRequest("the suggestion prefix is longer than " + MAX_PREFIX + " characters");
        }
        ResolvedField field = new FieldResolver(explores.model(), explores.explore()).resolve(fieldId);
        if (!(field.field() instanceof Dimension) || !FieldMeta.suggestable(field.field())) {
            throw ApiErrors.badRequest("'" + fieldId + "' has no suggestions: "
                    + (field.field() instanceof Dimension ? "it is not suggestable" : "it is not a dimension"));
        }
        boolean text = FieldKinds.filterKind(field.field()) == FilterKind.STRING;
        List<String> fields = new ArrayList<>(List.of(field.id()));
        List<SortSpec> sorts = new ArrayList<>();
        countMeasure(explores, field).ifPresent(count -> {
            fields.add(count);
            sorts.add(new SortSpec(count, true));
        });
        if (sorts.isEmpty()) {
            sorts.add(new SortSpec(field.id(), false));
        }
        List<QueryFilter> filters = new ArrayList<>();
        if (text && prefix.isPresent()) {
            filters.add(new QueryFilter(field.id(), FilterEscapes.startsWith(prefix.get())));
        }
        QueryRequest request = new QueryRequest(Optional.of(explores.model().name()), explores.explore().name(),
                fields, filters, sorts, OptionalInt.of(text ? MAX_VALUES : RowLimits.MAX), List.of(),
                List.of(), OptionalInt.empty(), Optional.empty(), List.of());
        QueryResult result = caseInsensitive(explores.model()).run(request);
        Set<Object> values = new LinkedHashSet<>();
        String lowerPrefix = prefix.map(p -> p.toLowerCase(Locale.ROOT)).orElse("");
        for (List<Object> row : result.rows()) {
            Object value = JsonValues.of(row.get(0));
            if (value != null && String.valueOf(value).toLowerCase(Locale.ROOT).startsWith(lowerPrefix)
                    && values.size() < MAX_VALUES) {
                values.add(value);
            }
        }
        return new ArrayList<>(values);
    }

    /** The first count measure of the field's view, else of the explore's base view. */
    private static Optional<String> countMeasure(Explores explores, ResolvedField field) {
        for (String alias : List.of(field.alias(), explores.explore().baseAlias())) {
            String view = explores.explore().aliases().get(alias);
            Optional<String> count = explores.model().view(view).flatMap(found -> found.fields().values().stream()
                    .filter(candidate -> candidate instanceof Measure measure && measure.type() == MeasureType.COUNT
                            && measure.filters().isEmpty())
                    .map(Field::name).findFirst()).map(name -> alias + "." + name);
            if (count.isPresent()) {
                return count;
            }
        }
        return Optional.empty();
    }

    private QueryRunner caseInsensitive(Model model) {
        SemanticProject project = services.project();
        if (!model.caseSensitive()) {
            return services.queries();
        }
        Model copy = new Model(model.name(), model.path(), model.connection(), model.views(), model.explores(),
                model.weekStartDay(), model.fiscalMonthOffset(), false, model.problems(), model.location());
        List<Model> models = project.models().stream().map(each -> each.name().equals(model.name()) ? copy : each)
                .toList();
        return services.queriesOn(new SemanticProject(project.lookml(), models, project.diagnostics()));
    }
}
