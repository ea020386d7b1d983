package vn.datamap.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** A page rendered into a {@link RenderedResponse} is kept whole, encoded once, and never reaches the client early. */
class RenderedResponseTest {

    @Test
    void aPageWrittenInSmallPiecesIsKeptWholeInTheCharsetTheViewSet() throws Exception {
        MockHttpServletResponse client = new MockHttpServletResponse();
        RenderedResponse rendered = new RenderedResponse(client);
        rendered.setContentType("text/html;charset=UTF-8");
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            String piece = i % 2 == 0 ? "<td>Cơ sở dữ liệu quốc gia về dân cư " + i + "</td>" : "\n";
            rendered.getWriter().write(piece);
            expected.append(piece);
            if (i % 1_000 == 0) {
                rendered.flushBuffer();
            }
        }
        assertThat(client.getContentAsByteArray()).as("nothing is sent while the page renders").isEmpty();
        assertThat(client.isCommitted()).isFalse();
        assertThat(rendered.getContentType()).as("headers go to the real response").startsWith("text/html");
        assertThat(client.getContentType()).startsWith("text/html");
        assertThat(new String(rendered.body(), StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }

    @Test
    void aBodyWrittenAsBytesIsKeptAndTheTwoWaysOfWritingExcludeEachOther() throws Exception {
        RenderedResponse bytes = new RenderedResponse(new MockHttpServletResponse());
        bytes.getOutputStream().write("@prefix dct: <http://purl.org/dc/terms/> .".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(bytes.body(), StandardCharsets.UTF_8)).startsWith("@prefix dct:");
        assertThatThrownBy(bytes::getWriter).isInstanceOf(IllegalStateException.class);

        RenderedResponse text = new RenderedResponse(new MockHttpServletResponse());
        text.getWriter().write("x");
        assertThatThrownBy(text::getOutputStream).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aNonBlockingWriterIsToldAtOnceThatItMayWrite() throws Exception {
        RenderedResponse rendered = new RenderedResponse(new MockHttpServletResponse());
        ServletOutputStream out = rendered.getOutputStream();
        List<String> calls = new ArrayList<>();
        out.setWriteListener(new WriteListener() {
            @Override
            public void onWritePossible() throws IOException {
                calls.add("write");
                out.write("Bản đồ".getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public void onError(Throwable t) {
                calls.add("error: " + t);
            }
        });
        assertThat(calls).containsExactly("write");
        assertThat(new String(rendered.body(), StandardCharsets.UTF_8)).isEqualTo("Bản đồ");
    }

    @Test
    void aResetBufferDropsWhatWasRenderedSoFar() throws Exception {
        RenderedResponse rendered = new RenderedResponse(new MockHttpServletResponse());
        rendered.setCharacterEncoding("UTF-8");
        rendered.getWriter().write("half a page");
        rendered.resetBuffer();
        rendered.getWriter().write("Trang lỗi");
        assertThat(new String(rendered.body(), StandardCharsets.UTF_8)).isEqualTo("Trang lỗi");
    }
}
