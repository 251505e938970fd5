import BriefingTestSupport
import Foundation
@testable import Preview
import Testing

struct SiteAddressTests {
    func site() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("home", to: "Site/index.html")
        try folder.write("brief", to: "Site/briefs/a b/index.html")
        try folder.write("css", to: "Site/assets/style.css")
        try folder.write("marker", to: "Site/.briefing-output")
        try folder.write("secret", to: "secret.txt")
        try folder.write("empty folder's sibling", to: "Site/empty/readme.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/Site/leak.txt", withDestinationPath: folder.path + "/secret.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/Site/up", withDestinationPath: folder.path)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/Site/style.css", withDestinationPath: "assets/style.css")
        return folder
    }

    @Test func `paths inside the site lead to its files`() throws {
        let folder = try site()
        let root = folder.path + "/Site"
        #expect(SiteAddress(requestPath: "/", root: root) == .file("index.html"))
        #expect(SiteAddress(requestPath: "/index.html", root: root) == .file("index.html"))
        #expect(SiteAddress(requestPath: "/briefs/a%20b/", root: root) == .file("briefs/a b/index.html"))
        #expect(SiteAddress(requestPath: "/briefs/a%20b", root: root) == .redirect("/briefs/a%20b/"))
        #expect(SiteAddress(requestPath: "/assets//style.css", root: root) == .file("assets/style.css"))
        #expect(SiteAddress(requestPath: "/style.css", root: root) == .file("style.css"), "a link that stays inside the site is followed")
        #expect(SiteAddress(requestPath: "/empty/", root: root) == .notFound, "a folder without index.html")
        #expect(SiteAddress(requestPath: "/nothing", root: root) == .notFound)
    }

    @Test(arguments: [
        "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2e/secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt",
        "/assets/../../secret.txt", "/./index.html", "/assets/%2e/style.css", "/..%5csecret.txt", "/%00", "/bad%zzencoding", "no-slash",
    ])
    func `paths that try to leave the site are refused`(path: String) throws {
        let folder = try site()
        #expect(SiteAddress(requestPath: path, root: folder.path + "/Site") == .badRequest)
    }

    @Test(arguments: ["/leak.txt", "/up/secret.txt", "/.briefing-output", "/%2ebriefing-output", "/%252e%252e/secret.txt"])
    func `links out of the site and hidden files are not found`(path: String) throws {
        let folder = try site()
        #expect(SiteAddress(requestPath: path, root: folder.path + "/Site") == .notFound)
    }
}
