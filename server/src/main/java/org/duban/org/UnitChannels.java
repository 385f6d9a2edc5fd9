package org.duban.org;

/**
 * Where a unit wants reminders: an e-mail address and a group-robot webhook.
 *
 * @param webhookKind DINGTALK or WECOM; null without a webhook
 * @param webhookSecret DingTalk's signing secret ("加签"), if the robot has one
 */
public record UnitChannels(long unitId, String email, String webhookKind, String webhookUrl, String webhookSecret) {

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    public boolean hasWebhook() {
        return webhookKind != null && webhookUrl != null && !webhookUrl.isBlank();
    }
}
