package dev.kindling.startup.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void namesLoseCaseAccentsPunctuationAndLegalSuffixes() {
        assertEquals("acme robotics", Names.nameKey("Acme Robotics Pte. Ltd."));
        assertEquals("acme robotics", Names.nameKey("  ACME-robotics  "));
        assertEquals("cafe numerique", Names.nameKey("Café Numérique SAS"));
        assertEquals("ltd", Names.nameKey("Ltd"));
    }

    @Test
    void websitesLoseSchemeWwwAndTrailingSlash() {
        assertEquals("acme.io", Names.websiteKey("HTTPS://www.Acme.io/"));
        assertEquals("acme.io", Names.websiteKey("acme.io"));
        assertEquals("acme.io/sg", Names.websiteKey("http://acme.io/sg/"));
        assertNull(Names.websiteKey(" "));
        assertTrue(Names.isWebsite("https://acme.io"));
        assertFalse(Names.isWebsite("not a site"));
        assertFalse(Names.isWebsite("ftp://acme.io"));
    }
}
