package io.newsfacts.numeral;

/** What a numeric mention measures. Serialised in lower case. */
public enum QuantityKind {
    NUMBER, QUANTITY, MONEY, PERCENT, ORDINAL;

    public String json() { return name().toLowerCase(java.util.Locale.ROOT); }
}
