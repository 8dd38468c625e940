package io.launchcheck.api;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * What an AI system is used for, in the categories the AI laws use: the EU AI Act's prohibited practices (Art. 5),
 * its high-risk uses (Annex III), its transparency cases (Art. 50) and general-purpose AI models (Chapter V), and the
 * uses Korea's AI Basic Act, Italy's Law 132/2025 and Colorado's AI Act name. A profile lists every one that fits;
 * the vocabulary grows with the rule pack (a new constant is a new category a rule can name).
 */
public enum UseCase {
    /** Talks with people (chatbot, voice or text assistant): EU AI Act Art. 50(1). */
    CONVERSATIONAL_ASSISTANT,
    /** Generates text, images, audio or video (generative AI): EU AI Act Art. 50(2); Korea's generative-AI labelling. */
    CONTENT_GENERATION,
    /** Generates or manipulates images, audio or video of real people, places or events (deepfakes): Art. 50(4). */
    DEEPFAKE,
    /** Generates intimate imagery of real people or sexual content of children ("nudifiers"). */
    INTIMATE_IMAGERY,
    /** Infers emotions from biometric data: Annex III point 1(c), Art. 50(3). */
    EMOTION_RECOGNITION,
    /** Infers the emotions of people at work or in education: prohibited by Art. 5(1)(f) (medical and safety uses excepted). */
    EMOTION_RECOGNITION_AT_WORK_OR_SCHOOL,
    /** Sorts people by biometric data: Annex III point 1(b), Art. 50(3). */
    BIOMETRIC_CATEGORISATION,
    /** Infers race, political opinions, union membership, beliefs, sex life or orientation from biometric data: Art. 5(1)(g). */
    SENSITIVE_BIOMETRIC_CATEGORISATION,
    /** Identifies people at a distance by their biometric data: Annex III point 1(a). */
    REMOTE_BIOMETRIC_IDENTIFICATION,
    /** Builds facial recognition databases by untargeted scraping of images: Art. 5(1)(e). */
    FACIAL_IMAGE_SCRAPING,
    /** Scores people by social behaviour or personal traits leading to detrimental treatment: Art. 5(1)(c). */
    SOCIAL_SCORING,
    /** Uses subliminal, manipulative or deceptive techniques, or exploits vulnerabilities, to distort behaviour: Art. 5(1)(a)-(b). */
    MANIPULATIVE_TECHNIQUES,
    /** Predicts a person's risk of committing a crime from profiling or personality traits alone: Art. 5(1)(d). */
    CRIME_RISK_PREDICTION,
    /** Safety component of critical digital infrastructure, road traffic or utilities: Annex III point 2. */
    CRITICAL_INFRASTRUCTURE,
    /** Admission, assessment, steering or proctoring in education and vocational training: Annex III point 3. */
    EDUCATION,
    /** Recruitment, screening of applications, evaluation of candidates or workers, promotion and termination: Annex III point 4. */
    EMPLOYMENT,
    /** Eligibility for public assistance benefits and services, or dispatch of emergency services: Annex III point 5(a), 5(d). */
    ESSENTIAL_SERVICES,
    /** Creditworthiness assessment or credit scoring of natural persons: Annex III point 5(b). */
    CREDIT_SCORING,
    /** Risk assessment and pricing of life and health insurance: Annex III point 5(c). */
    INSURANCE,
    /** Housing decisions (Colorado's consequential decisions). */
    HOUSING,
    /** Health-care decisions or medical advice (Colorado; Korea's high-impact AI). */
    MEDICAL,
    /** Legal services (Colorado's consequential decisions). */
    LEGAL_SERVICES,
    /** Used by or on behalf of law enforcement: Annex III point 6. */
    LAW_ENFORCEMENT,
    /** Migration, asylum and border control: Annex III point 7. */
    MIGRATION,
    /** Administration of justice and democratic processes: Annex III point 8. */
    JUSTICE,
    /** Open to children or aimed at them (Italy's Law 132/2025: under 14 only with parental consent). */
    MINORS_AS_USERS,
    /** Provides a general-purpose AI model (not only an app built on one): EU AI Act Chapter V. */
    GENERAL_PURPOSE_AI_MODEL;

    @JsonCreator
    public static UseCase of(String value) {
        return Codes.parse(UseCase.class, value);
    }
}
