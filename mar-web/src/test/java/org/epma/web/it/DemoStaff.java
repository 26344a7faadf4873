package org.epma.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.epma.prescribing.staff.Role;

/**
 * The training users of the site's config/training/users.csv, as the ITs' server loads them: for each role, the user
 * who holds it with the fewest other roles (alone where one does; NURSE_IN_CHARGE comes with NURSE), so that a test
 * acting "as a NURSE" is refused what only other roles may do. A new role needs a training user before these tests run.
 */
record DemoStaff(String username, String password, Set<Role> roles) {

    static Map<Role, DemoStaff> byRole() {
        Path csv = Path.of(System.getProperty("epma.config.dir"), "training", "users.csv");
        List<String> lines;
        try {
            lines = Files.readAllLines(csv, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> header = List.of(lines.get(0).split(","));
        Map<Role, DemoStaff> byRole = new EnumMap<>(Role.class);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Set<Role> roles = Arrays.stream(cells[header.indexOf("roles")].split(";")).map(String::strip).map(Role::valueOf)
                    .collect(Collectors.toUnmodifiableSet());
            DemoStaff user = new DemoStaff(cells[header.indexOf("username")], cells[header.indexOf("password")], roles);
            roles.forEach(role -> byRole.merge(role, user, (kept, other) -> other.roles.size() < kept.roles.size() ? other : kept));
        }
        for (Role role : Role.values()) {
            if (!byRole.containsKey(role)) {
                throw new IllegalStateException(csv + " has no training user holding " + role);
            }
        }
        return byRole;
    }
}
