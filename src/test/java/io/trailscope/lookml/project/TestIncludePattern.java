package io.trailscope.lookml.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class TestIncludePattern {
    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource({
            "*.view, orders.view.lkml, true",
            "*.view, views/orders.view.lkml, false",
            "*.view, orders.explore.lkml, false",
            "*.dashboard, sales.dashboard.lookml, true",
            "*.dashboard, sales.view.lkml, false",
            "/views/*.view.lkml, views/orders.view.lkml, true",
            "views/*.view.lkml, views/orders.view.lkml, true",
            "./views/*.view, views/orders.view.lkml, true",
            "/**/*.view, orders.view.lkml, true",
            "/**/*.view, a/b/c/orders.view.lkml, true",
            "views/**/*.view, views/orders.view.lkml, true",
            "views/**/*.view, views/x/y/orders.view.lkml, true",
            "views/**/*.view, other/orders.view.lkml, false",
            "views/**, views/x/orders.view.lkml, true",
            "*, anything.lkml, true",
            "*, folder/anything.lkml, false",
            "order?.view, orders.view.lkml, true",
            "orders.view.lkml, orders.view.lkml, true",
            "orders.view.lkml, ordersXview.lkml, false",
            "(a|b).view, a.view.lkml, false",
            "(a|b).view, (a|b).view.lkml, true",
            "../secret.view, secret.view.lkml, false",
    })
    void matchesLikeLooker(String pattern, String path, boolean expected) {
        assertThat(IncludePattern.of(pattern).matches(path)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"//other_project/views/*.view, true", "/views/*.view, false", "' //x/y', true"})
    void recognisesDependencyIncludes(String pattern, boolean expected) {
        assertThat(IncludePattern.isDependency(pattern)).isEqualTo(expected);
    }
}
