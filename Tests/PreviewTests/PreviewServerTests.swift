import BriefingTestSupport
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Preview
import SiteBuilding
import Testing

/// The preview server, live on a free port: what it serves, what it refuses, and how a saved file reaches open pages.
@Suite(.serialized)
struct PreviewServerTests {
    let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        return URLSession(configuration: configuration)
    }()

    func fetch(_ url: URL, method: String = "GET", headers: [String: String] = [:]) async throws -> (status: Int, headers: [AnyHashable: Any], body: String) {
        var request = URLRequest(url: url)
        request.httpMethod = method
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await session.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        return (http.statusCode, http.allHeaderFields, String(decoding: data, as: UTF8.self))
    }

    func header(_ name: String, in headers: [AnyHashable: Any]) -> String? {
        headers.first { ($0.key as? String)?.lowercased() == name.lowercased() }?.value as? String
    }

    @Test func `pages are served with the live-reload script, which the built files never get`() async throws {
        let site = try await PreviewSite.start()
        defer { Task { try await site.stop() } }

        let home = try await fetch(site.url("/"))
        #expect(home.status == 200)
        #expect(header("Content-Type", in: home.headers) == "text/html; charset=utf-8")
        #expect(home.body.contains(#"<script id="briefing-live-reload">"#))
        #expect(home.body.contains(#"new EventSource("/__briefing/events")"#))
        let scriptAt = try #require(home.body.range(of: "briefing-live-reload"))
        let bodyEnd = try #require(home.body.range(of: "</body>", options: .backwards))
        #expect(scriptAt.upperBound < bodyEnd.lowerBound, "the script sits inside the body")

        let built = try String(contentsOfFile: site.folder.path + "/Output/index.html", encoding: .utf8)
        #expect(!built.contains("briefing-live-reload"))
        #expect(!built.contains("__briefing"))

        let brief = try await fetch(site.url("/briefs/ferry/"))
        #expect(brief.status == 200)
        #expect(brief.body.contains("Ferry timetable changes in Shelbyville"))
        let markdown = try await fetch(site.url("/briefs/ferry/brief.md"))
        #expect(header("Content-Type", in: markdown.headers) == "text/markdown; charset=utf-8")
        #expect(!markdown.body.contains("briefing-live-reload"))
        let css = try await fetch(site.url("/assets/style.css"))
        #expect(header("Content-Type", in: css.headers) == "text/css; charset=utf-8")
        let feed = try await fetch(site.url("/feed.xml"))
        #expect(header("Content-Type", in: feed.headers) == "application/xml; charset=utf-8")
    }

    @Test func `HEAD, ETags, folders and the 404 page behave as on a static host`() async throws {
        let site = try await PreviewSite.start()
        defer { Task { try await site.stop() } }

        let get = try await fetch(site.url("/about/"))
        let head = try await fetch(site.url("/about/"), method: "HEAD")
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        #expect(header("Content-Length", in: head.headers) == String(get.body.utf8.count))
        let tag = try #require(header("ETag", in: get.headers))
        #expect(header("ETag", in: head.headers) == tag)

        let revalidated = try await fetch(site.url("/about/"), headers: ["If-None-Match": tag])
        #expect(revalidated.status == 304)
        #expect(revalidated.body.isEmpty)
        let stale = try await fetch(site.url("/about/"), headers: ["If-None-Match": "\"0\""])
        #expect(stale.status == 200)

        let redirect = try RawHTTP(port: site.port)
        redirect.send("GET /about?x=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        var answer = ""
        #expect(redirect.read(until: "\r\n\r\n", within: 5, into: &answer))
        #expect(answer.hasPrefix("HTTP/1.1 301"))
        #expect(answer.contains("\r\nLocation: /about/?x=1\r\n"), "a folder without its slash redirects to it: \(answer)")

        let missing = try await fetch(site.url("/no/such/page/"))
        #expect(missing.status == 404)
        #expect(missing.body.contains("briefing-live-reload"))
        let notFoundPage = try String(contentsOfFile: site.folder.path + "/Output/404.html", encoding: .utf8)
        #expect(missing.body.hasPrefix(String(notFoundPage.prefix(200))), "the site's own 404 page")
    }

    @Test func `a request that tries to leave the site never reaches a file outside it`() async throws {
        let site = try await PreviewSite.start()
        defer { Task { try await site.stop() } }
        try site.folder.write("top secret", to: "secret.txt")
        let output = site.folder.path + "/Output"
        try FileManager.default.createSymbolicLink(atPath: output + "/leak.txt", withDestinationPath: site.folder.path + "/secret.txt")
        try FileManager.default.createSymbolicLink(atPath: output + "/outside", withDestinationPath: site.folder.path)

        let attempts = [
            "/../secret.txt", "/../../../../etc/passwd", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/..%2fsecret.txt",
            "/%2e%2e%2fsecret.txt", "/briefs/%2e%2e/%2e%2e/secret.txt", "/briefs/..%5c..%5csecret.txt", "/%00/index.html",
            "/leak.txt", "/outside/secret.txt", "/outside/Content/site.yml", "/.briefing-output", "/%252e%252e/secret.txt",
            "//etc/passwd", "/assets/../../secret.txt",
        ]
        for attempt in attempts {
            let status = try RawHTTP.status(of: attempt, port: site.port)
            #expect([400, 404].contains(status), "\(attempt) answered \(status)")
        }
        #expect(try RawHTTP.status(of: "/../secret.txt", port: site.port) == 400)
        #expect(try RawHTTP.status(of: "/leak.txt", port: site.port) == 404)
    }

    @Test(arguments: ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])
    func `only GET and HEAD are answered`(method: String) async throws {
        let site = try await PreviewSite.start()
        defer { Task { try await site.stop() } }
        let answer = try await fetch(site.url("/"), method: method)
        #expect(answer.status == 405)
        #expect(header("Allow", in: answer.headers) == "GET, HEAD")
        #expect(try RawHTTP.status(of: "/__briefing/events", method: method, port: site.port) == 405)
    }

    @Test func `saving an article reloads the pages that changed, which then serve the change`() async throws {
        let site = try await PreviewSite.start()
        defer { Task { try await site.stop() } }
        let events = try RawHTTP(port: site.port)
        events.send("GET /__briefing/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        var stream = ""
        #expect(events.read(until: "event: hello", within: 10, into: &stream))
        #expect(stream.contains("text/event-stream"))

        let edited = PreviewSite.ferryArticle.replacingOccurrences(of: "every hour", with: "every half hour")
        try site.folder.write(edited, to: "Content/articles/ferry.txt")
        let mark = stream.endIndex
        #expect(events.read(until: "event: reload", after: mark, within: 20, into: &stream))
        #expect(events.read(until: "\n\n", after: try #require(stream.range(of: "event: reload", range: mark..<stream.endIndex)).upperBound, within: 5, into: &stream))
        let reload = String(stream[mark...])
        #expect(reload.contains(#""/briefs/ferry/""#), "the brief's own page reloads: \(reload)")
        #expect(!reload.contains(#""/about/""#), "a page that does not show the article does not: \(reload)")
        #expect(!reload.contains(#""*""#))

        let brief = try await fetch(site.url("/briefs/ferry/"))
        #expect(brief.body.contains("every half hour"))
        let rebuilt = try await site.waitFor("the rebuild") { if case .rebuilt = $0 { true } else { false } }
        guard case .rebuilt(let files, let summary, _) = rebuilt else { return }
        #expect(files == [site.folder.path + "/Content/articles/ferry.txt"])
        #expect(summary.analysedArticles == 1)
    }

    @Test func `a build error shows over every page until the file is fixed`() async throws {
        let site = try await PreviewSite.start()
        defer { Task { try await site.stop() } }
        let events = try RawHTTP(port: site.port)
        events.send("GET /__briefing/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        var stream = ""
        #expect(events.read(until: "event: hello", within: 10, into: &stream))

        let template = site.folder.path + "/Templates/brief.mustache"
        let original = try String(contentsOfFile: template, encoding: .utf8)
        try site.folder.write(original + "{{#unclosed}}\n", to: "Templates/brief.mustache")
        var mark = stream.endIndex
        #expect(events.read(until: #"{"pages":["*"]}"#, after: mark, within: 20, into: &stream))
        try await site.waitFor("the failure") { if case .failed = $0 { true } else { false } }

        let broken = try await fetch(site.url("/about/"))
        #expect(broken.status == 200, "the last good pages are still served")
        #expect(broken.body.contains(#"<div id="briefing-error-overlay" role="alert""#))
        #expect(broken.body.contains("Templates/brief.mustache:"))
        #expect(broken.body.contains("never closed"))

        try site.folder.write(original, to: "Templates/brief.mustache")
        mark = stream.endIndex
        #expect(events.read(until: #"{"pages":["*"]}"#, after: mark, within: 20, into: &stream))
        try await site.waitFor("the fixed build") { if case .rebuilt = $0 { true } else { false } }
        let fixed = try await fetch(site.url("/about/"))
        #expect(!fixed.body.contains("briefing-error-overlay"))
        #expect(fixed.body.contains("briefing-live-reload"))
    }

    @Test func `a second server on a busy port says so, suggests another and writes nothing`() async throws {
        let first = try await PreviewSite.start()
        defer { Task { try await first.stop() } }
        let second = try PreviewSite.makeFolder()
        await #expect(throws: PreviewError.portInUse(host: "127.0.0.1", port: first.port)) {
            _ = try await PreviewSite.start(port: first.port, in: second)
        }
        #expect(!FileManager.default.fileExists(atPath: second.path + "/Output"))
        #expect(PreviewError.portInUse(host: "127.0.0.1", port: 8000).description.contains("--port 8001"))
    }

    @Test func `stopping ends open event streams and the server`() async throws {
        let site = try await PreviewSite.start()
        let events = try RawHTTP(port: site.port)
        events.send("GET /__briefing/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        var stream = ""
        #expect(events.read(until: "event: hello", within: 10, into: &stream))
        #expect(await site.handle.hub.listenerCount == 1)
        try await site.stop()
        #expect(await site.handle.hub.listenerCount == 0)
        #expect(events.read(until: "0\r\n\r\n", within: 5, into: &stream), "the chunked stream ends")
    }
}
