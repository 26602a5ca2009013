package io.newsfacts.entity;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a government web site's host name says about its publisher: the place (gaj.yuncheng.gov.cn → 运城市,
 * ga.xm.gov.cn → 厦门市) and whether it is a police site (ga, gaj, gat). Only hosts under gov.cn are read: elsewhere a
 * host name is a brand, not an address. Labels come from {@code models/entity/source-hosts.tsv}. Immutable.
 */
final class SourceHosts {

    static final String FILE = "models/entity/source-hosts.tsv";
    private static final Set<String> POLICE_LABELS = Set.of("ga", "gaj", "gat", "gafj", "police", "gongan");

    /** The publisher's place (a gazetteer name) and whether the site is a police body's own. */
    record Publisher(String place, boolean police) {
    }

    private final Map<String, String> placeByLabel = new HashMap<>();

    SourceHosts() {
        for (String[] r : Lexicons.rows(FILE, "label", "place")) {
            placeByLabel.putIfAbsent(r[0], r[1]);
        }
    }

    Optional<Publisher> publisher(String url) {
        String host = host(url);
        if (host == null || !host.endsWith(".gov.cn")) {
            return Optional.empty();
        }
        String[] labels = host.substring(0, host.length() - ".gov.cn".length()).split("\\.");
        boolean police = false;
        for (String label : labels) {
            police |= POLICE_LABELS.contains(label);
        }
        for (int i = labels.length - 1; i >= 0; i--) { // the label next to gov.cn is the government's own
            String place = placeByLabel.get(labels[i]);
            if (place != null) {
                return Optional.of(new Publisher(place, police));
            }
        }
        return Optional.empty();
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null; // not a URL we can read: no hint
        }
    }
}
