package dev.tidings.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed renders that every other test validates must be what the overlays render today.
 * This one check needs kubectl; CI has it (see .ci/run). Elsewhere it is reported as skipped, with
 * the reason, while every validation of the committed renders still runs.
 */
class RenderedFilesTests {

    @ParameterizedTest
    @MethodSource("dev.tidings.k8s.RenderedManifests#overlays")
    void committedRenderMatchesTheOverlay(String overlay) throws Exception {
        assumeTrue(
                RenderedManifests.kubectlAvailable(),
                "kubectl is not installed: the committed renders were validated, but not compared with a fresh render");
        assertEquals(
                RenderedManifests.renderWithKubectl(overlay),
                Files.readString(RenderedManifests.committedRender(overlay)),
                () -> "deploy/k8s/rendered/" + overlay + ".yaml is stale: run deploy/k8s/render.sh");
    }
}
