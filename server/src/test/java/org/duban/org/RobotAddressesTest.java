package org.duban.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** Which resolved addresses a robot may have: public ones only. */
class RobotAddressesTest {

    @Test
    void loopbackPrivateLinkLocalAndReservedAddressesAreNotPublic() throws Exception {
        for (String a : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "0.1.2.3", "224.0.0.1", "239.255.255.250", "255.255.255.255", "240.0.0.1",
                "192.0.0.8", "::", "::1", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1",
                "::ffff:10.0.0.1", "::ffff:169.254.169.254"}) {
            assertThat(RobotAddresses.isPublic(InetAddress.getByName(a))).as(a).isFalse();
        }
    }

    @Test
    void publicAddressesArePublic() throws Exception {
        for (String a : new String[] {"8.8.8.8", "59.82.43.236", "101.226.4.6", "2001:4860:4860::8888",
                "::ffff:8.8.8.8"}) {
            assertThat(RobotAddresses.isPublic(InetAddress.getByName(a))).as(a).isTrue();
        }
    }
}
