package nl.midoffice.buildchecks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Climbing paths are assembled with {@link #up(int)}, so that this file stays clean for {@link RepositoryStandsAloneTest}. */
class MarkdownLinksTest {

    private static String up(int levels) {
        return "../".repeat(levels);
    }

    private final MarkdownLinks links = new MarkdownLinks(List.of(
            "README.md", "docs/architecture.md", "docs/portal.png", "specs/README.md",
            "backoffice-adapters/brp/simulator/README.md", "backoffice-adapters/brp/adapter/README.md"));

    @Test
    void linksToFilesAndFoldersOfTheRepositoryLeadSomewhere() {
        assertThat(links.broken("README.md", """
                The design: [architecture](docs/architecture.md), ![portal](docs/portal.png "the portal"),
                the [specs](specs/) and [a section](docs/architecture.md#modules), [top](#start),
                [elsewhere](https://example.nl/x.md) and <mailto:x@example.nl>.
                """)).isEmpty();
        assertThat(links.broken("backoffice-adapters/brp/simulator/README.md",
                "[adapter](../adapter/README.md), [root](" + up(3) + "README.md), [here](.)")).isEmpty();
    }

    @Test
    void linksToFilesThatAreNotInTheRepositoryAreBroken() {
        assertThat(links.broken("README.md", "one\n[design](docs/design.md) and [design](DESIGN.md)"))
                .containsExactly("2: docs/design.md", "2: DESIGN.md");
        assertThat(links.broken("backoffice-adapters/brp/simulator/README.md", "[spec](" + up(4) + "x.yaml)"))
                .containsExactly("1: " + up(4) + "x.yaml");
    }

    @Test
    void fencedCodeIsNotALink() {
        assertThat(links.broken("README.md", "```\nmap[key](missing.md)\n```\n[after](missing.md)"))
                .containsExactly("4: missing.md");
    }
}
