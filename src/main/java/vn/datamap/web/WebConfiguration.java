package vn.datamap.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Pages are in Vietnamese unless the reader switches to English ({@code ?lang=en}, kept in a cookie). */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("datamap-lang");
        resolver.setDefaultLocale(VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    /** Rendered resource representations: at most 64 MiB, or a sixteenth of the heap when that is less. */
    @Bean
    RepresentationCache representationCache() {
        return new RepresentationCache(Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 16));
    }

    /**
     * No rewriting of the links a page writes. The WebJars locator switches Spring's resource
     * chain on, and with it Boot would wrap every request in a {@link ResourceUrlEncodingFilter}
     * that looks each link of a template up among the static resources (a classpath lookup per
     * link, a third of the time a database's page takes to render). The pages link to routes and
     * to versionless WebJars paths, which the resource handler resolves without rewriting. A
     * disabled registration of the filter keeps Boot from registering its own.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> off = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        off.setEnabled(false);
        return off;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
