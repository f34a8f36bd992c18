package io.trailscope.cloudtrail.generator;

import java.io.IOException;

/** Writes requestParameters, responseElements and, where CloudTrail has it, additionalEventData. */
@FunctionalInterface
interface ShapeWriter {
    void write(EventScope scope) throws IOException;
}
