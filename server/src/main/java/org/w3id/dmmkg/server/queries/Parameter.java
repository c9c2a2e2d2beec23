package org.w3id.dmmkg.server.queries;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;

/**
 * A parameter of a saved query, declared grlc-style by a variable in the query text:
 * {@code ?_mission_iri} (required, an IRI), {@code ?__year_integer} (optional, an integer),
 * {@code ?_q} (required, a string), {@code ?_name_en} (a string tagged {@code @en}).
 *
 * @param name     the name users give it ({@code mission})
 * @param variable the query variable without {@code ?} ({@code _mission_iri})
 * @param type     how a value is read
 * @param language the language tag of a {@link Type#LANG_STRING}, or null
 * @param required whether the query needs it
 */
public record Parameter(String name, String variable, Type type, String language, boolean required) {
    private static final String ID = org.w3id.dmmkg.loader.vocab.DMM.ID;
    private static final Pattern SHORT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}");

    /** The value types a parameter can take. */
    public enum Type {
        IRI, STRING, LANG_STRING, INTEGER, DECIMAL, DATE, BOOLEAN
    }

    /**
     * The RDF term for a value given as text. An IRI parameter takes an absolute http(s) IRI or
     * a short name, read as the graph's resource of the parameter's kind
     * ({@code mission=kfor} → {@code https://w3id.org/dmm-kg/id/mission/kfor}).
     *
     * @throws IllegalArgumentException when the value is not of the parameter's type
     */
    public Node toNode(String value) {
        try {
            return switch (type) {
                case IRI -> iri(value);
                case STRING -> NodeFactory.createLiteralString(value);
                case LANG_STRING -> NodeFactory.createLiteralLang(value, language);
                case INTEGER -> NodeFactory.createLiteralDT(new BigInteger(value.strip()).toString(), XSDDatatype.XSDinteger);
                case DECIMAL -> NodeFactory.createLiteralDT(new BigDecimal(value.strip()).toPlainString(), XSDDatatype.XSDdecimal);
                case DATE -> NodeFactory.createLiteralDT(LocalDate.parse(value.strip()).toString(), XSDDatatype.XSDdate);
                case BOOLEAN -> NodeFactory.createLiteralDT(bool(value), XSDDatatype.XSDboolean);
            };
        } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("parameter " + name + ": '" + value + "' is not "
                    + type.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
    }

    private Node iri(String value) {
        String v = value.strip();
        if (v.startsWith("http://") || v.startsWith("https://")) {
            try {
                IRIs.checkEx(v);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("parameter " + name + ": '" + value + "' is not a valid IRI");
            }
            return NodeFactory.createURI(v);
        }
        if (!SHORT_NAME.matcher(v).matches()) {
            throw new IllegalArgumentException("parameter " + name + ": '" + value
                    + "' is neither an http(s) IRI nor a short name of letters, digits, '.', '_' and '-'");
        }
        return NodeFactory.createURI(ID + name + "/" + v);
    }

    private String bool(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException("parameter " + name + ": '" + value + "' is not true or false");
        }
        return v;
    }
}
