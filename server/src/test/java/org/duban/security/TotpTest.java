package org.duban.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The codes an authenticator app shows: RFC 6238's own test values (SHA-1), as six digits. */
class TotpTest {

    private static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void matchesTheRfcTestValues() {
        assertThat(Totp.stepOf(RFC_SECRET, "287082", Instant.ofEpochSecond(59))).isEqualTo(1);
        assertThat(Totp.stepOf(RFC_SECRET, "081804", Instant.ofEpochSecond(1111111109))).isEqualTo(37037036);
        assertThat(Totp.stepOf(RFC_SECRET, "050471", Instant.ofEpochSecond(1111111111))).isEqualTo(37037037);
        assertThat(Totp.stepOf(RFC_SECRET, "005924", Instant.ofEpochSecond(1234567890))).isEqualTo(41152263);
        assertThat(Totp.stepOf(RFC_SECRET, "279037", Instant.ofEpochSecond(2000000000))).isEqualTo(66666666);
    }

    @Test
    void acceptsACodeOneStepLateButNotTwoNorAWrongOne() {
        assertThat(Totp.stepOf(RFC_SECRET, "287082", Instant.ofEpochSecond(59 + 30))).isEqualTo(1);
        assertThat(Totp.stepOf(RFC_SECRET, "287 082", Instant.ofEpochSecond(59))).as("typed with a space").isEqualTo(1);
        assertThat(Totp.stepOf(RFC_SECRET, "287082", Instant.ofEpochSecond(59 + 60))).isEqualTo(-1);
        assertThat(Totp.stepOf(RFC_SECRET, "287083", Instant.ofEpochSecond(59))).isEqualTo(-1);
        assertThat(Totp.stepOf(RFC_SECRET, "abcdef", Instant.ofEpochSecond(59))).isEqualTo(-1);
    }

    @Test
    void secretsAreBase32AsAppsTakeThem() {
        assertThat(Totp.base32("Hello!\u00de\u00ad\u00be\u00ef".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("JBSWY3DPEHPK3PXP");
        assertThat(Totp.unbase32("jbsw y3dp ehpk 3pxp")).isEqualTo("Hello!\u00de\u00ad\u00be\u00ef".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(Totp.newSecret()).matches("[A-Z2-7]{32}");
        assertThat(Totp.uri("督办 Duban", "chen", "JBSWY3DPEHPK3PXP"))
                .startsWith("otpauth://totp/").contains("secret=JBSWY3DPEHPK3PXP").contains(":chen");
    }
}
