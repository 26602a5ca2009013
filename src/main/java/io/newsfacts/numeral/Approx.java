package io.newsfacts.numeral;

/** Approximation marker of a quantity: 余/多/超/逾/以上 → OVER; 近/不到/以下 → UNDER; 约/左右/大约 → ABOUT. */
public enum Approx {
    OVER, UNDER, ABOUT;

    public String json() { return name().toLowerCase(java.util.Locale.ROOT); }
}
