package al.tirana.sporteli.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ApiDocumentPathsTest {

    @Test
    void putsFormatSuffixedPathsUnderOpen311AndTheRestUnderTheApi() {
        assertEquals("/open311/v2/requests/{id}.{format}", ApiDocumentPaths.rebase("/api/v1/requests/{id}.{format}"));
        assertEquals("/open311/v2/discovery.{format}", ApiDocumentPaths.rebase("/open311/v2/discovery.{format}"));
        assertEquals("/api/v1/requests/{trackingNumber}/actions",
                ApiDocumentPaths.rebase("/open311/v2/requests/{trackingNumber}/actions"));
        assertEquals("/api/v1/units", ApiDocumentPaths.rebase("/api/v1/units"));
    }
}
