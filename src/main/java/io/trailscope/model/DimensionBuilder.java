package io.trailscope.model;

import io.trailscope.error.SourceLocation;
import io.trailscope.lookml.Diagnostic;
import io.trailscope.lookml.tree.Block;
import io.trailscope.lookml.tree.SqlBlock;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds a {@code dimension:} block; problems become diagnostics and the dimension falls back to sane defaults. */
final class DimensionBuilder {
    private DimensionBuilder() {}

    static Dimension build(String view, Block block, List<Diagnostic> diagnostics) {
        String name = block.name().orElseThrow();
        FieldInfo info = FieldInfoReader.read(block);
        DimensionType type = type(block, diagnostics);
        Optional<SqlTemplate> sql = sql(block, "sql", diagnostics);
        Optional<LocationSpec> location = Optional.empty();
        if (type == DimensionType.LOCATION) {
            location = location(block, diagnostics);
        } else if (sql.isEmpty()) {
            sql = Optional.of(defaultSql(name, info.location()));
        }
        Optional<TierSpec> tiers = type == DimensionType.TIER || type == DimensionType.BIN
                ? Optional.of(tiers(block, diagnostics))
                : Optional.empty();
        Optional<CaseSpec> cases = block.block("case").flatMap(caseBlock -> cases(caseBlock, diagnostics));
        return new Dimension(name, view, info, type, sql, block.yesNo("primary_key").orElse(false), Optional.empty(),
                Optional.empty(), tiers, cases, location);
    }

    /** {@code ${TABLE}.name}: Looker's SQL for a dimension that gives none. */
    static SqlTemplate defaultSql(String column, SourceLocation location) {
        SqlReference table = new SqlReference(Optional.empty(), SqlReference.TABLE, SqlReference.TABLE, location);
        return new SqlTemplate("${TABLE}." + column,
                List.of(new SqlTemplate.Ref(table), new SqlTemplate.Text("." + column)), location);
    }

    static Optional<SqlTemplate> sql(Block block, String key, List<Diagnostic> diagnostics) {
        Optional<SqlBlock> sql = block.sqlBlock(key);
        if (sql.isPresent() && sql.get().text().isBlank()) {
            diagnostics.add(Diagnostic.error(sql.get().span().start(), key + " of " + block.describe() + " is empty"));
            return Optional.empty();
        }
        return sql.map(text -> SqlTemplates.parse(text, diagnostics));
    }

    private static DimensionType type(Block block, List<Diagnostic> diagnostics) {
        Optional<String> written = block.scalar("type");
        if (written.isEmpty()) {
            return DimensionType.STRING;
        }
        Optional<DimensionType> type = DimensionType.fromLookml(written.get());
        if (type.isEmpty()) {
            diagnostics.add(Diagnostic.error(TreeLocations.valueLocation(block, "type").orElseThrow(),
                    "unknown dimension type '" + written.get() + "' in " + block.describe()
                            + "; expected string, number, yesno, tier, bin, date, date_time, zipcode, location"
                            + " or unquoted"));
            return DimensionType.STRING;
        }
        return type.get();
    }

    private static Optional<LocationSpec> location(Block block, List<Diagnostic> diagnostics) {
        Optional<SqlTemplate> latitude = sql(block, "sql_latitude", diagnostics);
        Optional<SqlTemplate> longitude = sql(block, "sql_longitude", diagnostics);
        if (latitude.isEmpty() || longitude.isEmpty()) {
            diagnostics.add(Diagnostic.error(block.keySpan().start(),
                    block.describe() + " of type location needs sql_latitude and sql_longitude"));
            return Optional.empty();
        }
        return Optional.of(new LocationSpec(latitude.get(), longitude.get()));
    }

    private static TierSpec tiers(Block block, List<Diagnostic> diagnostics) {
        List<BigDecimal> bounds = new ArrayList<>();
        for (TreeLocations.Located tier : TreeLocations.strings(block, "tiers")) {
            try {
                BigDecimal bound = new BigDecimal(tier.text().strip());
                if (!bounds.isEmpty() && bound.compareTo(bounds.get(bounds.size() - 1)) <= 0) {
                    diagnostics.add(Diagnostic.error(tier.location(), "tiers must ascend: " + tier.text()));
                    continue;
                }
                bounds.add(bound);
            } catch (NumberFormatException e) {
                diagnostics.add(Diagnostic.error(tier.location(), "tier '" + tier.text() + "' is not a number"));
            }
        }
        if (bounds.isEmpty()) {
            diagnostics.add(Diagnostic.error(block.keySpan().start(), block.describe() + " of type tier needs tiers"));
        }
        TierStyle style = TierStyle.CLASSIC;
        Optional<String> written = block.scalar("style");
        if (written.isPresent()) {
            Optional<TierStyle> parsed = TierStyle.fromLookml(written.get());
            if (parsed.isEmpty()) {
                diagnostics.add(Diagnostic.error(TreeLocations.valueLocation(block, "style").orElseThrow(),
                        "unknown tier style '" + written.get() + "'; expected classic, interval, integer or relational"));
            }
            style = parsed.orElse(TierStyle.CLASSIC);
        }
        return new TierSpec(bounds, style);
    }

    private static Optional<CaseSpec> cases(Block caseBlock, List<Diagnostic> diagnostics) {
        List<CaseSpec.When> whens = new ArrayList<>();
        for (Block when : caseBlock.blocks("when")) {
            Optional<SqlTemplate> condition = sql(when, "sql", diagnostics);
            Optional<String> label = when.scalar("label");
            if (condition.isEmpty() || label.isEmpty()) {
                diagnostics.add(Diagnostic.error(when.keySpan().start(), "a case 'when' needs sql and label"));
                continue;
            }
            whens.add(new CaseSpec.When(condition.get(), label.get()));
        }
        if (whens.isEmpty()) {
            diagnostics.add(Diagnostic.error(caseBlock.keySpan().start(), "case has no 'when'"));
            return Optional.empty();
        }
        return Optional.of(new CaseSpec(whens, caseBlock.scalar("else")));
    }
}
