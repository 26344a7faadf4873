package org.epma.web.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.epma.prescribing.refusal.InvalidInputException;
import org.epma.prescribing.refusal.Text;
import org.epma.prescribing.staff.Role;
import org.epma.prescribing.staff.StaffAccounts;
import org.epma.prescribing.staff.StaffUser;
import org.epma.web.api.RequestSentence;
import org.epma.web.problem.Problem;
import org.epma.web.security.ActingStaff;
import org.epma.web.security.StaffRoles;

@Path("users")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(StaffRoles.ADMIN)
public class StaffUserResource {

    public record UserView(String username, String displayName, List<String> roles, boolean enabled,
                           Instant lockedUntil, String language) {
        static UserView of(StaffUser user) {
            return new UserView(user.username(), user.displayName(), user.roles().stream().map(Enum::name).sorted().toList(),
                    user.enabled(), user.lockedUntil(), user.language().code());
        }
    }

    public record NewUserRequest(String username, String displayName, List<String> roles, String password) {
    }

    /** The user's new password, and the administrator's own password given again to confirm it is them. */
    public record PasswordRequest(String password, String adminPassword) {
    }

    public record DisableRequest(String reason) {
    }

    @Inject
    StaffAccounts accounts;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "All staff accounts")
    public List<UserView> users() {
        return accounts.all().stream().map(UserView::of).toList();
    }

    @POST
    @Operation(summary = "Create a staff account")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "nurse",
            value = "{\"username\": \"nurse.morgan\", \"displayName\": \"Carys Morgan\", \"roles\": [\"NURSE\"],"
                    + " \"password\": \"a long first password\"}")))
    public Response create(NewUserRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw new InvalidInputException("username", RequestSentence.SEND_NEW_USER.with(), "Send the new user's details.");
        }
        StaffUser user = accounts.create(request.username(), request.displayName(), roles(request.roles()),
                password(request.password()), ActingStaff.in(security, StaffRoles.ADMIN));
        return Response.created(uri.getAbsolutePathBuilder().path(user.username()).build()).entity(UserView.of(user)).build();
    }

    @PUT
    @Path("{username}/password")
    @Operation(summary = "Set a new password for another user, giving your own password again",
            description = "The new password follows the same rules as a user's own change (at least 12 characters, not a"
                    + " common password, not containing the user name). This also unlocks the account and ends every"
                    + " session of that user at once. A wrong own password counts as a failed login of the administrator.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "reset",
            value = "{\"password\": \"a long temporary password\", \"adminPassword\": \"training-it-desk-1\"}")))
    @APIResponse(responseCode = "204", description = "Set; the user's open sessions have ended")
    @APIResponse(responseCode = "400", description = "The new password breaks a rule (field password) or adminPassword is"
            + " missing", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "The administrator's own password was not right (field adminPassword)",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response resetPassword(@PathParam("username") String username, PasswordRequest request) {
        if (request == null || request.adminPassword() == null || request.adminPassword().isEmpty()) {
            throw new InvalidInputException("adminPassword", RequestSentence.CONFIRM_WITH_OWN_PASSWORD.with(), "Enter your own password to confirm the reset.");
        }
        accounts.resetPassword(username, password(request.password()), ActingStaff.in(security, StaffRoles.ADMIN),
                request.adminPassword().toCharArray());
        return Response.noContent().build();
    }

    @POST
    @Path("{username}/disable")
    @Operation(summary = "Disable an account, with the reason; the user's open sessions end at once")
    public UserView disable(@PathParam("username") String username, DisableRequest request) {
        if (request == null || request.reason() == null || request.reason().isBlank()) {
            throw new InvalidInputException("reason", RequestSentence.DISABLE_REASON_NEEDED.with(), "Give the reason the account is disabled.");
        }
        accounts.disable(username, request.reason().strip(), ActingStaff.in(security, StaffRoles.ADMIN));
        return UserView.of(accounts.get(username));
    }

    @POST
    @Path("{username}/enable")
    @Operation(summary = "Enable a disabled or locked account")
    public UserView enable(@PathParam("username") String username) {
        accounts.enable(username, ActingStaff.in(security, StaffRoles.ADMIN));
        return UserView.of(accounts.get(username));
    }

    private static char[] password(String password) {
        if (password == null) {
            throw new InvalidInputException("password", RequestSentence.GIVE_A_PASSWORD.with(), "Give a password.");
        }
        return password.toCharArray();
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names == null ? List.<String>of() : names) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidInputException("roles", RequestSentence.NOT_ONE_OF.with(Text.echoed(name),
                        String.join(", ", EnumSet.allOf(Role.class).stream().map(Role::name).toList())),
                        Text.echo(name) + " is not one of " + EnumSet.allOf(Role.class) + ".");
            }
        }
        return roles;
    }
}
