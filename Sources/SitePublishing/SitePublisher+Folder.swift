import BriefingCore
import Foundation

extension SitePublisher {
    /// Copies the output folder beside `folder`, then swaps the copy in for it.
    func publish(toFolder folder: String) throws {
        let manager = FileManager.default
        let output = URL(fileURLWithPath: options.outputFolder).standardizedFileURL.resolvingSymlinksInPath()
        let target = URL(fileURLWithPath: folder).standardizedFileURL
        let resolvedTarget = target.resolvingSymlinksInPath()
        if resolvedTarget.path == output.path || resolvedTarget.path.hasPrefix(output.path + "/") || output.path.hasPrefix(resolvedTarget.path + "/") {
            throw BriefingError(.outputFailed("'\(folder)' and the output folder '\(options.outputFolder)' contain one another, so nothing was published. Publish to a folder outside the output, such as '../public'."))
        }
        try checkReplaceable(target, named: folder)

        let parent = target.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).publishing-\(getpid())")
        let retired = parent.appendingPathComponent(".\(target.lastPathComponent).previous-\(getpid())")
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            try? manager.removeItem(at: staging)
            try manager.copyItem(at: output, to: staging)
            try? manager.removeItem(at: staging.appendingPathComponent(Self.buildRecord))
            try Data().write(to: staging.appendingPathComponent(Self.marker))
            try FolderSwap.replace(target, with: staging, retiring: retired)
        } catch {
            try? manager.removeItem(at: staging)
            throw BriefingError(.outputFailed("the site could not be copied to '\(folder)'; it was left as it was. Check the free space and permissions."), underlying: (error as NSError).localizedDescription)
        }
    }

    /// Refuses a file, or a folder that holds anything but is not a previous publish (or build output).
    func checkReplaceable(_ target: URL, named folder: String) throws {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: target.path, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else {
            throw BriefingError(.outputFailed("'\(folder)' is a file, not a folder, so nothing was published. Name a folder to publish to."))
        }
        let entries = try manager.contentsOfDirectory(atPath: target.path)
        guard entries.isEmpty || entries.contains(Self.marker) else {
            throw notOurs(folder, "it is not replaced")
        }
    }
}
