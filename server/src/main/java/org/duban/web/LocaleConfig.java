package org.duban.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Chinese first: the UI is zh-CN unless the user picks English (?lang=en), which a cookie remembers. */
@Configuration
class LocaleConfig implements WebMvcConfigurer {

    /** The cookie that remembers the language a user picked. */
    static final String COOKIE = "duban-lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageChoice());
    }

    /**
     * {@code ?lang=en} or {@code ?lang=zh}; anything else (a typo, a probe, a malformed locale) is ignored and the
     * page served as it would have been. It used to be a 500 with a stack trace in the log on every such request.
     */
    static final class LanguageChoice extends LocaleChangeInterceptor {

        LanguageChoice() {
            setParamName("lang");
            setIgnoreInvalidLocale(true);
        }

        @Override
        protected Locale parseLocaleValue(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            if (v.equals("en") || v.startsWith("en-")) {
                return Locale.ENGLISH;
            }
            if (v.equals("zh") || v.startsWith("zh-")) {
                return Locale.SIMPLIFIED_CHINESE;
            }
            throw new IllegalArgumentException("not a language of ours");
        }
    }
}
