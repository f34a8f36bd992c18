package io.trailscope.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

final class TestIpClassifier {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "AWS Internal|AWS_INTERNAL",
        "ec2.amazonaws.com|AWS_SERVICE_HOST",
        "Lambda.AmazonAWS.com|AWS_SERVICE_HOST",
        "s3.cn-north-1.amazonaws.com.cn|AWS_SERVICE_HOST",
        "signin.aws.amazon.com|AWS_SERVICE_HOST",
        "8.8.8.8|PUBLIC",
        "1.1.1.1|PUBLIC",
        "172.15.255.255|PUBLIC",
        "172.32.0.1|PUBLIC",
        "100.128.0.1|PUBLIC",
        "2001:4860:4860::8888|PUBLIC",
        "2600:1F18::1|PUBLIC",
        "10.0.0.1|PRIVATE",
        "172.16.5.4|PRIVATE",
        "172.31.255.255|PRIVATE",
        "192.168.0.1|PRIVATE",
        "127.0.0.1|PRIVATE",
        "169.254.169.254|PRIVATE",
        "100.64.0.1|PRIVATE",
        "100.127.255.255|PRIVATE",
        "0.0.0.0|PRIVATE",
        "192.0.2.10|PRIVATE",
        "198.51.100.7|PRIVATE",
        "203.0.113.9|PRIVATE",
        "198.18.0.1|PRIVATE",
        "224.0.0.1|PRIVATE",
        "255.255.255.255|PRIVATE",
        "fd00::1|PRIVATE",
        "FC12:3456::1|PRIVATE",
        "fe80::1|PRIVATE",
        "::1|PRIVATE",
        "::|PRIVATE",
        "2001:db8::1|PRIVATE",
        "redacted|INVALID",
        "253.252.51.07|INVALID",
        "255.090.254.5|INVALID",
        "256.1.1.1|INVALID",
        "1.2.3|INVALID",
        "'1.2.3.4, 5.6.7.8'|INVALID",
        "example.com|INVALID",
        "amazonaws.com|INVALID",
        "evil.amazonaws.com.attacker.net|INVALID",
        "gggg::1|INVALID",
        "1:2:3:4:5:6:7|INVALID",
        "1.1.1.1; DROP TABLE ip_geo --|INVALID",
    })
    void classifies(String value, IpClass expected) {
        assertThat(IpClassifier.classify(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void emptyIsInvalid(String value) {
        assertThat(IpClassifier.classify(value)).isEqualTo(IpClass.INVALID);
    }

    @ParameterizedTest
    @ValueSource(ints = {10_000, 1_000_000})
    void hugeValuesAreInvalidAndQuick(int length) {
        long started = System.nanoTime();
        assertThat(IpClassifier.classify("1".repeat(length))).isEqualTo(IpClass.INVALID);
        assertThat(IpClassifier.classify("a:".repeat(length / 2))).isEqualTo(IpClass.INVALID);
        assertThat(System.nanoTime() - started).isLessThan(5_000_000_000L);
    }

    @ParameterizedTest
    @CsvSource({"AWS_INTERNAL,aws_internal", "AWS_SERVICE_HOST,aws_service_host", "PRIVATE,private", "PUBLIC,public", "INVALID,invalid"})
    void sqlNames(IpClass ipClass, String sqlName) {
        assertThat(ipClass.sqlName()).isEqualTo(sqlName);
    }
}
