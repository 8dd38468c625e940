package io.launchcheck.rules.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.kie.api.KieServices;

/**
 * Build step (Maven {@code process-classes}): compiles the DRL files with the executable model once, and writes
 * the generated classes and the list of model classes ({@link ComplianceKnowledgeBase#PRECOMPILED_MODELS}) into
 * the build's output directory, so the service loads its rules at start-up instead of compiling them.
 * Usage: {@code PrecompileRules <classes directory>}.
 */
public final class PrecompileRules {

    /** Where the executable model lists its model classes inside the module it builds. */
    private static final String MODEL_LIST = "/drools-model";

    private PrecompileRules() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PrecompileRules <classes directory>");
        }
        Path classes = Path.of(args[0]);
        InternalKieModule module = (InternalKieModule) ComplianceKnowledgeBase.build(KieServices.Factory.get())
                .getKieModule();
        List<String> models = new ArrayList<>();
        int written = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(module.getBytes()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().endsWith(".class")) {
                    Path target = classes.resolve(entry.getName());
                    Files.createDirectories(target.getParent());
                    Files.write(target, zip.readAllBytes());
                    written++;
                } else if (entry.getName().endsWith(MODEL_LIST)) {
                    new String(zip.readAllBytes(), StandardCharsets.UTF_8).lines()
                            .filter(line -> !line.isBlank() && !line.contains(":"))
                            .forEach(models::add);
                }
            }
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("The executable model names no model class");
        }
        Path list = classes.resolve(ComplianceKnowledgeBase.PRECOMPILED_MODELS);
        Files.createDirectories(list.getParent());
        Files.writeString(list, String.join("\n", models) + "\n");
        System.out.println("Precompiled the compliance rules: " + written + " classes, models " + models);
    }
}
