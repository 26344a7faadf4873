package org.epma.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.epma.prescribing.sitedata.CsvTable;
import org.epma.prescribing.staff.LoginPolicy;

/**
 * What a site sets without rebuilding. Files are read from the folder named by epma.config.dir (the
 * launcher points it at the repository's config/), falling back to the copies built into the WAR.
 */
@ApplicationScoped
public class SiteConfig {

    private static final String BUILT_IN = "epma-config/";

    private final Optional<String> configDir;
    private final boolean training;
    private final int idleMinutes;
    private final int maxFailedLogins;
    private final int lockMinutes;
    private final int maxBodyBytes;
    private final Optional<String> bootstrapAdminUsername;
    private final Optional<String> bootstrapAdminPassword;

    /** The first administrator of a new live database, given once through the environment. */
    public record BootstrapAdministrator(String username, String password) {
    }

    @Inject
    public SiteConfig(@ConfigProperty(name = "epma.config.dir") Optional<String> configDir,
                      @ConfigProperty(name = "epma.training", defaultValue = "false") boolean training,
                      @ConfigProperty(name = "epma.session.idle-minutes", defaultValue = "15") int idleMinutes,
                      @ConfigProperty(name = "epma.login.max-failures", defaultValue = "5") int maxFailedLogins,
                      @ConfigProperty(name = "epma.login.lock-minutes", defaultValue = "15") int lockMinutes,
                      @ConfigProperty(name = "epma.api.max-body-bytes", defaultValue = "65536") int maxBodyBytes,
                      @ConfigProperty(name = "epma.bootstrap.admin.username") Optional<String> bootstrapAdminUsername,
                      @ConfigProperty(name = "epma.bootstrap.admin.password") Optional<String> bootstrapAdminPassword) {
        this.configDir = configDir.filter(dir -> !dir.isBlank());
        this.training = training;
        this.idleMinutes = idleMinutes;
        this.maxFailedLogins = maxFailedLogins;
        this.lockMinutes = lockMinutes;
        this.maxBodyBytes = maxBodyBytes;
        this.bootstrapAdminUsername = bootstrapAdminUsername;
        this.bootstrapAdminPassword = bootstrapAdminPassword;
    }

    protected SiteConfig() {
        this(Optional.empty(), false, 15, 5, 15, 65536, Optional.empty(), Optional.empty());
    }

    public Optional<BootstrapAdministrator> bootstrapAdministrator() {
        if (bootstrapAdminUsername.isEmpty() || bootstrapAdminPassword.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BootstrapAdministrator(bootstrapAdminUsername.get().strip(), bootstrapAdminPassword.get()));
    }

    /** Training mode: the embedded demo database, with a banner on every page and printout. */
    public boolean training() {
        return training;
    }

    public int idleTimeoutSeconds() {
        return idleMinutes * 60;
    }

    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    @Produces
    LoginPolicy loginPolicy() {
        return new LoginPolicy(maxFailedLogins, Duration.ofMinutes(lockMinutes));
    }

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The whole text of a config file (UTF-8). */
    public String text(String relativePath) {
        try (InputStream in = open(relativePath)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + describe(relativePath), e);
        }
    }

    public CsvTable table(String relativePath, String... requiredColumns) {
        try (InputStream in = open(relativePath)) {
            return CsvTable.read(describe(relativePath), new InputStreamReader(in, StandardCharsets.UTF_8), requiredColumns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + describe(relativePath), e);
        }
    }

    private InputStream open(String relativePath) throws IOException {
        if (configDir.isPresent()) {
            Path file = Path.of(configDir.get()).resolve(relativePath);
            if (Files.isRegularFile(file)) {
                return Files.newInputStream(file);
            }
        }
        InputStream builtIn = SiteConfig.class.getClassLoader().getResourceAsStream(BUILT_IN + relativePath);
        if (builtIn == null) {
            throw new IOException("config file " + relativePath + " is missing");
        }
        return builtIn;
    }

    private String describe(String relativePath) {
        return configDir.map(dir -> Path.of(dir).resolve(relativePath).toString()).orElse("config/" + relativePath);
    }
}
