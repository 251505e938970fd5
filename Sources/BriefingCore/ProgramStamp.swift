import Foundation

/// Which program made something a build keeps on disk: Briefing's version, and the size and modification time of
/// the running executable, so that any new build of the program (a changed analysis rule, template helper or page
/// layout) makes everything kept by an older one stale.
public enum ProgramStamp {
    /// Briefing's release version.
    public static let version = "0.6.0"

    /// `version` and the executable's size and modification time, such as `0.6.0 55957000 1764460000.123456789`.
    public static let current: String = {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return version + " unknown-executable" }
        return "\(version) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }()
}
