package al.tirana.sporteli.web.open311;

import al.tirana.sporteli.platform.control.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes GeoReport answers as JSON or XML from one shape: a list of records, each an ordered map whose
 * values are text, numbers, booleans, nested records or lists of them. Null values are left out.
 */
public enum Open311Format {
    JSON(MediaType.APPLICATION_JSON_TYPE),
    XML(MediaType.TEXT_XML_TYPE);

    private final MediaType type;

    Open311Format(MediaType type) {
        this.type = type;
    }

    public static Open311Format of(String extension) {
        return "xml".equals(extension) ? XML : JSON;
    }

    public Response list(Response.Status status, String root, String item, List<Map<String, Object>> records) {
        return Response.status(status).type(type.withCharset("UTF-8")).entity(write(root, item, records)).build();
    }

    public Response single(String root, Map<String, Object> record) {
        return Response.ok(this == JSON ? json(record).build().toString() : xml(root, null, List.of(record)))
                .type(type.withCharset("UTF-8")).build();
    }

    public Response error(int code, String description) {
        // the spec's order: code, then description
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("description", description);
        return list(Response.Status.fromStatusCode(code), "errors", "error", List.of(error));
    }

    String write(String root, String item, List<Map<String, Object>> records) {
        if (this == JSON) {
            JsonArrayBuilder array = Jsons.createArrayBuilder();
            records.forEach(r -> array.add(json(r)));
            return array.build().toString();
        }
        return xml(root, item, records);
    }

    @SuppressWarnings("unchecked")
    private static JsonObjectBuilder json(Map<String, Object> record) {
        JsonObjectBuilder object = Jsons.createObjectBuilder();
        record.forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested) {
                object.add(key, json((Map<String, Object>) nested));
            } else if (value instanceof List<?> list) {
                JsonArrayBuilder array = Jsons.createArrayBuilder();
                for (Object element : list) {
                    if (element instanceof Map<?, ?> m) {
                        array.add(json((Map<String, Object>) m));
                    } else {
                        array.add(String.valueOf(element));
                    }
                }
                object.add(key, array);
            } else if (value instanceof Boolean b) {
                object.add(key, b);
            } else if (value instanceof Integer i) {
                object.add(key, i);
            } else if (value instanceof Long l) {
                object.add(key, l);
            } else if (value instanceof Double d) {
                object.add(key, d);
            } else if (value != null) {
                object.add(key, value.toString());
            }
        });
        return object;
    }

    /** With item null, the single record's fields go straight under the root. */
    private static String xml(String root, String item, List<Map<String, Object>> records) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(root);
            for (Map<String, Object> record : records) {
                if (item != null) {
                    xml.writeStartElement(item);
                }
                fields(xml, record);
                if (item != null) {
                    xml.writeEndElement();
                }
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write XML", e);
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static void fields(XMLStreamWriter xml, Map<String, Object> record) throws XMLStreamException {
        for (Map.Entry<String, Object> field : record.entrySet()) {
            Object value = field.getValue();
            if (value == null) {
                continue;
            }
            xml.writeStartElement(field.getKey());
            if (value instanceof Map<?, ?> nested) {
                fields(xml, (Map<String, Object>) nested);
            } else if (value instanceof List<?> list) {
                String singular = field.getKey().endsWith("s") ? field.getKey().substring(0, field.getKey().length() - 1) : "item";
                for (Object element : list) {
                    xml.writeStartElement(singular);
                    if (element instanceof Map<?, ?> m) {
                        fields(xml, (Map<String, Object>) m);
                    } else {
                        xml.writeCharacters(String.valueOf(element));
                    }
                    xml.writeEndElement();
                }
            } else {
                xml.writeCharacters(value.toString());
            }
            xml.writeEndElement();
        }
    }
}
