package io.newsfacts.entity;

import com.hankcs.hanlp.HanLP;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the generated part of {@code models/entity/source-hosts.tsv}: the toneless pinyin of every province,
 * prefecture and county-level city (运城 → yuncheng), as government web sites spell their host names
 * (gaj.yuncheng.gov.cn). Where several places share a spelling, the single highest-level one keeps it (jilin → 吉林省);
 * ties at the same level (fuzhou: 福州, 抚州) are left out. Run by hand when places.tsv changes:
 * {@code java -cp target/newsfacts.jar:target/test-classes io.newsfacts.entity.SourceHostsGenerator > /tmp/generated.tsv}.
 */
public final class SourceHostsGenerator {

    private static final List<String> SUFFIXES = List.of("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区",
            "自治州", "地区", "省", "市", "盟");

    private SourceHostsGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, List<String[]>> byLabel = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("models/entity/places.tsv"), StandardCharsets.UTF_8)) {
            String[] c = line.split("\t", -1);
            if (line.startsWith("#") || c[0].equals("code")) {
                continue;
            }
            String name = c[1];
            String level = c[2];
            boolean countyCity = level.equals("county") && name.endsWith("市");
            if (!(level.equals("province") || level.equals("prefecture") || countyCity)) {
                continue;
            }
            String label = HanLP.convertToPinyinString(shortForm(name), "", false).toLowerCase();
            if (label.matches("[a-z]+")) {
                byLabel.computeIfAbsent(label, k -> new ArrayList<>()).add(new String[]{name, level});
            }
        }
        StringBuilder out = new StringBuilder();
        byLabel.forEach((label, places) -> {
            int best = places.stream().mapToInt(p -> rank(p[1])).min().orElseThrow();
            List<String> top = places.stream().filter(p -> rank(p[1]) == best).map(p -> p[0]).distinct().toList();
            if (top.size() == 1) {
                out.append(label).append('\t').append(top.get(0)).append('\n');
            }
        });
        System.out.print(out);
    }

    private static String shortForm(String name) {
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static int rank(String level) {
        return switch (level) {
            case "province" -> 0;
            case "prefecture" -> 1;
            default -> 2;
        };
    }
}
