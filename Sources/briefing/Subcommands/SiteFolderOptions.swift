import ArgumentParser

/// The folders every site command works on.
struct SiteFolderOptions: ParsableArguments {
    @Option(help: "The content folder: site.yml, articles/, briefs/, pages/, static/.")
    var content = "Content"

    @Option(help: "The templates folder: Mustache templates and assets/.")
    var templates = "Templates"

    @Option(help: "The output folder, replaced whole by a successful build.")
    var output = "Output"
}
