package org.duban.photo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code duban.photos.*}
 *
 * @param maxBytes       largest photo accepted (default 15MB)
 * @param maxReportBytes largest total of the photos sent with one report (default 60MB)
 * @param maxPixels      largest width × height accepted; more is an image bomb (default 120 million, a 200 MP phone
 *                       camera stays below it)
 * @param storage        where blobs are kept (default ./data/blobs)
 */
@ConfigurationProperties("duban.photos")
public record PhotoProperties(@DefaultValue("15MB") DataSize maxBytes, @DefaultValue("60MB") DataSize maxReportBytes,
        @DefaultValue("120000000") long maxPixels, @DefaultValue("./data/blobs") String storage) {
}
