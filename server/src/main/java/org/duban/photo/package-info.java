/**
 * Photos handled like evidence: stored by content hash through a {@link org.duban.photo.BlobStore}, checked from their
 * bytes, measured before decoding, with EXIF time and position kept as metadata and stripped from every copy served;
 * the copies, EXIF fields and hash made off the request, from a queue in the database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Photos")
package org.duban.photo;
