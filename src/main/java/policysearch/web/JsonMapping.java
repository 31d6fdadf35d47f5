package policysearch.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonAppend;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.ser.VirtualBeanPropertyWriter;
import com.fasterxml.jackson.databind.util.Annotations;
import policysearch.json.Json;
import policysearch.search.DocumentDetail;
import policysearch.search.DocumentSummary;
import policysearch.search.FacetDim;
import policysearch.search.Hit;
import policysearch.search.Related;
import policysearch.search.SearchResult;
import policysearch.search.Suggestion;
import policysearch.search.Understood;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * The API's ObjectMapper: the project's shared settings ({@link Json}) plus what only HTTP needs —
 * {@code < > &} escaped so JSON stays inert if a browser sniffs it as HTML, no {@code notice} when there is none,
 * a document served flat ({@code {id, source, title, …, sections, tasks}}), the shape {@code parse} prints, and
 * every task carrying its {@code citation} on the site's base URL.
 */
public final class JsonMapping {
    private JsonMapping() {
    }

    /** A mapper configured for the API, task citations linking to {@code base}; model classes stay annotation-free. */
    public static ObjectMapper mapper(BaseUrl base) {
        ObjectMapper mapper = Json.mapper().addMixIn(SearchResult.class, SearchResultMixin.class)
                .addMixIn(Related.class, RelatedMixin.class).addMixIn(Understood.class, UnderstoodMixin.class)
                .addMixIn(DocumentDetail.class, DocumentDetailMixin.class).addMixIn(Hit.class, HitMixin.class)
                .addMixIn(Suggestion.class, SuggestionMixin.class);
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

    /** {@code notice} appears only when the query degraded. */
    private abstract static class SearchResultMixin {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String notice();
    }

    /** A related task is a hit with its similarity beside the hit's fields. */
    private abstract static class RelatedMixin {
        @JsonUnwrapped
        abstract Hit hit();
    }

    /** An understood filter names its dimension by its JSON key (year, department, document …). */
    private abstract static class UnderstoodMixin {
        @JsonSerialize(using = DimKey.class)
        abstract FacetDim dim();
    }

    /** Writes a facet dimension as its JSON key. */
    private static final class DimKey extends com.fasterxml.jackson.databind.JsonSerializer<FacetDim> {
        @Override
        public void serialize(FacetDim value, com.fasterxml.jackson.core.JsonGenerator gen,
                              com.fasterxml.jackson.databind.SerializerProvider serializers) throws java.io.IOException {
            gen.writeString(value.key());
        }
    }

    /** The document's metadata sits beside its tasks, not under a {@code summary} key. */
    private abstract static class DocumentDetailMixin {
        @JsonUnwrapped
        abstract DocumentSummary summary();
    }
}
