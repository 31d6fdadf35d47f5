package policysearch.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonAppend;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.VirtualBeanPropertyWriter;
import com.fasterxml.jackson.databind.util.Annotations;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import policysearch.json.Json;
import policysearch.search.DocumentDetail;
import policysearch.search.DocumentSummary;
import policysearch.search.FacetDim;
import policysearch.search.FacetValue;
import policysearch.search.Hit;
import policysearch.search.NearestView;
import policysearch.search.Related;
import policysearch.search.SearchResult;
import policysearch.lineage.Timeline;
import policysearch.search.Suggestion;
import policysearch.search.Understood;

/**
 * The API's ObjectMapper: the project's shared settings ({@link Json}) plus what only HTTP needs —
 * {@code < > &} escaped so JSON stays inert if a browser sniffs it as HTML, no {@code notice} when there is none,
 * a year always a number (a year facet's values and a year read from the query, as {@code document.year} is),
 * a document served flat ({@code {id, source, title, …, sections, tasks}}), the shape {@code parse} prints, and
 * every task carrying its {@code citation} on the site's base URL.
 */
public final class JsonMapping {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private JsonMapping() {
    }

    /** A mapper configured for the API, task citations linking to {@code base}; model classes stay annotation-free. */
    public static ObjectMapper mapper(BaseUrl base) {
        ObjectMapper mapper = Json.mapper().addMixIn(SearchResult.class, SearchResultMixin.class)
                .addMixIn(Related.class, RelatedMixin.class).addMixIn(DocumentDetail.class, DocumentDetailMixin.class)
                .addMixIn(NearestView.class, NearestViewMixin.class)
                .addMixIn(Timeline.Step.class, StepMixin.class)
                .addMixIn(Hit.class, HitMixin.class).addMixIn(Suggestion.class, SuggestionMixin.class)
                .registerModule(new SimpleModule("readings").addSerializer(Understood.class, new UnderstoodJson()));
        mapper.setConfig(mapper.getSerializationConfig().withAttribute(BaseUrl.class, base));
        mapper.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
        return mapper;
    }

    /** Only a department's suggestion has a {@code url} (its filter); the others are searched as text. */
    private abstract static class SuggestionMixin {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String url();
    }

    /** A task hit carries the citation users copy from its page. */
    @JsonAppend(props = @JsonAppend.Prop(value = CitationProperty.class, name = "citation",
            include = JsonInclude.Include.NON_NULL))
    private abstract static class HitMixin {
    }

    /** Writes a hit's {@link Citation} on the base URL the mapper was made with. */
    static final class CitationProperty extends VirtualBeanPropertyWriter {
        CitationProperty() {
        }

        private CitationProperty(BeanPropertyDefinition property, Annotations annotations, JavaType type) {
            super(property, annotations, type);
        }

        @Override
        protected Object value(Object bean, JsonGenerator gen, SerializerProvider provider) {
            Object base = provider.getAttribute(BaseUrl.class);
            return base instanceof BaseUrl b && bean instanceof Hit hit ? Citation.of(hit, b) : null;
        }

        @Override
        public VirtualBeanPropertyWriter withConfig(MapperConfig<?> config, AnnotatedClass declaringClass,
                                                    BeanPropertyDefinition property, JavaType type) {
            return new CitationProperty(property, declaringClass.getAnnotations(), type);
        }
    }

    /** Escapes {@code < > &} as JSON unicode escapes. */
    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private final int[] escapes;

        HtmlSafeEscapes() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }

    /** {@code notice} appears only when there is something to say, {@code nearest} only when filters left nothing. */
    private abstract static class SearchResultMixin {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String notice();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract NearestView nearest();

        @JsonSerialize(contentUsing = FacetValuesJson.class)
        abstract Map<String, List<FacetValue>> facets();
    }

    /** A year as a JSON number (2021), any other facet value as a string. */
    static void writeValue(FacetDim dim, String value, JsonGenerator gen) throws IOException {
        if (dim == FacetDim.YEAR && value != null && YEAR.matcher(value).matches()) {
            gen.writeNumber(Integer.parseInt(value));
        } else {
            gen.writeString(value);
        }
    }

    /** One facet's values, {@code {value, count}} each; the facet is known by its values' key in the map. */
    private static final class FacetValuesJson extends JsonSerializer<List<FacetValue>> {
        @Override
        public void serialize(List<FacetValue> values, JsonGenerator gen, SerializerProvider serializers)
                throws IOException {
            String key = gen.getOutputContext().getCurrentName();
            FacetDim dim = FacetDim.YEAR.key().equals(key) ? FacetDim.YEAR : null;
            gen.writeStartArray();
            for (FacetValue v : values) {
                gen.writeStartObject();
                gen.writeFieldName("value");
                writeValue(dim, v.value(), gen);
                gen.writeNumberField("count", v.count());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
    }

    /** A nearest view's filters, keyed by URL parameter (dept, role, year …) as a link to it would carry them. */
    private abstract static class NearestViewMixin {
        @JsonSerialize(using = FiltersJson.class)
        abstract Map<FacetDim, List<String>> filters();
    }

    /** Filters as {@code {param: [values]}}, a year as a number. */
    private static final class FiltersJson extends JsonSerializer<Map<FacetDim, List<String>>> {
        @Override
        public void serialize(Map<FacetDim, List<String>> filters, JsonGenerator gen, SerializerProvider serializers)
                throws IOException {
            gen.writeStartObject();
            for (Map.Entry<FacetDim, List<String>> e : filters.entrySet()) {
                gen.writeArrayFieldStart(e.getKey().param());
                for (String v : e.getValue()) {
                    writeValue(e.getKey(), v, gen);
                }
                gen.writeEndArray();
            }
            gen.writeEndObject();
        }
    }

    /** A reading of the query: its dimension by JSON key, a year's value as a number. */
    private static final class UnderstoodJson extends JsonSerializer<Understood> {
        @Override
        public void serialize(Understood u, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("dim", u.dim() == null ? null : u.dim().key());
            gen.writeFieldName("value");
            writeValue(u.dim(), u.value(), gen);
            gen.writeStringField("label", u.label());
            gen.writeStringField("surface", u.surface());
            gen.writeStringField("literalQuery", u.literalQuery());
            gen.writeEndObject();
        }
    }

    /** A related task is a hit with its similarity beside the hit's fields. */
    private abstract static class RelatedMixin {
        @JsonUnwrapped
        abstract Hit hit();
    }

    /** A timeline step names the previous period's task by id; the task itself is listed in its own period. */
    private abstract static class StepMixin {
        @JsonSerialize(using = HitId.class)
        abstract Hit previous();
    }

    /** Writes a hit as its id. */
    private static final class HitId extends com.fasterxml.jackson.databind.JsonSerializer<Hit> {
        @Override
        public void serialize(Hit value, com.fasterxml.jackson.core.JsonGenerator gen,
                              com.fasterxml.jackson.databind.SerializerProvider serializers) throws java.io.IOException {
            gen.writeString(value.id());
        }
    }

    /** The document's metadata sits beside its tasks, not under a {@code summary} key. */
    private abstract static class DocumentDetailMixin {
        @JsonUnwrapped
        abstract DocumentSummary summary();
    }
}
