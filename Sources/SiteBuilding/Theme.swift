import BriefingCore
import Foundation
import Templating

/// A templates folder: its Mustache templates and the assets copied beside the pages.
struct Theme: Sendable {
    let library: TemplateLibrary
    /// Files of `assets/`, copied to `Output/assets/`.
    let assets: [StaticFile]
    /// `assets/style.css`, inlined into pages that may be served at any depth.
    let stylesheet: String?

    init(folder: String) throws {
        library = try TemplateLibrary(folder: folder)
        let assetsFolder = (folder as NSString).appendingPathComponent("assets")
        var assets: [StaticFile] = []
        if let enumerator = FileManager.default.enumerator(atPath: assetsFolder) {
            while let relative = enumerator.nextObject() as? String {
                let path = (assetsFolder as NSString).appendingPathComponent(relative)
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
                   !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                    assets.append(StaticFile(sourcePath: path, outputPath: "assets/" + relative))
                }
            }
        }
        self.assets = assets.sorted { $0.outputPath < $1.outputPath }
        stylesheet = try? String(contentsOfFile: (assetsFolder as NSString).appendingPathComponent("style.css"), encoding: .utf8)
    }
}
