package io.newsfacts.time;

/** The precision of a time mention. */
public enum Grain {
    YEAR, QUARTER, MONTH, WEEK, DAY, HOUR, MINUTE, SECOND;

    public String json() { return name().toLowerCase(java.util.Locale.ROOT); }
}
