import FuzzSupport

/// libFuzzer's entry: reads each input as Content/articles/fuzz.md.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    FuzzInput.readArticle(FuzzInput.bytes(data, count), path: "Content/articles/fuzz.md")
    return 0
}

/// The program's entry, which SwiftPM links as `main`: libFuzzer's driver.
@_cdecl("FuzzMarkdown_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzInput.run(argc, argv, fuzzTestOneInput)
}
