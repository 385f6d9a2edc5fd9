package org.duban.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.jackson.JacksonComponent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Every request parameter (query, form, multipart text field) and every JSON string reaches the application without
 * C0 control characters ({@link TextInput#clean}): a NUL in a report typed on a broken keyboard or pasted from a
 * damaged file was a 500 on PostgreSQL. First of all filters, so the login form and Spring Security see it clean too.
 */
@Configuration
class ControlCharacters extends OncePerRequestFilter {

    private static final int ORDER = -120;

    @Bean
    FilterRegistrationBean<ControlCharacters> controlCharactersRegistration() {
        FilterRegistrationBean<ControlCharacters> registration = new FilterRegistrationBean<>(this);
        registration.setOrder(ORDER);
        return registration;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new Cleaned(request), response);
    }

    private static final class Cleaned extends HttpServletRequestWrapper {

        private Map<String, String[]> parameters;

        Cleaned(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (parameters == null) {
                Map<String, String[]> cleaned = new LinkedHashMap<>();
                super.getParameterMap().forEach((name, values) -> cleaned.put(TextInput.clean(name),
                        Arrays.stream(values).map(TextInput::clean).toArray(String[]::new)));
                parameters = Collections.unmodifiableMap(cleaned);
            }
            return parameters;
        }
    }

    /** JSON strings, in request bodies such as a plan draft sent to the API, cleaned the same way. */
    @JacksonComponent
    static class JsonStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            return TextInput.clean(super.deserialize(p, ctxt));
        }
    }
}
