package io.trailscope.cloudtrail.generator;

import java.util.List;

/** User agent strings as they appear in real trails: browsers, the AWS CLI, SDKs, Terraform, agents. */
final class UserAgents {
    static final String AWS_INTERNAL = "AWS Internal";

    static final List<String> BROWSERS = List.of(
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0",
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.4; rv:126.0) Gecko/20100101 Firefox/126.0");

    /** CLI prefixes; the command (e.g. {@code ec2.describe-instances}) is appended per call. */
    static final List<String> CLI_PREFIXES = List.of(
            "aws-cli/2.15.30 Python/3.11.8 Linux/5.10 exe/x86_64.amzn.2 prompt/off command/",
            "aws-cli/2.15.30 Python/3.11.8 Darwin/23.4.0 exe/x86_64 prompt/off command/",
            "aws-cli/2.16.4 Python/3.11.8 Darwin/23.5.0 exe/arm64 prompt/off command/",
            "aws-cli/2.13.25 Python/3.11.5 Windows/10 exe/AMD64 prompt/off command/",
            "aws-cli/2.17.4 md/awscrt#0.20.11 ua/2.0 os/linux#6.5.0-1020-aws md/arch#x86_64 lang/python#3.11.9 md/pyimpl#CPython cfg/retry-mode#standard md/installer#exe md/prompt#off md/command#");

    static final String TERRAFORM =
            "APN/1.0 HashiCorp/1.0 Terraform/1.6.6 (+https://www.terraform.io) terraform-provider-aws/5.31.0 "
                    + "(+https://registry.terraform.io/providers/hashicorp/aws) aws-sdk-go/1.49.8 (go1.21.5; linux; amd64)";
    static final String TERRAFORM_V2 =
            "APN/1.0 HashiCorp/1.0 Terraform/1.7.5 (+https://www.terraform.io) terraform-provider-aws/5.43.0 "
                    + "(+https://registry.terraform.io/providers/hashicorp/aws) aws-sdk-go-v2/1.26.1 os/linux lang/go#1.22.1 "
                    + "md/GOOS#linux md/GOARCH#amd64";
    static final String BOTO3 =
            "Boto3/1.34.69 md/Botocore#1.34.69 ua/2.0 os/linux#5.10.210-201.852.amzn2.x86_64 md/arch#x86_64 "
                    + "lang/python#3.11.8 md/pyimpl#CPython cfg/retry-mode#legacy Botocore/1.34.69";
    static final String BOTO3_LAMBDA =
            "Boto3/1.34.42 md/Botocore#1.34.42 ua/2.0 os/linux#5.10.214-223.835.amzn2.x86_64 md/arch#x86_64 "
                    + "lang/python#3.12.2 md/pyimpl#CPython exec-env/AWS_Lambda_python3.12 cfg/retry-mode#legacy "
                    + "Botocore/1.34.42";
    static final String NODE_LAMBDA =
            "aws-sdk-js/3.535.0 ua/2.0 os/linux#5.10.214-223.835.amzn2.x86_64 lang/js md/nodejs#20.12.0 "
                    + "exec-env/AWS_Lambda_nodejs20.x";
    static final String JAVA_SDK =
            "aws-sdk-java/2.25.16 Linux/5.10.213-201.855.amzn2.x86_64 OpenJDK_64-Bit_Server_VM/17.0.10+7-LTS "
                    + "Java/17.0.10 vendor/Amazon.com_Inc. io/sync http/Apache cfg/retry-mode/legacy";
    static final String GO_SDK = "aws-sdk-go/1.50.38 (go1.21.8; linux; amd64)";
    static final String GO_SDK_V2 =
            "aws-sdk-go-v2/1.26.1 os/linux lang/go#1.22.2 md/GOOS#linux md/GOARCH#amd64";
    static final String SSM_AGENT = "aws-sdk-go/1.44.260 (go1.20.12; linux; amd64) amazon-ssm-agent/3.3.131.0";
    static final String CLOUDFORMATION = "cloudformation.amazonaws.com";

    private UserAgents() {
    }
}
