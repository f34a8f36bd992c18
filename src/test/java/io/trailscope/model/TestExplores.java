package io.trailscope.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import org.junit.jupiter.api.Test;

final class TestExplores {
    private static final String VIEWS = """
            view: orders {
              dimension: id { primary_key: yes }
              dimension: user_id {}
              dimension: status {}
              set: basics { fields: [id, status] }
              measure: count { type: count }
            }
            view: users {
              dimension: id { primary_key: yes }
              dimension: name {}
              measure: count { type: count }
            }
            view: items {
              dimension: order_id {}
              dimension: price { type: number }
            }
            """;

    @Test
    void resolvesJoinsAndExploreParameters() {
        SemanticProject project = TestingModels.withView("""
                explore: orders {
                  label: "Orders"
                  sql_always_where: ${orders.status} <> 'test' ;;
                  always_filter: { filters: [orders.status: "-cancelled"] }
                  conditionally_filter: { filters: [status: "open"] unless: [users.name] }
                  join: buyers {
                    from: users
                    type: inner
                    relationship: many_to_one
                    foreign_key: user_id
                  }
                  join: items {
                    sql_on: ${orders.id} = ${items.order_id} ;;
                    relationship: one_to_many
                    fields: [price]
                  }
                }
                explore: people { from: users }
                """, VIEWS);
        assertThat(TestingModels.messages(project)).isEmpty();
        Explore orders = TestingModels.model(project).explore("orders").orElseThrow();
        assertThat(orders.aliases()).isEqualTo(Map.of("orders", "orders", "buyers", "users", "items", "items"));
        assertThat(orders.joins()).extracting(ExploreJoin::type, ExploreJoin::relationship).containsExactly(
                tuple(JoinType.INNER, Relationship.MANY_TO_ONE),
                tuple(JoinType.LEFT_OUTER, Relationship.ONE_TO_MANY));
        assertThat(orders.join("buyers").orElseThrow().foreignKey()).contains("user_id");
        assertThat(orders.sqlAlwaysWhere().orElseThrow().text()).isEqualTo("${orders.status} <> 'test'");
        assertThat(orders.alwaysFilters()).extracting(FilterDefault::field, FilterDefault::expression)
                .containsExactly(tuple("orders.status", "-cancelled"));
        assertThat(orders.conditionalFilters()).extracting(FilterDefault::field)
                .containsExactly("orders.status");
        assertThat(orders.conditionalUnless()).containsExactly("users.name");
        assertThat(orders.exposes("items.price")).isTrue();
        assertThat(orders.exposes("items.order_id")).isFalse();
        assertThat(orders.exposes("buyers.name")).isTrue();
        Explore people = TestingModels.model(project).explore("people").orElseThrow();
        assertThat(people.baseView()).isEqualTo("users");
        assertThat(people.baseAlias()).isEqualTo("people");
    }

    @Test
    void appliesTheFieldsList() {
        SemanticProject project = TestingModels.withView("""
                explore: orders {
                  fields: [ALL_FIELDS*, -orders.user_id, -users.count]
                  join: users { sql_on: ${orders.user_id} = ${users.id} ;; }
                }
                explore: slim {
                  from: orders
                  fields: [slim.basics*]
                }
                """, VIEWS);
        assertThat(TestingModels.messages(project)).isEmpty();
        Explore orders = TestingModels.model(project).explore("orders").orElseThrow();
        assertThat(orders.fields().orElseThrow()).containsExactlyInAnyOrder("orders.id", "orders.status",
                "orders.count", "users.id", "users.name");
        Explore slim = TestingModels.model(project).explore("slim").orElseThrow();
        assertThat(slim.fields().orElseThrow()).containsExactlyInAnyOrder("slim.id", "slim.status");
    }

    @Test
    void reportsBrokenExploresAndJoinsWithoutStoppingTheOthers() {
        SemanticProject project = TestingModels.withView("""
                explore: nothing {}
                explore: orders {
                  join: ghosts { sql_on: ${orders.id} = ${ghosts.id} ;; }
                  join: users { sql_on: ${orders.user_id} = ${buyers.id} ;; }
                  join: items { foreign_key: id }
                  join: more { from: users sql_on: ${orders.missing} = ${more.id} ;; }
                  join: lost { from: users }
                }
                """, VIEWS);
        assertThat(TestingModels.messages(project)).containsExactly(
                "m.model.lkml:3:10: error: explore 'nothing' is based on view 'nothing', which is not defined",
                "m.model.lkml:5:9: error: join 'ghosts' names view 'ghosts', which is not defined",
                "m.model.lkml:6:45: error: '${buyers.id}' names 'buyers.id', but explore 'orders' has no view"
                        + " called 'buyers'",
                "m.model.lkml:7:9: error: join 'items' uses foreign_key, but view 'items' has no primary_key",
                "m.model.lkml:8:36: error: '${orders.missing}' names 'orders.missing', but view 'orders' has no"
                        + " field 'missing'",
                "m.model.lkml:9:9: error: join 'lost' needs sql_on or foreign_key");
        Model model = TestingModels.model(project);
        assertThat(model.exploreProblem("nothing")).isPresent();
        assertThat(model.exploreProblem("orders")).isEmpty();
        assertThat(model.joinProblem("orders", "ghosts")).isPresent();
        assertThat(model.joinProblem("orders", "users")).isPresent();
        assertThat(model.joinProblem("orders", "items")).isPresent();
        assertThat(model.joinProblem("orders", "more")).isPresent();
    }
}
