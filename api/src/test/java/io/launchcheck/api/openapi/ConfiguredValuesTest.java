package io.launchcheck.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Descriptions name settings; the document says the value each one has, and says it again when it changes. */
class ConfiguredValuesTest {

    @BeforeAll
    static void settings() {
        System.setProperty("launchcheck.example.max-days", "30");
        System.setProperty("launchcheck.example.api-key", "hunter2");
    }

    @Test
    void writesTheValueAfterASettingNamedInADescription() {
        assertThat(ConfiguredValues.render("At most launchcheck.example.max-days days ahead."))
                .isEqualTo("At most launchcheck.example.max-days (currently 30) days ahead.");
    }

    @Test
    void replacesTheValueAnEarlierRunWrote() {
        String built = "At most launchcheck.example.max-days (currently 365) days ahead";
        assertThat(ConfiguredValues.render(built)).isEqualTo("At most launchcheck.example.max-days (currently 30) days ahead");
        assertThat(ConfiguredValues.render(ConfiguredValues.render(built))).isEqualTo(ConfiguredValues.render(built));
    }

    @Test
    void leavesUnknownSettingsSecretsAndWrittenValuesAlone() {
        assertThat(ConfiguredValues.render("launchcheck.example.unset and launchcheck.example.api-key"))
                .isEqualTo("launchcheck.example.unset and launchcheck.example.api-key");
        assertThat(ConfiguredValues.render("off (launchcheck.example.max-days=0)"))
                .isEqualTo("off (launchcheck.example.max-days=0)");
        assertThat(ConfiguredValues.render("launchcheck.example.max-days-ahead")).isEqualTo("launchcheck.example.max-days-ahead");
        assertThat(ConfiguredValues.render(null)).isNull();
    }
}
