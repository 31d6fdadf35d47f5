package policysearch.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import policysearch.model.Role;
import policysearch.search.SearchResult;

/** The one ObjectMapper of the JSON API: ISO dates, roles as lead/responsible/support, no notice when none. */
public final class JsonMapping {
    private JsonMapping() {
    }

    /** A mapper configured for the API; model classes stay free of Jackson annotations. */
    public static ObjectMapper mapper() {
        SimpleModule roles = new SimpleModule("roles");
        roles.addSerializer(Role.class, new RoleSerializer());
        ObjectMapper mapper = new ObjectMapper();
        mapper.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
        return mapper
                .registerModule(new JavaTimeModule())
                .registerModule(roles)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .addMixIn(SearchResult.class, SearchResultMixin.class);
    }

    /** Escapes {@code < > &} as JSON unicode escapes, so JSON stays inert even if a browser sniffs it as HTML. */
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

    /** Writes a role as its URL/JSON id. */
    private static final class RoleSerializer extends StdSerializer<Role> {
        RoleSerializer() {
            super(Role.class);
        }

        @Override
        public void serialize(Role role, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(role.id());
        }
    }

    /** {@code notice} appears only when the query degraded. */
    private abstract static class SearchResultMixin {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String notice();
    }
}
