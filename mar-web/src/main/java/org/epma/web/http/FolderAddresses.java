package org.epma.web.http;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

/**
 * A folder of the application asked for without its closing slash ({@code /css}) is a 404 like any other address
 * with nothing at it. Otherwise Payara's mapper answers it, before any filter, with a redirect to {@code /css/}
 * that carries none of the {@link SecurityHeaders} (and, unless relative redirects are allowed, the request's Host).
 */
@WebListener
public class FolderAddresses implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        Set<String> folders = new TreeSet<>();
        collect(context, "/", folders);
        if (!folders.isEmpty()) {
            context.addServlet("folder-address", new NothingHere()).addMapping(folders.toArray(String[]::new));
        }
    }

    private static void collect(ServletContext context, String folder, Set<String> folders) {
        Set<String> entries = context.getResourcePaths(folder);
        if (entries == null) {
            return;
        }
        for (String entry : entries) {
            if (entry.endsWith("/")) {
                folders.add(entry.substring(0, entry.length() - 1));
                collect(context, entry, folders);
            }
        }
    }

    private static final class NothingHere extends HttpServlet {
        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
