package io.trailscope.cloudtrail.generator;

import java.io.IOException;
import java.util.List;

/** CloudTrail itself, CloudWatch Logs and metrics, Cost Explorer. */
final class TrailAndLogShapes {
    private static final List<String> METRICS = List.of("CPUUtilization", "NetworkIn", "StatusCheckFailed");

    private TrailAndLogShapes() {
    }

    /** StopLogging, StartLogging, DeleteTrail, GetTrailStatus, GetEventSelectors: the trail and nothing else. */
    static void trail(EventScope scope) throws IOException {
        scope.startRequest();
        String name = scope.draft().operation().name();
        scope.field(name.equals("GetEventSelectors") ? "trailName" : "name", scope.context().trailArn());
        scope.end();
        scope.nullResponse();
    }

    static void describeTrails(EventScope scope) throws IOException {
        scope.startRequest();
        scope.json().writeFieldName("trailNameList");
        scope.json().writeStartArray();
        scope.json().writeEndArray();
        scope.field("includeShadowTrails", true);
        scope.end();
        scope.nullResponse();
    }

    static void lookupEvents(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        scope.startRequest();
        scope.field("maxResults", 50);
        if (random.chance(0.6)) {
            scope.json().writeFieldName("lookupAttributes");
            scope.json().writeStartArray();
            scope.json().writeStartObject();
            scope.field("attributeKey", "EventName");
            scope.field("attributeValue",
                    random.pick(List.of("ConsoleLogin", "RunInstances", "AuthorizeSecurityGroupIngress", "DeleteBucket")));
            scope.end();
            scope.json().writeEndArray();
        }
        scope.end();
        scope.nullResponse();
    }

    /** CreateTrail and UpdateTrail. */
    static void updateTrail(EventScope scope) throws IOException {
        StreamContext context = scope.context();
        boolean validation = scope.random().chance(0.7);
        boolean create = scope.draft().operation().name().startsWith("Create");
        String name = create ? context.trailName() + "-" + Ids.lowerAlphanumeric(scope.random(), 4) : context.trailName();
        String arn = "arn:aws:cloudtrail:" + Regions.HOME + ":" + scope.accountId() + ":trail/" + name;
        scope.startRequest();
        scope.field("name", create ? name : arn);
        scope.field("s3BucketName", context.logBucket());
        scope.field("isMultiRegionTrail", true);
        scope.field("includeGlobalServiceEvents", true);
        scope.field("enableLogFileValidation", validation);
        scope.end();
        if (scope.startResponse()) {
            scope.field("name", name);
            scope.field("s3BucketName", context.logBucket());
            scope.field("includeGlobalServiceEvents", true);
            scope.field("isMultiRegionTrail", true);
            scope.field("trailARN", arn);
            scope.field("logFileValidationEnabled", validation);
            scope.field("isOrganizationTrail", false);
            scope.end();
        }
    }

    static void eventSelectors(EventScope scope) throws IOException {
        String readWrite = scope.random().chance(0.5) ? "WriteOnly" : "All";
        scope.startRequest();
        scope.field("trailName", scope.context().trailArn());
        selectors(scope, readWrite);
        scope.end();
        if (scope.startResponse()) {
            scope.field("trailARN", scope.context().trailArn());
            selectors(scope, readWrite);
            scope.end();
        }
    }

    private static void selectors(EventScope scope, String readWrite) throws IOException {
        scope.json().writeFieldName("eventSelectors");
        scope.json().writeStartArray();
        scope.json().writeStartObject();
        scope.field("readWriteType", readWrite);
        scope.field("includeManagementEvents", true);
        scope.json().writeFieldName("dataResources");
        scope.json().writeStartArray();
        scope.json().writeEndArray();
        scope.json().writeFieldName("excludeManagementEventSources");
        scope.json().writeStartArray();
        scope.json().writeEndArray();
        scope.end();
        scope.json().writeEndArray();
    }

    /** The service event CloudTrail writes when a service-linked channel appears. */
    static void serviceLinkedChannel(EventScope scope) throws IOException {
        scope.nullRequest();
        scope.nullResponse();
        scope.resource("AWS::CloudTrail::Channel", "arn:aws:cloudtrail:" + scope.region() + ":" + scope.accountId()
                + ":channel/" + Ids.uuid(scope.random()));
    }

    static void describeLogGroups(EventScope scope) throws IOException {
        scope.startRequest();
        if (scope.random().chance(0.5)) {
            scope.field("logGroupNamePrefix", scope.random().chance(0.5) ? "/aws/lambda/" : "/ecs/");
        } else {
            scope.field("limit", 50);
        }
        scope.end();
        scope.nullResponse();
    }

    static void filterLogEvents(EventScope scope) throws IOException {
        long end = scope.time() * 1000;
        scope.startRequest();
        scope.field("logGroupName", scope.pool().pick(scope.random(), scope.pool().logGroups));
        scope.json().writeNumberField("startTime", end - 3_600_000);
        scope.json().writeNumberField("endTime", end);
        scope.field("filterPattern", scope.random().pick(List.of("ERROR", "Exception", "timeout", "\"status=500\"")));
        scope.field("interleaved", true);
        scope.end();
        scope.nullResponse();
    }

    static void startQuery(EventScope scope) throws IOException {
        scope.startRequest();
        scope.json().writeFieldName("logGroupNames");
        scope.json().writeStartArray();
        scope.json().writeString(scope.pool().pick(scope.random(), scope.pool().logGroups));
        scope.json().writeEndArray();
        scope.json().writeNumberField("startTime", scope.time() - 3600);
        scope.json().writeNumberField("endTime", scope.time());
        scope.field("queryString",
                "fields @timestamp, @message | filter @message like /ERROR/ | sort @timestamp desc | limit 20");
        scope.end();
        if (scope.startResponse()) {
            scope.field("queryId", Ids.uuid(scope.random()));
            scope.end();
        }
    }

    static void createLogStream(EventScope scope) throws IOException {
        String group = scope.pool().pick(scope.random(), scope.pool().logGroups);
        String date = TimeText.datePath(scope.time());
        scope.startRequest();
        scope.field("logGroupName", group);
        scope.field("logStreamName", group.startsWith("/aws/lambda/")
                ? date + "/[$LATEST]" + Ids.hex(scope.random(), "", 32)
                : "ecs/app/" + Ids.hex(scope.random(), "", 32));
        scope.end();
        scope.nullResponse();
    }

    static void retention(EventScope scope) throws IOException {
        scope.startRequest();
        scope.field("logGroupName", scope.pool().pick(scope.random(), scope.pool().logGroups));
        scope.field("retentionInDays", scope.random().pick(new Integer[] {7, 30, 90, 365}));
        scope.end();
        scope.nullResponse();
    }

    static void describeAlarms(EventScope scope) throws IOException {
        scope.startRequest();
        scope.field("maxRecords", 100);
        if (scope.random().chance(0.4)) {
            scope.field("stateValue", "ALARM");
        }
        scope.end();
        scope.nullResponse();
    }

    static void metricData(EventScope scope) throws IOException {
        SeededRandom random = scope.random();
        scope.startRequest();
        scope.json().writeFieldName("metricDataQueries");
        scope.json().writeStartArray();
        scope.json().writeStartObject();
        scope.field("id", "m1");
        scope.json().writeFieldName("metricStat");
        scope.json().writeStartObject();
        scope.json().writeFieldName("metric");
        scope.json().writeStartObject();
        scope.field("namespace", "AWS/EC2");
        scope.field("metricName", random.pick(METRICS));
        scope.json().writeFieldName("dimensions");
        scope.json().writeStartArray();
        scope.json().writeStartObject();
        scope.field("name", "InstanceId");
        scope.field("value", scope.pool().instance(random).id());
        scope.end();
        scope.json().writeEndArray();
        scope.end();
        scope.field("period", 300);
        scope.field("stat", "Average");
        scope.end();
        scope.field("returnData", true);
        scope.end();
        scope.json().writeEndArray();
        scope.field("startTime", TimeText.readable(scope.time() - 10_800));
        scope.field("endTime", TimeText.readable(scope.time()));
        scope.end();
        scope.nullResponse();
    }

    static void putAlarm(EventScope scope) throws IOException {
        ResourcePool.Instance instance = scope.pool().instance(scope.random());
        scope.startRequest();
        scope.field("alarmName", instance.name() + "-high-cpu");
        scope.field("metricName", "CPUUtilization");
        scope.field("namespace", "AWS/EC2");
        scope.field("statistic", "Average");
        scope.field("period", 300);
        scope.field("evaluationPeriods", 3);
        scope.json().writeNumberField("threshold", 80.0);
        scope.field("comparisonOperator", "GreaterThanThreshold");
        scope.json().writeFieldName("alarmActions");
        scope.json().writeStartArray();
        scope.json().writeString(scope.pool().pick(scope.random(), scope.pool().topics));
        scope.json().writeEndArray();
        scope.end();
        scope.nullResponse();
    }

    static void costAndUsage(EventScope scope) throws IOException {
        String today = TimeText.iso(scope.time()).substring(0, 10);
        scope.startRequest();
        scope.json().writeFieldName("timePeriod");
        scope.json().writeStartObject();
        scope.field("start", today.substring(0, 8) + "01");
        scope.field("end", today);
        scope.end();
        scope.field("granularity", "DAILY");
        scope.json().writeFieldName("metrics");
        scope.json().writeStartArray();
        scope.json().writeString("UnblendedCost");
        scope.json().writeEndArray();
        scope.end();
        scope.nullResponse();
    }
}
