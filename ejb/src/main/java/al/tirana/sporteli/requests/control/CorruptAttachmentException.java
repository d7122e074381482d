package al.tirana.sporteli.requests.control;

import java.io.IOException;

/** A stored file no longer has the checksum recorded when it was written: damaged or altered on disk. */
public class CorruptAttachmentException extends IOException {

    public CorruptAttachmentException(String message) {
        super(message);
    }
}
