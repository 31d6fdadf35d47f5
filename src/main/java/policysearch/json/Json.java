package policysearch.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import policysearch.model.Role;

/** The one JSON configuration shared by the command line and the web API: ISO dates, roles as lead/responsible/support. */
public final class Json {
    private Json() {
    }

    /** A new mapper with the project's settings. */
    public static ObjectMapper mapper() {
        SimpleModule roles = new SimpleModule("roles");
        roles.addSerializer(Role.class, new StdSerializer<>(Role.class) {
            @Override
            public void serialize(Role value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.id());
            }
        });
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(roles)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }
}
