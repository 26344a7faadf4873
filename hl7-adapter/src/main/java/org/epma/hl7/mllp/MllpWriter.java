package org.epma.hl7.mllp;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;

/** Writes one message per MLLP frame and flushes, so the peer sees the whole frame at once. */
public final class MllpWriter {

    private final OutputStream out;
    private final Charset charset;

    public MllpWriter(OutputStream out, Charset charset) {
        this.out = out;
        this.charset = charset;
    }

    public void writeFrame(String message) throws IOException {
        byte[] body = message.getBytes(charset);
        byte[] frame = new byte[body.length + 3];
        frame[0] = MllpReader.START;
        System.arraycopy(body, 0, frame, 1, body.length);
        frame[frame.length - 2] = MllpReader.END;
        frame[frame.length - 1] = MllpReader.CARRIAGE_RETURN;
        out.write(frame);
        out.flush();
    }
}
