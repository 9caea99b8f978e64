package dev.tidings.query.article;

import io.vertx.core.json.Json;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicBinder;
import org.hibernate.type.descriptor.jdbc.BasicExtractor;
import org.hibernate.type.descriptor.jdbc.JsonJdbcType;

/**
 * A {@code jsonb} column read and written through the reactive PostgreSQL client, whatever JSON
 * value it holds. Hibernate Reactive's own JSON type casts every value to a Vert.x {@code
 * JsonObject}, so it cannot read a column that holds an array, such as the entity list. Values
 * go through the JSON format mapper (Jackson) as usual.
 */
public class JsonbJdbcType extends JsonJdbcType {

    public JsonbJdbcType() {
        super(null);
    }

    @Override
    public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
        return new BasicBinder<>(javaType, this) {
            @Override
            protected void doBind(PreparedStatement st, X value, int index, WrapperOptions options)
                    throws SQLException {
                st.setObject(index, toVertxJson(value, javaType, options));
            }

            @Override
            protected void doBind(CallableStatement st, X value, String name, WrapperOptions options)
                    throws SQLException {
                st.setObject(name, toVertxJson(value, javaType, options));
            }
        };
    }

    @Override
    public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
        return new BasicExtractor<>(javaType, this) {
            @Override
            protected X doExtract(ResultSet rs, int paramIndex, WrapperOptions options) throws SQLException {
                return fromVertxJson(rs.getObject(paramIndex), getJavaType(), options);
            }

            @Override
            protected X doExtract(CallableStatement statement, int index, WrapperOptions options) throws SQLException {
                return fromVertxJson(statement.getObject(index), getJavaType(), options);
            }

            @Override
            protected X doExtract(CallableStatement statement, String name, WrapperOptions options)
                    throws SQLException {
                return fromVertxJson(statement.getObject(name), getJavaType(), options);
            }
        };
    }

    private <X> Object toVertxJson(X value, JavaType<X> javaType, WrapperOptions options) {
        // The reactive client encodes JsonObject, JsonArray and scalars as jsonb; a plain String
        // would be stored as a JSON string, so decode the mapper's text first.
        return Json.decodeValue(toString(value, javaType, options));
    }

    private <X> X fromVertxJson(Object value, JavaType<X> javaType, WrapperOptions options) throws SQLException {
        if (value == null) {
            return null;
        }
        // The reactive client hands jsonb over decoded: JsonObject, JsonArray, String, Number or Boolean.
        return fromString(Json.encode(value), javaType, options);
    }
}
