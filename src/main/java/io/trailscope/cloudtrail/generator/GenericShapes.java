package io.trailscope.cloudtrail.generator;

import java.io.IOException;

/** Shapes most read calls share: no parameters, or one named resource. */
final class GenericShapes {
    private GenericShapes() {
    }

    static void none(EventScope scope) throws IOException {
        scope.nullRequest();
        scope.nullResponse();
    }

    /** {@code argument = field:kind}: one request field holding a resource of that kind. */
    static void named(EventScope scope) throws IOException {
        String argument = scope.argument();
        int colon = argument.indexOf(':');
        scope.startRequest();
        scope.field(argument.substring(0, colon), scope.pool().named(scope.random(), argument.substring(colon + 1)));
        scope.end();
        scope.nullResponse();
    }
}
