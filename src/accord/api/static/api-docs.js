// Starts Swagger UI or ReDoc on /api/docs and /api/redoc. It is a file, not an inline
// script, so the app's Content-Security-Policy (script-src 'self') can stay strict.
(function () {
  "use strict";
  var swagger = document.getElementById("swagger-ui");
  if (swagger && window.SwaggerUIBundle) {
    window.SwaggerUIBundle({
      url: swagger.dataset.openapi,
      dom_id: "#swagger-ui",
      deepLinking: true,
      presets: [window.SwaggerUIBundle.presets.apis],
      layout: "BaseLayout",
    });
  }
  var redoc = document.getElementById("redoc");
  if (redoc && window.Redoc) {
    // no search box: its index runs in a blob: worker, which the CSP does not allow
    window.Redoc.init(redoc.dataset.openapi, { disableSearch: true }, redoc);
  }
})();
