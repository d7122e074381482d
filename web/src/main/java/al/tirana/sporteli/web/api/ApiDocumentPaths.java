package al.tirana.sporteli.web.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Puts each path of the OpenAPI document under the application it belongs to. The web module holds
 * two JAX-RS applications (the API and Open311), and the document generator gives every path the
 * application path of one of them (WildFly adds the context root afterwards); Open311's paths are the ones with a format suffix.
 */
public class ApiDocumentPaths implements OASFilter {

    static final String API = "/api/v1";
    static final String OPEN311 = "/open311/v2";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, PathItem> items = new TreeMap<>(document.getPaths().getPathItems());
        Map<String, PathItem> rebased = new LinkedHashMap<>();
        items.forEach((path, item) -> rebased.put(rebase(path), item));
        items.keySet().forEach(document.getPaths()::removePathItem);
        rebased.forEach(document.getPaths()::addPathItem);
    }

    static String rebase(String path) {
        String rest = path;
        for (String prefix : new String[] {API, OPEN311}) {
            if (path.startsWith(prefix)) {
                rest = path.substring(prefix.length());
            }
        }
        return (rest.contains(".{format}") ? OPEN311 : API) + rest;
    }
}
