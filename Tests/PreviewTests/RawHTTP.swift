import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A plain TCP connection to the server under test, for requests no HTTP library would send as written
/// (`/../` is normalised away by URL types) and for reading an event stream as it arrives.
final class RawHTTP {
    let socket: Int32

    init(port: Int) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { close(socket); throw POSIXError(.ECONNREFUSED) }
        var timeout = timeval(tv_sec: 1, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(socket) }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, 0) }
    }

    /// Reads until `text` holds `marker` after `offset`, or `seconds` pass; returns all read so far.
    func read(until marker: String, after offset: String.Index? = nil, within seconds: Double, into text: inout String) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while Date() < deadline {
            if let offset, text[offset...].contains(marker) { return true }
            if offset == nil, text.contains(marker) { return true }
            let count = recv(socket, &buffer, buffer.count, 0)
            if count > 0 { text += String(decoding: buffer[0..<count], as: UTF8.self) } else if count == 0 { break }
        }
        if let offset { return text[offset...].contains(marker) }
        return text.contains(marker)
    }

    /// The status code of the answer to a request for `target`, sent exactly as given.
    static func status(of target: String, method: String = "GET", port: Int) throws -> Int {
        let connection = try RawHTTP(port: port)
        connection.send("\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        var text = ""
        _ = connection.read(until: "\r\n", within: 5, into: &text)
        let parts = text.split(separator: " ")
        return parts.count > 1 ? Int(parts[1]) ?? -1 : -1
    }
}
