package policysearch.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import policysearch.json.Json;
import policysearch.search.DocumentDetail;
import policysearch.search.DocumentSummary;
import policysearch.search.FacetDim;
import policysearch.search.Hit;
import policysearch.search.Related;
import policysearch.search.SearchResult;
import policysearch.lineage.Timeline;
import policysearch.search.Understood;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * The API's ObjectMapper: the project's shared settings ({@link Json}) plus what only HTTP needs —
 * {@code < > &} escaped so JSON stays inert if a browser sniffs it as HTML, no {@code notice} when there is none,
 * and a document served flat ({@code {id, source, title, …, sections, tasks}}), the shape {@code parse} prints.
 */
public final class JsonMapping {
    private JsonMapping() {
    }

    /** A mapper configured for the API; model classes stay free of Jackson annotations. */
    public static ObjectMapper mapper() {
        ObjectMapper mapper = Json.mapper().addMixIn(SearchResult.class, SearchResultMixin.class)
                .addMixIn(Related.class, RelatedMixin.class).addMixIn(Understood.class, UnderstoodMixin.class)
                .addMixIn(DocumentDetail.class, DocumentDetailMixin.class)
                .addMixIn(Timeline.Step.class, StepMixin.class);
        mapper.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
        return mapper;
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
