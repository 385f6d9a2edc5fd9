package org.duban.photo;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** One uploaded file as the services see it: its size and a way to read it. */
public record Upload(long size, Source source) {

    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    /** The files a form sent, without the empty part browsers send when no file was chosen. */
    public static List<Upload> from(List<MultipartFile> files) {
        List<Upload> uploads = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                if (f != null && !f.isEmpty()) {
                    uploads.add(new Upload(f.getSize(), f::getInputStream));
                }
            }
        }
        return uploads;
    }
}
