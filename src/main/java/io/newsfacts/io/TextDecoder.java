package io.newsfacts.io;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes bytes of unknown encoding: BOM → declared charset → detector (juniversalchardet) → strict UTF-8 → GB18030.
 * GB2312 and GBK labels are read as GB18030, their superset. Undecodable bytes become U+FFFD, so good text around
 * bad bytes survives.
 */
public final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    /** The decoded text and the charset that was used. */
    public record Decoded(String text, Charset charset) {
    }

    public static Decoded decode(byte[] bytes, String declared) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        Charset charset = charsetOf(declared);
        if (charset == null && mostlyUtf8(bytes)) {
            // A few bad bytes in UTF-8 text (a cut download, a stray byte) must not turn the whole text into GB18030
            // mojibake: strict decoding fails and the detector may guess wrong, but the valid sequences dominate.
            charset = StandardCharsets.UTF_8;
        }
        if (charset == null) {
            UniversalDetector detector = new UniversalDetector();
            detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
            detector.dataEnd();
            charset = charsetOf(detector.getDetectedCharset());
        }
        if (charset == null) {
            charset = strictlyDecodes(bytes, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8 : GB18030;
        }
        return new Decoded(lenient(bytes, charset), charset);
    }

    /**
     * True when there are invalid bytes but valid multi-byte UTF-8 sequences outnumber them two to one. The news corpus
     * encoded as GB18030 or Big5 has at most 0.31 accidental valid sequences per invalid byte (0.17 overall).
     */
    static boolean mostlyUtf8(byte[] bytes) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            int need = b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
            if (need == 0) {
                i++;
                continue;
            }
            boolean ok = need > 0;
            for (int k = 1; ok && k <= need; k++) {
                ok = i + k < bytes.length && (bytes[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += need + 1;
            } else {
                invalid++;
                i++;
            }
        }
        return invalid > 0 && valid >= 2 * invalid;
    }

    static Charset charsetOf(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String l = label.strip().toLowerCase(Locale.ROOT);
        if (l.equals("gb2312") || l.equals("gbk") || l.equals("x-gbk") || l.equals("cp936") || l.equals("gb18030")) {
            return GB18030;
        }
        if (l.equals("big5") || l.equals("big5-hkscs") || l.equals("x-euc-tw")) {
            return Charset.forName("Big5-HKSCS");
        }
        try {
            return Charset.forName(l);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean strictlyDecodes(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String lenient(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
