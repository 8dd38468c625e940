package io.launchcheck.cli;

import java.io.StringWriter;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import io.launchcheck.api.Finding;
import io.launchcheck.api.JurisdictionResult;

/**
 * JUnit XML, for CI test reports: a test suite per profile, a test case per target jurisdiction, failing when the
 * target's verdict is at or above {@code --fail-on} (NON_COMPLIANT always; NEEDS_REVIEW with
 * {@code --fail-on NEEDS_REVIEW}).
 */
final class JunitFormat {

    private JunitFormat() {
    }

    static String render(Output.Run run) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "launchcheck");
            int tests = 0;
            int failures = 0;
            for (Report report : run.reports()) {
                tests += report.results().size();
                failures += (int) report.results().stream().filter(r -> Report.fails(r.verdict(), run.failOn())).count();
            }
            xml.writeAttribute("tests", Integer.toString(tests));
            xml.writeAttribute("failures", Integer.toString(failures));
            xml.writeAttribute("errors", "0");
            xml.writeCharacters("\n");
            for (Report report : run.reports()) {
                suite(xml, run, report);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    private static void suite(XMLStreamWriter xml, Output.Run run, Report report) throws XMLStreamException {
        String suite = report.profile().uri();
        long failures = report.results().stream().filter(r -> Report.fails(r.verdict(), run.failOn())).count();
        xml.writeCharacters("  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", suite);
        xml.writeAttribute("tests", Integer.toString(report.results().size()));
        xml.writeAttribute("failures", Long.toString(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        xml.writeCharacters("\n    ");
        xml.writeStartElement("properties");
        property(xml, "app", report.app() == null ? "" : report.app());
        property(xml, "rulesetVersion", Long.toString(report.rulesetVersion()));
        property(xml, "asOf", report.asOf().toString());
        property(xml, "overall", report.overall().name());
        property(xml, "mode", run.mode());
        xml.writeEndElement();
        for (JurisdictionResult result : report.results()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("name", result.jurisdiction());
            xml.writeAttribute("classname", suite);
            xml.writeAttribute("time", "0");
            if (Report.fails(result.verdict(), run.failOn())) {
                xml.writeCharacters("\n      ");
                xml.writeStartElement("failure");
                xml.writeAttribute("type", result.verdict().name());
                xml.writeAttribute("message", result.jurisdiction() + " is " + result.verdict() + ": "
                        + result.findings().stream().map(Finding::ruleId).collect(Collectors.joining(", ")));
                xml.writeCharacters(details(result));
                xml.writeEndElement();
                xml.writeCharacters("\n    ");
            } else if (!result.findings().isEmpty()) {
                xml.writeCharacters("\n      ");
                xml.writeStartElement("system-out");
                xml.writeCharacters(details(result));
                xml.writeEndElement();
                xml.writeCharacters("\n    ");
            }
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", value);
    }

    private static String details(JurisdictionResult result) {
        return result.findings().stream().map(f -> f.ruleId() + " (" + f.severity() + "): " + f.message()
                + (f.legalBasis() == null ? "" : "\n  legal basis: " + f.legalBasis())
                + (f.sourceUrl() == null ? "" : "\n  source: " + f.sourceUrl())
                + (f.remediation() == null ? "" : "\n  what to change: " + f.remediation()))
                .collect(Collectors.joining("\n"));
    }
}
