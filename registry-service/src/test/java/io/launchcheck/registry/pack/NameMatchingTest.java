package io.launchcheck.registry.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.launchcheck.api.ModelFamily;
import io.launchcheck.api.RulePack;
import io.launchcheck.api.Vendor;
import io.launchcheck.api.names.ModelNames;
import io.launchcheck.api.names.Names;
import io.launchcheck.api.names.VendorNames;

/**
 * The one name matcher against the bundled catalog, with identifiers as teams write them: Hugging Face repo ids,
 * cloud model ids (Amazon Bedrock, Azure AI Foundry, Vertex AI), API model names, Ollama tags and GGUF file names,
 * and vendors written as their Hugging Face organisation, with spaces, hyphens, corporate suffixes or native script.
 */
class NameMatchingTest {

    private static VendorNames vendors;
    private static ModelNames models;

    @BeforeAll
    static void loadCatalog() throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        yaml.findAndRegisterModules();
        try (InputStream in = NameMatchingTest.class.getResourceAsStream("/rulepacks/world-ai-restrictions.yaml")) {
            RulePack pack = yaml.readValue(in, RulePack.class);
            vendors = VendorNames.of(pack.vendors());
            models = ModelNames.of(pack.models());
        }
    }

    @ParameterizedTest(name = "model {0} is {1}")
    @CsvSource(delimiter = '|', value = {
            // Hugging Face repo ids
            "deepseek-ai/DeepSeek-R1 | deepseek-r1",
            "deepseek-ai/DeepSeek-R1-0528 | deepseek-r1",
            "deepseek-ai/DeepSeek-R1-Distill-Qwen-32B | deepseek-r1-distill",
            "deepseek-ai/DeepSeek-R1-Distill-Llama-70B | deepseek-r1-distill",
            "deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B | deepseek-r1-distill",
            "deepseek-ai/DeepSeek-V3 | deepseek-v3",
            "deepseek-ai/DeepSeek-V3-0324 | deepseek-v3",
            "deepseek-ai/DeepSeek-V3.1 | deepseek-v3",
            "deepseek-ai/DeepSeek-V3.2-Exp | deepseek-v3",
            "deepseek-ai/DeepSeek-Coder-V2-Instruct | deepseek-other",
            "deepseek-ai/Janus-Pro-7B | deepseek-other",
            "Qwen/Qwen2.5-72B-Instruct | qwen",
            "Qwen/Qwen3-235B-A22B | qwen",
            "Qwen/QwQ-32B | qwen",
            "moonshotai/Kimi-K2-Instruct | kimi",
            "zai-org/GLM-4.5 | glm",
            "THUDM/glm-4-9b-chat | glm",
            "MiniMaxAI/MiniMax-M1-80k | minimax",
            "baidu/ERNIE-4.5-300B-A47B-PT | ernie",
            "meta-llama/Llama-3.1-8B-Instruct | llama",
            "meta-llama/Meta-Llama-3-70B | llama",
            "mistralai/Mistral-7B-Instruct-v0.3 | mistral",
            "mistralai/Mixtral-8x7B-Instruct-v0.1 | mistral",
            "google/gemma-2-9b-it | gemma",
            "microsoft/Phi-3-mini-4k-instruct | phi",
            "microsoft/phi-4 | phi",
            "openai/gpt-oss-120b | gpt-oss",
            "xai-org/grok-1 | grok",
            // API model names
            "deepseek-chat | deepseek-v3",
            "deepseek-reasoner | deepseek-r1",
            "gpt-4o | gpt-4o",
            "gpt-4o-2024-08-06 | gpt-4o",
            "gpt-4o-mini | gpt-4o",
            "chatgpt-4o-latest | gpt-4o",
            "gpt-4.1-mini | gpt-4-1",
            "gpt-5 | gpt-5",
            "gpt-5-mini-2025-08-07 | gpt-5",
            "gpt-3.5-turbo | gpt",
            "gpt-4-turbo | gpt",
            "o1-preview | openai-o-series",
            "o3-mini | openai-o-series",
            "o4-mini-2025-04-16 | openai-o-series",
            "claude-3-5-sonnet-20241022 | claude",
            "claude-sonnet-4-5 | claude",
            "gemini-2.5-pro | gemini",
            "models/gemini-1.5-flash-001 | gemini",
            "grok-4 | grok",
            "grok-beta | grok",
            "qwen-max | qwen",
            "kimi-k2-0905-preview | kimi",
            "moonshot-v1-8k | kimi",
            "glm-4-plus | glm",
            "abab6.5s-chat | minimax",
            "ernie-4.0-8k | ernie",
            "doubao-seed-1.6 | doubao",
            "doubao-1.5-pro-32k | doubao",
            "mistral-large-latest | mistral",
            "codestral-2501 | mistral",
            // cloud model ids
            "deepseek.r1-v1:0 | deepseek-r1",
            "us.deepseek.r1-v1:0 | deepseek-r1",
            "deepseek.v3-v1:0 | deepseek-v3",
            "anthropic.claude-3-5-sonnet-20240620-v1:0 | claude",
            "us.anthropic.claude-sonnet-4-20250514-v1:0 | claude",
            "meta.llama3-1-70b-instruct-v1:0 | llama",
            "mistral.mistral-large-2402-v1:0 | mistral",
            "qwen.qwen3-32b-v1:0 | qwen",
            "openai.gpt-oss-120b-1:0 | gpt-oss",
            "DeepSeek-R1 | deepseek-r1",
            "Llama-3.3-70B-Instruct | llama",
            "Phi-4-mini-instruct | phi",
            "claude-3-5-sonnet@20240620 | claude",
            "publishers/google/models/gemini-2.0-flash-001 | gemini",
            "deepseek-r1-0528-maas | deepseek-r1",
            // aggregators
            "deepseek/deepseek-r1 | deepseek-r1",
            "deepseek/deepseek-chat-v3-0324 | deepseek-v3",
            "x-ai/grok-3 | grok",
            "google/gemini-2.5-flash | gemini",
            "openai/gpt-4o | gpt-4o",
            // Ollama and llama.cpp
            "deepseek-r1:7b | deepseek-r1-distill",
            "deepseek-r1:70b | deepseek-r1-distill",
            "deepseek-r1:671b | deepseek-r1",
            "deepseek-r1 | deepseek-r1",
            "deepseek-v3:671b | deepseek-v3",
            "qwen2.5:14b | qwen",
            "llama3.1:8b-instruct-q4_K_M | llama",
            "gemma3:27b | gemma",
            "phi4:14b | phi",
            "mistral:7b | mistral",
            "hf.co/bartowski/DeepSeek-R1-Distill-Qwen-7B-GGUF:Q4_K_M | deepseek-r1-distill",
            "DeepSeek-R1-Distill-Llama-8B-Q4_K_M.gguf | deepseek-r1-distill",
            "deepseek_r1_distill_qwen_32b | deepseek-r1-distill",
            "DEEPSEEK R1 | deepseek-r1",
            "ＤｅｅｐＳｅｅｋ-Ｒ１ | deepseek-r1",
            "deepseek-r1 (open weights) | deepseek-r1",
            "深度求索 | deepseek-other"})
    void modelIdentifiersResolveToTheirFamily(String identifier, String family) {
        assertThat(models.resolve(identifier)).as(identifier).get()
                .extracting(match -> match.family().id()).isEqualTo(family);
    }

    @ParameterizedTest(name = "vendor {0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "DeepSeek | deepseek",
            "deepseek | deepseek",
            "deepseek-ai | deepseek",
            "Deep Seek | deepseek",
            "Deep-Seek | deepseek",
            "Deep-Seek AI | deepseek",
            "  DEEPSEEK  | deepseek",
            "DeepSeek, Inc. | deepseek",
            "DeepSeek Co., Ltd. | deepseek",
            "Hangzhou DeepSeek Artificial Intelligence Basic Technology Research Co., Ltd. | deepseek",
            "hangzhou  deepseek artificial intelligence | deepseek",
            "深度求索 | deepseek",
            "ＤｅｅｐＳｅｅｋ | deepseek",
            "deepseek-ai/DeepSeek-R1 | deepseek",
            "OpenAI | openai",
            "OpenAI, L.L.C. | openai",
            "Open AI | openai",
            "OpenAI Ireland Ltd | openai",
            "meta-llama | meta",
            "Meta Platforms, Inc. | meta",
            "mistralai | mistral",
            "Mistral AI SAS | mistral",
            "Mistral AI S.A.S. | mistral",
            "Qwen | alibaba",
            "Alibaba Cloud | alibaba",
            "moonshotai | moonshot",
            "月之暗面 | moonshot",
            "zai-org | zhipu",
            "Z.ai | zhipu",
            "THUDM | zhipu",
            "MiniMaxAI | minimax",
            "Baidu, Inc. | baidu",
            "字节跳动 | bytedance",
            "X.AI Corp. | xai",
            "xai-org | xai",
            "Google LLC | google",
            "Google Cloud Vertex AI | google",
            "Azure AI Foundry | microsoft",
            "Microsoft Corporation | microsoft",
            "Amazon Bedrock | amazon",
            "AWS | amazon",
            "Amazon Web Services, Inc. | amazon",
            "OpenRouter | openrouter",
            "Together AI | together",
            "together.ai | together",
            "Hugging Face | huggingface",
            "Anthropic PBC | anthropic"})
    void vendorNamesResolveToTheirIdentity(String name, String id) {
        assertThat(vendors.resolve(name)).as(name).get().extracting(Vendor::id).isEqualTo(id);
    }

    @ParameterizedTest(name = "{0} resembles {1}")
    @CsvSource(delimiter = '|', value = {
            "DeepSeak | DeepSeek",
            "Deepseeek | DeepSeek",
            "DeepSeek Cloud | DeepSeek",
            "Open A.I. Labs | OpenAI",
            "Antropic | Anthropic"})
    void namesCloseToAKnownVendorAreNotItButResembleIt(String name, String nearest) {
        assertThat(vendors.resolve(name)).as(name).isEmpty();
        assertThat(vendors.resembling(name)).extracting(Vendor::name).contains(nearest);
    }

    @ParameterizedTest(name = "model {0} resembles {1}")
    @CsvSource(delimiter = '|', value = {
            "deepsek-r1 | DeepSeek-R1",
            "depseek-r1:7b | DeepSeek-R1",
            "DeepSeak-V3 | DeepSeek-V3 (V3, V3.1, V3.2)"})
    void modelNamesCloseToAKnownFamilyResembleIt(String name, String nearest) {
        assertThat(models.resolve(name)).as(name).isEmpty();
        assertThat(models.resembling(name)).extracting(ModelFamily::name).contains(nearest);
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme-llm-2", "in-house-summarizer", "bert-base-uncased", "whisper-large-v3"})
    void unrelatedModelsResolveToNothing(String name) {
        assertThat(models.resolve(name)).as(name).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Acme Labs", "Cohere", "Stability AI"})
    void unknownVendorsResolveToNothing(String name) {
        assertThat(vendors.resolve(name)).as(name).isEmpty();
    }

    @Test
    void corporateSuffixesAreDroppedOnlyAtTheEnd() {
        assertThat(Names.key("Company Limited")).isEqualTo("company");
        assertThat(Names.key("Co., Ltd. Holdings Group")).isEqualTo("co");
        assertThat(Names.key("  ")).isNull();
        assertThat(Names.key("Société Générale S.A.")).isEqualTo("societegenerale");
    }

    @Test
    void noIdentifierOfTheCatalogNamesTwoFamilies() {
        try (InputStream in = NameMatchingTest.class.getResourceAsStream("/rulepacks/world-ai-restrictions.yaml")) {
            YAMLMapper yaml = new YAMLMapper();
            yaml.findAndRegisterModules();
            RulePack pack = yaml.readValue(in, RulePack.class);
            for (ModelFamily family : pack.models()) {
                ModelNames others = ModelNames.of(pack.models().stream().filter(f -> !f.id().equals(family.id())).toList());
                ModelNames.namesOf(family).forEach(identifier -> assertThat(others.owner(identifier))
                        .as("%s of %s", identifier, family.id()).isEmpty());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
