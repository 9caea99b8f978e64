package dev.tidings.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No secret is committed: every file git tracks or would add (tracked, plus untracked files that
 * .gitignore does not exclude) is scanned for private keys, cloud and service tokens, and long
 * key-like literals assigned to names such as password, secret, token or key. Secrets live in
 * Kubernetes Secrets created by hand (deploy/k8s/README.md) and in the environment, never here.
 */
class RepositorySecretsTests {

    /** Shapes that are a secret wherever they appear. */
    private static final Map<String, Pattern> SECRET_SHAPES = Map.of(
            "private key",
            Pattern.compile("-----BEGIN ([A-Z]+ )?PRIVATE KEY( BLOCK)?-----"),
            "AWS access key id",
            Pattern.compile("\\b(AKIA|ASIA)[0-9A-Z]{16}\\b"),
            "GitHub token",
            Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{36,}\\b"),
            "Slack token",
            Pattern.compile("\\bxox[abprs]-[A-Za-z0-9-]{10,}"),
            "Google API key",
            Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}\\b"),
            "Stripe live key",
            Pattern.compile("\\b[rs]k_live_[0-9A-Za-z]{20,}\\b"),
            "password in a URL",
            Pattern.compile("\\b[a-z][a-z0-9+.-]*://[^\\s/:@'\"]+:[^\\s/:@'\"$<{]{4,}@"));

    /**
     * A name that says secret, then {@code =}, {@code :} or {@code ->}, then a literal of 16 or more
     * base64/hex-like characters: what a pasted key looks like in code, properties or YAML.
     */
    private static final Pattern ASSIGNED_SECRET = Pattern.compile(
            "(?i)([A-Za-z0-9_.-]*(password|passwd|secret|token|api[_.-]?keys?|apikey|private[_.-]?key|access[_.-]?key"
                    + "|credentials?|key[_.-]?hash(es)?)[A-Za-z0-9_.-]*)[\"']?\\s*(=|:|->|,)\\s*[\"']?"
                    + "([A-Za-z0-9+/_=-]{16,})");

    /**
     * Literals that look like secrets and are not, by file: each is fake on its face, and why is
     * written next to it.
     */
    private static final Map<String, String> ALLOWED = Map.of(
            // The SHA-256 hashes of the dev and test profiles' producer keys, "dev-producer-key-not-a-secret"
            // and "test-producer-key-not-a-secret": public on purpose (the test key is in the tests), and a
            // hash is what ingest is configured with, never a key.
            "ingest-service/src/main/resources/application.properties", "dev and test key hashes");

    @Test
    void noTrackedFileHoldsASecret() throws Exception {
        Path root = ProjectPaths.root();
        List<String> files = candidateFiles(root);
        assertTrue(files.size() > 50, () -> "expected the checkout's files, found " + files);
        List<String> findings = new ArrayList<>();
        for (String file : files) {
            Path path = root.resolve(file);
            if (!Files.isRegularFile(path) || Files.size(path) > 5_000_000) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(path);
            if (isBinary(bytes)) {
                continue;
            }
            findings.addAll(scan(file, new String(bytes, StandardCharsets.UTF_8)));
        }
        assertEquals(List.of(), findings, "secret-like literals; move them to a Secret or the environment");
    }

    @Test
    void theScanFindsWhatItLooksFor() {
        // Built from pieces, so that this file itself holds none of them.
        String awsKey = "AKIA" + "Z7QRSTUVWXY23456";
        String pem = "-----BEGIN RSA " + "PRIVATE KEY-----";
        String assigned = "db.pass" + "word=Xk9vQ2r7LmN4pT8wYz3bHc";
        String url = "postgresql://tidings:" + "hunter2hunter2@db:5432/tidings";
        for (String leak : List.of(awsKey, pem, assigned, url)) {
            assertFalse(scan("some/file.properties", "x " + leak + "\n").isEmpty(), leak);
        }
        assertEquals(
                List.of(),
                scan(
                        "some/file.properties",
                        "quarkus.datasource.password=${DB_PASSWORD}\npassword: changeme\ntoken = \"\"\n"
                                + "secretKeyRef: {name: tidings-db-writer, key: password}\n"));
    }

    private static List<String> scan(String file, String text) {
        List<String> findings = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            for (Map.Entry<String, Pattern> shape : SECRET_SHAPES.entrySet()) {
                if (shape.getValue().matcher(line).find()) {
                    findings.add(file + ":" + (i + 1) + " " + shape.getKey());
                }
            }
            Matcher assigned = ASSIGNED_SECRET.matcher(line);
            while (assigned.find()) {
                String value = assigned.group(5);
                if (looksLikeKeyMaterial(value) && !isAllowed(file)) {
                    findings.add(file + ":" + (i + 1) + " " + assigned.group(1) + " = " + value.substring(0, 4) + "…");
                }
            }
        }
        return findings;
    }

    /** Random-looking: digits and letters mixed, not a word, a path or a placeholder. */
    private static boolean looksLikeKeyMaterial(String value) {
        boolean digit = value.chars().anyMatch(Character::isDigit);
        boolean letter = value.chars().anyMatch(Character::isLetter);
        long distinct = value.chars().distinct().count();
        return digit && letter && distinct >= 10 && !value.contains("__");
    }

    private static boolean isAllowed(String file) {
        return ALLOWED.keySet().stream().anyMatch(file::startsWith);
    }

    private static boolean isBinary(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8_192); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** Tracked files and untracked ones .gitignore keeps; without git, every file outside build output. */
    private static List<String> candidateFiles(Path root) throws IOException, InterruptedException {
        try {
            Process git = new ProcessBuilder(
                            "git",
                            "-C",
                            root.toString(),
                            "ls-files",
                            "-z",
                            "--cached",
                            "--others",
                            "--exclude-standard")
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            byte[] out = git.getInputStream().readAllBytes();
            if (git.waitFor(60, TimeUnit.SECONDS) && git.exitValue() == 0) {
                return Arrays.stream(new String(out, StandardCharsets.UTF_8).split("\0"))
                        .filter(name -> !name.isEmpty())
                        .toList();
            }
        } catch (IOException e) {
            // No git on this machine: walk the tree instead.
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile)
                    .map(path -> root.relativize(path).toString())
                    .filter(name -> !name.startsWith(".git/")
                            && !name.contains("/target/")
                            && !name.startsWith("target/")
                            && !name.contains("/.run/")
                            && !name.contains("/.drills/"))
                    .toList();
        }
    }
}
