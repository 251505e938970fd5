import Foundation

/// Every file under a folder, by relative path, with its bytes: for comparing whole outputs.
public enum FolderContents {
    /// The build record a build leaves in its output: it holds times of writing, so two equal sites differ in it.
    public static let buildRecord = ".briefing-cache"

    /// Relative path → bytes of every regular file under `folder`, the build record left out.
    public static func files(in folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String {
            guard relative != buildRecord else { continue }
            let url = folder.appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                files[relative] = try Data(contentsOf: url)
            }
        }
        return files
    }
}
