package org.dicomstandard.quotable.api;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A client that never finishes its headers is disconnected; one that does is answered and kept alive. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeaderTimeoutTest extends ApiFixture {
    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(super.getProperties());
        p.put("quotable.header-timeout", "700ms");
        return p;
    }

    @Test
    void a_connection_dribbling_headers_is_closed_after_the_timeout() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write("GET /api/v1/ping HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
            long start = System.nanoTime();
            InputStream in = socket.getInputStream();
            for (int i = 0; i < 8 && !socket.isClosed(); i++) {
                try {
                    out.write("X-Slow: a\r\n".getBytes(StandardCharsets.US_ASCII)); // never the blank line that ends the headers
                    out.flush();
                } catch (java.io.IOException closed) {
                    break;
                }
                Thread.sleep(200);
            }
            assertThat(in.read()).as("the server closed the connection").isEqualTo(-1);
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4000);
        }
    }

    @Test
    void a_complete_request_is_answered_and_the_next_one_on_the_connection_too() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(5000);
            for (int i = 0; i < 2; i++) {
                socket.getOutputStream().write("GET /api/v1/ping HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                byte[] buf = new byte[512];
                int n = socket.getInputStream().read(buf);
                assertThat(new String(buf, 0, n, StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 200");
                Thread.sleep(400); // each wait is below the timeout, together they are above it
            }
        }
    }
}
