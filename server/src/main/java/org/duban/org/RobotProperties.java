package org.duban.org;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code duban.webhooks.*}: where units' group-robot messages may go.
 *
 * @param allowedHosts the robot hosts a unit may name, reached over HTTPS at public addresses only (default
 *                     DingTalk's oapi.dingtalk.com and WeCom's qyapi.weixin.qq.com)
 * @param testHosts    for tests only: {@code host:port} pairs also allowed, over plain http too and at any address
 *                     (the tests' stand-in robots listen on 127.0.0.1). Empty, as it must stay, in production
 */
@ConfigurationProperties("duban.webhooks")
public record RobotProperties(@DefaultValue({"oapi.dingtalk.com", "qyapi.weixin.qq.com"}) List<String> allowedHosts,
        @DefaultValue({}) List<String> testHosts) {
}
