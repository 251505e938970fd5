/// What `briefing publish` was asked to do.
public struct PublishOptions: Sendable, Equatable {
    /// The built site to publish, as the user gave it.
    public var outputFolder: String
    /// Where to publish it, as the user gave it: a folder, or an rsync destination.
    public var destination: String

    public init(outputFolder: String = "Output", destination: String) {
        self.outputFolder = outputFolder
        self.destination = destination
    }
}
