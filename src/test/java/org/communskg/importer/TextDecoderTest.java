package org.communskg.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    @Test
    void utf8_is_read_without_warning() {
        TextDecoder.Decoded d = TextDecoder.decode("a.md", "Café crème".getBytes(StandardCharsets.UTF_8), null);
        assertThat(d.text()).isEqualTo("Café crème");
        assertThat(d.warning()).isNull();
    }

    @Test
    void latin1_is_read_as_windows_1252_with_a_warning() {
        byte[] bytes = "L’été à Orléans : œuvres".getBytes(TextDecoder.WINDOWS_1252);
        TextDecoder.Decoded d = TextDecoder.decode("a.txt", bytes, null);
        assertThat(d.text()).isEqualTo("L’été à Orléans : œuvres");
        assertThat(d.warning()).contains("Latin-1").contains("byte at 1)");
    }

    @Test
    void damaged_utf8_is_refused_with_the_byte_offset() {
        byte[] good = "Déjà".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 2];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xC3;
        bytes[good.length + 1] = (byte) 0x28;
        assertThatThrownBy(() -> TextDecoder.decode("d.md", bytes, null)).isInstanceOf(ImportException.class)
                .hasMessage("d.md: invalid UTF-8 at byte 6 (the file mixes encodings or is damaged)");
    }

    @Test
    void bytes_undefined_in_windows_1252_are_refused() {
        byte[] bytes = {'a', (byte) 0x81, 'b'};
        assertThatThrownBy(() -> TextDecoder.decode("x.txt", bytes, null)).hasMessageContaining("not UTF-8 nor Latin-1");
    }

    @Test
    void empty_and_binary_content_are_refused() {
        assertThatThrownBy(() -> TextDecoder.decode("e.md", new byte[0], null)).hasMessage("e.md: empty file (0 bytes)");
        assertThatThrownBy(() -> TextDecoder.decode("b.md", new byte[] {'P', 'K', 3, 4, 0, 0}, null))
                .hasMessage("b.md: binary content (NUL bytes), not text");
        byte[] controls = new byte[200];
        java.util.Arrays.fill(controls, (byte) 'a');
        controls[10] = 1;
        controls[20] = 2;
        controls[30] = 3;
        assertThatThrownBy(() -> TextDecoder.decode("c.md", controls, null)).hasMessageContaining("control bytes");
    }

    @Test
    void a_declared_charset_wins_and_utf16_with_a_bom_is_read() {
        assertThat(TextDecoder.decode("u", "été".getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1).text())
                .isEqualTo("été");
        byte[] utf16 = "\uFEFFété".getBytes(StandardCharsets.UTF_16BE);
        assertThat(TextDecoder.decode("u16", utf16, null).text()).isEqualTo("été");
    }
}
