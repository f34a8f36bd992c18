package io.trailscope.query.plan;

import io.trailscope.model.Dimension;
import io.trailscope.model.Field;
import io.trailscope.model.Measure;
import io.trailscope.model.MeasureFilter;
import io.trailscope.model.SqlReference;
import io.trailscope.model.SqlTemplate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Finds every alias a query touches through the SQL of its fields (and of the fields those use), so joins can be
 * chosen before any expression is built. Also notes the views whose {@code SQL_TABLE_NAME} is used.
 */
final class AliasCollector {
    private final PlanContext context;
    private final Set<String> aliases = new LinkedHashSet<>();
    private final Set<String> tableNames = new LinkedHashSet<>();
    private final Set<String> visited = new HashSet<>();

    AliasCollector(PlanContext context) {
        this.context = context;
    }

    void field(String alias, Field field) {
        aliases.add(alias);
        if (!visited.add(alias + "." + field.name())) {
            return;
        }
        if (field instanceof Dimension dimension) {
            dimension.templates().forEach(template -> template(template, alias, field.view()));
        } else if (field instanceof Measure measure) {
            measure.templates().forEach(template -> template(template, alias, field.view()));
            for (MeasureFilter filter : measure.filters()) {
                reference(filter.field(), alias, field.view());
            }
            measure.listField().ifPresent(list -> reference(list, alias, field.view()));
        }
    }

    void template(SqlTemplate template, String alias, String ownView) {
        aliases.add(alias);
        for (SqlReference reference : template.references()) {
            if (reference.isTable()) {
                continue;
            }
            if (reference.isSqlTableName()) {
                tableNames.add(reference.view().orElseThrow());
                continue;
            }
            String target = AliasPaths.target(context.explore(), reference, alias, ownView);
            String view = AliasPaths.viewOf(context.explore(), target).orElseThrow();
            context.model().field(view, reference.name()).ifPresent(field -> field(target, field));
        }
    }

    private void reference(String written, String alias, String ownView) {
        int dot = written.indexOf('.');
        SqlReference reference = new SqlReference(dot < 0 ? Optional.empty()
                : Optional.of(written.substring(0, dot)), written.substring(dot + 1), written,
                context.model().location());
        String target = AliasPaths.target(context.explore(), reference, alias, ownView);
        String view = AliasPaths.viewOf(context.explore(), target).orElseThrow();
        context.model().field(view, reference.name()).ifPresent(field -> field(target, field));
    }

    Set<String> aliases() {
        return aliases;
    }

    Set<String> tableNames() {
        return tableNames;
    }
}
