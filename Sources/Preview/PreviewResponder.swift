import Foundation
import Hummingbird
import NIOCore
import ServiceLifecycle

/// Answers every request of the preview server: the site's files from the output folder (HTML pages with the
/// live-reload script, and the error overlay while the last build failed) and the reload events.
///
/// Only GET and HEAD are answered (405 otherwise); a path that tries to leave the output folder gets 400, one that
/// leads out of it through a symbolic link 404; a missing file gets the site's own 404 page.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    /// The output folder being served.
    let root: String
    let hub: LiveReloadHub

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD", .contentType: "text/plain; charset=utf-8"], body: Self.text("Only GET and HEAD are served here.\n"))
        }
        let path = request.uri.path
        if path == LiveReloadInjection.eventsPath {
            return await events(head: request.method == .head)
        }
        switch SiteAddress(requestPath: path, root: root) {
        case .file(let relative):
            return try await file(relative, status: .ok, request: request)
        case .redirect(let location):
            let query = request.uri.query.map { "?" + $0 } ?? ""
            return Response(status: .movedPermanently, headers: [.location: location + query])
        case .badRequest:
            return Response(status: .badRequest, headers: [.contentType: "text/plain; charset=utf-8"], body: Self.text("This address is not a file of the site.\n"))
        case .notFound:
            if case .file(let page) = SiteAddress(requestPath: "/404.html", root: root) {
                return try await file(page, status: .notFound, request: request)
            }
            return Response(status: .notFound, headers: [.contentType: "text/plain; charset=utf-8"], body: Self.text("Not found.\n"))
        }
    }

    /// A file of the site; an HTML page gains the live-reload script and any error overlay.
    func file(_ relative: String, status: HTTPResponse.Status, request: Request) async throws -> Response {
        var data = try Data(contentsOf: URL(fileURLWithPath: root).appendingPathComponent(relative))
        let type = Self.contentType(of: relative)
        if type.hasPrefix("text/html") {
            let html = String(decoding: data, as: UTF8.self)
            data = Data(LiveReloadInjection.inject(into: html, failure: await hub.failure).utf8)
        }
        let tag = "\"\(String(Self.fnv1a(data), radix: 16))\""
        var headers: HTTPFields = [.contentType: type, .eTag: tag, .cacheControl: "no-cache"]
        if status == .ok, request.headers[values: .ifNoneMatch].contains(where: { Self.matches($0, tag) }) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentLength] = String(data.count)
        if request.method == .head { return Response(status: status, headers: headers, body: ResponseBody()) }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// The reload events, as Server-Sent Events: a `hello` with the server's id, then `reload` events and pings
    /// until the client leaves or the server stops.
    func events(head: Bool) async -> Response {
        let headers: HTTPFields = [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-cache"]
        if head { return Response(status: .ok, headers: headers, body: ResponseBody()) }
        let stream = await hub.subscribe()
        let hello = "retry: 1000\nevent: hello\ndata: \(hub.serverID)\n\n"
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            try await writer.write(ByteBuffer(string: hello))
            for await event in stream.cancelOnGracefulShutdown() {
                try await writer.write(ByteBuffer(string: event.serverSentText))
            }
            try await writer.finish(nil)
        })
    }

    /// Whether an `If-None-Match` value names `tag` (weak comparison, `*` matches anything).
    static func matches(_ header: String, _ tag: String) -> Bool {
        header.split(separator: ",").contains { candidate in
            let candidate = candidate.trimmingCharacters(in: .whitespaces)
            return candidate == "*" || candidate == tag || candidate == "W/" + tag
        }
    }

    /// The media type of a file by its extension; text types say they are UTF-8.
    static func contentType(of path: String) -> String {
        let fileExtension = (path as NSString).pathExtension.lowercased()
        let known: [String: String] = [
            "html": "text/html", "htm": "text/html", "md": "text/markdown", "xml": "application/xml",
            "json": "application/json", "js": "text/javascript", "css": "text/css", "txt": "text/plain",
            "svg": "image/svg+xml", "webmanifest": "application/manifest+json",
        ]
        let type = known[fileExtension] ?? MediaType.getMediaType(forExtension: fileExtension)?.description ?? "application/octet-stream"
        let isText = type.hasPrefix("text/") || ["application/xml", "application/json", "image/svg+xml", "application/manifest+json"].contains(type)
        return isText && !type.contains("charset") ? type + "; charset=utf-8" : type
    }

    /// FNV-1a, 64 bits: a stable ETag for the bytes served.
    static func fnv1a(_ data: Data) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    static func text(_ text: String) -> ResponseBody {
        ResponseBody(byteBuffer: ByteBuffer(string: text))
    }
}
