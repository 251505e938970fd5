import BriefingCore
import Foundation
import SiteBuilding

/// What the preview server adds to every HTML page it serves (never to the built files): the live-reload script,
/// and while the last build failed, an overlay with its errors.
enum LiveReloadInjection {
    /// Where pages listen for reload events.
    static let eventsPath = "/__briefing/events"

    /// Listens for reload events; reloads when its own page, or every page, changed, and when the server restarted.
    static let script = """
        <script id="briefing-live-reload">
        (() => {
          const here = decodeURI(location.pathname).replace(/index\\.html$/, "");
          let server = null;
          const events = new EventSource("\(eventsPath)");
          events.addEventListener("hello", (event) => {
            if (server !== null && server !== event.data) location.reload();
            server = event.data;
          });
          events.addEventListener("reload", (event) => {
            const pages = JSON.parse(event.data).pages;
            if (pages.includes("*") || pages.includes(here)) location.reload();
          });
        })();
        </script>
        """

    /// `html` with the script, and the overlay of `failure` if there is one, inserted before `</body>`.
    static func inject(into html: String, failure: BuildFailure?) -> String {
        let addition = (failure.map(overlay) ?? "") + script + "\n"
        if let body = html.range(of: "</body>", options: [.caseInsensitive, .backwards]) {
            var result = html
            result.insert(contentsOf: addition, at: body.lowerBound)
            return result
        }
        return html + addition
    }

    /// A panel over the page listing every error of the failed build, file and line first.
    static func overlay(_ failure: BuildFailure) -> String {
        let items = failure.errors.map { error in
            "<li style=\"margin:0 0 .75rem\"><code style=\"color:#ffb4a9\">\(HTML.escaped(error.location?.description ?? "build"))</code> \(HTML.escaped(error.problem.message))</li>"
        }
        return """
            <div id="briefing-error-overlay" role="alert" style="position:fixed;inset:0;z-index:2147483647;overflow:auto;\
            background:rgba(24,20,20,.96);color:#f5f5f5;font:15px/1.5 system-ui,sans-serif;padding:2rem 2.5rem">\
            <h2 style="margin:0 0 .5rem;font-size:1.3rem;color:#fff">The site did not build</h2>\
            <p style="margin:0 0 1rem;color:#ccc">Fix the file and save it: this page reloads by itself. \
            Until then the server shows the pages of the last build that worked.</p>\
            <ul style="list-style:none;margin:0;padding:0;font-family:ui-monospace,monospace;font-size:14px">\(items.joined())</ul></div>

            """
    }
}
