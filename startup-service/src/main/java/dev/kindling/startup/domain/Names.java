package dev.kindling.startup.domain;

import java.net.URI;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The normalised forms under which two startups count as the same: name (with country) or website. */
public final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LEGAL_SUFFIX = Pattern.compile(
            "(\\s(pte|pvt|private|co|corp|corporation|inc|incorporated|llc|ltd|limited|gmbh|sa|sas|sarl|bv|ag|plc"
                    + "|sdn|bhd|pt|tbk|jsc|oy|ab|kk))+$");

    private Names() {}

    /** "Acme Robotics Pte. Ltd." and "acme-robotics" both become "acme robotics". */
    public static String nameKey(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
        String spaced = NON_ALNUM.matcher(plain).replaceAll(" ").trim();
        String stripped = LEGAL_SUFFIX.matcher(spaced).replaceAll("").trim();
        return stripped.isEmpty() ? spaced : stripped;
    }

    /** "HTTPS://www.Acme.io/" and "acme.io" both become "acme.io"; null stays null. */
    public static String websiteKey(String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        String value = website.trim().toLowerCase(Locale.ROOT);
        if (!value.contains("://")) {
            value = "http://" + value;
        }
        URI uri = URI.create(value);
        String host = uri.getHost() == null ? "" : uri.getHost();
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return host + path;
    }

    /** Whether a website is an absolute http(s) address with a host. */
    public static boolean isWebsite(String website) {
        try {
            String value = website.trim();
            URI uri = URI.create(value.contains("://") ? value : "http://" + value);
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && uri.getHost().contains(".");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
