package org.epma.web.api;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Query and path parameters typed as a closed vocabulary ({@code ?status=parked}) read as {@link EnumCode} reads a
 * body field; a blank value is no filter. JAX-RS wraps a converter's exception in a 404 (a query parameter) whose
 * cause is the refusal: {@code RequestProblemMappers.Http} answers it as the same 400 problem a body field gets.
 */
@Provider
public class EnumCodeParameters implements ParamConverterProvider {

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (!rawType.isEnum()) {
            return null;
        }
        return converter(rawType.asSubclass(Enum.class), rawType, nameOf(annotations));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> ParamConverter<T> converter(Class<? extends Enum> type, Class<T> rawType, String field) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                return rawType.cast(EnumCode.of((Class) type, value, field));
            }

            @Override
            public String toString(T value) {
                return ((Enum<?>) value).name();
            }
        };
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
        }
        return "parameter";
    }
}
